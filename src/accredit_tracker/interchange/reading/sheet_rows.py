"""Turn a sheet's cell values into rows of text, merged ranges filled, over-long cells refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Final

import python_calamine

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError, column_letter
from accredit_tracker.interchange.reading.read_errors import CalamineErrors

Row = tuple[int, list[str]]  # (1-based row number, cells as text from column A)
CellRange = tuple[tuple[int, int], tuple[int, int]]  # 0-based ((top, left), (bottom, right))
Merge = tuple[int, int, int, int]  # 0-based (top, left, bottom, right)

EXCEL_CELL_LIMIT: Final = 32_767  # characters Excel allows in one cell
# No spreadsheet program shows it, yet an .xlsx may carry it (as "_x0000_") and a text file
# too; PostgreSQL refuses it in text, so it is dropped as cells are read.
NUL: Final = "\0"

_MIDNIGHT: Final = dt.time()


def calamine_rows(
    calamine_sheet: python_calamine.CalamineSheet, merges: list[Merge], file: str, sheet: str
) -> Iterator[Row]:
    """Every row of the sheet from row 1, as text, each merged range filled with its value."""
    start = calamine_sheet.start
    if start is None:
        return
    # calamine yields rows from row 1, but columns only from the first one holding data.
    padding: list[Any] = [""] * start[1]
    waiting = sorted(merges, reverse=True)  # the next merge to start is at the end
    active: list[tuple[int, int, int, str]] = []  # (bottom, left, right, value)
    numbers = _NumberText()
    # Columns that have held something other than text: only these are looked at in each row.
    # Joining the row (to measure it) fails while any other column holds a number, a date or
    # the like, and adds that column; so the list grows at most once per column.
    converted: list[int] = []
    with CalamineErrors(file, sheet):
        for number, values in enumerate(calamine_sheet.iter_rows(), 1):
            row: list[Any] = padding + values if padding else values
            while True:
                for i in converted:
                    value = row[i]
                    kind = value.__class__
                    if kind is not str:
                        row[i] = (
                            numbers[value] if kind is float or kind is int else _cell_text(value)
                        )
                try:
                    joined = "".join(row)
                    break
                except TypeError:
                    found = (i for i, value in enumerate(row) if value.__class__ is not str)
                    converted = sorted({*converted, *found})
            if waiting or active:
                _fill_merges(row, number - 1, waiting, active)
                joined = "".join(row)
            if NUL in joined:
                row = without_nul(row)
            if len(joined) > EXCEL_CELL_LIMIT:
                check_cell_lengths(row, file, sheet, number)
            yield number, row


def without_nul(row: list[str]) -> list[str]:
    """The row's cells without the NUL characters in them."""
    return [cell.replace(NUL, "") for cell in row]


def clip_merges(ranges: list[CellRange] | None, end: tuple[int, int] | None) -> list[Merge]:
    """Merged ranges as 0-based (top, left, bottom, right), clipped to the sheet's data."""
    if not ranges or end is None:
        return []
    merges = []
    for (top, left), (bottom, right) in ranges:
        if top > end[0] or left > end[1]:
            continue  # nothing of it holds data
        merges.append((top, left, min(bottom, end[0]), min(right, end[1])))
    return merges


def merged_cells_warning(file: str, sheet: str, ranges: list[CellRange]) -> Problem:
    """Say how many merged ranges the sheet has, and that each was filled with its value."""
    (top, left), (bottom, right) = min(ranges)
    count = len(ranges)
    span = f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}"
    if count == 1:
        message = translate(
            "Import",
            "The sheet has 1 merged cell range (first {span}); each was read as if its value "
            "filled every cell.",
        )
    else:
        message = translate(
            "Import",
            "The sheet has merged cell ranges ({count:,} in all, first {span}); each was read "
            "as if its value filled every cell.",
        )
    return Problem(file, message.format(count=count, span=span), sheet=sheet)


def check_cell_lengths(row: list[str], file: str, sheet: str, number: int) -> None:
    """Refuse the row if any of its cells is longer than Excel allows."""
    problems = [
        Problem(
            file,
            translate(
                "Import",
                "The cell text is {length:,} characters long; Excel allows at most {limit:,}, "
                "so the file is damaged or was not made by a spreadsheet program.",
            ).format(length=len(text), limit=EXCEL_CELL_LIMIT),
            sheet=sheet,
            row=number,
            column=column_letter(position),
        )
        for position, text in enumerate(row)
        if len(text) > EXCEL_CELL_LIMIT
    ]
    if problems:
        raise SpreadsheetError(problems)


def _cell_text(value: object) -> str:
    """Text for a cell value that is not already a string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == _MIDNIGHT and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


class _NumberText(dict[object, str]):
    """Memo of number → text: a sheet repeats the same few numbers in thousands of rows."""

    def __missing__(self, value: object) -> str:
        text = _cell_text(value)
        if len(self) < 4096:
            self[value] = text
        return text


def _fill_merges(
    row: list[str],
    index: int,
    waiting: list[Merge],
    active: list[tuple[int, int, int, str]],
) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    while waiting and waiting[-1][0] <= index:
        _, left, bottom, right = waiting.pop()
        value = row[left] if left < len(row) else ""
        if value:
            active.append((bottom, left, right, value))
    if not active:
        return
    active[:] = [merge for merge in active if merge[0] >= index]
    for _, left, right, value in active:
        if right >= len(row):
            row.extend([""] * (right + 1 - len(row)))
        row[left : right + 1] = [value] * (right + 1 - left)
