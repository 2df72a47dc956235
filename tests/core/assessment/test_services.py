"""The core services: storing a library, assessments and element changes, each audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    AssessmentLocked,
    EditConflict,
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.library.libraries import (
    ChapterData,
    ElementData,
    LibraryData,
    StandardData,
    import_library,
    library_counts,
)
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.readiness.overview import overview
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    ElementAssessment,
    ElementEvidence,
    MeasurableElement,
)
from accredit_tracker.core.storage.project import Project, create_project, open_project
from accredit_tracker.core.vocabulary import AssessmentKind, Result, WorkStatus
from factories import write_bytes


def library(name: str = "Edition 7", elements: int = 3) -> LibraryData:
    return LibraryData(
        name=name,
        chapters=[
            ChapterData(
                "PCI",
                "Prevention and Control of Infections",
                [
                    StandardData(
                        f"PCI.{s}",
                        f"Standard {s}",
                        elements=[ElementData(str(e), f"Element {e}") for e in range(1, elements + 1)],
                    )
                    for s in (1, 2)
                ],
            ),
            ChapterData("IPSG", "Patient safety", [StandardData("IPSG.1", "Identify patients",
                        elements=[ElementData("1", "Two identifiers are used.")])]),
        ],
    )  # fmt: skip


@pytest.fixture
def project(project_target: Path | str) -> Iterator[Project]:
    with create_project(project_target, user="ana") as project:
        yield project


def audit_actions(session: Session) -> list[str]:
    return list(
        session.execute(select(col(AuditEvent.action)).order_by(col(AuditEvent.id))).scalars()
    )


def count(session: Session, table: type) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def test_import_library_stores_everything_with_one_audit_row(project: Project) -> None:
    with project.transaction() as session:
        library_id = import_library(session, library(), user="ana")
    with project.session() as session:
        [counts] = library_counts(session)
        assert (counts.library_id, counts.chapters, counts.standards, counts.elements) == (
            library_id, 2, 3, 7,
        )  # fmt: skip
        codes = session.execute(
            select(col(MeasurableElement.code)).order_by(col(MeasurableElement.position))
        )
        assert list(codes.scalars())[:2] == ["PCI.1 ME 1", "PCI.1 ME 2"]
        assert audit_actions(session)[-1] == "import_library"


def test_cancelled_import_leaves_no_trace(project: Project) -> None:
    monitor = TaskMonitor(lambda stage, done, total: monitor.cancel() if done else None)
    with project.session() as session:
        before = audit_actions(session)
    with pytest.raises(Cancelled), project.transaction() as session:
        import_library(session, library(elements=6000), user="ana", monitor=monitor)
    with project.session() as session:
        assert library_counts(session) == []
        assert count(session, MeasurableElement) == 0
        assert audit_actions(session) == before


def test_a_second_library_leaves_the_first_alone(project: Project) -> None:
    with project.transaction() as session:
        first = import_library(session, library("Edition 7"), user="ana")
    with project.transaction() as session:
        import_library(session, library("Edition 8", elements=5), user="ana")
    with project.session() as session:
        counts = {c.name: c.elements for c in library_counts(session)}
        assert counts == {"Edition 7": 7, "Edition 8": 11}
        assert library_counts(session)[0].library_id == first


def new_assessment(project: Project) -> int:
    with project.transaction() as session:
        library_id = import_library(session, library(), user="ana")
        return create_assessment(session, library_id=library_id, name="Mock survey", user="ana")


def element_rows(project: Project, assessment_id: int) -> list[ElementAssessment]:
    with project.session() as session:
        return list(
            session.execute(
                select(ElementAssessment)
                .where(col(ElementAssessment.assessment_id) == assessment_id)
                .order_by(col(ElementAssessment.id))
            ).scalars()
        )


def test_new_assessment_has_every_element_not_assessed(project: Project) -> None:
    assessment_id = new_assessment(project)
    rows = element_rows(project, assessment_id)
    assert len(rows) == 7
    assert {r.result for r in rows} == {Result.NOT_ASSESSED}
    assert {r.work_status for r in rows} == {WorkStatus.TO_DO}
    with project.session() as session:
        assert overview(session, assessment_id).score.verdict.code == "not_started"


def test_assessment_needs_a_name_and_a_known_profile(project: Project) -> None:
    with project.transaction() as session:
        library_id = import_library(session, library(), user="ana")
    with pytest.raises(AssessmentError, match="needs a name"), project.transaction() as session:
        create_assessment(session, library_id=library_id, name="  ", user="ana")
    with pytest.raises(AssessmentError, match="no scoring profile"), project.transaction() as s:
        create_assessment(s, library_id=library_id, name="X", user="ana", profile_key="nope")
    with project.session() as session:
        assert count(session, Assessment) == 0


def test_update_writes_values_version_and_one_audit_row_per_field(project: Project) -> None:
    assessment_id = new_assessment(project)
    first = element_rows(project, assessment_id)[0]
    assert first.id is not None
    values = {"result": Result.FULLY_MET, "owner": "Dr. Karimova", "due_date": date(2026, 12, 1)}
    with project.transaction() as session:
        update_elements(session, [ElementChange(first.id, values, expected_version=1)], user="bo")
    updated = element_rows(project, assessment_id)[0]
    assert (updated.result, updated.owner, updated.due_date) == (
        Result.FULLY_MET, "Dr. Karimova", date(2026, 12, 1),
    )  # fmt: skip
    assert (updated.version, updated.updated_by) == (2, "bo")
    with project.session() as session:
        events = session.execute(
            select(col(AuditEvent.field), col(AuditEvent.old_value), col(AuditEvent.new_value))
            .where(col(AuditEvent.action) == "update_element")
            .order_by(AuditEvent.field)
        ).all()
    assert events == [
        ("due_date", "", "2026-12-01"),
        ("owner", "", "Dr. Karimova"),
        ("result", "not_assessed", "fully_met"),
    ]


def test_a_due_date_set_again_to_the_same_day_changes_nothing(project: Project) -> None:
    """The stored day is compared as a day, whether the database gave a date or its text."""
    assessment_id = new_assessment(project)
    first = element_rows(project, assessment_id)[0]
    assert first.id is not None
    same = {"due_date": date(2026, 12, 1), "owner": "Dr. Karimova"}
    with project.transaction() as session:
        update_elements(session, [ElementChange(first.id, same)], user="bo")
    with project.transaction() as session:
        written = update_elements(session, [ElementChange(first.id, same, 2)], user="bo")
    assert written == {}
    assert element_rows(project, assessment_id)[0].version == 2
    with project.session() as session:
        assert audit_actions(session).count("update_element") == 2  # the first change's fields


def test_stale_version_is_refused_and_nothing_is_overwritten(project: Project) -> None:
    assessment_id = new_assessment(project)
    row_id = element_rows(project, assessment_id)[0].id
    assert row_id is not None
    before = datetime.now().astimezone()
    with project.transaction() as session:
        update_elements(session, [ElementChange(row_id, {"notes": "mine"}, 1)], user="ana")
    after = datetime.now().astimezone()
    with (
        pytest.raises(EditConflict, match="ana changed this element") as refused,
        project.transaction() as s,
    ):
        update_elements(s, [ElementChange(row_id, {"notes": "theirs"}, 1)], user="bo")
    # When it changed is told in the computer's time zone.
    said = {f"{moment:%Y-%m-%d %H:%M}" for moment in (before, after)}
    assert any(f"at {when} " in str(refused.value) for when in said)
    assert element_rows(project, assessment_id)[0].notes == "mine"


def test_bulk_change_is_all_or_nothing(project: Project) -> None:
    assessment_id = new_assessment(project)
    ids = [r.id for r in element_rows(project, assessment_id)]
    changes = [ElementChange(i, {"result": Result.NOT_MET}) for i in ids[:3] if i is not None]
    changes.append(ElementChange(ids[3] or 0, {"result": "fully_met"}))  # a plain str is refused
    with pytest.raises(AssessmentError, match="not a valid value"), project.transaction() as s:
        update_elements(s, changes, user="ana")
    assert {r.result for r in element_rows(project, assessment_id)} == {Result.NOT_ASSESSED}


def test_locked_assessment_refuses_changes(project: Project) -> None:
    assessment_id = new_assessment(project)
    row_id = element_rows(project, assessment_id)[0].id
    assert row_id is not None
    with project.session() as session:
        assessment = session.get(Assessment, assessment_id)
        assert assessment is not None
        assessment.locked = True
        session.add(assessment)
        session.commit()
    refused = pytest.raises(AssessmentLocked, match="'Mock survey' is locked; unlock it first")
    with refused, project.transaction() as session:
        update_elements(session, [ElementChange(row_id, {"notes": "x"})], user="ana")


def test_new_assessment_can_start_from_an_earlier_ones_results(project: Project) -> None:
    first = new_assessment(project)
    rows = element_rows(project, first)
    with project.transaction() as session:
        update_elements(
            session,
            [
                ElementChange(rows[0].id or 0, {"result": Result.FULLY_MET, "owner": "Nodira"}),
                ElementChange(rows[1].id or 0, {"result": Result.NOT_MET, "notes": "gap"}),
            ],
            user="ana",
        )
    with project.transaction() as session:
        library_id = session.get(Assessment, first).library_id  # type: ignore[union-attr]
        second = create_assessment(
            session, library_id=library_id, name="Official survey", user="ana", based_on=first
        )
    copied = element_rows(project, second)
    assert [(r.result, r.owner, r.notes) for r in copied[:3]] == [
        (Result.FULLY_MET, "Nodira", ""),
        (Result.NOT_MET, "", ""),
        (Result.NOT_ASSESSED, "", ""),
    ]
    assert element_rows(project, first)[1].notes == "gap"


def test_new_assessment_keeps_its_survey_dates(project: Project) -> None:
    with project.transaction() as session:
        library_id = import_library(session, library(), user="ana")
        assessment_id = create_assessment(
            session,
            library_id=library_id,
            name="Official survey",
            user="ana",
            kind=AssessmentKind.OFFICIAL,
            starts_on=date(2027, 3, 1),
            ends_on=date(2027, 3, 5),
        )
    with project.session() as session:
        assessment = session.get(Assessment, assessment_id)
        assert assessment is not None
        assert (assessment.starts_on, assessment.ends_on) == (date(2027, 3, 1), date(2027, 3, 5))
        details = session.execute(
            select(col(AuditEvent.details)).where(col(AuditEvent.action) == "create_assessment")
        ).scalar_one()
    assert details == "kind=official; profile=jci_points; starts=2027-03-01; ends=2027-03-05"


def test_a_follow_up_survey_is_stored_and_read_back_as_one(project_target: Path | str) -> None:
    with create_project(project_target, user="ana") as project, project.transaction() as session:
        library_id = import_library(session, library(), user="ana")
        create_assessment(
            session,
            library_id=library_id,
            name="Follow-up 2027",
            user="ana",
            kind=AssessmentKind.FOLLOW_UP,
        )
    with open_project(project_target) as project, project.session() as session:
        [stored] = session.execute(select(Assessment)).scalars().all()
        assert (stored.name, stored.kind) == ("Follow-up 2027", AssessmentKind.FOLLOW_UP)


def test_a_survey_cannot_end_before_it_starts(project: Project) -> None:
    with project.transaction() as session:
        library_id = import_library(session, library(), user="ana")
    refused = pytest.raises(AssessmentError, match=r"cannot end \(2027-03-01\) before it starts")
    with refused, project.transaction() as session:
        create_assessment(
            session,
            library_id=library_id,
            name="Official survey",
            user="ana",
            starts_on=date(2027, 3, 5),
            ends_on=date(2027, 3, 1),
        )
    with project.session() as session:
        assert count(session, Assessment) == 0


def _links(project: Project, assessment_id: int) -> set[tuple[int, int]]:
    """(element id, evidence id) of every evidence link in the assessment."""
    with project.session() as session:
        rows = session.execute(
            select(col(ElementAssessment.element_id), col(ElementEvidence.evidence_id))
            .join(
                ElementAssessment,
                col(ElementAssessment.id) == ElementEvidence.element_assessment_id,
            )
            .where(col(ElementAssessment.assessment_id) == assessment_id)
        )
        return {(element_id, evidence_id) for element_id, evidence_id in rows}


def _started_from(project: Project, first: int, **options: object) -> int:
    with project.transaction() as session:
        library_id = session.get(Assessment, first).library_id  # type: ignore[union-attr]
        return create_assessment(
            session,
            library_id=library_id,
            name="Official survey",
            user="bob",
            based_on=first,
            **options,  # type: ignore[arg-type]
        )


def _with_evidence(project: Project, folder: Path) -> tuple[int, list[ElementAssessment]]:
    first = new_assessment(project)
    rows = element_rows(project, first)
    files = [write_bytes(folder / "policy.pdf", 300), write_bytes(folder / "audit.xlsx", 400, 1)]
    with project.transaction() as session:
        attach_files(session, files[:1], [rows[0].id or 0, rows[2].id or 0], user="ana")
        attach_files(session, files[1:], [rows[2].id or 0], user="ana")
    return first, rows


def test_starting_from_an_earlier_assessment_carries_its_evidence_links(
    project: Project, tmp_path: Path
) -> None:
    first, rows = _with_evidence(project, tmp_path)
    with project.session() as session:
        evidence_before = count(session, ElementEvidence)
    second = _started_from(project, first)
    assert _links(project, second) == _links(project, first)
    assert len(_links(project, second)) == 3
    with project.session() as session:
        assert count(session, ElementEvidence) == evidence_before + 3
        summary = session.execute(
            select(
                col(AuditEvent.user),
                col(AuditEvent.entity),
                col(AuditEvent.entity_id),
                col(AuditEvent.assessment_id),
                col(AuditEvent.new_value),
                col(AuditEvent.details),
            ).where(col(AuditEvent.action) == "carry_evidence_links")
        ).one()
    assert tuple(summary) == (
        "bob",
        "assessment",
        second,
        second,
        "3",
        f"evidence links carried over from assessment {first} 'Mock survey'",
    )
    assert rows[0].element_id in {element_id for element_id, _ in _links(project, second)}


def test_evidence_links_stay_behind_when_asked(project: Project, tmp_path: Path) -> None:
    first, _ = _with_evidence(project, tmp_path)
    second = _started_from(project, first, carry_evidence=False)
    assert _links(project, second) == set()
    assert len(_links(project, first)) == 3
    with project.session() as session:
        assert "carry_evidence_links" not in audit_actions(session)


def test_carried_links_roll_back_with_a_refused_assessment(
    project: Project, tmp_path: Path
) -> None:
    first, _ = _with_evidence(project, tmp_path)
    with pytest.raises(AssessmentError), project.transaction() as session:
        library_id = session.get(Assessment, first).library_id  # type: ignore[union-attr]
        create_assessment(session, library_id=library_id, name="Second", user="bob", based_on=first)
        raise AssessmentError("the user cancelled")
    with project.session() as session:
        assert count(session, ElementEvidence) == 3
        assert count(session, Assessment) == 1
