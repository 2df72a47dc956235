"""The stored rows of element assessments: read by id and written back in bulk, and made into
the checklist's rows.

The mechanics under
:func:`~accredit_tracker.core.assessment.assessments.update_elements` and
:func:`~accredit_tracker.core.assessment.checklist.element_rows`: they run on the database
driver's own cursor and its plain tuples, so that 100,000 elements cost little more than the
database's own work, and every write is guarded by the version that was read.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, Update, bindparam, select, update
from sqlmodel import Session, col

from accredit_tracker.core.storage.bulk_read import driver_date, driver_moment, driver_rows
from accredit_tracker.core.storage.bulk_write import FEW_ROWS, driver_executemany
from accredit_tracker.core.storage.driver_statements import driver_fetch
from accredit_tracker.core.storage.models import Assessment, ElementAssessment
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, STATUS_BY_VALUE

Listed = TypeVar("Listed")


class StoredElement(NamedTuple):
    """An element assessment as the database driver returns it, with its assessment's lock."""

    id: int
    assessment_id: int
    result: str
    work_status: str
    owner: str
    department: str
    due_date: date | str | None
    notes: str
    version: int
    updated_at: datetime | str | None
    updated_by: str
    locked: bool
    assessment_name: str

    def value_of(self, name: str) -> Any:
        """The stored value of the field ``name`` as a change gives it: the due date as a date,
        whether the driver returned a date or (SQLite) its text."""
        value = getattr(self, name)
        return driver_date(value) if name == "due_date" else value


def storable(value: Any) -> Any:
    """``value`` as the database keeps it: text without NUL characters, which PostgreSQL does
    not store in text."""
    # The exact type test is the cheaper one; results and statuses (str subclasses) hold no NUL.
    if value.__class__ is str and "\x00" in value:
        return value.replace("\x00", "")
    return value


# Ids are read a range at a time when most ids in the range are wanted (the elements of one
# assessment have neighbouring ids), otherwise a short list at a time.
_RANGE_IDS = 50_000
_LISTED_IDS = 500
# A few ids (a result key, a small bulk edit) are read in one query that SQLAlchemy has compiled
# already, as the few rows written after them are (see bulk_write).
_FEW_IDS = FEW_ROWS


def stored_elements(session: Session, ids: list[int]) -> dict[int, StoredElement]:
    """The stored state of element assessments, with their assessment's lock, by id."""
    wanted = set(ids)
    make = tuple.__new__
    if len(wanted) == 1:
        # One element (a result key): its SQL compiled once, run on the driver's cursor.
        (only,) = wanted
        return {
            values[0]: make(StoredElement, values)
            for values in driver_fetch(session, _one_stored_select(), {"id": only})
        }
    if len(wanted) <= _FEW_IDS:
        selected = session.connection().execute(_few_stored_select(), {"ids": list(wanted)})
        return {values[0]: make(StoredElement, values) for values in selected}
    found: dict[int, StoredElement] = {}
    for where in _id_batches(sorted(wanted)):
        for values in driver_rows(session, _stored_select().where(where)):
            if values[0] in wanted:
                found[values[0]] = make(StoredElement, values)
    return found


@functools.cache
def _stored_select() -> Select[Any]:
    table = ElementAssessment.__table__  # type: ignore[attr-defined]  # SQLModel hides it
    return select(
        *(table.c[name] for name in StoredElement._fields[:-2]),
        col(Assessment.locked),
        col(Assessment.name),
    ).join(Assessment, col(Assessment.id) == table.c.assessment_id)


@functools.cache
def _few_stored_select() -> Select[Any]:
    """The stored state of the elements whose ids are bound to "ids"; built once, so that
    SQLAlchemy finds its compiled form in its cache."""
    table = ElementAssessment.__table__  # type: ignore[attr-defined]
    return _stored_select().where(table.c.id.in_(bindparam("ids", expanding=True)))


@functools.cache
def _one_stored_select() -> Select[Any]:
    """The stored state of the element whose id is bound to "id"; built once."""
    table = ElementAssessment.__table__  # type: ignore[attr-defined]
    return _stored_select().where(table.c.id == bindparam("id", type_=Integer()))


def _id_batches(ordered: list[int]) -> Iterator[ColumnElement[bool]]:
    """Conditions that together select the sorted ids ``ordered`` (and maybe a few more)."""
    table = ElementAssessment.__table__  # type: ignore[attr-defined]
    start = 0
    while start < len(ordered):
        end = min(start + _RANGE_IDS, len(ordered))
        first, last = ordered[start], ordered[end - 1]
        if last - first < 2 * (end - start):
            yield table.c.id.between(first, last)
        else:
            end = min(start + _LISTED_IDS, len(ordered))
            yield table.c.id.in_(ordered[start:end])
        start = end


