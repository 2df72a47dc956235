"""The audit trail's hash chain: each row's hash covers its content and the row before it, so
an edited, removed, inserted or reordered row breaks the chain from that row on.

A row's hash is SHA-256 (hex) of the previous row's hash followed by the row's fields in one
fixed text form (:func:`canonical`). On a project file the application computes it as it
writes each row; on a PostgreSQL server a trigger computes the very same text and hash, so
:func:`check_chain` checks a trail from either.

The chain starts at the trail's first row, or, in a project made before the chain existed,
at the row that marks where it began (:data:`CHAIN_STARTED`); rows before that one carry no
hash and prove nothing.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Select, func, select
from sqlmodel import Session, col

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.driver_statements import driver_fetch
from accredit_tracker.core.storage.models import AuditEvent

CHAIN_STARTED: Final = "start_audit_chain"
"""The action of the row that starts the chain in a project upgraded to have one."""
_BATCH: Final = 5000


def moment_text(at: datetime) -> str:
    """The moment as the chain hashes it: its stored date and time to the microsecond, with no
    zone (what a project file and the server both store)."""
    return at.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S.%f")


def canonical(row: Sequence[Any]) -> str:
    """The text hashed for one row: ``row`` holds id, at, user, action, entity, entity_id,
    assessment_id, field, old_value and new_value, details. Each value is written as its length
    in characters, ':' and itself, then '|'; a missing value (NULL) as '-|'."""
    parts = []
    for value in row:
        if value is None:
            parts.append("-|")
            continue
        text = moment_text(value) if isinstance(value, datetime) else str(value)
        parts.append(f"{len(text)}:{text}|")
    return "".join(parts)


def link(previous: str, row: Sequence[Any]) -> str:
    """The hash of ``row`` following a row whose hash is ``previous`` ("" for the first)."""
    return hashlib.sha256((previous + canonical(row)).encode("utf-8")).hexdigest()


_HASHED = (
    col(AuditEvent.id),
    col(AuditEvent.at),
    col(AuditEvent.user),
    col(AuditEvent.action),
    col(AuditEvent.entity),
    col(AuditEvent.entity_id),
    col(AuditEvent.assessment_id),
    col(AuditEvent.field),
    col(AuditEvent.old_value),
    col(AuditEvent.new_value),
    col(AuditEvent.details),
)


@dataclass(frozen=True)
class ChainHead:
    """The end of the chain: how many rows the trail holds and the last row's hash. Printed on
    reports and exports, it lets anyone later check that the trail was not rewritten since."""

    rows: int
    hash: str

    def __str__(self) -> str:
        return translate("AuditChain", "{rows} changes, chain head {hash}").format(
            rows=self.rows, hash=self.hash or "—"
        )


@dataclass(frozen=True)
class ChainBreak:
    """The first row of the trail whose hash does not follow from the rows before it."""

    row_id: int
    at: datetime | None
    user: str
    action: str
    problem: str
    """What is wrong, in the current language."""

    def __str__(self) -> str:
        when = moment_text(self.at)[:19].replace("T", " ") if self.at else "?"
        return translate(
            "AuditChain", "audit trail row {id} ({when}, {user}, {action}): {problem}"
        ).format(
            id=self.row_id, when=when, user=self.user, action=self.action, problem=self.problem
        )


def last_link(session: Session) -> tuple[int, str]:
    """The id and hash of the trail's newest row ((0, "") in an empty trail), to chain the
    next rows to; in the caller's writing transaction."""
    rows = driver_fetch(session, _last_link_select())
    if not rows or rows[0][0] is None:
        return 0, ""
    return int(rows[0][0]), rows[0][1] or ""


@functools.cache
def _last_link_select() -> Select[int | None, str | None]:
    """Built once: every saved change asks for it, on the driver's cursor, compiled once."""
    return (
        select(col(AuditEvent.id), col(AuditEvent.chain_hash))
        .order_by(col(AuditEvent.id).desc())
        .limit(1)
    )


def chain_head(session: Session) -> ChainHead:
    """The trail's row count and its newest row's hash."""
    count = session.connection().execute(select(func.count(col(AuditEvent.id)))).scalar_one()
    _, newest = last_link(session)
    return ChainHead(int(count), newest)


def check_chain(session: Session) -> ChainBreak | None:
    """Recompute the chain over the whole trail, oldest first; the first row that breaks it
    (None when every row follows from the ones before it). A row breaks it when its content
    was changed, a row before it was removed, inserted or moved, or its hash is missing."""
    rows = session.connection().execute(
        select(*_HASHED, col(AuditEvent.chain_hash)).order_by(col(AuditEvent.id))
    )
    return first_break(rows)


def first_break(rows: Iterable[Sequence[Any]]) -> ChainBreak | None:
    """:func:`check_chain` over rows of (the hashed columns…, chain_hash), in id order."""
    previous: str | None = None  # None: the chain has not started yet
    first = True
    content: Sequence[Any] = ()
    for row in rows:
        *content, stored = row
        action = content[3]
        if previous is None:
            if stored is None:
                first = False
                continue  # a row from before the chain started
            if not first and action != CHAIN_STARTED:
                return _break(
                    content,
                    translate(
                        "AuditChain",
                        "the chain starts here, but this row does not mark its start: the "
                        "hashes of the rows before it were removed",
                    ),
                )
            previous = ""
        if stored is None:
            return _break(content, translate("AuditChain", "its hash is missing"))
        if link(previous, content) != stored:
            return _break(
                content,
                translate(
                    "AuditChain",
                    "it does not match its hash: this row was changed, or a row before it was "
                    "removed, inserted or moved",
                ),
            )
        previous = stored
        first = False
    if previous is None and content:
        # Every project since the chain began has it, from its first row or from the row
        # marking the upgrade: a trail without a single hash had them all removed.
        return _break(content, translate("AuditChain", "its hash is missing"))
    return None


def _break(content: Sequence[Any], problem: str) -> ChainBreak:
    return ChainBreak(
        row_id=int(content[0]),
        at=content[1],
        user=str(content[2]),
        action=str(content[3]),
        problem=problem,
    )
