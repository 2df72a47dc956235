"""The `accredit` command line: what a user types and what they read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit_tracker import cli
from accredit_tracker.cli import project_commands
from accredit_tracker.core.errors import UserError
from factories import flat_rows, write_xlsx
from little_assessed import little_assessed_project


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_import_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "clinic.accredit"
    assert run(capsys, "create", project)[0] == 0
    source = write_xlsx(tmp_path / "standards.xlsx", flat_rows(chapters=2, standards=2))
    code, out, _ = run(capsys, "import", project, source, "--name", "Edition 7")
    assert code == 0
    assert "Imported 'Edition 7' (flat layout, sheet 'Standards'): 2 chapters, 4 standards" in out
    code, out, _ = run(capsys, "summary", project)
    assert code == 0
    assert "Library 'Edition 7': 2 chapters, 4 standards, 8 measurable elements" in out


def test_demo_project_summary_shows_chapter_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "demo.accredit"
    code, out, _ = run(capsys, "create", project, "--demo")
    assert code == 0 and "measurable elements" in out
    code, out, _ = run(capsys, "summary", project, "--assessment", "Mock survey 2026")
    assert code == 0
    assert "Assessment 'Mock survey 2026'" in out
    assert "(provisional)" in out  # the demo survey is only partly done
    pci = next(line for line in out.splitlines() if line.strip().startswith("PCI "))
    assert "Prevention and Control of Infections" in pci


def test_bad_import_exits_2_with_the_row_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "clinic.accredit"
    run(capsys, "create", project)
    rows = flat_rows()
    rows.append(rows[1])
    source = write_xlsx(tmp_path / "dup.xlsx", rows)
    code, _, err = run(capsys, "import", project, source)
    assert code == 2
    assert "nothing was changed" in err
    assert "dup.xlsx, sheet 'Standards', row 14, column E (ME): duplicate measurable element" in err
    _, out, _ = run(capsys, "summary", project)
    assert "Library" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "missing.accredit"], "does not exist"),
        (["import", "missing.accredit", "x.xlsx", "--map", "oops"], "is not COLUMN=FIELD"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, *[str(tmp_path / a) if a.endswith("accredit") else a for a in args])
    assert code == 2
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "failure", [RuntimeError("disk on fire"), ValueError("disk on fire"), KeyError("disk on fire")]
)
def test_unexpected_failure_exits_1_and_points_to_the_log(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
) -> None:
    """A ValueError or KeyError out of a service is a bug, not the user's mistake: it is not
    shown as if the user had typed something wrong, but logged with its traceback."""

    def broken(*_args: object, **_kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(project_commands, "create_project", broken)
    code, _, err = run(capsys, "create", tmp_path / "x.accredit")
    assert code == 1
    log = tmp_path / "logs" / "accredit-tracker.log"
    assert err == f"accredit: unexpected error; the details are in {log}\n"
    logged = log.read_text()
    assert "Unexpected failure in create" in logged
    assert "Traceback" in logged and f"{type(failure).__name__}: " in logged
    assert "disk on fire" in logged


def test_user_error_exits_2_with_its_message_and_logs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    message = "The folder is full; free some space and try again."

    def refused(*_args: object, **_kwargs: object) -> None:
        raise UserError(message)

    monkeypatch.setattr(project_commands, "create_project", refused)
    code, out, err = run(capsys, "create", tmp_path / "x.accredit")
    assert (code, out, err) == (2, "", f"accredit: {message}\n")
    log = tmp_path / "logs" / "accredit-tracker.log"
    assert not log.exists() or "Unexpected failure" not in log.read_text()


def test_relative_paths_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "standards.xlsx", flat_rows())
    assert run(capsys, "create", "clinic.accredit")[0] == 0
    assert run(capsys, "import", "clinic.accredit", "standards.xlsx")[0] == 0
    code, out, _ = run(capsys, "summary", "clinic.accredit")
    assert code == 0 and "12 measurable elements" in out


def test_summary_says_a_chapter_with_too_little_assessed_is_not_enough_assessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "hospital.accredit"
    little_assessed_project(project)
    code, out, _ = run(capsys, "summary", project)
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    assert lines["MOI"].endswith("84    10.0  not enough assessed")  # 7 of 84 assessed
    assert lines["PCI"].endswith("10    10.0  met")
    assert "  Overall: 10.0 — Not enough assessed (provisional)\n" in out
    assert "    1 chapter has too little assessed: MOI\n" in out
