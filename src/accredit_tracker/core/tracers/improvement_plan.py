"""What an improvement plan lists: each element of a survey found not met or partially met,
with the findings on it and the corrective actions serving it, and how far the plan has got."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.storage.models import (
    Chapter,
    ElementAssessment,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.tracers.queries import ActionRow, FindingRow, actions_of, findings_of
from accredit_tracker.core.tracers.words import ActionStatus
from accredit_tracker.core.vocabulary import Result

PLANNED_RESULTS = (Result.NOT_MET, Result.PARTIALLY_MET)
"""The results an accreditor asks a plan for."""


@dataclass(frozen=True)
class PlanElement:
    element_assessment_id: int
    chapter_code: str
    standard_code: str
    code: str
    text: str
    result: Result
    findings: list[FindingRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)


@dataclass(frozen=True)
class PlanProgress:
    """How far the plan has got, counted for its summary."""

    not_met: int
    partially_met: int
    with_actions: int
    actions_by_status: dict[ActionStatus, int]
    overdue: int

    @property
    def elements(self) -> int:
        return self.not_met + self.partially_met

    @property
    def actions(self) -> int:
        return sum(self.actions_by_status.values())


def plan_elements(session: Session, assessment_id: int) -> list[PlanElement]:
    """The assessment's elements not met or partially met, in library order, each with its
    findings and the actions serving it."""
    rows = session.execute(
        select(
            col(ElementAssessment.id),
            col(Chapter.code),
            col(Standard.code),
            col(MeasurableElement.code),
            col(MeasurableElement.text),
            col(ElementAssessment.result),
        )
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .join(Chapter, col(Chapter.id) == Standard.chapter_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .where(col(ElementAssessment.result).in_([r.value for r in PLANNED_RESULTS]))
        .order_by(col(Chapter.position), col(Standard.position), col(MeasurableElement.position))
    ).all()
    findings: dict[int, list[FindingRow]] = defaultdict(list)
    for finding in findings_of(session, assessment_id):
        for element_id in finding.element_ids:
            findings[element_id].append(finding)
    actions: dict[int, list[ActionRow]] = defaultdict(list)
    for action in actions_of(session, assessment_id):
        for element_id in action.element_ids:
            actions[element_id].append(action)
    return [
        PlanElement(
            row_id,
            chapter,
            standard,
            code,
            text,
            Result(result),
            findings.get(row_id, []),
            actions.get(row_id, []),
        )
        for row_id, chapter, standard, code, text, result in rows
    ]


def plan_progress(elements: list[PlanElement], today: date) -> PlanProgress:
    """The plan's figures: its elements by result, how many have an action, and its actions
    (each counted once, however many elements it serves) by status and overdue on ``today``."""
    actions = {action.id: action for element in elements for action in element.actions}
    by_status = dict.fromkeys(ActionStatus, 0)
    for action in actions.values():
        by_status[action.status] += 1
    return PlanProgress(
        not_met=sum(e.result == Result.NOT_MET for e in elements),
        partially_met=sum(e.result == Result.PARTIALLY_MET for e in elements),
        with_actions=sum(bool(e.actions) for e in elements),
        actions_by_status=by_status,
        overdue=sum(a.overdue(today) for a in actions.values()),
    )
