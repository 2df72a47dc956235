"""Long listings piped into a reader that stops early (``accredit summary … | head -1``): the
command ends quietly, as Unix programs do when their reader goes away."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from accredit_tracker.core.evidence.attachments import attach_files
from factories import element_assessment_ids, flat_rows, project_with_assessment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell pipe")


@pytest.fixture(scope="module")
def long_listings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose summary (1,500 chapters) and evidence list (1,500 files) are each far
    longer than a pipe holds (64 KB), so the reader is gone before they are written out."""
    folder = tmp_path_factory.mktemp("long")
    path = folder / "network.accredit"
    project, assessment_id = project_with_assessment(path, flat_rows(1500, 1, 1))
    with project:
        elements = list(element_assessment_ids(project, assessment_id).values())
        files = folder / "files"
        files.mkdir()
        scans = []
        for n in range(1500):
            scan = files / f"ward {n:04d} round checklist signed by the head nurse.pdf"
            scan.write_bytes(f"scan {n}".encode())
            scans.append(scan)
        with project.transaction() as session:
            attach_files(session, scans, elements[:1], user="tester")
    return path


def piped_into_head(command: str, project: Path, tmp_path: Path) -> tuple[str, int, str]:
    """``accredit COMMAND PROJECT | head -1`` in a shell: the line head printed, the command's
    exit status and what it wrote on its standard error."""
    errors = tmp_path / "errors.txt"
    accredit = f"{shlex.quote(sys.executable)} -m accredit_tracker.cli"
    script = (
        f"{accredit} {command} {shlex.quote(str(project))} 2>{shlex.quote(str(errors))} "
        '| head -1; echo "status ${PIPESTATUS[0]}"'
    )
    done = subprocess.run(
        ["bash", "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, ACCREDIT_LOG_DIR=str(tmp_path / "logs")),
    )
    first, status = done.stdout.splitlines()
    return first, int(status.removeprefix("status ")), errors.read_text()


@pytest.mark.parametrize(
    ("command", "first"),
    [("summary", "Project network"), ("evidence", "1500 evidence files:")],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(
    long_listings: Path, tmp_path: Path, command: str, first: str
) -> None:
    line, status, errors = piped_into_head(command, long_listings, tmp_path)
    assert (line, status, errors) == (first, 141, "")
    logged = "".join(p.read_text() for p in (tmp_path / "logs").glob("*.log*"))
    assert "Traceback" not in logged


def test_the_whole_listing_still_goes_to_a_reader_that_reads_it_all(
    long_listings: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "accredit_tracker.cli", "summary", str(long_listings)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert len(done.stdout.splitlines()) > 1500
