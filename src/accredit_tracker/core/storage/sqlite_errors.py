"""What a failure of SQLite means for the user, decided from SQLite's own error code (never its
message text): the file is damaged, it may not be written, another program holds its lock, its
disk is full (and the last, on a shared project, from the server's SQLSTATE).

Each project engine registers how its failures are explained; SQLAlchemy's error event applies
that to every statement, and :func:`driver_errors_explained` to work done on the driver's own
cursor, which that event does not see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, event

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate

# SQLite's primary result codes (the low byte of an extended code) that decide what a failure
# means for the user.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_FULL = 5, 6, 8, 11, 13
SQLITE_CANTOPEN, SQLITE_NOTADB = 14, 26
DAMAGE_CODES = (SQLITE_CORRUPT, SQLITE_NOTADB)
LOCK_CODES = (SQLITE_BUSY, SQLITE_LOCKED)
# Of a file already read: SQLite may not write it, or create its -wal and -shm beside it.
WRITE_REFUSED_CODES = (SQLITE_READONLY, SQLITE_CANTOPEN)

# PostgreSQL's SQLSTATE for "disk full" (class 53, insufficient resources).
POSTGRESQL_DISK_FULL = "53100"

Explanation = Callable[[BaseException], Exception | None]
"""A driver error → the error to raise in its place (one meant for the user), or None."""

_explanations: WeakKeyDictionary[Engine, Explanation] = WeakKeyDictionary()


class ProjectBusy(UserError):
    """Another program held the project file's write lock for longer than the busy timeout
    (a backup tool, another copy of the app in a long import, ``sqlite3`` in a transaction):
    the unit of work was rolled back, so nothing of it was saved; trying again may succeed."""


class DiskFull(UserError):
    """The disk holding the project had no room for the change: the unit of work was rolled
    back, so the project is as it was before it."""


def project_busy(name: object) -> ProjectBusy:
    """The error saying that another program kept the project ``name`` busy."""
    return ProjectBusy(
        translate(
            "Project",
            "{name} is busy in another program that is writing to it; nothing was changed. "
            "Wait for that program to finish, then try again.",
        ).format(name=name)
    )


def disk_full(name: object) -> DiskFull:
    """The error saying that the disk holding the project ``name`` is full."""
    return DiskFull(
        translate(
            "Project",
            "The disk holding {name} is full; nothing was changed. Free some space and try again.",
        ).format(name=name)
    )


def server_disk_full(error: BaseException) -> bool:
    """Whether a database server refused ``error``'s statement because its disk is full."""
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None) == POSTGRESQL_DISK_FULL


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error`` (raised by ``sqlite3`` or wrapped by
    SQLAlchemy), or None for any other error."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def explain_errors(engine: Engine, explanation: Explanation) -> None:
    """Raise what ``explanation`` makes of a failure on ``engine`` in place of the failure."""
    _explanations[engine] = explanation

    @event.listens_for(engine, "handle_error")
    def _explain(context: Any) -> None:
        error = context.original_exception
        explained = explanation(error)
        if explained is not None:
            raise explained from error


@contextmanager
def driver_errors_explained(connection: Connection) -> Iterator[None]:
    """Explain, as the engine's error event does, a failure of work on the driver's cursor."""
    try:
        yield
    except connection.dialect.loaded_dbapi.Error as error:
        explained = explained_driver_error(connection, error)
        if explained is None:
            raise
        raise explained from error


def explained_driver_error(connection: Connection, error: BaseException) -> Exception | None:
    """What the engine's error event makes of a driver's ``error`` (the error meant for the
    user to raise in its place), or None when it makes nothing of it."""
    explanation = _explanations.get(connection.engine)
    return explanation(error) if explanation is not None else None
