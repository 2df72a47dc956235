"""The overdue rule: a due date passed while neither the result nor the work status says done."""

from __future__ import annotations

from datetime import date
from typing import Final

from sqlalchemy import ColumnElement, and_
from sqlmodel import col

from accredit_tracker.core.storage.models import ElementAssessment
from accredit_tracker.core.vocabulary import Result, WorkStatus

DONE_RESULTS: Final = frozenset({Result.FULLY_MET, Result.NOT_APPLICABLE})
"""Results that settle an element, so that it is never overdue."""

DONE_STATUS: Final = WorkStatus.DONE
"""The work status that settles an element, whatever its result."""


def element_overdue(
    due_date: date | None, result: Result, work_status: WorkStatus, today: date
) -> bool:
    """Past its due date (before ``today``) while neither its result nor its work status says
    it is done."""
    return (
        due_date is not None
        and due_date < today
        and result not in DONE_RESULTS
        and work_status != DONE_STATUS
    )


def overdue_condition(today: date) -> ColumnElement[bool]:
    """The same rule as :func:`element_overdue`, as a condition on ``element_assessment`` rows
    for a query (a null due date never compares, so it is never overdue)."""
    return and_(
        col(ElementAssessment.due_date) < today,
        col(ElementAssessment.result).not_in(sorted(r.value for r in DONE_RESULTS)),
        col(ElementAssessment.work_status) != DONE_STATUS.value,
    )
