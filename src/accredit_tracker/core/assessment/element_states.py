"""What every element of an assessment holds now, by code: what an imported sheet is compared to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col

from accredit_tracker.core.assessment.element_select import STATE_COLUMNS, element_select
from accredit_tracker.core.storage.bulk_read import driver_date, driver_moment, driver_rows
from accredit_tracker.core.storage.models import ElementAssessment, MeasurableElement
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, STATUS_BY_VALUE, Result, WorkStatus


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
        element_select(
            assessment_id,
            col(ElementAssessment.id),
            col(MeasurableElement.code),
            *STATE_COLUMNS,
            col(MeasurableElement.position),
            chapters=False,
        ),
    )
    results, statuses = RESULT_BY_VALUE, STATUS_BY_VALUE
    ordered = sorted(rows, key=lambda row: row[-1])
    return [
        ElementState(
            row_id,
            code,
            results[result],
            statuses[status],
            owner,
            department,
            driver_date(due) if due is not None else None,
            notes,
            version,
            driver_moment(updated_at) if updated_at is not None else None,
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
            updated_at,
            updated_by,
            version,
            _,
        ) in ordered
    ]
