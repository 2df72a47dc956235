"""What a failure of SQLite means for the user, decided from SQLite's own error code (never its
message text): the file is damaged, it may not be written, another program holds its lock.

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

# SQLite's primary result codes (the low byte of an extended code) that decide what a failure
# means for the user.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_CORRUPT = 5, 6, 8, 11
SQLITE_CANTOPEN, SQLITE_NOTADB = 14, 26
DAMAGE_CODES = (SQLITE_CORRUPT, SQLITE_NOTADB)
LOCK_CODES = (SQLITE_BUSY, SQLITE_LOCKED)
# Of a file already read: SQLite may not write it, or create its -wal and -shm beside it.
WRITE_REFUSED_CODES = (SQLITE_READONLY, SQLITE_CANTOPEN)

Explanation = Callable[[BaseException], Exception | None]
"""A driver error → the error to raise in its place (one meant for the user), or None."""

_explanations: WeakKeyDictionary[Engine, Explanation] = WeakKeyDictionary()


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
        explanation = _explanations.get(connection.engine)
        explained = explanation(error) if explanation is not None else None
        if explained is None:
            raise
        raise explained from error
