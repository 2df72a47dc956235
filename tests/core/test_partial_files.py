"""Partial files and scratch folders held by the process writing them: what a killed process
left is removed by the next run on the same target, what a running one writes is left alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from accredit_tracker.core.partial_files import (
    partial_file,
    partial_files_of,
    remove_abandoned_partials,
    scratch_folder,
)

# A process that takes a partial file of a target (or a scratch folder), gives SQLite a
# reason to leave companions beside it, says where, and waits to be killed.
_HOLD = """
import sqlite3, sys, time
from pathlib import Path
from accredit_tracker.core.partial_files import partial_file, scratch_folder
what, where = sys.argv[1], Path(sys.argv[2])
if what == "partial":
    with partial_file(where) as partial:
        db = sqlite3.connect(partial.path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE t (x)")
        db.commit()
        print(partial.path, flush=True)
        time.sleep(60)
else:
    with scratch_folder(what) as folder:
        (folder / "sheet1.xml").write_text("<rows/>")
        print(folder, flush=True)
        time.sleep(60)
"""


@pytest.fixture
def temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def holders(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


def hold(
    holders: list[subprocess.Popen[str]], what: str, where: Path, temporary: Path | None = None
) -> tuple[subprocess.Popen[str], Path]:
    """Start a process holding ``what`` ("partial" of ``where``, or a scratch folder by that
    name); returns it and the path it holds, once it holds it."""
    environment = dict(os.environ, TMPDIR=str(temporary or where.parent))
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD, what, str(where)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    holders.append(process)
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line, "the holding process did not start"
    return process, Path(line)


def killed(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_writers_partial_file_and_companions_go_with_the_next_write(
    tmp_path: Path, holders: list[subprocess.Popen[str]]
) -> None:
    target = tmp_path / "nightly.accredit"
    process, partial = hold(holders, "partial", target)
    assert partial.name.startswith(".nightly.accredit.") and partial.name.endswith(".partial")
    assert {p.name for p in partial_files_of(target)} >= {partial.name, partial.name + "-wal"}
    assert remove_abandoned_partials(target) == []  # it is being written
    killed(process)
    assert partial.exists() and partial_files_of(target) != []
    with partial_file(target) as mine:
        mine.path.write_bytes(b"new backup")
        assert partial_files_of(target) == [mine.path]
        mine.put_in_place()
    assert names(tmp_path) == ["nightly.accredit"]
    assert target.read_bytes() == b"new backup"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_running_writers_partial_file_and_other_targets_are_left_alone(
    tmp_path: Path, holders: list[subprocess.Popen[str]]
) -> None:
    target = tmp_path / "report.xlsx"
    _, running = hold(holders, "partial", target)
    other, abandoned_other = hold(holders, "partial", tmp_path / "report.xlsx.bak")
    killed(other)
    with partial_file(target) as mine:
        pass
    assert not mine.path.exists()
    assert running.exists() and running.with_name(running.name + "-wal").exists()
    assert abandoned_other.exists()  # another target's: its own next write removes it


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_runs_scratch_folder_goes_with_the_next_run(
    temporary_folder: Path, holders: list[subprocess.Popen[str]]
) -> None:
    running, running_folder = hold(holders, "accredit-test-sheets", Path("x"), temporary_folder)
    gone, gone_folder = hold(holders, "accredit-test-sheets", Path("x"), temporary_folder)
    killed(gone)
    assert gone_folder.is_dir()
    with scratch_folder("accredit-test-sheets") as mine:
        (mine / "sheet1.xml").write_text("<rows/>")
        assert sorted(temporary_folder.iterdir()) == sorted([running_folder, mine])
    assert names(temporary_folder) == [running_folder.name]
    assert running.poll() is None


def test_a_partial_file_that_was_never_finished_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "copy.accredit"
    target.write_bytes(b"the earlier copy")
    with pytest.raises(RuntimeError), partial_file(target) as partial:
        partial.path.write_bytes(b"half")
        partial.path.with_name(partial.path.name + "-journal").write_bytes(b"j")
        raise RuntimeError("disk gone")
    assert names(tmp_path) == ["copy.accredit"]
    assert target.read_bytes() == b"the earlier copy"


@pytest.mark.skipif(sys.platform == "win32", reason="process ids are not looked up there")
def test_a_folder_held_by_no_one_yet_is_left_while_its_process_runs(
    temporary_folder: Path,
) -> None:
    """A folder just made, before its process holds it, belongs to a process that runs."""
    fresh = temporary_folder / f"accredit-test-sheets.{os.getpid()}-0123abcd"
    fresh.mkdir()
    with scratch_folder("accredit-test-sheets"):
        assert fresh.is_dir()
    gone = temporary_folder / f"accredit-test-sheets.{_finished_pid()}-0123abcd"
    gone.mkdir()
    with scratch_folder("accredit-test-sheets"):
        pass
    assert names(temporary_folder) == [fresh.name]


def _finished_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    time.sleep(0.01)
    return process.pid
