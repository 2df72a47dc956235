"""The Excel audit report: its sheets, values, formats and properties, read back with openpyxl
and python-calamine from real files."""

from __future__ import annotations

import csv
import errno
import hashlib
import os
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart
from openpyxl.writer.excel import ExcelWriter

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.audit.chain import chain_head
from accredit_tracker.core.i18n import language as in_language
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.readiness.overview import overview
from accredit_tracker.core.readiness.report_data import evidence_lines
from accredit_tracker.core.readiness.scoring import shown_score
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.reading.spreadsheet_file import open_spreadsheet
from accredit_tracker.interchange.report import target_file as report_file
from accredit_tracker.interchange.report import workbook as report
from accredit_tracker.interchange.report.cell_text import CUT_MARKER, text_cell
from accredit_tracker.interchange.report.columns import ELEMENT_HEADERS
from accredit_tracker.interchange.report.sheets import RowProgress
from accredit_tracker.interchange.report.workbook import (
    SAVING,
    WRITING,
    ReportError,
    write_report,
)
from report_survey import (
    TODAY,
    Survey,
    by_code,
    calamine_values,
    column,
    filled_survey,
    part,
    sheet_values,
    workbook,
)
from shared_server import empty_schema


@pytest.fixture
def survey(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    with filled_survey(project_target, tmp_path / "files") as found:
        yield found


@pytest.fixture
def file_survey(project_path: Path, tmp_path: Path) -> Iterator[Survey]:
    """The survey in a project file only, for tests of how the report file is written, which
    does not depend on where the project lives."""
    with filled_survey(project_path, tmp_path / "files") as found:
        yield found


def export(survey: Survey, name: str = "report.xlsx", **options: Any) -> Path:
    target = survey.folder.parent / name
    write_report(survey.project, survey.assessment_id, target, today=TODAY, **options)
    return target


# The sheets and their values


def test_the_workbook_has_its_sheets_in_order(survey: Survey) -> None:
    assert workbook(export(survey)).sheetnames == [
        "Summary", "Standards", "Elements", "Gaps", "Surveyor flags", "Evidence", "Findings",
        "Actions"]  # fmt: skip
    with_trail = export(survey, "trail.xlsx", include_audit_trail=True)
    assert workbook(with_trail).sheetnames[-1] == "Audit trail"


def test_elements_sheet_keeps_the_contract_the_round_trip_import_reads(survey: Survey) -> None:
    survey.attach("policy.pdf", "C0.1 ME 1")
    survey.attach("roster.xlsx", "C0.1 ME 1")
    path = export(survey)
    rows = sheet_values(path, "Elements")
    assert rows[0] == [
        "Chapter", "Standard", "Code", "Measurable element", "Result", "Points", "Status",
        "Owner", "Department", "Due date", "Notes", "Evidence", "Last changed", "Changed by",
        "Version", "Surveyor flags",
    ]  # fmt: skip
    assert tuple(rows[0][:-1]) == ELEMENT_HEADERS  # then the column the round trip ignores
    assert len(rows) == 13  # every element, in library order
    assert column(rows, "Code")[:3] == ["C0.1 ME 1", "C0.1 ME 2", "C0.2 ME 1"]
    done = by_code(rows)["C0.1 ME 1"]
    assert {k: done[k] for k in ("Chapter", "Standard", "Measurable element")} == {
        "Chapter": "C0",
        "Standard": "C0.1",
        "Measurable element": "Element 1 of standard C0.1",
    }
    assert (done["Result"], done["Points"], done["Status"]) == ("Fully met", 10, "Done")
    assert (done["Owner"], done["Department"]) == ("Нигора Усманова", "Sifat boʻlimi")
    assert done["Due date"] == datetime(2026, 5, 1)
    assert done["Notes"] == "Qoʻl gigiyenasi: every ward audited"
    assert done["Evidence"] == "policy.pdf\nroster.xlsx"
    assert done["Changed by"] == "ana"
    assert isinstance(done["Last changed"], datetime)
    assert abs(done["Last changed"] - datetime.now()).total_seconds() < 60  # local time
    # Six fields (result, status, owner, department, due date, notes) changed in one save.
    assert done["Version"] == 2
    untouched = by_code(rows)["C1.3 ME 2"]
    assert (untouched["Result"], untouched["Points"], untouched["Status"]) == (
        "Not assessed", None, "To do")  # fmt: skip
    assert (untouched["Due date"], untouched["Last changed"], untouched["Version"]) == (
        None, None, 1)  # fmt: skip
    assert [by_code(rows)[c]["Points"] for c in ("C0.1 ME 2", "C0.2 ME 1", "C0.2 ME 2")] == [
        5, 0, None]  # fmt: skip


def test_elements_sheet_cells_have_the_types_the_contract_promises(survey: Survey) -> None:
    sheet = workbook(export(survey))["Elements"]
    due, version, result = sheet["J2"], sheet["O2"], sheet["E2"]
    assert (due.is_date, due.number_format) == (True, "yyyy-mm-dd")
    assert sheet["J13"].value is None
    assert (version.data_type, version.value) == ("n", 2)
    assert (result.data_type, result.value) == ("s", "Fully met")
    assert sheet["M2"].is_date


def test_status_labels_are_the_english_words_of_the_app(survey: Survey) -> None:
    survey.change("C1.1 ME 1", work_status=WorkStatus.IN_PROGRESS)
    statuses = set(column(sheet_values(export(survey), "Elements"), "Status"))
    assert statuses == {"To do", "In progress", "Done"}


def test_summary_gives_facility_assessment_scores_and_verdict(survey: Survey) -> None:
    path = export(survey)
    rows = sheet_values(path, "Summary")
    facts = {row[0]: row[1] for row in rows if row[0]}
    with survey.project.session() as session:
        score = overview(session, survey.assessment_id).score
    assert rows[0][0] == "Accreditation readiness report"
    assert facts["Facility"] == survey.facility
    assert facts["Assessment"] == "Mock survey"
    assert facts["Kind"] == "Self-assessment"
    assert facts["Standards library"] == "Test library"
    assert facts["Report date"] == datetime(2026, 6, 1)
    assert facts["Scoring profile"] == "JCI-style points (10 / 5 / 0)"
    # A number, cut down as the app shows it (4.1666 is 4.1), in the format of a score.
    assert facts["Overall score"] == shown_score(score.profile, score.overall) == 4.1
    overall = next(
        row for row in workbook(path)["Summary"].iter_rows() if row[0].value == "Overall score"
    )
    assert (overall[1].data_type, overall[1].number_format) == ("n", "0.0")
    assert facts["Verdict"] == (
        "Does not meet the accreditation thresholds (provisional: some elements are not assessed yet)"
    )
    assert facts["Why"] == score.verdict.reasons[0]
    assert [facts[r.label] for r in Result] == [7, 1, 2, 1, 1]
    assert facts["Total"] == 12
    with survey.project.session() as session:
        head = chain_head(session)
    # What proves later that the trail the report was made from was not rewritten since.
    assert facts["About this report"] == (
        f"Made from an audit trail of {head.rows} changes whose hash chain ends in {head.hash}; "
        "Verify shows the project's chain head today."
    )
    assert workbook(path)["Summary"].page_setup.fitToHeight == 1


def test_summary_chapter_table_gives_score_threshold_and_readiness(survey: Survey) -> None:
    path = export(survey)
    rows = sheet_values(path, "Summary")
    start = next(n for n, row in enumerate(rows) if row[0] == "Chapter")
    assert rows[start] == ["Chapter", "Title", "Elements", "Not assessed", "Score", "Threshold",
                           "Readiness"]  # fmt: skip
    # C0: standards C0.1 (10, 5 → 7.5), C0.2 (0; n/a → 0), C0.3 (5) → mean 4.1666 → "4.1".
    assert rows[start + 1] == ["C0", "Chapter 0", 6, 1, 4.1, 8, "below"]
    assert rows[start + 2] == ["C1", "Chapter 1", 6, 6, None, 8, "no score yet"]
    assert workbook(path)["Summary"].cell(start + 2, 5).number_format == "0.0"


def test_summary_has_a_bar_chart_of_chapter_scores_against_the_threshold(survey: Survey) -> None:
    path = export(survey)
    rows = sheet_values(path, "Summary")
    header = next(n for n, row in enumerate(rows, 1) if row[0] == "Chapter")
    [chart] = workbook(path)["Summary"]._charts
    assert isinstance(chart, BarChart) and chart.type == "col"
    [bars] = chart.series
    assert bars.val.numRef.f == f"'Summary'!$E${header + 1}:$E${header + 2}"
    assert bars.cat.strRef.f == f"'Summary'!$A${header + 1}:$A${header + 2}"
    assert bars.tx.strRef.f == f"'Summary'!E{header}"
    # openpyxl reads back only the first chart of a combination: the threshold line is checked
    # in the chart's XML.
    xml = part(path, "xl/charts/chart1.xml")
    assert "<lineChart>" in xml
    assert f"<f>'Summary'!$F${header + 1}:$F${header + 2}</f>" in xml
    assert '<max val="10"/><min val="0"/>' in xml


def test_percentage_profile_has_no_points_and_no_chapter_threshold(survey: Survey) -> None:
    with survey.project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        national = create_assessment(session, library_id=library_id, name="National",
                                     user="ana", profile_key="percentage_bands",
                                     based_on=survey.assessment_id)  # fmt: skip
    path = survey.folder.parent / "national.xlsx"
    write_report(survey.project, national, path, today=TODAY)
    assert set(column(sheet_values(path, "Elements"), "Points")) == {None}
    rows = sheet_values(path, "Summary")
    start = next(n for n, row in enumerate(rows) if row[0] == "Chapter")
    # C0: 1 fully met of 5 applicable → 20 %.
    assert rows[start + 1][4:] == [20, None, "no threshold"]
    assert workbook(path)["Summary"].cell(start + 2, 5).number_format == '0" %"'


def test_gaps_sheet_is_the_action_plan_with_overdue_flags(survey: Survey) -> None:
    rows = sheet_values(export(survey), "Gaps")
    assert rows[0] == ["Chapter", "Standard", "Code", "Measurable element", "Result", "Status",
                       "Owner", "Department", "Due date", "Overdue", "Notes"]  # fmt: skip
    gaps = by_code(rows)
    # Partially met and not met; the seven not assessed wait for the survey, not for action.
    assert list(gaps) == ["C0.1 ME 2", "C0.2 ME 1", "C0.3 ME 1"]
    late = gaps["C0.1 ME 2"]
    assert (late["Result"], late["Status"], late["Owner"]) == (
        "Partially met",
        "In progress",
        "Aziz",
    )
    assert (late["Due date"], late["Overdue"]) == (datetime(2026, 5, 15), "Yes")
    assert late["Notes"] == "Retrain night staff"
    assert gaps["C0.2 ME 1"]["Overdue"] is None  # due in July
    assert gaps["C0.3 ME 1"]["Overdue"] is None  # past due, but the work is done


def test_gap_rows_repeat_the_elements_rows_value_for_value(survey: Survey) -> None:
    long_note = "=cmd|' /C calc'!A0 " + "and a long explanation " * 5
    survey.change("C0.2 ME 1", notes=long_note, owner="@owner", department="-dept")
    survey.change("C1.1 ME 1", notes="+1", owner="Ali", department="=2")
    path = export(survey)
    elements = by_code(sheet_values(path, "Elements"))
    shared = ["Chapter", "Standard", "Code", "Measurable element", "Result", "Status", "Owner",
              "Department", "Due date", "Notes"]  # fmt: skip
    for code, gap in by_code(sheet_values(path, "Gaps")).items():
        assert [gap[h] for h in shared] == [elements[code][h] for h in shared], code
    assert elements["C0.2 ME 1"]["Notes"] == long_note
    assert elements["C1.1 ME 1"]["Department"] == "=2"


def test_evidence_sheet_lists_each_file_with_its_hash_and_elements(survey: Survey) -> None:
    source = survey.attach("Qoʻl gigiyenasi policy.pdf", "C0.1 ME 1", "C0.2 ME 2", size=2500,
                           review_date=date(2026, 5, 1))  # fmt: skip
    survey.attach("ward photo.jpg", "C1.1 ME 1", review_date=date(2027, 1, 1))
    rows = sheet_values(export(survey), "Evidence")
    assert rows[0] == ["File", "SHA-256", "Size", "Type", "Review date", "Expired",
                       "Added", "Added by", "Description", "Supports"]  # fmt: skip
    files = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert list(files) == ["Qoʻl gigiyenasi policy.pdf", "ward photo.jpg"]
    policy = files["Qoʻl gigiyenasi policy.pdf"]
    assert policy["SHA-256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (policy["Size"], policy["Type"]) == (2500, "PDF document")
    assert (policy["Review date"], policy["Expired"]) == (datetime(2026, 5, 1), "Yes")
    assert (policy["Added by"], policy["Supports"]) == ("ana", "C0.1 ME 1\nC0.2 ME 2")
    assert files["ward photo.jpg"]["Expired"] is None


def test_evidence_of_other_assessments_is_left_out(survey: Survey) -> None:
    with survey.project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        official = create_assessment(session, library_id=library_id, name="Official", user="ana")
    survey.attach("policy.pdf", "C0.1 ME 1")  # an element of the mock survey
    rows = sheet_values(export(survey), "Evidence")
    assert [row[0] for row in rows[1:]] == ["policy.pdf"]
    path = survey.folder.parent / "official.xlsx"
    write_report(survey.project, official, path, today=TODAY)
    assert sheet_values(path, "Evidence")[1:] == []


def test_audit_trail_lists_the_changes_who_when_old_and_new(survey: Survey) -> None:
    assert "Audit trail" not in workbook(export(survey)).sheetnames
    rows = sheet_values(export(survey, "trail.xlsx", include_audit_trail=True), "Audit trail")
    assert rows[0] == ["When", "Who", "Action", "Measurable element", "Field", "Old value",
                       "New value", "Details"]  # fmt: skip
    changes = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert changes[0]["Action"] == "Create assessment"
    result = next(c for c in changes if c["Measurable element"] == "C0.1 ME 1"
                  and c["Field"] == "Result")  # fmt: skip
    assert (result["Who"], result["Old value"], result["New value"]) == (
        "ana", "Not assessed", "Fully met")  # fmt: skip
    assert isinstance(result["When"], datetime)
    status = next(c for c in changes if c["Field"] == "Status")
    assert (status["Old value"], status["New value"]) == ("To do", "Done")
    assert len(changes) == 1 + 6 + 5 + 2 + 1 + 3  # the creation and every changed field


# Formats, tables, validation and printing


def test_elements_sheet_is_an_excel_table_with_frozen_styled_header(survey: Survey) -> None:
    sheet = workbook(export(survey))["Elements"]
    assert sheet.freeze_panes == "D2"  # the header row, and the columns up to the code
    table = sheet.tables["Elements"]
    assert table.ref == "A1:P13" and table.autoFilter.ref == "A1:P13"
    assert [c.name for c in table.tableColumns] == [*ELEMENT_HEADERS, "Surveyor flags"]
    header = sheet["A1"]
    assert header.font.bold and header.fill.fgColor.rgb == "001F4E78"
    assert sheet.column_dimensions["D"].width == 60
    assert sheet.column_dimensions["O"].width == 8


def test_long_text_wraps_and_short_text_stays_plain(survey: Survey) -> None:
    survey.change("C0.2 ME 1", notes="A note long enough to need two lines in its column.")
    sheet = workbook(export(survey))["Elements"]
    assert sheet["K4"].alignment.wrap_text
    assert sheet["K5"].value is None
    assert not sheet["K3"].alignment.wrap_text  # "Retrain night staff" fits
    assert not sheet["D2"].alignment.wrap_text  # "Element 1 of standard C0.1" fits


def test_rows_of_wrapped_text_are_tall_enough_for_it(survey: Survey) -> None:
    survey.change("C0.2 ME 1", notes="n" * 100)  # 40 characters to a line of Notes: 3 lines
    survey.attach("policy.pdf", "C0.3 ME 1")
    survey.attach("rota.xlsx", "C0.3 ME 1")  # two files: two lines of Evidence
    book = workbook(export(survey))
    elements, gaps = book["Elements"], book["Gaps"]
    assert elements.row_dimensions[4].height == 45
    assert elements.row_dimensions[6].height == 30
    assert elements.row_dimensions[2].height is None  # one line: Excel's own height
    assert gaps.row_dimensions[3].height == 45  # C0.2 ME 1 is the second gap


def test_results_are_coloured_by_conditional_formatting(survey: Survey) -> None:
    sheet = workbook(export(survey))["Elements"]
    rules = {str(r.sqref): r.rules for r in sheet.conditional_formatting}
    colours = {rule.formula[0]: rule.dxf.fill.fgColor.rgb for rule in rules["E2:E13"]}
    assert colours == {
        '"Fully met"': "00C6EFCE",
        '"Partially met"': "00FFEB9C",
        '"Not met"': "00FFC7CE",
        '"Not applicable"': "00EDEDED",
    }


def test_result_and_status_columns_offer_a_drop_down_of_valid_values(survey: Survey) -> None:
    sheet = workbook(export(survey))["Elements"]
    lists = {str(v.sqref): (v.type, v.formula1) for v in sheet.data_validations.dataValidation}
    assert lists == {
        "E2:E13": ("list", '"Not assessed,Fully met,Partially met,Not met,Not applicable"'),
        "G2:G13": ("list", '"To do,In progress,Done"'),
    }


def test_every_sheet_prints_landscape_one_page_wide_with_page_numbers(survey: Survey) -> None:
    book = workbook(export(survey, include_audit_trail=True))
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        summary = sheet.title == "Summary"  # on one page, its chapter table's header repeated
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, int(summary))
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddFooter.center.text == "Page &P of &N"
        assert sheet.oddHeader.left.text == f"{survey.facility} — Mock survey" or (
            sheet.title == "Gaps"
        )
        if not summary:
            assert sheet.print_title_rows == "$1:$1", sheet.title
    summary = book["Summary"]
    header = next(row[0].row for row in summary.iter_rows() if row[0].value == "Chapter")
    assert summary.print_title_rows == f"${header}:${header}"


def test_document_properties_name_the_report_and_the_assessment(survey: Survey) -> None:
    before = datetime.now(UTC)
    path = export(survey, author="Dilnoza")
    book = workbook(path)
    assert book.properties.title == "Accreditation report: Mock survey"
    assert book.properties.creator == "Dilnoza"
    assert book.properties.subject == (
        f"{survey.facility} — Test library — JCI-style points (10 / 5 / 0)"
    )
    custom = {p.name: p for p in book.custom_doc_props.props}
    assert (type(custom["accredit_assessment_id"]).__name__, custom["accredit_assessment_id"].value
            ) == ("IntProperty", survey.assessment_id)  # fmt: skip
    exported = datetime.fromisoformat(custom["accredit_exported_at"].value)
    assert exported.utcoffset() is not None and before <= exported <= datetime.now(UTC)


# Read back by other readers


def _same(value: Any) -> Any:
    """A cell value as both readers should agree on it."""
    if value == "":
        return None
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()  # a date cell: openpyxl gives a datetime, calamine a date
    return value


@pytest.mark.parametrize("sheet", ["Summary", "Elements", "Gaps", "Evidence", "Audit trail"])
def test_calamine_reads_the_same_values_as_openpyxl(survey: Survey, sheet: str) -> None:
    survey.attach("policy.pdf", "C0.1 ME 1", "C0.3 ME 1")
    path = export(survey, include_audit_trail=True)
    expected = [[_same(v) for v in row] for row in sheet_values(path, sheet)]
    found = [[_same(v) for v in row] for row in calamine_values(path, sheet)]
    width = max(len(row) for row in expected)
    assert [row + [None] * (width - len(row)) for row in found] == expected
    assert len(expected) > 1


def test_the_round_trip_reader_opens_the_elements_sheet_without_warnings(survey: Survey) -> None:
    survey.change("C0.1 ME 2", notes='=HYPERLINK("http://example.com")')
    with open_spreadsheet(export(survey)) as spreadsheet:
        rows = list(spreadsheet.sheet("Elements").rows())
        assert spreadsheet.warnings == []
    assert rows[0] == (1, [*ELEMENT_HEADERS, "Surveyor flags"])
    assert rows[2][1][10] == '=HYPERLINK("http://example.com")'


# Text from people is never a formula, and always fits


FORMULA_LOOKING = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "#N/A",
                   "=HYPERLINK(\"http://evil.example\", \"Click\") and a long tail of text"]  # fmt: skip


