"""The checklist when a change cannot be stored: another program holds the project's write
lock, or its disk is full. Nothing is stored or put on the undo stack, the officer is told
why, typed notes stay in the editor, and Retry stores them. Showing stored notes never
writes them back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.storage.project import Project, open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui import main_window
from accredit_tracker.ui.checklist.view import ChecklistView
from disk_space import no_room_for
from factories import write_bytes
from windows import MakeWindow, checklist, press


def stored(path: Path) -> dict[str, tuple[Result, str, int]]:
    with open_project(path) as project, project.session() as session:
        return {r.code: (r.result, r.notes, r.version) for r in element_rows(session, 1)}


def audit_rows(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        count: int = connection.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        return count


@pytest.fixture(autouse=True)
def _short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window waits a fifth of a second for a lock, not five: the same refusal, sooner."""

    def opened(target: Path | str) -> Project:
        return open_project(target, busy_timeout_ms=200)

    monkeypatch.setattr(main_window, "open_project", opened)


@pytest.fixture
def other_program(clinic: Path) -> Iterator[sqlite3.Connection]:
    """A second connection to the project, as ``sqlite3`` in a transaction would hold it."""
    with closing(sqlite3.connect(clinic, isolation_level=None)) as connection:
        yield connection
        if connection.in_transaction:
            connection.execute("ROLLBACK")


def not_saved_box(qtbot: QtBot, view: ChecklistView) -> QMessageBox:
    qtbot.waitUntil(lambda: view.not_saved_box is not None and view.not_saved_box.isVisible())
    assert view.not_saved_box is not None
    return view.not_saved_box


def answer(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_result_set_while_another_program_writes_is_not_stored_and_retried(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path, other_program: sqlite3.Connection
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    other_program.execute("BEGIN IMMEDIATE")
    press(qtbot, view, "3")
    box = not_saved_box(qtbot, view)
    assert "clinic.accredit is busy in another program" in box.text()
    assert "nothing was changed" in box.text()
    assert view.undo_stack.count() == 0
    other_program.execute("ROLLBACK")
    assert stored(clinic)["C0.1 ME 1"][0] == Result.NOT_ASSESSED

    answer(qtbot, box, "Retry")
    assert stored(clinic)["C0.1 ME 1"][0] == Result.NOT_MET
    assert view.undo_stack.count() == 1
    assert view.undo_stack.undoText() == "Set result"


def test_notes_typed_while_another_program_writes_are_kept_until_retry_stores_them(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path, other_program: sqlite3.Connection
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    other_program.execute("BEGIN IMMEDIATE")
    qtbot.keyClicks(view.detail.notes, "Hand hygiene audit done")
    box = not_saved_box(qtbot, view)
    answer(qtbot, box, "Keep editing")

    view.table.selectRow(1)  # moving on would drop the notes: the row is kept instead
    box = not_saved_box(qtbot, view)
    assert view.current_row() is not None
    assert view.current_row().code == "C0.1 ME 1"  # type: ignore[union-attr]
    assert view.detail.notes.toPlainText() == "Hand hygiene audit done"
    other_program.execute("ROLLBACK")
    assert stored(clinic)["C0.1 ME 1"][1] == ""

    answer(qtbot, box, "Retry")
    assert stored(clinic)["C0.1 ME 1"][1] == "Hand hygiene audit done"
    view.table.selectRow(1)
    assert view.current_row().code == "C0.1 ME 2"  # type: ignore[union-attr]


def test_attaching_on_a_full_disk_says_so_and_stores_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    before = audit_rows(clinic)
    policy = write_bytes(tmp_path / "policy.pdf", 2_000_000)
    with no_room_for(clinic):
        view.project.engine.dispose()  # the next connection finds the disk full
        assert not view.evidence.attach([policy], view.selected_ids())
    assert shown == [
        f"The disk holding {clinic} is full; nothing was changed. Free some space and try again."
    ]
    assert audit_rows(clinic) == before
    assert view.undo_stack.count() == 0


def test_showing_notes_with_carriage_returns_writes_nothing(
    make_window: MakeWindow, clinic: Path
) -> None:
    with open_project(clinic) as project, project.transaction() as session:
        update_elements(session, [ElementChange(1, {"notes": "Line one\r\nLine two\rthree"})],
                        user="tester")  # fmt: skip
    before, audited = stored(clinic), audit_rows(clinic)
    window = make_window(user="viewer")
    window.open_path(clinic)
    view = checklist(window)
    assert view.detail.notes.toPlainText() == "Line one\nLine two\nthree"
    view.table.selectRow(1)
    view.table.selectRow(0)
    view.table.selectRow(2)
    window.close()
    assert stored(clinic) == before
    assert audit_rows(clinic) == audited
