"""Project files damaged the way a failing disk or an interrupted copy damages them, and folders
made read-only for the test process itself (root included)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest


def scribble_over_table(path: Path, table: str) -> None:
    """Overwrite the first page of ``table``'s b-tree with junk: the file still opens, and the
    first query reading that table finds it malformed."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)


def scribble_over_schema(path: Path) -> None:
    """Overwrite the schema table (on the first page, after the 100-byte header) with junk:
    the header still says "Accredit Tracker project", nothing else can be read."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.seek(100)
        file.write(b"\xff" * 400)


def companions(path: Path) -> list[str]:
    """The files SQLite keeps beside a project file (-wal, -shm, -journal) that exist now."""
    return sorted(p.name for p in path.parent.glob(path.name + "-*"))


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only for this very process while the block runs.

    An ordinary user gets its permission bits taken away. Root ignores permission bits, so for
    root (as in CI) the folder is bind-mounted read-only over itself, which the kernel refuses
    to write even for root; where mounting is not allowed either, the test is skipped.
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if not _mount("--bind", str(folder), str(folder)):
        pytest.skip("running as root without the right to mount: no read-only folder possible")
    try:
        if not _mount("-o", "remount,bind,ro", str(folder)):
            pytest.skip("running as root without the right to remount read-only")
        assert not os.access(folder, os.W_OK)
        yield
    finally:
        # Lazily: a test that failed may still hold the project open.
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def _mount(*arguments: str) -> bool:
    try:
        done = subprocess.run(["mount", *arguments], capture_output=True, check=False)
    except OSError:
        return False
    return done.returncode == 0


def triggers_off(connection: Any) -> None:
    """On a PostgreSQL server, turn the project's triggers off until the transaction ends (a
    superuser's right, which the tests' login has): to change what the server otherwise keeps
    as it is, the way damage on its disk or a test's back-dating would. SQLite has none."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
