"""The audit trail is complete: after a scripted session of edits, an undo, a results round
trip through Excel, evidence changes, a lock and a change of scoring profile, replaying the
trail from the first row reproduces exactly what the project stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    EDITABLE_FIELDS,
    ElementChange,
    set_locked,
    set_profile,
    update_elements,
)
from accredit_tracker.core.evidence.attachments import (
    attach_files,
    delete_evidence,
    link_evidence,
    unlink_evidence,
    update_evidence,
)
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    ScoringProfileRecord,
)
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.report.workbook import write_report
from accredit_tracker.interchange.results.importer import apply_results_import, plan_results_import
from factories import element_assessment_ids, project_with_assessment, write_bytes

BLANK = {
    "result": Result.NOT_ASSESSED.value,
    "work_status": WorkStatus.TO_DO.value,
    "owner": "",
    "department": "",
    "due_date": "",
    "notes": "",
}
"""What a new, blank assessment holds for every element before anything is recorded."""


@dataclass
class Session_:
    project: Project
    assessment_id: int
    elements: list[int]


@pytest.fixture
def scripted(project_path: Path, tmp_path: Path) -> Iterator[Session_]:
    project, assessment_id = project_with_assessment(project_path)
    with project:
        script = Session_(
            project, assessment_id, list(element_assessment_ids(project, assessment_id).values())
        )
        run_session(script, tmp_path)
        yield script


def edit(project: Project, changes: list[ElementChange], user: str = "ana") -> None:
    with project.transaction() as session:
        update_elements(session, changes, user=user)


def run_session(script: Session_, folder: Path) -> None:
    project, e = script.project, script.elements
    edit(project, [
        ElementChange(e[0], {"result": Result.FULLY_MET, "owner": "Нигора Усманова",
                             "department": "ICU", "due_date": date(2027, 1, 31)}),
        ElementChange(e[1], {"result": Result.PARTIALLY_MET, "work_status": WorkStatus.IN_PROGRESS,
                             "notes": "Qoʻl gigiyenasi: 2 of 3 wards"}),
        ElementChange(e[2], {"result": Result.NOT_MET, "owner": "Bob"}),
    ])  # fmt: skip
    edit(project, [ElementChange(e[0], {"notes": "first\nsecond line", "owner": "Dilnoza"})])
    # Undo the last edit: the same service with the old values.
    edit(project, [ElementChange(e[0], {"notes": "", "owner": "Нигора Усманова"})])
    edit(project, [ElementChange(e[1], {"due_date": date(2027, 2, 1)})], user="bob")
    edit(project, [ElementChange(e[1], {"due_date": None})], user="bob")

    policy = write_bytes(folder / "policy.pdf", 700)
    audit_file = write_bytes(folder / "audit.xlsx", 900, seed=3)
    with project.transaction() as session:
        [attached] = attach_files(session, [policy], [e[0], e[1]], user="ana").attached
        policy_id = attached.evidence_id
    with project.transaction() as session:
        link_evidence(session, policy_id, [e[3], e[1]], user="ana")
    with project.transaction() as session:
        unlink_evidence(session, policy_id, e[1], user="bob")
    with project.transaction() as session:
        update_evidence(session, policy_id, user="ana", name="Hand hygiene policy.pdf",
                        description="Signed 2026", review_date=date(2027, 6, 1))  # fmt: skip
    with project.transaction() as session:
        [second] = attach_files(session, [audit_file], [e[2], e[4]], user="ana").attached
    with project.transaction() as session:
        unlink_evidence(session, second.evidence_id, e[4], user="ana")
    with project.transaction() as session:
        delete_evidence(session, second.evidence_id, user="bob")
    with project.transaction() as session:
        attach_files(session, [audit_file], [e[5]], user="bob")

    round_trip(script, folder / "report.xlsx")

    with project.transaction() as session:
        set_locked(session, script.assessment_id, True, user="head")
    with project.transaction() as session:
        set_locked(session, script.assessment_id, False, user="head")
    with project.transaction() as session:
        bands = session.execute(
            select(col(ScoringProfileRecord.id)).where(
                col(ScoringProfileRecord.key) == "percentage_bands"
            )
        ).scalar_one()
        set_profile(session, script.assessment_id, bands, user="head")
    edit(project, [ElementChange(e[6], {"result": Result.NOT_APPLICABLE})], user="head")


def round_trip(script: Session_, path: Path) -> None:
    """Export the report, change three elements' cells in Excel, take the report back."""
    write_report(script.project, script.assessment_id, path)
    book = load_workbook(path)
    sheet = book["Elements"]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) + 1 for name in ("Code", "Result", "Owner", "Notes")}
    rows = list(sheet.iter_rows(min_row=2))
    edits = {
        0: {"Result": "Partially met", "Notes": "surveyor: one ward missing"},
        2: {"Result": "Fully met", "Owner": "Bobur"},
        7: {"Owner": "Sardor", "Result": "Not met"},
    }
    for index, values in edits.items():
        for name, value in values.items():
            rows[index][column[name] - 1].value = value
    book.save(path)
    plan = plan_results_import(script.project, script.assessment_id, path)
    assert plan.counts.changed_elements == 3
    apply_results_import(script.project, plan, user="quality officer")


def trail(project: Project) -> list[AuditEvent]:
    with project.session() as session:
        rows = list(session.execute(select(AuditEvent).order_by(col(AuditEvent.id))).scalars())
        session.expunge_all()
        return rows


