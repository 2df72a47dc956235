"""What the audit report of an assessment shows, read from the project: its heading and scores,
every measurable element with its state, the evidence files and the assessment's audit trail."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import ClauseElement, and_, func, select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session, col

from accredit_tracker.core.checklist import DONE_RESULTS
from accredit_tracker.core.models import (
    Assessment,
    AuditEvent,
    Chapter,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    EvidenceContent,
    Library,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.readiness import chapter_titles, profile_of
from accredit_tracker.core.scoring import (
    AssessmentScore,
    ResultCounts,
    ScoringProfile,
    score_counts,
)
from accredit_tracker.core.text import search_key
from accredit_tracker.core.vocabulary import AssessmentKind, Result, WorkStatus

GAP_RESULTS = frozenset({Result.PARTIALLY_MET, Result.NOT_MET, Result.NOT_ASSESSED})
"""Results that put an element on the action plan."""

# Rows are read from the database this many at a time, so that a report of 100,000 elements
# never holds them all in memory.
_BATCH = 2000
_RESULT_BY_VALUE = {result.value: result for result in Result}
_STATUS_BY_VALUE = {status.value: status for status in WorkStatus}


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

    @property
    def is_gap(self) -> bool:
        """Partially met, not met or not assessed: it belongs on the action plan."""
        return self.result in GAP_RESULTS

    def is_overdue(self, today: date) -> bool:
        """Past its due date while neither its result nor its work status says it is done."""
        return (
            self.due_date is not None
            and self.due_date < today
            and self.result not in DONE_RESULTS
            and self.work_status != WorkStatus.DONE
        )


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


def report_heading(session: Session, assessment_id: int, facility: str) -> ReportHeading:
    """The assessment's heading; ``LookupError`` when there is no such assessment."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(f"There is no assessment with id {assessment_id}.")
    library = session.get(Library, assessment.library_id)
    assert library is not None
    return ReportHeading(
        facility=facility,
        assessment_id=assessment_id,
        assessment_name=assessment.name,
        assessment_kind=AssessmentKind(assessment.kind),
        starts_on=assessment.starts_on,
        ends_on=assessment.ends_on,
        library_name=library.name,
        profile=profile_of(session, assessment),
        chapter_titles=chapter_titles(session, assessment.library_id),
    )


class ReadinessTally:
    """Counts the results of the elements as the report lists them, then scores them exactly as
    the app does (:func:`core.scoring.score_counts` over the same counts that
    :func:`core.readiness.overview` makes), so the report needs no second pass over 100,000
    elements."""

    def __init__(self) -> None:
        self.counts: ResultCounts = Counter()

    def add(self, line: ElementLine) -> None:
        self.counts[line.chapter_code, line.standard_code, line.result] += 1

    def score(self, heading: ReportHeading) -> AssessmentScore:
        return score_counts(heading.profile, self.counts, known_chapters=heading.chapter_titles)


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
        raise LookupError(f"There is no assessment with id {assessment_id}.")
    profile = profile_of(session, assessment)
    points = {result: points_for(profile, result) for result in Result}
    statement = (
        select(
            col(ElementAssessment.id),
            col(Chapter.code),
            col(Standard.code),
            col(MeasurableElement.code),
            col(MeasurableElement.text),
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
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .join(Chapter, col(Chapter.id) == Standard.chapter_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(MeasurableElement.position))
    )
    return _element_lines(session, statement, points, _evidence_names(session, assessment_id))


def _element_lines(
    session: Session,
    statement: ClauseElement,
    points: dict[Result, float | None],
    evidence: dict[int, tuple[str, ...]],
) -> Iterator[ElementLine]:
    results, statuses, no_files = _RESULT_BY_VALUE, _STATUS_BY_VALUE, ()
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
            _date(due),
            notes,
            evidence.get(ea_id, no_files),
            _utc(updated_at),
            updated_by,
            version,
        )


def evidence_lines(session: Session, assessment_id: int, *, today: date) -> list[EvidenceLine]:
    """The evidence files linked to elements of the assessment, by name as the evidence
    library sorts them; each with the codes of the assessment's elements it supports."""
    statement = (
        select(
            col(Evidence.id),
            col(Evidence.name),
            col(Evidence.media_type),
            col(EvidenceContent.size),
            col(Evidence.content_sha256),
            col(Evidence.description),
            col(Evidence.review_date),
            col(Evidence.added_at),
            col(Evidence.added_by),
            col(MeasurableElement.code),
        )
        .join(EvidenceContent, col(EvidenceContent.sha256) == Evidence.content_sha256)
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
    for evidence_id, (name, media, size, sha256, description, review, added, by) in files.items():
        review_date = _date(review)
        added_at = _utc(added)
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
        moment = _utc(at)
        assert moment is not None
        yield AuditLine(moment, *rest)


def _evidence_names(session: Session, assessment_id: int) -> dict[int, tuple[str, ...]]:
    """Element assessment id → names of its evidence files, oldest first."""
    rows = session.execute(
        select(col(ElementEvidence.element_assessment_id), col(Evidence.name))
        .join(Evidence, col(Evidence.id) == ElementEvidence.evidence_id)
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(Evidence.added_at), col(Evidence.id))
    )
    names: dict[int, list[str]] = {}
    for element_assessment_id, name in rows:
        names.setdefault(element_assessment_id, []).append(name)
    return {key: tuple(value) for key, value in names.items()}


def _streamed(session: Session, statement: ClauseElement) -> Iterator[tuple[Any, ...]]:
    """The statement's rows as the database driver returns them (dates as ISO text on
    SQLite), fetched a batch at a time on the driver's own cursor: SQLAlchemy's per-row
    processing would cost more than the query."""
    connection = session.connection()
    compiled = statement.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    assert isinstance(compiled, SQLCompiler)
    values = compiled.construct_params()
    if compiled.positiontup is not None:
        parameters: Any = tuple(values[name] for name in compiled.positiontup)
    else:
        parameters = values
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, parameters)
        while batch := cursor.fetchmany(_BATCH):
            yield from batch
    finally:
        cursor.close()


def _date(value: date | str | None) -> date | None:
    """A date as the driver returns it: SQLite gives ISO text, other databases a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _utc(value: datetime | str | None) -> datetime | None:
    """A stored moment in UTC: SQLite keeps no offset, so its text is read as UTC."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment
