"""What the user may say about a standards file, and the header row and layout found in it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from accredit_tracker.interchange.columns import (
    LAYOUTS,
    REQUIRED,
    field_names,
    header_key,
    label_of,
    match_headers,
    spec_of,
)
from accredit_tracker.interchange.problems import (
    Problem,
    SpreadsheetError,
    column_index,
    column_letter,
)
from accredit_tracker.interchange.spreadsheet_file import Sheet

HEADER_SEARCH_ROWS = 30
LAYOUT_CHOICES = ("auto", "flat", "outline")


@dataclass
class ImportOptions:
    """What the user may say about a file: which sheet, which layout, which column is what."""

    sheet: str | None = None
    layout: str = "auto"
    # column (a header text or a letter such as "D") → field name
    mapping: dict[str, str] = field(default_factory=dict)
    name: str | None = None
    publisher: str = ""
    edition: str = ""


@dataclass(frozen=True)
class ColumnPlan:
    letter: str
    header: str
    field: str | None


@dataclass
class ImportPlan:
    """The detected (or given) layout: which row holds the headers and what each column is."""

    sheet: str
    layout: str
    header_row: int
    columns: list[ColumnPlan]

    @property
    def fields(self) -> dict[str, int]:
        return {c.field: column_index(c.letter) for c in self.columns if c.field is not None}


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """``["D=standard_code", "Text=element_text"]`` → ``{"D": "standard_code", ...}``."""
    mapping: dict[str, str] = {}
    known = set(itertools.chain.from_iterable(field_names(layout) for layout in LAYOUTS))
    for item in items:
        column, sep, name = item.partition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column or not name:
            raise ValueError(f"'{item}' is not COLUMN=FIELD (for example D=standard_code).")
        if name not in known:
            raise ValueError(
                f"'{name}' is not a field; the fields are: {', '.join(sorted(known))}."
            )
        mapping[column] = name
    return mapping


def plan_import(
    file: str, sheet: Sheet, head: list[tuple[int, list[str]]], options: ImportOptions
) -> ImportPlan:
    """Find the header row among the first rows and decide the layout and each column's field."""
    explicit = options.mapping
    named = [k for k in explicit if not _is_letter(k)]
    layouts = _candidate_layouts(options.layout, set(explicit.values()))
    if not layouts:
        raise SpreadsheetError(
            [
                Problem(
                    file, "the --map fields mix the flat and the outline layout; use one of them."
                )
            ]
        )
    best: tuple[int, str, int, dict[int, str]] | None = None  # score, layout, row, columns
    for number, cells in head:
        keys = [header_key(c) for c in cells]
        if not any(keys) or not all(header_key(k) in keys for k in named):
            continue
        for layout in layouts:
            found = match_headers(cells, layout)
            score = len(found) + (2 if layout == "outline" and _is_outline(found) else 0)
            if best is None or score > best[0]:
                best = (score, layout, number, found)
    if best is None or (best[0] < 2 and not explicit):
        expected = " and ".join(f"'{label_of('flat', n)}'" for n in REQUIRED["flat"])
        where = f"in the first {HEADER_SEARCH_ROWS} rows"
        if named:
            where += " with the headers named in --map (" + ", ".join(named) + ")"
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    f"no header row was found {where}; expected column headers such as "
                    f"{expected}. Name the columns with --map COLUMN=FIELD if the headers differ.",
                    sheet=sheet.name,
                )
            ]
        )
    _, layout, header_row, columns = best
    header_cells = next(cells for n, cells in head if n == header_row)
    for column, name in explicit.items():
        index = (
            column_index(column)
            if _is_letter(column)
            else next(i for i, c in enumerate(header_cells) if header_key(c) == header_key(column))
        )
        columns = {i: f for i, f in columns.items() if f != name and i != index}
        columns[index] = name
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
    )
    missing = [n for n in REQUIRED[layout] if n not in plan.fields]
    if missing:
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    f"no column for '{label_of(layout, name)}' in the header row; expected a "
                    f"header such as {_examples(layout, name)}, or name the column with "
                    f"--map COLUMN={name}.",
                    sheet=sheet.name,
                    row=header_row,
                )
                for name in missing
            ]
        )
    return plan


def _candidate_layouts(choice: str, mapped: set[str]) -> list[str]:
    """The layouts to try: the one asked for, or every layout that has all the mapped fields."""
    layouts = ["flat", "outline"] if choice == "auto" else [choice]
    return [layout for layout in layouts if mapped <= set(field_names(layout))]


def _is_outline(found: dict[int, str]) -> bool:
    names = set(found.values())
    return "code" in names and bool(names & {"depth", "assessable"})


def _is_letter(column: str) -> bool:
    return re.fullmatch(r"[A-Z]{1,3}", column) is not None


def _examples(layout: str, name: str) -> str:
    spec = spec_of(layout, name)
    return ", ".join(f"'{s}'" for s in (spec.label, *spec.aliases[:3]))
