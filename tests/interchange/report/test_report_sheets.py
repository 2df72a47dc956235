"""What surveyors and officers read on the report's other sheets: each standard's score and
pass or fail, what a surveyor would catch, the action plan, the evidence files, and how the
Elements and Gaps sheets print; read back from real files with openpyxl and LibreOffice."""

from __future__ import annotations

import csv
import shutil
import statistics
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import col, select

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.dashboard import dashboard
from accredit_tracker.core.storage.models import ElementAssessment
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.demo import create_demo_project
from accredit_tracker.interchange.report.workbook import write_report
from accredit_tracker.interchange.results.importer import plan_results_import
from factories import element_assessment_ids, flat_rows, project_with_library, write_bytes
from report_survey import (
    TODAY,
    Survey,
    by_code,
    facility_name,
    filled_survey,
    sheet_values,
    workbook,
)

F, P, N = Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET

STANDARD_HEADER = ["Chapter", "Standard", "Standard text", "Score", "Threshold",
                   "Meets threshold", "Elements", "Fully met", "Partially met", "Not met",
                   "Not applicable", "Not assessed"]  # fmt: skip
FLAG_HEADER = ["Finding", "Chapter", "Standard", "Code", "Measurable element", "Result", "Owner",
               "Details"]  # fmt: skip
NO_EVIDENCE = "Fully met without evidence"
EXPIRED = "Evidence past its review date"
NO_OWNER = "No owner"
FAILING_STANDARD = "Standard below its threshold in a passing chapter"


