"""What every element of an assessment holds now, by code: what an imported sheet is compared to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.bulk_read import driver_rows
from accredit_tracker.core.models import ElementAssessment, MeasurableElement
from accredit_tracker.core.vocabulary import Result, WorkStatus

_RESULTS = {result.value: result for result in Result}
_STATUSES = {status.value: status for status in WorkStatus}


@dataclass(slots=True)
class ElementState:
    """The fields an officer edits of one element assessment, its version and last change."""

    element_assessment_id: int
    code: str
    result: Result
    work_status: WorkStatus
    owner: str
    department: str
    due_date: date | None
    notes: str
    version: int
    updated_at: datetime | None  # in UTC
    updated_by: str


def element_states(session: Session, assessment_id: int) -> list[ElementState]:
    """Every element of the assessment with its code and stored state, in library order.

    Leaner than the checklist's rows (no texts, evidence or chapters), so that reading 100,000
    of them to compare with a spreadsheet costs a fraction of reading the spreadsheet.
    """
    rows = driver_rows(
        session,
        select(
            col(ElementAssessment.id),
            col(MeasurableElement.code),
            col(ElementAssessment.result),
            col(ElementAssessment.work_status),
            col(ElementAssessment.owner),
            col(ElementAssessment.department),
            col(ElementAssessment.due_date),
            col(ElementAssessment.notes),
            col(ElementAssessment.version),
            col(ElementAssessment.updated_at),
            col(ElementAssessment.updated_by),
            col(MeasurableElement.position),
        )
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id),
    )
    results, statuses = _RESULTS, _STATUSES
    ordered = sorted(rows, key=lambda row: row[-1])
    return [
        ElementState(
            row_id,
            code,
            results[result],
            statuses[status],
            owner,
            department,
            _date(due) if due is not None else None,
            notes,
            version,
            _moment(updated_at) if updated_at is not None else None,
            updated_by,
        )
        for (
            row_id,
            code,
            result,
            status,
            owner,
            department,
            due,
            notes,
            version,
            updated_at,
            updated_by,
            _,
        ) in ordered
    ]


def _date(value: date | str) -> date:
    """A date as the driver returns it: SQLite gives ISO text, other databases a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _moment(value: datetime | str) -> datetime:
    """A stored moment in UTC: SQLite keeps no offset, so its text is read as UTC."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
