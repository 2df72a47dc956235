"""`accredit take-back`: a filled-in report previewed by row and column, stored only with
--apply, and refused whole (exit 2, nothing changed) when anything in it is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker import cli
from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.columns import ELEMENT_HEADERS
from report_survey import filled_survey


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_path: Path, tmp_path: Path) -> Path:
    """ "Mock survey" (twelve elements, five assessed), then an empty "Official survey"."""
    with filled_survey(project_path, tmp_path / "files"):
        pass
    with open_project(project_path) as opened, opened.transaction() as session:
        library_id = library_counts(session)[0].library_id
        create_assessment(session, library_id=library_id, name="Official survey", user="ana")
    return project_path


def fill_in(path: Path, values: dict[str, dict[str, str]]) -> None:
    book = load_workbook(path)
    sheet = book["Elements"]
    code_column = ELEMENT_HEADERS.index("Code") + 1
    for row in range(2, sheet.max_row + 1):
        code = sheet.cell(row=row, column=code_column).value
        for header, value in values.get(str(code), {}).items():
            sheet.cell(row=row, column=ELEMENT_HEADERS.index(header) + 1, value=value)
    book.save(path)


def state(project: Path) -> tuple[dict[str, tuple[Result, str]], int]:
    """Each element of "Mock survey" (result, owner), and how many audit rows there are."""
    with open_project(project) as opened, opened.session() as session:
        rows = {r.code: (r.result, r.owner) for r in element_rows(session, 1)}
        audit = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    return rows, audit


@pytest.fixture
def report(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The report of "Mock survey" (not the newest assessment), as exported."""
    target = tmp_path / "mock.xlsx"
    assert run(capsys, "report", project, target, "--assessment", "Mock survey")[0] == 0
    return target


def test_the_preview_lists_each_change_by_row_and_changes_nothing(
    project: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_in(report, {"C1.3 ME 1": {"Result": "Fully met", "Owner": "Dr. Karimova"}})
    before = state(project)

    code, out, err = run(capsys, "take-back", project, report)

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "mock.xlsx, sheet 'Elements', into 'Mock survey':",
        "  12 rows read: 2 changes to 1 element, 11 rows changing nothing. Only the Elements "
        "sheet is read; blank cells change nothing, (clear) erases.",
        "Changes:",
        "  row 12, C1.3 ME 1, Result: Not assessed → Fully met",
        "  row 12, C1.3 ME 1, Owner: (empty) → 'Dr. Karimova'",
        "Nothing was changed; run again with --apply to store 2 changes to 1 element.",
    ]
    assert state(project) == before


def test_apply_stores_the_changes_audited_as_from_the_file(
    project: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_in(report, {"C1.3 ME 1": {"Result": "Fully met", "Owner": "Dr. Karimova"}})
    _, audit_before = state(project)

    code, out, err = run(capsys, "--user", "nodira", "take-back", project, report, "--apply")

    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "Stored 2 changes to 1 element of 'Mock survey', audited as imported from mock.xlsx."
    )
    rows, audit = state(project)
    assert rows["C1.3 ME 1"] == (Result.FULLY_MET, "Dr. Karimova")
    assert audit == audit_before + 2
    with open_project(project) as opened, opened.session() as session:
        who = session.execute(
            select(col(AuditEvent.field), col(AuditEvent.user)).where(
                col(AuditEvent.details) == "imported from mock.xlsx"
            )
        ).all()
    assert sorted(who) == [("owner", "nodira"), ("result", "nodira")]


def test_any_problem_refuses_the_whole_file_with_exit_2_even_with_apply(
    project: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_in(
        report,
        {
            "C1.3 ME 1": {"Result": "Fully met"},  # fine on its own
            "C1.2 ME 2": {"Result": "Half met", "Due date": "next week"},
        },
    )
    before = state(project)

    code, out, err = run(capsys, "take-back", project, report, "--apply")

    assert code == 2
    assert "  row 12, C1.3 ME 1, Result: Not assessed → Fully met" in out
    assert "Problems:" in out
    assert (
        "  mock.xlsx, sheet 'Elements', row 11, column E (Result): expected a result: "
        "'Not assessed', 'Fully met', 'Partially met', 'Not met' or 'Not applicable'; found "
        "'Half met'."
    ) in out.splitlines()
    assert "row 11, column J (Due date): expected a date such as 2026-12-31" in out
    assert err == (
        "accredit: mock.xlsx: 2 problems; nothing was changed. Correct the file (or export the "
        "report again) and run again.\n"
    )
    assert state(project) == before


def test_a_conflict_refuses_the_file_and_the_app_s_change_stands(
    project: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_in(report, {"C1.3 ME 1": {"Result": "Fully met"}})
    # Someone sets the element in the app after the export.
    with open_project(project) as opened, opened.transaction() as session:
        from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
        from factories import element_assessment_ids

        element_id = element_assessment_ids(opened, 1)["C1.3 ME 1"]
        update_elements(session, [ElementChange(element_id, {"result": Result.NOT_MET})], user="bo")
    before = state(project)

    code, out, err = run(capsys, "take-back", project, report, "--apply")

    assert code == 2
    assert "Conflicts (not imported):" in out and "Row 12, C1.3 ME 1: bo changed it" in out
    assert err.startswith("accredit: mock.xlsx: 1 conflict; nothing was changed.")
    assert state(project) == before


def test_a_file_that_is_not_a_report_is_refused_with_exit_2(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    before = state(project)
    code, _, err = run(capsys, "take-back", project, notes, "--apply")
    assert code == 2 and err.startswith("accredit: cannot import; nothing was changed:\n")
    assert state(project) == before
