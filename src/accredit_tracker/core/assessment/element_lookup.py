"""Finding a measurable element of an assessment by its code as a person types it."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.storage.models import ElementAssessment, MeasurableElement


class CodeMatch(NamedTuple):
    """An element assessment found by code, with the element's code as stored."""

    code: str
    element_assessment_id: int


def element_assessments_by_code(session: Session, assessment_id: int, code: str) -> list[CodeMatch]:
    """The assessment's element assessments whose element has the code ``code``: the one
    that matches exactly when there is one, otherwise every one that matches ignoring case
    and spaces ("pci.3.1 me2" finds "PCI.3.1 ME 2"), in library order. Empty when none
    does; more than one means the code as typed is ambiguous.
    """
    rows = session.execute(
        select(col(MeasurableElement.code), col(ElementAssessment.id))
        .join(ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(MeasurableElement.position))
    ).all()
    exact = [CodeMatch(c, i) for c, i in rows if c == code]
    if exact:
        return exact[:1]
    folded = folded_code(code)
    return [CodeMatch(c, i) for c, i in rows if folded_code(c) == folded]


def folded_code(code: str) -> str:
    """The code blind to case and spaces, as codes are matched when none matches exactly."""
    return "".join(code.split()).casefold()
