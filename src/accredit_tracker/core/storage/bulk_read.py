"""Reading many rows at once on the database driver's own cursor, and its values."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from itertools import count
from typing import Any

from sqlalchemy import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session

# Numbers the named cursors, whose names must differ while several are open.
_cursor_numbers = count(1)


def driver_rows(session: Session, statement: ClauseElement) -> Sequence[Any]:
    """Run a select on the database driver's own cursor and return its plain tuples.

    At 100,000 rows SQLAlchemy's per-row processing (Row objects, type conversion) costs more
    than the query; the callers convert the few columns that need it themselves (with
    :func:`driver_date` and :func:`driver_moment`). The statement is still compiled by
    SQLAlchemy for the connection's dialect, so it stays portable.
    """
    with _executed(session, statement) as cursor:
        rows: Sequence[Any] = cursor.fetchall()
    return rows


def driver_row_batches(
    session: Session, statement: ClauseElement, size: int
) -> Iterator[Sequence[Any]]:
    """As :func:`driver_rows`, but fetched ``size`` rows at a time as the iterator is consumed,
    so that the rows of a large select are never all in memory at once."""
    with _executed(session, statement, streamed=True) as cursor:
        while batch := cursor.fetchmany(size):
            yield batch


@contextmanager
def _executed(
    session: Session, statement: ClauseElement, *, streamed: bool = False
) -> Iterator[Any]:
    """A driver cursor on which the statement, compiled for the session's connection, has run;
    ``streamed``, one that fetches its rows from the database as they are asked for."""
    connection = session.connection()
    compiled = statement.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    assert isinstance(compiled, SQLCompiler)
    values = compiled.construct_params()
    if compiled.positiontup is not None:
        parameters: Any = tuple(values[name] for name in compiled.positiontup)
    else:
        parameters = values
    if streamed and connection.dialect.name == "postgresql":
        # psycopg's ordinary cursor holds every row once executed; a named (server-side)
        # cursor, which lives in the session's transaction, sends them a batch at a time.
        # SQLite's cursor steps through the rows as they are fetched anyway.
        cursor = connection.connection.cursor(name=f"accredit_rows_{next(_cursor_numbers)}")
    else:
        cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, parameters)
        yield cursor
    finally:
        cursor.close()


def driver_date(value: date | str | None) -> date | None:
    """A date as the driver returns it: SQLite gives ISO text, other databases a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def driver_moment(value: datetime | str | None) -> datetime | None:
    """A stored moment in UTC: SQLite keeps no offset, so its text is read as UTC; PostgreSQL
    gives a moment in the session's time zone, which is turned to UTC."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    if moment.tzinfo is not UTC:
        return moment.astimezone(UTC)
    return moment
