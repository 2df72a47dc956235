"""What the report's sheets tell the officer who fills them in offline: how a field is cleared on
the Elements sheet, and that the Gaps sheet is a locked view of it, never taken back.

Only the Elements sheet is taken back. The Gaps sheet (the action plan) repeats the elements
that are gaps, with their owners, due dates and notes; were both sheets read, an owner typed on
one and a different one on the other would need a rule the officer never sees. So the export
locks the Gaps sheet (without a password) and says on it where to type, and taking a report
back warns about any Gaps cell that differs from the project anyway.
"""

from __future__ import annotations

from typing import Final

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.interchange.report.columns import CLEAR_MARKER, REPORT

CLEARABLE_HEADERS: Final = ("Owner", "Department", "Due date", "Notes")
"""The Elements sheet's columns a cell holding :data:`CLEAR_MARKER` erases (a result and a
status always hold a value)."""

_CLEAR_NOTE: Final = QT_TRANSLATE_NOOP(
    "Report",
    "When this sheet is taken back, a blank cell changes nothing; type {clear} to erase "
    "the stored value.",
)
_LOCKED_NOTE: Final = QT_TRANSLATE_NOOP(
    "Report",
    "This action plan is drawn from the {sheet} sheet and is locked. Type results, "
    "statuses, owners, due dates and notes on the {sheet} sheet: only that sheet is taken "
    "back into Accredit Tracker.",
)


def clear_note() -> str:
    """The note on the clearable headers of the Elements sheet, in the current language."""
    return translate(REPORT, _CLEAR_NOTE).format(clear=translate(REPORT, CLEAR_MARKER))


def locked_note(elements_sheet: str) -> str:
    """The note on the Gaps sheet's first header cell, naming the Elements sheet as the report
    titles it, in the current language."""
    return translate(REPORT, _LOCKED_NOTE).format(sheet=elements_sheet)


def elements_header_notes() -> dict[str, str]:
    """The Elements sheet's header notes, by English header."""
    note = clear_note()
    return dict.fromkeys(CLEARABLE_HEADERS, note)


def gaps_header_notes(elements_sheet: str) -> dict[str, str]:
    """The Gaps sheet's header notes, by English header."""
    return {"Chapter": locked_note(elements_sheet)}
