"""Standards lists of every shape publishers use, in xlsx, ods and csv: every assessable row
becomes one measurable element, codes and texts are the file's, and no column is lost unsaid."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.library.libraries import LibraryData
from accredit_tracker.core.storage.models import MeasurableElement, Standard
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.standards.importer import (
    ReadResult,
    import_standards,
    read_standards,
)
from accredit_tracker.interchange.standards.plan import ImportOptions
from factories import write_xlsx
from open_document import write_ods

Rows = list[list[object]]
# The columns of the content sheet of the open compliance-framework libraries' Excel form.
CISO: list[object] = [
    "urn", "assessable", "depth", "ref_id", "name", "description", "annotation",
    "typical_evidence", "implementation_groups",
]  # fmt: skip


def ciso(
    depth: int, ref: str, name: str, description: str = "", *, x: bool = False, **more: str
) -> list[object]:
    urn = f"urn:test:req:{ref.lower()}" if ref else ""
    return [
        urn, "x" if x else "", depth, ref, name, description, more.get("annotation", ""),
        more.get("evidence", ""), more.get("groups", ""),
    ]  # fmt: skip


def write_csv(path: Path, rows: Rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


Writer = Callable[[Path, Rows], Path]
WRITERS: dict[str, Writer] = {
    "xlsx": lambda path, rows: write_xlsx(path.with_suffix(".xlsx"), rows, "framework_content"),
    "ods": lambda path, rows: write_ods(path.with_suffix(".ods"), {"framework_content": rows}),
    "csv": lambda path, rows: write_csv(path.with_suffix(".csv"), rows),
}


@pytest.fixture(params=sorted(WRITERS))
def write(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str, Rows], Path]:
    writer = WRITERS[request.param]
    return lambda name, rows: writer(tmp_path / name, rows)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with create_project(tmp_path / "tree.accredit") as project:
        yield project


def assessable_rows(rows: Rows, column: int = 1) -> int:
    return sum(1 for row in rows[1:] if str(row[column]).lower() in {"x", "yes", "true"})


def codes(library: LibraryData) -> list[str]:
    return [e.cited_as(s.code) for c in library.chapters for s in c.standards for e in s.elements]


def assert_nothing_dropped(result: ReadResult, header: Sequence[object]) -> None:
    """Every column with a header is read as a field, kept as an attribute, or named in a note."""
    read = set(result.plan.fields.values()) | {i for i, _ in result.plan.attributes}
    notes = "\n".join(str(w) for w in result.warnings)
    for index, cell in enumerate(header):
        if str(cell).strip() and index not in read:
            assert f"column {chr(65 + index)} (" in notes, f"{cell} is dropped unsaid"


# -- the shapes ----------------------------------------------------------------------------------


def test_a_two_level_list_with_assessable_top_rows(write: Callable[[str, Rows], Path]) -> None:
    rows: Rows = [
        CISO,
        ciso(1, "GV", "Governance"),
        ciso(2, "GV.1", "", "Roles are assigned.", x=True, groups="IG1"),
        ciso(2, "GV.2", "", "Policies are approved.", x=True, groups="IG1,IG2"),
        ciso(1, "BC", "Business continuity", "A continuity plan is tested yearly.", x=True),
    ]
    result = read_standards(write("two-level", rows))
    library = result.library
    assert library.element_count == assessable_rows(rows) == 3
    assert [c.code for c in library.chapters] == ["GV", "BC"]
    assert [[s.code for s in c.standards] for c in library.chapters] == [["GV.1", "GV.2"], ["BC"]]
    assert codes(library) == ["GV.1", "GV.2", "BC"]
    gv1 = library.chapters[0].standards[0].elements[0]
    assert gv1.text == "Roles are assigned."
    assert gv1.attributes == {"urn": "urn:test:req:gv.1", "implementation_groups": "IG1"}
    bc = library.chapters[1].standards[0]
    assert bc.elements[0].text == "Business continuity: A continuity plan is tested yearly."
    assert_nothing_dropped(result, CISO)


def test_assessable_parents_with_assessable_children(
    write: Callable[[str, Rows], Path],
) -> None:
    rows: Rows = [
        CISO,
        ciso(1, "AC", "Access control"),
        ciso(2, "AC-2", "Account management", "Accounts are managed.", x=True),
        ciso(3, "AC-2(1)", "Automated management", "Tools manage accounts.", x=True),
        ciso(3, "AC-2(2)", "Temporary accounts", "Temporary accounts expire.", x=True),
        ciso(1, "5", "Organizational controls"),
        ciso(2, "5.1", "Policies"),
        ciso(3, "5.1.1", "", "Policies are defined.", x=True),
        ciso(4, "5.1.1.a", "", "They are approved by management.", x=True),
    ]
    result = read_standards(write("mixed", rows))
    library = result.library
    assert library.element_count == assessable_rows(rows) == 5
    ac, org = library.chapters
    [control] = ac.standards
    assert control.code == "AC-2"
    assert [e.cited_as(control.code) for e in control.elements] == ["AC-2", "AC-2(1)", "AC-2(2)"]
    assert [e.number for e in control.elements] == ["AC-2", "(1)", "(2)"]
    [policies] = org.standards
    assert [e.cited_as(policies.code) for e in policies.elements] == ["5.1.1", "5.1.1.a"]
    # The level between the standard and the sub-clause is the sub-clause's section path.
    assert [e.section_path for e in policies.elements] == ["", "5.1.1 Policies are defined."]


def test_uncoded_leaves_that_are_not_assessable_are_guidance(
    write: Callable[[str, Rows], Path], project: Project
) -> None:
    """The list that crashed the import: text rows with neither code nor name."""
    rows: Rows = [
        CISO,
        ciso(1, "I", "General provisions"),
        ciso(2, "Art. 5", "Principles"),
        ciso(3, "", "", "This article sets the principles of processing."),
        ciso(3, "5.1", "", "Data are processed lawfully.", x=True),
        ciso(4, "", "", "Lawfulness is explained in recital 40."),
        ciso(3, "5.2", "", "The controller is accountable.", x=True),
        ciso(3, "", "", "See also article 24."),
        ciso(2, "Art. 6", "Lawfulness"),
        ciso(3, "", "", "Consent is one ground."),
        ciso(3, "", "", "A contract is another."),
        ciso(3, "6.1", "", "Processing has a lawful ground.", x=True),
    ]
    path = write("articles", rows)
    report = import_standards(project, path, user="tester")
    library = report.library
    assert library.element_count == assessable_rows(rows) == 3
    art5, art6 = library.chapters[0].standards
    assert (art5.code, art6.code) == ("Art. 5", "Art. 6")
    assert art5.guidance == (
        "This article sets the principles of processing.\n\nSee also article 24."
    )
    assert art5.elements[0].guidance == "Lawfulness is explained in recital 40."
    assert art6.guidance == "Consent is one ground.\n\nA contract is another."
    with project.session() as session:
        stored = session.execute(select(col(Standard.code), col(Standard.guidance))).all()
        assert [code for code, _ in stored] == ["Art. 5", "Art. 6"]
        element = session.execute(
            select(MeasurableElement).where(col(MeasurableElement.code) == "5.1")
        ).scalar_one()
        assert element.guidance == "Lawfulness is explained in recital 40."
        assert '"urn": "urn:test:req:5.1"' in element.attributes


def test_empty_codes_on_assessable_rows_are_made_and_listed(
    write: Callable[[str, Rows], Path], project: Project
) -> None:
    rows: Rows = [
        CISO,
        ciso(1, "", "Leadership"),
        ciso(2, "", "Commitment", "Management shows commitment.", x=True),
        ciso(2, "", "Policy", "A policy is set."),
        ciso(3, "", "", "The policy is written.", x=True),
        ciso(3, "", "", "The policy is communicated.", x=True),
    ]
    path = write("uncoded", rows)
    result = read_standards(path)
    assert result.library.element_count == assessable_rows(rows) == 3
    assert codes(result.library) == ["1.1 ME 1", "1.2 ME 1", "1.2 ME 2"]
    notes = [w.message for w in result.warnings]
    assert (
        "the row has no code, so it is cited as 1: a chapter with no code is numbered by its "
        "place among the chapters." in notes
    )
    assert any(n.startswith("the row has no code, so it is cited as 1.2 ME 2: ") for n in notes)
    import_standards(project, path, user="tester")  # and the codes made are stored
    with project.session() as session:
        stored = session.execute(select(col(MeasurableElement.code))).scalars().all()
    assert sorted(stored) == ["1.1 ME 1", "1.2 ME 1", "1.2 ME 2"]


def test_float_reference_codes_keep_the_text_the_cell_shows(
    write: Callable[[str, Rows], Path],
) -> None:
    rows: Rows = [
        ["depth", "ref_id", "name", "assessable"],
        [1, 1.0, "Leadership", ""],
        [2, 1.1, "Commitment", "x"],
        [2, "1.20", "Policy", "x"],
        [1, 2, "Planning", ""],
        [2, 2.5, "Objectives", "x"],
    ]
    path = write("floats", rows)
    library = read_standards(path).library
    assert library.element_count == 3
    # A number cell shows 1.0 as 1 (as the spreadsheet program does); a text file says 1.0.
    assert [c.code for c in library.chapters] == ["1.0" if path.suffix == ".csv" else "1", "2"]
    assert codes(library) == ["1.1", "1.20", "2.5"]


def test_cells_of_several_thousand_characters_with_bullets_and_line_breaks(
    write: Callable[[str, Rows], Path], project: Project
) -> None:
    long = "The programme covers:\n" + "\n".join(
        f"• point {n}: {'every ward and every shift ' * 6}".strip() for n in range(30)
    )
    assert len(long) > 5000
    rows: Rows = [
        CISO,
        ciso(1, "PCI", "Infections"),
        ciso(2, "PCI.1", "Programme", long, x=True, annotation=long),
    ]
    path = write("long", rows)
    import_standards(project, path, user="tester")
    with project.session() as session:
        element = session.execute(select(MeasurableElement)).scalar_one()
    assert element.text == f"Programme: {long}"
    assert element.guidance == long


def test_a_level_column_with_two_values_is_kept_as_an_attribute(
    write: Callable[[str, Rows], Path],
) -> None:
    rows: Rows = [
        ["Ref", "Name", "Assessable", "Level"],
        ["P1", "Patient rights", "no", ""],
        ["P1.1", "Patients are informed.", "yes", "Imperative"],
        ["P1.2", "Patients consent in writing.", "yes", "Standard"],
        ["P1.3", "Complaints are answered.", "yes", "Standard"],
    ]
    result = read_standards(write("levels", rows))
    elements = [e for c in result.library.chapters for s in c.standards for e in s.elements]
    assert len(elements) == 3
    assert [e.attributes for e in elements] == [
        {"Level": "Imperative"}, {"Level": "Standard"}, {"Level": "Standard"},
    ]  # fmt: skip
    assert_nothing_dropped(result, rows[0])


def test_two_kept_columns_with_the_same_header_keep_both_values(
    write: Callable[[str, Rows], Path],
) -> None:
    rows: Rows = [
        ["Ref", "Name", "Assessable", "Comment", "Comment"],
        ["P1", "Patient rights", "no", "", ""],
        ["P1.1", "Patients are informed.", "yes", "From the 2019 edition", "Checked on rounds"],
    ]
    result = read_standards(write("twice", rows))
    [element] = [e for c in result.library.chapters for s in c.standards for e in s.elements]
    assert element.attributes == {
        "Comment (D)": "From the 2019 edition", "Comment (E)": "Checked on rounds",
    }  # fmt: skip
    assert_nothing_dropped(result, rows[0])


def test_a_five_level_outline(write: Callable[[str, Rows], Path]) -> None:
    rows: Rows = [
        CISO,
        ciso(1, "1", "Chapter"),
        ciso(2, "1.1", "Part"),
        ciso(3, "1.1.1", "Section"),
        ciso(4, "1.1.1.1", "Standard"),
        ciso(5, "1.1.1.1.1", "", "First requirement.", x=True),
        ciso(5, "1.1.1.1.2", "", "Second requirement.", x=True),
        ciso(3, "1.1.2", "Direct", "A requirement two levels below the chapter.", x=True),
    ]
    library = read_standards(write("five", rows)).library
    assert library.element_count == assessable_rows(rows) == 3
    # "1.1" has a requirement right under it, so it is a standard; so is "1.1.1.1".
    part, deep = library.chapters[0].standards
    assert (part.code, part.section, [e.text for e in part.elements]) == (
        "1.1", "", ["Direct: A requirement two levels below the chapter."],
    )  # fmt: skip
    assert (deep.code, deep.section) == ("1.1.1.1", "1.1 Part / 1.1.1 Section")
    assert [e.number for e in deep.elements] == ["1", "2"]


def test_a_column_without_a_header_is_named_in_a_note(write: Callable[[str, Rows], Path]) -> None:
    rows: Rows = [
        ["Ref", "Name", "Assessable", ""],
        ["P1", "Patient rights", "no", ""],
        ["P1.1", "Patients are informed.", "yes", "see form 12"],
    ]
    result = read_standards(write("unnamed", rows))
    [note] = [w for w in result.warnings if "not imported" in w.message]
    assert (note.row, note.column) == (3, "D")
    assert "--map D=attribute" in note.message


def test_a_label_repeated_in_every_cell_is_offered_for_removal(
    write: Callable[[str, Rows], Path],
) -> None:
    rows: Rows = [
        ["Ref", "Name", "Assessable"],
        ["C1", "Chapter one", "no"],
        ["C1.1", "Requirement: Staff are trained.", "yes"],
        ["C1.2", "Requirement: Training is recorded.", "yes"],
        ["C1.3", "Requirement: Records are kept.", "yes"],
    ]
    path = write("labels", rows)
    result = read_standards(path)
    # Every cell of the column: the chapter's name does not start so, so no offer.
    assert result.prefix_offers == []
    rows[1][1] = "Requirement: Chapter one"
    path = write("labels", rows)
    [offer] = read_standards(path).prefix_offers
    assert (offer.letter, offer.prefix, offer.cells) == ("B", "Requirement: ", 4)
    stripped = read_standards(path, ImportOptions(strip_prefixes={"B": offer.prefix})).library
    [chapter] = stripped.chapters
    assert chapter.title == "Chapter one"
    assert [e.text for s in chapter.standards for e in s.elements] == [
        "Staff are trained.", "Training is recorded.", "Records are kept.",
    ]  # fmt: skip


# -- which sheet ----------------------------------------------------------------------------------


def test_the_content_sheet_is_found_behind_a_metadata_sheet(tmp_path: Path) -> None:
    meta: Rows = [["type", "library"], ["urn", "urn:test"], ["name", "Test framework"]]
    content: Rows = [CISO, ciso(1, "A", "Area"), ciso(2, "A.1", "", "Do it.", x=True)]
    for path in (
        write_ods(tmp_path / "framework.ods", {"library_meta": meta, "framework_content": content}),
        _xlsx_sheets(
            tmp_path / "framework.xlsx", {"library_meta": meta, "Framework_Content": content}
        ),
    ):
        result = read_standards(path)
        assert result.library.element_count == 1
        assert result.plan.sheet.casefold() == "framework_content"
        assert result.plan.reason.startswith(f"Sheet “{result.plan.sheet}” is read: its row 1 ")
        # Named in any case, the sheet is found too.
        named = read_standards(path, ImportOptions(sheet="FRAMEWORK_CONTENT"))
        assert named.plan.sheet == result.plan.sheet


def test_no_sheet_with_standards_lists_the_sheets_and_suggests_sheet(tmp_path: Path) -> None:
    path = _xlsx_sheets(
        tmp_path / "notes.xlsx", {"Cover": [["Hospital"]], "Notes": [["Written by", "me"]]}
    )
    with pytest.raises(SpreadsheetError) as caught:
        read_standards(path)
    assert str(caught.value) == (
        "notes.xlsx: none of the sheets has the header row of a standards list in its first 30 "
        "rows; its sheets are: Cover, Notes. Name the sheet to read with --sheet NAME."
    )


def _xlsx_sheets(path: Path, sheets: dict[str, Rows]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    assert workbook.active is not None
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


# -- counts and problems ------------------------------------------------------------------------


def test_problems_past_those_listed_are_counted_exactly(tmp_path: Path) -> None:
    rows: Rows = [["depth", "ref_id", "name"], [1, "C", "Chapter"]]
    rows += [[2, f"C.{n % 7}", f"Copy {n}"] for n in range(2507)]
    with pytest.raises(SpreadsheetError) as caught:
        read_standards(write_xlsx(tmp_path / "copies.xlsx", rows))
    # 2,507 rows with seven codes: 2,500 duplicates; 50 listed, 2,450 more.
    assert str(caught.value).splitlines()[-1] == "… and 2,450 more not listed."
