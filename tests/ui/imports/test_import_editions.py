"""The import dialog with open library files and editions: a YAML library names itself, the
same list twice is refused, and a new edition is kept only when the user says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import AuditEvent, Library
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.imports.standards_dialog import ImportDialog, choose_and_import
from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog
from open_libraries import patient_safety_nodes, write_library_yaml


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with create_project(tmp_path / "p.accredit", user="tester") as project:
        yield project


def stored(project: Project) -> tuple[list[tuple[str, str, int]], int]:
    """Each library's name, edition and elements, and the number of audit-trail rows."""
    with project.session() as session:
        trail = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
        return [(c.name, c.edition, c.elements) for c in library_counts(session)], trail


def checked_dialog(qtbot: QtBot, project: Project, path: Path) -> ImportDialog:
    dialog = ImportDialog(project, path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.guess is not None and not dialog.busy)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    return dialog


def answer_the_question(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog: ImportDialog, button: str
) -> list[str]:
    """Answer the new-edition question, once it shows, by clicking ``button``; returns what
    it asked."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        assert box is dialog.edition_question
        box.show()
        qtbot.waitUntil(box.isVisible)
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
        assert not box.isVisible()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def second_edition(tmp_path: Path) -> Path:
    nodes = patient_safety_nodes()
    nodes.append(
        {"urn": "urn:test:req_node:2.1.b", "parent_urn": "urn:test:req_node:2.1",
         "assessable": True, "depth": 3, "description": "Перчатки по размеру"}
    )  # fmt: skip
    return write_library_yaml(tmp_path / "ps-2027.yaml", nodes, version=2)


def test_a_yaml_library_fills_in_its_name_edition_and_publisher_and_is_imported(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    dialog = checked_dialog(qtbot, project, write_library_yaml(tmp_path / "ps.yaml"))

    assert dialog.name_edit.text() == "Безопасность пациентов"
    assert dialog.edition_edit.text() == "1"
    assert dialog.publisher_edit.text() == "Минздрав"
    assert dialog.sheet_box.currentText() == "requirement_nodes"
    assert "2 chapters, 3 standards, 4 measurable elements" in dialog.headline.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert stored(project)[0] == [("Безопасность пациентов", "1", 4)]
    with project.session() as session:
        library = session.execute(select(Library)).scalar_one()
        assert library.language == "ru"


def test_a_new_edition_is_kept_beside_the_first_when_the_user_says_so(
    qtbot: QtBot, tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_standards(project, write_library_yaml(tmp_path / "ps.yaml"), user="tester")
    dialog = checked_dialog(qtbot, project, second_edition(tmp_path))
    dialog.edition_edit.setText("2027")

    asked = answer_the_question(qtbot, monkeypatch, dialog, "Keep as new edition")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert asked == [
        "The project already has a library named 'Безопасность пациентов' with different "
        "content. Import this list as a new edition beside it?"
    ]
    assert stored(project)[0] == [
        ("Безопасность пациентов", "1", 4), ("Безопасность пациентов", "2027", 5),
    ]  # fmt: skip
    assert dialog.report is not None
    assert dialog.report.title == "Безопасность пациентов (edition 2027)"


def test_cancelling_the_question_imports_nothing_and_says_what_to_do(
    qtbot: QtBot, tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_standards(project, write_library_yaml(tmp_path / "ps.yaml"), user="tester")
    before = stored(project)
    dialog = checked_dialog(qtbot, project, second_edition(tmp_path))

    asked = answer_the_question(qtbot, monkeypatch, dialog, "Cancel")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and not dialog.busy)

    assert stored(project) == before
    assert dialog.isVisible() and dialog.report is None
    assert dialog.headline.text().startswith("Nothing was imported. To import the file beside")


def test_the_same_list_again_is_refused_with_the_reason_and_nothing_is_written(
    qtbot: QtBot, tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_library_yaml(tmp_path / "ps.yaml")
    import_standards(project, source, user="tester")
    before = stored(project)
    boxes: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box))
    dialog = checked_dialog(qtbot, project, source)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.headline.text() == (
        "This list is already in the project as 'Безопасность пациентов (edition 1)', with "
        "the same chapters, standards and measurable elements; nothing was imported."
    )
    assert boxes == [] and dialog.report is None
    assert stored(project) == before


def test_the_new_assessment_dialog_lists_each_library_with_its_edition(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    import_standards(project, write_library_yaml(tmp_path / "ps.yaml"), user="tester")
    import_standards(project, second_edition(tmp_path), user="tester", new_edition=True)

    dialog = NewAssessmentDialog(project, "tester")
    qtbot.addWidget(dialog)

    assert [dialog.library.itemText(i) for i in range(dialog.library.count())] == [
        "Безопасность пациентов (edition 1) (4 elements)",
        "Безопасность пациентов (edition 2) (5 elements)",
    ]


def test_the_file_dialog_offers_yaml_library_files(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def pick_nothing(_p: object, _c: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick_nothing))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    assert choose_and_import(None, project, "tester", Preferences(settings)) is None
    [filters] = offered
    assert filters.startswith("Spreadsheets and library files (")
    assert "*.csv *.yaml *.yml)" in filters
