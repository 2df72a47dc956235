"""Corrective actions in the core: raised for a finding or for elements, moved on, verified,
overdue; bad input refused with a clear message and nothing changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import AssessmentLocked, set_locked
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.tracers.corrective_actions import (
    raise_action,
    update_action,
    verify_action,
)
from accredit_tracker.core.tracers.findings import record_finding
from accredit_tracker.core.tracers.models import ActionEvidence, CorrectiveAction
from accredit_tracker.core.tracers.queries import actions_of, elements_with_overdue_actions
from accredit_tracker.core.tracers.tracers import TracerError, plan_tracer
from accredit_tracker.core.tracers.words import ActionStatus, TracerKind
from accredit_tracker.core.vocabulary import Result
from evidence_survey import Survey, count
from factories import write_bytes

OPENED = date(2026, 11, 10)


def _finding(survey: Survey) -> int:
    with survey.project.transaction() as session:
        tracer_id = plan_tracer(
            session,
            assessment_id=survey.assessment_id,
            kind=TracerKind.SYSTEM,
            focus="Infection prevention and control",
            user="ana",
        )
        return record_finding(
            session,
            tracer_id=tracer_id,
            observed="Hand-hygiene compliance 62 % on Ward 3",
            element_assessment_ids=[survey.element(0), survey.element(1)],
            compliance=Result.PARTIALLY_MET,
            user="ana",
        )


def _raise(survey: Survey, **given: object) -> int:
    arguments: dict[str, object] = {
        "assessment_id": survey.assessment_id,
        "what": "Monthly hand-hygiene audits with feedback to the ward",
        "owner": "N. Karimova",
        "department": "Infection control",
        "opened_on": OPENED,
        "due_on": date(2027, 2, 28),
        "measure": "30 observations monthly, ≥ 90 % compliant for 4 months in a row",
        "user": "ana",
        **given,
    }
    with survey.project.transaction() as session:
        return raise_action(session, **arguments)  # type: ignore[arg-type]


def test_an_action_for_a_finding_serves_its_elements_and_is_verified(
    survey: Survey, tmp_path: Path
) -> None:
    finding_id = _finding(survey)
    action_id = _raise(survey, finding_id=finding_id)
    with survey.project.transaction() as session:
        assert update_action(
            session, action_id, status=ActionStatus.IN_PROGRESS, owner="N. Karimova", user="ben"
        ) == ["status"]
        update_action(session, action_id, status=ActionStatus.DONE, user="ben")
    audit_sheet = write_bytes(tmp_path / "audit March.xlsx", 900)
    with survey.project.transaction() as session:
        verify_action(
            session,
            action_id,
            effective=True,
            verified_on=date(2027, 7, 1),
            verified_by="Quality committee",
            result="4 months at 91–95 %",
            evidence_files=[audit_sheet],
            user="ben",
        )
    with survey.project.session() as session:
        [action] = actions_of(session, survey.assessment_id)
        by_element = actions_of(
            session, survey.assessment_id, element_assessment_id=survey.element(1)
        )
        trail = session.execute(
            select(col(AuditEvent.action), col(AuditEvent.field), col(AuditEvent.new_value))
            .where(col(AuditEvent.entity) == "corrective_action")
            .order_by(col(AuditEvent.id))
        ).all()
    assert action.element_codes == ("C0.1 ME 1", "C0.1 ME 2")
    assert action.finding_id == finding_id
    assert (action.status, action.verified_by, action.verified_on) == (
        ActionStatus.EFFECTIVE,
        "Quality committee",
        date(2027, 7, 1),
    )
    assert [a.id for a in by_element] == [action_id]
    assert count(survey.project, ActionEvidence) == 1
    assert [tuple(row) for row in trail] == [
        ("raise_action", "", "Monthly hand-hygiene audits with feedback to the ward"),
        ("update_action", "status", "in_progress"),
        ("update_action", "status", "done"),
        ("verify_action", "status", "verified_effective"),
    ]


def test_overdue_actions_are_those_past_due_and_not_done(survey: Survey) -> None:
    late = _raise(survey, element_assessment_ids=[survey.element(2)], due_on=date(2026, 12, 1))
    _raise(survey, element_assessment_ids=[survey.element(3)], due_on=date(2027, 3, 1))
    done = _raise(survey, element_assessment_ids=[survey.element(4)], due_on=date(2026, 11, 20))
    with survey.project.transaction() as session:
        update_action(session, done, status=ActionStatus.DONE, user="ana")
    today = date(2026, 12, 7)
    with survey.project.session() as session:
        overdue = actions_of(session, survey.assessment_id, overdue_on=today)
        elements = elements_with_overdue_actions(session, survey.assessment_id, today)
        every = actions_of(session, survey.assessment_id)
    assert [a.id for a in overdue] == [late]
    assert elements == {survey.element(2)}
    assert [a.overdue(today) for a in every] == [False, True, False]  # by due date


def _rows(survey: Survey) -> tuple[int, ...]:
    with survey.project.session() as session:
        return tuple(
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (CorrectiveAction, AuditEvent)
        )


def test_bad_actions_are_refused_and_change_nothing(survey: Survey) -> None:
    action_id = _raise(survey, element_assessment_ids=[survey.element(0)])
    before = _rows(survey)
    with (
        survey.project.transaction() as session,
        pytest.raises(
            TracerError, match=r"cannot be due \(2026-11-01\) before it was opened \(2026-11-10\)"
        ),
    ):
        raise_action(
            session,
            assessment_id=survey.assessment_id,
            what="Retrain",
            element_assessment_ids=[survey.element(0)],
            opened_on=OPENED,
            due_on=date(2026, 11, 1),
            user="ana",
        )
    with (
        survey.project.transaction() as session,
        pytest.raises(TracerError, match="at least one measurable element"),
    ):
        raise_action(session, assessment_id=survey.assessment_id, what="Retrain", user="ana")
    with (
        survey.project.transaction() as session,
        pytest.raises(
            TracerError, match=r"Only an action that is done can be verified; action .* 'Planned'"
        ),
    ):
        verify_action(session, action_id, effective=True, verified_by="QC", user="ana")
    with (
        survey.project.transaction() as session,
        pytest.raises(TracerError, match="recorded by verifying it"),
    ):
        update_action(session, action_id, status=ActionStatus.EFFECTIVE, user="ana")
    with survey.project.transaction() as session, pytest.raises(TracerError, match="before"):
        update_action(session, action_id, due_on=date(2026, 1, 1), user="ana")
    assert _rows(survey) == before


def test_a_locked_assessment_refuses_actions(survey: Survey) -> None:
    action_id = _raise(survey, element_assessment_ids=[survey.element(0)])
    with survey.project.transaction() as session:
        set_locked(session, survey.assessment_id, True, user="admin")
    with survey.project.transaction() as session, pytest.raises(AssessmentLocked):
        update_action(session, action_id, status=ActionStatus.DONE, user="ana")
    with pytest.raises(AssessmentLocked):
        _raise(survey, element_assessment_ids=[survey.element(1)])
