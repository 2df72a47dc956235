"""The report's record sheets: the Evidence files behind the results, and the Audit trail of
every change made in the assessment."""

from __future__ import annotations

from typing import Any, Final

from sqlmodel import Session

from accredit_tracker.core.report_data import AuditLine, EvidenceLine, audit_lines
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, STATUS_BY_VALUE
from accredit_tracker.interchange.report_columns import (
    AUDIT_COLUMNS,
    AUDIT_SHEET,
    EVIDENCE_COLUMNS,
    EVIDENCE_SHEET,
    FIELD_HEADERS,
    RESULT_LABELS,
    STATUS_LABELS,
)
from accredit_tracker.interchange.report_sheets import RowProgress, TableSheet

EXPIRED: Final = "Yes"
_FIELD_WORDS: Final = {**FIELD_HEADERS, "evidence": "Evidence"}


def write_evidence(
    workbook: Any, evidence: list[EvidenceLine], progress: RowProgress, page_heading: str
) -> None:
    """Add the Evidence sheet: each file with its SHA-256, size, review date and the codes of
    the elements it supports."""
    sheet = TableSheet(workbook, EVIDENCE_SHEET, "Evidence", EVIDENCE_COLUMNS, page_heading)
    for line in evidence:
        sheet.append(
            [
                line.name,
                line.sha256,
                line.size,
                line.media_type,
                line.review_date,
                EXPIRED if line.expired else "",
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
    for line in audit_lines(session, assessment_id):
        sheet.append(
            [
                line.at,
                line.user,
                line.action.replace("_", " ").capitalize(),
                line.element_code,
                _FIELD_WORDS.get(line.field, line.field.replace("_", " ")),
                shown_value(line, line.old_value),
                shown_value(line, line.new_value),
                line.details,
            ]
        )
        progress.row()
    sheet.finish()
    return sheet.rows


def shown_value(line: AuditLine, value: str) -> str:
    """An old or new value as the report shows it: results and statuses by their labels."""
    if line.field == "result" and value in RESULT_BY_VALUE:
        return RESULT_LABELS[RESULT_BY_VALUE[value]]
    if line.field == "work_status" and value in STATUS_BY_VALUE:
        return STATUS_LABELS[STATUS_BY_VALUE[value]]
    return value
