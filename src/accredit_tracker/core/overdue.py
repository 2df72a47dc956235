"""The overdue rule: a due date passed while neither the result nor the work status says done."""

from __future__ import annotations

from datetime import date
from typing import Final

from accredit_tracker.core.vocabulary import Result, WorkStatus

DONE_RESULTS: Final = frozenset({Result.FULLY_MET, Result.NOT_APPLICABLE})
"""Results that settle an element, so that it is never overdue."""


def element_overdue(
    due_date: date | None, result: Result, work_status: WorkStatus, today: date
) -> bool:
    """Past its due date (before ``today``) while neither its result nor its work status says
    it is done."""
    return (
        due_date is not None
        and due_date < today
        and result not in DONE_RESULTS
        and work_status != WorkStatus.DONE
    )
