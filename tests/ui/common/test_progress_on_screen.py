"""Long work behind a progress dialog, on a real X display, answered as a person answers: the
dialog that follows the work is on top and takes a mouse click; Cancel leaves nothing behind."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.workbook import write_report
from accredit_tracker.ui.imports.results_dialog import ResultsImportDialog
from factories import element_assessment_ids, write_bytes
from on_screen import (
    Window,
    answer_when_shown,
    as_from_the_menu,
    assert_usable,
    cancel_of,
    message,
    open_from,
    open_window,
    progress_dialog,
    save_as,
    the_button,
)

pytestmark = pytest.mark.real_display


def results(path: Path) -> dict[str, Result]:
    with open_project(path) as project, project.session() as session:
        return {r.code: r.result for r in element_rows(session, 1)}


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
    open_from(filled_in, monkeypatch)
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

    window = open_window(make_window, clinic)
    cancel = answer_when_shown(progress_dialog, cancel_of)
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
