"""`accredit compare`: two assessments side by side on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker import cli
from comparison_survey import two_surveys


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_path: Path) -> Path:
    with two_surveys(project_path):
        pass
    return project_path


def test_compare_prints_each_chapter_and_the_counts(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "compare", project, "mock survey", "Official survey")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "'Mock survey' → 'Official survey'"
    assert lines[2].split() == ["C0", "Chapter", "0", "6.6", "8.3", "+1.7"]
    assert lines[3].split() == ["C1", "Chapter", "1", "—", "0.0", "—"]
    assert lines[4].split() == ["Overall", "6.6", "6.2", "-0.4"]
    assert lines[5] == (
        "  Elements: improved 1, regressed 1, unchanged 5, changed 3, new 1, removed 1"
    )


def test_compare_by_id_writes_the_workbook(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "compared.xlsx"
    code, out, _ = run(capsys, "compare", project, "2", "1", "--out", target)
    assert code == 0
    assert out.splitlines()[0] == "'Official survey' → 'Mock survey'"
    assert out.splitlines()[-1] == f"Wrote {target}."
    assert load_workbook(target)["Elements"].max_row == 13


def test_compare_names_an_unknown_assessment(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "compare", project, "Mock survey", "Re-survey")
    assert (code, out) == (2, "")
    assert "no assessment named or numbered 'Re-survey'" in err
