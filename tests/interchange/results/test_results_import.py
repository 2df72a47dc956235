"""Importing an Elements sheet filled in offline: preview, conflicts, bad files, all or nothing."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import ElementRow, element_rows
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.models import Assessment, AuditEvent
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.results.importer import (
    apply_results_import,
    plan_results_import,
)
from accredit_tracker.interchange.results.plan import ResultsImportConflict, ResultsImportPlan
from accredit_tracker.interchange.results.sheet import read_date
from elements_workbook import ELEMENTS_HEADER, Row, by_code, exported_rows, write_elements
from factories import element_assessment_ids, project_with_assessment

FIRST, SECOND, THIRD = "C0.1 ME 1", "C0.1 ME 2", "C0.2 ME 1"


@pytest.fixture
def survey(project_target: Path | str) -> Iterator[tuple[Project, int]]:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        yield project, assessment_id


@pytest.fixture
def file_survey(project_path: Path) -> Iterator[tuple[Project, int]]:
    """The survey in a project file only, for tests of how a spreadsheet is read, which does
    not depend on where the project lives."""
    project, assessment_id = project_with_assessment(project_path)
    with project:
        yield project, assessment_id


def stored(project: Project, assessment_id: int) -> dict[str, ElementRow]:
    """Code → the element's row as the checklist reads it."""
    with project.session() as session:
        return {row.code: row for row in element_rows(session, assessment_id)}


def snapshot(project: Project) -> tuple[list[tuple[object, ...]], int]:
    """Every element assessment row and the number of audit rows."""
    with project.session() as session:
        rows = session.execute(text("SELECT * FROM element_assessment ORDER BY id")).all()
        audit = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    return [tuple(row) for row in rows], audit


def set_values(
    project: Project, assessment_id: int, code: str, user: str, **values: object
) -> None:
    """Change an element in the app, as another officer would."""
    element_id = element_assessment_ids(project, assessment_id)[code]
    with project.transaction() as session:
        update_elements(session, [ElementChange(element_id, dict(values))], user=user)


def preview(
    survey: tuple[Project, int], path: Path, rows: list[Row], **options: Any
) -> ResultsImportPlan:
    """Write the rows as an export of the survey's assessment (unless ``assessment_id`` names
    another) and preview their import."""
    project, assessment_id = survey
    options.setdefault("assessment_id", assessment_id)
    return plan_results_import(project, assessment_id, write_elements(path, rows, **options))


