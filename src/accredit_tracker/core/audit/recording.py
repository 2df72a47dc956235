"""The audit trail: one append-only row for every change, written in the change's transaction."""

from __future__ import annotations

import dataclasses
import functools
import getpass
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Insert, bindparam, insert
from sqlmodel import Session

from accredit_tracker.core.storage.bulk_write import driver_executemany
from accredit_tracker.core.storage.models import AuditEvent

UNDO_DETAILS: Final = "undo"
"""What the details of a change start with when it undid an earlier one ("undo" alone, or
"undo; " and the change's own details)."""

_undoing: ContextVar[bool] = ContextVar("undoing", default=False)


@contextmanager
def undoing() -> Iterator[None]:
    """Within the block, in this thread, every change recorded is marked as an undo."""
    token = _undoing.set(True)
    try:
        yield
    finally:
        _undoing.reset(token)


def _marked(details: str) -> str:
    if not _undoing.get():
        return details
    return f"{UNDO_DETAILS}; {details}" if details else UNDO_DETAILS


@dataclasses.dataclass
class FieldEvents:
    """Changed fields to record, one entry per field in each list (columns, written in bulk)."""

    entity_ids: list[int | None] = dataclasses.field(default_factory=list)
    assessment_ids: list[int | None] = dataclasses.field(default_factory=list)
    fields: list[str] = dataclasses.field(default_factory=list)
    old_values: list[str | None] = dataclasses.field(default_factory=list)
    new_values: list[str | None] = dataclasses.field(default_factory=list)


def current_user() -> str:
    """The operating-system account name, used as 'who' when no other name is given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def now() -> datetime:
    return datetime.now(UTC)


def record(
    session: Session,
    *,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None = None,
    assessment_id: int | None = None,
    field: str = "",
    old: object = None,
    new: object = None,
    details: str = "",
    at: datetime | None = None,
) -> None:
    """Write one audit row in the session's transaction; it commits or rolls back with the
    change it records."""
    session.connection().execute(
        insert(AuditEvent).values(
            at=at or now(),
            user=user,
            action=action,
            entity=entity,
            entity_id=entity_id,
            assessment_id=assessment_id,
            field=field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
            details=_marked(details),
        )
    )


def record_many(
    session: Session,
    events: FieldEvents,
    *,
    user: str,
    action: str,
    entity: str,
    at: datetime,
    details: str = "",
) -> None:
    """Write one audit row per changed field, all by the same user at the same moment, in the
    session's transaction (in bulk: a results import changes 100,000 elements at once)."""
    count = len(events.fields)
    columns: dict[str, Sequence[Any]] = {
        "b_at": [at] * count,
        "b_user": [user] * count,
        "b_action": [action] * count,
        "b_entity": [entity] * count,
        "b_details": [_marked(details)] * count,
        "b_entity_id": events.entity_ids,
        "b_assessment_id": events.assessment_ids,
        "b_field": events.fields,
        "b_old": events.old_values,
        "b_new": events.new_values,
    }
    driver_executemany(session, _field_events_insert(), columns)


# The column of each bind parameter of the field events' INSERT.
_FIELD_EVENT_COLUMNS = {
    "b_at": "at",
    "b_user": "user",
    "b_action": "action",
    "b_entity": "entity",
    "b_details": "details",
    "b_entity_id": "entity_id",
    "b_assessment_id": "assessment_id",
    "b_field": "field",
    "b_old": "old_value",
    "b_new": "new_value",
}


@functools.cache
def _field_events_insert() -> Insert:
    """The INSERT of field events, built once: a single change then costs SQLAlchemy no new
    statement, and it finds the compiled form in its cache."""
    table = AuditEvent.__table__  # type: ignore[attr-defined]  # SQLModel hides it
    return insert(table).values(
        {
            column: bindparam(key, type_=table.c[column].type)
            for key, column in _FIELD_EVENT_COLUMNS.items()
        }
    )
