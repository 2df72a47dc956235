"""`accredit report`: the Excel audit report (or the elements CSV) from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker import cli
from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.project import open_project
from report_survey import filled_survey


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_path: Path, tmp_path: Path) -> Path:
    """A project with "Mock survey" (twelve elements, five assessed, one evidence file) and an
    empty "Official survey" created after it."""
    with filled_survey(project_path, tmp_path / "files") as survey:
        survey.attach("policy.pdf", "C0.1 ME 1")
    with open_project(project_path) as opened, opened.transaction() as session:
        library_id = library_counts(session)[0].library_id
        create_assessment(session, library_id=library_id, name="Official survey", user="ana")
    return project_path


def test_report_writes_the_workbook_and_says_what_it_holds(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mock.xlsx"
    code, out, err = run(capsys, "--user", "nodira", "report", project, target,
                         "--assessment", "mock survey")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        f"Wrote {target} for 'Mock survey': 12 measurable elements, 3 on the action plan, "
        "1 evidence file.\n"
    )
    book = load_workbook(target)
    assert book.sheetnames == [
        "Summary", "Standards", "Elements", "Gaps", "Surveyor flags", "Evidence", "Findings",
        "Actions"]  # fmt: skip
    assert book.properties.creator == "nodira"


def test_report_defaults_to_the_newest_assessment_and_adds_the_audit_trail(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "official.xlsx"
    code, out, _ = run(capsys, "report", project, target, "--audit-trail")
    assert code == 0
    assert "for 'Official survey': 12 measurable elements, 0 on the action plan, " in out
    assert out.endswith("0 evidence files, 1 change.\n")
    assert load_workbook(target).sheetnames[-1] == "Audit trail"


def test_report_lists_elements_not_assessed_on_the_action_plan_when_asked(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.xlsx"
    code, out, _ = run(capsys, "report", project, target, "--assessment", "mock survey",
                       "--include-not-assessed")  # fmt: skip
    assert code == 0
    assert "12 measurable elements, 10 on the action plan, " in out
    results = [
        row[4] for row in load_workbook(target)["Gaps"].iter_rows(min_row=2, values_only=True)
    ]
    assert results.count("Not assessed") == 7


def test_report_csv_writes_the_elements_table(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "elements.csv"
    code, out, _ = run(capsys, "report", project, target, "--csv", "--assessment", "1")
    assert code == 0
    assert out == f"Wrote {target}: 12 measurable elements of 'Mock survey'.\n"
    assert target.read_bytes().startswith(b"\xef\xbb\xbfChapter,Standard,Code,")


@pytest.mark.parametrize(
    ("options", "first_line"),
    [
        ([], "Chapter,Standard,Code"),
        (["--delimiter", ";"], "Chapter;Standard;Code"),
        (["--delimiter", "tab"], "Chapter\tStandard\tCode"),
        (["--language", "ru"], "Глава;Стандарт;Код"),
        (["--language", "uz_Latn", "--delimiter", ","], "Bob,Standart,Kod"),
    ],
)
def test_report_csv_separates_fields_as_excel_expects_in_the_language_or_as_told(
    project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    first_line: str,
) -> None:
    target = tmp_path / "elements.csv"
    assert run(capsys, "report", project, target, "--csv", *options)[0] == 0
    assert target.read_text(encoding="utf-8-sig").startswith(first_line)


def test_audit_trail_csv_takes_the_delimiter_too(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "trail.csv"
    assert run(capsys, "audit-trail", project, target, "--delimiter", ";")[0] == 0
    assert target.read_text(encoding="utf-8-sig").startswith("When;Who;")
    code, _, err = run(capsys, "audit-trail", project, tmp_path / "trail.xlsx", "--delimiter", ";")
    assert code == 2 and "it goes with a .csv file name" in err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["{out}/r.xlsx", "--assessment", "Re-survey"],
            "has no assessment named or numbered 'Re-survey'",
        ),
        (["{out}/r.csv"], "Cannot write r.csv: the file name must end in .xlsx."),
        (["{out}/r.xlsx", "--csv"], "Cannot write r.xlsx: the file name must end in .csv."),
        (
            ["{out}/r.csv", "--csv", "--audit-trail"],
            "--audit-trail adds a sheet to the Excel report",
        ),
        (
            ["{out}/r.csv", "--csv", "--include-not-assessed"],
            "--include-not-assessed chooses what the Excel report's action plan lists",
        ),
        (["{out}/nowhere/r.xlsx"], "the folder {out}/nowhere does not exist"),
        (["{out}/r.xlsx", "--delimiter", ";"], "--delimiter separates the fields of a CSV file"),
    ],
)
def test_bad_report_requests_exit_2_with_a_message(
    project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    code, out, err = run(capsys, "report", project, *[a.format(out=tmp_path) for a in arguments])
    assert (code, out) == (2, "")
    assert message.format(out=tmp_path) in err and "Traceback" not in err
    assert not list(tmp_path.glob("r.*"))


def test_report_open_in_another_program_exits_2_and_keeps_the_file(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mock.xlsx"
    target.write_bytes(b"the report the director has open")
    (tmp_path / ".~lock.mock.xlsx#").write_text("director")
    code, _, err = run(capsys, "report", project, target)
    assert code == 2
    assert err.startswith("accredit: mock.xlsx is open in another program")
    assert target.read_bytes() == b"the report the director has open"


def test_the_facility_name_set_on_the_command_line_heads_the_summary(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--user", "nodira", "project", "set-name", project,
                         "Toshkent shahar klinik shifoxonasi №1")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "The facility of hospital is now named 'Toshkent shahar klinik shifoxonasi №1'.\n"
    target = tmp_path / "mock.xlsx"
    assert run(capsys, "report", project, target, "--assessment", "Mock survey")[0] == 0
    summary = load_workbook(target)["Summary"]
    facts = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row[0]}
    assert facts["Facility"] == "Toshkent shahar klinik shifoxonasi №1"
    assert summary.oddHeader.left.text.startswith("Toshkent shahar klinik shifoxonasi №1 — ")
    code, out, _ = run(capsys, "summary", project)
    assert "  Facility: Toshkent shahar klinik shifoxonasi №1\n" in out


def test_an_empty_facility_name_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "project", "set-name", project, "  ")
    assert (code, out) == (2, "")
    assert err == "accredit: The facility's name is empty.\n"
