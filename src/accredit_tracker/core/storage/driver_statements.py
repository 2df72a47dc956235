"""One run of a statement on the database driver's own cursor, its SQL compiled once.

A saved result key runs a few small statements (the element's stored row, its guarded UPDATE,
the audit trail's last link, the audit INSERT, the change counter). Through SQLAlchemy's own
execution each costs several times the database's work on one row: looking the compiled form
up in its cache, building a result object, converting each value. Here a statement built once
(a module-level or cached one) is compiled once per dialect, and each run only converts the
values given through their columns' types and hands the SQL to the driver's cursor, in the
session's transaction. The rows come back as the driver gives them, as
:func:`~accredit_tracker.core.storage.bulk_read.driver_rows` gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ClauseElement, Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session

from accredit_tracker.core.storage.sqlite_errors import explained_driver_error


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A statement's SQL for one dialect, with how to turn given values into its parameters."""

    sql: str
    # Bind name → how the driver takes its value (None: as it is given).
    processors: Mapping[str, Callable[[Any], Any] | None]
    # Bind name → the value bound in the statement, for a parameter not given.
    defaults: Mapping[str, Any]
    # The bind names in the order of a positional parameter style; None for a named one.
    order: tuple[str, ...] | None

    def parameters(self, given: Mapping[str, Any]) -> Any:
        values: dict[str, Any] = {}
        for key, processor in self.processors.items():
            value = given[key] if key in given else self.defaults[key]
            values[key] = value if processor is None or value is None else processor(value)
        if self.order is not None:
            return tuple(values[key] for key in self.order)
        return values


# (statement, dialect name, parameter style) → its compiled form. Only statements built once
# are run here, so this holds a few dozen entries at most.
_compiled: dict[tuple[ClauseElement, str, str], _Compiled] = {}


def _compiled_for(statement: ClauseElement, dialect: Dialect) -> _Compiled:
    key = (statement, dialect.name, dialect.paramstyle)
    found = _compiled.get(key)
    if found is not None:
        return found
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    processors = {
        name: bind.type.dialect_impl(dialect).bind_processor(dialect)
        for name, bind in compiled.binds.items()
    }
    defaults = {name: bind.effective_value for name, bind in compiled.binds.items()}
    order = tuple(compiled.positiontup) if compiled.positiontup is not None else None
    found = _Compiled(compiled.string, processors, defaults, order)
    _compiled[key] = found
    return found


def _run(
    connection: Connection, statement: ClauseElement, given: Mapping[str, Any], fetch: bool
) -> Any:
    dialect = connection.dialect
    compiled = _compiled_for(statement, dialect)
    unknown = given.keys() - compiled.processors.keys()
    if unknown:
        raise ValueError(f"the statement has no parameters named {', '.join(sorted(unknown))}")
    parameters = compiled.parameters(given)
    driver_error = dialect.loaded_dbapi.Error
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.sql, parameters)
        return cursor.fetchall() if fetch else cursor.rowcount
    except driver_error as error:
        # What SQLAlchemy's error event would make of it (the project is busy, its disk is
        # full…), else the exception SQLAlchemy raises for the statement.
        explained = explained_driver_error(connection, error)
        if explained is not None:
            raise explained from error
        raise DBAPIError.instance(compiled.sql, parameters, error, driver_error) from error
    finally:
        cursor.close()


def driver_fetch(
    session: Session, statement: ClauseElement, parameters: Mapping[str, Any] | None = None
) -> Sequence[Any]:
    """The rows of a select built once, run on the driver's cursor in the session's
    transaction, as the driver's plain tuples; ``parameters`` by bind name."""
    rows: Sequence[Any] = _run(session.connection(), statement, parameters or {}, fetch=True)
    return rows


def driver_execute(
    session: Session, statement: ClauseElement, parameters: Mapping[str, Any] | None = None
) -> int:
    """Run an INSERT or UPDATE built once, for one row, on the driver's cursor in the
    session's transaction; returns how many rows it changed."""
    changed: int = _run(session.connection(), statement, parameters or {}, fetch=False)
    return changed
