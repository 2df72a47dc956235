"""A backup, a copy or a report stopped in the middle of writing, by a kill (SIGKILL, as a
power loss would) or by a termination request or Ctrl+C: nothing is left beside the target or
in the temporary folder, at the latest once the same command has run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from accredit_tracker.core.evidence.attachments import attach_files
from factories import element_assessment_ids, flat_rows, project_with_assessment, write_bytes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

EVIDENCE_BYTES = 48 * 1024 * 1024


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project big enough that writing it out takes a moment: 3,000 measurable elements
    and 48 MB of evidence."""
    folder = tmp_path_factory.mktemp("hospital")
    path = folder / "hospital.accredit"
    project, assessment_id = project_with_assessment(path, flat_rows(30, 10, 10))
    with project:
        element = next(iter(element_assessment_ids(project, assessment_id).values()))
        scan = write_bytes(folder / "ward-rounds.mp4", EVIDENCE_BYTES)
        with project.transaction() as session:
            attach_files(session, [scan], [element], user="tester")
        scan.unlink()
    return path


@dataclass(frozen=True)
class Operation:
    """A command that writes ``target`` in ``out``, and how to tell it is in the middle of
    writing (given the output folder and the temporary folder)."""

    name: str
    arguments: Callable[[Path, Path], list[object]]
    target: str
    writing: Callable[[Path, Path], bool]


def _partial_with(suffix: str) -> Callable[[Path, Path], bool]:
    def writing(out: Path, _temporary: Path) -> bool:
        return any(
            p.name.endswith(".partial" + suffix) and p.stat().st_size > 0 for p in _listed(out)
        )

    return writing


def _sheet_rows(_out: Path, temporary: Path) -> bool:
    return any(
        p.name.startswith("sheet") and p.stat().st_size > 0
        for folder in _listed(temporary)
        for p in _listed(folder)
    )


def _listed(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []


OPERATIONS = [
    Operation(
        "backup",
        lambda source, out: ["backup", source, out / "nightly.accredit"],
        "nightly.accredit",
        _partial_with(""),
    ),
    Operation(
        "copy",
        lambda source, out: ["copy", source, out / "copy.accredit"],
        "copy.accredit",
        _partial_with("-wal"),
    ),
    Operation(
        "report",
        lambda source, out: ["report", source, out / "report.xlsx", "--audit-trail"],
        "report.xlsx",
        _sheet_rows,
    ),
]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """The folder written to, and the temporary folder the commands are given."""
    out, temporary = tmp_path / "out", tmp_path / "temp"
    out.mkdir()
    temporary.mkdir()
    return out, temporary


def start(arguments: list[object], temporary: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "accredit_tracker.cli", *map(str, arguments)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, TMPDIR=str(temporary)),
    )


def stop_while_writing(
    operation: Operation, hospital: Path, out: Path, temporary: Path, how: signal.Signals
) -> tuple[int, str]:
    """Start the operation, send ``how`` once it is writing, and return its exit code and
    what it said on its standard error."""
    process = start(operation.arguments(hospital, out), temporary)
    deadline = time.monotonic() + 120
    try:
        while not operation.writing(out, temporary):
            assert process.poll() is None, f"{operation.name} ended before it was stopped"
            assert time.monotonic() < deadline, f"{operation.name} never started writing"
            time.sleep(0.002)
        process.send_signal(how)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, err


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.name)
def test_a_killed_run_leaves_litter_that_the_next_run_removes(
    operation: Operation, hospital: Path, folders: tuple[Path, Path]
) -> None:
    out, temporary = folders
    code, _ = stop_while_writing(operation, hospital, out, temporary, signal.SIGKILL)
    assert code == -signal.SIGKILL
    left = names(out) + names(temporary)
    assert left and operation.target not in names(out), "the kill came too late to matter"
    again = start(operation.arguments(hospital, out), temporary)
    stdout, err = again.communicate(timeout=300)
    assert (again.returncode, err) == (0, ""), stdout
    assert names(out) == [operation.target]
    assert names(temporary) == []


@pytest.mark.parametrize(
    ("how", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "Ctrl+C"]
)
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.name)
def test_a_run_stopped_by_a_signal_says_so_and_leaves_nothing(
    operation: Operation,
    hospital: Path,
    folders: tuple[Path, Path],
    how: signal.Signals,
    code: int,
) -> None:
    out, temporary = folders
    earlier = out / operation.target
    if operation.name != "copy":  # a copy goes to a new file only
        earlier.write_bytes(hospital.read_bytes() if operation.name == "backup" else b"PK old")
    before = earlier.read_bytes() if earlier.exists() else None
    returned, err = stop_while_writing(operation, hospital, out, temporary, how)
    assert (returned, err) == (code, "accredit: cancelled; nothing was changed.\n")
    assert names(out) == ([] if before is None else [operation.target])
    assert names(temporary) == []
    if before is not None:
        assert earlier.read_bytes() == before
