"""The command line on a damaged project file (its commands name the damage, verify lists it)
and on a read-only one (reading commands work, changing ones refuse, nothing left beside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit_tracker import cli
from accredit_tracker.core.storage.project import backup_before_migration
from damage import companions, read_only_folder, scribble_over_table
from factories import project_with_assessment


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def damaged(project_path: Path) -> tuple[Path, Path]:
    """A project whose elements table is damaged, and the backup made before the damage."""
    project_with_assessment(project_path)[0].close()
    backup = backup_before_migration(project_path, "0001")
    scribble_over_table(project_path, "element_assessment")
    return project_path, backup


@pytest.mark.parametrize(
    "command",
    [["summary"], ["report", "{folder}/report.xlsx"]],
    ids=["summary", "report"],
)
def test_reading_a_damaged_project_says_it_is_damaged(
    damaged: tuple[Path, Path], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path, backup = damaged
    name, *rest = command
    code, _, err = run(capsys, name, path, *(a.format(folder=path.parent) for a in rest))
    assert code == 2
    assert err.startswith(f"accredit: {path} is damaged (database disk image is malformed).")
    assert f"Run “accredit verify {path}”" in err
    assert f"the newest beside it is {backup}." in err
    assert "unexpected error" not in err
    assert not (path.parent / "report.xlsx").exists()


def test_verify_lists_the_damage_and_the_backup(
    damaged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = damaged
    code, out, err = run(capsys, "verify", path)
    assert code == 1
    assert out.startswith("database: ")
    assert err.startswith("accredit: hospital.accredit is damaged (")
    assert f"restore it from a backup; the newest beside it is {backup}." in err


def test_a_project_in_a_read_only_folder_is_read_but_not_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "from the surveyor"
    folder.mkdir()
    path = folder / "hospital.accredit"
    project_with_assessment(path)[0].close()
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    with read_only_folder(folder):
        code, out, _ = run(capsys, "summary", path)
        assert code == 0 and "Assessment 'Mock survey'" in out
        assert run(capsys, "report", path, out_folder / "report.xlsx")[0] == 0
        assert run(capsys, "verify", path)[0] == 0
        code, _, err = run(capsys, "lock", path, "--assessment", "Mock survey")
        assert code == 2
        assert err == (
            f"accredit: This project is read-only: it is in the read-only folder {folder}. "
            "Save a copy to change it.\n"
        )
        assert companions(path) == []
    assert (out_folder / "report.xlsx").stat().st_size > 0
