"""Long work behind a progress dialog, on a real X display, answered as a person answers: the
dialog that follows the work is on top and takes a mouse click; Cancel leaves nothing behind."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.workbook import write_report
from accredit_tracker.ui.common.background import MIN_DURATION_MS
from accredit_tracker.ui.imports.results_dialog import ResultsImportDialog
from accredit_tracker.ui.main_window import MainWindow
from factories import element_assessment_ids, write_bytes
from windows import checklist

pytestmark = pytest.mark.real_display

Window = Any

READING_S = MIN_DURATION_MS / 1000 + 0.5  # a person reads a dialog for longer than that delay
GIVE_UP_S = 5.0  # how long a person keeps clicking a dialog that does not react
POLL_MS = 20


@dataclass
class Answer:
    """What happened when the person answered one dialog."""

    on_top: bool = False  # it was the active modal window when they clicked
    taken: bool = False  # their click reached it and it closed
    stuck: list[str] = field(default_factory=list)  # the dialogs still up when they gave up


def shown_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def described(dialog: QDialog) -> str:
    text = dialog.labelText() if isinstance(dialog, QProgressDialog) else ""
    if isinstance(dialog, QMessageBox):
        text = dialog.text()
    return f"{type(dialog).__name__} {dialog.windowTitle()!r}: {text!r}"


def click_as_a_person(button: QAbstractButton) -> None:
    """A mouse click that goes through the window system, as a real one does: Qt drops it
    when another modal window blocks the button's window."""
    window = button.window()
    handle = window.windowHandle()
    assert handle is not None
    centre = button.mapTo(window, button.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def answer_when_shown(
    is_it: Callable[[QDialog], bool], button: Callable[[Any], QAbstractButton]
) -> Answer:
    """Wait (from whichever event loop runs) for a dialog ``is_it`` accepts, read it, then
    click ``button`` of it; after :data:`GIVE_UP_S` of clicking in vain, close every dialog
    so that the test ends and says what was stuck."""
    answer = Answer()
    started = time.monotonic()
    seen_at: list[float] = []
    clicked: list[bool] = []

    def look() -> None:
        now = time.monotonic()
        dialog = next((d for d in shown_dialogs() if is_it(d)), None)
        if dialog is None:
            answer.taken = answer.taken or bool(clicked)  # it closed after the click
            if seen_at or now - started > 30:
                return
            QTimer.singleShot(POLL_MS, look)
            return
        if not seen_at:
            seen_at.append(now)
        if now - seen_at[0] >= READING_S:
            if now - seen_at[0] > READING_S + GIVE_UP_S:
                answer.stuck = [described(d) for d in shown_dialogs()]
                for stuck in shown_dialogs():
                    stuck.done(0)
                return
            answer.on_top = answer.on_top or QApplication.activeModalWidget() is dialog
            click_as_a_person(button(dialog))
            clicked.append(True)
            if not dialog.isVisible():
                answer.taken = True
                return
        QTimer.singleShot(POLL_MS, look)

    QTimer.singleShot(0, look)
    return answer


def as_from_the_menu(action: QAction) -> None:
    """Trigger ``action`` from a running event loop, as a click on its menu item does; what
    Qt defers to "when control returns to the event loop" then behaves as in the app."""
    loop = QEventLoop()

    def trigger() -> None:
        try:
            action.trigger()
        finally:
            loop.quit()

    QTimer.singleShot(0, trigger)
    loop.exec()


def assert_usable(window: MainWindow) -> None:
    """No dialog comes up later, and a key typed into the checklist sets a result."""
    QTest.qWait(2 * MIN_DURATION_MS)
    assert [described(d) for d in shown_dialogs()] == []
    assert QApplication.activeModalWidget() is None
    view = checklist(window)
    view.table.setFocus()
    before = view.current_row()
    assert before is not None and before.result != Result.PARTIALLY_MET
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_2)
    after = view.current_row()
    assert after is not None and after.result == Result.PARTIALLY_MET


def the_button(standard: QMessageBox.StandardButton) -> Callable[[QMessageBox], QAbstractButton]:
    def find(box: QMessageBox) -> QAbstractButton:
        button = box.button(standard)
        assert button is not None
        return button

    return find


def message(text: str) -> Callable[[QDialog], bool]:
    return lambda dialog: isinstance(dialog, QMessageBox) and text in dialog.text()


def results(path: Path) -> dict[str, Result]:
    with open_project(path) as project, project.session() as session:
        return {r.code: r.result for r in element_rows(session, 1)}


def open_window(make_window: Window, clinic: Path) -> MainWindow:
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    return window


