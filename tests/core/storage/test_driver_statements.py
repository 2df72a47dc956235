"""A change to one element, run on the driver's cursor, stores exactly what a change to
several stores through SQLAlchemy, and a failed statement raises SQLAlchemy's own error."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.checklist import change_counter
from accredit_tracker.core.audit.chain import check_chain
from accredit_tracker.core.audit.recording import _field_events_insert
from accredit_tracker.core.storage.driver_statements import driver_execute
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.vocabulary import Result, WorkStatus
from factories import element_assessment_ids, project_with_assessment

_VALUES = {
    "result": Result.PARTIALLY_MET,
    "work_status": WorkStatus.IN_PROGRESS,
    "owner": "Dr N. Karimova",
    "due_date": date(2027, 3, 31),
}


def test_one_element_is_stored_as_several_are(project_target: Path | str) -> None:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        first, second, third = list(element_assessment_ids(project, assessment_id).values())[:3]
        with project.transaction() as session:
            alone = update_elements(session, [ElementChange(first, _VALUES, 1)], user="ana")
            counter_after_one = change_counter(session)
        with project.transaction() as session:
            together = update_elements(
                session,
                [ElementChange(second, _VALUES, 1), ElementChange(third, _VALUES, 1)],
                user="ana",
            )
        with project.session() as session:
            stored = {
                row_id: rest
                for row_id, *rest in session.execute(
                    text(
                        "SELECT id, result, work_status, owner, due_date, version, updated_by "
                        "FROM element_assessment WHERE id IN (:a, :b, :c)"
                    ),
                    {"a": first, "b": second, "c": third},
                )
            }
            trail = session.execute(
                select(
                    col(AuditEvent.entity_id),
                    col(AuditEvent.field),
                    col(AuditEvent.old_value),
                    col(AuditEvent.new_value),
                )
                .where(col(AuditEvent.entity) == "element_assessment")
                .where(col(AuditEvent.entity_id).in_([first, second, third]))
            ).all()
            chain_break = check_chain(session)
            last_id = session.execute(select(func.max(col(AuditEvent.id)))).scalar_one()
    assert stored[first] == stored[second] == stored[third]
    assert stored[first][0] == "partially_met"
    assert alone[first]["version"] == together[second]["version"] == 2
    fields = {element: sorted(f for e, f, _o, _n in trail if e == element) for element in stored}
    assert fields[first] == fields[second] == sorted(_VALUES)
    assert {(f, o, n) for e, f, o, n in trail if e == first} == {
        (f, o, n) for e, f, o, n in trail if e == second
    }
    assert chain_break is None
    assert counter_after_one == last_id - 2 * len(_VALUES)


def test_a_failed_statement_on_the_driver_raises_sqlalchemys_error(project_path: Path) -> None:
    project, _ = project_with_assessment(project_path)
    with project, project.session() as session:
        taken = session.execute(select(col(AuditEvent.id)).limit(1)).scalar_one()
        with pytest.raises(IntegrityError):
            driver_execute(
                session,
                _field_events_insert(),
                {
                    "b_at": datetime(2026, 1, 1, tzinfo=UTC),
                    "b_user": "ana",
                    "b_action": "update_element",
                    "b_entity": "element_assessment",
                    "b_details": "",
                    "b_entity_id": 1,
                    "b_assessment_id": 1,
                    "b_field": "result",
                    "b_old": None,
                    "b_new": None,
                    "b_id": taken,
                    "b_chain_hash": "",
                },
            )
