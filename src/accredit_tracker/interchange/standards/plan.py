"""What the user may say about a standards file, and the header row and layout found in it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problems import (
    Problem,
    SpreadsheetError,
    column_index,
    column_letter,
)
from accredit_tracker.interchange.reading.spreadsheet_file import Row, Sheet
from accredit_tracker.interchange.standards.columns import (
    ATTRIBUTE,
    LAYOUTS,
    REQUIRED,
    field_label,
    field_names,
    header_key,
    match_headers,
    spec_of,
)

HEADER_SEARCH_ROWS = 30
LAYOUT_CHOICES = ("auto", "flat", "outline")
# A row with fewer recognised headers is taken as the header row only when columns are named.
MIN_RECOGNISED_HEADERS = 2


class MappingError(UserError):
    """A column mapping the user typed is not COLUMN=FIELD with a known field."""


@dataclass
class ImportOptions:
    """What the user may say about a file: which sheet, which layout, which column is what."""

    sheet: str | None = None
    layout: str = "auto"
    # column (a header text or a letter such as "D") → field name
    mapping: dict[str, str] = field(default_factory=dict)
    # columns (header texts or letters) never read as any field, whatever their header says;
    # a column named in ``mapping`` is still read as the field given there
    ignored: frozenset[str] = frozenset()
    name: str | None = None
    publisher: str = ""
    edition: str = ""
    # column (a header text or a letter) → a label the publisher repeats at the start of its
    # cells ("Requirement: "), removed from every cell of the column that starts with it
    strip_prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ColumnPlan:
    letter: str
    header: str
    field: str | None  # a field name, ATTRIBUTE (kept as it is), or None (not imported)


@dataclass
class ImportPlan:
    """The detected (or given) layout: which row holds the headers and what each column is."""

    sheet: str
    layout: str
    header_row: int
    columns: list[ColumnPlan]
    strip_prefixes: dict[int, str] = field(default_factory=dict)  # column index → label
    reason: str = ""  # why this sheet was read, when no sheet was named

    @property
    def fields(self) -> dict[str, int]:
        return {
            c.field: column_index(c.letter)
            for c in self.columns
            if c.field is not None and c.field != ATTRIBUTE
        }

    @property
    def attributes(self) -> list[tuple[int, str]]:
        """The columns kept as attributes: (index, name to keep them under). A column without
        a header is kept under its letter; two with the same header are told apart by their
        letters ("Notes (F)", "Notes (H)"), so that neither overwrites the other."""
        kept = [c for c in self.columns if c.field == ATTRIBUTE]
        names = [c.header.strip() or c.letter for c in kept]
        return [
            (
                column_index(c.letter),
                f"{name} ({c.letter})" if names.count(name) > 1 else name,
            )
            for c, name in zip(kept, names, strict=True)
        ]


@dataclass(frozen=True)
class HeaderGuess:
    """The likeliest header row and layout, and the field of each header recognised in it."""

    layout: str
    header_row: int | None  # None: no row holds anything like headers
    headers: list[str]  # the cells of the header row
    columns: dict[int, str]  # column index → field, by the headers alone

    @property
    def convincing(self) -> bool:
        """Whether the row is taken as the header row without the user naming any column."""
        return self.header_row is not None and len(self.columns) >= MIN_RECOGNISED_HEADERS

    @property
    def missing(self) -> list[str]:
        """The required fields of the layout that no recognised header stands for."""
        found = set(self.columns.values())
        return [name for name in REQUIRED[self.layout] if name not in found]


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """``["D=standard_code", "Text=element_text"]`` → ``{"D": "standard_code", ...}``;
    :class:`MappingError` says which item is not one."""
    mapping: dict[str, str] = {}
    known = {*itertools.chain.from_iterable(field_names(layout) for layout in LAYOUTS), ATTRIBUTE}
    for item in items:
        column, sep, name = item.partition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column or not name:
            raise MappingError(
                translate(
                    "Import", "'{item}' is not COLUMN=FIELD (for example D=standard_code)."
                ).format(item=item)
            )
        if name not in known:
            raise MappingError(
                translate("Import", "'{name}' is not a field; the fields are: {fields}.").format(
                    name=name, fields=", ".join(sorted(known))
                )
            )
        mapping[column] = name
    return mapping


def parse_prefixes(items: Iterable[str]) -> dict[str, str]:
    """``["D=Requirement:"]`` → ``{"D": "Requirement:"}``; :class:`MappingError` says which
    item is not COLUMN=TEXT."""
    prefixes: dict[str, str] = {}
    for item in items:
        column, sep, text = item.partition("=")
        if not sep or not column.strip() or not text.strip():
            raise MappingError(
                translate(
                    "Import", "'{item}' is not COLUMN=TEXT (for example D=Requirement:)."
                ).format(item=item)
            )
        prefixes[column.strip()] = text.strip()
    return prefixes


def find_header(file: str, head: list[Row], options: ImportOptions) -> HeaderGuess:
    """Score the first rows as headers of each layout allowed and return the best guess.

    The most recognised headers win (an outline with levels scores two more), the earliest
    row on a tie; a row must hold every header text the mapping names. A weak or incomplete
    guess is returned as it is; only a mapping that mixes the two layouts raises.
    """
    named = [k for k in options.mapping if not _is_letter(k)]
    layouts = _candidate_layouts(options.layout, set(options.mapping.values()))
    if not layouts:
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    translate(
                        "Import",
                        "the --map fields mix the flat and the outline layout; use one of them.",
                    ),
                )
            ]
        )
    best = HeaderGuess(layouts[0], None, [], {})
    best_score = -1
    for number, cells in head:
        keys = [header_key(c) for c in cells]
        if not any(keys) or not all(header_key(k) in keys for k in named):
            continue
        for layout in layouts:
            found = _drop_misread(match_headers(cells, layout), head, number)
            score = len(found) + (2 if layout == "outline" and _is_outline(found) else 0)
            if score > best_score:
                best, best_score = HeaderGuess(layout, number, cells, found), score
    return best


def plan_import(file: str, sheet: Sheet, head: list[Row], options: ImportOptions) -> ImportPlan:
    """Find the header row among the first rows and decide the layout and each column's field."""
    explicit = options.mapping
    guess = find_header(file, head, options)
    if guess.header_row is None or not (explicit or guess.convincing):
        named = [k for k in explicit if not _is_letter(k)]
        # Headers the importer matches, so shown as they must be written (not translated).
        first, second = (spec_of("flat", n).label for n in REQUIRED["flat"])
        if named:
            message = translate(
                "Import",
                "no header row was found in the first {rows} rows with the headers named in "
                "--map ({named}); expected column headers such as '{first}' and '{second}'. "
                "Name the columns with --map COLUMN=FIELD if the headers differ.",
            )
        else:
            message = translate(
                "Import",
                "no header row was found in the first {rows} rows; expected column headers such "
                "as '{first}' and '{second}'. Name the columns with --map COLUMN=FIELD if the "
                "headers differ.",
            )
        text = message.format(
            rows=HEADER_SEARCH_ROWS, named=", ".join(named), first=first, second=second
        )
        raise SpreadsheetError([Problem(file, text, sheet=sheet.name)])
    layout, header_row, header_cells = guess.layout, guess.header_row, guess.headers
    ignored = _ignored_indices(options.ignored, header_cells)
    columns = {i: f for i, f in guess.columns.items() if i not in ignored}
    for column, name in explicit.items():
        index = (
            column_index(column)
            if _is_letter(column)
            else next(i for i, c in enumerate(header_cells) if header_key(c) == header_key(column))
        )
        columns = {i: f for i, f in columns.items() if (f != name or f == ATTRIBUTE) and i != index}
        columns[index] = name
    # A column with a header the importer does not know is kept with each element as it is,
    # unless the user said to leave it out: nothing in the file is dropped without a word.
    for index, cell in enumerate(header_cells):
        if cell.strip() and index not in columns and index not in ignored:
            columns[index] = ATTRIBUTE
    width = max([len(header_cells), *(i + 1 for i in columns)])
    plan = ImportPlan(
        sheet=sheet.name,
        layout=layout,
        header_row=header_row,
        columns=[
            ColumnPlan(
                column_letter(i), header_cells[i] if i < len(header_cells) else "", columns.get(i)
            )
            for i in range(width)
        ],
        strip_prefixes={
            at: prefix
            for column, prefix in options.strip_prefixes.items()
            if prefix and (at := _index_of(column, header_cells)) is not None
        },
    )
    missing = [n for n in REQUIRED[layout] if n not in plan.fields]
    if missing:
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    translate(
                        "Import",
                        "no column for '{field}' in the header row; expected a header such as "
                        "{examples}, or name the column with --map COLUMN={name}.",
                    ).format(
                        field=field_label(layout, name), examples=_examples(layout, name), name=name
                    ),
                    sheet=sheet.name,
                    row=header_row,
                )
                for name in missing
            ]
        )
    return plan


