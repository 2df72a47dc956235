"""Coverage across two editions through a mapping of every relationship kind: exactly which
source elements, with which results, bear on each target element, and which elements of each
edition nothing maps; a row mapping whole standards bears through each of their elements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.crosswalk.coverage import Coverage, coverage
from accredit_tracker.core.crosswalk.mappings import (
    LibraryCodes,
    MappingError,
    MappingLine,
    add_mapping_rows,
)
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.vocabulary import Result, WorkStatus
from editions import Editions, import_the_mapping, two_editions

EQ, SUB, SUP, INT = (
    Relationship.EQUAL,
    Relationship.SUBSET,
    Relationship.SUPERSET,
    Relationship.INTERSECT,
)
MET, PART, NOT = Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET


@pytest.fixture
def editions(project_target: Path | str, tmp_path: Path) -> Iterator[tuple[Editions, int]]:
    made = two_editions(project_target)
    mapping_set_id = import_the_mapping(made, tmp_path)
    yield made, mapping_set_id
    made.project.close()


def _listed(found: Coverage) -> dict[str, list[tuple[str, Relationship, Result | None]]]:
    return {
        target.code: [(b.code, b.relationship, b.result) for b in target.bearing]
        for target in found.targets
    }


def test_each_target_element_lists_the_source_elements_bearing_on_it_with_their_results(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    found = made.project.read(coverage, mapping_id, made.survey)
    assert (found.mapping_name, found.source_library, found.target_library) == (
        "2021 to 2024",
        "Edition 2021",
        "Edition 2024",
    )
    assert found.assessment_name == "Survey 2023"
    assert _listed(found) == {
        "A.1 ME 1": [("A.1 ME 1", EQ, MET)],  # unchanged
        "A.1 ME 2": [("A.2 ME 1", EQ, NOT)],  # renumbered
        "A.5 ME 1": [("A.2 ME 2", SUB, MET), ("A.3 ME 1", SUB, NOT)],  # merged
        "A.6 ME 1": [("A.1 ME 2", SUP, PART)],  # split
        "A.6 ME 2": [("A.1 ME 2", SUP, PART)],
        "A.7 ME 1": [],  # new: only said not related to B.2 ME 1
        "B.1 ME 1": [("B.1 ME 1", INT, MET)],
    }
    a6 = found.targets[3]
    assert a6.bearing[0].work_status == WorkStatus.IN_PROGRESS
    assert a6.bearing[0].text == "Hand hygiene and glove use are audited each month"
    merged = found.targets[2]
    assert (merged.worst, merged.best) == (NOT, MET)
    assert (found.targets[5].worst, found.targets[5].best) == (None, None)
    assert [(t.code, t.text) for t in found.unmapped_targets] == [
        ("A.7 ME 1", "Antimicrobial stewardship rounds are held weekly")
    ]
    # B.2 ME 1 was dropped: its result bears on nothing in the new edition.
    assert [(s.code, s.result) for s in found.unmapped_sources] == [("B.2 ME 1", MET)]


def test_without_an_assessment_or_with_nothing_recorded_the_results_say_so(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    bare = made.project.read(coverage, mapping_id, None)
    assert bare.assessment_name == ""
    assert bare.targets[0].bearing[0].result is None
    assert [s.result for s in bare.unmapped_sources] == [None]
    with made.project.transaction() as session:
        empty = create_assessment(
            session, library_id=made.old_library, name="Mock 2024", user="ana"
        )
    fresh = made.project.read(coverage, mapping_id, empty)
    assert {b.result for t in fresh.targets for b in t.bearing} == {Result.NOT_ASSESSED}
    assert (fresh.targets[2].worst, fresh.targets[2].best) == (None, None)
    # The structure does not depend on the assessment chosen.
    assert [[b.code for b in t.bearing] for t in fresh.targets] == [
        [b.code for b in t.bearing] for t in bare.targets
    ]


def test_a_row_mapping_whole_standards_bears_through_each_of_their_elements(
    editions: tuple[Editions, int],
) -> None:
    made, mapping_id = editions
    with made.project.transaction() as session:
        old = LibraryCodes(session, made.old_library)
        new = LibraryCodes(session, made.new_library)
        b2, a7 = old.find("B.2"), new.find("A.7")
        a3 = old.find("A.3")
        a7_element = new.find("A.7 ME 1")
        assert b2 is not None and a7 is not None and a3 is not None and a7_element is not None
        assert (b2.kind, a7.kind) == ("standard", "standard")
        add_mapping_rows(
            session,
            mapping_id,
            # The dropped standard B.2 partly covers the new standard A.7 …
            [
                MappingLine(b2, a7, Relationship.INTERSECT),
                # … and standard A.3 bears on the new element too; its one element, A.3 ME 1,
                # bears already on A.5 ME 1.
                MappingLine(a3, a7_element, Relationship.SUBSET),
            ],
            user="ana",
        )
    found = made.project.read(coverage, mapping_id, made.survey)
    listed = _listed(found)
    assert listed["A.7 ME 1"] == [("B.2 ME 1", INT, MET), ("A.3 ME 1", SUB, NOT)]
    assert listed["A.5 ME 1"] == [("A.2 ME 2", SUB, MET), ("A.3 ME 1", SUB, NOT)]
    assert found.unmapped_targets == [] and found.unmapped_sources == []


def test_an_assessment_of_another_library_is_refused(editions: tuple[Editions, int]) -> None:
    made, mapping_id = editions
    with made.project.transaction() as session:
        wrong = create_assessment(
            session, library_id=made.new_library, name="Survey 2025", user="ana"
        )
    with pytest.raises(MappingError, match="is not of the library mapping '2021 to 2024'"):
        made.project.read(coverage, mapping_id, wrong)