@pytest.mark.parametrize("text", FORMULA_LOOKING)
def test_formula_looking_text_stays_text(survey: Survey, text: str) -> None:
    survey.change("C0.2 ME 1", notes=text, owner=text, department="Quality")
    path = export(survey)
    sheet = workbook(path)["Elements"]
    for cell in (sheet["K4"], sheet["H4"]):
        assert (cell.data_type, cell.value) == ("s", text)
    assert sheet["I4"].value == "Quality"  # the next cell of the row is unaffected
    assert by_code(calamine_values(path, "Elements"))["C0.2 ME 1"]["Notes"] == text
    gap = by_code(sheet_values(path, "Gaps"))["C0.2 ME 1"]
    assert (gap["Owner"], gap["Department"], gap["Notes"]) == (text, "Quality", text)
    for name in ("xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"):
        assert "<f>" not in part(path, name)


def test_characters_xml_forbids_are_removed(survey: Survey) -> None:
    survey.change("C0.2 ME 1", notes="a\x00b\x07c\x1bd\ufffe", owner="Ali\x0b")
    row = by_code(sheet_values(export(survey), "Elements"))["C0.2 ME 1"]
    assert (row["Notes"], row["Owner"]) == ("abcd", "Ali")


def test_text_longer_than_a_cell_holds_is_cut_with_a_marker(survey: Survey) -> None:
    survey.change("C0.2 ME 1", notes="x" * 40_000)
    path = export(survey)
    notes = by_code(sheet_values(path, "Elements"))["C0.2 ME 1"]["Notes"]
    assert len(notes) == 32_767 and notes.endswith("x… [cut]")
    assert by_code(calamine_values(path, "Elements"))["C0.2 ME 1"]["Notes"] == notes


