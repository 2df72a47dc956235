"""Open framework libraries in YAML are read as an outline sheet, safely: too large a file,
alias bombs, Python objects and documents of another kind are refused with a clear reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.reading import yaml_library
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.reading.spreadsheet_file import open_spreadsheet
from accredit_tracker.interchange.standards.importer import import_standards, read_standards
from open_libraries import node, patient_safety_nodes, write_library_yaml

BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
objects: {framework: {requirement_nodes: [{urn: x, depth: 1, name: *h}]}}
"""


def test_a_four_level_russian_list_is_read_with_its_tree_codes_texts_and_details(
    tmp_path: Path,
) -> None:
    source = write_library_yaml(tmp_path / "patient-safety.yaml")

    result = read_standards(source)

    library = result.library
    assert (library.name, library.edition, library.publisher, library.language) == (
        "Безопасность пациентов", "1", "Минздрав", "ru",
    )  # fmt: skip
    assert library.copyright == "© Министерство здравоохранения"
    assessable = [n for n in patient_safety_nodes() if n["assessable"]]
    assert library.element_count == len(assessable) == 4
    tree = [
        (c.code, c.title, s.code, s.text, e.number, e.text, e.typical_evidence)
        for c in library.chapters
        for s in c.standards
        for e in s.elements
    ]
    assert tree == [
        ("1", "Безопасность пациентов", "1.1", "Идентификация: Два признака", "1",
         "Браслет: Браслет у каждого пациента", "Приказ №12"),
        ("1", "Безопасность пациентов", "1.1", "Идентификация: Два признака", "2",
         "Данные на браслете читаемы", ""),
        ("1", "Безопасность пациентов", "1.2", "Лекарства", "1", "Хранение лекарств", ""),
        ("2", "Инфекционный контроль", "2.1", "Гигиена рук", "1", "Антисептик у каждой койки",
         ""),
    ]  # fmt: skip
    assert (result.plan.sheet, result.plan.layout) == ("requirement_nodes", "outline")


def test_the_sheet_has_the_excel_forms_columns_with_groups_annotations_and_worked_out_depths(
    tmp_path: Path,
) -> None:
    source = write_library_yaml(tmp_path / "patient-safety.yml")

    with open_spreadsheet(source) as book:
        rows = list(book.sheet().rows())

    header = rows[0][1]
    assert header == list(yaml_library.HEADERS)
    by_urn = {
        cells[0].rsplit(":", 1)[1]: dict(zip(header, cells, strict=True)) for _, cells in rows[1:]
    }
    bracelet = by_urn["1.1.a"]
    assert bracelet["depth"] == "3"  # the file gives none: one below its parent
    assert bracelet["assessable"] == "x"
    assert bracelet["implementation_groups"] == "IG1,IG2"
    assert bracelet["annotation"] == "Проверяется в приёмном отделении"
    assert by_urn["1.1.a.i"]["ref_id"] == ""
    # Each row is numbered by the line the node starts on, so a problem points into the file.
    text = source.read_text("utf-8").splitlines()
    number = next(n for n, cells in rows if cells[0].endswith(":2.1"))
    assert text[number - 1].lstrip("- ").startswith("urn: urn:test:req_node:2.1")


def test_nodes_are_put_under_their_parent_urn_whatever_their_order_and_depth(
    tmp_path: Path,
) -> None:
    nodes = [
        node("A", None, ref_id="A", name="Chapter A"),
        node("A.2.x", None, parent="A.2", assessable=True, description="Late element"),
        node("A.1", None, parent="A", ref_id="A.1", name="First standard"),
        node("A.2", 7, parent="A", ref_id="A.2", name="Second standard"),
        node("A.1.x", None, parent="A.1", assessable=True, description="Early element"),
    ]
    source = write_library_yaml(tmp_path / "unordered.yaml", nodes)

    library = read_standards(source).library

    assert [(s.code, [e.text for e in s.elements]) for s in library.chapters[0].standards] == [
        ("A.1", ["Early element"]),
        ("A.2", ["Late element"]),
    ]


