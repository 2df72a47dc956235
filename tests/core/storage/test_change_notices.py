"""The notices a shared project's server sends on commit (migrations 0007 and 0014), as a
listener hears them: which elements changed, nothing for a rolled-back change, "all" for a large
one, the other tables a window shows by name; and a project file, which has no server to send
any."""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    set_locked,
    update_elements,
)
from accredit_tracker.core.evidence.attachments import attach_files, update_evidence
from accredit_tracker.core.storage.change_notices import (
    ASSESSMENTS,
    ELEMENTS,
    ChangeListener,
    ChangeNotice,
    listens,
)
from accredit_tracker.core.storage.models import ElementAssessment, Evidence
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.core.storage.project_details import set_facility_name
from accredit_tracker.core.tracers.tracers import plan_tracer
from accredit_tracker.core.tracers.words import TracerKind
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, flat_rows, project_with_assessment, write_bytes
from shared_server import empty_schema

HEARD_WITHIN_S = 5.0  # generous: the tests check what is heard, not how fast


class Heard:
    """What a listener on the project's channel receives, in order."""

    def __init__(self, url: str) -> None:
        self.notices: queue.Queue[ChangeNotice] = queue.Queue()
        self.states: queue.Queue[str | None] = queue.Queue()
        self.listener = ChangeListener(url, self._batch, self.states.put)

    def _batch(self, batch: list[ChangeNotice]) -> None:
        for notice in batch:
            self.notices.put(notice)

    def next(self) -> ChangeNotice:
        return self.notices.get(timeout=HEARD_WITHIN_S)

    def elements(self, expected: frozenset[int]) -> frozenset[int]:
        """The element ids named until ``expected`` are (one UPDATE statement, one notice)."""
        named: frozenset[int] = frozenset()
        while not expected <= named:
            notice = self.next()
            assert notice.table == ELEMENTS and notice.ids is not None
            named |= notice.ids
        return named

    def nothing_more(self) -> bool:
        try:
            self.notices.get(timeout=0.5)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def shared() -> Iterator[tuple[Project, int, Heard]]:
    with empty_schema() as url:
        project, assessment_id = project_with_assessment(
            url, flat_rows(chapters=3, standards=10, elements=7)
        )  # 210 elements
        heard = Heard(url)
        heard.listener.start()
        assert heard.states.get(timeout=HEARD_WITHIN_S) is None  # listening
        try:
            yield project, assessment_id, heard
        finally:
            heard.listener.stop(wait=True)
            project.close()


def test_a_committed_change_names_the_elements_and_a_rolled_back_one_says_nothing(
    shared: tuple[Project, int, Heard],
) -> None:
    project, assessment_id, heard = shared
    ids = list(element_assessment_ids(project, assessment_id).values())
    with project.transaction() as session:
        update_elements(
            session,
            [ElementChange(i, {"result": Result.FULLY_MET}) for i in ids[:2]],
            user="dilnoza",
        )
    assert heard.elements(frozenset(ids[:2])) == frozenset(ids[:2])
    with pytest.raises(RuntimeError), project.transaction() as session:
        update_elements(session, [ElementChange(ids[5], {"notes": "never saved"})], user="aziz")
        raise RuntimeError("the officer's change fails before it is committed")
    assert heard.nothing_more()


def test_evidence_links_and_assessments_are_told_too(
    shared: tuple[Project, int, Heard], tmp_path: Path
) -> None:
    project, assessment_id, heard = shared
    element = element_assessment_ids(project, assessment_id)["C0.1 ME 1"]
    with project.transaction() as session:
        attach_files(session, [write_bytes(tmp_path / "policy.pdf", 300)], [element], user="ana")
    # The link names its element; the new evidence file itself is told by its table.
    assert {heard.next(), heard.next()} == {
        ChangeNotice(ELEMENTS, frozenset({element})),
        ChangeNotice("evidence", None),
    }
    with project.transaction() as session:
        set_locked(session, assessment_id, True, user="ana")
    assert heard.next() == ChangeNotice(ASSESSMENTS, None)


def test_a_change_to_more_elements_than_a_notice_names_says_all(
    shared: tuple[Project, int, Heard],
) -> None:
    project, assessment_id, heard = shared
    with project.transaction() as session:
        session.execute(
            update(ElementAssessment)
            .where(col(ElementAssessment.assessment_id) == assessment_id)
            .values(notes="reviewed")
        )
    assert heard.next() == ChangeNotice(ELEMENTS, None)  # 210 elements: more than 200


def test_a_listener_that_cannot_reach_the_server_says_why_and_hears_nothing() -> None:
    with empty_schema() as url:
        unreachable = make_url(url).set(port=1).render_as_string(hide_password=False)
        heard = Heard(unreachable)
        heard.listener.start()
        try:
            reason = heard.states.get(timeout=HEARD_WITHIN_S)
            assert isinstance(reason, str) and "refused" in reason
        finally:
            heard.listener.stop(wait=True)
    assert heard.notices.empty()


def test_a_project_file_sends_no_notices_and_has_no_triggers(tmp_path: Path) -> None:
    path = tmp_path / "clinic.accredit"
    create_project(path, user="tester").close()
    assert not listens(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchall() == []


def test_tracers_evidence_details_and_settings_are_told_by_table(
    shared: tuple[Project, int, Heard], tmp_path: Path
) -> None:
    project, assessment_id, heard = shared
    with project.transaction() as session:
        for focus in ("Hand hygiene on ward 3", "Medication storage"):  # two rows, one notice
            plan_tracer(
                session,
                assessment_id=assessment_id,
                kind=TracerKind.SYSTEM,
                focus=focus,
                user="ana",
            )
    assert heard.next() == ChangeNotice("tracer", None)
    assert heard.nothing_more()

    element = element_assessment_ids(project, assessment_id)["C0.1 ME 1"]
    with project.transaction() as session:
        attach_files(session, [write_bytes(tmp_path / "policy.pdf", 300)], [element], user="ana")
    assert {heard.next(), heard.next()} == {
        ChangeNotice(ELEMENTS, frozenset({element})),
        ChangeNotice("evidence", None),
    }
    with project.session() as session:
        evidence_id = session.execute(select(col(Evidence.id))).scalar_one()
    with project.transaction() as session:
        update_evidence(session, evidence_id, user="ana", review_date=date(2026, 1, 31))
    assert heard.next() == ChangeNotice("evidence", None)

    with project.transaction() as session:
        set_facility_name(session, "Tashkent City Hospital No. 1", user="ana")
    assert heard.next() == ChangeNotice("project_setting", None)
