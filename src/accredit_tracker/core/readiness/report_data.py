"""What the audit report of an assessment shows, read from the project: its heading and scores,
every measurable element with its state, the evidence files and the assessment's audit trail."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from typing import Any, NamedTuple

from sqlalchemy import ClauseElement, and_, func, select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.element_select import (
    LISTED_COLUMNS,
    STATE_COLUMNS,
    element_select,
)
from accredit_tracker.core.assessment.overdue import element_overdue
from accredit_tracker.core.evidence.queries import assessment_evidence, evidence_file_select
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.dashboard import result_counts
from accredit_tracker.core.readiness.overview import chapter_titles, profile_of
from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    NodeScore,
    ProfileKind,
    ScoringProfile,
    score_counts,
)
from accredit_tracker.core.readiness.warnings import WarningKind
from accredit_tracker.core.storage.bulk_read import driver_date, driver_moment, driver_row_batches
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    Library,
    MeasurableElement,
)
from accredit_tracker.core.storage.project_details import facility_name
from accredit_tracker.core.text import search_key
from accredit_tracker.core.vocabulary import (
    RESULT_BY_VALUE,
    STATUS_BY_VALUE,
    AssessmentKind,
    Result,
    WorkStatus,
)

ACTION_RESULTS = frozenset({Result.PARTIALLY_MET, Result.NOT_MET})
"""Results that put an element on the action plan; not assessed ones are added on request
(:func:`planned_results`)."""

# Rows are read from the database this many at a time, so that a report of 100,000 elements
# never holds them all in memory.
_BATCH = 2000


@dataclass(frozen=True)
class ReportHeading:
    """The facts at the top of the report: whose assessment of what, under which profile."""

    facility: str
    assessment_id: int
    assessment_name: str
    assessment_kind: AssessmentKind
    starts_on: date | None
    ends_on: date | None
    library_name: str
    library_id: int
    profile: ScoringProfile
    chapter_titles: dict[str, str]
    """Chapter code → title, in library order."""


class ElementLine(NamedTuple):
    """One measurable element of the assessment as the report lists it (a named tuple: a report
    streams 100,000 of them)."""

    element_assessment_id: int
    chapter_code: str
    standard_code: str
    code: str
    text: str
    result: Result
    points: float | None
    """Points the result earns under the assessment's profile; ``None`` when it earns none
    (not assessed, not applicable, or a profile without points)."""
    work_status: WorkStatus
    owner: str
    department: str
    due_date: date | None
    notes: str
    evidence: tuple[str, ...]
    """Names of the evidence files linked to it, oldest first."""
    updated_at: datetime | None
    """When it last changed, in UTC."""
    updated_by: str
    version: int

    def is_overdue(self, today: date) -> bool:
        """Past its due date while neither its result nor its work status says it is done."""
        return element_overdue(self.due_date, self.result, self.work_status, today)


@dataclass(frozen=True)
class EvidenceLine:
    """One evidence file supporting elements of the assessment."""

    evidence_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    description: str
    review_date: date | None
    added_at: datetime
    """In UTC."""
    added_by: str
    supports: tuple[str, ...]
    """Codes of the assessment's elements it supports, in library order."""
    expired: bool
    """Its review date has passed."""


class AuditLine(NamedTuple):
    """One recorded change within the assessment."""

    at: datetime
    """In UTC."""
    user: str
    action: str
    entity: str
    element_code: str
    """The measurable element's code when the change was made to one, otherwise empty."""
    field: str
    old_value: str
    new_value: str
    details: str


def planned_results(*, include_not_assessed: bool) -> frozenset[Result]:
    """The results an action plan lists: partially met and not met, and not assessed too
    when ``include_not_assessed``."""
    if include_not_assessed:
        return ACTION_RESULTS | {Result.NOT_ASSESSED}
    return ACTION_RESULTS


