"""The elements table as CSV: UTF-8 with a byte-order mark, the Elements sheet's columns, fields
separated as Excel expects in the language (a semicolon goes with a decimal comma), and text
that a spreadsheet program would run as a formula defused with an apostrophe."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from accredit_tracker.core.assessment.assessments import set_profile
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.readiness.profiles import install_profile
from accredit_tracker.core.readiness.scoring import ScoringProfile
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.cell_text import csv_text
from accredit_tracker.interchange.report.columns import ELEMENT_HEADERS
from accredit_tracker.interchange.report.csv_format import language_delimiter
from accredit_tracker.interchange.report.sheets import RowProgress
from accredit_tracker.interchange.report.workbook import ReportError, write_elements_csv
from report_survey import Survey, filled_survey


@pytest.fixture
def survey(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    with filled_survey(project_target, tmp_path / "files") as found:
        yield found


def export(survey: Survey, name: str = "elements.csv", **options: Any) -> Path:
    target = survey.folder.parent / name
    assert write_elements_csv(survey.project, survey.assessment_id, target, **options) == 12
    return target


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_the_file_starts_with_the_byte_order_mark_and_the_elements_header(survey: Survey) -> None:
    path = export(survey)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfChapter,Standard,Code,")
    with path.open(encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file)) == list(ELEMENT_HEADERS)


def test_cyrillic_and_uzbek_text_round_trips(survey: Survey) -> None:
    survey.change("C0.2 ME 1", owner="Нигора Усманова", notes="Oʻgʻil bolalar boʻlimi; Ёлка")
    rows = {row["Code"]: row for row in rows_of(export(survey))}
    assert rows["C0.2 ME 1"]["Owner"] == "Нигора Усманова"
    assert rows["C0.2 ME 1"]["Notes"] == "Oʻgʻil bolalar boʻlimi; Ёлка"
    assert rows["C0.1 ME 1"]["Department"] == "Sifat boʻlimi"


def test_values_are_written_as_the_elements_sheet_shows_them(survey: Survey) -> None:
    survey.attach("policy.pdf", "C0.1 ME 1")
    survey.attach("roster.xlsx", "C0.1 ME 1")
    rows = {row["Code"]: row for row in rows_of(export(survey))}
    done = rows["C0.1 ME 1"]
    assert [done[h] for h in ("Chapter", "Standard", "Result", "Points", "Status")] == [
        "C0", "C0.1", "Fully met", "10", "Done"]  # fmt: skip
    assert (done["Due date"], done["Evidence"], done["Version"]) == (
        "2026-05-01", "policy.pdf\nroster.xlsx", "2")  # fmt: skip
    assert datetime.strptime(done["Last changed"], "%Y-%m-%d %H:%M")
    untouched = rows["C1.3 ME 2"]
    assert [untouched[h] for h in ("Result", "Points", "Due date", "Last changed")] == [
        "Not assessed", "", "", ""]  # fmt: skip
    assert list(rows) == [row["Code"] for row in rows_of(export(survey, "again.csv"))]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a = b", "a = b"),
        ("'quoted'", "'quoted'"),
    ],
)
def test_formula_looking_text_gets_an_apostrophe(survey: Survey, text: str, written: str) -> None:
    survey.change("C0.2 ME 1", notes=text, owner=text)
    row = {row["Code"]: row for row in rows_of(export(survey))}["C0.2 ME 1"]
    assert (row["Notes"], row["Owner"]) == (written, written)
    assert row["Version"] == "3"  # numbers are never prefixed


def test_csv_text_cleans_and_defuses() -> None:
    assert csv_text('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert csv_text("bell\x07 and NUL\x00") == "bell and NUL"
    assert csv_text("x" * 40_000).endswith("x… [cut]")
    assert len(csv_text("x" * 40_000)) == 32_767


def test_a_cancelled_csv_leaves_the_old_file(
    survey: Survey, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export(survey)
    old = path.read_bytes()
    survey.change("C1.1 ME 1", notes="changed since")
    monkeypatch.setattr(RowProgress, "every", 1)

    def progress(_stage: str, done: int, _total: int) -> None:
        if done == 6:
            monitor.cancel()

    monitor = TaskMonitor(progress)
    with pytest.raises(Cancelled):
        write_elements_csv(survey.project, survey.assessment_id, path, monitor)
    assert path.read_bytes() == old
    assert [p.name for p in path.parent.iterdir() if p.suffix in (".csv", ".partial")] == [
        "elements.csv"]  # fmt: skip


def test_a_csv_open_in_another_program_or_misnamed_is_refused(survey: Survey) -> None:
    folder = survey.folder.parent
    (folder / ".~lock.elements.csv#").write_text("lock")
    with pytest.raises(ReportError, match=r"^elements\.csv is open in another program"):
        write_elements_csv(survey.project, survey.assessment_id, folder / "elements.csv")
    with pytest.raises(ReportError, match=r"^Cannot write elements\.xlsx: the file name must end"):
        write_elements_csv(survey.project, survey.assessment_id, folder / "elements.xlsx")
    with pytest.raises(ReportError, match="There is no assessment with id 42"):
        write_elements_csv(survey.project, 42, folder / "other.csv")
    assert not list(folder.glob("*.csv"))


def half_points(survey: Survey) -> None:
    """Score the survey under a profile giving 2.5 points for partially met."""
    profile = ScoringProfile.from_dict(
        {"key": "quarter_points", "name": "Quarter points", "kind": "points",
         "points": {"fully_met": 10, "partially_met": 2.5, "not_met": 0},
         "thresholds": {"standard": 5, "chapter": 8, "overall": 9}}
    )  # fmt: skip
    with survey.project.transaction() as session:
        profile_id = install_profile(session, profile, user="ana")
        set_profile(session, survey.assessment_id, profile_id, user="ana")


@pytest.mark.parametrize(
    ("delimiter", "partial", "full"), [(";", "2,5", "10"), ("\t", "2.5", "10"), (",", "2.5", "10")]
)
def test_fields_are_separated_as_asked_with_a_decimal_comma_after_semicolons(
    survey: Survey, delimiter: str, partial: str, full: str
) -> None:
    half_points(survey)
    survey.change("C1.1 ME 1", result=Result.PARTIALLY_MET, notes="Ward 3; ward 4,\tand\n5")
    path = export(survey, delimiter=delimiter)
    assert path.read_bytes().startswith(f"\ufeffChapter{delimiter}Standard".encode())
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = {row["Code"]: row for row in csv.DictReader(file, delimiter=delimiter)}
    assert set(rows["C1.1 ME 1"]) == set(ELEMENT_HEADERS)
    assert rows["C1.1 ME 1"]["Points"] == partial
    assert rows["C0.1 ME 1"]["Points"] == full
    assert rows["C1.1 ME 1"]["Notes"] == "Ward 3; ward 4,\tand\n5"


@pytest.mark.parametrize(
    ("language", "expected"), [("en", ","), ("ru", ";"), ("uz_Latn", ";"), (None, ",")]
)
def test_each_language_has_the_separator_its_excel_expects(
    language: str | None, expected: str
) -> None:
    assert language_delimiter(language) == expected
