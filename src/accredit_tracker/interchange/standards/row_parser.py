"""What both row layouts share: a row's fields, weight and element number, problems by place."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from operator import itemgetter

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.library.libraries import ChapterData
from accredit_tracker.interchange.reading.problems import (
    Problem,
    SpreadsheetError,
    column_index,
    column_letter,
    unlisted_text,
)
from accredit_tracker.interchange.standards.columns import field_label, field_names
from accredit_tracker.interchange.standards.plan import ImportPlan

MAX_PROBLEMS = 1000  # kept in memory; the message shows the first 50
_ME_PREFIX = re.compile(r"^(?:ME|ИЭ|OE)\s*[.#№:]?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class UnlistedProblems(Problem):
    """The closing line of a long list: how many more problems were found than are listed."""

    count: int = 0


class RowParser:
    """Shared bookkeeping of both layouts: problems with their place, cells by field."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        self.file = file
        self.plan = plan
        self.fields = plan.fields
        self.headers = {column_index(c.letter): c.header for c in plan.columns}
        # Every field of the layout, in its fixed order; a field with no column reads the
        # empty cell appended at the end of each row, cut after the last column read (so a
        # column not read as any field is never read as one that has no column).
        width = self.width = max(self.fields.values()) + 1
        self.pad = [""] * (width + 1)
        indices = [self.fields.get(name, width) for name in field_names(plan.layout)]
        self.getter = itemgetter(*indices)
        self.problems: list[Problem] = []
        self.problem_count = 0

    def values(self, cells: list[str]) -> list[str]:
        """The row's cells in the layout's field order, NFC-normalised and trimmed."""
        raw: tuple[str, ...] = self.getter(cells[: self.width] + self.pad)
        # One check over the whole row is much cheaper than one per cell.
        if not unicodedata.is_normalized("NFC", "".join(raw)):
            return [unicodedata.normalize("NFC", v).strip() for v in raw]
        return [v.strip() for v in raw]

    def problem(self, row: int, name: str | None, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) >= MAX_PROBLEMS:
            return
        column = None
        if name is not None and name in self.fields:
            index = self.fields[name]
            header = self.headers.get(index) or field_label(self.plan.layout, name)
            column = f"{column_letter(index)} ({header})"
        self.problems.append(Problem(self.file, message, self.plan.sheet, row, column))

    def weight(self, row: int, text: str) -> float:
        if not text:
            return 1.0
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = -1.0
        if value < 0:
            message = translate("Import", "expected a number of 0 or more, found '{text}'.")
            self.problem(row, "weight", message.format(text=text))
            return 1.0
        return value

    def raise_problems(self, chapters: list[ChapterData]) -> None:
        if not any(s.elements for c in chapters for s in c.standards) and not self.problems:
            self.problems.append(
                Problem(
                    self.file,
                    translate(
                        "Import", "no measurable elements were found below the header row {row}."
                    ).format(row=self.plan.header_row),
                    self.plan.sheet,
                )
            )
        if self.problems:
            hidden = self.problem_count - len(self.problems)
            if hidden:
                self.problems.append(
                    UnlistedProblems(self.file, unlisted_text(hidden), count=hidden)
                )
            raise SpreadsheetError(self.problems)


def element_number_from(text: str) -> str:
    """ "ME 2", "2." and "2)" all number the element "2"."""
    if text.isdigit():
        return text
    return _ME_PREFIX.sub("", text).rstrip(".)").strip()
