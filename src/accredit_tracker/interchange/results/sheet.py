"""Find the Elements sheet of an exported workbook, its header row and columns, and read each row.

The sheet is the one Accredit Tracker's Excel report writes: a header row with "Code" and
"Result" among its cells (normally row 1), then one row per measurable element. Columns may be
in any order and others may be added; only the columns below are read. A spreadsheet program
may have re-saved the file, so dates come as dates, serial numbers or text, and whole numbers
as "3" or "3.0". The report may have been written in any language the app has: the sheet's
name, its headers and the results and statuses are read in all of them (``spellings``). A blank
cell changes nothing; "(clear)", in any of those languages, erases an owner, department, due
date or notes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any, Final

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.text import clean
from accredit_tracker.interchange.reading.problem_log import ProblemLog
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError, column_letter
from accredit_tracker.interchange.reading.spreadsheet_file import Sheet, Spreadsheet
from accredit_tracker.interchange.report.columns import ELEMENTS_SHEET, element_headers, sheet_name
from accredit_tracker.interchange.results.spellings import (
    COLUMN_HEADERS,
    clear_markers,
    elements_sheet_names,
    header_fields,
    marker_key,
    results,
    statuses,
    word_key,
)

HEADER_SEARCH_ROWS: Final = 30

# The field of each column read, in the order a row's cells are taken (see ElementsSheet.rows).
# Headers are compared as result words are (blind to case, spaces and punctuation).
_FIELDS: Final = tuple(COLUMN_HEADERS)

# Excel counts days from 1899-12-30; a serial number is read as a date only from 1950 on, so
# that a stray small number is reported instead of becoming a date in 1900.
_EXCEL_EPOCH: Final = date(1899, 12, 30)
_FIRST_SERIAL: Final = (date(1950, 1, 1) - _EXCEL_EPOCH).days
_LAST_SERIAL: Final = (date(9999, 12, 31) - _EXCEL_EPOCH).days
_DAY_FIRST: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # 31.12.2026, as Russian Excel
_MEMO_LIMIT: Final = 4096
_MARKER_LIMIT: Final = 40  # characters; longer text is never the "(clear)" marker


@dataclass(slots=True)
class SheetRow:
    """One element row: its code, the new values of its non-blank cells, and the version the
    export saw (None when its Version cell is blank or there is no Version column)."""

    number: int  # 1-based, as the spreadsheet program shows it
    code: str
    values: dict[str, Any]
    version: int | None
    readable: bool  # False when a cell could not be read; its problem says which


def elements_sheet(book: Spreadsheet) -> Sheet:
    """The workbook's Elements sheet: titled "Elements" in any language the app has, in any
    letter case (an exact title first, then English before the translations); refused when it
    has none."""
    names = book.sheet_names
    name = titled(names, elements_sheet_names())
    if name is None:
        listed = ", ".join(f"'{n}'" for n in names) or translate("Import", "none")
        message = translate(
            "ResultsImport",
            "The file has no sheet named '{sheet}' (its sheets are: {listed}); expected a "
            "workbook exported from Accredit Tracker as an Excel report.",
        ).format(sheet=sheet_name(ELEMENTS_SHEET), listed=listed)
        raise SpreadsheetError([Problem(book.path.name, message)])
    return book.sheet(name)


def titled(names: list[str], wanted: tuple[str, ...]) -> str | None:
    """The first of the sheet ``names`` that is one of the ``wanted`` titles: exactly, else in
    any letter case (in the order of ``wanted``); None when there is none."""
    name = next((n for n in names if n in wanted), None)
    if name is None:
        folded = {n.strip().casefold(): n for n in reversed(names)}
        name = next((folded[w.casefold()] for w in wanted if w.casefold() in folded), None)
    return name


class ElementsSheet:
    """The Elements sheet's header row and columns; :meth:`rows` reads the rows below it."""

    def __init__(self, file: str, sheet: Sheet) -> None:
        self.file = file
        self.name = sheet.name
        rows = sheet.rows()
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        fields = header_fields()
        self.header_row, header_cells = self._find_header(head, fields)
        self.columns: dict[str, int] = {}  # field → 0-based column index
        for index, cell in enumerate(header_cells):
            name = fields.get(word_key(cell)) if cell else None
            if name is not None and name not in self.columns:
                self.columns[name] = index
        self._headers = {i: header_cells[i].strip() for i in self.columns.values()}
        self._rows = itertools.chain((r for r in head if r[0] > self.header_row), rows)
        self.problems = ProblemLog(file)
        self._results = results()
        self._statuses = statuses()
        self._clear_markers = clear_markers()
        self._clear_starts = frozenset(
            first for marker in self._clear_markers for first in (marker[0], marker[0].upper())
        )
        self._dates: dict[str, date | None] = {}
        self._versions: dict[str, int | None] = {}

    def column(self, name: str) -> str:
        """The field's column as a message names it: "E (Result)"."""
        index = self.columns[name]
        return f"{column_letter(index)} ({self._headers[index]})"

    def problem(self, row: int, name: str | None, message: str) -> None:
        column = self.column(name) if name is not None and name in self.columns else None
        self.problems.add(Problem(self.file, message, self.name, row, column))

    def rows(self) -> Iterator[SheetRow]:
        """Every row below the header row that holds a code or a value to import."""
        width = max(self.columns.values()) + 1
        pad = [""] * (width + 1)
        # A field with no column reads the empty cell added after the last column read.
        getter = itemgetter(*(self.columns.get(name, width) for name in _FIELDS))
        every_field = len(self.columns) == len(_FIELDS)
        for number, cells in self._rows:
            if every_field:
                raw = getter(cells if len(cells) >= width else cells + pad)
            else:
                raw = getter(cells[:width] + pad)
            if any(raw):
                row = self._read(number, raw)
                if row is not None:
                    yield row

    def _read(self, number: int, raw: tuple[str, ...]) -> SheetRow | None:
        code, result, status, owner, department, due, notes, version = raw
        row = SheetRow(number, clean(code), {}, None, True)
        values = row.values
        if result:
            member = self._results.read(result)
            if member is not None:
                values["result"] = member
            elif result.strip():
                row.readable = False
                message = translate(
                    "ResultsImport", "expected a result: {expected}; found '{found}'."
                ).format(expected=self._results.expected(), found=result.strip())
                self.problem(number, "result", message)
        if status:
            work_status = self._statuses.read(status)
            if work_status is not None:
                values["work_status"] = work_status
            elif status.strip():
                row.readable = False
                message = translate(
                    "ResultsImport", "expected a status: {expected}; found '{found}'."
                ).format(expected=self._statuses.expected(), found=status.strip())
                self.problem(number, "work_status", message)
        if owner and (text := clean(owner)):
            values["owner"] = "" if self._clears(text) else text
        if department and (text := clean(department)):
            values["department"] = "" if self._clears(text) else text
        if due and (due := due.strip()):
            if self._clears(due):
                values["due_date"] = None
            elif (due_date := self._date(due)) is not None:
                values["due_date"] = due_date
            else:
                row.readable = False
                message = translate(
                    "ResultsImport", "expected a date such as 2026-12-31; found '{found}'."
                ).format(found=due)
                self.problem(number, "due_date", message)
        if notes and (text := clean(notes.replace("\r\n", "\n"))):
            values["notes"] = "" if self._clears(text) else text
        if version and (version := version.strip()):
            row.version = self._version(version)
            if row.version is None:
                row.readable = False
                message = translate(
                    "ResultsImport",
                    "expected the version the export wrote, a whole number such as 3; "
                    "found '{found}'.",
                ).format(found=version)
                self.problem(number, "version", message)
        if not row.code:
            if not values and row.readable:
                return None  # a row of other columns only, such as a total or a note
            row.readable = False
            message = translate("ResultsImport", "the row has no code, so it cannot be matched.")
            self.problem(number, "code", message)
        return row

    def _find_header(
        self, head: list[tuple[int, list[str]]], fields: dict[str, str]
    ) -> tuple[int, list[str]]:
        for number, cells in head:
            keys = {fields.get(word_key(cell)) for cell in cells if cell}
            if {"code", "result"} <= keys:
                return number, cells
        message = translate(
            "ResultsImport",
            "No header row with '{code}' and '{result}' was found in the first {rows} rows; "
            "expected the {sheet} sheet as Accredit Tracker exports it, with the headers "
            "{headers}.",
        ).format(
            code=translate("Report", "Code"),
            result=translate("Report", "Result"),
            rows=HEADER_SEARCH_ROWS,
            sheet=sheet_name(ELEMENTS_SHEET),
            headers=", ".join(element_headers()),
        )
        raise SpreadsheetError([Problem(self.file, message, sheet=self.name)])

    def _clears(self, text: str) -> bool:
        """Whether the cell holds the marker that erases its field, "(clear)" in any language."""
        return (
            text[0] in self._clear_starts  # cheap first: most cells are names and notes
            and len(text) <= _MARKER_LIMIT
            and marker_key(text) in self._clear_markers
        )

    def _date(self, text: str) -> date | None:
        try:
            return self._dates[text]
        except KeyError:
            found = read_date(text)
            if len(self._dates) < _MEMO_LIMIT:
                self._dates[text] = found
            return found

    def _version(self, text: str) -> int | None:
        try:
            return self._versions[text]
        except KeyError:
            found = whole_number(text)
            if len(self._versions) < _MEMO_LIMIT:
                self._versions[text] = found
            return found


def read_date(text: str) -> date | None:
    """A date as a spreadsheet program may leave it: ISO text (with or without a time),
    31.12.2026, or an Excel serial number; None for anything else."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    day_first = _DAY_FIRST.fullmatch(text)
    if day_first is not None:
        day, month, year = (int(part) for part in day_first.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    try:
        serial = float(text)
    except ValueError:
        return None
    if _FIRST_SERIAL <= serial <= _LAST_SERIAL:
        return _EXCEL_EPOCH + timedelta(days=int(serial))
    return None


def whole_number(text: str) -> int | None:
    """ "3" or "3.0" → 3; None for anything that is not a whole number of 1 or more."""
    try:
        number = float(text)
    except ValueError:
        return None
    if not number.is_integer() or number < 1:
        return None
    return int(number)
