"""The report as exported, filled in and taken back: texts the export cut, the "(clear)" marker in
every language, and the Gaps sheet, which is locked and never taken back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.checklist import ElementRow, element_rows
from accredit_tracker.core.i18n import language
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.reading.spreadsheet_file import open_spreadsheet
from accredit_tracker.interchange.report.cell_text import CUT_MARKER
from accredit_tracker.interchange.report.columns import ELEMENT_HEADERS, GAP_COLUMNS
from accredit_tracker.interchange.report.workbook import write_report
from accredit_tracker.interchange.results.gaps_check import gaps_sheet
from accredit_tracker.interchange.results.importer import (
    apply_results_import,
    plan_results_import,
)
from exports_in_language import SHIPPED_LANGUAGES, Words
from factories import element_assessment_ids, project_with_assessment

FIRST, SECOND = "C0.1 ME 1", "C0.1 ME 2"
LONG_NOTE = "".join(
    f"Round {n:05d}: the infection-control audit found the policy in use. " for n in range(620)
)
GAP_HEADERS = [column.header for column in GAP_COLUMNS]
ELEMENTS_INDEX = 2
"""Where the Elements sheet is, whatever the language: after Summary and Standards."""


@pytest.fixture
def survey(project_path: Path) -> Iterator[tuple[Project, int]]:
    project, assessment_id = project_with_assessment(project_path)
    with project:
        yield project, assessment_id


def set_values(project: Project, assessment_id: int, code: str, **values: object) -> None:
    element_id = element_assessment_ids(project, assessment_id)[code]
    with project.transaction() as session:
        update_elements(session, [ElementChange(element_id, dict(values))], user="bo")


def stored(project: Project, assessment_id: int) -> dict[str, ElementRow]:
    with project.session() as session:
        return {row.code: row for row in element_rows(session, assessment_id)}


def export(survey: tuple[Project, int], path: Path, words: Words | None = None) -> Path:
    project, assessment_id = survey
    with language(words.translate if words is not None else Words("en").translate):
        # Every element on the action plan too, so that each can be typed on the Gaps sheet.
        write_report(project, assessment_id, path, include_not_assessed=True)
    return path


def fill_in(
    path: Path, sheet_index: int, headers: list[str], values: dict[str, dict[str, str]]
) -> None:
    """Type into a sheet of the report (by its position, whatever the language) and save, as an
    officer would in Excel, unprotecting it first; columns are named by their English headers."""
    book = load_workbook(path)
    sheet = book.worksheets[sheet_index]
    sheet.protection.sheet = False  # Review → Unprotect Sheet, where it is locked
    code_column = headers.index("Code") + 1
    for row in range(2, sheet.max_row + 1):
        code = sheet.cell(row=row, column=code_column).value
        for header, value in values.get(str(code), {}).items():
            cell = sheet.cell(row=row, column=headers.index(header) + 1, value=value)
            cell.data_type = "s"
    book.save(path)


def sheet_position(path: Path, english: str) -> int:
    return [sheet.title for sheet in load_workbook(path, read_only=True).worksheets].index(english)


def test_a_note_the_export_cut_comes_back_unchanged_and_stays_whole(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    assert len(LONG_NOTE) > 40_000
    set_values(project, assessment_id, FIRST, notes=LONG_NOTE)
    path = export(survey, tmp_path / "report.xlsx")
    cell = load_workbook(path)["Elements"]["K2"].value
    assert len(cell) == 32_767 and cell.endswith(CUT_MARKER)

    plan = plan_results_import(project, assessment_id, path)

    assert plan.changes == [] and plan.warnings == [] and plan.counts.cut == 1
    assert [(c.code, c.field, c.row, c.stored_length) for c in plan.cut] == [
        (FIRST, "notes", 2, len(LONG_NOTE))
    ]
    assert str(plan.cut[0]) == (
        f"Row 2, {FIRST}: Notes was cut in the export; kept as stored ({len(LONG_NOTE):,} "
        "characters)."
    )

    fill_in(path, ELEMENTS_INDEX, list(ELEMENT_HEADERS), {SECOND: {"Result": "Fully met"}})
    plan = plan_results_import(project, assessment_id, path)
    assert [(c.code, c.field) for c in plan.changes] == [(SECOND, "result")]
    apply_results_import(project, plan, user="ana")
    after = stored(project, assessment_id)
    assert after[FIRST].notes == LONG_NOTE
    assert after[SECOND].result == Result.FULLY_MET


@pytest.mark.parametrize("words", SHIPPED_LANGUAGES)
def test_the_cut_marker_is_recognised_in_every_language(
    survey: tuple[Project, int], tmp_path: Path, words: str
) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, notes=LONG_NOTE)
    path = export(survey, tmp_path / "report.xlsx", Words(words))
    plan = plan_results_import(project, assessment_id, path)
    assert plan.changes == [] and len(plan.cut) == 1


def test_an_edited_cut_note_is_a_change_with_a_warning_that_the_stored_one_was_longer(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, notes=LONG_NOTE)
    path = export(survey, tmp_path / "report.xlsx")
    edited = "Rewritten: " + LONG_NOTE[: 32_767 - 200] + CUT_MARKER
    fill_in(path, ELEMENTS_INDEX, list(ELEMENT_HEADERS), {FIRST: {"Notes": edited}})

    plan = plan_results_import(project, assessment_id, path)

    assert [(c.code, c.field, c.new) for c in plan.changes] == [
        (FIRST, "notes", edited.removesuffix(CUT_MARKER).rstrip())
    ]
    assert plan.cut == []
    [warning] = plan.warnings
    assert (warning.row, warning.column) == (2, "K (Notes)")
    assert f"{len(LONG_NOTE):,} characters long, more than a cell holds" in warning.message


def test_the_gaps_sheet_is_locked_says_so_and_its_edits_are_warned_about_not_taken_back(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, result=Result.NOT_MET, owner="Nodira")
    set_values(project, assessment_id, SECOND, result=Result.PARTIALLY_MET)
    path = export(survey, tmp_path / "report.xlsx")
    book = load_workbook(path)
    gaps = book["Gaps"]
    assert gaps.protection.sheet and not book["Elements"].protection.sheet
    assert not gaps.protection.autoFilter  # filtering the action plan stays allowed
    assert "only that sheet is taken back" in gaps["A1"].comment.text
    gaps_index = sheet_position(path, "Gaps")
    # The Elements row and the Gaps row both say the same new owner: only a change.
    fill_in(path, ELEMENTS_INDEX, list(ELEMENT_HEADERS), {FIRST: {"Owner": "Aziz"}})
    fill_in(path, gaps_index, GAP_HEADERS, {FIRST: {"Owner": "Aziz"}})
    # Typed on Gaps only: warned about, not taken back.
    fill_in(
        path, gaps_index, GAP_HEADERS, {SECOND: {"Due date": "2027-01-31", "Result": "Fully met"}}
    )

    plan = plan_results_import(project, assessment_id, path)

    assert [(c.code, c.field, c.new) for c in plan.changes] == [(FIRST, "owner", "Aziz")]
    [warning] = plan.warnings
    assert (warning.sheet, warning.row) == ("Gaps", 3)
    assert warning.message == (
        f"{SECOND}: Result, Due date differ from the project here, but only the Elements sheet "
        "is taken back; type the change there."
    )
    apply_results_import(project, plan, user="ana")
    after = stored(project, assessment_id)
    assert (after[SECOND].result, after[SECOND].due_date) == (Result.PARTIALLY_MET, None)


def test_a_gaps_sheet_still_locked_is_not_read_at_all(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    path = export(survey, tmp_path / "report.xlsx")
    with open_spreadsheet(path) as book:
        assert book.protected("Gaps") and not book.protected("Elements")
        assert gaps_sheet(book) is None
    fill_in(path, sheet_position(path, "Gaps"), GAP_HEADERS, {SECOND: {"Owner": "Aziz"}})
    with open_spreadsheet(path) as book:
        assert not book.protected("Gaps")
        found = gaps_sheet(book)
        assert found is not None and len(found.rows) == 12


def test_a_gaps_sheet_left_as_exported_says_nothing_even_after_changes_in_the_app(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, result=Result.NOT_MET, owner="Nodira")
    path = export(survey, tmp_path / "report.xlsx")
    set_values(project, assessment_id, FIRST, owner="Aziz")  # after the export, in the app
    plan = plan_results_import(project, assessment_id, path)
    assert plan.warnings == [] and plan.changes == []


@pytest.mark.parametrize("words", SHIPPED_LANGUAGES)
def test_clear_in_every_language_erases_notes_owner_department_and_due_date(
    survey: tuple[Project, int], tmp_path: Path, words: str
) -> None:
    project, assessment_id = survey
    values = {"owner": "Nodira", "department": "ICU", "notes": "Policy signed.",
              "due_date": date(2026, 12, 31)}  # fmt: skip
    set_values(project, assessment_id, FIRST, **values)
    set_values(project, assessment_id, SECOND, **values)
    word = Words(words)
    path = export(survey, tmp_path / "report.xlsx", word)
    header = load_workbook(path).worksheets[ELEMENTS_INDEX].cell(row=1, column=11)
    assert word("(clear)") in header.comment.text  # the Notes header says how
    clear = word("(clear)")
    fill_in(
        path,
        ELEMENTS_INDEX,
        list(ELEMENT_HEADERS),
        {
            FIRST: {"Owner": clear, "Department": clear.upper(), "Notes": f"  {clear} ",
                    "Due date": clear},
            SECOND: {"Owner": "(clear)", "Notes": "clear"},  # English always; no brackets: text
        },
    )  # fmt: skip

    plan = plan_results_import(project, assessment_id, path)

    assert plan.problems == []
    assert sorted((c.code, c.field, c.new) for c in plan.changes) == [
        (FIRST, "department", ""),
        (FIRST, "due_date", None),
        (FIRST, "notes", ""),
        (FIRST, "owner", ""),
        (SECOND, "notes", "clear"),
        (SECOND, "owner", ""),
    ]
    apply_results_import(project, plan, user="ana")
    after = stored(project, assessment_id)
    first = after[FIRST]
    assert (first.owner, first.department, first.notes, first.due_date) == ("", "", "", None)
    with project.session() as session:
        audited = session.execute(
            select(
                col(AuditEvent.field), col(AuditEvent.old_value), col(AuditEvent.new_value)
            ).where(col(AuditEvent.user) == "ana")
        ).all()
    assert ("due_date", "2026-12-31", "") in audited
    assert ("owner", "Nodira", "") in audited and ("notes", "Policy signed.", "") in audited
    assert len(audited) == 6


def test_a_cut_note_can_still_be_cleared(survey: tuple[Project, int], tmp_path: Path) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, notes=LONG_NOTE)
    path = export(survey, tmp_path / "report.xlsx")
    fill_in(path, ELEMENTS_INDEX, list(ELEMENT_HEADERS), {FIRST: {"Notes": "(clear)"}})
    plan = plan_results_import(project, assessment_id, path)
    assert [(c.field, c.new) for c in plan.changes] == [("notes", "")]
    assert plan.cut == [] and plan.warnings == []
    apply_results_import(project, plan, user="ana")
    assert stored(project, assessment_id)[FIRST].notes == ""
