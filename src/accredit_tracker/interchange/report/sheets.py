"""The report's sheets laid out as Excel tables, written row by row in openpyxl's write-only
mode: styled header, frozen header row, filters, wrapped long text, and print set-up."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from functools import partial
from typing import Any, Final

from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.interchange.report.cell_text import cell_text, sheet_text, text_cell
from accredit_tracker.interchange.report.columns import REPORT, Column, sheet_name

HEADER_STYLE: Final = "Report header"
WRAPPED_STYLE: Final = "Report wrapped text"
TITLE_STYLE: Final = "Report title"
LABEL_STYLE: Final = "Report label"

REPORT_FONT: Final = "Calibri"
"""The font of every cell, named in each of the report's styles too: a style without one makes
LibreOffice fall back to a serif face beside the sans text of plain cells."""
PAGE_FOOTER: Final = QT_TRANSLATE_NOOP("Report", "Page &P of &N")
"""The page footer; &P is the page's number and &N the number of pages."""
_HEADER_FILL: Final = "1F4E78"
_HEADER_TEXT_LIMIT: Final = 100  # Excel allows 255 characters for all header and footer parts
_A4: Final = 9  # paper size code in the file format
# Page margins in inches: narrower than the spreadsheet programs' default, to print tables larger.
_SIDE_MARGIN: Final = 0.4
_TOP_MARGIN: Final = 0.6
_HEADER_MARGIN: Final = 0.3
_FITTING_SHARE: Final = 0.8  # of a column's width, in characters, that text surely fills
# Characters of text on one wrapped line, per unit of column width (the width of a digit),
# counted low so that a row rather ends up a little tall than cuts its last line off.
_CHARACTERS_PER_WIDTH: Final = 1.2
_HEADER_CHARACTERS_PER_WIDTH: Final = 1.0  # bold text is wider
_LINE_HEIGHT: Final = 15  # points per line of 11-point text
_MAX_ROW_HEIGHT: Final = 409  # points, Excel's limit
_NOTE_AUTHOR: Final = "Accredit Tracker"
_NOTE_WIDTH: Final = 300  # points
_NOTE_CHARACTERS_PER_LINE: Final = 45
_NOTE_LINE_HEIGHT: Final = 15  # points


def add_report_styles(workbook: Any) -> None:
    """Register the named cell styles the report's sheets use."""
    styles = [
        NamedStyle(
            HEADER_STYLE,
            font=Font(name=REPORT_FONT, size=11, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=_HEADER_FILL),
            alignment=Alignment(wrap_text=True, vertical="center"),
        ),
        NamedStyle(
            WRAPPED_STYLE, font=Font(name=REPORT_FONT, size=11), alignment=Alignment(wrap_text=True)
        ),
        NamedStyle(
            TITLE_STYLE, font=Font(name=REPORT_FONT, bold=True, size=16, color=_HEADER_FILL)
        ),
        NamedStyle(LABEL_STYLE, font=Font(name=REPORT_FONT, size=11, bold=True)),
    ]
    for style in styles:
        workbook.add_named_style(style)


def set_up_printing(sheet: Any, heading: str, *, title_rows: str | None) -> None:
    """Landscape A4 pages one page wide, ``heading`` at the top left of every page, the sheet's
    name at the right, "Page n of m" at the foot, and ``title_rows`` (such as "1:1") repeated
    at the top of every page. For a write-only sheet, call it before the first row."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = _A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    margins = sheet.page_margins
    margins.left = margins.right = _SIDE_MARGIN
    margins.top = margins.bottom = _TOP_MARGIN
    margins.header = margins.footer = _HEADER_MARGIN
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.oddHeader.left.text = header_text(heading)
    sheet.oddHeader.right.text = "&A"
    sheet.oddFooter.center.text = translate(REPORT, PAGE_FOOTER)
    if title_rows is not None:
        sheet.print_title_rows = title_rows


def add_sheet(workbook: Any, english: str) -> Any:
    """Add a write-only sheet titled ``english`` in the current language (see
    :func:`sheet_name`); in English when the translation is already the title of another sheet
    (Excel refuses two sheets of the same name, whatever their letter case), then numbered."""
    taken = {name.casefold() for name in workbook.sheetnames}
    candidates = itertools.chain(
        (sheet_name(english), english), (f"{english[:27]} {n}" for n in itertools.count(2))
    )
    return workbook.create_sheet(next(t for t in candidates if t.casefold() not in taken))


def column_titles(columns: Sequence[Column]) -> list[str]:
    """The columns' headers as a table shows them: in the current language, made safe for a
    cell, each once (an Excel table needs its column names different, whatever their letter
    case; a translation that repeats another header is shown in English, then numbered)."""
    titles: list[str] = []
    taken: set[str] = set()
    for column in columns:
        title = cell_text(column.title)
        candidates = [title, cell_text(column.header)]
        candidates += [f"{column.header} {n}" for n in range(2, len(columns) + 2)]
        title = next(t for t in candidates if t and t.casefold() not in taken)
        titles.append(title)
        taken.add(title.casefold())
    return titles


def header_note(text: str) -> Comment:
    """A note for a header cell, sized to show ``text`` when the pointer rests on the cell."""
    note = Comment(cell_text(text), _NOTE_AUTHOR)
    note.width = _NOTE_WIDTH
    note.height = _NOTE_LINE_HEIGHT * (text_lines(text, _NOTE_CHARACTERS_PER_LINE) + 1)
    return note


def header_text(text: str) -> str:
    """Text for a page header: "&" starts a code there, so it is doubled, and the text is cut
    to fit Excel's limit."""
    text = " ".join(cell_text(text).split())
    if len(text) > _HEADER_TEXT_LIMIT:
        text = text[: _HEADER_TEXT_LIMIT - 1] + "…"
    return text.replace("&", "&&")


