"""The audit trail: one append-only row for every change, written in the change's transaction.

In a project file the application writes each row, chained to the one before it
(:mod:`accredit_tracker.core.audit.chain`). On a PostgreSQL server the database writes them
itself, from triggers on the changed tables, with the login and the server's clock; what only
the application knows (an import's file name, "undo of …") travels with the change as a
transaction-local setting (:func:`describe`), and :func:`record` and :func:`record_many` write
nothing there, except the few rows about the project as a whole that no table change shows
(creating or copying it), which only the tables' owner may add.
"""

from __future__ import annotations

import dataclasses
import functools
import getpass
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Insert, bindparam, insert, text
from sqlmodel import Session

from accredit_tracker.core.audit.chain import last_link, link
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


def server_writes_trail(session: Session) -> bool:
    """Whether the database writes the audit trail itself (a PostgreSQL server does)."""
    return session.connection().dialect.name == "postgresql"


UPDATE_ELEMENT = "update_element"
"""The action of an edit of an element assessment's fields."""

# The settings the server's triggers read: who and when (taken from the application only for
# the tables' owner, who could write any row anyway; everyone else is the login, at the
# server's time), the action's name where a change alone does not tell it, and the words the
# application adds to the rows of the change.
_SETTINGS = {
    "user": "accredit.user",
    "at": "accredit.at",
    "action": "accredit.action",
    "details": "accredit.details",
}
_DESCRIBE = "SELECT " + ", ".join(
    f"set_config('{setting}', %({key})s, true)" for key, setting in _SETTINGS.items()
)


def describe(
    session: Session,
    *,
    user: str,
    at: datetime | None = None,
    action: str = "",
    details: str = "",
) -> None:
    """Say, before a change is written, what it is: on a server the rows its triggers write
    for the change carry ``details`` (and ``action`` where the change alone does not tell
    it), until the transaction ends or the next call. ``user`` and ``at`` are used only when
    the login is the tables' owner; anyone else's rows carry their login and the server's
    clock. In a project file, where the application writes its rows itself, this does
    nothing."""
    if not server_writes_trail(session):
        return
    values = {
        "user": user,
        "at": "" if at is None else at.isoformat(),
        "action": action,
        "details": _marked(details),
    }
    session.connection().exec_driver_sql(_DESCRIBE, values)


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
    change it records. On a server, whose triggers record the changes to the tables they
    guard, only a row about the whole project (``entity`` "project") is written, and one of
    :data:`APPLICATION_ACTIONS` is said to the server, which writes it; the server stamps
    either with the login and its own clock."""
    details = _marked(details)
    server = server_writes_trail(session)
    if server and entity != "project":
        if action in APPLICATION_ACTIONS:
            _said_to_server(
                session,
                [_server_row(action, entity, entity_id, assessment_id, field, old, new, details)],
                user,
                at,
            )
        return
    at = at or now()
    values: dict[str, Any] = {
        "at": at,
        "user": user,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "assessment_id": assessment_id,
        "field": field,
        "old_value": None if old is None else str(old),
        "new_value": None if new is None else str(new),
        "details": details,
    }
    if not server:
        last_id, last_hash = last_link(session)
        values["id"] = last_id + 1
        values["chain_hash"] = link(last_hash, _hashed(values))
    session.connection().execute(insert(AuditEvent).values(**values))


APPLICATION_ACTIONS: Final = frozenset(
    {
        "plan_tracer",
        "update_tracer",
        "record_finding",
        "accept_finding",
        "withdraw_finding_acceptance",
        "raise_action",
        "update_action",
        "verify_action",
        "create_mapping",
        "add_mapping_row",
        "carry_assessment",
        "carry_element",
        "accept_suggestion",
        "reject_suggestion",
        "review_carried",
        "delete_tracer",
        "delete_finding",
        "delete_action",
        "restore_tracer",
        "restore_finding",
        "restore_action",
    }
)
"""The changes no trigger of a server records (tracers, findings, corrective actions,
mappings and what is carried through them): there the application says them through the
server's ``accredit_record_app`` (migrations 0011 and 0012), which accepts these actions
alone, from an officer or an administrator (deleting and putting back: from an administrator
only), and stamps each row with the login and the server's clock."""

