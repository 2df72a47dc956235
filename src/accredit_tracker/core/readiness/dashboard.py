"""The readiness dashboard of one assessment: its score and verdict, each chapter's figures, the
spread of results, overdue work by owner, readiness day by day and the quality warnings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.element_select import element_select
from accredit_tracker.core.assessment.overdue import overdue_condition
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.readiness.history import ReadinessPoint, readiness_history
from accredit_tracker.core.readiness.overview import chapter_titles, profile_of
from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    ResultCounts,
    ScoringProfile,
    Verdict,
    format_score,
    score_counts,
)
from accredit_tracker.core.readiness.warnings import QualityWarning, StandardIds, quality_warnings
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    Library,
    Standard,
)
from accredit_tracker.core.storage.models import MeasurableElement as Element
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, Result

NO_OWNER = QT_TRANSLATE_NOOP("Dashboard", "(no owner)")
"""How overdue work with a blank owner is listed (in English; the dashboard lists it in the
current language)."""


@dataclass(frozen=True)
class ChapterReadiness:
    """One chapter's figures under the assessment's profile."""

    code: str
    title: str
    score: float | None
    """``None`` while none of its applicable elements is assessed."""
    score_text: str
    """The score as the app shows it ("8.6", "87 %", "—")."""
    threshold: float | None
    """The chapter threshold of a points profile; ``None`` when there is none."""
    meets: bool | None
    """``None`` when there is no threshold or no score, or too little is assessed."""
    elements: int
    applicable: int
    fully_met: int
    not_assessed: int
    enough_assessed: bool = True
    """Whether enough of its applicable elements are assessed for its score to be judged
    (the profile's coverage threshold); when not, it reads "not enough assessed"."""

    @property
    def too_little_assessed(self) -> bool:
        return self.score is not None and not self.enough_assessed


@dataclass(frozen=True)
class Dashboard:
    """Everything the readiness dashboard shows for one assessment, as of ``today``."""

    assessment_id: int
    assessment_name: str
    library_name: str
    today: date
    profile: ScoringProfile
    overall: float | None
    overall_text: str
    """The overall score as the app shows it ("8.6", "87 %", "—")."""
    verdict: Verdict
    chapters: tuple[ChapterReadiness, ...]
    """In library order, with chapters that have no elements too."""
    distribution: dict[Result, int]
    """How many elements have each result, every result present, in the order of ``Result``."""
    overdue_by_owner: dict[str, int]
    """Owner → overdue elements, most first (then by name); a blank owner is :data:`NO_OWNER`,
    in the current language."""
    history: tuple[ReadinessPoint, ...]
    """One point per day, from the assessment's creation to ``today``."""
    warnings: tuple[QualityWarning, ...]
    score: AssessmentScore
    """The full score, with every standard's figures."""


def dashboard(session: Session, assessment_id: int, *, today: date) -> Dashboard:
    """The dashboard of the assessment; ``LookupError`` when there is no such assessment.

    Every figure comes from grouped queries (results per standard, overdue per owner, result
    changes per hour) and the flagged elements, so it opens quickly at 100,000 elements.
    """
    with paused_garbage_collection():
        return _dashboard(session, assessment_id, today)


def _dashboard(session: Session, assessment_id: int, today: date) -> Dashboard:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    library = session.get(Library, assessment.library_id)
    assert library is not None
    profile = profile_of(session, assessment)
    titles = chapter_titles(session, assessment.library_id)
    counts, standard_ids = result_counts(session, assessment_id)
    score = score_counts(profile, counts, known_chapters=titles)
    distribution = {result: score.counts[result] for result in Result}
    return Dashboard(
        assessment_id=assessment_id,
        assessment_name=assessment.name,
        library_name=library.name,
        today=today,
        profile=profile,
        overall=score.overall,
        overall_text=format_score(profile, score.overall),
        verdict=score.verdict,
        chapters=tuple(
            ChapterReadiness(
                code=node.code,
                title=titles.get(node.code, ""),
                score=node.score,
                score_text=format_score(profile, node.score),
                threshold=node.threshold,
                meets=node.meets_threshold,
                elements=node.elements,
                applicable=node.applicable,
                fully_met=node.counts[Result.FULLY_MET],
                not_assessed=node.not_assessed,
                enough_assessed=node.enough_assessed,
            )
            for node in score.chapters
        ),
        distribution=distribution,
        overdue_by_owner=overdue_by_owner(session, assessment_id, today=today),
        history=tuple(readiness_history(session, assessment_id, today=today, current=distribution)),
        warnings=tuple(
            quality_warnings(
                session, assessment_id, today=today, score=score, standard_ids=standard_ids
            )
        ),
        score=score,
    )


def result_counts(session: Session, assessment_id: int) -> tuple[ResultCounts, StandardIds]:
    """How many elements of each standard have each result (as :func:`scoring.count_results`
    counts them, standards in the order of their first element), with every standard's id."""
    statement = (
        element_select(
            assessment_id,
            col(Chapter.code),
            col(Standard.code),
            col(Standard.id),
            col(ElementAssessment.result),
            func.count(),
        )
        # The chapter's id too, so that PostgreSQL knows each group has one chapter code (it
        # sees the standard's code follow from the standard's id, not the chapter's).
        .group_by(col(Standard.id), col(Chapter.id), col(ElementAssessment.result))
        .order_by(func.min(col(Element.position)))
    )
    rows = driver_rows(session, statement)
    results = RESULT_BY_VALUE
    counts: ResultCounts = Counter({(c, s, results[r]): n for c, s, _, r, n in rows})
    standard_ids = {(c, s): standard_id for c, s, standard_id, _, _ in rows}
    return counts, standard_ids


def overdue_by_owner(session: Session, assessment_id: int, *, today: date) -> dict[str, int]:
    """Owner → how many of the assessment's elements are overdue on ``today`` (the rule of
    :mod:`core.overdue`), most first, then by name; a blank owner is :data:`NO_OWNER`."""
    owner = func.trim(col(ElementAssessment.owner))
    statement = (
        select(owner, func.count())
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .where(overdue_condition(today))
        .group_by(owner)
    )
    no_owner = translate("Dashboard", NO_OWNER)
    found = [(name or no_owner, n) for name, n in driver_rows(session, statement)]
    found.sort(key=lambda entry: (-entry[1], entry[0].casefold()))
    return dict(found)