@pytest.fixture
def survey(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    with filled_survey(project_target, tmp_path / "files") as found:
        yield found


@pytest.fixture
def wide(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    """Two chapters of five standards with two elements each, under JCI-style points (10 / 5
    / 0; a standard passes at 5, a chapter at 8): room for a failing standard in a passing
    chapter."""
    project = project_with_library(project_target, flat_rows(chapters=2, standards=5, elements=2))
    with project:
        with project.transaction() as session:
            library_id = library_counts(session)[0].library_id
            assessment_id = create_assessment(session, library_id=library_id, name="Mock",
                                              user="ana", profile_key="jci_points")  # fmt: skip
        folder = tmp_path / "files"
        folder.mkdir()
        yield Survey(project, assessment_id, element_assessment_ids(project, assessment_id),
                     folder, facility_name(project_target))  # fmt: skip


def export(survey: Survey, name: str = "report.xlsx", **options: Any) -> Path:
    target = survey.folder.parent / name
    write_report(survey.project, survey.assessment_id, target, today=TODAY, **options)
    return target


def set_results(survey: Survey, **by_code: Any) -> None:
    """``set_results(survey, **{"C0.1 ME 1": {"result": F, "owner": "Ana"}})``."""
    with survey.project.transaction() as session:
        changes = [ElementChange(survey.elements[code], values) for code, values in by_code.items()]
        update_elements(session, changes, user="ana")


def rows_by(rows: list[list[Any]], key: int) -> dict[Any, dict[str, Any]]:
    return {row[key]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}


# The Standards sheet


def test_standards_sheet_gives_each_standard_its_score_counts_and_pass_or_fail(
    survey: Survey,
) -> None:
    path = export(survey)
    rows = sheet_values(path, "Standards")
    assert rows[0] == STANDARD_HEADER
    standards = rows_by(rows, 1)
    assert list(standards) == ["C0.1", "C0.2", "C0.3", "C1.1", "C1.2", "C1.3"]
    # Fully met and partially met: (10 + 5) / 2 = 7.5, at or above the standard threshold 5.
    assert list(standards["C0.1"].values()) == [
        "C0", "C0.1", "Standard 0.1 text", 7.5, 5, "Yes", 2, 1, 1, 0, 0, 0]  # fmt: skip
    # Not met, the other element not applicable: 0, below 5 — the standard fails.
    assert [standards["C0.2"][h] for h in ("Score", "Meets threshold", "Not met",
                                           "Not applicable")] == [0, "No", 1, 1]  # fmt: skip
    # Partially met, the other not assessed yet: 5, but half assessed is below the profile's
    # coverage threshold (80 %), so it neither meets nor misses its threshold.
    assert [standards["C0.3"][h] for h in ("Score", "Meets threshold", "Not assessed")] == [
        5, "not enough assessed", 1]  # fmt: skip
    # Nothing assessed: no score, neither passing nor failing.
    assert [standards["C1.1"][h] for h in ("Score", "Threshold", "Meets threshold")] == [
        None, 5, None]  # fmt: skip
    sheet = workbook(path)["Standards"]
    score, threshold, count = sheet["D2"], sheet["E2"], sheet["G2"]
    assert (score.data_type, score.number_format) == ("n", "0.0")
    assert (threshold.data_type, threshold.number_format) == ("n", "0.0")
    assert count.data_type == "n"
    assert sheet.row_dimensions[1].height == 30  # "Meets threshold" takes two header lines
    colours = {
        rule.formula[0]: rule.dxf.fill.fgColor.rgb
        for rules in sheet.conditional_formatting
        for rule in rules.rules
        if str(rules.sqref) == "F2:F7"
    }
    assert colours == {'"Yes"': "00C6EFCE", '"No"': "00FFC7CE", '"not enough assessed"': "00EDEDED"}


def test_standards_under_a_percentage_profile_have_percent_scores_and_no_pass_or_fail(
    survey: Survey,
) -> None:
    with survey.project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        national = create_assessment(session, library_id=library_id, name="National",
                                     user="ana", profile_key="percentage_bands",
                                     based_on=survey.assessment_id)  # fmt: skip
    path = survey.folder.parent / "national.xlsx"
    write_report(survey.project, national, path, today=TODAY)
    standards = rows_by(sheet_values(path, "Standards"), 1)
    # One fully met of two applicable: 50 %; no per-standard threshold to meet.
    assert [standards["C0.1"][h] for h in ("Score", "Threshold", "Meets threshold")] == [
        50, None, None]  # fmt: skip
    assert workbook(path)["Standards"]["D2"].number_format == '0" %"'


# What a surveyor would catch


def test_each_finding_a_surveyor_would_catch_is_listed_and_named_on_its_element(
    wide: Survey,
) -> None:
    owned = {code: {"owner": "Dilnoza"} for code in wide.elements}
    set_results(wide, **owned)
    # Chapter C0: four standards fully met and C0.5 at (0 + 5) / 2 = 2.5 → the chapter's
    # mean is 8.5, above 8, while C0.5 is below 5.
    fully = {f"C0.{s} ME {e}": {"result": F} for s in range(1, 5) for e in (1, 2)}
    set_results(wide, **fully, **{"C0.5 ME 1": {"result": N}, "C0.5 ME 2": {"result": P},
                                  "C1.1 ME 1": {"result": F, "owner": ""}})  # fmt: skip
    wide.attach("old policy.pdf", "C0.1 ME 1", "C0.1 ME 2", review_date=date(2026, 3, 1))
    wide.attach("fresh audit.xlsx", "C0.1 ME 1", review_date=date(2027, 3, 1))
    path = export(wide)

    rows = sheet_values(path, "Surveyor flags")
    assert rows[0] == FLAG_HEADER
    found = [(row[0], row[3]) for row in rows[1:]]
    assert found == [
        (EXPIRED, "C0.1 ME 1"),
        (EXPIRED, "C0.1 ME 2"),
        *((NO_EVIDENCE, f"C0.{s} ME {e}") for s in (2, 3, 4) for e in (1, 2)),
        (FAILING_STANDARD, "C0.5 ME 1"),
        (FAILING_STANDARD, "C0.5 ME 2"),
        (NO_EVIDENCE, "C1.1 ME 1"),
        (NO_OWNER, "C1.1 ME 1"),
    ]  # library order, each element's findings in the dashboard's order
    with wide.project.session() as session:
        warnings = dashboard(session, wide.assessment_id, today=TODAY).warnings
    shown = {(w.label, e.code) for w in warnings for e in w.elements}
    assert set(found) == shown  # what the dashboard warns of, element for element
    flags = {(row[0], row[3]): dict(zip(FLAG_HEADER, row, strict=True)) for row in rows[1:]}
    assert flags[EXPIRED, "C0.1 ME 1"]["Details"] == "old policy.pdf"
    failing = flags[FAILING_STANDARD, "C0.5 ME 1"]
    assert (failing["Chapter"], failing["Standard"], failing["Result"], failing["Owner"]) == (
        "C0", "C0.5", "Not met", "Dilnoza")  # fmt: skip
    assert failing["Measurable element"] == "Element 1 of standard C0.5"
    assert failing["Details"] == "Standard score 2.5, below the threshold of 5"
    assert flags[NO_OWNER, "C1.1 ME 1"]["Owner"] is None

    elements = by_code(sheet_values(path, "Elements"))
    assert elements["C0.1 ME 1"]["Surveyor flags"] == EXPIRED
    assert elements["C0.2 ME 1"]["Surveyor flags"] == NO_EVIDENCE
    assert elements["C0.5 ME 2"]["Surveyor flags"] == FAILING_STANDARD
    assert elements["C1.1 ME 1"]["Surveyor flags"] == f"{NO_EVIDENCE}; {NO_OWNER}"
    assert elements["C1.1 ME 2"]["Surveyor flags"] is None


def test_the_take_back_reads_a_flagged_row_and_leaves_the_flags_column_alone(
    wide: Survey,
) -> None:
    set_results(wide, **{"C0.1 ME 1": {"result": F}})
    path = export(wide)
    book = load_workbook(path)
    sheet = book["Elements"]
    assert (sheet["C2"].value, sheet["P2"].value) == ("C0.1 ME 1", f"{NO_EVIDENCE}; {NO_OWNER}")
    sheet["E2"] = "Partially met"  # as an officer types it offline
    book.save(path)
    plan = plan_results_import(wide.project, wide.assessment_id, path)
    assert (plan.problems, plan.warnings) == ([], [])
    assert [(c.code, c.field, c.old, c.new) for c in plan.changes] == [
        ("C0.1 ME 1", "result", F, P)]  # fmt: skip


# The action plan


def test_the_action_plan_lists_not_assessed_elements_only_when_asked(survey: Survey) -> None:
    needing_action = ["C0.1 ME 2", "C0.2 ME 1", "C0.3 ME 1"]  # partially met or not met
    assert list(by_code(sheet_values(export(survey), "Gaps"))) == needing_action
    path = export(survey, "with-all.xlsx", include_not_assessed=True)
    gaps = by_code(sheet_values(path, "Gaps"))
    waiting = ["C0.3 ME 2", "C1.1 ME 1", "C1.1 ME 2", "C1.2 ME 1", "C1.2 ME 2", "C1.3 ME 1",
               "C1.3 ME 2"]  # fmt: skip
    assert sorted(gaps) == sorted(needing_action + waiting)
    assert {gaps[code]["Result"] for code in waiting} == {"Not assessed"}


# The evidence files


def test_evidence_shows_sizes_and_types_as_people_read_them(survey: Survey) -> None:
    survey.attach("a note.txt", "C0.1 ME 1", size=850)
    survey.attach("policy.pdf", "C0.1 ME 1", size=2500)
    survey.attach("ward.jpeg", "C0.2 ME 1", size=1_300_000)
    survey.attach("rota.xlsx", "C0.2 ME 1", size=40_000)
    path = export(survey)
    files = rows_by(sheet_values(path, "Evidence"), 0)
    assert {name: (f["Size"], f["Type"]) for name, f in files.items()} == {
        "a note.txt": (850, "Text"),
        "policy.pdf": (2500, "PDF document"),
        "rota.xlsx": (40_000, "Excel workbook"),
        "ward.jpeg": (1_300_000, "JPEG image"),
    }
    sheet = workbook(path)["Evidence"]
    size = sheet["C2"]
    assert size.data_type == "n"  # a number, shown in bytes, KB or MB by its format
    assert size.number_format == '[<1000]0" bytes";[<1000000]0.0," KB";0.0,," MB"'


def test_each_elements_files_are_one_a_line_in_a_row_tall_enough_for_them(
    survey: Survey,
) -> None:
    long_name = "Hand hygiene audit of the surgical wards, first quarter.pdf"  # two lines
    survey.attach(long_name, "C0.3 ME 1")
    survey.attach("rota.xlsx", "C0.3 ME 1")
    sheet = workbook(export(survey))["Elements"]
    evidence = sheet["L6"]
    assert evidence.value == f"{long_name}\nrota.xlsx"
    assert evidence.alignment.wrap_text
    assert sheet.row_dimensions[6].height == 45  # three lines: two for the long name


# Printing


def test_elements_and_gaps_print_the_columns_that_matter_with_code_and_header_frozen(
    survey: Survey,
) -> None:
    book = workbook(export(survey))
    elements, gaps = book["Elements"], book["Gaps"]
    # Code, element, result, points, status, owner, department and due date.
    assert elements.print_area == "'Elements'!$C$1:$J$13"
    # … and whether the work is overdue.
    assert gaps.print_area == "'Gaps'!$C$1:$J$4"
    for sheet in (elements, gaps):
        assert sheet.freeze_panes == "D2"
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.orientation == "landscape"
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert (sheet.page_margins.left, sheet.page_margins.right) == (0.4, 0.4)
    assert book["Standards"].print_title_rows == "$1:$1"
    assert book["Surveyor flags"].print_title_rows == "$1:$1"


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf``, laid out."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    return text.split("\f")[:-1]


def word_heights(pdf: Path, first: int, last: int) -> list[float]:
    """The height in points of every word on pages ``first`` to ``last``: about its type size."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(first), "-l", str(last), str(pdf),
                           "-"], check=True, capture_output=True, text=True).stdout  # fmt: skip
    heights = []
    for line in html.splitlines():
        if line.strip().startswith("<word "):
            numbers = dict(part.split("=") for part in line.strip()[6:].split(">")[0].split())
            heights.append(float(numbers["yMax"].strip('"')) - float(numbers["yMin"].strip('"')))
    return heights


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler's pdftotext is not installed",
)
def test_libreoffice_prints_the_demo_elements_legibly_and_shows_the_sheets(
    tmp_path: Path,
) -> None:
    """The demo project's report (1,225 elements), printed by LibreOffice Calc: the Elements
    sheet at a readable type size (it printed at about 5 points when every column was on the
    page) on one page per twenty elements or fewer, and every new sheet opens with its values."""
    project = create_demo_project(tmp_path / "demo.accredit", user="me", today=TODAY)
    with project:
        with project.session() as session:
            first = session.exec(
                select(ElementAssessment).order_by(col(ElementAssessment.id))
            ).first()
            assert first is not None and first.id is not None
            assessment_id, linked = first.assessment_id, [first.id]
        source = write_bytes(tmp_path / "policy.pdf", 2500)
        with project.transaction() as session:
            attach_files(session, [source], linked, user="me")
        path = tmp_path / "demo.xlsx"
        write_report(project, assessment_id, path, today=TODAY)
    out = tmp_path / "printed"
    profile = (tmp_path / "libreoffice-profile").as_uri()
    every_sheet_as_csv = (
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    )
    for target in ("pdf", every_sheet_as_csv):
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    pages = pdf_pages(out / "demo.pdf")
    # Each page's header names its sheet at the right of its first line.
    sheet_of = [page.strip().splitlines()[0].split()[-1] if page.strip() else "" for page in pages]
    printed = [n for n, sheet in enumerate(sheet_of, 1) if sheet == "Elements"]
    assert 1225 / 20 >= len(printed) > 0
    heights = word_heights(out / "demo.pdf", printed[0], printed[0] + 2)
    assert statistics.median(heights) >= 9  # about 8-point type or larger; 5-point is 6 high
    on_page = pages[printed[0] - 1]
    assert "Due date" in on_page and "Last changed" not in on_page  # the columns that matter

    with (out / "demo-Standards.csv").open(encoding="utf-8", newline="") as file:
        standards = list(csv.reader(file))
    assert standards[0] == STANDARD_HEADER
    assert {row[5] for row in standards[1:]} <= {"Yes", "No", "not enough assessed", ""}
    with (out / "demo-Evidence.csv").open(encoding="utf-8", newline="") as file:
        evidence = list(csv.reader(file))
    # As shown (the CSV filter writes the formatted text): 2,500 bytes read "2.5 KB".
    assert dict(zip(evidence[0], evidence[1], strict=True))["Size"] == "2.5 KB"
    assert (out / "demo-Surveyor flags.csv").exists()