def report_heading(session: Session, assessment_id: int, facility: str) -> ReportHeading:
    """The assessment's heading; ``LookupError`` when there is no such assessment. The
    facility is named as the project's details name it, else as ``facility`` (the project's
    name)."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    library = session.get(Library, assessment.library_id)
    assert library is not None
    return ReportHeading(
        facility=facility_name(session) or facility,
        assessment_id=assessment_id,
        assessment_name=assessment.name,
        assessment_kind=AssessmentKind(assessment.kind),
        starts_on=assessment.starts_on,
        ends_on=assessment.ends_on,
        library_name=library.name,
        library_id=assessment.library_id,
        profile=profile_of(session, assessment),
        chapter_titles=chapter_titles(session, assessment.library_id),
    )


def current_score(session: Session, heading: ReportHeading) -> AssessmentScore:
    """The assessment's scores (overall, per chapter, per standard) as the dashboard works
    them out, from one grouped query: known before the report's pass over the elements."""
    counts, _ = result_counts(session, heading.assessment_id)
    return score_counts(heading.profile, counts, known_chapters=heading.chapter_titles)


class Finding(NamedTuple):
    """One thing a surveyor would catch about an element."""

    kind: WarningKind
    files: tuple[str, ...] = ()
    """For evidence past its review date: those files' names, by name."""
    standard: NodeScore | None = None
    """For a failing standard in a passing chapter: that standard's score."""


class ElementFindings:
    """What a surveyor would catch about each element as the report lists it: the dashboard's
    warnings (:mod:`core.readiness.warnings`, whose queries state the rules) worked out from an
    :class:`ElementLine`, the evidence files and the scores the report reads anyway, so that
    the report finds them in its one pass over the elements without another query."""

    def __init__(self, score: AssessmentScore, evidence: Iterable[EvidenceLine]) -> None:
        expired: dict[str, list[str]] = {}
        for file in evidence:
            if file.expired:
                for code in file.supports:
                    expired.setdefault(code, []).append(file.name)
        self._expired = {code: tuple(sorted(names)) for code, names in expired.items()}
        self._failing: dict[tuple[str, str], Finding] = {}
        if score.profile.kind is ProfileKind.POINTS:
            passing = {c.code for c in score.chapters if c.meets_threshold is True}
            self._failing = {
                (s.chapter_code or "", s.code): Finding(
                    WarningKind.FAILING_STANDARD_IN_PASSING_CHAPTER, standard=s
                )
                for s in score.standards
                if s.meets_threshold is False and s.chapter_code in passing
            }
        self._without_evidence = Finding(WarningKind.FULLY_MET_WITHOUT_EVIDENCE)
        self._no_owner = Finding(WarningKind.NO_OWNER)

    def of(self, line: ElementLine) -> list[Finding] | None:
        """The findings about the element in the dashboard's order; ``None`` when none."""
        found = None
        if line.result is Result.FULLY_MET and not line.evidence:
            found = [self._without_evidence]
        files = self._expired.get(line.code)
        if files is not None:
            found = found or []
            found.append(Finding(WarningKind.EXPIRED_EVIDENCE, files))
        # As the dashboard's query: a blank owner is empty once spaces are trimmed.
        if line.result is not Result.NOT_APPLICABLE and not line.owner.strip(" "):
            found = found or []
            found.append(self._no_owner)
        failing = self._failing.get((line.chapter_code, line.standard_code))
        if failing is not None:
            found = found or []
            found.append(failing)
        return found


def points_for(profile: ScoringProfile, result: Result) -> float | None:
    """Points the result earns under the profile, or ``None`` when it earns none."""
    if profile.points is None or result in (Result.NOT_ASSESSED, Result.NOT_APPLICABLE):
        return None
    return profile.points.for_result(result)


def element_count(session: Session, assessment_id: int) -> int:
    """How many measurable elements the assessment has."""
    return int(
        session.execute(
            select(func.count()).where(col(ElementAssessment.assessment_id) == assessment_id)
        ).scalar_one()
    )


