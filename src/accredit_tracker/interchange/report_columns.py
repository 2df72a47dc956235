"""The columns of the report's tables, and the Elements sheet's layout that the round-trip
import of an exported report reads back (its contract: keep it stable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from accredit_tracker.core.vocabulary import Result, WorkStatus

ELEMENTS_SHEET: Final = "Elements"
"""Title of the sheet listing every measurable element; its header is row 1."""


@dataclass(frozen=True)
class Column:
    """One column of a report table: its header, its width in characters, and whether its
    text wraps onto several lines."""

    header: str
    width: float
    wraps: bool = False


ELEMENT_COLUMNS: Final = (
    Column("Chapter", 10),
    Column("Standard", 12),
    Column("Code", 16),
    Column("Measurable element", 60, wraps=True),
    Column("Result", 15),
    Column("Points", 8),
    Column("Status", 12),
    Column("Owner", 18),
    Column("Department", 18),
    Column("Due date", 12),
    Column("Notes", 40, wraps=True),
    Column("Evidence", 30, wraps=True),
    Column("Last changed", 17),
    Column("Changed by", 14),
    Column("Version", 8),
)

ELEMENT_HEADERS: Final = tuple(column.header for column in ELEMENT_COLUMNS)
"""The Elements sheet's header row, in order. "Result" holds a label of :data:`RESULT_LABELS`,
"Status" one of :data:`STATUS_LABELS`, "Due date" a date cell (or nothing), "Evidence" the
file names one per line, "Last changed" a date-and-time cell in the computer's local time, and
"Version" the element's version counter as a number (it grows with every saved change)."""

RESULT_LABELS: Final = {result: result.label for result in Result}
STATUS_LABELS: Final = {
    WorkStatus.TO_DO: "To do",
    WorkStatus.IN_PROGRESS: "In progress",
    WorkStatus.DONE: "Done",
}
"""The English words for the work statuses, as the app shows them untranslated."""

FIELD_HEADERS: Final = {
    "result": "Result",
    "work_status": "Status",
    "owner": "Owner",
    "department": "Department",
    "due_date": "Due date",
    "notes": "Notes",
}
"""The Elements sheet's header of each field an officer edits, by the field's stored name."""

ASSESSMENT_ID_PROPERTY: Final = "accredit_assessment_id"
"""Custom document property (a number): the id of the assessment the report was made of."""
EXPORTED_AT_PROPERTY: Final = "accredit_exported_at"
"""Custom document property (text): when the report was made, ISO 8601 in UTC."""

GAPS_SHEET: Final = "Gaps"
GAP_COLUMNS: Final = (
    Column("Chapter", 10),
    Column("Standard", 12),
    Column("Code", 16),
    Column("Measurable element", 60, wraps=True),
    Column("Result", 15),
    Column("Status", 12),
    Column("Owner", 18),
    Column("Department", 18),
    Column("Due date", 12),
    Column("Overdue", 9),
    Column("Notes", 40, wraps=True),
)

EVIDENCE_SHEET: Final = "Evidence"
EVIDENCE_COLUMNS: Final = (
    Column("File", 36, wraps=True),
    Column("SHA-256", 66),
    Column("Size (bytes)", 13),
    Column("Type", 18),
    Column("Review date", 12),
    Column("Expired", 9),
    Column("Added", 17),
    Column("Added by", 14),
    Column("Description", 36, wraps=True),
    Column("Supports", 24, wraps=True),
)

AUDIT_SHEET: Final = "Audit trail"
AUDIT_COLUMNS: Final = (
    Column("When", 17),
    Column("Who", 14),
    Column("Action", 18),
    Column("Measurable element", 16),
    Column("Field", 12),
    Column("Old value", 30, wraps=True),
    Column("New value", 30, wraps=True),
    Column("Details", 36, wraps=True),
)

SUMMARY_SHEET: Final = "Summary"
