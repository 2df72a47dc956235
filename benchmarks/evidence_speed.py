"""Evidence attach and read-back speed and memory against a file copy in the same run.

For files of 1 MB, 100 MB and 1 GB (random bytes, written to a temp folder), it times:
- the floor: ``shutil.copyfile`` of the same file plus an ``fsync`` of the copy (a durable
  copy, as the project's commits are durable);
- attach: ``attach_files`` of the file to one element, in a fresh project, until the
  transaction has committed (hash pass, store pass, commit and WAL checkpoint);
- save: ``save_evidence`` of that file back out to a new file (read, hash check, fsync);
- a second floor for each, raw ``sqlite3`` on a copy of the same project with the app's
  pragmas: the chunks inserted in one transaction and committed (no hashing), and read back
  into a file with an ``fsync``. It shows how much of the time is SQLite's own.
Every measurement runs in a fresh child process, after the imports and the opening of the
project. On Linux the kernel's peak-RSS mark is reset when the clock starts (``clear_refs``),
so the peak and its growth over the RSS at the start are the operation's own.

Usage: python benchmarks/evidence_speed.py [--sizes 1 100 1024] [--repeat 2]
Goal: attach and save each within 3 × the copy; peak RSS growth under 100 MB at every size.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from child_memory import current_rss_mb, peak_rss_mb  # this folder is on sys.path

MB = 1024 * 1024


def write_source(path: Path, size_mb: int) -> None:
    with path.open("wb") as file:
        for _ in range(size_mb):
            file.write(os.urandom(MB))


def template_project(path: Path) -> None:
    """A project with a tiny library and one assessment, copied afresh for every attach."""
    from accredit_tracker.core.assessment.assessments import create_assessment
    from accredit_tracker.core.library.libraries import (
        ChapterData,
        ElementData,
        LibraryData,
        StandardData,
        import_library,
    )
    from accredit_tracker.core.storage.project import create_project

    library = LibraryData(
        name="Benchmark",
        chapters=[
            ChapterData("PCI", "Infections", [StandardData("PCI.1", "Hand hygiene",
                        elements=[ElementData("1", "Staff clean their hands.")])])
        ],
    )  # fmt: skip
    with create_project(path, user="benchmark") as project, project.transaction() as session:
        library_id = import_library(session, library, user="benchmark")
        create_assessment(session, library_id=library_id, name="Survey", user="benchmark")


def child(kind: str, source: str, target: str, project_path: str) -> None:
    """One measurement; prints seconds and peak RSS (MB) as JSON."""
    from sqlalchemy import select

    from accredit_tracker.core.evidence.attachments import attach_files
    from accredit_tracker.core.evidence.files import save_evidence
    from accredit_tracker.core.storage.models import ElementAssessment, Evidence
    from accredit_tracker.core.storage.project import open_project

    project = None
    if kind in ("attach", "save"):
        project = open_project(Path(project_path))
        with project.session() as session:
            element = session.execute(select(ElementAssessment.id)).scalars().first()
            evidence = session.execute(select(Evidence.id)).scalars().first()
    baseline = current_rss_mb()
    started = time.perf_counter()
    if kind == "copy":
        shutil.copyfile(source, target)
        with open(target, "rb+") as file:
            os.fsync(file.fileno())
    elif kind == "sqlite-store":
        raw_store(source, project_path)
    elif kind == "sqlite-read":
        raw_read(project_path, target)
    elif kind == "attach":
        assert project is not None and element is not None
        size = os.path.getsize(source)
        with project.transaction() as session:
            attach_files(session, [Path(source)], [element], user="benchmark",
                         max_file_bytes=size)  # fmt: skip
    else:
        assert project is not None and evidence is not None
        with project.session() as session:
            save_evidence(session, evidence, Path(target))
    seconds = time.perf_counter() - started
    peak = peak_rss_mb()
    if project is not None:
        project.close()
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "growth_mb": peak - baseline}))


def raw_connection(project_path: str) -> sqlite3.Connection:
    from accredit_tracker.core.storage.project import WAL_SIZE_LIMIT_BYTES

    connection = sqlite3.connect(project_path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def raw_store(source: str, project_path: str) -> None:
    """The least SQLite work for storing a file: its chunks inserted and committed."""
    connection = raw_connection(project_path)
    connection.execute("BEGIN")
    connection.execute("INSERT INTO evidence_content (sha256, size) VALUES ('raw', 0)")
    with open(source, "rb") as file:
        seq = 0
        while chunk := file.read(MB):
            connection.execute(
                "INSERT INTO evidence_chunk (content_sha256, seq, data) VALUES ('raw', ?, ?)",
                (seq, chunk),
            )
            seq += 1
    connection.execute("COMMIT")
    connection.close()


def raw_read(project_path: str, target: str) -> None:
    """The least SQLite work for reading a file back: chunk by chunk into a file, synced."""
    connection = raw_connection(project_path)
    [(sha256, count)] = connection.execute(
        "SELECT content_sha256, count(*) FROM evidence_chunk GROUP BY content_sha256 LIMIT 1"
    ).fetchall()
    with open(target, "wb") as file:
        for seq in range(count):
            [(data,)] = connection.execute(
                "SELECT data FROM evidence_chunk WHERE content_sha256 = ? AND seq = ?",
                (sha256, seq),
            ).fetchall()
            file.write(data)
        file.flush()
        os.fsync(file.fileno())
    connection.close()


def measure(kind: str, source: Path, target: Path, project: Path) -> dict[str, float]:
    target.unlink(missing_ok=True)
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(source), str(target), str(project)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    target.unlink(missing_ok=True)
    return dict(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1024], help="in MB")
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure; the best counts")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"{'size':>7} {'copy s':>7} {'sqlite s':>8} {'attach s':>8} {'÷copy':>6} "
          f"{'÷sqlite':>7} {'sqlite s':>8} {'save s':>7} {'÷copy':>6} {'÷sqlite':>7} "
          f"{'attach MB':>9} {'Δ MB':>5} {'save MB':>7} {'Δ MB':>5}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="evidence-speed-") as folder:
        workdir = Path(folder)
        template = workdir / "template.accredit"
        template_project(template)
        for size in args.sizes:
            source = workdir / f"source-{size}.bin"
            write_source(source, size)
            target = workdir / "copy.bin"
            runs: dict[str, list[dict[str, float]]] = {}
            for run in range(args.repeat):
                runs.setdefault("copy", []).append(measure("copy", source, target, template))
                for store, read in (("sqlite-store", "sqlite-read"), ("attach", "save")):
                    project = workdir / f"run-{size}-{run}.accredit"
                    shutil.copyfile(template, project)
                    runs.setdefault(store, []).append(measure(store, source, target, project))
                    runs.setdefault(read, []).append(measure(read, source, target, project))
                    for leftover in workdir.glob(f"{project.name}*"):
                        leftover.unlink()
            best = {kind: min(r["seconds"] for r in found) for kind, found in runs.items()}
            copy, attach, save = best["copy"], best["attach"], best["save"]
            print(
                f"{size:>4} MB {copy:>7.3f} {best['sqlite-store']:>8.3f} {attach:>8.3f} "
                f"{attach / copy:>5.1f}× {attach / best['sqlite-store']:>6.2f}× "
                f"{best['sqlite-read']:>8.3f} {save:>7.3f} {save / copy:>5.1f}× "
                f"{save / best['sqlite-read']:>6.2f}× "
                f"{max(r['peak_mb'] for r in runs['attach']):>9.0f} "
                f"{max(r['growth_mb'] for r in runs['attach']):>5.0f} "
                f"{max(r['peak_mb'] for r in runs['save']):>7.0f} "
                f"{max(r['growth_mb'] for r in runs['save']):>5.0f}",
                flush=True,
            )
            source.unlink()


if __name__ == "__main__":
    main()
