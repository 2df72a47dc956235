"""`accredit audit-trail`: the project's history of changes to .xlsx or .csv from the command
line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker import cli
from trail_history import known_history


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_path: Path, tmp_path: Path) -> Path:
    with known_history(project_path, tmp_path):
        pass
    return project_path


def test_audit_trail_writes_every_change_to_a_workbook(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "trail.xlsx"
    code, out, err = run(capsys, "audit-trail", project, target)
    assert (code, err) == (0, "")
    assert out == f"Wrote {target}: 13 changes.\n"
    assert load_workbook(target)["Audit trail"].max_row == 14


def test_audit_trail_of_one_assessment_by_name_to_csv(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "official.csv"
    code, out, _ = run(capsys, "audit-trail", project, target, "--assessment", "official SURVEY")
    assert code == 0
    assert out == f"Wrote {target}: 3 changes in 'Official survey'.\n"
    *rows, head = csv.reader(target.read_text(encoding="utf-8-sig").splitlines())
    assert [row[1] for row in rows[1:]] == ["bob", "nodira", "nodira"]
    assert head[0].startswith("Audit trail of ") and "; hash chain head " in head[0]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{out}/t.csv", "--assessment", "Re-survey"],
         "has no assessment named or numbered 'Re-survey'"),
        (["{out}/t.txt"], "Cannot write t.txt: the file name must end in .xlsx or .csv."),
        (["{out}/nowhere/t.xlsx"], "the folder {out}/nowhere does not exist"),
    ],
)  # fmt: skip
def test_bad_audit_trail_requests_exit_2_with_a_message(
    project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    code, out, err = run(
        capsys, "audit-trail", project, *[a.format(out=tmp_path) for a in arguments]
    )
    assert (code, out) == (2, "")
    assert message.format(out=tmp_path) in err and "Traceback" not in err
    assert not list(tmp_path.glob("t.*"))


def test_audit_trail_of_a_missing_project_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "audit-trail", tmp_path / "none.accredit", tmp_path / "t.csv")
    assert (code, out) == (2, "")
    assert err.startswith("accredit: ")
