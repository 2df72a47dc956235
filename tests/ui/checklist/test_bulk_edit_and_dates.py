"""Bulk edit sets department and notes too; every date field takes a date typed whole in the
locale's format (bulk edit, the detail panel, a new assessment's survey dates)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.ui.checklist.bulk_edit_dialog import BulkEditDialog
from accredit_tracker.ui.common.date_field import DateField
from accredit_tracker.ui.common.language import apply_language
from windows import MakeWindow, checklist


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    """Select what the field shows and type over it, then press Enter, as a person does."""
    field.setFocus()
    line = field.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def stored(path: Path) -> dict[str, tuple[str, str, date | None]]:
    with open_project(path) as project, project.session() as session:
        return {r.code: (r.department, r.notes, r.due_date) for r in element_rows(session, 1)}


def test_bulk_edit_sets_department_notes_and_a_typed_due_date(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)

    def fill_in(dialog: BulkEditDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.department.setEditText("Pharmacy")
        dialog.set_due.setChecked(True)
        dialog.due.setDate(QDate(2026, 12, 7))
        type_date(qtbot, dialog.due, "3/31/2027")
        dialog.set_notes.setChecked(True)
        qtbot.keyClicks(dialog.notes, "Policy signed off by the board")
        dialog.accept()
        return 1

    monkeypatch.setattr(BulkEditDialog, "exec", fill_in)
    window.checklist_actions.bulk_action.trigger()
    saved = stored(clinic)
    expected = ("Pharmacy", "Policy signed off by the board", date(2027, 3, 31))
    assert [saved[c] for c in ("C0.1 ME 1", "C0.1 ME 2")] == [expected] * 2
    assert saved["C0.2 ME 1"] == ("", "", None)
    assert window.undo_stack.undoText() == "Set department, due date, notes of 2 elements"


def test_the_detail_panel_takes_a_due_date_typed_whole(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    panel = view.detail
    panel.has_due.setChecked(True)
    type_date(qtbot, panel.due, "3/31/2027")
    assert stored(clinic)["C0.1 ME 1"][2] == date(2027, 3, 31)


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("en_US", "3/31/2027", date(2027, 3, 31)),
        ("en_US", "4/1/27", date(2027, 4, 1)),
        ("ru_RU", "31.03.2027", date(2027, 3, 31)),
        ("uz_Latn_UZ", "31/03/2027", date(2027, 3, 31)),
        ("en_US", "2027-03-31", date(2027, 3, 31)),
    ],
)
def test_a_date_field_reads_the_locale_s_short_format(
    qtbot: QtBot, locale: str, typed: str, expected: date
) -> None:
    apply_language("en", QLocale(locale))
    field = DateField(QDate(2026, 12, 7))
    qtbot.addWidget(field)
    changes: list[QDate] = []
    field.dateChanged.connect(changes.append)
    field.show()
    type_date(qtbot, field, typed)
    assert field.date().toPython() == expected
    assert [d.toPython() for d in changes] == [expected]  # once, never half-typed
