"""The improvement plan workbook, and the audit report's Findings and Actions sheets: what a
survey's not-met and partially-met elements get, in English and Russian, safe from formulas."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker.core.i18n import language
from accredit_tracker.core.tracers.corrective_actions import (
    raise_action,
    update_action,
    verify_action,
)
from accredit_tracker.core.tracers.findings import record_finding
from accredit_tracker.core.tracers.tracers import plan_tracer
from accredit_tracker.core.tracers.words import ActionStatus, Impact, Likelihood, TracerKind
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.improvement_plan import write_improvement_plan
from accredit_tracker.interchange.report.target_file import ReportError
from accredit_tracker.interchange.report.workbook import write_report
from report_survey import TODAY, Survey, by_code, filled_survey, sheet_values

FORMULA = '=HYPERLINK("http://example.com","click")'


@pytest.fixture
def survey(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    """The report survey (C0.1 ME 2 and C0.3 ME 1 partially met, C0.2 ME 1 not met) with a
    tracer, a finding on C0.1 ME 2 and two actions: one overdue, one verified effective."""
    with filled_survey(project_target, tmp_path / "sources") as found:
        with found.project.transaction() as session:
            tracer = plan_tracer(
                session,
                assessment_id=found.assessment_id,
                kind=TracerKind.INDIVIDUAL,
                focus="Elective hip replacement",
                user="ana",
            )
            finding = record_finding(
                session,
                tracer_id=tracer,
                observed="Night staff unsure of the hand-hygiene moments",
                location="Ward 3",
                element_assessment_ids=[found.elements["C0.1 ME 2"]],
                compliance=Result.PARTIALLY_MET,
                likelihood=Likelihood.PATTERN,
                impact=Impact.MODERATE,
                user="ana",
            )
            raise_action(
                session,
                assessment_id=found.assessment_id,
                what=FORMULA,
                finding_id=finding,
                root_cause="No induction for night staff",
                owner="Aziz",
                opened_on=date(2026, 3, 1),
                due_on=date(2026, 5, 1),
                measure="20 observations monthly, ≥ 90 %",
                user="ana",
            )
            done = raise_action(
                session,
                assessment_id=found.assessment_id,
                what="Rewrite the isolation procedure",
                element_assessment_ids=[found.elements["C0.2 ME 1"]],
                owner="Nigora",
                opened_on=date(2026, 3, 1),
                due_on=date(2026, 4, 1),
                user="ana",
            )
            update_action(session, done, status=ActionStatus.DONE, user="ana")
            verify_action(
                session,
                done,
                effective=True,
                verified_on=date(2026, 5, 20),
                verified_by="Quality committee",
                result="Procedure in use on every ward",
                user="ana",
            )
        yield found


def test_the_plan_lists_each_element_found_wanting_with_its_findings_and_actions(
    survey: Survey,
) -> None:
    target = survey.folder / "plan.xlsx"
    summary = write_improvement_plan(
        survey.project, survey.assessment_id, target, today=TODAY, author="ana"
    )
    assert (summary.elements, summary.actions, summary.overdue) == (3, 2, 1)
    book = load_workbook(target)
    assert book.sheetnames == ["Improvement plan", "Progress"]
    rows = sheet_values(target, "Improvement plan")
    plan = by_code(rows)
    assert list(plan) == ["C0.1 ME 2", "C0.2 ME 1", "C0.3 ME 1"]
    partly = plan["C0.1 ME 2"]
    assert partly["Result"] == "Partially met"
    assert partly["Findings"] == "• Night staff unsure of the hand-hygiene moments (Ward 3)"
    assert (partly["Root cause"], partly["Owner"], partly["Overdue"]) == (
        "No induction for night staff",
        "Aziz",
        "Yes",
    )
    # A formula typed as an action stays text.
    cell = next(c for c in book["Improvement plan"]["H"] if c.value == FORMULA)
    assert cell.data_type == "s"
    verified = plan["C0.2 ME 1"]
    assert (verified["Status"], verified["Verified by"]) == (
        "Verified effective",
        "Quality committee",
    )
    assert plan["C0.3 ME 1"]["Action"] == "(no action yet)"
    progress = dict(sheet_values(target, "Progress")[1:])
    assert progress["Elements needing a plan"] == 3
    assert progress["Elements without an action"] == 1
    assert progress["Verified effective"] == 1
    assert progress["Actions overdue"] == 1


def test_the_plan_is_written_in_russian_when_asked(survey: Survey) -> None:
    target = survey.folder / "план.xlsx"
    with language(ts_translator("ru")):
        write_improvement_plan(survey.project, survey.assessment_id, target, today=TODAY)
    book = load_workbook(target)
    assert book.sheetnames == ["План улучшений", "Ход работ"]
    header = [c.value for c in book["План улучшений"][1]]
    assert header[:6] == ["Глава", "Стандарт", "Код", "Измеримый элемент", "Результат",
                          "Замечания"]  # fmt: skip


def test_a_plan_that_cannot_be_written_leaves_nothing(survey: Survey) -> None:
    with pytest.raises(ReportError, match="no assessment with id 99"):
        write_improvement_plan(survey.project, 99, survey.folder / "plan.xlsx")
    assert not list(survey.folder.glob("*plan*"))


def test_the_audit_report_gains_findings_and_actions_sheets(survey: Survey) -> None:
    target = survey.folder / "report.xlsx"
    write_report(survey.project, survey.assessment_id, target, today=TODAY)
    findings = sheet_values(target, "Findings")
    assert findings[0][:4] == ["Finding", "Elements", "Observed compliance", "Severity"]
    assert findings[1][:4] == [
        "Night staff unsure of the hand-hygiene moments",
        "C0.1 ME 2",
        "Partially met",
        "Pattern × Moderate",
    ]
    actions = sheet_values(target, "Actions")
    header = actions[0]
    by_what = {row[0]: dict(zip(header, row, strict=True)) for row in actions[1:]}
    assert by_what[FORMULA]["Overdue"] == "Yes"
    assert by_what["Rewrite the isolation procedure"]["Status"] == "Verified effective"
