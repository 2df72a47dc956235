"""The audit report from the window, and results taken back from it, as an officer does it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.imports.results_dialog import ResultsImportDialog
from accredit_tracker.ui.main_window import MainWindow
from windows import checklist, press

Window = Any


def results(path: Path) -> dict[str, tuple[Result, str]]:
    with open_project(path) as project, project.session() as session:
        return {r.code: (r.result, r.notes) for r in element_rows(session, 1)}


def export(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    window.insight_actions.report_action.trigger()
    assert asked and f"Wrote {target}" in asked[-1]


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def fill_in(path: Path, values: dict[str, dict[str, str]]) -> None:
    """What an officer does offline: type into the Elements sheet and save."""
    book = load_workbook(path)
    sheet = book["Elements"]
    header = {cell.value: cell.column for cell in sheet[1]}
    for row in sheet.iter_rows(min_row=2):
        code = row[header["Code"] - 1].value
        for name, value in values.get(str(code), {}).items():
            cell = sheet.cell(row=row[0].row, column=header[name], value=value)
            cell.data_type = "s"  # typed as text, as Excel keeps a leading apostrophe's entry
    book.save(path)


def test_export_writes_the_workbook_the_surveyors_read(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "2")
    target = tmp_path / "report.xlsx"
    export(window, target, monkeypatch)
    book = load_workbook(target)
    assert {"Summary", "Standards", "Elements", "Gaps", "Surveyor flags", "Evidence"} <= set(
        book.sheetnames
    )
    assert "Audit trail" not in book.sheetnames
    elements = book["Elements"]
    header = [cell.value for cell in elements[1]]
    assert header[:5] == ["Chapter", "Standard", "Code", "Measurable element", "Result"]
    assert elements.cell(row=2, column=5).value == "Partially met"


def test_the_action_plan_lists_elements_not_yet_assessed_when_the_menu_says_so(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window()
    window.open_path(clinic)
    press(qtbot, checklist(window), "2")  # C0.1 ME 1 partially met; the other eleven wait
    choice = window.insight_actions.not_assessed_action
    assert choice.isCheckable() and not choice.isChecked()
    export(window, tmp_path / "plan.xlsx", monkeypatch)
    gaps = load_workbook(tmp_path / "plan.xlsx")["Gaps"]
    assert [row[2] for row in gaps.iter_rows(min_row=2, values_only=True)] == ["C0.1 ME 1"]

    choice.trigger()
    export(window, tmp_path / "everything.xlsx", monkeypatch)
    gaps = load_workbook(tmp_path / "everything.xlsx")["Gaps"]
    assert len([row for row in gaps.iter_rows(min_row=2, values_only=True)]) == 12
    window.close()
    assert make_window().insight_actions.not_assessed_action.isChecked()  # kept for next time


def test_results_filled_in_offline_come_back_as_one_undo_step(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    target = tmp_path / "report.xlsx"
    export(window, target, monkeypatch)
    fill_in(
        target,
        {
            "C0.1 ME 2": {"Result": "Fully met", "Notes": "=seen on the ward"},
            "C1.2 ME 2": {"Result": "not met"},
            "C1.3 ME 1": {"Result": "Half met"},
        },
    )
    press(qtbot, view, "4")  # C0.1 ME 1 changes in the app after the export...
    fill_in(target, {"C0.1 ME 1": {"Result": "Fully met"}})  # ...and in the file: a conflict
    seen: dict[str, int] = {}

    def preview(dialog: ResultsImportDialog) -> int:
        seen.update(
            changes=dialog.changes.rowCount(),
            conflicts=dialog.conflicts.rowCount(),
            problems=dialog.plan.counts.problems,
        )
        return 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(ResultsImportDialog, "exec", preview)
    before_undo_count = window.undo_stack.count()
    window.import_actions.take_back_action.trigger()
    assert seen == {"changes": 3, "conflicts": 1, "problems": 1}
    stored = results(clinic)
    assert stored["C0.1 ME 2"] == (Result.FULLY_MET, "=seen on the ward")
    assert stored["C1.2 ME 2"][0] == Result.NOT_MET
    assert stored["C1.3 ME 1"][0] == Result.NOT_ASSESSED  # "Half met" is a problem, not applied
    assert stored["C0.1 ME 1"][0] == Result.NOT_APPLICABLE  # the app's later change stands
    assert window.undo_stack.count() == before_undo_count + 1
    window.undo_stack.undo()
    stored = results(clinic)
    assert stored["C0.1 ME 2"] == (Result.NOT_ASSESSED, "")
    assert stored["C1.2 ME 2"][0] == Result.NOT_ASSESSED
    assert stored["C0.1 ME 1"][0] == Result.NOT_APPLICABLE


def test_the_preview_keeps_a_note_the_export_cut_and_shows_a_cleared_owner(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_note = "The ward audit of hand hygiene, round after round. " * 800
    with open_project(clinic) as project, project.transaction() as session:
        ids = {r.code: r.element_assessment_id for r in element_rows(session, 1)}
        update_elements(
            session,
            [ElementChange(ids["C0.1 ME 1"], {"notes": long_note}),
             ElementChange(ids["C0.1 ME 2"], {"owner": "Nodira"})],
            user="bo",
        )  # fmt: skip
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    target = tmp_path / "report.xlsx"
    export(window, target, monkeypatch)
    fill_in(target, {"C0.1 ME 2": {"Owner": "(clear)"}})
    seen: dict[str, list[str] | str] = {}

    def preview(dialog: ResultsImportDialog) -> int:
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        seen.update(
            tabs=tabs,
            change=[cell_text(dialog.changes, 0, c) for c in range(5)],
            cut=[cell_text(dialog.cut, 0, c) for c in range(4)],
            sheets=dialog.sheets_read.text(),
        )
        return 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(ResultsImportDialog, "exec", preview)
    window.import_actions.take_back_action.trigger()

    assert "Cut in the export (1)" in seen["tabs"]
    assert seen["change"] == ["3", "C0.1 ME 2", "Owner", "Nodira", "(cleared)"]
    assert seen["cut"] == [
        "2", "C0.1 ME 1", "Notes", f"cut in the export; kept as stored ({len(long_note):,} characters)"
    ]  # fmt: skip
    assert "Only the Elements sheet is read" in str(seen["sheets"])
    with open_project(clinic) as project, project.session() as session:
        rows = {r.code: r for r in element_rows(session, 1)}
    assert rows["C0.1 ME 1"].notes == long_note
    assert rows["C0.1 ME 2"].owner == ""
