"""Which row holds the headers, which columns are read as what, and how problems are counted."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from accredit_tracker.interchange.reading.problems import SpreadsheetError, problem_total
from accredit_tracker.interchange.reading.spreadsheet_file import Row, open_spreadsheet
from accredit_tracker.interchange.standards.importer import read_standards
from accredit_tracker.interchange.standards.plan import (
    HEADER_SEARCH_ROWS,
    ImportOptions,
    find_header,
)
from factories import FLAT_HEADER, write_xlsx

TAGGED: list[list[object]] = [
    [*FLAT_HEADER, "Tags"],
    ["PCI", "Infection control", "PCI.1", "A programme.", 1, "A leader is named.", "leadership"],
    ["PCI", "Infection control", "PCI.1", "", 2, "The leader is qualified.", "staff"],
]


def head_of(path: Path) -> list[Row]:
    with open_spreadsheet(path) as book:
        return list(itertools.islice(book.sheet(None).rows(), HEADER_SEARCH_ROWS))


def tags_read(path: Path, options: ImportOptions) -> list[str]:
    result = read_standards(path, options)
    return [e.tags for c in result.library.chapters for s in c.standards for e in s.elements]


def test_a_recognised_column_the_user_ignores_is_not_read(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "tagged.xlsx", TAGGED)
    assert tags_read(source, ImportOptions()) == ["leadership", "staff"]
    assert tags_read(source, ImportOptions(ignored=frozenset({"Tags"}))) == ["", ""]
    assert tags_read(source, ImportOptions(ignored=frozenset({"G"}))) == ["", ""]


def test_an_ignored_column_named_in_the_mapping_is_still_read_as_mapped(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "tagged.xlsx", TAGGED)
    options = ImportOptions(ignored=frozenset({"G"}), mapping={"G": "typical_evidence"})
    result = read_standards(source, options)
    [standard] = result.library.chapters[0].standards
    assert [(e.typical_evidence, e.tags) for e in standard.elements] == [
        ("leadership", ""),
        ("staff", ""),
    ]


def test_ignoring_a_required_column_says_that_column_is_missing(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "tagged.xlsx", TAGGED)
    with pytest.raises(SpreadsheetError) as caught:
        read_standards(source, ImportOptions(ignored=frozenset({"Measurable element"})))
    [problem] = caught.value.problems
    assert str(problem).startswith(
        "tagged.xlsx, sheet 'Standards', row 1: no column for 'Measurable element'"
    )


def test_a_column_no_field_is_read_from_leaves_the_unread_fields_empty(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [*FLAT_HEADER, "Notes"],
        ["PCI", "Infections", "PCI.1", "A programme.", 1, "A plan.", "2"],
    ]
    result = read_standards(write_xlsx(tmp_path / "notes.xlsx", rows))
    [element] = result.library.chapters[0].standards[0].elements
    assert (element.typical_evidence, element.tags, element.weight) == ("", "", 1.0)


def test_find_header_returns_a_guess_with_a_required_column_missing(tmp_path: Path) -> None:
    rows = [["Standards list"], ["Chapter", "Standard", "Notes"], ["PCI", "PCI.1", "x"]]
    source = write_xlsx(tmp_path / "short.xlsx", rows)
    guess = find_header("short.xlsx", head_of(source), ImportOptions())
    assert (guess.layout, guess.header_row) == ("flat", 2)
    assert guess.headers == ["Chapter", "Standard", "Notes"]
    assert guess.columns == {0: "chapter_code", 1: "standard_code"}
    assert guess.missing == ["element_text"]
    with pytest.raises(SpreadsheetError, match="no column for 'Measurable element'"):
        read_standards(source)


def test_find_header_keeps_a_weak_guess_the_importer_would_refuse(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "cover.xlsx", [["Hospital standards, draft"], ["Standard"]])
    guess = find_header("cover.xlsx", head_of(source), ImportOptions())
    assert (guess.header_row, guess.columns, guess.convincing) == (2, {0: "standard_code"}, False)
    with pytest.raises(SpreadsheetError, match="no header row was found in the first 30 rows"):
        read_standards(source)


def test_find_header_prefers_an_outline_with_levels(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Depth", "Code", "Name", "Standard"], [1, "PCI", "Infections", ""]]
    guess = find_header("o.xlsx", head_of(write_xlsx(tmp_path / "o.xlsx", rows)), ImportOptions())
    assert (guess.layout, guess.header_row, guess.convincing) == ("outline", 1, True)


def test_more_problems_than_are_listed_are_still_counted(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [*FLAT_HEADER],
        *(["PCI", "Infections", "PCI.1", "", 1, f"Copy {n}."] for n in range(1006)),
    ]
    with pytest.raises(SpreadsheetError) as caught:
        read_standards(write_xlsx(tmp_path / "copies.xlsx", rows))
    problems = caught.value.problems
    assert len(problems) == 1001
    assert problems[-1].message == "… and 5 more not listed."
    assert problem_total(problems) == 1005
