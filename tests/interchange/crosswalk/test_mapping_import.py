"""Importing a mapping between two editions from a spreadsheet, a CSV file and CISO
Assistant's YAML: codes matched, and every bad row named by row and column with nothing
stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.crosswalk.mappings import MappingError, mapped_rows, mapping_sets
from accredit_tracker.core.crosswalk.models import MappingRow, MappingSet
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.interchange.crosswalk.importer import import_mapping_file
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from editions import MAPPING_ROWS, Editions, two_editions
from factories import write_xlsx

CISO_YAML = """\
urn: urn:hospital:risk:library:edition-2021-to-2024
locale: en
ref_id: edition-2021-to-2024
name: Edition 2021 to Edition 2024
objects:
  requirement_mapping_set:
    urn: urn:hospital:risk:req_mapping_set:edition-2021-to-2024
    source_framework_urn: urn:hospital:risk:framework:edition-2021
    target_framework_urn: urn:hospital:risk:framework:edition-2024
    requirement_mappings:
      - source_requirement_urn: urn:hospital:risk:req_node:edition-2021:a.1-me-1
        target_requirement_urn: urn:hospital:risk:req_node:edition-2024:a.1-me-1
        relationship: equal
        strength_of_relationship: 10
      - source_requirement_urn: urn:hospital:risk:req_node:edition-2021:a.2
        target_requirement_urn: urn:hospital:risk:req_node:edition-2024:a.5
        relationship: intersect
        rationale: stock and expiry now one standard