def element_lines(session: Session, assessment_id: int) -> Iterator[ElementLine]:
    """Every measurable element of the assessment in library order, read in batches as the
    iterator is consumed; ``LookupError`` at once when there is no such assessment."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    profile = profile_of(session, assessment)
    points = {result: points_for(profile, result) for result in Result}
    statement = element_select(assessment_id, *LISTED_COLUMNS, *STATE_COLUMNS).order_by(
        col(MeasurableElement.position)
    )
    return _element_lines(session, statement, points, _evidence_names(session, assessment_id))


def _element_lines(
    session: Session,
    statement: ClauseElement,
    points: dict[Result, float | None],
    evidence: dict[int, tuple[str, ...]],
) -> Iterator[ElementLine]:
    results, statuses, no_files = RESULT_BY_VALUE, STATUS_BY_VALUE, ()
    for (
        ea_id,
        chapter,
        standard,
        code,
        text,
        result,
        status,
        owner,
        department,
        due,
        notes,
        updated_at,
        updated_by,
        version,
    ) in _streamed(session, statement):
        found = results[result]
        yield ElementLine(
            ea_id,
            chapter,
            standard,
            code,
            text,
            found,
            points[found],
            statuses[status],
            owner,
            department,
            driver_date(due),
            notes,
            evidence.get(ea_id, no_files),
            driver_moment(updated_at),
            updated_by,
            version,
        )


def evidence_lines(session: Session, assessment_id: int, *, today: date) -> list[EvidenceLine]:
    """The evidence files linked to elements of the assessment, by name as the evidence
    library sorts them; each with the codes of the assessment's elements it supports."""
    statement = (
        evidence_file_select(col(MeasurableElement.code))
        .join(ElementEvidence, col(ElementEvidence.evidence_id) == Evidence.id)
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(MeasurableElement.position))
    )
    files: dict[int, tuple[Any, ...]] = {}
    supports: dict[int, list[str]] = {}
    for evidence_id, *facts, code in _streamed(session, statement):
        files.setdefault(evidence_id, tuple(facts))
        supports.setdefault(evidence_id, []).append(code)
    lines = []
    for evidence_id, (name, media, size, sha256, added, by, review, description) in files.items():
        review_date = driver_date(review)
        added_at = driver_moment(added)
        assert added_at is not None
        lines.append(
            EvidenceLine(
                evidence_id=evidence_id,
                name=name,
                media_type=media,
                size=size,
                sha256=sha256,
                description=description,
                review_date=review_date,
                added_at=added_at,
                added_by=by,
                supports=tuple(supports[evidence_id]),
                expired=review_date is not None and review_date < today,
            )
        )
    lines.sort(key=lambda line: (search_key(line.name), line.evidence_id))
    return lines


def audit_event_count(session: Session, assessment_id: int) -> int:
    """How many changes the assessment's audit trail holds."""
    return int(
        session.execute(
            select(func.count()).where(col(AuditEvent.assessment_id) == assessment_id)
        ).scalar_one()
    )


def audit_lines(session: Session, assessment_id: int) -> Iterator[AuditLine]:
    """The assessment's audit trail, oldest first, read in batches."""
    statement = (
        select(
            col(AuditEvent.at),
            col(AuditEvent.user),
            col(AuditEvent.action),
            col(AuditEvent.entity),
            func.coalesce(col(MeasurableElement.code), ""),
            col(AuditEvent.field),
            func.coalesce(col(AuditEvent.old_value), ""),
            func.coalesce(col(AuditEvent.new_value), ""),
            col(AuditEvent.details),
        )
        .outerjoin(
            ElementAssessment,
            and_(
                col(AuditEvent.entity) == "element_assessment",
                col(ElementAssessment.id) == AuditEvent.entity_id,
            ),
        )
        .outerjoin(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(col(AuditEvent.assessment_id) == assessment_id)
        .order_by(col(AuditEvent.id))
    )
    for at, *rest in _streamed(session, statement):
        moment = driver_moment(at)
        assert moment is not None
        yield AuditLine(moment, *rest)


def _evidence_names(session: Session, assessment_id: int) -> dict[int, tuple[str, ...]]:
    """Element assessment id → names of its evidence files, oldest first."""
    rows = session.execute(
        assessment_evidence(
            assessment_id, col(ElementEvidence.element_assessment_id), col(Evidence.name)
        ).order_by(col(Evidence.added_at), col(Evidence.id))
    )
    names: dict[int, list[str]] = {}
    for element_assessment_id, name in rows:
        names.setdefault(element_assessment_id, []).append(name)
    return {key: tuple(value) for key, value in names.items()}


def _streamed(session: Session, statement: ClauseElement) -> Iterator[tuple[Any, ...]]:
    """The statement's rows as the database driver returns them (dates as ISO text on
    SQLite), a batch at a time: SQLAlchemy's per-row processing would cost more than the
    query."""
    return chain.from_iterable(driver_row_batches(session, statement, _BATCH))
