"""Officers editing one project at the same time, each through a connection of their own: a
save over someone else's newer change is refused, and concurrent saves lose nothing."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from accredit_tracker.core.assessment.assessments import (
    EditConflict,
    ElementChange,
    update_elements,
)
from accredit_tracker.core.storage.models import AuditEvent, ElementAssessment
from accredit_tracker.core.storage.project import Project, open_project
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, project_with_assessment

ELEMENTS = ElementAssessment.__table__  # type: ignore[attr-defined]
AUDIT = AuditEvent.__table__  # type: ignore[attr-defined]


def stored(project: Project, element_id: int) -> tuple[str, str, int, str]:
    """What the element holds now: result, notes, version and who saved it last."""
    with project.session() as session:
        row = session.execute(
            select(
                ELEMENTS.c.result, ELEMENTS.c.notes, ELEMENTS.c.version, ELEMENTS.c.updated_by
            ).where(ELEMENTS.c.id == element_id)
        ).one()
    return row[0], row[1], row[2], row[3]


def trail(project: Project, element_id: int, field: str) -> list[tuple[str, str | None]]:
    """The element's recorded changes to ``field``, oldest first: (who, new value)."""
    with project.session() as session:
        rows = session.execute(
            select(AUDIT.c.user, AUDIT.c.new_value)
            .where(AUDIT.c.entity == "element_assessment")
            .where(AUDIT.c.entity_id == element_id)
            .where(AUDIT.c.field == field)
            .order_by(AUDIT.c.id)
        )
        return [(user, value) for user, value in rows]


def test_a_stale_save_from_another_connection_is_refused(project_target: Path | str) -> None:
    first, assessment_id = project_with_assessment(project_target)
    ids = list(element_assessment_ids(first, assessment_id).values())
    element, other = ids[0], ids[1]
    second = open_project(project_target)
    with first, second:
        # Both officers open the element at version 1; Dilnoza saves first.
        assert stored(second, element)[2] == 1
        with first.transaction() as session:
            change = ElementChange(element, {"result": Result.FULLY_MET}, expected_version=1)
            update_elements(session, [change], user="Dilnoza")

        stale = [
            ElementChange(other, {"result": Result.NOT_MET}, expected_version=1),
            ElementChange(element, {"result": Result.NOT_MET}, expected_version=1),
        ]
        with pytest.raises(EditConflict) as refused, second.transaction() as session:
            update_elements(session, stale, user="Bekzod")

        with second.session() as session:
            changed_at = session.execute(
                select(ELEMENTS.c.updated_at).where(ELEMENTS.c.id == element)
            ).scalar_one()
        message = str(refused.value)
        assert "Dilnoza changed this element" in message
        assert f"{changed_at:%Y-%m-%d %H:%M}" in message
        assert "reload to see their version" in message
        assert message.endswith("It now says: Result: Fully met.")  # what Dilnoza stored
        # Nothing of Bekzod's save is stored, not even the element nobody else had changed.
        assert stored(first, element) == (Result.FULLY_MET, "", 2, "Dilnoza")
        assert stored(first, other) == (Result.NOT_ASSESSED, "", 1, "")
        assert trail(first, element, "result") == [("Dilnoza", "fully_met")]
        assert trail(first, other, "result") == []


OFFICERS = 4
INCREMENTS = 12


def increment(project: Project, element_id: int, user: str) -> None:
    """Add one to the count in the element's notes ("7 by officer 2"), as an officer would:
    read it, then save the new count against the version read, and start again when someone
    saved in between. The notes name the officer, so that two officers never save the same
    text: a save of what the element already holds stores nothing and is not refused."""
    for _attempt in range(500):
        _result, notes, version, _by = stored(project, element_id)
        count = int(notes.split()[0]) if notes else 0
        change = ElementChange(element_id, {"notes": f"{count + 1} by {user}"}, version)
        try:
            with project.transaction() as session:
                update_elements(session, [change], user=user)
        except EditConflict:
            continue
        return
    raise AssertionError(f"{user} could not save element {element_id} in 500 attempts")


def test_concurrent_increments_from_several_connections_lose_none(
    project_target: Path | str,
) -> None:
    project, assessment_id = project_with_assessment(project_target)
    ids = list(element_assessment_ids(project, assessment_id).values())
    shared, own = ids[0], ids[1 : OFFICERS + 1]
    projects = [open_project(project_target) for _ in range(OFFICERS)]
    start = threading.Barrier(OFFICERS)
    failures: list[BaseException] = []

    def officer(number: int) -> None:
        try:
            start.wait(timeout=30)
            for _ in range(INCREMENTS):
                increment(projects[number], own[number], f"officer {number}")
                increment(projects[number], shared, f"officer {number}")
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=officer, args=(n,)) for n in range(OFFICERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for each in projects:
        each.close()
    with project:
        assert not any(thread.is_alive() for thread in threads)
        assert failures == []
        for number, element in enumerate(own):
            user = f"officer {number}"
            assert stored(project, element)[1:] == (f"{INCREMENTS} by {user}", INCREMENTS + 1, user)
        total = OFFICERS * INCREMENTS
        notes, version = stored(project, shared)[1:3]
        assert (int(notes.split()[0]), version) == (total, total + 1)
        # Every increment of the shared element is in its trail once, in order, by the officer
        # who saved it: none was saved over another.
        changes = trail(project, shared, "notes")
        assert [int(str(value).split()[0]) for _user, value in changes] == list(range(1, total + 1))
        assert all(str(value).endswith(f"by {user}") for user, value in changes)
        assert Counter(user for user, _value in changes) == {
            f"officer {n}": INCREMENTS for n in range(OFFICERS)
        }
