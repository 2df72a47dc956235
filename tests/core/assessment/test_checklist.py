"""The checklist queries: element rows, combined filters, history, names in use."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from test_services import library

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import (
    ElementFilter,
    change_counter,
    element_history,
    element_rows,
    names_in_use,
)
from accredit_tracker.core.evidence.attachments import attach_files, update_evidence
from accredit_tracker.core.library.libraries import (
    ChapterData,
    ElementData,
    StandardData,
    import_library,
)
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.core.vocabulary import Result, WorkStatus

TODAY = date(2026, 11, 26)


@pytest.fixture
def project(project_target: Path | str) -> Iterator[Project]:
    with create_project(project_target, user="ana") as project:
        yield project


@pytest.fixture
def assessment(project: Project) -> int:
    data = library()
    data.chapters[1].standards[0].elements.append(
        ElementData("2", "Bemorni ikki belgi bilan aniqlash: oʻqitish")
    )
    data.chapters.append(ChapterData("QPS", "Quality", [StandardData("QPS.1", "Data")]))
    with project.transaction() as session:
        library_id = import_library(session, data, user="ana")
        return create_assessment(session, library_id=library_id, name="Mock", user="ana")


def set_values(project: Project, row_id: int, **values: object) -> None:
    with project.transaction() as session:
        update_elements(session, [ElementChange(row_id, dict(values))], user="bo")


def test_rows_come_in_library_order_with_their_chapter_and_standard(
    project: Project, assessment: int
) -> None:
    with project.session() as session:
        rows = element_rows(session, assessment)
    assert [r.code for r in rows][:4] == ["PCI.1 ME 1", "PCI.1 ME 2", "PCI.1 ME 3", "PCI.2 ME 1"]
    assert (rows[-1].chapter_code, rows[-1].standard_code, rows[-1].evidence_count) == (
        "IPSG", "IPSG.1", 0,
    )  # fmt: skip


def test_when_and_by_whom_an_element_changed_is_read_back_in_utc(
    project: Project, assessment: int
) -> None:
    with project.session() as session:
        first = element_rows(session, assessment)[0]
    before = datetime.now(UTC)
    set_values(project, first.element_assessment_id, owner="Dilnoza")
    after = datetime.now(UTC)
    with project.session() as session:
        for rows in (
            element_rows(session, assessment),
            element_rows(session, assessment, [first.element_assessment_id]),
        ):
            changed = rows[0]
            assert changed.updated_at is not None and changed.updated_at.utcoffset() == timedelta(0)
            assert before <= changed.updated_at <= after
            assert (changed.updated_by, changed.version) == ("bo", 2)


def test_filters_combine(project: Project, assessment: int) -> None:
    with project.session() as session:
        ids = [r.element_assessment_id for r in element_rows(session, assessment)]
    set_values(project, ids[0], result=Result.NOT_MET, owner="Nodira", due_date=date(2026, 11, 1))
    set_values(project, ids[1], result=Result.NOT_MET, owner="Timur", due_date=date(2026, 12, 1))
    set_values(project, ids[2], result=Result.FULLY_MET, owner="Nodira", due_date=date(2026, 1, 1))
    set_values(project, ids[3], notes="Hand hygiene AUDIT pending")
    with project.session() as session:
        rows = element_rows(session, assessment)

    def codes(**parts: object) -> list[str]:
        return [r.code for r in ElementFilter(**parts).apply(rows, TODAY)]  # type: ignore[arg-type]

    assert codes(results=frozenset({Result.NOT_MET})) == ["PCI.1 ME 1", "PCI.1 ME 2"]
    assert codes(results=frozenset({Result.NOT_MET}), owner="Nodira") == ["PCI.1 ME 1"]
    assert codes(overdue=True) == ["PCI.1 ME 1"]  # ME 3 is past due but fully met
    assert codes(text="audit") == ["PCI.2 ME 1"]  # found in the notes
    assert codes(text="OʼQITISH") == ["IPSG.1 ME 2"]  # another apostrophe, other case
    assert codes(standard_code="PCI.2", statuses=frozenset({WorkStatus.TO_DO})) == [
        "PCI.2 ME 1", "PCI.2 ME 2", "PCI.2 ME 3",
    ]  # fmt: skip
    assert len(codes(no_evidence=True)) == len(rows)


def test_history_lists_changes_newest_first(project: Project, assessment: int) -> None:
    with project.session() as session:
        first = element_rows(session, assessment)[0].element_assessment_id
        before = change_counter(session)
    started = datetime.now(UTC)
    set_values(project, first, result=Result.PARTIALLY_MET)
    set_values(project, first, result=Result.FULLY_MET, owner="Nodira")
    ended = datetime.now(UTC)
    with project.session() as session:
        history = element_history(session, first)
        assert change_counter(session) > before
        assert names_in_use(session, "owner") == ["Nodira"]
    assert [(h.field, h.old_value, h.new_value) for h in history][-1] == (
        "result", "not_assessed", "partially_met",
    )  # fmt: skip
    assert {h.user for h in history} == {"bo"}
    assert len(history) == 3
    # Moments come back in UTC, whatever time zone the database session uses.
    assert all(h.at.utcoffset() == timedelta(0) and started <= h.at <= ended for h in history)


def test_evidence_past_its_review_date_marks_the_element_and_can_be_filtered(
    project: Project, assessment: int, tmp_path: Path
) -> None:
    with project.session() as session:
        first, second, third = (
            r.element_assessment_id for r in element_rows(session, assessment)[:3]
        )
    policy = tmp_path / "policy.pdf"
    policy.write_bytes(b"%PDF hand hygiene policy")
    minutes = tmp_path / "minutes.docx"
    minutes.write_bytes(b"committee minutes")
    with project.transaction() as session:
        old = attach_files(
            session, [policy], [first, second], user="ana", review_date=date(2026, 11, 25)
        )
        attach_files(session, [minutes], [second], user="ana", review_date=TODAY)
    with project.session() as session:
        rows = element_rows(session, assessment, today=TODAY)
    counts = {r.element_assessment_id: (r.evidence_count, r.expired_evidence) for r in rows}
    assert (counts[first], counts[second], counts[third]) == ((1, 1), (2, 1), (0, 0))
    expired = ElementFilter(expired_evidence=True).apply(rows, TODAY)
    assert [r.element_assessment_id for r in expired] == [first, second]

    with project.transaction() as session:
        update_evidence(
            session, old.attached[0].evidence_id, user="ana", review_date=date(2027, 11, 25)
        )
    with project.session() as session:
        rows = element_rows(session, assessment, today=TODAY)
    assert ElementFilter(expired_evidence=True).apply(rows, TODAY) == []
