"""The audit trail: one append-only row for every change, written in the change's transaction."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from sqlalchemy import insert
from sqlmodel import Session

from accredit_tracker.core.models import AuditEvent


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
            details=details,
        )
    )
