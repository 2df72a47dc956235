"""Element changes written in bulk: any set of ids, repeated ids, and the version guard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.storage import stored_elements
from accredit_tracker.core.storage.models import Assessment, AuditEvent
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, project_with_assessment


def test_ids_of_two_assessments_far_apart_are_all_read_and_written(
    project_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small batches, so that both a range and short lists of ids are read (and not the few
    # ids of a single edit, read in one query).
    monkeypatch.setattr(stored_elements, "_RANGE_IDS", 4)
    monkeypatch.setattr(stored_elements, "_LISTED_IDS", 3)
    monkeypatch.setattr(stored_elements, "_FEW_IDS", 0)
    project, first = project_with_assessment(project_target)
    with project:
        with project.transaction() as session:
            library_id = session.get(Assessment, first).library_id  # type: ignore[union-attr]
            for n in range(8):  # assessments in between put the last one's ids far away
                create_assessment(session, library_id=library_id, name=f"Cycle {n}", user="ana")
            last = create_assessment(session, library_id=library_id, name="Official", user="ana")
        ids = [
            *list(element_assessment_ids(project, first).values())[:5],
            *list(element_assessment_ids(project, last).values())[::4],
        ]
        assert len(ids) == 8
        with project.transaction() as session:
            changes = [ElementChange(i, {"result": Result.NOT_MET, "due_date": date(2027, 3, 1)})
                       for i in ids]  # fmt: skip
            update_elements(session, changes, user="ana")
        with project.session() as session:
            changed = [r for a in (first, last) for r in element_rows(session, a) if r.version == 2]
            events = session.execute(
                select(func.count()).where(col(AuditEvent.action) == "update_element")
            ).scalar_one()
    assert sorted(r.element_assessment_id for r in changed) == sorted(ids)
    assert {(r.result, r.due_date) for r in changed} == {(Result.NOT_MET, date(2027, 3, 1))}
    assert events == 2 * len(ids)


def test_an_element_changed_twice_in_one_call_moves_one_version(project_target: Path | str) -> None:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        element_id = next(iter(element_assessment_ids(project, assessment_id).values()))
        with project.transaction() as session:
            update_elements(
                session,
                [ElementChange(element_id, {"owner": "Aziz", "department": "ICU"}, 1),
                 ElementChange(element_id, {"owner": "Nodira", "notes": "n"}, 1)],
                user="ana",
            )  # fmt: skip
        with project.session() as session:
            [row] = element_rows(session, assessment_id, only=[element_id])
            history = session.execute(
                select(col(AuditEvent.field), col(AuditEvent.old_value), col(AuditEvent.new_value))
                .where(col(AuditEvent.entity) == "element_assessment")
                .where(col(AuditEvent.entity_id) == element_id)
                .order_by(col(AuditEvent.id))
            ).all()
    assert (row.owner, row.department, row.notes, row.version) == ("Nodira", "ICU", "n", 2)
    if isinstance(project_target, str):
        # A server records what it stored, from the row before and after the one UPDATE.
        assert history == [("owner", "", "Nodira"), ("department", "", "ICU"), ("notes", "", "n")]
    else:
        assert history == [
            ("owner", "", "Aziz"), ("department", "", "ICU"), ("owner", "Aziz", "Nodira"),
            ("notes", "", "n"),
        ]  # fmt: skip


def test_a_row_saved_by_someone_else_after_it_was_read_is_not_overwritten(
    project_target: Path | str,
) -> None:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        element_id = next(iter(element_assessment_ids(project, assessment_id).values()))
        with project.session() as session:
            read = stored_elements.stored_elements(session, [element_id])
        with project.transaction() as session:
            update_elements(session, [ElementChange(element_id, {"owner": "Bo"})], user="bo")
        with project.transaction() as session:
            written = stored_elements.write_values(
                session, read, {element_id: {"owner": "Ana"}}, at=audit.now(), user="ana"
            )
        assert written is False
        with project.session() as session:
            [row] = element_rows(session, assessment_id, only=[element_id])
        assert (row.owner, row.version) == ("Bo", 2)


@pytest.mark.parametrize("count", [1, 3, 12])
def test_what_a_change_returns_is_what_is_stored(project_target: Path | str, count: int) -> None:
    # One element or a few are written through SQLAlchemy's cached statements, many on the
    # driver's cursor; a window shows what is returned without reading the elements again.
    project, assessment_id = project_with_assessment(project_target)
    with project:
        ids = list(element_assessment_ids(project, assessment_id).values())[:count]
        assert len(ids) == count
        values = {"result": Result.PARTIALLY_MET, "owner": "Dr Karimova", "notes": "a\x00b"}
        with project.transaction() as session:
            written = update_elements(
                session, [ElementChange(i, dict(values), 1) for i in ids], user="Dilnoza"
            )
        with project.session() as session:
            rows = {r.element_assessment_id: r for r in element_rows(session, assessment_id)}
    assert sorted(written) == sorted(ids)
    for element_id, fields in written.items():
        row = rows[element_id]
        assert fields == {
            "result": row.result,
            "owner": row.owner,
            "notes": row.notes,
            "version": row.version,
            "updated_at": row.updated_at,
            "updated_by": row.updated_by,
        }
        assert (row.result, row.owner, row.notes, row.version) == (
            Result.PARTIALLY_MET, "Dr Karimova", "ab", 2,
        )  # fmt: skip