def text_lines(text: str, per_line: int) -> int:
    """About how many lines ``text`` takes when wrapped at ``per_line`` characters."""
    if "\n" not in text:
        return max(1, -(-len(text) // per_line))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def local_time(moment: datetime | None) -> datetime | None:
    """A moment as a date-and-time cell shows it: in the computer's local time, to the second,
    without a time zone (Excel keeps none). openpyxl formats it yyyy-mm-dd h:mm:ss."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None, microsecond=0)
    return moment.replace(microsecond=0)


class RowProgress:
    """Counts the rows written across a report's sheets and reports them as ``stage`` every
    few hundred rows (where a cancel is noticed too)."""

    every: int = 500

    def __init__(self, monitor: TaskMonitor, stage: str, total: int) -> None:
        self.monitor = monitor
        self.stage = stage
        self.total = total
        self.done = 0
        monitor.report(stage, 0, total)

    def row(self) -> None:
        self.done += 1
        if self.done % self.every == 0 or self.done == self.total:
            self.monitor.report(self.stage, self.done, self.total)


class TableSheet:
    """A write-only sheet holding one Excel table: the header in row 1, then one row per
    :meth:`append` (or :meth:`append_cells`). The table, with its filter buttons, is added by
    :meth:`finish`.

    ``title`` and the columns' headers are English; the sheet shows them in the current
    language (:func:`add_sheet`, :func:`column_titles`), and the methods naming a column take
    its English header. ``table_name`` is an identifier and stays as it is. ``header_notes``
    puts a note (a comment) on header cells, by English header, already in the current
    language.

    ``printed`` names the first and the last column a page prints, when not all of them should
    (a sheet too wide to read on paper): the columns up to the first stay in view while
    scrolling to the right, with the header row.
    """

    def __init__(
        self,
        workbook: Any,
        title: str,
        table_name: str,
        columns: Sequence[Column],
        heading: str,
        *,
        header_notes: Mapping[str, str] | None = None,
        printed: tuple[str, str] | None = None,
    ) -> None:
        self.sheet = add_sheet(workbook, title)
        self.columns = tuple(columns)
        self.titles = column_titles(self.columns)
        self.table_name = table_name
        self.rows = 0
        self.printed = printed
        sheet = self.sheet
        for number, column in enumerate(self.columns, 1):
            sheet.column_dimensions[get_column_letter(number)].width = column.width
        sheet.freeze_panes = "A2" if printed is None else f"{self.letter(printed[0], 1)}2"
        set_up_printing(sheet, heading, title_rows="1:1")
        # The header wraps a title longer than its column; the row is made tall enough for
        # it, as LibreOffice keeps the height a file gives (see append_cells).
        header_lines = max(
            text_lines(title, per_line=max(1, int(column.width * _HEADER_CHARACTERS_PER_WIDTH)))
            for title, column in zip(self.titles, self.columns, strict=True)
        )
        if header_lines > 1:
            sheet.row_dimensions[1] = RowDimension(sheet, ht=header_lines * _LINE_HEIGHT)
        header = [text_cell(sheet, title, HEADER_STYLE) for title in self.titles]
        for english, note in (header_notes or {}).items():
            header[[c.header for c in self.columns].index(english)].comment = header_note(note)
        sheet.append(header)
        sheet.row_dimensions.pop(1, None)
        self._wrapped = WriteOnlyCell(sheet)
        self._wrapped.style = WRAPPED_STYLE
        self._makers = tuple(
            self.wrapping(c.header) if c.wraps else self.text for c in self.columns
        )
        self._counters = tuple(
            self.line_counter(c.header) if c.wraps else None for c in self.columns
        )
        self._heights: dict[int, RowDimension] = {}

    @property
    def last_column(self) -> str:
        return str(get_column_letter(len(self.columns)))

    @property
    def last_row(self) -> int:
        """The table's last row: at least row 2, as an Excel table needs one row of data."""
        return max(self.rows, 1) + 1

    def letter(self, header: str, after: int = 0) -> str:
        """The named column's letter, or that of the column ``after`` columns to its right."""
        headers = [c.header for c in self.columns]
        return str(get_column_letter(headers.index(header) + 1 + after))

    def data_range(self, header: str) -> str:
        """The cells below the header of the named column, such as "E2:E1201"."""
        letter = self.letter(header)
        return f"{letter}2:{letter}{self.last_row}"

    def text(self, value: str) -> Any:
        """A text value ready for :meth:`append_cells` (see :func:`sheet_text`)."""
        return sheet_text(self.sheet, value)

    def repeated_text(self) -> Callable[[str], Any]:
        """A function doing what :meth:`text` does for a column whose values repeat (chapter,
        owner), remembering the plain strings it made so that each is cleaned once."""
        made: dict[str, str] = {}
        sheet = self.sheet

        def text(value: str) -> Any:
            found = made.get(value)
            if found is None:
                found = sheet_text(sheet, value)
                if not isinstance(found, str):
                    return found  # nothing, or a cell object: made anew for every row
                made[value] = found
            return found

        return text

    def wrapping(self, header: str) -> Callable[[str], Any]:
        """A function making a text value for the named column, wrapped when it is too long
        for the column's width (or has several lines). Shorter text is written plain, which
        looks the same and costs a third of a styled cell."""
        fits = int(next(c for c in self.columns if c.header == header).width * _FITTING_SHARE)
        sheet, template = self.sheet, self._wrapped

        def wrapped(value: str) -> Any:
            if not value:
                return None
            if len(value) <= fits and "\n" not in value:
                return sheet_text(sheet, value)
            return text_cell(sheet, value, like=template)

        return wrapped

    def line_counter(self, header: str) -> Callable[[str], int]:
        """A function estimating on how many lines the named column shows a text."""
        width = next(c.width for c in self.columns if c.header == header)
        return partial(text_lines, per_line=int(width * _CHARACTERS_PER_WIDTH))

    def append_cells(self, cells: Sequence[Any], lines: int = 1) -> None:
        """Append a row of values already made ready: by :meth:`text`, by a :meth:`wrapping`
        function, or numbers, dates and :func:`local_time` moments; ``lines`` is how many lines
        of text its tallest cell holds (see :meth:`line_counter`).

        A row of several lines gets a height to match. Excel would fit the row to its wrapped
        text by itself, but LibreOffice keeps the height a file gives, one line by default.
        """
        if lines == 1:
            self.sheet.append(cells)
        else:
            # A write-only sheet takes a row's height from its row dimensions as the row is
            # written; rows of the same height share one dimension, dropped again at once.
            dimensions = self.sheet.row_dimensions
            number = self.rows + 2
            height = self._heights.get(lines)
            if height is None:
                ht = min(lines * _LINE_HEIGHT, _MAX_ROW_HEIGHT)
                height = self._heights[lines] = RowDimension(self.sheet, ht=ht)
            dimensions[number] = height
            self.sheet.append(cells)
            del dimensions[number]
        self.rows += 1

    def append(self, values: Sequence[Any]) -> None:
        """Append a row of plain values: text is made ready by its column (wrapped in
        wrapping columns), date-times are shown in local time, empty text is left out."""
        row: list[Any] = []
        lines = 1
        for value, make, count in zip(values, self._makers, self._counters, strict=True):
            if isinstance(value, str):
                row.append(make(value))
                if count is not None:
                    lines = max(lines, count(value))
            elif isinstance(value, datetime):
                row.append(local_time(value))
            else:
                row.append(value)
        self.append_cells(row, lines)

    def lock(self) -> None:
        """Protect the sheet against typing, without a password (Review → Unprotect Sheet
        lifts it on purpose); filtering and resizing rows and columns stay allowed."""
        protection = self.sheet.protection
        protection.sheet = True
        # openpyxl's flags say what is protected: False allows it.
        protection.autoFilter = protection.sort = False
        protection.formatColumns = protection.formatRows = False

    def finish(self) -> None:
        """Add the Excel table over the header and the rows, with filter buttons and banded
        rows. Call it once, after the last row."""
        reference = f"A1:{self.last_column}{self.last_row}"
        table = Table(
            displayName=self.table_name,
            ref=reference,
            autoFilter=AutoFilter(ref=reference),
            # A write-only sheet cannot be read back for its header, so the columns are named
            # here; the names match the header cells exactly, as Excel requires.
            tableColumns=[
                TableColumn(id=number, name=title) for number, title in enumerate(self.titles, 1)
            ],
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
        )
        # Added to the sheet's tables directly: Worksheet.add_table warns in write-only mode
        # even when the columns are named. Table names are unique in the report by design.
        self.sheet.tables.add(table)
        if self.printed is not None:
            first, last = (self.letter(header) for header in self.printed)
            self.sheet.print_area = f"{first}1:{last}{self.last_row}"
