"""Describe what is wrong with a file the user picked, down to the sheet, row and column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# An error message lists at most this many problems; the rest are counted on a final line.
MAX_PROBLEMS_SHOWN = 50

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
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return f"{', '.join(parts)}: {self.message}"


class SpreadsheetError(Exception):
    """Raised with one or more problems; nothing has been read or written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("SpreadsheetError needs at least one problem")
        self.problems: list[Problem] = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        lines = [str(problem) for problem in self.problems[:MAX_PROBLEMS_SHOWN]]
        hidden = len(self.problems) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            noun = "problem" if hidden == 1 else "problems"
            lines.append(f"… and {hidden:,} more {noun}")
        return "\n".join(lines)


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
