"""The improvement plan workbook an accreditor asks for after a survey: every element not met
or partially met, with its findings, root causes, actions, owners, due dates, measures of
success and verification, and a Progress sheet. Written like the audit report: in the current
language, every cell safe from formulas, into a partial file moved into place when complete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.readiness.report_data import report_heading
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.tracers.improvement_plan import (
    PlanElement,
    PlanProgress,
    plan_elements,
    plan_progress,
)
from accredit_tracker.core.tracers.words import ActionStatus
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.cell_text import cell_text
from accredit_tracker.interchange.report.columns import REPORT, Column, result_labels
from accredit_tracker.interchange.report.sheets import RowProgress, TableSheet, add_report_styles
from accredit_tracker.interchange.report.snapshot import snapshot_session
from accredit_tracker.interchange.report.target_file import (
    cannot_write,
    check_target,
    written_workbook,
)
from accredit_tracker.interchange.report.tracer_sheets import ACTION_FOLLOW_UP_COLUMNS, OVERDUE

PLAN_SUFFIX: Final = ".xlsx"
WRITING: Final = QT_TRANSLATE_NOOP("progress", "Writing the improvement plan")
SAVING: Final = QT_TRANSLATE_NOOP("progress", "Saving the improvement plan")

PLAN_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Improvement plan")
PLAN_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Standard"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 45, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Result"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Findings"), 45, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Root cause"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Action"), 40, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Owner"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Department"), 18),
    *ACTION_FOLLOW_UP_COLUMNS,
)
PRINTED_PLAN_COLUMNS: Final = ("Code", "Status")
PROGRESS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Progress")
PROGRESS_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Figure"), 45),
    Column(QT_TRANSLATE_NOOP("Report", "Count"), 10),
)
NO_ACTION: Final = QT_TRANSLATE_NOOP("Report", "(no action yet)")


@dataclass(frozen=True)
class PlanSummary:
    """What a finished plan holds."""

    path: Path
    elements: int
    actions: int
    overdue: int


def write_improvement_plan(
    project: Project,
    assessment_id: int,
    target: Path,
    *,
    monitor: TaskMonitor | None = None,
    author: str | None = None,
    today: date | None = None,
) -> PlanSummary:
    """Write the assessment's improvement plan to ``target`` (a .xlsx file), in the current
    language. An existing ``target`` is replaced only when the new one is complete; raises
    :class:`~accredit_tracker.interchange.report.target_file.ReportError` naming the file when
    it cannot be written or the assessment does not exist."""
    target = Path(target)
    monitor = monitor or quiet()
    check_target(target, PLAN_SUFFIX)
    today = today or date.today()
    with snapshot_session(project) as session:
        try:
            heading = report_heading(session, assessment_id, project.name)
        except LookupError as error:
            raise cannot_write(target, error) from None
        elements = plan_elements(session, assessment_id)
    progress = plan_progress(elements, today)
    rows = RowProgress(monitor, translate("progress", WRITING), len(elements))
    page_heading = f"{heading.facility} — {heading.assessment_name}"
    with written_workbook(target, monitor, translate("progress", SAVING)) as workbook:
        properties = workbook.properties
        title = translate("Report", "Improvement plan: {assessment}")
        properties.title = cell_text(title.format(assessment=heading.assessment_name))
        properties.subject = cell_text(f"{heading.facility} — {heading.library_name}")
        properties.creator = properties.lastModifiedBy = cell_text(author or audit.current_user())
        add_report_styles(workbook)
        _write_plan(workbook, elements, today, rows, page_heading)
        _write_progress(workbook, progress, page_heading)
    return PlanSummary(target, progress.elements, progress.actions, progress.overdue)


def _write_plan(
    workbook: Any,
    elements: list[PlanElement],
    today: date,
    rows: RowProgress,
    page_heading: str,
) -> None:
    """One row per element and action; an element without an action gets one row saying so."""
    sheet = TableSheet(
        workbook, PLAN_SHEET, "ImprovementPlan", PLAN_COLUMNS, page_heading,
        printed=PRINTED_PLAN_COLUMNS,
    )  # fmt: skip
    results = result_labels()
    no_action = translate(REPORT, NO_ACTION)
    overdue = translate(REPORT, OVERDUE)
    for element in elements:
        findings = "\n".join(
            f"• {finding.observed}" + (f" ({finding.location})" if finding.location else "")
            for finding in element.findings
        )
        first = [
            element.chapter_code,
            element.standard_code,
            element.code,
            element.text,
            results[element.result],
            findings,
        ]
        if not element.actions:
            sheet.append([*first, "", no_action, *[""] * 9])
        for action in element.actions:
            sheet.append(
                [
                    *first,
                    action.root_cause,
                    action.what,
                    action.owner,
                    action.department,
                    action.due_on,
                    overdue if action.overdue(today) else "",
                    action.status.shown,
                    action.measure,
                    action.verified_on,
                    action.verified_by,
                    action.verification,
                ]
            )
        rows.row()
    sheet.finish()


def _write_progress(workbook: Any, progress: PlanProgress, page_heading: str) -> None:
    sheet = TableSheet(workbook, PROGRESS_SHEET, "PlanProgress", PROGRESS_COLUMNS, page_heading)
    results = result_labels()
    figures = [
        (translate("Report", "Elements needing a plan"), progress.elements),
        (results[Result.NOT_MET], progress.not_met),
        (results[Result.PARTIALLY_MET], progress.partially_met),
        (translate("Report", "Elements with an action"), progress.with_actions),
        (
            translate("Report", "Elements without an action"),
            progress.elements - progress.with_actions,
        ),
        (translate("Report", "Actions"), progress.actions),
        *((status.shown, progress.actions_by_status[status]) for status in ActionStatus),
        (translate("Report", "Actions overdue"), progress.overdue),
    ]
    for label, count in figures:
        sheet.append([label, count])
    sheet.finish()