def test_an_unknown_parent_urn_is_listed_with_its_line(tmp_path: Path) -> None:
    nodes = [node("A", 1, name="Chapter"), node("A.1", 2, parent="Z", name="Lost")]
    source = write_library_yaml(tmp_path / "lost.yaml", nodes)

    with pytest.raises(SpreadsheetError) as refused:
        read_standards(source)

    [problem] = refused.value.problems
    assert "parent_urn urn:test:req_node:Z is not the urn of another requirement node" in str(
        problem
    )
    assert problem.row is not None and "Lost" in source.read_text().splitlines()[problem.row + 3]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with create_project(tmp_path / "p.accredit", user="tester") as project:
        yield project


def what_is_stored(project: Project) -> tuple[int, int]:
    """The number of libraries and of audit-trail rows."""
    with project.session() as session:
        trail = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
        return len(library_counts(session)), trail


def test_an_alias_bomb_is_refused_before_it_expands_and_nothing_is_written(
    tmp_path: Path, project: Project
) -> None:
    source = tmp_path / "laughs.yaml"
    source.write_text(BILLION_LAUGHS)
    before = what_is_stored(project)

    with pytest.raises(SpreadsheetError) as refused:
        import_standards(project, source, user="tester")

    assert str(refused.value) == (
        "laughs.yaml: The file uses YAML aliases (*name) 64 times, growing from 38 to "
        "102,908,586 items; a standards library needs at most 100 and must not grow. It was "
        "refused for safety."
    )
    assert what_is_stored(project) == before == (0, before[1])


def test_a_yaml_alias_that_contains_itself_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "loop.yaml"
    source.write_text("objects: &o {framework: {requirement_nodes: [*o]}}\n")

    with pytest.raises(SpreadsheetError, match="alias that contains itself"):
        read_standards(source)


def test_a_file_over_the_size_limit_is_refused_unread_and_nothing_is_written(
    tmp_path: Path, project: Project
) -> None:
    source = tmp_path / "huge.yaml"
    with source.open("wb") as stream:
        stream.write(b"# a comment\n")
        stream.truncate(yaml_library.MAX_YAML_BYTES + 1)  # sparse: no disk space used
    before = what_is_stored(project)

    with pytest.raises(SpreadsheetError) as refused:
        import_standards(project, source, user="tester")

    assert str(refused.value) == (
        "huge.yaml: The file is larger than 64 MB, the most a standards library may have; it "
        "was refused for safety."
    )
    assert what_is_stored(project) == before == (0, before[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("objects: [unclosed\n", "The file is not valid YAML (line 2, column 1:"),
        (
            "objects: !!python/object/apply:os.system ['echo owned']\n",
            "The file is not valid YAML (line 1, column 10: could not determine a constructor "
            "for the tag 'tag:yaml.org,2002:python/object/apply:os.system')",
        ),
        ("- just\n- a list\n", "The file is YAML but not a framework library"),
        ("objects:\n  risk_matrix: {}\n", "The file is YAML but not a framework library"),
    ],
)
def test_yaml_that_is_broken_unsafe_or_of_another_kind_is_refused_with_the_reason(
    tmp_path: Path, text: str, expected: str
) -> None:
    source = tmp_path / "library.yaml"
    source.write_text(text)

    with pytest.raises(SpreadsheetError) as refused:
        read_standards(source)

    assert str(refused.value).startswith(f"library.yaml: {expected}")


def test_an_assessable_mark_written_as_text_is_read_or_listed(tmp_path: Path) -> None:
    nodes = [
        node("A", 1, ref_id="A", name="Chapter"),
        node("A.1", 2, parent="A", ref_id="A.1", name="Standard"),
        node("A.1.a", 3, parent="A.1", assessable="yes", description="Marked as text"),
        node("A.1.b", 3, parent="A.1", assessable="maybe", description="Not a mark"),
    ]
    source = write_library_yaml(tmp_path / "marks.yaml", nodes)

    with pytest.raises(SpreadsheetError) as refused:
        read_standards(source)

    [problem] = refused.value.problems
    assert problem.message == "expected yes/no (or x / empty), found 'maybe'."
    assert problem.row is not None  # the line where the node starts
    assert source.read_text().splitlines()[problem.row - 1].endswith("urn:test:req_node:A.1.b")
