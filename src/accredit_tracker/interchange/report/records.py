"""The report's record sheets: the Evidence files behind the results, and the Audit trail of
every change made in the assessment."""

from __future__ import annotations

from typing import Any, Final

from sqlmodel import Session

from accredit_tracker.core.evidence.file_types import type_label
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.readiness.report_data import EvidenceLine, audit_lines
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, STATUS_BY_VALUE
from accredit_tracker.interchange.report.columns import (
    AUDIT_COLUMNS,
    AUDIT_SHEET,
    EVIDENCE_COLUMNS,
    EVIDENCE_SHEET,
    REPORT,
    action_word,
    action_words,
    field_words,
    result_labels,
    status_labels,
)
from accredit_tracker.interchange.report.score_cells import file_size_format, number_cell
from accredit_tracker.interchange.report.sheets import RowProgress, TableSheet

EXPIRED: Final = QT_TRANSLATE_NOOP("Report", "Yes")
"""The Expired cell of a file past its review date (in the current language)."""


def write_evidence(
    workbook: Any, evidence: list[EvidenceLine], progress: RowProgress, page_heading: str
) -> None:
    """Add the Evidence sheet: each file with its SHA-256, size, type, review date and the
    codes of the elements it supports, one a line."""
    sheet = TableSheet(workbook, EVIDENCE_SHEET, "Evidence", EVIDENCE_COLUMNS, page_heading)
    expired = translate(REPORT, EXPIRED)
    size_format = file_size_format()
    for line in evidence:
        sheet.append(
            [
                line.name,
                line.sha256,
                number_cell(sheet.sheet, line.size, size_format),
                type_label(line.media_type),
                line.review_date,
                expired if line.expired else "",
                line.added_at,
                line.added_by,
                line.description,
                "\n".join(line.supports),
            ]
        )
        progress.row()
    sheet.finish()


def write_audit_trail(
    workbook: Any,
    session: Session,
    assessment_id: int,
    progress: RowProgress,
    page_heading: str,
) -> int:
    """Add the Audit trail sheet: every change in the assessment, oldest first, with who made
    it, when, and the old and new value. Returns how many changes it lists."""
    sheet = TableSheet(workbook, AUDIT_SHEET, "AuditTrail", AUDIT_COLUMNS, page_heading)
    shown = ValueWords()
    for line in audit_lines(session, assessment_id):
        sheet.append(
            [
                line.at,
                line.user,
                shown.action(line.action),
                line.element_code,
                shown.field(line.field),
                shown.value(line.field, line.old_value),
                shown.value(line.field, line.new_value),
                line.details,
            ]
        )
        progress.row()
    sheet.finish()
    return sheet.rows


class ValueWords:
    """The words of an audit trail's rows in the current language (as it is when made): the
    actions, the fields, and the results and statuses among the old and new values."""

    def __init__(self) -> None:
        self._actions = action_words()
        self._fields = field_words()
        self._results = result_labels()
        self._statuses = status_labels()

    def action(self, action: str) -> str:
        """ "update_element" → "Update element"."""
        return action_word(action, self._actions)

    def field(self, field: str) -> str:
        """ "work_status" → "Status"; a field the app does not name is shown with spaces."""
        return self._fields.get(field) or field.replace("_", " ")

    def value(self, field: str, value: str) -> str:
        """An old or new value as the report shows it: results and statuses by their labels."""
        if field == "result" and value in RESULT_BY_VALUE:
            return self._results[RESULT_BY_VALUE[value]]
        if field == "work_status" and value in STATUS_BY_VALUE:
            return self._statuses[STATUS_BY_VALUE[value]]
        return value
