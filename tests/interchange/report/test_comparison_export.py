"""The comparison workbook: a Chapters sheet and an Elements sheet, filterable and coloured."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.interchange.report.comparison import (
    NOT_THERE,
    ReportError,
    write_comparison,
)
from comparison_survey import NEW_CODE, REMOVED_CODE, two_surveys


def values(path: Path, sheet: str) -> list[list[object]]:
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def test_the_chapters_sheet_lists_then_now_and_change(
    project_target: Path | str, tmp_path: Path
) -> None:
    target = tmp_path / "compared.xlsx"
    with two_surveys(project_target) as surveys:
        written = write_comparison(surveys.project, surveys.mock_id, surveys.official_id, target)
    assert written == target
    assert values(target, "Chapters") == [
        ["Chapter", "Title", "Then", "Now", "Change"],
        ["C0", "Chapter 0", 6.6, 8.3, 1.7],
        ["C1", "Chapter 1", "—", 0.0, "—"],
        ["Overall", None, 6.6, 6.2, -0.4],
    ]
    # Scores are numbers the spreadsheet shows as the app does: one decimal, a change signed.
    sheet = load_workbook(target)["Chapters"]
    assert [sheet[f"{column}2"].number_format for column in "CDE"] == [
        "0.0", "0.0", "+0.0;-0.0;0.0"
    ]  # fmt: skip


def test_percentages_are_whole_numbers_with_a_percent_format(
    project_target: Path | str, tmp_path: Path
) -> None:
    target = tmp_path / "compared.xlsx"
    with two_surveys(project_target, official_profile="percentage_bands") as surveys:
        write_comparison(surveys.project, surveys.mock_id, surveys.official_id, target)
    rows = values(target, "Chapters")
    # C0 under the national profile: 4 of 6 elements fully met, 66.7 % cut down to 66 as the
    # app shows it; no change is worked out between points and a percentage.
    assert rows[1] == ["C0", "Chapter 0", 6.6, 66, "—"]
    sheet = load_workbook(target)["Chapters"]
    assert (sheet["C2"].number_format, sheet["D2"].number_format) == ("0.0", '0" %"')


def test_the_elements_sheet_lists_each_change_with_a_filter_and_colours(
    project_target: Path | str, tmp_path: Path
) -> None:
    target = tmp_path / "compared.xlsx"
    with two_surveys(project_target) as surveys:
        write_comparison(surveys.project, surveys.mock_id, surveys.official_id, target)
    rows = values(target, "Elements")
    assert rows[0] == [
        "Chapter", "Standard", "Code", "Measurable element", "Then", "Now", "Change"
    ]  # fmt: skip
    by_code = {row[2]: row for row in rows[1:]}
    assert len(by_code) == 12
    assert by_code["C0.1 ME 1"][4:] == ["Not met", "Fully met", "Improved"]
    assert by_code["C0.1 ME 2"][4:] == ["Fully met", "Partially met", "Regressed"]
    assert by_code[NEW_CODE][4:] == [NOT_THERE, "Not assessed", "New"]
    assert by_code[REMOVED_CODE][4:] == ["Not assessed", NOT_THERE, "Removed"]
    sheet = load_workbook(target)["Elements"]
    assert sheet.freeze_panes == "A2"
    assert sheet.tables["Elements"].ref == "A1:G13"
    rules = [
        rule.formula[0]
        for ranges in sheet.conditional_formatting
        for rule in ranges.rules
        if str(ranges.sqref) == "G2:G13"
    ]
    assert set(rules) == {'"Improved"', '"Regressed"', '"Changed"', '"New"', '"Removed"'}


def test_a_cancelled_export_leaves_the_old_file(project_target: Path | str, tmp_path: Path) -> None:
    target = tmp_path / "compared.xlsx"
    target.write_bytes(b"old")
    monitor = TaskMonitor()
    monitor.cancel()
    with two_surveys(project_target) as surveys, pytest.raises(Cancelled):
        write_comparison(
            surveys.project, surveys.mock_id, surveys.official_id, target, monitor=monitor
        )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_wrong_suffix_is_refused(project_target: Path | str, tmp_path: Path) -> None:
    with two_surveys(project_target) as surveys, pytest.raises(ReportError, match="must end in"):
        write_comparison(
            surveys.project, surveys.mock_id, surveys.official_id, tmp_path / "compared.csv"
        )
