"""Text from people and imported files made safe for a report cell: never taken for a formula,
free of characters XML forbids, and no longer than a cell holds."""

from __future__ import annotations

import re
from typing import Any, Final

from openpyxl.cell import Cell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.interchange.reading.sheet_rows import EXCEL_CELL_LIMIT

CUT_MARKER: Final = QT_TRANSLATE_NOOP("Report", "… [cut]")
"""Ends a text that was cut to fit in one cell (in English; translated where it is written)."""

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet program read a CSV field as a formula."""

# Control characters XML 1.0 forbids (openpyxl's list), lone surrogates that cannot be encoded,
# and the two non-characters U+FFFE and U+FFFF.
_NOT_IN_XML: Final = re.compile(f"{ILLEGAL_CHARACTERS_RE.pattern}|[\ud800-\udfff\ufffe\uffff]")


def storable_text(text: str) -> str:
    """The text without the characters a workbook cannot hold (XML forbids them)."""
    if _NOT_IN_XML.search(text):
        return _NOT_IN_XML.sub("", text)
    return text


def cell_text(text: str) -> str:
    """The text without characters a workbook cannot hold, cut to Excel's 32,767 characters
    with :data:`CUT_MARKER` (in the current language) at the end when it is longer."""
    if _NOT_IN_XML.search(text):  # as storable_text does, without a call: cells are many
        text = _NOT_IN_XML.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        marker = translate("Report", CUT_MARKER)
        text = text[: EXCEL_CELL_LIMIT - len(marker)] + marker
    return text


def text_cell(sheet: Any, text: str, style: str | None = None, *, like: Any = None) -> Any:
    """A cell of a write-only ``sheet`` holding ``text`` as text (its type set to "s"),
    whatever it starts with, with a named ``style`` or the formatting of the cell ``like``
    (copied, which costs half as much as naming a style: it shows at 100,000s of cells)."""
    # The write-only cell's own constructor, plus the formatting to copy.
    cell = Cell(sheet, 1, 1, cell_text(text), None if like is None else like._style)
    # openpyxl takes a string starting with "=" for a formula and "#N/A" and the like for an
    # error; the type is set after the value so that neither happens.
    cell.data_type = "s"
    if style is not None:
        cell.style = style
    return cell


def sheet_text(sheet: Any, text: str) -> Any:
    """``text`` as a value to append to a write-only ``sheet``: nothing for empty text, the
    cleaned string when openpyxl keeps it as text anyway (it writes every string as text,
    "+SUM(A1)" included, except those below), else a :func:`text_cell`.

    A plain string costs far less to write than a cell object, which matters at 100,000 rows.
    """
    if not text:
        return None
    text = cell_text(text)
    if (len(text) > 1 and text[0] == "=") or text in ERROR_CODES:
        return text_cell(sheet, text)
    return text


def csv_text(text: str) -> str:
    """``text`` as a CSV field that a spreadsheet program opens as text: cleaned as
    :func:`cell_text`, with an apostrophe put before text starting with one of
    :data:`FORMULA_STARTS` (the usual defence against CSV formula injection). The apostrophe
    stays in the field: a program reading the file gets "'=1+1" back, not "=1+1"."""
    text = cell_text(text)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