def save_as(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


@pytest.mark.parametrize(
    ("menu_item", "name"),
    [
        ("report_action", "report.xlsx"),
        ("report_trail_action", "report with trail.xlsx"),
        ("csv_action", "elements.csv"),
    ],
)
def test_the_question_after_an_export_is_on_top_and_no_returns_to_the_window(
    make_window: Window,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    menu_item: str,
    name: str,
) -> None:
    window = open_window(make_window, clinic)
    target = tmp_path / name
    save_as(target, monkeypatch)
    answer = answer_when_shown(message("Open it now?"), the_button(QMessageBox.StandardButton.No))
    as_from_the_menu(getattr(window.insight_actions, menu_item))
    assert answer.stuck == []
    assert answer.on_top and answer.taken
    if target.suffix == ".xlsx":
        assert "Elements" in load_workbook(target).sheetnames
    else:
        assert target.read_text(encoding="utf-8-sig").count("\n") == 1 + 12  # header, elements
    assert_usable(window)


def test_the_question_after_a_copy_is_on_top_and_no_stays_in_the_project(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(make_window, clinic)
    target = tmp_path / "clinic copy.accredit"
    save_as(target, monkeypatch)
    answer = answer_when_shown(
        message("Open the copy now?"), the_button(QMessageBox.StandardButton.No)
    )
    as_from_the_menu(window.project_actions.copy_file_action)
    assert answer.stuck == []
    assert answer.on_top and answer.taken
    assert results(target) == results(clinic)
    assert window.project is not None and window.project.path == clinic
    assert_usable(window)


def test_results_taken_back_show_their_preview_on_top_and_apply_goes_through(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_in = tmp_path / "filled in.xlsx"
    with open_project(clinic) as project:
        write_report(project, 1, filled_in)
    book = load_workbook(filled_in)
    sheet = book["Elements"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for row in sheet.iter_rows(min_row=2):
        if row[columns["Code"] - 1].value == "C1.2 ME 1":
            row[columns["Result"] - 1].value = "Fully met"
    book.save(filled_in)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(filled_in), ""))
    window = open_window(make_window, clinic)
    answer = answer_when_shown(
        lambda dialog: isinstance(dialog, ResultsImportDialog),
        lambda preview: preview.apply_button,
    )
    as_from_the_menu(window.import_actions.take_back_action)
    assert answer.stuck == []
    assert answer.on_top and answer.taken
    assert results(clinic)["C1.2 ME 1"] == Result.FULLY_MET
    assert_usable(window)


def test_the_verified_evidence_box_is_on_top_and_ok_returns_to_the_window(
    make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    files = [write_bytes(tmp_path / f"minutes {n}.pdf", 20_000, seed=n) for n in range(3)]
    with open_project(clinic) as project, project.transaction() as session:
        element = element_assessment_ids(project, 1)["C0.1 ME 1"]
        attach_files(session, files, [element], user="tester")
    window = open_window(make_window, clinic)
    answer = answer_when_shown(
        message("Every stored file still matches"), the_button(QMessageBox.StandardButton.Ok)
    )
    as_from_the_menu(window.evidence_actions.verify_action)
    assert answer.stuck == []
    assert answer.on_top and answer.taken
    assert_usable(window)


def test_cancel_during_an_export_leaves_the_earlier_report_as_it_was(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    with open_project(clinic) as project:
        write_report(project, 1, target)
    earlier = target.read_bytes()
    save_as(target, monkeypatch)

    # The work stays in the middle of writing the sheets, as a long export would be there,
    # until the person has clicked Cancel (or 10 s have passed).
    report = TaskMonitor.report

    def writing_slowly(monitor: TaskMonitor, stage: str, done: int, total: int) -> None:
        deadline = time.monotonic() + 10
        while stage == "Writing the report" and done > 0 and not monitor.cancelled:
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
        report(monitor, stage, done, total)

    monkeypatch.setattr(TaskMonitor, "report", writing_slowly)

    def cancel_of(progress: QProgressDialog) -> QAbstractButton:
        button = progress.findChild(QPushButton)
        assert button is not None
        return button

    window = open_window(make_window, clinic)
    cancel = answer_when_shown(lambda dialog: isinstance(dialog, QProgressDialog), cancel_of)
    told = answer_when_shown(
        message("Cancelled; report.xlsx was not written"), the_button(QMessageBox.StandardButton.Ok)
    )
    as_from_the_menu(window.insight_actions.report_action)
    assert cancel.stuck == [] and told.stuck == []
    assert cancel.on_top and cancel.taken
    assert told.on_top and told.taken
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir() if "report" in p.name) == ["report.xlsx"]
    assert_usable(window)
