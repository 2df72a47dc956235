"""One person's work across the project's open surveys, by due date: the elements they own
that are not settled, the corrective actions they own that are not verified, and the reviews
of the evidence files behind their elements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.overdue import DONE_RESULTS, DONE_STATUS
from accredit_tracker.core.storage.models import (
    Assessment,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    MeasurableElement,
)
from accredit_tracker.core.tracers.models import CorrectiveAction
from accredit_tracker.core.tracers.queries import action_overdue
from accredit_tracker.core.tracers.words import ActionStatus


class WorkKind(StrEnum):
    ELEMENT = "element"
    ACTION = "action"
    EVIDENCE_REVIEW = "evidence_review"


@dataclass(frozen=True)
class WorkItem:
    """One thing a person is to do, and by when."""

    kind: WorkKind
    id: int
    """The element assessment's, the action's or the evidence file's id."""
    due: date | None
    what: str
    assessment_name: str
    overdue: bool

    @property
    def uid(self) -> str:
        """An identifier that stays the same from one export to the next (for calendars)."""
        return f"{self.kind.value}-{self.id}@accredit-tracker"


_STILL_TO_DO = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE)
"""Actions that still ask something of their owner: to do them, or to have them verified."""


def my_work(
    session: Session, owner: str, *, today: date, assessment_id: int | None = None
) -> list[WorkItem]:
    """What ``owner`` (matched ignoring case and surrounding spaces) is to do in the unlocked
    surveys (or in one), by due date, undated last."""
    name = owner.strip().casefold()
    open_surveys = select(col(Assessment.id)).where(col(Assessment.locked).is_(False))
    if assessment_id is not None:
        open_surveys = open_surveys.where(col(Assessment.id) == assessment_id)
    items: list[WorkItem] = []
    elements = session.execute(
        select(
            col(ElementAssessment.id),
            col(ElementAssessment.due_date),
            col(MeasurableElement.code),
            col(MeasurableElement.text),
            col(Assessment.name),
        )
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
        .where(func.lower(func.trim(col(ElementAssessment.owner))) == name)
        .where(col(ElementAssessment.assessment_id).in_(open_surveys))
        .where(col(ElementAssessment.result).not_in([r.value for r in DONE_RESULTS]))
        .where(col(ElementAssessment.work_status) != DONE_STATUS.value)
    ).all()
    for row_id, due, code, text, survey in elements:
        items.append(
            WorkItem(
                WorkKind.ELEMENT,
                row_id,
                due,
                f"{code} {text}",
                survey,
                due is not None and due < today,
            )
        )
    actions = session.execute(
        select(CorrectiveAction, col(Assessment.name))
        .join(Assessment, col(Assessment.id) == CorrectiveAction.assessment_id)
        .where(func.lower(func.trim(col(CorrectiveAction.owner))) == name)
        .where(col(CorrectiveAction.assessment_id).in_(open_surveys))
        .where(col(CorrectiveAction.status).in_([s.value for s in _STILL_TO_DO]))
    ).all()
    for action, survey in actions:
        items.append(
            WorkItem(
                WorkKind.ACTION,
                action.id or 0,
                action.due_on,
                action.what,
                survey,
                action_overdue(action.due_on, action.status, today),
            )
        )
    reviews = session.execute(
        select(col(Evidence.id), col(Evidence.review_date), col(Evidence.name))
        .join(ElementEvidence, col(ElementEvidence.evidence_id) == Evidence.id)
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .where(func.lower(func.trim(col(ElementAssessment.owner))) == name)
        .where(col(ElementAssessment.assessment_id).in_(open_surveys))
        .where(col(Evidence.review_date).is_not(None))
        .distinct()
    ).all()
    for evidence_id, review, file_name in reviews:
        items.append(
            WorkItem(WorkKind.EVIDENCE_REVIEW, evidence_id, review, file_name, "", review < today)
        )
    return sorted(items, key=lambda i: (i.due is None, i.due or today, i.kind.value, i.what))


def work_owners(session: Session) -> list[str]:
    """Everyone named as the owner of an element or an action, sorted ignoring case."""
    names = set(session.execute(select(col(ElementAssessment.owner)).distinct()).scalars())
    names |= set(session.execute(select(col(CorrectiveAction.owner)).distinct()).scalars())
    return sorted((n for n in names if n.strip()), key=str.casefold)