def write_values(
    session: Session,
    stored: dict[int, StoredElement],
    written: dict[int, dict[str, Any]],
    *,
    at: datetime,
    user: str,
) -> bool:
    """Store each element's new values (``written``: id → field → value) with its version
    one higher and who changed it when: one UPDATE per set of fields changed together.

    Each row is guarded by the version ``stored`` holds for it; False when any row had moved
    on (someone else saved it in between), and the caller must then roll back."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for row_id, values in written.items():
        groups.setdefault(tuple(sorted(values)), []).append(row_id)
    for names, ids in groups.items():
        seen = [stored[row_id].version for row_id in ids]
        columns: dict[str, Sequence[Any]] = {
            f"b_{name}": [written[row_id][name] for row_id in ids] for name in names
        }
        columns |= {
            "b_id": ids,
            "b_seen": seen,
            "b_version": [v + 1 for v in seen],
            "b_at": [at] * len(ids),
            "b_by": [user] * len(ids),
        }
        # A server stamps who changed a row and when itself, and lets nobody else write them.
        stamped = session.connection().dialect.name != "postgresql"
        if not stamped:
            del columns["b_at"], columns["b_by"]
        statement = _values_update(names, stamped=stamped)
        if driver_executemany(session, statement, columns) not in (len(ids), -1):
            return False
    return True


_STAMPS_AT_ONCE = 10_000  # ids asked for in one statement


def server_stamps(session: Session, ids: Sequence[int]) -> dict[int, tuple[datetime, str]]:
    """Who changed each row last and when, as stored (id → (updated_at, updated_by)). On a
    server its triggers stamp them, with the login and the server's clock, whatever the
    application would have written."""
    table = ElementAssessment.__table__  # type: ignore[attr-defined]
    statement = select(table.c.id, table.c.updated_at, table.c.updated_by)
    stamps: dict[int, tuple[datetime, str]] = {}
    for start in range(0, len(ids), _STAMPS_AT_ONCE):
        chunk = list(ids[start : start + _STAMPS_AT_ONCE])
        for row_id, at, by in session.connection().execute(statement.where(table.c.id.in_(chunk))):
            stamps[row_id] = (at, by)
    return stamps


@functools.cache
def _values_update(names: tuple[str, ...], *, stamped: bool = True) -> Update:
    """The guarded UPDATE of the fields ``names``, built once for each set of fields; with
    ``stamped`` it also writes who changed the row and when."""
    table = ElementAssessment.__table__  # type: ignore[attr-defined]
    values = {
        **{name: bindparam(f"b_{name}", type_=table.c[name].type) for name in names},
        "version": bindparam("b_version", type_=Integer()),
    }
    if stamped:
        values["updated_at"] = bindparam("b_at", type_=table.c.updated_at.type)
        values["updated_by"] = bindparam("b_by", type_=table.c.updated_by.type)
    return (
        update(table)
        .where(table.c.id == bindparam("b_id", type_=Integer()))
        .where(table.c.version == bindparam("b_seen", type_=Integer()))
        .values(values)
    )


def listed_elements(rows: Iterable[Sequence[Any]], make: Callable[..., Listed]) -> list[Listed]:
    """One ``make(...)`` for each row of the checklist's select, given the row's 18 values in
    their order, with the result and work status as :class:`Result` and :class:`WorkStatus`,
    the due date as a date and the moment of the last change in UTC (None where unset).

    The columns, in order: the element assessment's id, the chapter's, standard's and
    element's code, the element's text (``element_select.LISTED_COLUMNS``); result, work
    status, owner, department, due date, notes, updated at, updated by, version
    (``STATE_COLUMNS``); then its evidence files, how many are past review, the element's
    position and its search key.
    """
    # One loop that unpacks each row into names and converts inline: at 120,000 rows about a
    # fifth quicker than making the objects first and converting their fields afterwards.
    results, statuses = RESULT_BY_VALUE, STATUS_BY_VALUE
    return [
        make(
            ea_id,
            chapter,
            standard,
            code,
            text,
            results[result],
            statuses[status],
            owner,
            department,
            driver_date(due) if due is not None else None,
            notes,
            driver_moment(updated_at) if updated_at is not None else None,
            updated_by,
            version,
            files,
            expired,
            position,
            key,
        )
        for (
            ea_id,
            chapter,
            standard,
            code,
            text,
            result,
            status,
            owner,
            department,
            due,
            notes,
            updated_at,
            updated_by,
            version,
            files,
            expired,
            position,
            key,
        ) in rows
    ]
