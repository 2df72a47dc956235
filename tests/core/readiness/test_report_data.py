"""What the report reads from the project: elements in library order with points and evidence,
scores that match the app's, evidence files of the assessment, and its audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.overview import overview
from accredit_tracker.core.readiness.report_data import (
    audit_event_count,
    audit_lines,
    current_score,
    element_count,
    element_lines,
    evidence_lines,
    planned_results,
    report_heading,
)
from accredit_tracker.core.vocabulary import AssessmentKind, Result, WorkStatus
from report_survey import TODAY, Survey, filled_survey


@pytest.fixture
def survey(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    with filled_survey(project_target, tmp_path / "files") as found:
        yield found


def test_elements_come_in_library_order_with_their_state(survey: Survey) -> None:
    survey.attach("policy.pdf", "C0.1 ME 1")
    survey.attach("ward audit.xlsx", "C0.1 ME 1", "C0.2 ME 1")
    with survey.project.session() as session:
        lines = list(element_lines(session, survey.assessment_id))
        assert element_count(session, survey.assessment_id) == len(lines) == 12
    assert [line.code for line in lines] == list(survey.elements)
    first = lines[0]
    assert (first.chapter_code, first.standard_code, first.text) == (
        "C0", "C0.1", "Element 1 of standard C0.1")  # fmt: skip
    assert (first.result, first.points, first.work_status) == (
        Result.FULLY_MET, 10, WorkStatus.DONE)  # fmt: skip
    assert (first.owner, first.department, first.due_date) == (
        "Нигора Усманова", "Sifat boʻlimi", date(2026, 5, 1))  # fmt: skip
    assert first.evidence == ("policy.pdf", "ward audit.xlsx")
    assert first.updated_at is not None and first.updated_at.tzinfo is UTC
    assert (first.updated_by, first.version) == ("ana", 2)
    assert lines[2].evidence == ("ward audit.xlsx",)
    assert [line.points for line in lines[1:4]] == [5, 0, None]
    assert (lines[-1].result, lines[-1].points, lines[-1].updated_at) == (
        Result.NOT_ASSESSED, None, None)  # fmt: skip


def test_gaps_and_overdue_follow_the_action_plan_rules(survey: Survey) -> None:
    with survey.project.session() as session:
        lines = {line.code: line for line in element_lines(session, survey.assessment_id)}
    needing_action = planned_results(include_not_assessed=False)
    planned = [code for code, line in lines.items() if line.result in needing_action]
    assert planned == ["C0.1 ME 2", "C0.2 ME 1", "C0.3 ME 1"]  # partially met or not met
    with_waiting = planned_results(include_not_assessed=True)
    assert [code for code, line in lines.items() if line.result not in with_waiting] == [
        "C0.1 ME 1", "C0.2 ME 2"]  # fully met, not applicable  # fmt: skip
    assert lines["C0.1 ME 2"].is_overdue(TODAY)  # partially met, due in May, in progress
    assert not lines["C0.1 ME 2"].is_overdue(date(2026, 5, 15))  # due that very day
    assert not lines["C0.2 ME 1"].is_overdue(TODAY)  # due in July
    assert not lines["C0.3 ME 1"].is_overdue(TODAY)  # past due, but its work is done
    assert not lines["C0.1 ME 1"].is_overdue(TODAY)  # past due, but fully met


@pytest.mark.parametrize("profile", ["jci_points", "percentage_bands"])
def test_the_report_scores_exactly_as_the_app_does(survey: Survey, profile: str) -> None:
    with survey.project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        assessment_id = create_assessment(session, library_id=library_id, name=profile,
                                          user="ana", profile_key=profile,
                                          based_on=survey.assessment_id)  # fmt: skip
    with survey.project.session() as session:
        heading = report_heading(session, assessment_id, "Clinic")
        expected = overview(session, assessment_id).score
        assert current_score(session, heading) == expected
    assert expected.overall is not None


def test_the_heading_names_the_assessment_and_its_profile(survey: Survey) -> None:
    with survey.project.session() as session:
        heading = report_heading(session, survey.assessment_id, "Clinic No. 1")
        with pytest.raises(LookupError, match="no assessment with id 77"):
            report_heading(session, 77, "Clinic")
        with pytest.raises(LookupError, match="no assessment with id 77"):
            element_lines(session, 77)  # at once, before the first row is asked for
    assert (heading.facility, heading.assessment_name, heading.library_name) == (
        "Clinic No. 1", "Mock survey", "Test library")  # fmt: skip
    assert heading.assessment_kind is AssessmentKind.SELF
    assert heading.profile.key == "jci_points"
    assert heading.chapter_titles == {"C0": "Chapter 0", "C1": "Chapter 1"}


def test_evidence_lines_are_the_files_of_this_assessment(survey: Survey) -> None:
    with survey.project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        other = create_assessment(session, library_id=library_id, name="Official", user="ana")
    survey.attach("policy.pdf", "C0.2 ME 1", "C0.1 ME 1", review_date=date(2026, 5, 31))
    with survey.project.session() as session:
        [line] = evidence_lines(session, survey.assessment_id, today=TODAY)
        assert evidence_lines(session, other, today=TODAY) == []
    assert (line.name, line.size, line.media_type) == ("policy.pdf", 1000, "application/pdf")
    assert line.supports == ("C0.1 ME 1", "C0.2 ME 1")  # library order
    assert line.expired and line.added_by == "ana" and line.added_at.tzinfo is not None
    assert len(line.sha256) == 64


def test_audit_lines_name_the_element_of_each_change(survey: Survey) -> None:
    with survey.project.session() as session:
        lines = list(audit_lines(session, survey.assessment_id))
        assert audit_event_count(session, survey.assessment_id) == len(lines) == 18
    assert (lines[0].action, lines[0].element_code, lines[0].new_value) == (
        "create_assessment", "", "Mock survey")  # fmt: skip
    result = lines[1]
    assert (result.element_code, result.field, result.old_value, result.new_value) == (
        "C0.1 ME 1", "result", "not_assessed", "fully_met")  # fmt: skip
    assert result.user == "ana" and result.at <= datetime.now(UTC)
    assert [line.at for line in lines] == sorted(line.at for line in lines)