"""


@pytest.fixture
def editions(project_target: Path | str) -> Iterator[Editions]:
    made = two_editions(project_target)
    yield made
    made.project.close()


def _import(editions: Editions, path: Path, name: str = "2021 to 2024") -> int:
    report = import_mapping_file(
        editions.project,
        path,
        name=name,
        source_library_id=editions.old_library,
        target_library_id=editions.new_library,
        user="ana",
    )
    return report.mapping_set_id


def _stored(editions: Editions) -> tuple[int, int]:
    with editions.project.session() as session:
        sets = session.execute(select(func.count()).select_from(MappingSet)).scalar_one()
        rows = session.execute(select(func.count()).select_from(MappingRow)).scalar_one()
    return sets, rows


def test_a_spreadsheet_mapping_is_stored_with_every_relationship(
    editions: Editions, tmp_path: Path
) -> None:
    mapping_id = _import(editions, write_xlsx(tmp_path / "mapping.xlsx", MAPPING_ROWS))
    with editions.project.session() as session:
        rows = mapped_rows(session, mapping_id)
        [summary] = mapping_sets(session)
        audit = session.execute(
            select(AuditEvent).where(col(AuditEvent.action) == "create_mapping")
        ).scalar_one()
    assert [(r.source.code, r.relationship, r.target.code) for r in rows] == [
        ("A.1 ME 1", Relationship.EQUAL, "A.1 ME 1"),
        ("A.2 ME 1", Relationship.EQUAL, "A.1 ME 2"),
        ("A.2 ME 2", Relationship.SUBSET, "A.5 ME 1"),
        ("A.3 ME 1", Relationship.SUBSET, "A.5 ME 1"),
        ("A.1 ME 2", Relationship.SUPERSET, "A.6 ME 1"),
        ("A.1 ME 2", Relationship.SUPERSET, "A.6 ME 2"),
        ("B.1 ME 1", Relationship.INTERSECT, "B.1 ME 1"),
        ("B.2 ME 1", Relationship.NOT_RELATED, "A.7 ME 1"),
    ]
    assert (rows[1].rationale, rows[1].strength, rows[7].strength) == ("renumbered", 10, None)
    assert (summary.name, summary.source_library, summary.target_library, summary.rows) == (
        "2021 to 2024",
        "Edition 2021",
        "Edition 2024",
        8,
    )
    assert (audit.user, audit.entity_id, audit.new_value) == ("ana", mapping_id, "2021 to 2024")
    assert "mapping.xlsx" in audit.details


def test_a_csv_mapping_in_russian_words_without_a_header(
    editions: Editions, tmp_path: Path
) -> None:
    path = tmp_path / "mapping.csv"
    path.write_text(
        "a.1 me 1;A.1-ME-1;Равно;без изменений\nA.2 ME 2;A.5 ME 1;подмножество;\n",
        encoding="utf-8",
    )
    mapping_id = _import(editions, path)
    with editions.project.session() as session:
        rows = mapped_rows(session, mapping_id)
    assert [(r.source.code, r.relationship, r.target.code, r.rationale) for r in rows] == [
        ("A.1 ME 1", Relationship.EQUAL, "A.1 ME 1", "без изменений"),
        ("A.2 ME 2", Relationship.SUBSET, "A.5 ME 1", ""),
    ]


def test_a_ciso_assistant_mapping_yaml_matches_elements_and_standards(
    editions: Editions, tmp_path: Path
) -> None:
    path = tmp_path / "mapping.yaml"
    path.write_text(CISO_YAML, encoding="utf-8")
    mapping_id = _import(editions, path)
    with editions.project.session() as session:
        rows = mapped_rows(session, mapping_id)
    assert [(r.source.kind, r.source.code, r.relationship, r.target.code) for r in rows] == [
        ("element", "A.1 ME 1", Relationship.EQUAL, "A.1 ME 1"),
        ("standard", "A.2", Relationship.INTERSECT, "A.5"),
    ]
    assert rows[1].rationale == "stock and expiry now one standard"


def test_ciso_assistant_excel_form_is_read_from_its_content_sheet_wherever_it_is(
    editions: Editions, tmp_path: Path
) -> None:
    # The content sheet comes third, after a sheet of notes and the form's meta sheet.
    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Read me"
    notes.append(["Mapping of the 2021 edition to the 2024 edition"])
    notes.append(["Prepared by", "Quality department"])
    meta = workbook.create_sheet("mappings_meta")
    for key, value in (
        ("type", "requirement_mapping_set"),
        ("urn", "urn:hospital:risk:req_mapping_set:edition-2021-to-2024"),
        ("source_framework_urn", "urn:hospital:risk:framework:edition-2021"),
        ("target_framework_urn", "urn:hospital:risk:framework:edition-2024"),
    ):
        meta.append([key, value])
    content = workbook.create_sheet("mappings_content")
    content.append(
        ["source_node_id", "target_node_id", "relationship", "rationale",
         "strength_of_relationship"]
    )  # fmt: skip
    content.append(
        ["urn:hospital:risk:req_node:edition-2021:a.1-me-1",
         "urn:hospital:risk:req_node:edition-2024:a.1-me-1", "equal", "", 10]
    )  # fmt: skip
    content.append(
        ["urn:hospital:risk:req_node:edition-2021:a.2",
         "urn:hospital:risk:req_node:edition-2024:a.5", "intersect", "merged", 6]
    )  # fmt: skip
    path = tmp_path / "mapping-excel.xlsx"
    workbook.save(path)
    mapping_id = _import(editions, path)
    with editions.project.session() as session:
        rows = mapped_rows(session, mapping_id)
    assert [(r.source.code, r.relationship, r.target.code, r.strength) for r in rows] == [
        ("A.1 ME 1", Relationship.EQUAL, "A.1 ME 1", 10),
        ("A.2", Relationship.INTERSECT, "A.5", 6),
    ]
    assert rows[1].rationale == "merged"


def test_every_bad_row_is_named_and_nothing_is_stored(editions: Editions, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["Source code", "Target code", "Relationship", "Rationale", "Strength"],
            ["A.1 ME 1", "A.1 ME 1", "equal", "", ""],
            ["A.9 ME 9", "A.1 ME 1", "equal", "", ""],  # not in the old edition
            ["A.1 ME 1", "Z.1", "subset", "", ""],  # not in the new edition
            ["A.2 ME 1", "A.1 ME 2", "roughly", "", ""],  # no such relationship
            ["a.1 me 1", "A.1 ME 1", "equal", "", ""],  # the first row again
            ["A.3 ME 1", "", "subset", "", "eleven"],  # no target, a bad strength
        ],
    )
    with pytest.raises(SpreadsheetError) as refused:
        _import(editions, path)
    assert [(p.row, p.column) for p in refused.value.problems] == [
        (3, "A"),
        (4, "B"),
        (5, "C"),
        (6, "A"),
        (7, "B"),
        (7, "E"),
    ]
    message = str(refused.value)
    assert "'A.9 ME 9' is not an element or standard of the source library" in message
    assert "'Z.1' is not an element or standard of the target library" in message
    assert "'roughly' is not a relationship" in message
    assert "mapped already on row 2" in message
    assert _stored(editions) == (0, 0)


def test_a_library_with_itself_and_a_name_taken_are_refused(
    editions: Editions, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "mapping.xlsx", MAPPING_ROWS)
    with pytest.raises(MappingError, match="not to itself"):
        import_mapping_file(
            editions.project,
            path,
            name="self",
            source_library_id=editions.old_library,
            target_library_id=editions.old_library,
            user="ana",
        )
    _import(editions, path)
    with pytest.raises(MappingError, match="already a mapping named"):
        _import(editions, path)
    assert _stored(editions) == (1, 8)


def test_a_yaml_alias_bomb_is_refused_before_it_expands(editions: Editions, tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="YAML aliases") as refused:
        _import(editions, path)
    assert refused.value.problems[0].row == 2
    assert _stored(editions) == (0, 0)


def test_a_yaml_file_too_large_or_not_yaml_is_refused(
    editions: Editions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accredit_tracker.interchange.crosswalk import mapping_file

    path = tmp_path / "mapping.yaml"
    path.write_text(CISO_YAML, encoding="utf-8")
    monkeypatch.setattr(mapping_file, "MAX_YAML_BYTES", 100)
    with pytest.raises(SpreadsheetError, match="too large"):
        _import(editions, path)
    monkeypatch.undo()
    path.write_text("objects: [unclosed\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="not valid YAML"):
        _import(editions, path)
    path.write_text("objects: {}\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="no requirement_mapping_set"):
        _import(editions, path)
    assert _stored(editions) == (0, 0)
