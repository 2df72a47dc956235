"""Writing many rows at once on the database driver's own cursor."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, UpdateBase
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session

from accredit_tracker.core.storage.driver_statements import driver_execute


def driver_executemany(
    session: Session, statement: UpdateBase, columns: Mapping[str, Sequence[Any]]
) -> int:
    """Run an INSERT or UPDATE once per row on the database driver's own cursor, in the
    session's transaction; returns how many rows it changed (-1 when the driver cannot tell
    after many statements).

    ``columns`` gives each bind parameter's value for every row, one sequence per parameter
    (all of the same length); a parameter not given takes the value bound in the statement, the
    same for every row. At 100,000 rows SQLAlchemy's executemany costs several times the
    database's own work, most of it converting every value through its column type; here each
    distinct value is converted once (results, statuses, owners and dates repeat from row to
    row). The statement is still compiled by SQLAlchemy for the connection's dialect, so it
    stays portable.
    """
    lengths = {len(values) for values in columns.values()}
    if len(lengths) > 1:
        raise ValueError("every column needs a value for every row")
    count = lengths.pop() if lengths else 0
    if not count:
        return 0
    if count == 1:
        # One row (a result key): the statement's SQL compiled once, run as it is.
        return driver_execute(
            session, statement, {key: values[0] for key, values in columns.items()}
        )
    connection = session.connection()
    dialect = connection.dialect
    if count <= FEW_ROWS:
        return _executed_by_sqlalchemy(connection, statement, columns, count)
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    unknown = columns.keys() - compiled.binds.keys()
    if unknown:
        raise ValueError(f"the statement has no parameters named {', '.join(sorted(unknown))}")
    converted: dict[str, Sequence[Any]] = {}
    for key, bind in compiled.binds.items():
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if key in columns:
            values = columns[key]
            converted[key] = (
                values if processor is None else [*map(_Converted(processor).__getitem__, values)]
            )
        else:
            value = bind.effective_value
            converted[key] = [value if processor is None else processor(value)] * count
    parameters: list[Any]
    if compiled.positiontup is not None:
        ordered = (converted[key] for key in compiled.positiontup)
        parameters = list(zip(*ordered, strict=True))
    else:
        keys = list(converted)
        parameters = [
            dict(zip(keys, values, strict=True)) for values in zip(*converted.values(), strict=True)
        ]
    driver_error = dialect.loaded_dbapi.Error
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(compiled.string, parameters)
        changed: int = cursor.rowcount
    except driver_error as error:
        # The same exception SQLAlchemy raises for the statement (IntegrityError and so on).
        raise DBAPIError.instance(compiled.string, None, error, driver_error) from error
    finally:
        cursor.close()
    return changed if dialect.supports_sane_multi_rowcount else -1


# Up to this many rows (a bulk edit of a few elements) SQLAlchemy's own execution is quicker:
# it finds the compiled statement in its cache, where compiling anew as below costs more than
# the database's work on a few rows. A single row is run on the driver's cursor with its SQL
# compiled once (driver_statements), quicker still.
FEW_ROWS = 8


def _executed_by_sqlalchemy(
    connection: Connection,
    statement: UpdateBase,
    columns: Mapping[str, Sequence[Any]],
    count: int,
) -> int:
    rows = [{key: values[i] for key, values in columns.items()} for i in range(count)]
    result = connection.execute(statement, rows)
    changed: int = result.rowcount
    return changed if connection.dialect.supports_sane_multi_rowcount else -1


class _Converted(dict[Any, Any]):
    """Memo of value → the value as the driver takes it, filled on first use."""

    def __init__(self, processor: Callable[[Any], Any]) -> None:
        super().__init__()
        self._processor = processor

    def __missing__(self, value: Any) -> Any:
        converted = self._processor(value)
        if len(self) < 65_536:
            self[value] = converted
        return converted
