"""What a surveyor would catch in an assessment: fully met without evidence, evidence past its
review date, elements nobody owns, and standards that fail although their chapter passes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import repeat
from operator import add
from typing import Any, NamedTuple

from sqlalchemy import Select, exists, func
from sqlmodel import Session, col

from accredit_tracker.core.assessment.element_select import element_select
from accredit_tracker.core.evidence.queries import assessment_evidence
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP
from accredit_tracker.core.readiness.scoring import AssessmentScore, ProfileKind
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.models import ElementAssessment, ElementEvidence, Evidence
from accredit_tracker.core.storage.models import MeasurableElement as Element
from accredit_tracker.core.vocabulary import Result

StandardIds = Mapping[tuple[str, str], int]
"""(chapter code, standard code) → the standard's id."""

# Standards are looked up this many ids at a time, well within any database's parameter limit.
_IDS_PER_QUERY = 500


class WarningKind(StrEnum):
    """Which finding a warning reports."""

    FULLY_MET_WITHOUT_EVIDENCE = "fully_met_without_evidence"
    EXPIRED_EVIDENCE = "expired_evidence"
    NO_OWNER = "no_owner"
    FAILING_STANDARD_IN_PASSING_CHAPTER = "failing_standard_in_passing_chapter"

    @property
    def label(self) -> str:
        """The finding's name in English; shown through ``translate("DashboardView", label)``."""
        return _LABELS[self]


# The context is the one the dashboard translates these with (ui/insight/dashboard_view.py).
_LABELS = {
    WarningKind.FULLY_MET_WITHOUT_EVIDENCE: QT_TRANSLATE_NOOP(
        "DashboardView", "Fully met without evidence"
    ),
    WarningKind.EXPIRED_EVIDENCE: QT_TRANSLATE_NOOP(
        "DashboardView", "Evidence past its review date"
    ),
    WarningKind.NO_OWNER: QT_TRANSLATE_NOOP("DashboardView", "No owner"),
    WarningKind.FAILING_STANDARD_IN_PASSING_CHAPTER: QT_TRANSLATE_NOOP(
        "DashboardView", "Standard below its threshold in a passing chapter"
    ),
}


class FlaggedElement(NamedTuple):
    """An element a warning points at (a named tuple, made from a row of the query without a
    Python call per row: a warning may list 100,000 of them)."""

    element_assessment_id: int
    code: str
    files: tuple[str, ...] = ()
    """For evidence past its review date: the names of those files, by name."""


@dataclass(frozen=True)
class FlaggedStandard:
    """A standard below the per-standard threshold, in a chapter that meets its own."""

    chapter_code: str
    code: str
    score: float | None
    threshold: float | None
    elements: tuple[FlaggedElement, ...]


@dataclass(frozen=True)
class QualityWarning:
    """One kind of finding with every element it concerns, in library order."""

    kind: WarningKind
    elements: tuple[FlaggedElement, ...]
    standards: tuple[FlaggedStandard, ...] = ()
    """Only for failing standards in passing chapters: those standards, each with its elements."""

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def count(self) -> int:
        """How many elements it concerns."""
        return len(self.elements)


def quality_warnings(
    session: Session,
    assessment_id: int,
    *,
    today: date,
    score: AssessmentScore,
    standard_ids: StandardIds,
) -> list[QualityWarning]:
    """Every warning, in a fixed order, even those that concern no element; the failing
    standards are looked for only under a points profile (a percentage profile has no
    per-standard threshold)."""
    warnings = [
        QualityWarning(
            WarningKind.FULLY_MET_WITHOUT_EVIDENCE,
            fully_met_without_evidence(session, assessment_id),
        ),
        QualityWarning(
            WarningKind.EXPIRED_EVIDENCE, expired_evidence(session, assessment_id, today=today)
        ),
        QualityWarning(WarningKind.NO_OWNER, without_owner(session, assessment_id)),
    ]
    if score.profile.kind is ProfileKind.POINTS:
        standards = failing_standards_in_passing_chapters(
            session, assessment_id, score, standard_ids
        )
        elements = tuple(e for standard in standards for e in standard.elements)
        warnings.append(
            QualityWarning(WarningKind.FAILING_STANDARD_IN_PASSING_CHAPTER, elements, standards)
        )
    return warnings


