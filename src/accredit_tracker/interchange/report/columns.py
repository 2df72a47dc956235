"""The columns of the report's tables, and the Elements sheet's layout that the round-trip
import of an exported report reads back (its contract: keep it stable).

Every word here is English, the source text of its translation. The exports write the words in
the current language (see :mod:`accredit_tracker.core.i18n`): sheet names and headers with the
context "Report", results with "Result" and work statuses with "WorkStatus", as the app shows
them, so that one translation serves both. The functions below give the words as written; the
round-trip import accepts each word in every language (``result_spellings``).

lupdate extracts ``translate`` and ``QT_TRANSLATE_NOOP`` calls whose two arguments are string
literals: words are marked where they are defined (``QT_TRANSLATE_NOOP("Report", "Chapter")``)
and translated where they are written, with the context constants below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.vocabulary import FIELD_LABELS, Result, WorkStatus
from accredit_tracker.interchange.report.cell_text import cell_text

REPORT: Final = "Report"
"""The translation context of the exports' own words (sheet names, headers, labels)."""
RESULT: Final = "Result"
"""The translation context of the result names, shared with the app's checklist."""
WORK_STATUS: Final = "WorkStatus"
"""The translation context of the work status names, shared with the app's checklist."""
FIELD: Final = "Field"
"""The translation context of an element's field names as the app's audit trail shows them."""

SHEET_NAME_LIMIT: Final = 31
_RESERVED_SHEET_NAME: Final = "history"  # Excel keeps it for itself
_NOT_IN_SHEET_NAMES: Final = str.maketrans("", "", "[]:*?/\\")

ELEMENTS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Elements")
"""Title of the sheet listing every measurable element; its header is row 1."""


@dataclass(frozen=True)
class Column:
    """One column of a report table: its header, its width in characters, and whether its
    text wraps onto several lines."""

    header: str
    """The English header: the source text of its translation, and how code names the column."""
    width: float
    wraps: bool = False
    context: str = REPORT
    """The translation context of the header: a column named after a result ("Fully met")
    shares the result's translation."""

    @property
    def title(self) -> str:
        """The header as the table shows it, in the current language."""
        return translate(self.context, self.header)


ELEMENT_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Standard"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 60, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Result"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Points"), 8),
    Column(QT_TRANSLATE_NOOP("Report", "Status"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Owner"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Department"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Due date"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Notes"), 40, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Evidence"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Last changed"), 17),
    Column(QT_TRANSLATE_NOOP("Report", "Changed by"), 14),
    Column(QT_TRANSLATE_NOOP("Report", "Version"), 8),
)

SURVEYOR_FLAGS_COLUMN: Final = Column(QT_TRANSLATE_NOOP("Report", "Surveyor flags"), 45)
"""The Elements sheet's last column in the Excel report (not part of the contract, nor of the
CSV table): what a surveyor would catch about the element, the findings separated by
semicolons on one line (a plain cell: a wrapped one costs three times as much to write, and
most elements have a finding or two)."""
REPORT_ELEMENT_COLUMNS: Final = (*ELEMENT_COLUMNS, SURVEYOR_FLAGS_COLUMN)
"""The Elements sheet's columns in the Excel report: the contract's, then the surveyor flags."""
PRINTED_ELEMENT_COLUMNS: Final = ("Code", "Due date")
"""The first and the last of the columns the Elements sheet prints (code, element,
result, status, owner and due date, and the few narrow ones between them): all of them would
print too small to read on a page's width."""

ELEMENT_HEADERS: Final = tuple(column.header for column in ELEMENT_COLUMNS)
"""The Elements sheet's header row, in order. "Result" holds a label of :data:`RESULT_LABELS`,
"Status" one of :data:`STATUS_LABELS`, "Due date" a date cell (or nothing), "Evidence" the
file names one per line, "Last changed" a date-and-time cell in the computer's local time, and
"Version" the element's version counter as a number (it grows with every saved change)."""

