"""Comparing two assessments: chapter scores then and now, and what became of each element."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.comparison import (
    ElementChange,
    compare_assessments,
    element_change,
    format_change,
    shown_change,
)
from accredit_tracker.core.readiness.scoring import ProfileKind, ScoringProfile
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.interchange.standards.plan import ImportOptions
from comparison_survey import NEW_CODE, REMOVED_CODE, set_results, two_surveys
from factories import element_assessment_ids, flat_rows, project_with_library, write_xlsx


def test_each_chapter_shows_its_score_then_and_now_and_the_change(
    project_target: Path | str,
) -> None:
    with two_surveys(project_target) as surveys, surveys.project.session() as session:
        comparison = compare_assessments(session, surveys.mock_id, surveys.official_id)
    c0, c1 = comparison.chapters
    assert (c0.code, c0.title) == ("C0", "Chapter 0")
    assert (c0.earlier_text, c0.later_text, c0.change_text) == ("6.6", "8.3", "+1.7")
    assert c0.change == pytest.approx(25 / 3 - 20 / 3)
    assert (c1.earlier, c1.later_text, c1.change, c1.change_text) == (None, "0.0", None, "—")
    overall = comparison.overall
    assert (overall.earlier_text, overall.later_text, overall.change_text) == ("6.6", "6.2", "-0.4")
    assert not comparison.profiles_differ


def test_each_element_is_named_by_what_became_of_it(project_target: Path | str) -> None:
    with two_surveys(project_target) as surveys, surveys.project.session() as session:
        comparison = compare_assessments(session, surveys.mock_id, surveys.official_id)
    changes = {element.code: element.change for element in comparison.elements}
    assert changes == {
        "C0.1 ME 1": ElementChange.IMPROVED,
        "C0.1 ME 2": ElementChange.REGRESSED,
        "C0.2 ME 1": ElementChange.UNCHANGED,
        "C0.2 ME 2": ElementChange.CHANGED,
        "C0.3 ME 1": ElementChange.UNCHANGED,
        "C0.3 ME 2": ElementChange.CHANGED,
        "C1.1 ME 1": ElementChange.CHANGED,
        "C1.1 ME 2": ElementChange.UNCHANGED,
        "C1.2 ME 1": ElementChange.UNCHANGED,
        "C1.2 ME 2": ElementChange.UNCHANGED,
        NEW_CODE: ElementChange.NEW,
        REMOVED_CODE: ElementChange.REMOVED,
    }
    assert list(changes)[-1] == REMOVED_CODE
    assert comparison.counts == {
        ElementChange.IMPROVED: 1,
        ElementChange.REGRESSED: 1,
        ElementChange.UNCHANGED: 5,
        ElementChange.CHANGED: 3,
        ElementChange.NEW: 1,
        ElementChange.REMOVED: 1,
    }


def test_elements_carry_their_results_and_ids_in_each_assessment(
    project_target: Path | str,
) -> None:
    with two_surveys(project_target) as surveys, surveys.project.session() as session:
        comparison = compare_assessments(session, surveys.mock_id, surveys.official_id)
    by_code = {element.code: element for element in comparison.elements}
    first = by_code["C0.1 ME 1"]
    assert (first.earlier, first.later) == (Result.NOT_MET, Result.FULLY_MET)
    assert (first.earlier_id, first.later_id) == (
        surveys.mock["C0.1 ME 1"], surveys.official["C0.1 ME 1"]
    )  # fmt: skip
    new, removed = by_code[NEW_CODE], by_code[REMOVED_CODE]
    assert (new.earlier, new.earlier_id, new.later_id) == (None, None, surveys.official[NEW_CODE])
    assert (removed.later, removed.later_id) == (None, None)
    assert removed.earlier == Result.NOT_ASSESSED


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        (Result.NOT_MET, Result.PARTIALLY_MET, ElementChange.IMPROVED),
        (Result.PARTIALLY_MET, Result.FULLY_MET, ElementChange.IMPROVED),
        (Result.FULLY_MET, Result.NOT_MET, ElementChange.REGRESSED),
        (Result.NOT_APPLICABLE, Result.NOT_APPLICABLE, ElementChange.UNCHANGED),
        (Result.FULLY_MET, Result.NOT_APPLICABLE, ElementChange.CHANGED),
        (Result.NOT_MET, Result.NOT_ASSESSED, ElementChange.CHANGED),
        (None, Result.NOT_ASSESSED, ElementChange.NEW),
        (Result.FULLY_MET, None, ElementChange.REMOVED),
    ],
)
def test_the_rule_naming_a_change(
    earlier: Result | None, later: Result | None, expected: ElementChange
) -> None:
    assert element_change(earlier, later) is expected


def test_scores_under_different_kinds_of_profile_show_no_change(project_target: Path | str) -> None:
    with (
        two_surveys(project_target, official_profile="percentage_bands") as surveys,
        surveys.project.session() as session,
    ):
        comparison = compare_assessments(session, surveys.mock_id, surveys.official_id)
    assert comparison.profiles_differ
    c0 = comparison.chapters[0]
    assert (c0.earlier_text, c0.later_text, c0.change, c0.change_text) == ("6.6", "66 %", None, "—")


def test_assessments_of_two_editions_are_matched_by_element_code(
    project_target: Path | str, tmp_path: Path
) -> None:
    rows = flat_rows(chapters=1, standards=2, elements=2)
    edition_2 = [list(row) for row in rows]
    edition_2[-1][4] = 3  # C0.2 ME 2 is renumbered C0.2 ME 3
    with project_with_library(project_target, rows) as project:
        source = write_xlsx(tmp_path / "edition-2.xlsx", edition_2)
        import_standards(project, source, ImportOptions(name="Edition 2"), user="tester")
        with project.transaction() as session:
            first, second = (c.library_id for c in library_counts(session))
            old = create_assessment(session, library_id=first, name="Old", user="tester")
            new = create_assessment(session, library_id=second, name="New", user="tester")
        set_results(project, element_assessment_ids(project, old), {"C0.1 ME 1": Result.NOT_MET})
        set_results(project, element_assessment_ids(project, new), {"C0.1 ME 1": Result.FULLY_MET})
        with project.session() as session:
            comparison = compare_assessments(session, old, new)
    changes = {element.code: element.change.value for element in comparison.elements}
    assert changes == {
        "C0.1 ME 1": "improved",
        "C0.1 ME 2": "unchanged",
        "C0.2 ME 1": "unchanged",
        "C0.2 ME 3": "new",
        "C0.2 ME 2": "removed",
    }


def test_a_missing_assessment_is_named(project_target: Path | str) -> None:
    with (
        two_surveys(project_target) as surveys,
        surveys.project.session() as session,
        pytest.raises(LookupError, match="no assessment with id 99"),
    ):
        compare_assessments(session, surveys.mock_id, 99)


def test_changes_are_shown_with_their_sign() -> None:
    points = ScoringProfile.from_dict(
        {
            "key": "p",
            "name": "Points",
            "kind": "points",
            "points": {"fully_met": 10, "partially_met": 5, "not_met": 0},
            "thresholds": {"standard": None, "chapter": None, "overall": None},
        }
    )
    assert points.kind is ProfileKind.POINTS
    assert [format_change(points, v) for v in (1.25, -0.5, 0.01, None)] == [
        "+1.2", "-0.5", "0.0", "—"
    ]  # fmt: skip
    # The same changes as numbers, for a spreadsheet cell: no -0 for a change of nothing.
    shown = [shown_change(points, v) for v in (1.25, -0.5, -0.01, None)]
    assert shown == [1.2, -0.5, 0.0, None]
    assert str(shown[2]) == "0.0"
