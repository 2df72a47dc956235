"""Reading tracers, findings and corrective actions back: the Tracers tab's lists, an
element's findings, the actions that are overdue."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from accredit_tracker.core.storage.bulk_read import driver_moment, driver_rows
from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    Evidence,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.tracers.models import (
    ActionElement,
    CorrectiveAction,
    Finding,
    FindingElement,
    FindingEvidence,
    Tracer,
)
from accredit_tracker.core.tracers.words import (
    OPEN_ACTION_STATUSES,
    ActionStatus,
    Impact,
    Likelihood,
    TracerKind,
    TracerStatus,
)
from accredit_tracker.core.vocabulary import Result


@dataclass(frozen=True)
class TracerRow:
    id: int
    kind: TracerKind
    held_on: date | None
    units: str
    people: str
    focus: str
    status: TracerStatus
    findings: int


@dataclass(frozen=True)
class FindingRow:
    id: int
    tracer_id: int
    tracer_kind: TracerKind
    tracer_focus: str
    observed: str
    location: str
    compliance: Result
    likelihood: Likelihood
    impact: Impact
    recorded_at: datetime
    recorded_by: str
    accepted_at: datetime | None
    accepted_by: str
    element_ids: tuple[int, ...]
    element_codes: tuple[str, ...]
    evidence_names: tuple[str, ...]
    repeat: bool = False
    """One of its elements was found wanting before: by a finding recorded earlier in the same
    survey, or in an earlier survey of the same library."""

    @property
    def accepted(self) -> bool:
        return self.accepted_at is not None


def tracers_of(session: Session, assessment_id: int) -> list[TracerRow]:
    """The assessment's tracers, the latest held first (planned ones without a date on top),
    each with how many findings it has."""
    counts = (
        select(col(Finding.tracer_id), func.count().label("n"))
        .group_by(col(Finding.tracer_id))
        .subquery()
    )
    table = Tracer.__table__.c  # type: ignore[attr-defined]  # SQLModel hides it
    rows = driver_rows(
        session,
        select(
            table.id,
            table.kind,
            table.held_on,
            table.units,
            table.people,
            table.focus,
            table.status,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.tracer_id == table.id)
        .where(table.assessment_id == assessment_id)
        .order_by(table.held_on.desc().nulls_first(), table.id.desc()),
    )
    return [
        TracerRow(
            tracer_id,
            TracerKind(kind),
            date.fromisoformat(held_on) if isinstance(held_on, str) else held_on,
            units,
            people,
            focus,
            TracerStatus(status),
            int(n),
        )
        for tracer_id, kind, held_on, units, people, focus, status, n in rows
    ]


def findings_of(
    session: Session,
    assessment_id: int,
    *,
    tracer_id: int | None = None,
    element_assessment_id: int | None = None,
) -> list[FindingRow]:
    """The assessment's findings (of one tracer, or bearing on one element, when given), the
    newest first, each with its elements' codes and its evidence files' names."""
    statement = (
        select(Finding, col(Tracer.kind), col(Tracer.focus))
        .join(Tracer, col(Tracer.id) == Finding.tracer_id)
        .where(col(Tracer.assessment_id) == assessment_id)
        .order_by(col(Finding.recorded_at).desc(), col(Finding.id).desc())
    )
    if tracer_id is not None:
        statement = statement.where(col(Finding.tracer_id) == tracer_id)
    if element_assessment_id is not None:
        # Asked as a list of ids, so that the element's findings are found through the index
        # on finding_element's element (a correlated EXISTS was tested on every finding).
        statement = statement.where(
            col(Finding.id).in_(
                select(col(FindingElement.finding_id)).where(
                    col(FindingElement.element_assessment_id) == element_assessment_id
                )
            )
        )
    found = list(session.execute(statement))
    ids = [f.id or 0 for f, _kind, _focus in found]
    elements = _elements_of(session, ids)
    evidence = _evidence_of(session, ids)
    earlier = elements_found_earlier(session, assessment_id) if found else set()
    # Whether a finding repeats one made earlier in the survey is decided by the first finding
    # on each of its elements: only the elements of the findings shown are read (the
    # checklist's panel asks on every move, and a survey holds thousands of findings).
    shown_elements = {m for links in elements.values() for _i, _c, m in links}
    first_found = _first_findings(session, assessment_id, shown_elements) if found else {}
    return [
        FindingRow(
            id=f.id or 0,
            tracer_id=f.tracer_id,
            tracer_kind=TracerKind(kind),
            tracer_focus=focus,
            observed=f.observed,
            location=f.location,
            compliance=f.compliance,
            likelihood=f.likelihood,
            impact=f.impact,
            recorded_at=f.recorded_at,
            recorded_by=f.recorded_by,
            accepted_at=f.accepted_at,
            accepted_by=f.accepted_by,
            element_ids=tuple(i for i, _code, _element in elements.get(f.id or 0, ())),
            element_codes=tuple(code for _i, code, _element in elements.get(f.id or 0, ())),
            evidence_names=tuple(evidence.get(f.id or 0, ())),
            repeat=any(
                element in earlier or first_found[element] < (_in_utc(f.recorded_at), f.id or 0)
                for _i, _c, element in elements.get(f.id or 0, ())
            ),
        )
        for f, kind, focus in found
    ]


def _in_utc(moment: datetime | str) -> datetime:
    """A stored moment in UTC, whether just written (with its offset) or read back (without
    one, as the ORM and the driver give it)."""
    at = driver_moment(moment)
    assert at is not None
    return at


def _first_findings(
    session: Session, assessment_id: int, element_ids: set[int]
) -> dict[int, tuple[datetime, int]]:
    """Measurable element id → (when, id) of the survey's first finding on it, for these
    measurable elements (those of the findings shown, not every one the survey has)."""
    first: dict[int, tuple[datetime, int]] = {}
    for chunk in _chunks(sorted(element_ids)):
        # Read on the driver's cursor; moments in UTC.
        for element, stored_at, finding_id in driver_rows(
            session,
            select(col(ElementAssessment.element_id), col(Finding.recorded_at), col(Finding.id))
            .join(FindingElement, col(FindingElement.finding_id) == Finding.id)
            .join(
                ElementAssessment,
                col(ElementAssessment.id) == FindingElement.element_assessment_id,
            )
            .where(col(ElementAssessment.assessment_id) == assessment_id)
            .where(col(ElementAssessment.element_id).in_(chunk)),
        ):
            found = (_in_utc(stored_at), finding_id)
            if element not in first or found < first[element]:
                first[element] = found
    return first


@dataclass(frozen=True)
class EarlierFinding:
    """A finding of an earlier survey on the same measurable element."""

    assessment_name: str
    observed: str
    compliance: Result
    recorded_at: datetime


def _survey_moment(assessment: Assessment) -> tuple[date, datetime]:
    """When a survey took place: its start date when it has one, else the day it was created
    (then its creation, to order two of the same day)."""
    created = assessment.created_at.replace(tzinfo=None)
    return (assessment.starts_on or created.date(), created)


def _earlier_assessments(session: Session, assessment_id: int) -> Any:
    """A condition on Assessment: another survey of the same library that took place before
    this one; None when there is no such survey (or no such assessment)."""
    current = session.get(Assessment, assessment_id)
    if current is None:
        return None
    others = session.execute(
        select(Assessment)
        .where(col(Assessment.library_id) == current.library_id)
        .where(col(Assessment.id) != assessment_id)
    ).scalars()
    moment = _survey_moment(current)
    earlier = [a.id for a in others if _survey_moment(a) < moment]
    # With none, the queries that would ask for their findings are not asked at all.
    return col(Assessment.id).in_(earlier) if earlier else None


def elements_found_earlier(session: Session, assessment_id: int) -> set[int]:
    """The measurable elements (ids) an earlier survey of the same library had findings on."""
    earlier = _earlier_assessments(session, assessment_id)
    if earlier is None:
        return set()
    return set(
        session.execute(
            select(col(ElementAssessment.element_id))
            .join(FindingElement, col(FindingElement.element_assessment_id) == ElementAssessment.id)
            .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
            .where(earlier)
            .distinct()
        ).scalars()
    )


def earlier_findings(
    session: Session,
    assessment_id: int,
    element_assessment_ids: Iterable[int],
    *,
    this_survey_too: bool = False,
) -> list[EarlierFinding]:
    """The findings earlier surveys of the same library (and, with ``this_survey_too``, this
    one) recorded on the same measurable elements as these element assessments, the newest
    first."""
    earlier = _earlier_assessments(session, assessment_id)
    if this_survey_too:
        this_survey = col(Assessment.id) == assessment_id
        earlier = this_survey if earlier is None else or_(earlier, this_survey)
    wanted = list(element_assessment_ids)
    if earlier is None or not wanted:
        return []
    current = aliased(ElementAssessment)
    elements = select(col(current.element_id)).where(col(current.id).in_(wanted))
    rows = session.execute(
        select(
            col(Assessment.name),
            col(Finding.observed),
            col(Finding.compliance),
            col(Finding.recorded_at),
        )
        .join(FindingElement, col(FindingElement.finding_id) == Finding.id)
        .join(ElementAssessment, col(ElementAssessment.id) == FindingElement.element_assessment_id)
        .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
        .where(earlier)
        .where(col(ElementAssessment.element_id).in_(elements))
        .distinct()
        .order_by(col(Finding.recorded_at).desc())
    )
    return [EarlierFinding(name, observed, Result(c), at) for name, observed, c, at in rows]


def repeat_findings_by_chapter(session: Session, assessment_id: int) -> dict[str, int]:
    """Chapter code → how many of the assessment's findings repeat an earlier survey's, in
    library order of the chapters (those with none left out)."""
    counts: dict[str, int] = {}
    repeats = [f for f in findings_of(session, assessment_id) if f.repeat]
    if not repeats:
        return counts
    chapter_of = dict(
        session.execute(
            select(col(ElementAssessment.id), col(Chapter.code))
            .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
            .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
            .join(Chapter, col(Chapter.id) == Standard.chapter_id)
            .where(col(ElementAssessment.id).in_({i for f in repeats for i in f.element_ids}))
        ).all()
    )
    for finding in repeats:
        for chapter in dict.fromkeys(chapter_of[i] for i in finding.element_ids):
            counts[chapter] = counts.get(chapter, 0) + 1
    return dict(sorted(counts.items()))


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _elements_of(session: Session, finding_ids: list[int]) -> dict[int, list[tuple[int, str, int]]]:
    """Finding id → (element assessment id, code, measurable element id) of its elements."""
    found: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for chunk in _chunks(finding_ids):
        rows = session.execute(
            select(
                col(FindingElement.finding_id),
                col(FindingElement.element_assessment_id),
                col(MeasurableElement.code),
                col(MeasurableElement.id),
            )
            .join(
                ElementAssessment, col(ElementAssessment.id) == FindingElement.element_assessment_id
            )
            .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
            .where(col(FindingElement.finding_id).in_(chunk))
            .order_by(col(MeasurableElement.position))
        )
        for finding_id, element_id, code, measurable_id in rows:
            found[finding_id].append((element_id, code, measurable_id))
    return found


def _evidence_of(session: Session, finding_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(finding_ids):
        rows = session.execute(
            select(col(FindingEvidence.finding_id), col(Evidence.name))
            .join(Evidence, col(Evidence.id) == FindingEvidence.evidence_id)
            .where(col(FindingEvidence.finding_id).in_(chunk))
            .order_by(col(Evidence.id))
        )
        for finding_id, name in rows:
            found[finding_id].append(name)
    return found


class ActionRow(NamedTuple):
    """One corrective action as its lists show it. A named tuple, not a dataclass: the Tracers
    tab makes 10,000 of them at once, and a frozen dataclass's field-by-field set-up would
    cost that tab a third of its opening time."""

    id: int
    finding_id: int | None
    what: str
    root_cause: str
    owner: str
    department: str
    opened_on: date
    due_on: date | None
    status: ActionStatus
    measure: str
    verified_on: date | None
    verified_by: str
    verification: str
    element_ids: tuple[int, ...]
    element_codes: tuple[str, ...]

    def overdue(self, today: date) -> bool:
        return action_overdue(self.due_on, self.status, today)


def action_overdue(due_on: date | None, status: ActionStatus, today: date) -> bool:
    """Past its due date (before ``today``) while still planned or in progress."""
    return due_on is not None and due_on < today and status in OPEN_ACTION_STATUSES


def actions_of(
    session: Session,
    assessment_id: int,
    *,
    element_assessment_id: int | None = None,
    overdue_on: date | None = None,
) -> list[ActionRow]:
    """The assessment's corrective actions (serving one element, or overdue on a day, when
    given), by due date, those without one last, each with its elements' codes."""
    table = CorrectiveAction.__table__.c  # type: ignore[attr-defined]  # SQLModel hides it
    statement = (
        select(
            table.id,
            table.finding_id,
            table.what,
            table.root_cause,
            table.owner,
            table.department,
            table.opened_on,
            table.due_on,
            table.status,
            table.measure,
            table.verified_on,
            table.verified_by,
            table.verification,
        )
        .where(table.assessment_id == assessment_id)
        .order_by(table.due_on.asc().nulls_last(), table.id)
    )
    if element_assessment_id is not None:
        statement = statement.where(
            select(col(ActionElement.action_id))
            .where(col(ActionElement.action_id) == table.id)
            .where(col(ActionElement.element_assessment_id) == element_assessment_id)
            .exists()
        )
    if overdue_on is not None:
        statement = statement.where(table.due_on < overdue_on).where(
            table.status.in_([s.value for s in OPEN_ACTION_STATUSES])
        )
    # Read on the driver's cursor: at 10,000 actions serving 20,000 elements SQLAlchemy's
    # per-row work costs more than the queries.
    found = driver_rows(session, statement)
    if element_assessment_id is None and overdue_on is None:
        elements = _action_elements_of_assessment(session, assessment_id)
    else:
        elements = _action_elements(session, [row[0] for row in found])
    statuses = {status.value: status for status in ActionStatus}
    # SQLite gives days as ISO text, PostgreSQL as dates; the conversion is written out here
    # rather than called per value, which at 30,000 values is most of its cost.
    iso_day = date.fromisoformat
    none: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())
    rows = []
    for (
        action_id,
        finding_id,
        what,
        root_cause,
        owner,
        department,
        opened_on,
        due_on,
        status,
        measure,
        verified_on,
        verified_by,
        verification,
    ) in found:
        element_ids, element_codes = elements.get(action_id, none)
        rows.append(
            ActionRow(
                action_id,
                finding_id,
                what,
                root_cause,
                owner,
                department,
                iso_day(opened_on) if opened_on.__class__ is str else opened_on,
                iso_day(due_on) if due_on.__class__ is str else due_on,
                statuses[status],
                measure,
                iso_day(verified_on) if verified_on.__class__ is str else verified_on,
                verified_by,
                verification,
                element_ids,
                element_codes,
            )
        )
    return rows


