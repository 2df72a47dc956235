"""The select that the readers of an assessment's measurable elements build on."""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import Select, select
from sqlmodel import col

from accredit_tracker.core.storage.models import (
    Chapter,
    ElementAssessment,
    MeasurableElement,
    Standard,
)

LISTED_COLUMNS: Final = (
    col(ElementAssessment.id),
    col(Chapter.code),
    col(Standard.code),
    col(MeasurableElement.code),
    col(MeasurableElement.text),
)
"""An element as the checklist and the report list it: its element assessment's id, then its
chapter's, its standard's and its own code, and its text."""

STATE_COLUMNS: Final = (
    col(ElementAssessment.result),
    col(ElementAssessment.work_status),
    col(ElementAssessment.owner),
    col(ElementAssessment.department),
    col(ElementAssessment.due_date),
    col(ElementAssessment.notes),
    col(ElementAssessment.updated_at),
    col(ElementAssessment.updated_by),
    col(ElementAssessment.version),
)
"""An element assessment's state in this order: result, work status, owner, department, due
date, notes, then when and by whom it last changed and its version."""


def element_select(assessment_id: int, *columns: Any, chapters: bool = True) -> Select[Any]:
    """Select ``columns`` for every element assessment of the assessment, joined to its
    measurable element and (unless ``chapters`` is false) that element's standard and chapter."""
    statement = (
        select(*columns)
        .select_from(ElementAssessment)
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
    )
    if chapters:
        statement = statement.join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        statement = statement.join(Chapter, col(Chapter.id) == Standard.chapter_id)
    return statement.where(col(ElementAssessment.assessment_id) == assessment_id)