def fully_met_without_evidence(session: Session, assessment_id: int) -> tuple[FlaggedElement, ...]:
    """Elements marked fully met with no evidence file linked to them."""
    linked = exists().where(col(ElementEvidence.element_assessment_id) == ElementAssessment.id)
    statement = _flagged(assessment_id).where(
        col(ElementAssessment.result) == Result.FULLY_MET.value, ~linked
    )
    return _elements(session, statement)


def without_owner(session: Session, assessment_id: int) -> tuple[FlaggedElement, ...]:
    """Elements nobody owns (a blank owner), apart from those not applicable."""
    statement = _flagged(assessment_id).where(
        func.trim(col(ElementAssessment.owner)) == "",
        col(ElementAssessment.result) != Result.NOT_APPLICABLE.value,
    )
    return _elements(session, statement)


def expired_evidence(
    session: Session, assessment_id: int, *, today: date
) -> tuple[FlaggedElement, ...]:
    """Elements with evidence whose review date is before ``today``, each with those files'
    names (by name)."""
    statement = (
        assessment_evidence(
            assessment_id, col(ElementAssessment.id), col(Element.code), col(Evidence.name)
        )
        .join(Element, col(Element.id) == ElementAssessment.element_id)
        .where(col(Evidence.review_date) < today)
        .order_by(col(Element.position), col(Evidence.name))
    )
    found: dict[int, tuple[str, list[str]]] = {}
    for element_assessment_id, code, name in driver_rows(session, statement):
        entry = found.get(element_assessment_id)
        if entry is None:
            entry = found[element_assessment_id] = (code, [])
        entry[1].append(name)
    return tuple(
        FlaggedElement(element_assessment_id, code, tuple(names))
        for element_assessment_id, (code, names) in found.items()
    )


def failing_standards_in_passing_chapters(
    session: Session, assessment_id: int, score: AssessmentScore, standard_ids: StandardIds
) -> tuple[FlaggedStandard, ...]:
    """Standards below the per-standard threshold whose chapter meets the chapter threshold
    (the verdict fails on them even though the chapter figures look fine)."""
    passing = {chapter.code for chapter in score.chapters if chapter.meets_threshold is True}
    failing = [
        standard
        for standard in score.standards
        if standard.meets_threshold is False and standard.chapter_code in passing
    ]
    if not failing:
        return ()
    ids = [standard_ids[(s.chapter_code or "", s.code)] for s in failing]
    by_standard: dict[int, list[FlaggedElement]] = {standard_id: [] for standard_id in ids}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        statement = (
            element_select(
                assessment_id,
                col(Element.standard_id),
                col(ElementAssessment.id),
                col(Element.code),
                chapters=False,
            )
            .where(col(Element.standard_id).in_(ids[start : start + _IDS_PER_QUERY]))
            .order_by(col(Element.position))
        )
        for standard_id, element_assessment_id, code in driver_rows(session, statement):
            by_standard[standard_id].append(FlaggedElement(element_assessment_id, code))
    return tuple(
        FlaggedStandard(
            standard.chapter_code or "",
            standard.code,
            standard.score,
            standard.threshold,
            tuple(by_standard[standard_id]),
        )
        for standard, standard_id in zip(failing, ids, strict=True)
    )


def _flagged(assessment_id: int) -> Select[Any]:
    return element_select(
        assessment_id, col(ElementAssessment.id), col(Element.code), chapters=False
    ).order_by(col(Element.position))


def _elements(session: Session, statement: Select[Any]) -> tuple[FlaggedElement, ...]:
    rows: Sequence[Any] = driver_rows(session, statement)
    no_files = ((),)
    return tuple(map(tuple.__new__, repeat(FlaggedElement), map(add, rows, repeat(no_files))))
