"""The first rows of a standards sheet and what the importer would make of its columns."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.interchange.reading.library_details import LibraryDetails
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.spreadsheet_file import Row, open_spreadsheet
from accredit_tracker.interchange.standards.columns import ATTRIBUTE
from accredit_tracker.interchange.standards.plan import (
    HEADER_SEARCH_ROWS,
    ImportOptions,
    find_header,
)
from accredit_tracker.interchange.standards.sheet_choice import choose_sheet

PREVIEW_ROWS = HEADER_SEARCH_ROWS + 50  # rows read for a preview: headers and samples
SAMPLE_ROWS = 2


@dataclass
class SheetPreview:
    """The first rows of one sheet, or why the file or the sheet cannot be read."""

    sheet_names: list[str]
    sheet: str | None = None
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    reason: str = ""  # why this sheet is shown, when it was picked among several
    details: LibraryDetails = field(default_factory=LibraryDetails)  # what the file says


@dataclass
class ColumnGuess:
    """What the importer would make of a sheet's columns without being told."""

    layout: str  # "flat" or "outline"
    header_row: int | None  # None: no row holds anything like headers
    headers: list[str]
    samples: list[list[str]]  # the first data rows below the header row
    detected: dict[int, str]  # column index → field, as the importer recognises the headers
    recognised: bool  # the importer found the header row and every required column itself


def read_preview(path: Path, sheet: str | None, monitor: TaskMonitor) -> SheetPreview:
    """Open the file and read the first rows of a sheet: with no name, the sheet the importer
    would pick (the one whose headers are a standards list's), else the first with data."""
    try:
        with open_spreadsheet(path) as book:
            names = list(book.sheet_names)
            reason = ""
            try:
                if sheet is None:
                    try:
                        choice = choose_sheet(book, path.name, ImportOptions())
                        found, reason = choice.sheet, choice.reason
                    except SpreadsheetError:
                        found = book.sheet(None)  # the user names the columns
                else:
                    found = book.sheet(sheet)
                monitor.check()
                rows = list(itertools.islice(found.rows(), PREVIEW_ROWS))
            except SpreadsheetError as error:
                return SheetPreview(names, sheet, problems=error.problems)
            return SheetPreview(
                names, found.name, rows, reason=reason, details=book.library_details()
            )
    except SpreadsheetError as error:
        return SheetPreview([], None, problems=error.problems)


def guess_columns(file: str, preview: SheetPreview, layout: str) -> ColumnGuess:
    """Find the header row and each column's field the way the importer will."""
    guess = find_header(file, preview.rows[:HEADER_SEARCH_ROWS], ImportOptions(layout=layout))
    header_row = guess.header_row
    samples = [
        cells
        for n, cells in preview.rows
        if header_row is not None and n > header_row and any(c.strip() for c in cells)
    ][:SAMPLE_ROWS]
    recognised = guess.convincing and not guess.missing
    detected = dict(guess.columns)
    # A column with a header the importer does not know is kept as an attribute, as on import.
    for index, cell in enumerate(guess.headers):
        if cell.strip() and index not in detected:
            detected[index] = ATTRIBUTE
    return ColumnGuess(guess.layout, header_row, guess.headers, samples, detected, recognised)
