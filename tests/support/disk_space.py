"""A project file on a disk with no room left, made with SQLite itself: every connection to
it may not make the file any larger, so a write fails as on a full disk (SQLITE_FULL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def no_room_for(project: Path) -> Iterator[None]:
    """While the block runs, every engine's new connection to ``project`` finds it full."""
    target = project.resolve()

    def no_room(dbapi_connection: Any, _record: Any) -> None:
        files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
        if target in {Path(f).resolve() for f in files if f}:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", no_room)
    try:
        yield
    finally:
        event.remove(Engine, "connect", no_room)
