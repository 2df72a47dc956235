"""Reading many rows at once on the database driver's own cursor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session


def driver_rows(session: Session, statement: ClauseElement) -> Sequence[Any]:
    """Run a select on the database driver's own cursor and return its plain tuples.

    At 100,000 rows SQLAlchemy's per-row processing (Row objects, type conversion) costs more
    than the query; the callers convert the few columns that need it themselves. The statement
    is still compiled by SQLAlchemy for the connection's dialect, so it stays portable.
    """
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
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, parameters)
        return cursor.fetchall()
    finally:
        cursor.close()