def replayed_elements(events: list[AuditEvent], ids: list[int]) -> dict[int, dict[str, str]]:
    """Each element's fields, starting blank and applying every recorded field change in order;
    every row's old value must be what the rows before it left."""
    state = {row_id: dict(BLANK) for row_id in ids}
    for event in events:
        if event.action != "update_element":
            continue
        assert event.entity == "element_assessment"
        assert event.entity_id in state, event
        assert event.field in EDITABLE_FIELDS, event
        fields = state[event.entity_id]
        assert fields[event.field] == (event.old_value or ""), (event, fields)
        fields[event.field] = event.new_value or ""
    return state


def stored_elements(project: Project, assessment_id: int) -> dict[int, dict[str, str]]:
    with project.session() as session:
        rows = session.execute(
            select(ElementAssessment).where(col(ElementAssessment.assessment_id) == assessment_id)
        ).scalars()
        return {row.id or 0: {name: _text(getattr(row, name)) for name in BLANK} for row in rows}


def _text(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def replayed_links(events: list[AuditEvent]) -> set[tuple[int, int]]:
    links: set[tuple[int, int]] = set()
    for event in events:
        if event.entity != "element_assessment" or event.field != "evidence":
            continue
        assert event.entity_id is not None
        pair = (event.entity_id, int(event.details.removeprefix("evidence ")))
        if event.action in ("attach_evidence", "link_evidence"):
            assert pair not in links, event
            links.add(pair)
        else:
            assert event.action in ("unlink_evidence", "delete_evidence"), event
            assert pair in links, event
            links.remove(pair)
    return links


def replayed_evidence(events: list[AuditEvent]) -> dict[int, dict[str, str]]:
    files: dict[int, dict[str, str]] = {}
    for event in events:
        if event.entity != "evidence":
            continue
        assert event.entity_id is not None
        if event.action == "attach_evidence":
            files[event.entity_id] = {"name": event.new_value or "", "description": "",
                                      "review_date": ""}  # fmt: skip
        elif event.action == "update_evidence":
            assert files[event.entity_id][event.field] == event.old_value, event
            files[event.entity_id][event.field] = event.new_value or ""
        else:
            assert event.action == "delete_evidence", event
            assert json.loads(event.details)["element_assessments"] is not None
            del files[event.entity_id]
    return files


def test_replaying_the_trail_gives_every_elements_stored_state(scripted: Session_) -> None:
    events = trail(scripted.project)
    stored = stored_elements(scripted.project, scripted.assessment_id)
    replayed = replayed_elements(events, scripted.elements)
    assert replayed == stored
    # The session did change things: the replay is not trivially blank.
    e = scripted.elements
    changed = {row_id for row_id, fields in stored.items() if fields != BLANK}
    assert changed == {e[0], e[1], e[2], e[6], e[7]}
    assert stored[e[0]] == {
        "result": "partially_met",
        "work_status": "to_do",
        "owner": "Нигора Усманова",
        "department": "ICU",
        "due_date": "2027-01-31",
        "notes": "surveyor: one ward missing",
    }
    assert (stored[e[2]]["result"], stored[e[2]]["owner"]) == ("fully_met", "Bobur")
    assert (stored[e[7]]["result"], stored[e[7]]["owner"]) == ("not_met", "Sardor")


def test_every_evidence_link_change_is_in_the_trail(scripted: Session_) -> None:
    events = trail(scripted.project)
    with scripted.project.session() as session:
        stored = {
            (row.element_assessment_id, row.evidence_id)
            for row in session.execute(select(ElementEvidence)).scalars()
        }
        files = {
            row.id or 0: {
                "name": row.name,
                "description": row.description,
                "review_date": _text(row.review_date),
            }
            for row in session.execute(select(Evidence)).scalars()
        }
    assert replayed_links(events) == stored
    assert len(stored) == 3
    assert replayed_evidence(events) == files
    actions = [e.action for e in events if e.field == "evidence"]
    for action in ("attach_evidence", "link_evidence", "unlink_evidence", "delete_evidence"):
        assert action in actions


def test_lock_and_profile_changes_are_in_the_trail(scripted: Session_) -> None:
    events = [e for e in trail(scripted.project) if e.entity == "assessment"]
    locked = False
    profile = "jci_points"
    for event in events:
        assert event.entity_id == scripted.assessment_id
        if event.field == "locked":
            assert event.old_value == str(locked)
            locked = event.new_value == "True"
        elif event.field == "scoring_profile":
            assert event.old_value == profile
            profile = event.new_value or ""
    with scripted.project.session() as session:
        assessment = session.get(Assessment, scripted.assessment_id)
        assert assessment is not None
        record = session.get(ScoringProfileRecord, assessment.scoring_profile_id)
        assert record is not None
        assert (assessment.locked, record.key) == (locked, profile)
    assert [e.action for e in events] == [
        "create_assessment",
        "lock_assessment",
        "unlock_assessment",
        "set_scoring_profile",
    ]


def test_a_change_written_without_its_audit_row_is_caught(scripted: Session_) -> None:
    events = trail(scripted.project)
    with scripted.project.transaction() as session:
        row = session.get(ElementAssessment, scripted.elements[9])
        assert row is not None
        row.owner = "written behind the trail's back"
    stored = stored_elements(scripted.project, scripted.assessment_id)
    assert replayed_elements(events, scripted.elements) != stored