def test_a_shared_project_is_reported_as_it_was_when_the_report_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's save committed while the report is being read does not show on some
    sheets and not on others: the whole report is of one moment."""
    with empty_schema() as url, filled_survey(url, tmp_path / "files") as survey:
        read_evidence = evidence_lines

        def evidence_then_a_colleague_saves(*args: Any, **kwargs: Any) -> Any:
            lines = read_evidence(*args, **kwargs)
            survey.change("C1.1 ME 1", result=Result.FULLY_MET, notes="Seen by Aziz")
            return lines

        monkeypatch.setattr(report, "evidence_lines", evidence_then_a_colleague_saves)
        path = export(survey, include_audit_trail=True, include_not_assessed=True)
        monkeypatch.undo()
        elements = by_code(sheet_values(path, "Elements"))["C1.1 ME 1"]
        assert (elements["Result"], elements["Notes"], elements["Version"]) == (
            "Not assessed", None, 1)  # fmt: skip
        assert "C1.1 ME 1" in by_code(sheet_values(path, "Gaps"))
        standards = {row[1]: row for row in sheet_values(path, "Standards")}
        assert standards["C1.1"][7:] == [0, 0, 0, 0, 2]  # both elements still not assessed
        facts = {row[0]: row[1] for row in sheet_values(path, "Summary") if row[0]}
        assert facts["Fully met"] == 1
        trail = sheet_values(path, "Audit trail")
        assert "C1.1 ME 1" not in [row[3] for row in trail]
        later = by_code(sheet_values(export(survey, "later.xlsx"), "Elements"))["C1.1 ME 1"]
        assert (later["Result"], later["Version"]) == ("Fully met", 2)


def test_an_unknown_assessment_is_refused_by_name_of_file(survey: Survey) -> None:
    with pytest.raises(ReportError, match=r"report\.xlsx: There is no assessment with id 99"):
        write_report(survey.project, 99, survey.folder / "report.xlsx")
    assert list(survey.folder.glob("*.xlsx")) == []


# Writing safely


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, as this test's own (other programs use the real one):
    where openpyxl would leave its sheets' files."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def old_report(file_survey: Survey) -> tuple[Path, bytes]:
    """A report written earlier, then a change that a new report would show."""
    path = export(file_survey)
    file_survey.change("C1.1 ME 1", result=Result.FULLY_MET)
    return path, path.read_bytes()


def test_a_new_report_replaces_the_old_one_with_normal_permissions(
    file_survey: Survey, old_report: tuple[Path, bytes]
) -> None:
    path, old = old_report
    export(file_survey)
    assert path.read_bytes() != old
    assert by_code(sheet_values(path, "Elements"))["C1.1 ME 1"]["Result"] == "Fully met"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert [name for name in files_in(path.parent) if "report" in name] == ["report.xlsx"]


@pytest.mark.parametrize(
    ("stage", "done"),
    [(WRITING, 5), (SAVING, 0)],
    ids=["while writing rows", "after saving, before replacing"],
)
def test_a_cancelled_export_leaves_the_old_report_and_nothing_else(
    file_survey: Survey,
    old_report: tuple[Path, bytes],
    monkeypatch: pytest.MonkeyPatch,
    stage: str,
    done: int,
    temporary_folder: Path,
) -> None:
    path, old = old_report
    before = files_in(path.parent)
    monkeypatch.setattr(RowProgress, "every", 1)
    seen: list[tuple[str, int, int]] = []

    def progress(at: str, count: int, total: int) -> None:
        seen.append((at, count, total))
        if (at, count) == (stage, done):
            monitor.cancel()

    monitor = TaskMonitor(progress)
    with pytest.raises(Cancelled):
        export(file_survey, monitor=monitor)
    assert path.read_bytes() == old
    assert (files_in(path.parent), files_in(temporary_folder)) == (before, [])
    assert seen[-1] == (stage, done, seen[-1][2])


def test_progress_is_reported_up_to_the_total(
    survey: Survey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RowProgress, "every", 1)
    survey.attach("policy.pdf", "C0.1 ME 1")
    seen: list[tuple[str, int, int]] = []
    export(survey, monitor=TaskMonitor(lambda *step: seen.append(step)))
    writing = [(done, total) for stage, done, total in seen if stage == WRITING]
    assert writing == [(n, 13) for n in range(14)]  # 12 elements and 1 evidence file
    assert [s for s in seen if s[0] == SAVING] == [(SAVING, 0, 1), (SAVING, 1, 1)]


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), ReportError),
        (RuntimeError("broken writer"), RuntimeError),
    ],
)
def test_a_failing_write_leaves_the_old_report_and_nothing_else(
    file_survey: Survey,
    old_report: tuple[Path, bytes],
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    expected: type[Exception],
    temporary_folder: Path,
) -> None:
    path, old = old_report
    before = files_in(path.parent)

    def save(self: ExcelWriter) -> None:
        self._archive.writestr("xl/half.xml", b"half a workbook")
        raise failure

    monkeypatch.setattr(ExcelWriter, "save", save)
    with pytest.raises(expected) as caught:
        export(file_survey)
    if expected is ReportError:
        assert str(caught.value) == "Cannot write report.xlsx: No space left on device."
    assert path.read_bytes() == old
    assert (files_in(path.parent), files_in(temporary_folder)) == (before, [])


@pytest.mark.parametrize("lock", [".~lock.report.xlsx#", "~$report.xlsx", "~$port.xlsx"])
def test_a_report_open_in_another_program_is_refused(
    file_survey: Survey, old_report: tuple[Path, bytes], lock: str
) -> None:
    path, old = old_report
    (path.parent / lock).write_text("Nodira,nodira-pc,26.11.2026 10:00")
    with pytest.raises(ReportError) as caught:
        export(file_survey)
    assert str(caught.value).startswith(
        f"report.xlsx is open in another program (its lock file {lock} is beside it)"
    )
    assert path.read_bytes() == old


def test_a_report_that_cannot_be_replaced_says_so(
    file_survey: Survey, old_report: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, old = old_report
    before = files_in(path.parent)

    def refused(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")  # as Windows does for open files

    monkeypatch.setattr(f"{report_file.__name__}.os.replace", refused)
    with pytest.raises(ReportError, match=r"^Cannot write report\.xlsx: permission denied\. If it "
                                          r"is open in another program, close it there"):  # fmt: skip
        export(file_survey)
    assert path.read_bytes() == old
    assert files_in(path.parent) == before


def test_a_read_only_report_is_refused(file_survey: Survey, old_report: tuple[Path, bytes]) -> None:
    path, old = old_report
    path.chmod(0o444)
    with pytest.raises(ReportError, match=r"^Cannot replace report\.xlsx: the file is read-only"):
        export(file_survey)
    assert path.read_bytes() == old


def test_a_read_only_folder_is_refused(
    file_survey: Survey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # running as root: the folder still takes files
        real_access = os.access

        def access(path: Any, mode: int, **options: Any) -> bool:
            if Path(path) == folder and mode & os.W_OK:
                return False
            return real_access(path, mode, **options)

        monkeypatch.setattr(f"{report_file.__name__}.os.access", access)
    with pytest.raises(ReportError, match=rf"^Cannot write report\.xlsx: the folder {folder} is "
                                          "read-only"):  # fmt: skip
        write_report(file_survey.project, file_survey.assessment_id, folder / "report.xlsx")
    folder.chmod(0o755)
    assert files_in(folder) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("report.xls", "Cannot write report.xls: the file name must end in .xlsx."),
        (
            "missing/report.xlsx",
            "Cannot write report.xlsx: the folder {folder}/missing does not exist.",
        ),
        ("folder.xlsx", "Cannot write folder.xlsx: it is a folder."),
    ],
)
def test_targets_that_cannot_be_written_are_refused(
    file_survey: Survey, name: str, message: str
) -> None:
    folder = file_survey.folder.parent
    (folder / "folder.xlsx").mkdir()
    with pytest.raises(ReportError) as caught:
        write_report(file_survey.project, file_survey.assessment_id, folder / name)
    assert str(caught.value) == message.format(folder=folder)


def test_text_cell_holds_any_text_as_text(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Notes")
    texts = [*FORMULA_LOOKING, "plain", "x" * 33_000, "bell\x07"]
    sheet.append([text_cell(sheet, text) for text in texts])
    book.save(tmp_path / "notes.xlsx")
    [cells] = workbook(tmp_path / "notes.xlsx")["Notes"].iter_rows()
    assert [cell.data_type for cell in cells] == ["s"] * len(texts)
    assert [cell.value for cell in cells] == [
        *FORMULA_LOOKING, "plain", "x" * 32_760 + CUT_MARKER, "bell"]  # fmt: skip


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_and_prints_the_report(file_survey: Survey, tmp_path: Path) -> None:
    """LibreOffice Calc opens the report for real (headless): every sheet converts to CSV with
    the values written, text that looks like a formula stays text, and it prints to PDF."""
    file_survey.change("C0.2 ME 1", notes="=1+1", owner="Нигора")
    file_survey.attach("policy.pdf", "C0.1 ME 1")
    path = export(file_survey, include_audit_trail=True)
    out = tmp_path / "converted"
    profile = (tmp_path / "libreoffice-profile").as_uri()
    every_sheet_as_csv = (
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    )
    for target in (every_sheet_as_csv, "pdf"):
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    names = ["Summary", "Standards", "Elements", "Gaps", "Surveyor flags", "Evidence", "Findings", "Actions",
             "Audit trail"]  # fmt: skip
    assert sorted(p.name for p in out.glob("*.csv")) == sorted(f"report-{n}.csv" for n in names)
    with (out / "report-Elements.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [*ELEMENT_HEADERS, "Surveyor flags"]
    written = sheet_values(path, "Elements")
    assert [row[:5] for row in rows] == [[v or "" for v in row[:5]] for row in written]
    element = dict(zip(rows[0], rows[3], strict=True))
    assert (element["Code"], element["Notes"], element["Owner"]) == ("C0.2 ME 1", "=1+1", "Нигора")
    assert (element["Due date"], element["Version"]) == ("2026-07-01", "3")
    assert "hospital" in (out / "report-Summary.csv").read_text(encoding="utf-8")
    pdf = (out / "report.pdf").read_bytes()
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
    assert pdf.startswith(b"%PDF") and len(pages) >= len(names)  # a page or more per sheet


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("language", ["ru", "uz_Latn"])
def test_libreoffice_prints_the_report_in_russian_and_uzbek(
    file_survey: Survey, tmp_path: Path, language: str
) -> None:
    """The report written with the shipped Russian or Uzbek translation (sheet names, headers,
    page headers and footers in Cyrillic or with Uzbek apostrophes) prints to PDF in
    LibreOffice Calc, headless: a page or more per sheet."""
    file_survey.attach("policy.pdf", "C0.1 ME 1")
    with in_language(ts_translator(language)):
        path = export(file_survey, "отчёт.xlsx", include_audit_trail=True)
    out = tmp_path / "printed"
    profile = (tmp_path / f"libreoffice-profile-{language}").as_uri()
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), str(path)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pdf = (out / "отчёт.pdf").read_bytes()
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
    assert pdf.startswith(b"%PDF") and len(pages) >= 7  # Summary … Audit trail
