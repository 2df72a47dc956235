"""The checklist of one assessment: its element rows, filters over them, and each one's history."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Executable, Select, bindparam, case, func, select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.element_select import (
    LISTED_COLUMNS,
    STATE_COLUMNS,
    element_select,
)
from accredit_tracker.core.assessment.overdue import element_overdue
from accredit_tracker.core.storage.bulk_read import driver_moment, driver_rows
from accredit_tracker.core.storage.driver_statements import driver_fetch
from accredit_tracker.core.storage.models import (
    AuditEvent,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    MeasurableElement,
)
from accredit_tracker.core.storage.stored_elements import listed_elements
from accredit_tracker.core.text import search_key
from accredit_tracker.core.vocabulary import Result, WorkStatus


@dataclass(slots=True)
class ElementRow:
    """One measurable element as the checklist shows it, with its state in the assessment."""

    # The fields in the order of element_rows' columns (see stored_elements.listed_elements).
    element_assessment_id: int
    chapter_code: str
    standard_code: str
    code: str
    text: str
    result: Result
    work_status: WorkStatus
    owner: str
    department: str
    due_date: date | None
    notes: str
    updated_at: datetime | None
    updated_by: str
    version: int
    evidence_count: int
    expired_evidence: int
    """How many of its evidence files are past their review date."""
    position: int
    search_key: str

    def is_overdue(self, today: date) -> bool:
        return element_overdue(self.due_date, self.result, self.work_status, today)


def element_rows(
    session: Session,
    assessment_id: int,
    only: list[int] | None = None,
    *,
    today: date | None = None,
) -> list[ElementRow]:
    """The assessment's elements in library order (or just those with the ids in ``only``);
    evidence whose review date is before ``today`` (default: the computer's date) counts as
    expired."""
    # Both evidence counts from one grouped pass over the links, joined on: cheaper at
    # 100,000 elements than two correlated subqueries per row.
    evidence = (
        select(
            col(ElementEvidence.element_assessment_id).label("element_assessment_id"),
            func.count().label("files"),
            func.sum(case((col(Evidence.review_date) < (today or date.today()), 1), else_=0)).label(
                "expired"
            ),
        )
        .join(Evidence, col(Evidence.id) == ElementEvidence.evidence_id)
        .group_by(col(ElementEvidence.element_assessment_id))
        .subquery()
    )
    # The columns listed_elements takes, in its order.
    statement = element_select(
        assessment_id,
        *LISTED_COLUMNS,
        *STATE_COLUMNS,
        func.coalesce(evidence.c.files, 0),
        func.coalesce(evidence.c.expired, 0),
        col(MeasurableElement.position),
        col(MeasurableElement.search_key),
    ).outerjoin(evidence, evidence.c.element_assessment_id == ElementAssessment.id)
    if only is None:
        stored: Sequence[Any] = driver_rows(session, statement)
    else:
        # A few rows after an edit: SQLAlchemy's cached compilation beats compiling anew.
        stored = (
            session.connection().execute(statement.where(col(ElementAssessment.id).in_(only))).all()
        )
    rows = listed_elements(stored, ElementRow)
    # Sorted here rather than by SQL: SQLite would sort the wide rows in a temporary B-tree,
    # a quarter of the query's time at 100,000 rows.
    rows.sort(key=attrgetter("position"))
    return rows


@dataclass(frozen=True)
class ElementFilter:
    """What the filter bar asks for; every part that is set must match (they combine)."""

    text: str = ""
    results: frozenset[Result] = frozenset()
    statuses: frozenset[WorkStatus] = frozenset()
    owner: str | None = None
    overdue: bool = False
    no_evidence: bool = False
    expired_evidence: bool = False
    chapter_code: str | None = None
    standard_code: str | None = None
    among: frozenset[int] | None = None
    """Only these element assessments (those whose element has a chosen attribute, those served
    by an overdue corrective action, or a review queue such as the elements carried through a
    mapping and not yet reviewed); None for no such limit."""

    def apply(self, rows: list[ElementRow], today: date) -> list[ElementRow]:
        """The rows that match, in their given order; done in Python, which at 100,000 rows
        is far faster than a proxy model asking for every cell."""
        needle = search_key(self.text.strip())
        kept = rows
        if self.among is not None:
            among = self.among
            kept = [r for r in kept if r.element_assessment_id in among]
        if self.chapter_code is not None:
            kept = [r for r in kept if r.chapter_code == self.chapter_code]
        if self.standard_code is not None:
            kept = [r for r in kept if r.standard_code == self.standard_code]
        if self.among is not None:
            among = self.among
            kept = [r for r in kept if r.element_assessment_id in among]
        if self.results:
            kept = [r for r in kept if r.result in self.results]
        if self.statuses:
            kept = [r for r in kept if r.work_status in self.statuses]
        if self.owner is not None:
            kept = [r for r in kept if r.owner == self.owner]
        if self.overdue:
            kept = [r for r in kept if r.is_overdue(today)]
        if self.no_evidence:
            kept = [r for r in kept if r.evidence_count == 0]
        if self.expired_evidence:
            kept = [r for r in kept if r.expired_evidence]
        if needle:
            kept = [
                r
                for r in kept
                if needle in r.search_key or (r.notes and needle in search_key(r.notes))
            ]
        return kept


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    """In UTC."""
    user: str
    field: str
    old_value: str
    new_value: str


def element_history(session: Session, element_assessment_id: int) -> list[HistoryEntry]:
    """Every recorded change of one element assessment, newest first."""
    rows = session.connection().execute(
        _history_select(), {"element_assessment_id": element_assessment_id}
    )
    return [
        HistoryEntry(moment, user, field, old or "", new or "")
        for at, user, field, old, new in rows
        if (moment := driver_moment(at)) is not None
    ]


# The two queries below run after every change a window makes; each is built once, so that
# SQLAlchemy finds its compiled form in its cache.


@functools.cache
def _history_select() -> Executable:
    return (
        select(
            col(AuditEvent.at),
            col(AuditEvent.user),
            col(AuditEvent.field),
            col(AuditEvent.old_value),
            col(AuditEvent.new_value),
        )
        .where(col(AuditEvent.entity) == "element_assessment")
        .where(col(AuditEvent.entity_id) == bindparam("element_assessment_id"))
        .order_by(col(AuditEvent.id).desc())
    )


@functools.cache
def _change_counter_select() -> Select[Any]:
    return select(func.coalesce(func.max(AuditEvent.id), 0))


def names_in_use(session: Session, field: str) -> list[str]:
    """Owners (or departments) already given to elements, for completion, most used first."""
    column = {"owner": ElementAssessment.owner, "department": ElementAssessment.department}[field]
    rows = session.execute(
        select(col(column), func.count())
        .where(col(column) != "")
        .group_by(col(column))
        .order_by(func.count().desc(), col(column))
    )
    return [name for name, _ in rows]


def change_counter(session: Session) -> int:
    """Grows with every saved change (each writes an audit row): a cheap "has anything changed"
    for windows that show the same project in another process."""
    # Asked after every saved change: run on the driver's cursor, its SQL compiled once.
    return int(driver_fetch(session, _change_counter_select())[0][0])