RESULT_LABELS: Final = {result: result.label for result in Result}
"""The English names of the results (marked for translation, context "Result", in
``core.vocabulary``)."""
SCORED_COUNTS: Final = (
    Result.FULLY_MET,
    Result.PARTIALLY_MET,
    Result.NOT_MET,
    Result.NOT_APPLICABLE,
    Result.NOT_ASSESSED,
)
"""The results whose counts the Standards sheet gives, in its order."""
STATUS_LABELS: Final = {status: status.label for status in WorkStatus}
"""The English words for the work statuses (marked for translation, context "WorkStatus", in
``core.vocabulary``)."""

FIELD_HEADERS: Final = {
    "result": QT_TRANSLATE_NOOP("Report", "Result"),
    "work_status": QT_TRANSLATE_NOOP("Report", "Status"),
    "owner": QT_TRANSLATE_NOOP("Report", "Owner"),
    "department": QT_TRANSLATE_NOOP("Report", "Department"),
    "due_date": QT_TRANSLATE_NOOP("Report", "Due date"),
    "notes": QT_TRANSLATE_NOOP("Report", "Notes"),
}
"""The Elements sheet's header of each field an officer edits, by the field's stored name."""

CLEAR_MARKER: Final = QT_TRANSLATE_NOOP("Report", "(clear)")
"""Typed into an Owner, Department, Due date or Notes cell of the Elements sheet, it erases
the stored value when the sheet is taken back (a blank cell changes nothing). Read in English
and in every language the app has."""


ASSESSMENT_ID_PROPERTY: Final = "accredit_assessment_id"
"""Custom document property (a number): the id of the assessment the report was made of."""
EXPORTED_AT_PROPERTY: Final = "accredit_exported_at"
"""Custom document property (text): when the report was made, ISO 8601 in UTC."""

GAPS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Gaps")
GAP_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Standard"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 60, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Result"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Status"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Owner"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Department"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Due date"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Overdue"), 9),
    Column(QT_TRANSLATE_NOOP("Report", "Notes"), 40, wraps=True),
)
PRINTED_GAP_COLUMNS: Final = ("Code", "Overdue")
"""The first and the last of the columns the Gaps sheet prints: as on the Elements sheet (see
:data:`PRINTED_ELEMENT_COLUMNS`), and whether the work is overdue."""

EVIDENCE_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Evidence")
EVIDENCE_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "File"), 36, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "SHA-256"), 66),
    Column(QT_TRANSLATE_NOOP("Report", "Size"), 11),
    Column(QT_TRANSLATE_NOOP("Report", "Type"), 20),
    Column(QT_TRANSLATE_NOOP("Report", "Review date"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Expired"), 9),
    Column(QT_TRANSLATE_NOOP("Report", "Added"), 17),
    Column(QT_TRANSLATE_NOOP("Report", "Added by"), 14),
    Column(QT_TRANSLATE_NOOP("Report", "Description"), 36, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Supports"), 24, wraps=True),
)

AUDIT_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Audit trail")
AUDIT_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "When"), 17),
    Column(QT_TRANSLATE_NOOP("Report", "Who"), 14),
    Column(QT_TRANSLATE_NOOP("Report", "Action"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Field"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Old value"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "New value"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Details"), 36, wraps=True),
)

STANDARDS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Standards")
STANDARD_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Standard"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Standard text"), 50, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Score"), 9),
    Column(QT_TRANSLATE_NOOP("Report", "Threshold"), 11),
    Column(QT_TRANSLATE_NOOP("Report", "Meets threshold"), 11),
    Column(QT_TRANSLATE_NOOP("Report", "Elements"), 10),
    *(Column(RESULT_LABELS[result], 11, context=RESULT) for result in SCORED_COUNTS),
)
"""Each standard with its score under the profile and how many of its elements have each
result; the counts' headers are the results' names."""