def elements_with_overdue_actions(session: Session, assessment_id: int, today: date) -> set[int]:
    """The element assessments served by at least one action overdue on ``today``."""
    return set(
        session.execute(
            select(col(ActionElement.element_assessment_id))
            .join(CorrectiveAction, col(CorrectiveAction.id) == ActionElement.action_id)
            .where(col(CorrectiveAction.assessment_id) == assessment_id)
            .where(col(CorrectiveAction.due_on) < today)
            .where(col(CorrectiveAction.status).in_([s.value for s in OPEN_ACTION_STATUSES]))
        ).scalars()
    )


def _action_elements_of_assessment(
    session: Session, assessment_id: int
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Action id → (element assessment id, code) of the elements each action of the
    assessment serves, read in one query (in the order of the element assessments, which is
    the library's: sorting the joined rows in SQL costs SQLite a poor plan)."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    rows = driver_rows(
        session,
        select(
            col(ActionElement.action_id),
            col(ActionElement.element_assessment_id),
            col(MeasurableElement.code),
        )
        .join(CorrectiveAction, col(CorrectiveAction.id) == ActionElement.action_id)
        .join(ElementAssessment, col(ElementAssessment.id) == ActionElement.element_assessment_id)
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(col(CorrectiveAction.assessment_id) == assessment_id),
    )
    for action_id, element_id, code in rows:
        found[action_id].append((element_id, code))
    return _ids_and_codes(found)


def _ids_and_codes(
    found: dict[int, list[tuple[int, str]]],
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Action id → the ids of its element assessments (ascending) and their codes."""
    return {
        action_id: tuple(zip(*sorted(serves), strict=True))  # type: ignore[misc]
        for action_id, serves in found.items()
    }


def _action_elements(
    session: Session, action_ids: list[int]
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(action_ids):
        rows = session.execute(
            select(
                col(ActionElement.action_id),
                col(ActionElement.element_assessment_id),
                col(MeasurableElement.code),
            )
            .join(
                ElementAssessment, col(ElementAssessment.id) == ActionElement.element_assessment_id
            )
            .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
            .where(col(ActionElement.action_id).in_(chunk))
            .order_by(col(MeasurableElement.position))
        )
        for action_id, element_id, code in rows:
            found[action_id].append((element_id, code))
    return _ids_and_codes(found)


@dataclass(frozen=True)
class ActionSummary:
    """How an assessment's corrective actions stand: how many in each status, and the overdue
    ones by owner (most first)."""

    by_status: dict[ActionStatus, int]
    overdue_by_owner: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def overdue(self) -> int:
        return sum(self.overdue_by_owner.values())


def action_summary(session: Session, assessment_id: int, today: date) -> ActionSummary:
    """The assessment's actions counted by status, and those overdue on ``today`` by owner."""
    by_status = dict.fromkeys(ActionStatus, 0)
    for status, n in session.execute(
        select(col(CorrectiveAction.status), func.count())
        .where(col(CorrectiveAction.assessment_id) == assessment_id)
        .group_by(col(CorrectiveAction.status))
    ):
        by_status[ActionStatus(status)] = int(n)
    overdue = session.execute(
        select(col(CorrectiveAction.owner), func.count())
        .where(col(CorrectiveAction.assessment_id) == assessment_id)
        .where(col(CorrectiveAction.due_on) < today)
        .where(col(CorrectiveAction.status).in_([s.value for s in OPEN_ACTION_STATUSES]))
        .group_by(col(CorrectiveAction.owner))
    ).all()
    ranked = sorted(((owner, int(n)) for owner, n in overdue), key=lambda o: (-o[1], o[0]))
    return ActionSummary(by_status, dict(ranked))
