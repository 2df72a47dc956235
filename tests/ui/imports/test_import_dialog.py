"""The standards import dialog over real spreadsheets and a real project file."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import AuditEvent, MeasurableElement
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.problem_table_model import ProblemTableModel
from accredit_tracker.ui.imports import standards_dialog as import_dialog
from accredit_tracker.ui.imports.standards_dialog import (
    ImportDialog,
    choose_and_import,
)
from factories import FLAT_HEADER, flat_rows, write_xlsx


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with create_project(tmp_path / "p.accredit", user="tester") as project:
        yield project


def what_is_stored(project: Project) -> tuple[list[tuple[str, int, int, int]], int]:
    """The libraries with their counts, and the number of audit-trail rows."""
    with project.session() as session:
        libraries = [(c.name, c.chapters, c.standards, c.elements) for c in library_counts(session)]
        audit_rows = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    return libraries, audit_rows


def open_dialog(qtbot: QtBot, project: Project, path: Path) -> ImportDialog:
    dialog = ImportDialog(project, path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy)
    return dialog


def click(qtbot: QtBot, dialog: ImportDialog, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)


def shown_problems(dialog: ImportDialog) -> list[tuple[str, str, str, str]]:
    model = dialog.problems
    return [
        tuple(model.index(row, column).data() for column in range(4))
        for row in range(model.rowCount())
    ]


def test_choose_and_import_adds_the_library(
    qtbot: QtBot, tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_xlsx(tmp_path / "jci-7th.xlsx", flat_rows(chapters=3, standards=4, elements=2))
    asked: list[tuple[str, str]] = []

    def pick_file(_parent: object, _caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((folder, filters))
        return str(source), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick_file))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    steps: list[str] = []

    def use_the_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog)]
        dialog = next((d for d in dialogs if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, use_the_dialog)
            return
        try:
            qtbot.waitUntil(lambda: dialog.guess is not None and not dialog.busy)
            steps.append(dialog.header_label.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Check is the default button
            qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
            steps.append(dialog.headline.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Return)  # and now Import is
        finally:
            if dialog.isVisible():
                dialog.done(0)  # never leave the test waiting on a dialog

    QTimer.singleShot(0, use_the_dialog)
    report = choose_and_import(None, project, "tester", Preferences(settings))

    assert steps[0].startswith("Headers found on row 1;")
    assert "3 chapters, 12 standards, 24 measurable elements; ready to import." in steps[1]
    assert report is not None and report.library.name == "jci-7th"
    assert what_is_stored(project)[0] == [("jci-7th", 3, 12, 24)]
    [(folder, filters)] = asked
    assert folder == str(Path.home())
    assert "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv" in filters
    assert settings.value("import/last_folder") == str(tmp_path)


def test_the_next_file_dialog_opens_in_the_last_folder_and_cancelling_it_imports_nothing(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("import/last_folder", str(tmp_path / "standards"))
    folders: list[str] = []

    def cancel_file_dialog(_p: object, _c: str, folder: str, _f: str) -> tuple[str, str]:
        folders.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(cancel_file_dialog))
    before = what_is_stored(project)
    assert choose_and_import(None, project, "tester", Preferences(settings)) is None
    assert folders == [str(tmp_path / "standards")]
    assert what_is_stored(project) == before


def test_duplicate_element_codes_are_listed_by_row_and_nothing_is_imported(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    rows: list[list[object]] = [
        [*FLAT_HEADER],
        ["PCI", "Infection control", "PCI.1", "A programme exists.", 1, "A leader is named."],
        ["PCI", "Infection control", "PCI.1", "", 2, "The leader is qualified."],
        ["PCI", "Infection control", "PCI.1", "", 2, "The leader reports monthly."],
        ["PCI", "Infection control", "PCI.2", "Hand hygiene.", 1, "Guidelines are adopted."],
        ["PCI", "Infection control", "PCI.2", "", 1, "Compliance is measured."],
    ]
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "dupes.xlsx", rows))
    before = what_is_stored(project)

    click(qtbot, dialog, dialog.check_button)

    assert dialog.headline.text().startswith("<b>2 problems; nothing was imported.</b>")
    assert "Fix the file or the column mapping and check again." in dialog.headline.text()
    assert shown_problems(dialog) == [
        ("Standards", "4", "E (ME)", "Duplicate measurable element PCI.1 ME 2 (first on row 3)."),
        ("Standards", "6", "E (ME)", "Duplicate measurable element PCI.2 ME 1 (first on row 5)."),
    ]
    assert dialog.problems_view.isVisible()
    assert not dialog.import_button.isEnabled()
    click(qtbot, dialog, dialog.import_button)  # a disabled button does nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter checks again, it never imports
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result() == 0 and dialog.report is None and dialog.isVisible()
    assert what_is_stored(project) == before


def test_a_column_the_importer_does_not_know_is_mapped_by_hand(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    rows = [
        ["Bob", "Standart", "Talab matni"],
        ["PCI", "PCI.1", "Infeksiya nazorati dasturi bor."],
        ["PCI", "PCI.1", "Dastur rahbari tayinlangan."],
        ["PCI", "PCI.2", "Qoʻl gigiyenasi qoidalari bor."],
    ]
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "talablar.xlsx", rows))
    # A header the importer does not know: the column is kept as it is, unless told otherwise.
    assert dialog.field_box(2).currentText() == "Kept as an attribute"
    assert "No column is read as “Measurable element” yet." in dialog.headline.text()

    click(qtbot, dialog, dialog.check_button)
    assert shown_problems(dialog) == [
        (
            "Standards",
            "1",
            "",
            "No column is read as “Measurable element”. Under “Read as”, choose "
            "“Measurable element” for the column that holds it.",
        )
    ]
    assert not dialog.import_button.isEnabled()

    box = dialog.field_box(2)  # column C, "Talab matni"
    box.setCurrentIndex(box.findText("Measurable element"))
    assert not dialog.problems_view.isVisible()  # the old problems no longer hold
    click(qtbot, dialog, dialog.check_button)
    assert "1 chapter, 2 standards, 3 measurable elements; ready to import." in (
        dialog.headline.text()
    )

    click(qtbot, dialog, dialog.import_button)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert dialog.report is not None and dialog.report.library.element_count == 3
    assert what_is_stored(project)[0] == [("talablar", 1, 2, 3)]


def test_a_column_set_to_ignore_is_not_imported(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    rows: list[list[object]] = [
        [*FLAT_HEADER, "Typical evidence"],
        ["PCI", "Infection control", "PCI.1", "A programme.", 1, "A leader.", "Memo 12"],
    ]
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "memo.xlsx", rows))
    box = dialog.field_box(6)  # column G
    assert box.currentText() == "Typical evidence"
    box.setCurrentIndex(box.findText("— ignore —"))
    click(qtbot, dialog, dialog.check_button)
    click(qtbot, dialog, dialog.import_button)
    assert dialog.report is not None
    with project.session() as session:
        evidence = session.execute(select(col(MeasurableElement.typical_evidence))).scalars().all()
    assert evidence == [""]


def test_the_standards_sheet_is_picked_and_another_can_be_chosen(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Hospital standards, draft for the quality council"])
    standards = workbook.create_sheet("Standards")
    for row in flat_rows(chapters=1, standards=2, elements=2):
        standards.append(row)
    workbook.save(tmp_path / "book.xlsx")

    dialog = open_dialog(qtbot, project, tmp_path / "book.xlsx")
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == [
        "Cover",
        "Standards",
    ]
    # The sheet with the headers of a standards list is shown first, and the reason given.
    assert dialog.sheet_box.currentText() == "Standards"
    assert dialog.header_label.text().startswith(
        "Sheet “Standards” is read: its row 1 has the headers of a standards list (“Chapter”, "
        "“Chapter title”, “Standard”, “Standard text”, “ME”, “Measurable element”); the other "
        "sheets (Cover) have none that fit as well. Headers found on row 1;"
    )

    dialog.sheet_box.setCurrentText("Cover")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.sheet == "Cover")
    assert "not every column was recognised" in dialog.header_label.text()
    dialog.sheet_box.setCurrentText("Standards")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.sheet == "Standards")
    assert dialog.header_label.text().startswith("Headers found on row 1;")
    first_value = dialog.columns_table.item(2, 2)
    assert first_value is not None and first_value.text() == "C0.1"  # column C, first value
    click(qtbot, dialog, dialog.check_button)
    assert dialog.import_button.isEnabled()


def test_a_file_that_cannot_be_read_says_why_and_cannot_be_checked(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    source = tmp_path / "standards.xlsx"
    source.write_bytes(b"PK\x03\x04" + bytes(200))  # a damaged workbook
    dialog = open_dialog(qtbot, project, source)
    assert "This file cannot be read; nothing was imported." in dialog.headline.text()
    assert dialog.problems.rowCount() >= 1
    message = dialog.problems.index(0, ProblemTableModel.COL_PROBLEM).data()
    assert message and "Traceback" not in message
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.columns_table.rowCount() == 0


def test_cancel_during_import_leaves_no_library(
    qtbot: QtBot, tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_xlsx(tmp_path / "big.xlsx", flat_rows(chapters=2, standards=10, elements=5))
    dialog = open_dialog(qtbot, project, source)
    click(qtbot, dialog, dialog.check_button)
    before = what_is_stored(project)

    # The saving stage waits (with its rows written but not committed) until Cancel is clicked.
    cancel_clicked = threading.Event()
    real_import = import_standards

    def import_until_cancelled(*args: object, monitor: object, **kwargs: object) -> object:
        report = monitor.report  # type: ignore[attr-defined]

        def slow_report(stage: str, done: int, total: int) -> None:
            if stage == "Saving standards" and done == total:
                cancel_clicked.wait(10)
            report(stage, done, total)

        monitor.report = slow_report  # type: ignore[attr-defined]
        return real_import(*args, monitor=monitor, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(import_dialog, "import_standards", import_until_cancelled)

    def click_cancel(tries: int = 500) -> None:
        progress = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()
            ),
            None,
        )
        if progress is None:
            if tries:
                QTimer.singleShot(20, lambda: click_cancel(tries - 1))
            return
        button = progress.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        cancel_clicked.set()

    QTimer.singleShot(0, click_cancel)
    click(qtbot, dialog, dialog.import_button)

    assert cancel_clicked.is_set()
    assert dialog.isVisible() and dialog.report is None
    assert "The import was cancelled; the project has not been changed." in dialog.headline.text()
    assert what_is_stored(project) == before
    assert before[0] == []


def test_an_unexpected_error_is_logged_and_shown_without_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    project: Project,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "jci.xlsx", flat_rows()))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the reader tripped over something")

    monkeypatch.setattr(import_dialog, "read_standards", broken)
    with caplog.at_level(logging.ERROR):
        click(qtbot, dialog, dialog.check_button)
    text = dialog.headline.text()
    assert text.startswith("Checking the file failed: the reader tripped over something")
    assert "The project has not been changed." in text and "Traceback" not in text
    assert not dialog.import_button.isEnabled()
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_escape_closes_the_dialog_and_imports_nothing(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "jci.xlsx", flat_rows()))
    click(qtbot, dialog, dialog.check_button)
    before = what_is_stored(project)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == ImportDialog.DialogCode.Rejected and dialog.report is None
    assert what_is_stored(project) == before