_SAY = (
    "SELECT accredit_record_app(%(action)s, %(entity)s, %(entity_id)s, %(assessment_id)s, "
    "%(field)s, %(old)s, %(new)s, %(details)s)"
)


def _server_row(
    action: str,
    entity: str,
    entity_id: int | None,
    assessment_id: int | None,
    field: str,
    old: object,
    new: object,
    details: str,
) -> dict[str, Any]:
    """One row for :func:`_said_to_server`; ``details`` already marked as an undo where it
    is one."""
    return {
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "assessment_id": assessment_id,
        "field": field,
        "old": None if old is None else str(old),
        "new": None if new is None else str(new),
        "details": details,
    }


def _said_to_server(
    session: Session, rows: list[dict[str, Any]], user: str, at: datetime | None
) -> None:
    """Say the rows to the server. The name and time the application gives count only for
    the tables' owner (as in :func:`describe`); anyone else's rows carry their login."""
    connection = session.connection()
    connection.exec_driver_sql(
        _GIVEN_WHO_AND_WHEN, {"user": user, "at": "" if at is None else at.isoformat()}
    )
    for row in rows:
        connection.exec_driver_sql(_SAY, row)


_GIVEN_WHO_AND_WHEN = (
    f"SELECT set_config('{_SETTINGS['user']}', %(user)s, true), "
    f"set_config('{_SETTINGS['at']}', %(at)s, true)"
)


def _hashed(values: dict[str, Any]) -> list[Any]:
    """A row's values in the order the chain hashes them."""
    return [values[column] for column in _HASHED_COLUMNS]


