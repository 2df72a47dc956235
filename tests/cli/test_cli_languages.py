"""Every export of the command line in every shipped language (`--language`), with the shipped
translations: the audit report, the elements CSV, the audit trail as a workbook and as CSV,
and the comparison, each with its words translated and its numbers as numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit_tracker import cli
from comparison_survey import two_surveys
from exports_in_language import (
    SHIPPED_LANGUAGES,
    check_audit_trail_csv,
    check_audit_trail_xlsx,
    check_comparison,
    check_elements_csv,
    check_report,
)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    """Run the command, which must succeed without a word on standard error; its output."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    return out


@pytest.fixture
def project(project_path: Path) -> Path:
    """Two survey cycles with scores of a tenth of a point (chapter C0 6.6 then 8.3)."""
    with two_surveys(project_path):
        pass
    return project_path


@pytest.fixture(params=SHIPPED_LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_audit_report(
    project: Path, tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "отчёт.xlsx"
    run(capsys, "report", project, target, "--audit-trail", "--language", language)
    check_report(target, language)


def test_the_elements_csv(
    project: Path, tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "элементы.csv"
    run(capsys, "report", project, target, "--csv", "--language", language)
    check_elements_csv(target, language)


def test_the_audit_trail_as_a_workbook_and_as_csv(
    project: Path, tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook, table = tmp_path / "журнал.xlsx", tmp_path / "журнал.csv"
    run(capsys, "audit-trail", project, workbook, "--language", language)
    run(capsys, "audit-trail", project, table, "--language", language)
    check_audit_trail_xlsx(workbook, language)
    check_audit_trail_csv(table, language)


def test_the_comparison(
    project: Path, tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "сравнение.xlsx"
    run(capsys, "compare", project, "Mock survey", "Official survey", "--out", target,
        "--language", language)  # fmt: skip
    check_comparison(target, language)


@pytest.mark.parametrize("language", ["ru", "uz_Latn"])
def test_the_readme_example_on_the_demo_project(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`accredit report demo.accredit отчёт.xlsx --language ru`, as the README has it."""
    demo, target = tmp_path / "demo.accredit", tmp_path / "отчёт.xlsx"
    run(capsys, "create", demo, "--demo")
    out = run(capsys, "report", demo, target, "--language", language)
    assert out.startswith(f"Wrote {target} for ")
    check_report(target, language, with_audit_trail=False)
