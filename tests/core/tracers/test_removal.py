"""Deleting tracers, findings and corrective actions in the core, and putting them back: what
goes, what stays (evidence files, answering actions), what the audit trail says, and locks."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import AssessmentLocked, set_locked
from accredit_tracker.core.storage.models import AuditEvent, Evidence, EvidenceContent
from accredit_tracker.core.tracers.corrective_actions import raise_action
from accredit_tracker.core.tracers.findings import record_finding
from accredit_tracker.core.tracers.models import CorrectiveAction, Finding, FindingElement, Tracer
from accredit_tracker.core.tracers.queries import actions_of, findings_of, tracers_of
from accredit_tracker.core.tracers.removal import (
    delete_action,
    delete_finding,
    delete_tracer,
    restore_action,
    restore_finding,
    restore_tracer,
    tracer_contents,
)
from accredit_tracker.core.tracers.tracers import TracerError, plan_tracer
from accredit_tracker.core.tracers.words import TracerKind
from accredit_tracker.core.vocabulary import Result
from evidence_survey import Survey, count
from factories import write_bytes


def _round(survey: Survey, tmp_path: Path) -> tuple[int, int, int, int]:
    """A tracer with two findings (the first with a photo) and an action answering the first:
    (tracer, first finding, second finding, action)."""
    photo = write_bytes(tmp_path / "fridge.jpg", 3000)
    with survey.project.transaction() as session:
        tracer_id = plan_tracer(
            session,
            assessment_id=survey.assessment_id,
            kind=TracerKind.SYSTEM,
            focus="Medication management: prescribing to administration",
            held_on=date(2026, 11, 3),
            units="Ward 3, Pharmacy",
            user="ana",
        )
        first = record_finding(
            session,
            tracer_id=tracer_id,
            observed="Insulin pens in the ward fridge without opening dates",
            element_assessment_ids=[survey.element(0), survey.element(2)],
            compliance=Result.PARTIALLY_MET,
            evidence_files=[photo],
            user="ana",
        )
        second = record_finding(
            session,
            tracer_id=tracer_id,
            observed="High-alert medicines stored beside look-alike vials",
            element_assessment_ids=[survey.element(1)],
            compliance=Result.NOT_MET,
            user="ana",
        )
        action_id = raise_action(
            session,
            assessment_id=survey.assessment_id,
            what="Label every opened multi-dose vial with its opening date",
            finding_id=first,
            owner="N. Karimova",
            opened_on=date(2026, 11, 4),
            due_on=date(2027, 1, 31),
            user="ana",
        )
    return tracer_id, first, second, action_id


def _trail(survey: Survey, *actions: str) -> list[AuditEvent]:
    with survey.project.session() as session:
        return list(
            session.execute(
                select(AuditEvent)
                .where(col(AuditEvent.action).in_(actions))
                .order_by(col(AuditEvent.id))
            ).scalars()
        )


def _answering(survey: Survey, action_id: int) -> int | None:
    with survey.project.session() as session:
        action = session.get(CorrectiveAction, action_id)
        assert action is not None
        return action.finding_id


def test_deleting_a_tracer_takes_its_findings_keeps_files_and_actions_and_undo_puts_it_back(
    survey: Survey, tmp_path: Path
) -> None:
    tracer_id, first, second, action_id = _round(survey, tmp_path)
    with survey.project.session() as session:
        contents = tracer_contents(session, tracer_id)
        findings_before = findings_of(session, survey.assessment_id, tracer_id=tracer_id)
    assert (contents.findings, contents.accepted_findings, contents.answering_actions) == (2, 0, 1)

    with survey.project.transaction() as session:
        removed = delete_tracer(session, tracer_id, user="admin")
    with survey.project.session() as session:
        assert tracers_of(session, survey.assessment_id) == []
        assert findings_of(session, survey.assessment_id) == []
        assert session.execute(select(FindingElement)).all() == []
        [action] = actions_of(session, survey.assessment_id)
    # The photo stays in the store; the action stays, serving its elements, no longer tied.
    assert (count(survey.project, Evidence), count(survey.project, EvidenceContent)) == (1, 1)
    assert action.id == action_id and action.finding_id is None
    assert len(action.element_ids) == 2

    deleted = _trail(survey, "delete_tracer", "delete_finding")
    assert [(e.action, e.entity_id, e.user) for e in deleted] == [
        ("delete_finding", first, "admin"),
        ("delete_finding", second, "admin"),
        ("delete_tracer", tracer_id, "admin"),
    ]
    assert deleted[0].old_value == "Insulin pens in the ward fridge without opening dates"
    facts = json.loads(deleted[0].details)
    assert facts["elements"] == ["C0.1 ME 1", "C0.2 ME 1"]
    assert facts["evidence"] == ["fridge.jpg"]
    assert facts["compliance"] == "partially_met"
    assert deleted[2].old_value == "Medication management: prescribing to administration"
    assert json.loads(deleted[2].details)["findings"] == 2

    with survey.project.transaction() as session:
        restore_tracer(session, removed, user="admin")
    with survey.project.session() as session:
        assert [t.id for t in tracers_of(session, survey.assessment_id)] == [tracer_id]
        assert findings_of(session, survey.assessment_id, tracer_id=tracer_id) == findings_before
    assert _answering(survey, action_id) == first
    assert [e.action for e in _trail(survey, "restore_tracer", "restore_finding")] == [
        "restore_finding",
        "restore_finding",
        "restore_tracer",
    ]


def test_a_finding_and_an_action_are_deleted_alone_and_put_back(
    survey: Survey, tmp_path: Path
) -> None:
    tracer_id, first, second, action_id = _round(survey, tmp_path)
    with survey.project.session() as session:
        [action_before] = actions_of(session, survey.assessment_id)

    with survey.project.transaction() as session:
        removed_finding = delete_finding(session, first, user="admin")
    with survey.project.session() as session:
        assert [f.id for f in findings_of(session, survey.assessment_id)] == [second]
    assert _answering(survey, action_id) is None

    with survey.project.transaction() as session:
        removed_action = delete_action(session, action_id, user="admin")
    with survey.project.session() as session:
        assert actions_of(session, survey.assessment_id) == []
    [event] = _trail(survey, "delete_action")
    assert (event.entity, event.entity_id, event.old_value) == (
        "corrective_action",
        action_id,
        "Label every opened multi-dose vial with its opening date",
    )
    facts = json.loads(event.details)
    assert (facts["owner"], facts["due_on"], facts["status"]) == (
        "N. Karimova",
        "2027-01-31",
        "planned",
    )

    # Put back as Undo does, the last deleted first: the finding ties the action to itself
    # again, as before either was deleted.
    with survey.project.transaction() as session:
        restore_action(session, removed_action, user="admin")
        restore_finding(session, removed_finding, user="admin")
    with survey.project.session() as session:
        assert {f.id for f in findings_of(session, survey.assessment_id)} == {first, second}
        assert actions_of(session, survey.assessment_id) == [action_before]
    # Putting back twice is refused and changes nothing.
    with (
        pytest.raises(TracerError, match=f"Action {action_id} is there already"),
        survey.project.transaction() as session,
    ):
        restore_action(session, removed_action, user="admin")
    assert tracer_id


def test_a_locked_assessment_refuses_deleting_and_gone_rows_are_said_to_be_gone(
    survey: Survey, tmp_path: Path
) -> None:
    tracer_id, first, _second, action_id = _round(survey, tmp_path)
    with survey.project.transaction() as session:
        set_locked(session, survey.assessment_id, True, user="admin")
    for delete, row_id in (
        (delete_tracer, tracer_id),
        (delete_finding, first),
        (delete_action, action_id),
    ):
        with pytest.raises(AssessmentLocked), survey.project.transaction() as session:
            delete(session, row_id, user="admin")
    assert (
        count(survey.project, Tracer),
        count(survey.project, Finding),
        count(survey.project, CorrectiveAction),
    ) == (1, 2, 1)
    assert _trail(survey, "delete_tracer", "delete_finding", "delete_action") == []
    with (
        pytest.raises(TracerError, match="Tracer 999 is gone"),
        survey.project.transaction() as session,
    ):
        delete_tracer(session, 999, user="admin")