_HASHED_COLUMNS = (
    "id",
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "assessment_id",
    "field",
    "old_value",
    "new_value",
    "details",
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
    session's transaction (in bulk: a results import changes 100,000 elements at once). On a
    server its triggers have written these rows already, and this writes nothing, except for
    one of :data:`APPLICATION_ACTIONS`, said to the server as :func:`record` does."""
    count = len(events.fields)
    details = _marked(details)
    if not count:
        return
    # Each change: (entity id, assessment id, field, old value, new value).
    changes = list(
        zip(
            events.entity_ids,
            events.assessment_ids,
            events.fields,
            events.old_values,
            events.new_values,
            strict=True,
        )
    )
    if server_writes_trail(session):
        if action in APPLICATION_ACTIONS:
            rows = [_server_row(action, entity, *event, details) for event in changes]
            _said_to_server(session, rows, user, at)
        return
    last_id, last_hash = last_link(session)
    ids = list(range(last_id + 1, last_id + 1 + count))
    hashes = []
    for row_id, event in zip(ids, changes, strict=True):
        last_hash = link(last_hash, (row_id, at, user, action, entity, *event, details))
        hashes.append(last_hash)
    columns: dict[str, Sequence[Any]] = {
        "b_at": [at] * count,
        "b_user": [user] * count,
        "b_action": [action] * count,
        "b_entity": [entity] * count,
        "b_details": [details] * count,
        "b_entity_id": events.entity_ids,
        "b_assessment_id": events.assessment_ids,
        "b_field": events.fields,
        "b_old": events.old_values,
        "b_new": events.new_values,
        "b_id": ids,
        "b_chain_hash": hashes,
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
    "b_id": "id",
    "b_chain_hash": "chain_hash",
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


def record_selected(
    session: Session,
    changes: str,
    parameters: dict[str, Any],
    *,
    user: str,
    action: str,
    entity: str,
    at: datetime,
    details: str = "",
) -> int:
    """Write one audit row per row of the query ``changes`` (SQL giving entity id, assessment
    id, field, old value and new value, in the order the rows are to be written, with
    ``parameters`` bound by name), all by the same user at the same moment, without the
    changes passing through Python one by one: what :func:`record_many` does for changes the
    database already holds (values carried from one assessment to another). Returns how many
    rows were recorded.

    In a project file each row is chained to the one before it as :func:`record_many` chains
    it. On a server, only one of :data:`APPLICATION_ACTIONS` is said to it (its triggers have
    recorded the rest), in one statement; the server chains the rows itself."""
    details = _marked(details)
    connection = session.connection()
    if server_writes_trail(session):
        if action not in APPLICATION_ACTIONS:
            return 0
        connection.exec_driver_sql(_GIVEN_WHO_AND_WHEN, {"user": user, "at": at.isoformat()})
        said = connection.execute(
            text(
                "SELECT count(*) FROM (SELECT accredit_record_app(:b_action, :b_entity, "
                "change.entity_id, change.assessment_id, change.field, change.old_value, "
                f"change.new_value, :b_details) FROM ({changes}) AS change(entity_id, "
                "assessment_id, field, old_value, new_value)) AS said"
            ),
            {**parameters, "b_action": action, "b_entity": entity, "b_details": details},
        ).scalar_one()
        return int(said)
    # The changes are numbered in their order in a table of this transaction first, then
    # copied into the trail in that order, each hashed as it is copied.
    connection.exec_driver_sql("DROP TABLE IF EXISTS temp.audit_change")
    connection.exec_driver_sql(
        "CREATE TEMP TABLE audit_change (number INTEGER PRIMARY KEY, entity_id INTEGER, "
        "assessment_id INTEGER, field TEXT, old_value TEXT, new_value TEXT)"
    )
    connection.execute(
        text(
            "INSERT INTO temp.audit_change (entity_id, assessment_id, field, old_value, "
            f"new_value) {changes}"
        ),
        parameters,
    )
    last_id, last_hash = last_link(session)
    chain = _ChainInOrder(last_id, last_hash, (at, user, action, entity), details)
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.create_function(_CHAIN_FUNCTION, 6, chain.link, deterministic=False)
    table = AuditEvent.__table__  # type: ignore[attr-defined]  # SQLModel hides it
    stored_at = table.c.at.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    try:
        written = connection.exec_driver_sql(
            'INSERT INTO audit_event (id, at, "user", action, entity, entity_id, '
            "assessment_id, field, old_value, new_value, details, chain_hash) "
            "SELECT :last + number, :at, :user, :action, :entity, entity_id, assessment_id, "
            f"field, old_value, new_value, :details, {_CHAIN_FUNCTION}(:last + number, "
            "entity_id, assessment_id, field, old_value, new_value) "
            "FROM temp.audit_change ORDER BY number",
            {
                "last": last_id,
                "at": stored_at(at) if stored_at is not None else at,
                "user": user,
                "action": action,
                "entity": entity,
                "details": details,
            },
        ).rowcount
    finally:
        driver.create_function(_CHAIN_FUNCTION, 6, None)
    # (Had anything failed, the transaction's rollback would take the table away.)
    connection.exec_driver_sql("DROP TABLE temp.audit_change")
    if written != chain.count:
        raise RuntimeError("the audit trail's rows were not chained in order")
    return int(written)


_CHAIN_FUNCTION = "accredit_chain_link"


class _ChainInOrder:
    """The hash of each row copied into the trail, given in id order from one row after
    ``last_id``: every row but its id and change is the same (``fixed``: at, user, action,
    entity; and ``details``). A row out of order stops the copy (its transaction then rolls
    back) rather than chain it wrongly."""

    def __init__(self, last_id: int, last_hash: str, fixed: tuple[Any, ...], details: str) -> None:
        self.expected = last_id + 1
        self.previous = last_hash
        self.fixed = fixed
        self.details = details
        self.count = 0

    def link(
        self,
        row_id: int,
        entity_id: int | None,
        assessment_id: int | None,
        field: str,
        old: str | None,
        new: str | None,
    ) -> str:
        if row_id != self.expected:
            raise ValueError(f"audit row {row_id} came out of order")
        self.expected += 1
        self.count += 1
        self.previous = link(
            self.previous,
            (row_id, *self.fixed, entity_id, assessment_id, field, old, new, self.details),
        )
        return self.previous
