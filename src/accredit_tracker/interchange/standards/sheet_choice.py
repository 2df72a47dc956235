"""Which sheet of a workbook holds the standards: every sheet's header is read, and the one
with the headers of a standards table or outline is taken, with the reason said."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.spreadsheet_file import Sheet, Spreadsheet
from accredit_tracker.interchange.standards.plan import (
    HEADER_SEARCH_ROWS,
    HeaderGuess,
    ImportOptions,
    find_header,
)

# Published workbooks hold the tree on a sheet named so ("framework_content").
_CONTENT_SUFFIX = "content"


@dataclass(frozen=True)
class SheetChoice:
    sheet: Sheet
    reason: str  # why this sheet was taken; "" when it was named or is the only one


def choose_sheet(book: Spreadsheet, file: str, options: ImportOptions) -> SheetChoice:
    """The sheet named in the options (in any case), or the sheet whose header row is most
    like a standards list's. :class:`SpreadsheetError` lists the sheets when none is."""
    if options.sheet is not None or len(book.sheet_names) <= 1:
        return SheetChoice(book.sheet(options.sheet), "")
    best: tuple[tuple[int, int, int], str, HeaderGuess] | None = None
    empty: list[str] = []
    for index, name in enumerate(book.reading_order):
        try:
            sheet = book.sheet(name)
        except SpreadsheetError:
            empty.append(name)
            continue
        head = list(itertools.islice(sheet.rows(), HEADER_SEARCH_ROWS))
        guess = find_header(file, head, options)
        usable = guess.convincing and not guess.missing
        named = name.casefold().rstrip("_ ").endswith(_CONTENT_SUFFIX)
        score = (int(usable), len(guess.columns) + int(named), -index)
        if usable and (best is None or score > best[0]):
            if best is not None:
                book.forget(best[1])
            best = (score, name, guess)
        else:
            book.forget(name)
    if best is None:
        if options.mapping:  # the columns are named: read the first sheet with data
            return SheetChoice(book.sheet(None), "")
        message = translate(
            "Import",
            "none of the sheets has the header row of a standards list in its first {rows} "
            "rows; its sheets are: {sheets}. Name the sheet to read with --sheet NAME.",
        ).format(rows=HEADER_SEARCH_ROWS, sheets=", ".join(book.sheet_names))
        raise SpreadsheetError([Problem(file, message)])
    _, name, guess = best
    assert guess.header_row is not None
    headers = ", ".join(f"“{guess.headers[i].strip()}”" for i in sorted(guess.columns))
    others = [n for n in book.sheet_names if n != name]
    reason = translate(
        "Import",
        "Sheet “{sheet}” is read: its row {row} has the headers of a standards list ({headers}); "
        "the other sheets ({others}) have none that fit as well.",
    ).format(sheet=name, row=guess.header_row, headers=headers, others=", ".join(others))
    return SheetChoice(book.sheet(name), reason)
