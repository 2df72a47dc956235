"""Carrying a survey of one edition to the next through a mapping of every relationship kind:
exactly the equal elements carry their values and evidence (marked to review), the others get
suggestions an officer decides one by one, and nothing else changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    AssessmentLocked,
    ElementChange,
    create_assessment,
    set_locked,
    update_elements,
)
from accredit_tracker.core.audit.chain import check_chain
from accredit_tracker.core.crosswalk.carrying import (
    carry_assessment,
    carry_into_assessment,
    decide_suggestion,
    review_carried,
    review_counts,
    suggestions_for,
    with_open_suggestions,
)
from accredit_tracker.core.crosswalk.mappings import MappingError
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    ElementAssessment,
    ElementEvidence,
    Evidence,
)
from accredit_tracker.core.vocabulary import Result, WorkStatus
from editions import Editions, import_the_mapping, two_editions
from factories import element_assessment_ids


@pytest.fixture
def editions(project_target: Path | str, tmp_path: Path) -> Iterator[tuple[Editions, int]]:
    made = two_editions(project_target)
    mapping_set_id = import_the_mapping(made, tmp_path)
    yield made, mapping_set_id
    made.project.close()


def _values(editions: Editions, assessment_id: int) -> dict[str, tuple[object, ...]]:
    ids = element_assessment_ids(editions.project, assessment_id)
    with editions.project.session() as session:
        found: dict[str, tuple[object, ...]] = {}
        for code, row_id in ids.items():
            row = session.get(ElementAssessment, row_id)
            assert row is not None
            links = session.execute(
                select(col(ElementEvidence.evidence_id))
                .where(col(ElementEvidence.element_assessment_id) == row_id)
                .order_by(col(ElementEvidence.evidence_id))
            ).scalars()
            found[code] = (
                row.result,
                row.work_status,
                row.owner,
                row.department,
                row.due_date,
                row.notes,
                tuple(links),
            )
    return found


def _carry(editions: Editions, mapping_id: int) -> int:
    with editions.project.transaction() as session:
        summary = carry_assessment(
            session, editions.survey, mapping_id, name="Survey 2025", user="bobur"
        )
    assert (summary.carried, summary.evidence_links, summary.suggested, summary.suggestions) == (
        2,
        1,
        4,
        5,
    )
    return summary.assessment_id


BLANK = (Result.NOT_ASSESSED, WorkStatus.TO_DO, "", "", None, "", ())


def test_equal_elements_carry_their_values_and_the_rest_get_suggestions(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    before = _values(made, made.survey)
    new = _carry(made, mapping_id)
    e0 = made.evidence[0]
    assert _values(made, new) == {
        "A.1 ME 1": (
            Result.FULLY_MET,
            WorkStatus.TO_DO,
            "Dr Karimova",
            "",
            None,
            "Observed",
            (e0,),
        ),
        "A.1 ME 2": (Result.NOT_MET, WorkStatus.TO_DO, "CSSD", "", None, "", ()),
        "A.5 ME 1": BLANK,
        "A.6 ME 1": BLANK,
        "A.6 ME 2": BLANK,
        "A.7 ME 1": BLANK,
        "B.1 ME 1": BLANK,
    }
    assert _values(made, made.survey) == before  # the survey carried from is untouched
    ids = element_assessment_ids(made.project, new)
    old = made.old
    with made.project.session() as session:
        offered = {
            code: sorted(
                (s.source_code, s.relationship, s.result) for s in suggestions_for(session, row_id)
            )
            for code, row_id in ids.items()
        }
        counts = review_counts(session, new)
        carried_events = session.execute(
            select(col(AuditEvent.entity_id), col(AuditEvent.field), col(AuditEvent.new_value))
            .where(col(AuditEvent.action) == "carry_element")
            .order_by(col(AuditEvent.id))
        ).all()
        evidence_rows = session.execute(select(func.count()).select_from(Evidence)).scalar_one()
    assert offered == {
        "A.1 ME 1": [],
        "A.1 ME 2": [],
        "A.5 ME 1": [
            ("A.2 ME 2", Relationship.SUBSET, Result.FULLY_MET),
            ("A.3 ME 1", Relationship.SUBSET, Result.NOT_MET),
        ],
        "A.6 ME 1": [("A.1 ME 2", Relationship.SUPERSET, Result.PARTIALLY_MET)],
        "A.6 ME 2": [("A.1 ME 2", Relationship.SUPERSET, Result.PARTIALLY_MET)],
        "A.7 ME 1": [],
        "B.1 ME 1": [("B.1 ME 1", Relationship.INTERSECT, Result.FULLY_MET)],
    }
    assert (counts.carried, counts.suggested) == (2, 4)
    assert sorted(carried_events) == sorted(
        [
            (ids["A.1 ME 1"], "result", "fully_met"),
            (ids["A.1 ME 1"], "owner", "Dr Karimova"),
            (ids["A.1 ME 1"], "notes", "Observed"),
            (ids["A.1 ME 1"], "evidence", str(e0)),
            (ids["A.1 ME 2"], "result", "not_met"),
            (ids["A.1 ME 2"], "owner", "CSSD"),
        ]
    )
    assert evidence_rows == 3  # the same stored files are linked, never copied
    assert old["A.1 ME 1"] not in ids.values()
    with made.project.session() as session:
        assert check_chain(session) is None  # the trail still chains, on either back-end


def test_suggestions_are_accepted_or_rejected_one_by_one(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    new = _carry(made, mapping_id)
    ids = element_assessment_ids(made.project, new)
    with made.project.session() as session:
        merged = {s.source_code: s for s in suggestions_for(session, ids["A.5 ME 1"])}
    with made.project.transaction() as session:
        decide_suggestion(session, merged["A.2 ME 2"].id, accept=True, user="bobur")
        decide_suggestion(session, merged["A.3 ME 1"].id, accept=False, user="bobur")
    values = _values(made, new)
    assert values["A.5 ME 1"] == (
        Result.FULLY_MET, WorkStatus.TO_DO, "", "", None, "", (made.evidence[1],),
    )  # fmt: skip
    with made.project.session() as session:
        assert ids["A.5 ME 1"] not in with_open_suggestions(session, new)
        decisions = session.execute(
            select(col(AuditEvent.action), col(AuditEvent.user))
            .where(col(AuditEvent.field) == "suggestion")
            .order_by(col(AuditEvent.id))
        ).all()
    assert decisions == [("accept_suggestion", "bobur"), ("reject_suggestion", "bobur")]
    with made.project.transaction() as session, pytest.raises(MappingError, match="decided"):
        decide_suggestion(session, merged["A.3 ME 1"].id, accept=True, user="bobur")
    assert _values(made, new)["A.5 ME 1"] == values["A.5 ME 1"]


def test_reviewing_clears_the_queue_and_a_locked_assessment_refuses(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    new = _carry(made, mapping_id)
    ids = element_assessment_ids(made.project, new)
    with made.project.transaction() as session:
        update_elements(
            session,
            [ElementChange(ids["A.1 ME 2"], {"result": Result.PARTIALLY_MET})],
            user="bobur",
        )  # "change": the officer corrects the carried result, then marks it reviewed
        assert (
            review_carried(
                session, [ids["A.1 ME 1"], ids["A.1 ME 2"], ids["A.7 ME 1"]], user="bobur"
            )
            == 2
        )
        assert review_carried(session, [ids["A.1 ME 1"]], user="bobur") == 0
    with made.project.session() as session:
        assert (review_counts(session, new).carried, review_counts(session, new).suggested) == (
            0,
            4,
        )
    with made.project.transaction() as session:
        set_locked(session, new, True, user="bobur")
    offered = made.project.read(suggestions_for, ids["B.1 ME 1"])
    with made.project.transaction() as session, pytest.raises(AssessmentLocked):
        decide_suggestion(session, offered[0].id, accept=True, user="bobur")
    assert _values(made, new)["B.1 ME 1"] == BLANK


def test_an_assessment_of_another_library_is_refused(editions: tuple[Editions, int]) -> None:
    made, mapping_id = editions
    new = _carry(made, mapping_id)
    with made.project.transaction() as session, pytest.raises(MappingError, match="starts from"):
        carry_assessment(session, new, mapping_id, name="Backwards", user="bobur")
    with made.project.session() as session:  # the refused carry created no assessment
        names = session.execute(select(col(Assessment.name)).order_by(col(Assessment.id))).scalars()
        assert list(names) == ["Survey 2023", "Survey 2025"]


def _made_already(editions: Editions, name: str = "Survey 2025") -> int:
    """A blank assessment of the new edition, as the administrator makes it."""
    with editions.project.transaction() as session:
        return create_assessment(
            session, library_id=editions.new_library, name=name, user="administrator"
        )


def test_carrying_into_an_assessment_made_already_fills_it_as_a_new_one(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    fresh = _carry(made, mapping_id)
    target = _made_already(made, "Survey 2026")
    with made.project.transaction() as session:
        summary = carry_into_assessment(session, made.survey, mapping_id, target, user="bobur")
    assert (summary.assessment_id, summary.carried, summary.evidence_links) == (target, 2, 1)
    assert (summary.suggested, summary.suggestions) == (4, 5)
    # Exactly what carrying into a new assessment makes: values, links, marks, suggestions.
    assert _values(made, target) == _values(made, fresh)
    ids = element_assessment_ids(made.project, target)
    with made.project.session() as session:
        assert (
            review_counts(session, target).carried,
            review_counts(session, target).suggested,
        ) == (
            2,
            4,
        )
        offered = sorted(s.source_code for s in suggestions_for(session, ids["A.5 ME 1"]))
        assert check_chain(session) is None
        events = session.execute(
            select(col(AuditEvent.action), col(AuditEvent.field), col(AuditEvent.new_value))
            .where(col(AuditEvent.entity_id) == ids["A.1 ME 1"])
            .order_by(col(AuditEvent.id))
        ).all()
    assert offered == ["A.2 ME 2", "A.3 ME 1"]
    # Each carried value is recorded: by the application in a project file, by the server's
    # triggers (as element edits, with the carrying's words) on a shared project.
    assert {(field, new) for _, field, new in events} >= {
        ("result", "fully_met"),
        ("owner", "Dr Karimova"),
        ("notes", "Observed"),
    }


def test_carrying_into_is_refused_once_anything_is_recorded_locked_or_of_another_library(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    target = _made_already(made)
    ids = element_assessment_ids(made.project, target)
    with made.project.transaction() as session:
        update_elements(
            session, [ElementChange(ids["A.7 ME 1"], {"notes": "Rounds start in May"})], user="ana"
        )
    with made.project.transaction() as session, pytest.raises(MappingError, match="recorded"):
        carry_into_assessment(session, made.survey, mapping_id, target, user="bobur")
    values = _values(made, target)
    assert values["A.1 ME 1"] == BLANK  # nothing was carried
    with made.project.transaction() as session, pytest.raises(MappingError, match="leads to"):
        carry_into_assessment(session, made.survey, mapping_id, made.survey, user="bobur")
    blank = _made_already(made, "Survey 2026")
    with made.project.transaction() as session:
        set_locked(session, blank, True, user="administrator")
    with made.project.transaction() as session, pytest.raises(AssessmentLocked):
        carry_into_assessment(session, made.survey, mapping_id, blank, user="bobur")
    with made.project.session() as session:
        assert review_counts(session, blank).total == 0
