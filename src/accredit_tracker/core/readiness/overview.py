"""Readiness of an assessment: its elements' results scored under its profile."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    ScoredElement,
    ScoringProfile,
    score_assessment,
)
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    Library,
    MeasurableElement,
    ScoringProfileRecord,
    Standard,
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
    return list(session.execute(select(Assessment).order_by(col(Assessment.id))).scalars())


def profile_of(session: Session, assessment: Assessment) -> ScoringProfile:
    record = session.get(ScoringProfileRecord, assessment.scoring_profile_id)
    assert record is not None
    return ScoringProfile.from_dict(json.loads(record.definition))


def chapter_titles(session: Session, library_id: int) -> dict[str, str]:
    """Chapter code → title, in library order."""
    return dict(
        driver_rows(
            session,
            select(col(Chapter.code), col(Chapter.title))
            .where(col(Chapter.library_id) == library_id)
            .order_by(col(Chapter.position)),
        )
    )


def standard_texts(session: Session, library_id: int) -> dict[str, str]:
    """Standard code → its text."""
    return dict(
        driver_rows(
            session,
            select(col(Standard.code), col(Standard.text)).where(
                col(Standard.library_id) == library_id
            ),
        )
    )


def overview(session: Session, assessment_id: int) -> AssessmentOverview:
    """Scores per standard, chapter and overall, and the verdict, for one assessment."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    library = session.get(Library, assessment.library_id)
    assert library is not None
    assert library.id is not None
    titles = chapter_titles(session, library.id)
    rows = session.execute(
        select(col(Chapter.code), col(Standard.code), col(ElementAssessment.result))
        .join(Standard, col(Standard.chapter_id) == col(Chapter.id))
        .join(MeasurableElement, col(MeasurableElement.standard_id) == col(Standard.id))
        .join(ElementAssessment, col(ElementAssessment.element_id) == col(MeasurableElement.id))
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(MeasurableElement.position))
    )
    score = score_assessment(
        profile_of(session, assessment),
        (ScoredElement(chapter, standard, Result(result)) for chapter, standard, result in rows),
        known_chapters=titles,
    )
    return AssessmentOverview(assessment_id, assessment.name, library.name, titles, score)