FLAGS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Surveyor flags")
FLAG_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Finding"), 40),
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Standard"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 60),
    Column(QT_TRANSLATE_NOOP("Report", "Result"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Owner"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Details"), 36, wraps=True),
)
"""What a surveyor would catch, one row per finding about an element, in library order: a
line each (the element's full text is on the Elements sheet), so that 100,000 findings cost
little more to write than their values; only the details (several files) wrap."""

SUMMARY_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Summary")

ACTION_WORDS: Final = {
    "create_project": QT_TRANSLATE_NOOP("Report", "Create project"),
    "import_library": QT_TRANSLATE_NOOP("Report", "Import library"),
    "add_scoring_profile": QT_TRANSLATE_NOOP("Report", "Add scoring profile"),
    "set_facility_name": QT_TRANSLATE_NOOP("Report", "Set facility name"),
    "create_assessment": QT_TRANSLATE_NOOP("Report", "Create assessment"),
    "carry_evidence_links": QT_TRANSLATE_NOOP("Report", "Carry evidence links"),
    "set_scoring_profile": QT_TRANSLATE_NOOP("Report", "Set scoring profile"),
    "lock_assessment": QT_TRANSLATE_NOOP("Report", "Lock assessment"),
    "unlock_assessment": QT_TRANSLATE_NOOP("Report", "Unlock assessment"),
    "update_element": QT_TRANSLATE_NOOP("Report", "Update element"),
    "attach_evidence": QT_TRANSLATE_NOOP("Report", "Attach evidence"),
    "link_evidence": QT_TRANSLATE_NOOP("Report", "Link evidence"),
    "unlink_evidence": QT_TRANSLATE_NOOP("Report", "Unlink evidence"),
    "update_evidence": QT_TRANSLATE_NOOP("Report", "Update evidence"),
    "delete_evidence": QT_TRANSLATE_NOOP("Report", "Delete evidence"),
}
"""The audit trail's actions the core records, by their stored name, as the Action column
shows them: the name with spaces, capitalised ("update_element" → "Update element")."""


def result_labels() -> dict[Result, str]:
    """The name of each result in the current language."""
    return {result: translate(RESULT, label) for result, label in RESULT_LABELS.items()}


def status_labels() -> dict[WorkStatus, str]:
    """The name of each work status in the current language."""
    return {status: translate(WORK_STATUS, label) for status, label in STATUS_LABELS.items()}


def field_words() -> dict[str, str]:
    """The name of each field an audit trail lists, in the current language."""
    return {name: translate(FIELD, word) for name, word in FIELD_LABELS.items()}


def action_words() -> dict[str, str]:
    """The Action column's word for each known action, in the current language; others are
    shown by :func:`action_word`."""
    return {action: translate(REPORT, word) for action, word in ACTION_WORDS.items()}


def action_word(action: str, known: dict[str, str]) -> str:
    """An audit-trail action as the Action column shows it: its word in ``known`` (from
    :func:`action_words`), else its stored name with spaces, capitalised."""
    return known.get(action) or action.replace("_", " ").capitalize()


def element_headers() -> tuple[str, ...]:
    """The Elements sheet's header row in the current language (:data:`ELEMENT_HEADERS` in
    English)."""
    return tuple(column.title for column in ELEMENT_COLUMNS)


def safe_sheet_name(name: str) -> str:
    """``name`` as Excel allows a sheet name: without the characters ``[]:*?/\\``, without an
    apostrophe at either end, at most 31 characters; empty when nothing is left (or only the
    name Excel keeps for itself, "History")."""
    name = " ".join(cell_text(name).translate(_NOT_IN_SHEET_NAMES).split())
    name = name[:SHEET_NAME_LIMIT].strip().strip("'").strip()
    return "" if name.casefold() == _RESERVED_SHEET_NAME else name


def sheet_name(english: str) -> str:
    """The title of a report sheet in the current language, made safe for Excel; the English
    ``english`` when its translation leaves nothing usable."""
    return safe_sheet_name(translate(REPORT, english)) or english
