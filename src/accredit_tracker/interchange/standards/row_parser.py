"""What both row layouts share: a row's fields, weight and element number, problems by place."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from operator import itemgetter

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.library.libraries import ChapterData
from accredit_tracker.interchange.reading.problem_log import ProblemLog
from accredit_tracker.interchange.reading.problems import (
    MAX_PROBLEMS,
    Problem,
    SpreadsheetError,
    UnlistedProblems,
    column_index,
    column_letter,
    unlisted_text,
)
from accredit_tracker.interchange.standards.columns import field_label, field_names
from accredit_tracker.interchange.standards.plan import ImportPlan

__all__ = ["MAX_PROBLEMS", "PrefixOffer", "RowParser", "UnlistedProblems", "element_number_from"]

_ME_PREFIX = re.compile(r"^(?:ME|ИЭ|OE)\s*[.#№:]?\s*", re.IGNORECASE)
# Fields whose cells are prose, where a publisher may repeat a label ("Requirement: ") in each.
_PROSE = ("element_text", "standard_text", "name", "description", "guidance")
# A repeated start of cells is offered for removal only when it ends as a label does.
_LABEL = re.compile(r"^(.*?\w.*[:\-–—)])\s+")
_LABEL_MIN_CELLS = 3
_CODES_NOTED = 20  # codes made by one rule that are listed one by one; the rest are counted


@dataclass(frozen=True)
class PrefixOffer:
    """A label every cell of a column starts with, which the user may have removed."""

    letter: str
    header: str
    prefix: str  # as it stands in the cells, with the space after it
    cells: int  # how many cells of the column start with it


class RowParser:
    """Shared bookkeeping of both layouts: problems with their place, cells by field, the
    columns kept as attributes and the notes the user reads before importing."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        self.file = file
        self.plan = plan
        self.fields = plan.fields
        self.headers = {column_index(c.letter): c.header for c in plan.columns}
        # Every field of the layout, in its fixed order; a field with no column reads the
        # empty cell appended at the end of each row, cut after the last column read (so a
        # column not read as any field is never read as one that has no column).
        names = field_names(plan.layout)
        width = self.width = max(self.fields.values()) + 1
        self.pad = [""] * (width + 1)
        indices = [self.fields.get(name, width) for name in names]
        self.getter = itemgetter(*indices)
        self.problems: list[Problem] = []
        self.problem_count = 0
        self.notes = ProblemLog(file)
        self.made_counts: dict[str, int] = {}  # rule → codes made by it
        self.attribute_columns = plan.attributes
        # A label to remove, by position in the field order (or column, for attributes).
        self.strips = [
            (position, plan.strip_prefixes[index])
            for position, index in enumerate(indices)
            if index in plan.strip_prefixes
        ]
        # The common start of the prose columns' cells, by position in the field order.
        self.prose = [(names.index(n), n) for n in _PROSE if n in names and n in self.fields]
        self.prose_positions = [position for position, _ in self.prose]
        self.starts: list[str | None] = [None] * len(self.prose)
        self.start_counts = [0] * len(self.prose)
        # Columns with no header and no field: their first cell with text is reported.
        read = {*self.fields.values(), *(i for i, _ in self.attribute_columns)}
        self.unread_width = max([len(plan.columns), *(i + 1 for i in read)])
        self.unread_seen: dict[int, int] = {}
        self.unread_pending = [i for i in range(self.unread_width) if i not in read]
        self.unread_set = set(self.unread_pending)

    def values(self, cells: list[str]) -> list[str]:
        """The row's cells in the layout's field order, NFC-normalised and trimmed."""
        raw: tuple[str, ...] = self.getter(cells[: self.width] + self.pad)
        # One check over the whole row is much cheaper than one per cell.
        if not unicodedata.is_normalized("NFC", "".join(raw)):
            values = [unicodedata.normalize("NFC", v).strip() for v in raw]
        else:
            values = [v.strip() for v in raw]
        for position, prefix in self.strips:
            value = values[position]
            if value.startswith(prefix) and len(value) > len(prefix):
                values[position] = value[len(prefix) :].lstrip()
        starts, counts = self.starts, self.start_counts
        for slot, position in enumerate(self.prose_positions):
            value = values[position]
            if value:
                counts[slot] += 1
                start = starts[slot]
                if start is None:
                    starts[slot] = value
                elif start and not value.startswith(start):
                    starts[slot] = _common_start(start, value)
        if len(cells) > self.unread_width or self.unread_pending:
            self._note_unread(cells)
        return values

    def attributes(self, cells: list[str]) -> dict[str, str]:
        """The row's cells kept as attributes, by header; empty cells are left out."""
        kept = {}
        for index, name in self.attribute_columns:
            if index < len(cells):
                value = cells[index].strip()
                if value:
                    prefix = self.plan.strip_prefixes.get(index)
                    if prefix and value.startswith(prefix) and len(value) > len(prefix):
                        value = value[len(prefix) :].lstrip()
                    kept[name] = unicodedata.normalize("NFC", value)
        return kept

    def _note_unread(self, cells: list[str]) -> None:
        """Remember the first row where a column that is not imported has text."""
        if self.unread_pending:
            found = [i for i in self.unread_pending if i < len(cells) and cells[i].strip()]
            for index in found:
                self.unread_seen[index] = self.row_number
            if found:
                self.unread_pending = [i for i in self.unread_pending if i not in found]
        for index in range(self.unread_width, len(cells)):
            if cells[index].strip() and index not in self.unread_seen:
                self.unread_seen[index] = self.row_number
        self.unread_width = max(self.unread_width, len(cells))

    row_number = 0  # the row being read, for the notes made while reading its cells

    def problem(self, row: int, name: str | None, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) >= MAX_PROBLEMS:
            return
        self.problems.append(Problem(self.file, message, self.plan.sheet, row, self.column(name)))

    def note(self, row: int | None, name: str | None, message: str) -> None:
        """Something the user should know before importing; it does not stop the import."""
        self.notes.add(Problem(self.file, message, self.plan.sheet, row, self.column(name)))

    def note_made_code(self, row: int, name: str, code: str, rule: str) -> None:
        """Tell the user a code was made for a row that has none, and by which rule (given
        in English; translated in context "Import")."""
        count = self.made_counts[rule] = self.made_counts.get(rule, 0) + 1
        if count <= _CODES_NOTED:
            message = translate("Import", "the row has no code, so it is cited as {code}: {rule}.")
            self.note(row, name, message.format(code=code, rule=translate("Import", rule)))

    def column(self, name: str | None) -> str | None:
        """A field's column as a problem names it: "D (Standard)"."""
        if name is None or name not in self.fields:
            return None
        index = self.fields[name]
        header = self.headers.get(index) or field_label(self.plan.layout, name)
        return f"{column_letter(index)} ({header})"

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

    def prefix_offers(self) -> list[PrefixOffer]:
        """The labels every cell of a prose column starts with (at least three cells)."""
        offers = []
        names = field_names(self.plan.layout)
        for slot, (position, name) in enumerate(self.prose):
            match = _LABEL.match(self.starts[slot] or "")
            if match is None or self.start_counts[slot] < _LABEL_MIN_CELLS:
                continue
            index = self.fields[names[position]]
            header = self.headers.get(index) or field_label(self.plan.layout, name)
            offers.append(
                PrefixOffer(column_letter(index), header, match.group(0), self.start_counts[slot])
            )
        return offers

    def reading_notes(self) -> list[Problem]:
        """What the user should know about a clean read: columns left out, codes made up,
        labels repeated in every cell."""
        for index in sorted(self.unread_seen):
            letter = column_letter(index)
            header = self.headers.get(index, "").strip()
            place = f"{letter} ({header})" if header else letter
            self.notes.add(
                Problem(
                    self.file,
                    translate(
                        "Import",
                        "column {column} is not imported; to keep it with each element, read "
                        "it as “Kept as an attribute” (on the command line: --map "
                        "{letter}=attribute).",
                    ).format(column=place, letter=letter),
                    self.plan.sheet,
                    self.unread_seen[index],
                    place,
                )
            )
        for rule, count in self.made_counts.items():
            if count > _CODES_NOTED:
                message = translate("Import", "{count:,} codes in all were made so: {rule}.")
                self.note(None, None, message.format(count=count, rule=translate("Import", rule)))
        for offer in self.prefix_offers():
            self.notes.add(
                Problem(
                    self.file,
                    translate(
                        "Import",
                        "all {count:,} cells of this column start with “{prefix}”; remove it "
                        'with --strip-prefix "{letter}={prefix}".',
                    ).format(count=offer.cells, prefix=offer.prefix.strip(), letter=offer.letter),
                    self.plan.sheet,
                    None,
                    f"{offer.letter} ({offer.header})",
                )
            )
        return self.notes.listed()

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


def _common_start(first: str, second: str) -> str:
    """The text both strings start with."""
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return first[:length]


def element_number_from(text: str) -> str:
    """ "ME 2", "2." and "2)" all number the element "2"; "(1)" stays "(1)"."""
    if text.isdigit():
        return text
    number = _ME_PREFIX.sub("", text)
    number = number.rstrip(".") if "(" in number else number.rstrip(".)")
    return number.strip()
