"""Warn about edits on a report's Gaps sheet, which is never taken back (only Elements is).

The export locks the Gaps sheet and says so on it (see ``report.take_back_notes``); a sheet
still locked is not read at all. But a sheet can be unprotected, or a program may drop the
protection. A Gaps cell that differs both from the project and from the same element's Elements
row was typed there; each such row gets a warning naming its fields, so that the edit is not
lost without a word.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accredit_tracker.core.assessment.element_lookup import folded_code
from accredit_tracker.core.assessment.element_states import ElementState
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.text import clean
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.sheet_rows import EXCEL_CELL_LIMIT
from accredit_tracker.interchange.reading.spreadsheet_file import Spreadsheet
from accredit_tracker.interchange.report.columns import FIELD_HEADERS
from accredit_tracker.interchange.results.sheet import ElementsSheet, SheetRow, titled
from accredit_tracker.interchange.results.spellings import gaps_sheet_names

_UNSEEN = object()  # a field the element's Elements row left blank


class GapsSheet:
    """The rows of the workbook's Gaps sheet, read as Elements rows are (its headers are the
    same words); :meth:`warnings` compares them once the Elements sheet has been read."""

    def __init__(self, file: str, sheet: ElementsSheet, rows: list[SheetRow]) -> None:
        self.file = file
        self.sheet = sheet
        self.rows = rows

    @property
    def codes(self) -> set[str]:
        """The codes its rows give, as written."""
        return {row.code for row in self.rows if row.code}

    def warnings(
        self,
        states: Iterable[ElementState],
        elements_values: dict[str, dict[str, Any]],
        elements_sheet: str,
    ) -> list[Problem]:
        """A warning for each Gaps row with a value that is neither what the project holds nor
        what the element's Elements row (``elements_values``, by code) says."""
        by_code: dict[str, ElementState] = {}
        by_folded: dict[str, ElementState] = {}
        for known in states:
            by_code[known.code] = known
            by_folded.setdefault(folded_code(known.code), known)
        found: list[Problem] = []
        for row in self.rows:
            state = by_code.get(row.code) or by_folded.get(folded_code(row.code))
            if state is None:
                continue
            typed = elements_values.get(row.code) or elements_values.get(state.code) or {}
            fields = [
                name
                for name, value in row.values.items()
                if _differs(getattr(state, name), value) and typed.get(name, _UNSEEN) != value
            ]
            if not fields:
                continue
            message = translate(
                "ResultsImport",
                "{code}: {fields} differ from the project here, but only the {sheet} sheet is "
                "taken back; type the change there.",
            ).format(
                code=state.code,
                fields=", ".join(translate("Report", FIELD_HEADERS[name]) for name in fields),
                sheet=elements_sheet,
            )
            column = self.sheet.column(fields[0]) if len(fields) == 1 else None
            found.append(Problem(self.file, message, self.sheet.name, row.number, column))
        return found


def gaps_sheet(book: Spreadsheet) -> GapsSheet | None:
    """The workbook's Gaps sheet in any language the app has, with its rows; None when it has
    none, none with a header row that can be read, or one still locked as exported (nothing
    can have been typed into it, and reading it would cost as much as the Elements sheet)."""
    name = titled(book.sheet_names, gaps_sheet_names())
    if name is None or book.protected(name):
        return None
    file = book.path.name
    try:
        sheet = ElementsSheet(file, book.sheet(name))
        rows = list(sheet.rows())
    except SpreadsheetError:
        return None  # not a sheet this app wrote; nothing to say about it
    return GapsSheet(file, sheet, rows)


def _differs(stored: Any, value: Any) -> bool:
    if isinstance(stored, str):
        # A text longer than a cell was cut on this sheet as on Elements: that is no edit.
        return len(stored) <= EXCEL_CELL_LIMIT and clean(stored) != value
    return bool(stored != value)