def test_changes_are_previewed_then_applied_in_one_audited_step(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    edited = by_code(rows)
    edited[FIRST].update({"Result": "Fully met", "Status": "Done", "Owner": "Dr. Karimova",
                          "Department": "Infection control", "Due date": date(2026, 12, 31),
                          "Notes": "Policy signed.\nTraining done."})  # fmt: skip
    edited[SECOND]["Result"] = "Partially met"
    path = write_elements(tmp_path / "mock.xlsx", rows, assessment_id=assessment_id)

    plan = plan_results_import(project, assessment_id, path)

    assert [(c.code, c.field, c.old, c.new, c.row) for c in plan.changes] == [
        (FIRST, "result", Result.NOT_ASSESSED, Result.FULLY_MET, 2),
        (FIRST, "work_status", WorkStatus.TO_DO, WorkStatus.DONE, 2),
        (FIRST, "owner", "", "Dr. Karimova", 2),
        (FIRST, "department", "", "Infection control", 2),
        (FIRST, "due_date", None, date(2026, 12, 31), 2),
        (FIRST, "notes", "", "Policy signed.\nTraining done.", 2),
        (SECOND, "result", Result.NOT_ASSESSED, Result.PARTIALLY_MET, 3),
    ]
    assert (plan.counts.rows, plan.counts.changed_elements, plan.counts.unchanged) == (12, 2, 10)
    assert plan.exported_at == datetime.fromisoformat("2026-11-20T09:30:00+00:00")
    assert plan.warnings == [] and plan.problems == [] and plan.conflicts == []
    first_id = element_assessment_ids(project, assessment_id)[FIRST]
    assert plan.before_by_element()[first_id]["owner"] == ""
    assert plan.values_by_element()[first_id]["owner"] == "Dr. Karimova"

    report = apply_results_import(project, plan, user="ana")

    after = stored(project, assessment_id)
    first = after[FIRST]
    assert (first.result, first.work_status, first.owner, first.due_date) == (
        Result.FULLY_MET, WorkStatus.DONE, "Dr. Karimova", date(2026, 12, 31),
    )  # fmt: skip
    assert (first.version, first.updated_by) == (2, "ana")
    assert after[SECOND].result == Result.PARTIALLY_MET
    assert (report.elements, report.changes, report.versions[first_id]) == (2, 7, 2)
    with project.session() as session:
        audited = session.execute(
            select(
                col(AuditEvent.field),
                col(AuditEvent.new_value),
                col(AuditEvent.user),
                col(AuditEvent.details),
            ).where(col(AuditEvent.action) == "update_element")
        ).all()
    assert len(audited) == 7
    assert ("due_date", "2026-12-31", "ana", "imported from mock.xlsx") in audited


def test_the_plan_undoes_the_import_through_the_same_service(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, "bo", owner="Nodira")
    rows = exported_rows(project, assessment_id)
    by_code(rows)[FIRST].update({"Owner": "Aziz", "Result": "Not met"})
    plan = preview(survey, tmp_path / "mock.xlsx", rows)
    report = apply_results_import(project, plan, user="ana")
    undo = [
        ElementChange(element_id, values, expected_version=report.versions[element_id])
        for element_id, values in plan.before_by_element().items()
    ]
    with project.transaction() as session:
        update_elements(session, undo, user="ana")
    first = stored(project, assessment_id)[FIRST]
    assert (first.owner, first.result) == ("Nodira", Result.NOT_ASSESSED)


def test_blank_cells_never_erase_what_is_stored(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    set_values(project, assessment_id, FIRST, "bo", owner="Nodira", notes="Keep me",
               due_date=date(2026, 6, 1), result=Result.NOT_MET)  # fmt: skip
    rows = exported_rows(project, assessment_id)
    by_code(rows)[FIRST].update({"Owner": None, "Notes": "   ", "Due date": "", "Result": None})
    plan = preview(survey, tmp_path / "blank.xlsx", rows)
    assert plan.changes == [] and plan.problems == []
    apply_results_import(project, plan, user="ana")
    first = stored(project, assessment_id)[FIRST]
    assert (first.owner, first.notes, first.due_date, first.result) == (
        "Nodira", "Keep me", date(2026, 6, 1), Result.NOT_MET,
    )  # fmt: skip


def test_rows_matching_no_element_are_listed_with_their_row_numbers(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)[:2]
    rows[1]["Code"] = " c0.1  me2 "  # found ignoring case and spaces
    rows[1]["Result"] = "Not met"
    rows.append({"Code": "ZZ.9 ME 1", "Result": "Fully met"})
    rows.append({"Code": "C0.1 ME 7", "Result": "Fully met"})
    plan = preview(survey, tmp_path / "stray.xlsx", rows)
    assert [(u.row, u.code) for u in plan.unmatched] == [(4, "ZZ.9 ME 1"), (5, "C0.1 ME 7")]
    assert [(c.code, c.new) for c in plan.changes] == [(SECOND, Result.NOT_MET)]
    assert plan.counts.unmatched == 2


def test_unreadable_values_are_listed_by_file_sheet_row_and_column(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    edited = by_code(rows)
    edited[FIRST]["Result"] = "Met"
    edited[SECOND]["Status"] = "Finished"
    edited[THIRD].update({"Due date": "next week", "Owner": "Aziz"})
    edited["C0.2 ME 2"]["Version"] = "two"
    edited["C0.3 ME 1"]["Result"] = "Fully met"  # a good row still counts
    plan = preview(survey, tmp_path / "typos.xlsx", rows)
    assert [str(p) for p in plan.problems] == [
        "typos.xlsx, sheet 'Elements', row 2, column E (Result): expected a result: "
        "'Not assessed', 'Fully met', 'Partially met', 'Not met' or 'Not applicable'; found 'Met'.",
        "typos.xlsx, sheet 'Elements', row 3, column G (Status): expected a status: "
        "'To do', 'In progress' or 'Done'; found 'Finished'.",
        "typos.xlsx, sheet 'Elements', row 4, column J (Due date): expected a date such as "
        "2026-12-31; found 'next week'.",
        "typos.xlsx, sheet 'Elements', row 5, column O (Version): expected the version the "
        "export wrote, a whole number such as 3; found 'two'.",
    ]
    # A row with an unreadable cell is left out whole, even its readable owner.
    assert [(c.code, c.field) for c in plan.changes] == [("C0.3 ME 1", "result")]
    assert plan.counts.problems == 4


def test_a_change_made_in_the_app_after_the_export_is_a_conflict_not_overwritten(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)  # every row says version 1
    set_values(project, assessment_id, FIRST, "bo", result=Result.FULLY_MET)
    set_values(project, assessment_id, SECOND, "bo", owner="Nodira")
    edited = by_code(rows)
    edited[FIRST]["Notes"] = "Checked on the ward."  # would overwrite bo's result too
    edited[THIRD]["Result"] = "Not met"
    plan = preview(survey, tmp_path / "late.xlsx", rows)

    [conflict] = plan.conflicts
    assert (conflict.code, conflict.row, conflict.fields) == (FIRST, 2, ("result", "notes"))
    assert (conflict.expected_version, conflict.stored_version) == (1, 2)
    assert conflict.changed_by == "bo" and conflict.changed_at is not None
    assert "bo changed it in the app on " in str(conflict)
    # bo's owner is untouched by a row that changes nothing: no conflict for it.
    assert [(c.code, c.field) for c in plan.changes] == [(THIRD, "result")]

    apply_results_import(project, plan, user="ana")
    after = stored(project, assessment_id)
    assert (after[FIRST].result, after[FIRST].notes) == (Result.FULLY_MET, "")
    assert after[SECOND].owner == "Nodira"
    assert after[THIRD].result == Result.NOT_MET


def test_rows_without_a_version_are_imported_with_a_warning(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    set_values(project, assessment_id, FIRST, "bo", notes="From the app")
    by_code(rows)[FIRST].update({"Version": None, "Notes": "From the file"})
    plan = preview(survey, tmp_path / "versionless.xlsx", rows)
    assert plan.conflicts == []
    assert [(c.code, c.new) for c in plan.changes] == [(FIRST, "From the file")]
    [warning] = plan.warnings
    assert (warning.row, warning.column) == (2, "O (Version)")
    assert "cannot be detected" in warning.message

    headers = [h for h in ELEMENTS_HEADER if h != "Version"]
    plan = preview(survey, tmp_path / "no-column.xlsx", rows, headers=headers)
    assert [w.message for w in plan.warnings] == [
        "The sheet has no Version column, so changes made in the app since the export cannot "
        "be detected; its values are imported as they are."
    ]


def test_each_extra_row_of_the_same_element_is_a_problem_and_not_applied(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)[:3]
    rows[0]["Result"] = "Fully met"
    rows.append({**rows[0], "Result": "Not met"})
    rows.append({**rows[0], "Code": "c0.1 me 1", "Result": "Not applicable"})
    plan = preview(survey, tmp_path / "twice.xlsx", rows)
    assert [(c.code, c.new) for c in plan.changes] == [(FIRST, Result.FULLY_MET)]
    assert [(p.row, p.column, p.message) for p in plan.problems] == [
        (5, "C (Code)", "C0.1 ME 1 was already given in row 2; this row is not imported."),
        (6, "C (Code)", "C0.1 ME 1 was already given in row 2; this row is not imported."),
    ]


def test_words_dates_and_numbers_in_the_forms_spreadsheets_leave_them(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)[:4]
    forms = [("  FULLY MET ", "in progress", date(2026, 12, 31), 1.0),
             ("partially_met", " DONE", 46387, "1.0"),
             ("Not-Applicable", "To do", "2026-12-31", 1),
             ("not met", "to_do", "31.12.2026", "1")]  # fmt: skip
    for row, (result, status, due, version) in zip(rows, forms, strict=True):
        row.update({"Result": result, "Status": status, "Due date": due, "Version": version})
    plan = preview(survey, tmp_path / "forms.xlsx", rows)
    assert plan.problems == []
    values = plan.values_by_element()
    assert [v.get("result") for v in values.values()] == [
        Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_APPLICABLE, Result.NOT_MET,
    ]  # fmt: skip
    assert {v["due_date"] for v in values.values()} == {date(2026, 12, 31)}
    assert [v.get("work_status") for v in values.values()] == [
        WorkStatus.IN_PROGRESS, WorkStatus.DONE, None, None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2026-12-31T00:00:00", date(2026, 12, 31)), ("2026-12-31 14:30", date(2026, 12, 31)),
     ("46387.75", date(2026, 12, 31)), ("31.02.2026", None), ("3", None), ("soon", None)],
)  # fmt: skip
def test_date_cells(cell: str, expected: date | None) -> None:
    assert read_date(cell) == expected


def test_text_that_looks_like_a_formula_is_imported_as_text(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    rows = exported_rows(*survey)
    by_code(rows)[FIRST]["Notes"] = '=HYPERLINK("http://example.org")'
    plan = preview(survey, tmp_path / "escaped.xlsx", rows, text_cells=["Notes"])
    assert [c.new for c in plan.changes] == ['=HYPERLINK("http://example.org")']


def test_a_nul_character_in_a_cell_is_not_imported(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    by_code(rows)[FIRST]["Notes"] = "Policy_x0000_ signed"  # how an .xlsx holds a NUL character
    apply_results_import(project, preview(survey, tmp_path / "nul.xlsx", rows), user="ana")
    assert stored(project, assessment_id)[FIRST].notes == "Policy signed"


def test_header_rows_may_sit_below_a_title_and_columns_come_in_any_order(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    rows = exported_rows(*survey)
    by_code(rows)[THIRD]["Owner"] = "Aziz"
    headers = ["Comment", *reversed(ELEMENTS_HEADER)]
    plan = preview(survey, tmp_path / "titled.xlsx", rows, headers=headers, above=[["Title"], []])
    assert (plan.header_row, plan.sheet) == (3, "Elements")
    assert [(c.code, c.new, c.row) for c in plan.changes] == [(THIRD, "Aziz", 6)]


def soffice_convert(source: Path, kind: str, folder: Path) -> Path:
    """Open and save the file in LibreOffice (headless) as ``kind``; returns the new file."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed, so no file can be re-saved by it")
    out = folder / f"{kind}-out"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", kind, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return out / f"{source.stem}.{kind}"


def comparable(plan: ResultsImportPlan) -> list[tuple[object, ...]]:
    return sorted((c.code, c.field, str(c.old), str(c.new)) for c in plan.changes)


def test_a_workbook_resaved_by_libreoffice_imports_the_same(
    file_survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = file_survey
    rows = exported_rows(project, assessment_id)
    edited = by_code(rows)
    edited[FIRST].update({"Result": "Fully met", "Due date": date(2026, 12, 31), "Owner": "Aziz"})
    edited[THIRD].update({"Status": "In progress", "Notes": "Audit on 3 ward"})
    plain = write_elements(tmp_path / "plain.xlsx", rows, assessment_id=assessment_id)
    expected = comparable(plan_results_import(project, assessment_id, plain))

    # Another order of columns, a column of the officer's own, rows sorted by code from Z to A,
    # and an owner that is a formula (LibreOffice saves its value).
    edited[FIRST]["Owner"] = '="Az"&"iz"'
    for row in rows:
        row["Comment"] = "checked"
    rows.sort(key=lambda row: str(row["Code"]), reverse=True)
    headers = ["Version", "Result", "Comment", *ELEMENTS_HEADER[:4], *ELEMENTS_HEADER[5:14]]
    edited_file = write_elements(tmp_path / "edited.xlsx", rows, assessment_id=assessment_id,
                                 headers=headers)  # fmt: skip
    resaved = soffice_convert(edited_file, "xlsx", tmp_path)

    plan = plan_results_import(project, assessment_id, resaved)
    assert comparable(plan) == expected
    assert plan.problems == [] and plan.conflicts == []
    assert any("formula" in w.message for w in plan.warnings)
    apply_results_import(project, plan, user="ana")
    first = stored(project, assessment_id)[FIRST]
    assert (first.owner, first.due_date) == ("Aziz", date(2026, 12, 31))


def test_an_xls_saved_by_libreoffice_imports_without_the_assessment_property(
    file_survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = file_survey
    rows = exported_rows(project, assessment_id)
    by_code(rows)[SECOND]["Result"] = "Not applicable"
    source = write_elements(tmp_path / "old-excel.xlsx", rows, assessment_id=assessment_id)
    plan = plan_results_import(project, assessment_id, soffice_convert(source, "xls", tmp_path))
    assert [(c.code, c.new) for c in plan.changes] == [(SECOND, Result.NOT_APPLICABLE)]
    assert any("does not say which assessment" in w.message for w in plan.warnings)


def test_a_file_exported_from_another_assessment_is_refused(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    with project.transaction() as session:
        library_id = session.get(Assessment, assessment_id).library_id  # type: ignore[union-attr]
        official = create_assessment(session, library_id=library_id, name="Official", user="ana")
    rows = exported_rows(project, official)
    rows[0]["Result"] = "Fully met"
    path = write_elements(tmp_path / "official.xlsx", rows, assessment_id=official)
    with pytest.raises(SpreadsheetError) as refused:
        plan_results_import(project, assessment_id, path)
    assert str(refused.value) == (
        "official.xlsx: The file was exported from assessment 'Official', not from 'Mock "
        "survey'; choose that assessment to import it, or export 'Mock survey' again."
    )
    assert plan_results_import(project, official, path).counts.changes == 1


def test_an_opendocument_file_keeps_the_assessment_it_was_exported_from(
    file_survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = file_survey
    with project.transaction() as session:
        library_id = session.get(Assessment, assessment_id).library_id  # type: ignore[union-attr]
        official = create_assessment(session, library_id=library_id, name="Official", user="ana")
    rows = exported_rows(project, official)
    rows[0]["Result"] = "Fully met"
    source = write_elements(tmp_path / "official.xlsx", rows, assessment_id=official)
    ods = soffice_convert(source, "ods", tmp_path)
    with pytest.raises(SpreadsheetError, match="exported from assessment 'Official'"):
        plan_results_import(project, assessment_id, ods)
    plan = plan_results_import(project, official, ods)
    assert (plan.counts.changes, plan.warnings) == (1, [])


def test_a_file_that_does_not_name_its_assessment_is_matched_by_code_with_a_warning(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    rows[0]["Result"] = "Fully met"
    plan = preview(survey, tmp_path / "anonymous.xlsx", rows, assessment_id=None)
    assert plan.counts.changes == 1 and plan.exported_at is None
    assert [w.message for w in plan.warnings] == [
        "The file does not say which assessment it was exported from; its rows are matched by "
        "code to the elements of 'Mock survey'."
    ]


def lock(project: Project, assessment_id: int) -> None:
    with project.transaction() as session:
        assessment = session.get(Assessment, assessment_id)
        assert assessment is not None
        assessment.locked = True


def test_a_locked_assessment_refuses_the_whole_import(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    rows[0]["Result"] = "Fully met"
    path = write_elements(tmp_path / "mock.xlsx", rows, assessment_id=assessment_id)
    plan = plan_results_import(project, assessment_id, path)
    lock(project, assessment_id)
    before = snapshot(project)
    message = "Assessment 'Mock survey' is locked; unlock it first."
    with pytest.raises(AssessmentError, match=message):
        plan_results_import(project, assessment_id, path)
    with pytest.raises(AssessmentError, match=message):
        apply_results_import(project, plan, user="ana")
    assert snapshot(project) == before


def project_file_digest(project: Project) -> str:
    """The project file's bytes (with its write-ahead log), digested; a shared project has no
    file, so the digest of nothing."""
    digest = hashlib.sha256()
    if project.path is None:
        return digest.hexdigest()
    for part in (project.path, Path(f"{project.path}-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


def test_previewing_writes_nothing(survey: tuple[Project, int], tmp_path: Path) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    for row in rows:
        row.update({"Result": "Fully met", "Owner": "Aziz", "Due date": date(2027, 1, 15)})
    path = write_elements(tmp_path / "all.xlsx", rows, assessment_id=assessment_id)
    before, digest = snapshot(project), project_file_digest(project)
    plan = plan_results_import(project, assessment_id, path)
    assert plan.counts.changes == 36
    assert snapshot(project) == before
    assert project_file_digest(project) == digest


def fail_on_update(project: Project, element_assessment_id: int, message: str) -> None:
    """Make the database refuse any update of one element assessment row with ``message``."""
    with project.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(
                "CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"RAISE EXCEPTION '{message}'; END $$"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER fail_midway BEFORE UPDATE ON element_assessment FOR EACH ROW "
                f"WHEN (NEW.id = {element_assessment_id}) EXECUTE FUNCTION fail_midway()"
            )
        else:
            connection.exec_driver_sql(
                "CREATE TRIGGER fail_midway BEFORE UPDATE ON element_assessment "
                f"WHEN NEW.id = {element_assessment_id} BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )


def test_apply_is_all_or_nothing_when_the_database_fails_midway(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    for row in rows:
        row["Result"] = "Not met"
    plan = preview(survey, tmp_path / "all.xlsx", rows)
    middle = element_assessment_ids(project, assessment_id)["C1.1 ME 1"]
    fail_on_update(project, middle, "the disk is full")
    before = snapshot(project)
    with pytest.raises(Exception, match="the disk is full"):
        apply_results_import(project, plan, user="ana")
    assert snapshot(project) == before


def test_an_element_changed_between_preview_and_apply_refuses_the_whole_import(
    survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    for row in rows:
        row["Result"] = "Partially met"
    plan = preview(survey, tmp_path / "all.xlsx", rows)
    set_values(project, assessment_id, THIRD, "bo", notes="Meanwhile")
    before = snapshot(project)
    with pytest.raises(ResultsImportConflict) as refused:
        apply_results_import(project, plan, user="ana")
    assert str(refused.value) == (
        "1 element was changed in the project after the preview (first C0.2 ME 1, by bo); "
        "nothing was imported. Preview the file again to see what changed."
    )
    assert [(c.code, c.expected_version, c.stored_version) for c in refused.value.conflicts] == [
        (THIRD, 1, 2)
    ]
    assert snapshot(project) == before


def test_cancelling_the_preview_stops_it(survey: tuple[Project, int], tmp_path: Path) -> None:
    project, assessment_id = survey
    rows = exported_rows(project, assessment_id)
    path = write_elements(tmp_path / "mock.xlsx", rows, assessment_id=assessment_id)
    monitor = TaskMonitor(lambda stage, done, total: monitor.cancel())
    with pytest.raises(Cancelled):
        plan_results_import(project, assessment_id, path, monitor)


def write_workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, lines in sheets.items():
        sheet = workbook.create_sheet(title)
        for line in lines:
            sheet.append(line)
    workbook.save(path)
    return path


DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("report.xlsx", lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\x00\x01"),
         "report.xlsx: The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv)."),
        ("summary.xlsx", lambda p: write_workbook(p, {"Summary": [["Readiness", 0.8]]}),
         "summary.xlsx: The file has no sheet named 'Elements' (its sheets are: 'Summary'); "
         "expected a workbook exported from Accredit Tracker as an Excel report."),
        ("tiny.xls", lambda p: shutil.copy(DATA / "tiny.xls", p),
         "tiny.xls, sheet 'Elements': The sheet has 1 merged cell range (first A2:A4); each was "
         "read as if its value filled every cell.\n"
         "tiny.xls, sheet 'Elements': No header row with 'Code' and 'Result' was found in the "
         "first 30 rows; expected the Elements sheet as Accredit Tracker exports it, with the "
         "headers Chapter, Standard, Code, Measurable element, Result, Points, Status, Owner, "
         "Department, Due date, Notes, Evidence, Last changed, Changed by, Version."),
        ("empty.xlsx", lambda p: write_workbook(p, {"Elements": [], "Notes": [["x"]]}),
         "empty.xlsx, sheet 'Elements': The sheet is empty."),
        ("header.xlsx", lambda p: write_workbook(p, {"Elements": [ELEMENTS_HEADER]}),
         "header.xlsx, sheet 'Elements': The sheet has no element rows below its header row "
         "(row 1)."),
        ("formulas.xlsx", lambda p: write_workbook(p, {"Elements": [["Code", "Result"],
                                                                    ["C0.1 ME 1", "=A1"]]}),
         "formulas.xlsx, sheet 'Elements', row 2, column B: The cell has a formula with no saved "
         "value; open the file in Excel or LibreOffice, save it, and import again."),
    ],
    ids=["not-a-spreadsheet", "no-elements-sheet", "xls-without-headers", "empty-sheet",
         "no-rows", "formula-without-value"],
)  # fmt: skip
def test_files_that_cannot_be_imported_are_refused_clearly(
    file_survey: tuple[Project, int],
    tmp_path: Path,
    name: str,
    make: Callable[[Path], object],
    expected: str,
) -> None:
    project, assessment_id = file_survey
    path = tmp_path / name
    make(path)
    before = snapshot(project)
    with pytest.raises(SpreadsheetError) as refused:
        plan_results_import(project, assessment_id, path)
    assert str(refused.value) == expected
    assert snapshot(project) == before


def test_a_workbook_renamed_to_xls_is_read_for_what_it_is(
    file_survey: tuple[Project, int], tmp_path: Path
) -> None:
    project, assessment_id = file_survey
    rows = exported_rows(project, assessment_id)
    rows[0]["Result"] = "Fully met"
    path = write_elements(tmp_path / "mock.xls", rows, assessment_id=assessment_id)
    plan = plan_results_import(project, assessment_id, path)
    assert plan.counts.changes == 1
    assert [w.message for w in plan.warnings] == [
        "The file is an Excel workbook (.xlsx) although its name ends in .xls; it was read as "
        ".xlsx."
    ]
