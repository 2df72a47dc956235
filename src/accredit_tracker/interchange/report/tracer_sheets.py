"""The report's sheets of the survey's tracers: the Findings recorded on them and the
corrective Actions raised, overdue ones marked."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from sqlmodel import Session

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.tracers.queries import ActionRow, FindingRow, actions_of, findings_of
from accredit_tracker.core.tracers.words import severity
from accredit_tracker.interchange.report.columns import REPORT, Column, result_labels
from accredit_tracker.interchange.report.sheets import RowProgress, TableSheet

FINDINGS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Findings")
FINDING_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Finding"), 50, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Elements"), 20, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Observed compliance"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Severity"), 20),
    Column(QT_TRANSLATE_NOOP("Report", "Where"), 20, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Tracer"), 36, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Recorded"), 17),
    Column(QT_TRANSLATE_NOOP("Report", "Recorded by"), 14),
    Column(QT_TRANSLATE_NOOP("Report", "Accepted by"), 14),
    Column(QT_TRANSLATE_NOOP("Report", "Evidence"), 30, wraps=True),
)
ACTION_FOLLOW_UP_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Due date"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Overdue"), 9),
    Column(QT_TRANSLATE_NOOP("Report", "Status"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measure of success"), 36, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Verified"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Verified by"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Verification"), 36, wraps=True),
)
"""How an action is followed up, as the Actions sheet and the improvement plan show it."""
ACTIONS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Actions")
ACTION_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Action"), 45, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Elements"), 20, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Root cause"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Owner"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Department"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Opened"), 12),
    *ACTION_FOLLOW_UP_COLUMNS,
)
OVERDUE: Final = QT_TRANSLATE_NOOP("Report", "Yes")
"""The Overdue cell of an action past its due date and not done."""


def tracer_rows(session: Session, assessment_id: int) -> tuple[list[FindingRow], list[ActionRow]]:
    """The findings and actions the two sheets list, read once."""
    return findings_of(session, assessment_id), actions_of(session, assessment_id)


def write_findings(
    workbook: Any, findings: list[FindingRow], progress: RowProgress, page_heading: str
) -> None:
    """Add the Findings sheet: each finding with its elements, observed compliance, severity,
    where it was seen, its tracer, who recorded and who accepted it, and its evidence files."""
    sheet = TableSheet(workbook, FINDINGS_SHEET, "Findings", FINDING_COLUMNS, page_heading)
    results = result_labels()
    for finding in findings:
        sheet.append(
            [
                finding.observed,
                "\n".join(finding.element_codes),
                results[finding.compliance],
                severity(finding.likelihood, finding.impact),
                finding.location,
                f"{finding.tracer_kind.shown}: {finding.tracer_focus}",
                finding.recorded_at,
                finding.recorded_by,
                finding.accepted_by if finding.accepted else "",
                "\n".join(finding.evidence_names),
            ]
        )
        progress.row()
    sheet.finish()


def write_actions(
    workbook: Any, actions: list[ActionRow], today: date, progress: RowProgress, page_heading: str
) -> int:
    """Add the Actions sheet: each corrective action with its elements, root cause, owner,
    dates, whether it is overdue on ``today``, status, measure of success and verification.
    Returns how many are overdue."""
    sheet = TableSheet(workbook, ACTIONS_SHEET, "Actions", ACTION_COLUMNS, page_heading)
    overdue_word = translate(REPORT, OVERDUE)
    overdue = 0
    for action in actions:
        late = action.overdue(today)
        overdue += late
        sheet.append(
            [
                action.what,
                "\n".join(action.element_codes),
                action.root_cause,
                action.owner,
                action.department,
                action.opened_on,
                action.due_on,
                overdue_word if late else "",
                action.status.shown,
                action.measure,
                action.verified_on,
                action.verified_by,
                action.verification,
            ]
        )
        progress.row()
    sheet.finish()
    return overdue
