"""The readiness dashboard: scores as the checklist's, the spread of results, overdue work by
owner and the warnings a surveyor would raise."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.dashboard import NO_OWNER, Dashboard, dashboard
from accredit_tracker.core.readiness.overview import chapter_titles, profile_of
from accredit_tracker.core.readiness.scoring import score_assessment
from accredit_tracker.core.readiness.warnings import QualityWarning, WarningKind
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from evidence_survey import TODAY, Survey, attach
from factories import element_assessment_ids, flat_rows, project_with_library, write_bytes

F, P, N, A = Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET, Result.NOT_APPLICABLE


def change(survey: Survey, code: str, **values: Any) -> None:
    with survey.project.transaction() as session:
        update_elements(session, [ElementChange(survey.elements[code], values)], user="ana")


def results(survey: Survey, **by_code: Result) -> None:
    """``results(survey, C0_1_ME_1=F)``: set results, the code spelled with underscores."""
    with survey.project.transaction() as session:
        changes = [
            ElementChange(survey.elements[_code(name)], {"result": result})
            for name, result in by_code.items()
        ]
        update_elements(session, changes, user="ana")


def _code(name: str) -> str:
    chapter, standard, _, element = name.split("_")
    return f"{chapter}.{standard} ME {element}"


def board(survey: Survey, today: date = TODAY) -> Dashboard:
    with survey.project.session() as session:
        return dashboard(session, survey.assessment_id, today=today)


def warning(found: Dashboard, kind: WarningKind) -> QualityWarning:
    (only,) = [w for w in found.warnings if w.kind is kind]
    return only


def flagged_codes(found: Dashboard, kind: WarningKind) -> list[str]:
    return [element.code for element in warning(found, kind).elements]


@pytest.fixture
def wide(project_target: Path | str) -> Iterator[Survey]:
    """Two chapters of five standards with two elements each, under JCI-style points."""
    project = project_with_library(project_target, flat_rows(chapters=2, standards=5, elements=2))
    with project:
        yield _assessed(project, "jci_points")


def _assessed(project: Project, profile_key: str) -> Survey:
    with project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        assessment_id = create_assessment(
            session, library_id=library_id, name="Mock", user="ana", profile_key=profile_key
        )
    return Survey(project, assessment_id, element_assessment_ids(project, assessment_id))


@pytest.mark.parametrize("profile_key", ["jci_points", "percentage_bands"])
def test_scores_are_those_of_the_checklist_rows(
    project_target: Path | str, profile_key: str
) -> None:
    project = project_with_library(project_target, flat_rows(chapters=3, standards=3, elements=2))
    with project:
        survey = _assessed(project, profile_key)
        results(survey, C0_1_ME_1=F, C0_1_ME_2=F, C0_2_ME_1=P, C0_3_ME_2=N, C1_1_ME_1=A,
                C1_1_ME_2=F, C1_2_ME_1=N, C1_3_ME_1=P)  # fmt: skip
        found = board(survey)
        with project.session() as session:
            assessment = session.get(Assessment, survey.assessment_id)
            assert assessment is not None
            titles = chapter_titles(session, assessment.library_id)
            expected = score_assessment(
                profile_of(session, assessment),
                element_rows(session, survey.assessment_id, today=TODAY),
                known_chapters=titles,
            )
    assert found.profile.key == profile_key
    assert (found.overall, found.verdict) == (expected.overall, expected.verdict)
    assert found.score.standards == expected.standards
    assert [(c.code, c.title, c.score, c.threshold, c.meets) for c in found.chapters] == [
        (n.code, titles[n.code], n.score, n.threshold, n.meets_threshold) for n in expected.chapters
    ]
    assert [c.code for c in found.chapters] == ["C0", "C1", "C2"]
    assert found.chapters[2].score is None and found.chapters[2].score_text == "—"
    assert (found.chapters[1].elements, found.chapters[1].applicable) == (6, 5)


def test_chapter_meets_its_threshold_under_points(wide: Survey) -> None:
    fully = {f"C0_{s}_ME_{e}": F for s in range(1, 6) for e in (1, 2)}
    failing = {f"C1_{s}_ME_{e}": N for s in range(2, 6) for e in (1, 2)}
    results(wide, **fully, **failing, C1_1_ME_1=P, C1_1_ME_2=N)
    found = board(wide)
    assert [(c.code, c.score_text, c.threshold, c.meets) for c in found.chapters] == [
        ("C0", "10.0", 8, True),
        ("C1", "0.5", 8, False),
    ]
    assert (found.overall_text, found.verdict.code.value) == ("5.2", "fail")
    assert (found.chapters[0].fully_met, found.chapters[0].not_assessed) == (10, 0)


def test_a_chapter_with_too_little_assessed_is_not_said_to_meet(wide: Survey) -> None:
    # C1: 2 of 10 elements assessed, both fully met: a 10.0 that says nothing yet.
    fully = {f"C0_{s}_ME_{e}": F for s in range(1, 6) for e in (1, 2)}
    results(wide, **fully, C1_1_ME_1=F, C1_1_ME_2=F)
    found = board(wide)
    c1 = found.chapters[1]
    assert (c1.code, c1.score_text, c1.meets, c1.enough_assessed) == ("C1", "10.0", None, False)
    assert found.chapters[0].enough_assessed
    assert found.verdict.code.value == "not_enough_assessed"


def test_distribution_counts_every_result(survey: Survey) -> None:
    results(survey, C0_1_ME_1=F, C0_1_ME_2=F, C0_2_ME_1=F, C0_2_ME_2=P, C0_3_ME_1=A)
    found = board(survey)
    assert found.distribution == {
        Result.NOT_ASSESSED: 7,
        Result.FULLY_MET: 3,
        Result.PARTIALLY_MET: 1,
        Result.NOT_MET: 0,
        Result.NOT_APPLICABLE: 1,
    }
    assert list(found.distribution) == list(Result)


def test_overdue_work_is_counted_by_owner_under_the_overdue_rule(survey: Survey) -> None:
    past, today = date(2026, 5, 1), TODAY
    plan: dict[str, dict[str, Any]] = {
        "C0.1 ME 1": {"owner": "Aziz", "due_date": past},
        "C0.1 ME 2": {"owner": "Aziz", "due_date": past, "result": P},
        "C0.2 ME 1": {"owner": "Olga", "due_date": past, "result": N},
        "C0.2 ME 2": {"due_date": past},
        "C0.3 ME 1": {"owner": "  ", "due_date": past},
        # Not overdue: due today, settled by result or status, no due date, due later.
        "C0.3 ME 2": {"owner": "Olga", "due_date": today},
        "C1.1 ME 1": {"owner": "Olga", "due_date": past, "result": F},
        "C1.1 ME 2": {"owner": "Olga", "due_date": past, "result": A},
        "C1.2 ME 1": {"owner": "Olga", "due_date": past, "work_status": WorkStatus.DONE},
        "C1.2 ME 2": {"owner": "Olga"},
        "C1.3 ME 1": {"owner": "Olga", "due_date": date(2026, 7, 1)},
    }
    for code, values in plan.items():
        change(survey, code, **values)
    found = board(survey, today)
    assert found.overdue_by_owner == {NO_OWNER: 2, "Aziz": 2, "Olga": 1}
    assert list(found.overdue_by_owner) == [NO_OWNER, "Aziz", "Olga"]
    with survey.project.session() as session:
        rows = element_rows(session, survey.assessment_id, today=today)
    assert sum(found.overdue_by_owner.values()) == sum(r.is_overdue(today) for r in rows)


def test_nothing_overdue_gives_an_empty_list(survey: Survey) -> None:
    assert board(survey).overdue_by_owner == {}


def test_fully_met_without_evidence_is_flagged(survey: Survey, tmp_path: Path) -> None:
    results(survey, C0_1_ME_1=F, C0_2_ME_1=F, C0_2_ME_2=P)
    attach(survey, [write_bytes(tmp_path / "policy.pdf", 500)], survey.elements["C0.1 ME 1"])
    found = warning(board(survey), WarningKind.FULLY_MET_WITHOUT_EVIDENCE)
    assert list(found.elements) == [(survey.elements["C0.2 ME 1"], "C0.2 ME 1", ())]
    assert found.elements[0].files == ()
    assert (found.count, found.label) == (1, "Fully met without evidence")


def test_evidence_past_its_review_date_is_flagged_with_the_file_names(
    survey: Survey, tmp_path: Path
) -> None:
    first, second = survey.elements["C0.1 ME 1"], survey.elements["C1.1 ME 1"]
    files = {name: write_bytes(tmp_path / name, 300, seed=n)
             for n, name in enumerate(["roster.xlsx", "audit.pdf", "photo.jpg"])}  # fmt: skip
    attach(survey, [files["roster.xlsx"]], second, first, review_date=date(2026, 5, 31))
    attach(survey, [files["audit.pdf"]], first, review_date=date(2026, 1, 1))
    attach(survey, [files["photo.jpg"]], second, review_date=TODAY)
    found = warning(board(survey), WarningKind.EXPIRED_EVIDENCE)
    assert [(e.element_assessment_id, e.code, e.files) for e in found.elements] == [
        (first, "C0.1 ME 1", ("audit.pdf", "roster.xlsx")),
        (second, "C1.1 ME 1", ("roster.xlsx",)),
    ]
    later = warning(board(survey, date(2026, 6, 2)), WarningKind.EXPIRED_EVIDENCE)
    assert later.elements[1].files == ("photo.jpg", "roster.xlsx")


def test_elements_without_an_owner_are_flagged_unless_not_applicable(survey: Survey) -> None:
    for code in list(survey.elements)[3:]:
        change(survey, code, owner="Dilnoza")
    change(survey, "C0.1 ME 1", result=A)
    change(survey, "C1.3 ME 2", owner=" ")
    found = board(survey)
    assert flagged_codes(found, WarningKind.NO_OWNER) == ["C0.1 ME 2", "C0.2 ME 1", "C1.3 ME 2"]


def test_failing_standard_in_a_passing_chapter_is_flagged_with_its_elements(
    wide: Survey,
) -> None:
    fully = {f"C0_{s}_ME_{e}": F for s in range(1, 5) for e in (1, 2)}
    failing = {f"C1_{s}_ME_{e}": N for s in range(3, 6) for e in (1, 2)}
    results(wide, **fully, **failing, C0_5_ME_1=N, C0_5_ME_2=P, C1_1_ME_1=N, C1_1_ME_2=N,
            C1_2_ME_1=F, C1_2_ME_2=N)  # fmt: skip
    found = board(wide)
    assert [(c.code, c.meets) for c in found.chapters] == [("C0", True), ("C1", False)]
    flagged = warning(found, WarningKind.FAILING_STANDARD_IN_PASSING_CHAPTER)
    (standard,) = flagged.standards
    assert (standard.chapter_code, standard.code, standard.score, standard.threshold) == (
        "C0", "C0.5", 2.5, 5)  # fmt: skip
    expected = [(wide.elements[c], c) for c in ("C0.5 ME 1", "C0.5 ME 2")]
    assert [(e.element_assessment_id, e.code) for e in standard.elements] == expected
    assert [(e.element_assessment_id, e.code) for e in flagged.elements] == expected


def test_percentage_profiles_have_no_standard_threshold_warning(project_target: Path | str) -> None:
    project = project_with_library(project_target)
    with project:
        survey = _assessed(project, "percentage_bands")
        results(survey, C0_1_ME_1=N)
        kinds = [w.kind for w in board(survey).warnings]
    assert kinds == [
        WarningKind.FULLY_MET_WITHOUT_EVIDENCE,
        WarningKind.EXPIRED_EVIDENCE,
        WarningKind.NO_OWNER,
    ]


def test_an_unknown_assessment_is_a_lookup_error(survey: Survey) -> None:
    with survey.project.session() as session, pytest.raises(LookupError):
        dashboard(session, survey.assessment_id + 1, today=TODAY)
