"""Readiness of an assessment: its elements' results scored under its profile."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from accredit_tracker.core.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    Library,
    MeasurableElement,
    ScoringProfileRecord,
    Standard,
)
from accredit_tracker.core.scoring import (
    AssessmentScore,
    ScoredElement,
    ScoringProfile,
    score_assessment,
)
from accredit_tracker.core.vocabulary import Result


@dataclass(frozen=True)
class AssessmentOverview:
    assessment_id: int
    name: str
    library_name: str
    chapter_titles: dict[str, str]
    score: AssessmentScore


def assessments(session: Session) -> list[Assessment]:
    return list(session.execute(select(Assessment).order_by(Assessment.id)).scalars())  # type: ignore[arg-type]


def profile_of(session: Session, assessment: Assessment) -> ScoringProfile:
    record = session.get(ScoringProfileRecord, assessment.scoring_profile_id)
    assert record is not None
    return ScoringProfile.from_dict(json.loads(record.definition))


def overview(session: Session, assessment_id: int) -> AssessmentOverview:
    """Scores per standard, chapter and overall, and the verdict, for one assessment."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(f"There is no assessment with id {assessment_id}.")
    library = session.get(Library, assessment.library_id)
    assert library is not None
    titles = dict(
        session.execute(
            select(Chapter.code, Chapter.title)
            .where(Chapter.library_id == library.id)  # type: ignore[arg-type]
            .order_by(Chapter.position)
        ).all()
    )
    rows = session.execute(
        select(Chapter.code, Standard.code, ElementAssessment.result)
        .join(Standard, Standard.chapter_id == Chapter.id)  # type: ignore[arg-type]
        .join(MeasurableElement, MeasurableElement.standard_id == Standard.id)  # type: ignore[arg-type]
        .join(ElementAssessment, ElementAssessment.element_id == MeasurableElement.id)  # type: ignore[arg-type]
        .where(ElementAssessment.assessment_id == assessment_id)  # type: ignore[arg-type]
        .order_by(MeasurableElement.position)
    )
    score = score_assessment(
        profile_of(session, assessment),
        (ScoredElement(chapter, standard, Result(result)) for chapter, standard, result in rows),
        known_chapters=titles,
    )
    return AssessmentOverview(assessment_id, assessment.name, library.name, titles, score)