def _drop_misread(found: dict[int, str], head: list[Row], header_row: int) -> dict[int, str]:
    """Leave out a level column whose values are not levels ("Imperative", "Standard"): it
    is a requirement's level of obligation, kept as an attribute, not the depth of a tree."""
    depth = next((i for i, name in found.items() if name == "depth"), None)
    if depth is None:
        return found
    values = [
        cells[depth].strip()
        for number, cells in head
        if number > header_row and depth < len(cells) and cells[depth].strip()
    ]
    if values and sum(not v.isdigit() for v in values) * 2 > len(values):
        return {i: name for i, name in found.items() if i != depth}
    return found


def _candidate_layouts(choice: str, mapped: set[str]) -> list[str]:
    """The layouts to try: the one asked for, or every layout that has all the mapped fields."""
    layouts = ["flat", "outline"] if choice == "auto" else [choice]
    mapped = mapped - {ATTRIBUTE}  # any layout keeps columns as attributes
    return [layout for layout in layouts if mapped <= set(field_names(layout))]


def _ignored_indices(ignored: Iterable[str], header_cells: list[str]) -> set[int]:
    """The indices of the columns given by letter or header text; a name matching none adds none."""
    keys = {header_key(c) for c in ignored if not _is_letter(c)} - {""}
    indices = {column_index(c) for c in ignored if _is_letter(c)}
    return indices | {i for i, c in enumerate(header_cells) if keys and header_key(c) in keys}


def _index_of(column: str, header_cells: list[str]) -> int | None:
    """The index of a column given by its letters or its header text; None if none has it."""
    if _is_letter(column):
        return column_index(column)
    key = header_key(column)
    return next((i for i, c in enumerate(header_cells) if header_key(c) == key), None)


def _is_outline(found: dict[int, str]) -> bool:
    names = set(found.values())
    return "code" in names and bool(names & {"depth", "assessable"})


def _is_letter(column: str) -> bool:
    return re.fullmatch(r"[A-Z]{1,3}", column) is not None


def _examples(layout: str, name: str) -> str:
    """Headers the importer matches for the field, as they must be written (not translated)."""
    spec = spec_of(layout, name)
    return ", ".join(f"'{s}'" for s in (spec.label, *spec.aliases[:3]))
