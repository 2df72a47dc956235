"""Describe what is wrong with a file the user picked, down to the sheet, row and column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate

# An error message lists at most this many problems; the rest are counted on a final line.
MAX_PROBLEMS_SHOWN = 50
# A list of problems keeps at most this many in memory; the rest are only counted.
MAX_PROBLEMS = 1000

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MAX_COLUMN_LETTERS = 3  # Excel's last column is XFD


@dataclass(frozen=True)
class Problem:
    """One thing wrong with (or worth knowing about) a file, located as precisely as known."""

    file: str  # the file name as the user knows it (Path.name)
    message: str  # what is wrong or what was expected, as a full sentence
    sheet: str | None = None
    row: int | None = None  # 1-based, as Excel shows it
    column: str | None = None  # a column letter such as "D", optionally "D (Standard)"

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(translate("Problems", "sheet '{sheet}'").format(sheet=self.sheet))
        if self.row is not None:
            parts.append(translate("Problems", "row {row}").format(row=self.row))
        if self.column is not None:
            parts.append(translate("Problems", "column {column}").format(column=self.column))
        return translate("Problems", "{place}: {message}").format(
            place=", ".join(parts), message=self.message
        )


@dataclass(frozen=True)
class UnlistedProblems(Problem):
    """The closing line of a long list: how many more problems were found than are listed."""

    count: int = 0


def problem_total(problems: Sequence[Problem]) -> int:
    """How many problems a list stands for, its "… and 12 more" line counting as twelve."""
    return sum(p.count if isinstance(p, UnlistedProblems) else 1 for p in problems)


class SpreadsheetError(UserError):
    """Raised with one or more problems; nothing has been read or written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("SpreadsheetError needs at least one problem")
        self.problems: list[Problem] = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        listed = [p for p in self.problems if not isinstance(p, UnlistedProblems)]
        lines = [str(problem) for problem in listed[:MAX_PROBLEMS_SHOWN]]
        # Those past the lines shown, and those only counted when the list was made.
        hidden = problem_total(self.problems) - len(lines)
        if hidden > 0:
            lines.append(unlisted_text(hidden))
        return "\n".join(lines)


def unlisted_text(count: int) -> str:
    """The closing line of a list cut short: how many more there are than are listed."""
    return translate("Problems", "… and {count:,} more not listed.").format(count=count)


def column_letter(index: int) -> str:
    """Return Excel's letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA"."""
    if index < 0:
        raise ValueError(f"a column index cannot be negative: {index}")
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = _LETTERS[remainder] + letters
    return letters


def column_index(letter: str) -> int:
    """Return the 0-based index of an Excel column given by its letters ("A" → 0, "aa" → 26)."""
    text = letter.upper()
    if not 1 <= len(text) <= _MAX_COLUMN_LETTERS or not all(c in _LETTERS for c in text):
        raise ValueError(f"not a column letter: {letter!r}")
    number = 0
    for char in text:
        number = number * 26 + _LETTERS.index(char) + 1
    return number - 1
