"""The Excel audit report of an assessment, written by one function that the app (on a
background thread) and the command line both call.

The workbook has a Summary sheet (scores, verdict, chapter table and chart), a Standards sheet
(each standard's score and whether it meets its threshold), an Elements sheet (every measurable
element; the round-trip import reads it back, see ``report_columns``), a Gaps sheet (the action
plan), a Surveyor flags sheet (what the dashboard warns a surveyor would catch), an Evidence
sheet, the Findings of the survey's tracers and the corrective Actions and, on request, an
Audit trail sheet. Every sheet is written row by row in openpyxl's
write-only mode, so a report of 100,000 elements needs little memory. Times are shown in the
computer's local time, as the app shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from openpyxl.packaging.custom import IntProperty, StringProperty

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.audit.chain import chain_head
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.readiness.overview import standard_texts
from accredit_tracker.core.readiness.report_data import (
    ElementFindings,
    ReportHeading,
    audit_event_count,
    current_score,
    element_count,
    evidence_lines,
    report_heading,
)
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.cell_text import cell_text
from accredit_tracker.interchange.report.columns import (
    ASSESSMENT_ID_PROPERTY,
    EXPORTED_AT_PROPERTY,
)
from accredit_tracker.interchange.report.csv_table import write_elements_csv
from accredit_tracker.interchange.report.elements import write_elements_and_gaps
from accredit_tracker.interchange.report.records import write_audit_trail, write_evidence
from accredit_tracker.interchange.report.sheets import RowProgress, add_report_styles
from accredit_tracker.interchange.report.snapshot import snapshot_session
from accredit_tracker.interchange.report.standard_scores import write_standards
from accredit_tracker.interchange.report.summary import start_summary, write_summary
from accredit_tracker.interchange.report.surveyor_flags import SurveyorFlags
from accredit_tracker.interchange.report.target_file import (
    ReportError,
    cannot_write,
    check_target,
    written_workbook,
)
from accredit_tracker.interchange.report.tracer_sheets import (
    tracer_rows,
    write_actions,
    write_findings,
)

__all__ = [
    "REPORT_SUFFIX",
    "ReportError",
    "ReportSummary",
    "write_elements_csv",
    "write_report",
]

REPORT_SUFFIX: Final = ".xlsx"
WRITING: Final = QT_TRANSLATE_NOOP("progress", "Writing the report")
SAVING: Final = QT_TRANSLATE_NOOP("progress", "Saving the report")


@dataclass(frozen=True)
class ReportSummary:
    """What a finished report holds."""

    path: Path
    elements: int
    gaps: int
    evidence_files: int
    audit_events: int | None
    """Changes listed on the Audit trail sheet; ``None`` when the sheet was not asked for."""


def write_report(
    project: Project,
    assessment_id: int,
    target: Path,
    *,
    include_audit_trail: bool = False,
    include_not_assessed: bool = False,
    monitor: TaskMonitor | None = None,
    author: str | None = None,
    today: date | None = None,
) -> ReportSummary:
    """Write the assessment's Excel report to ``target`` (a .xlsx file).

    The workbook is built under a temporary name in the same folder and replaces ``target``
    only when complete: when anything fails, or ``monitor`` is cancelled (``Cancelled``
    propagates), an existing ``target`` is left as it was and nothing else stays behind.
    Raises :class:`ReportError` with a message naming the file when it cannot be written
    (open in another program, read-only, a folder missing) or the assessment does not exist.
    ``author`` (default: the computer's user) goes into the document properties; ``today``
    (default: the computer's date) is the report date, which also decides what is overdue.
    The action plan lists the elements partially met or not met, and with
    ``include_not_assessed`` those not assessed yet too.

    The report is written in the current language (:func:`~accredit_tracker.core.i18n.translate`):
    ``with language(translator):`` around the call picks one, English by default. The
    round-trip import reads a report written in any language the app has.
    """
    target = Path(target)
    monitor = monitor or quiet()
    check_target(target, REPORT_SUFFIX)
    today = today or date.today()
    exported_at = audit.now()
    with snapshot_session(project) as session:
        try:
            heading = report_heading(session, assessment_id, project.name)
        except LookupError as error:
            raise cannot_write(target, error) from None
        evidence = evidence_lines(session, assessment_id, today=today)
        score = current_score(session, heading)
        texts = standard_texts(session, heading.library_id)
        audit_total = audit_event_count(session, assessment_id) if include_audit_trail else 0
        findings, actions = tracer_rows(session, assessment_id)
        total = (
            element_count(session, assessment_id)
            + len(evidence)
            + len(findings)
            + len(actions)
            + audit_total
        )
        progress = RowProgress(monitor, WRITING, total)
        with written_workbook(target, monitor, SAVING) as workbook:
            _describe(workbook, heading, author or audit.current_user(), exported_at)
            add_report_styles(workbook)
            summary = start_summary(workbook, heading)
            page_heading = _page_heading(heading)
            write_standards(workbook, score, texts, page_heading)
            flags = SurveyorFlags(ElementFindings(score, evidence), heading.profile)
            elements, gaps = write_elements_and_gaps(
                workbook, session, heading, today, progress, page_heading,
                flags=flags, include_not_assessed=include_not_assessed,
            )  # fmt: skip
            write_evidence(workbook, evidence, progress, page_heading)
            write_findings(workbook, findings, progress, page_heading)
            write_actions(workbook, actions, today, progress, page_heading)
            audit_events = None
            if include_audit_trail:
                audit_events = write_audit_trail(
                    workbook, session, assessment_id, progress, page_heading
                )
            write_summary(summary, heading, score, today=today, chain=chain_head(session))
    return ReportSummary(target, elements, gaps, len(evidence), audit_events)


def _describe(workbook: Any, heading: ReportHeading, author: str, exported_at: datetime) -> None:
    """Document properties, and the custom ones the round-trip import checks."""
    properties = workbook.properties
    title = translate("Report", "Accreditation report: {assessment}")
    properties.title = cell_text(title.format(assessment=heading.assessment_name))
    properties.subject = cell_text(
        f"{heading.facility} — {heading.library_name} — {heading.profile.name}"
    )
    properties.creator = properties.lastModifiedBy = cell_text(author)
    properties.category = cell_text(translate("Report", "Accreditation report"))
    utc = exported_at.replace(tzinfo=None)  # openpyxl writes these as UTC
    properties.created = properties.modified = utc
    custom = workbook.custom_doc_props
    custom.append(IntProperty(name=ASSESSMENT_ID_PROPERTY, value=heading.assessment_id))
    custom.append(StringProperty(name=EXPORTED_AT_PROPERTY, value=exported_at.isoformat()))


def _page_heading(heading: ReportHeading) -> str:
    return f"{heading.facility} — {heading.assessment_name}"
