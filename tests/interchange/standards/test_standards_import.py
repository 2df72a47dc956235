"""Importing standards spreadsheets: layouts, header matching, validation, all or nothing."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import AuditEvent, MeasurableElement, Standard
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.standards.importer import import_standards, read_standards
from accredit_tracker.interchange.standards.plan import ImportOptions, MappingError, parse_mapping
from factories import FLAT_HEADER, flat_rows, write_xlsx


@pytest.fixture
def project(project_target: Path | str) -> Iterator[Project]:
    with create_project(project_target, user="ana") as project:
        yield project


def problems(path: Path, options: ImportOptions | None = None) -> list[str]:
    with pytest.raises(SpreadsheetError) as caught:
        read_standards(path, options)
    return [str(p) for p in caught.value.problems]


def test_flat_workbook_with_title_rows_above_the_header(tmp_path: Path, project: Project) -> None:
    rows: list[list[object]] = [
        ["Hospital standards"],
        ["Edition: 7"],
        [],
        *flat_rows(chapters=2, standards=3),
    ]
    source = write_xlsx(tmp_path / "jci.xlsx", rows)
    report = import_standards(project, source, user="ana")
    assert report.plan.layout == "flat" and report.plan.header_row == 4
    assert (len(report.library.chapters), report.library.standard_count) == (2, 6)
    with project.session() as session:
        [counts] = library_counts(session)
        assert (counts.name, counts.elements) == ("jci", 12)
        text = session.execute(
            select(col(MeasurableElement.text)).where(col(MeasurableElement.code) == "C1.2 ME 2")
        ).scalar_one()
        assert text == "Element 2 of standard C1.2"


def test_russian_headers_odd_spacing_and_blank_cells_carried_down(tmp_path: Path) -> None:
    rows = [
        ["  ГЛАВА ", "Название главы", "Код стандарта", "Текст стандарта", "№ ИЭ", "Измеримый элемент"],
        ["PCI", "Профилактика инфекций", "PCI.1", "Программа инфекционного контроля", "1", "Есть план."],
        ["", "", "", "", "2", "План утверждён руководством."],
        ["", "", "PCI.2", "Гигиена рук", "ME 1", "Oʻqitish oʻtkazildi."],
    ]  # fmt: skip
    result = read_standards(write_xlsx(tmp_path / "ru.xlsx", rows))
    [chapter] = result.library.chapters
    assert chapter.title == "Профилактика инфекций"
    assert [(s.code, [e.number for e in s.elements]) for s in chapter.standards] == [
        ("PCI.1", ["1", "2"]),
        ("PCI.2", ["1"]),
    ]


def test_merged_chapter_cells_fill_their_rows(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in flat_rows(chapters=1, standards=2, elements=2):
        sheet.append(row)
    sheet.merge_cells("A2:A5")
    sheet.merge_cells("B2:B5")
    workbook.save(tmp_path / "merged.xlsx")
    result = read_standards(tmp_path / "merged.xlsx")
    assert [c.code for c in result.library.chapters] == ["C0"]
    assert result.library.element_count == 4
    assert any("merged" in p.message for p in result.warnings)


def test_missing_required_column_names_what_was_expected(tmp_path: Path) -> None:
    rows = [["Chapter", "Standard", "Notes"], ["PCI", "PCI.1", "x"]]
    [message] = problems(write_xlsx(tmp_path / "short.xlsx", rows))
    assert message.startswith("short.xlsx, sheet 'Standards', row 1: no column for ")
    assert "'Measurable element'" in message and "--map COLUMN=element_text" in message


def test_every_problem_is_listed_with_row_and_column(tmp_path: Path) -> None:
    rows = [
        FLAT_HEADER,
        ["", "", "", "", "1", "An element before any standard."],
        ["PCI", "Infections", "PCI.1", "Programme", "1", "A plan exists."],
        ["PCI", "Infections", "PCI.1", "Programme", "1", "The same number again."],
        ["PCI", "Infections", "PCI.1", "Another text", "2", "Standard text differs."],
        ["QPS", "Quality", "PCI.1", "Programme", "3", "Standard under a second chapter."],
    ]
    found = problems(write_xlsx(tmp_path / "bad.xlsx", rows))
    assert found == [
        "bad.xlsx, sheet 'Standards', row 2, column C (Standard): this measurable element has "
        "no standard above it or on its row.",
        "bad.xlsx, sheet 'Standards', row 4, column E (ME): duplicate measurable element "
        "PCI.1 ME 1 (first on row 3).",
        "bad.xlsx, sheet 'Standards', row 5, column D (Standard text): standard PCI.1 has a "
        "different text than on row 3.",
        "bad.xlsx, sheet 'Standards', row 6, column C (Standard): standard PCI.1 is under "
        "chapter QPS here but under PCI on row 3; standard codes must be unique.",
    ]


def test_a_failed_import_leaves_the_project_exactly_as_it_was(
    tmp_path: Path, project: Project
) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", flat_rows())
    import_standards(project, good, user="ana")
    rows = flat_rows()
    rows.append(["C9", "Late", "C9.1", "x", "1", "y" * 10])
    rows.append(["C9", "Late", "C9.1", "x", "1", "duplicate"])
    bad = write_xlsx(tmp_path / "bad.xlsx", rows)

    def snapshot() -> tuple[int, int]:
        with project.session() as session:
            return (
                session.execute(select(func.count()).select_from(MeasurableElement)).scalar_one(),
                session.execute(select(func.count()).select_from(AuditEvent)).scalar_one(),
            )

    before = snapshot()
    with pytest.raises(SpreadsheetError, match=r"duplicate measurable element C9\.1 ME 1"):
        import_standards(project, bad, user="ana")
    assert snapshot() == before


def test_unknown_headers_with_an_explicit_mapping(tmp_path: Path) -> None:
    rows = [
        ["Bo'lim", "Talab raqami", "Matn"],
        ["PCI", "PCI.1", "Qoʻl gigiyenasi oʻqitiladi."],
        ["PCI", "PCI.1", "Audit o'tkaziladi."],
    ]
    source = write_xlsx(tmp_path / "uz.xlsx", rows)
    assert "no header row was found" in problems(source)[0]
    mapping = parse_mapping(["A=chapter_code", "Talab raqami=standard_code", "C=element_text"])
    result = read_standards(source, ImportOptions(mapping=mapping))
    [standard] = result.library.chapters[0].standards
    assert [e.number for e in standard.elements] == ["1", "2"]


def test_bad_mapping_is_a_usage_error() -> None:
    with pytest.raises(MappingError, match="not COLUMN=FIELD"):
        parse_mapping(["standard_code"])
    with pytest.raises(MappingError, match="'standard' is not a field"):
        parse_mapping(["B=standard"])


def test_outline_by_depth_with_sections_and_assessable_marks(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["assessable", "depth", "ref_id", "name", "description", "typical evidence"],
        ["", 1, "PCI", "Prevention and Control of Infections", "", ""],
        ["", 2, "", "Programme", "", ""],
        ["", 3, "PCI.1", "Infection programme", "One programme covers the hospital.", ""],
        ["x", 4, "PCI.1.a", "", "A qualified person leads the programme.", "Job description"],
        ["x", 4, "PCI.1.b", "", "The programme is reviewed yearly.", "Minutes"],
        ["", 2, "PCI.2", "Hand hygiene", "", ""],
        ["yes", 3, "", "", "Hand hygiene is audited monthly.", ""],
    ]
    result = read_standards(write_xlsx(tmp_path / "outline.xlsx", rows))
    assert result.plan.layout == "outline"
    [chapter] = result.library.chapters
    first, second = chapter.standards
    assert (first.code, first.section, [e.number for e in first.elements]) == (
        "PCI.1", "Programme", ["a", "b"],
    )  # fmt: skip
    assert first.elements[0].typical_evidence == "Job description"
    assert (second.code, [e.text for e in second.elements]) == (
        "PCI.2", ["Hand hygiene is audited monthly."],
    )  # fmt: skip


def test_outline_levels_from_code_prefixes(tmp_path: Path) -> None:
    rows = [
        ["Code", "Name", "Assessable"],
        ["IPSG", "Patient safety goals", "no"],
        ["IPSG.1", "Identify patients correctly", "no"],
        ["IPSG.1.1", "Two identifiers are used.", "yes"],
        ["IPSG.1.2", "Identifiers are checked before treatment.", "yes"],
        ["IPSG.2", "Communicate effectively", "no"],
        ["IPSG.2.1", "Verbal orders are read back.", "yes"],
    ]
    result = read_standards(write_xlsx(tmp_path / "prefix.xlsx", rows))
    [chapter] = result.library.chapters
    assert [(s.code, len(s.elements)) for s in chapter.standards] == [("IPSG.1", 2), ("IPSG.2", 1)]


def test_outline_level_jump_is_reported(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depth", "Code", "Name"],
        [1, "PCI", "Infections"],
        [3, "PCI.1.1", "Too deep"],
    ]
    [message] = problems(write_xlsx(tmp_path / "jump.xlsx", rows))
    assert "row 3, column A (Depth): level 3 follows level 1; expected at most 2" in message


def test_csv_in_windows_1251_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    with path.open("w", encoding="cp1251", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Глава", "Стандарт", "Текст стандарта", "ИЭ", "Измеримый элемент"])
        writer.writerow(
            ["MMU", "MMU.1", "Хранение лекарств", "1", "Лекарства хранятся; под замком."]
        )
    result = read_standards(path)
    element = result.library.chapters[0].standards[0].elements[0]
    assert element.text == "Лекарства хранятся; под замком."


def test_text_that_looks_like_a_formula_is_kept_as_text(tmp_path: Path, project: Project) -> None:
    rows = flat_rows(chapters=1, standards=1, elements=1)
    rows[1][5] = '=HYPERLINK("http://example.invalid", "click")'
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    sheet["F2"].data_type = "s"  # stored as a string cell, as a user typing '= would
    workbook.save(tmp_path / "formula-text.xlsx")
    import_standards(project, tmp_path / "formula-text.xlsx", user="ana")
    with project.session() as session:
        text = session.execute(select(col(MeasurableElement.text))).scalar_one()
    assert text.startswith("=HYPERLINK(")


def test_sheet_option_picks_the_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Cover"
    first.append(["Read me"])
    second = workbook.create_sheet("MEs")
    for row in flat_rows(chapters=1, standards=1, elements=3):
        second.append(row)
    workbook.save(tmp_path / "two.xlsx")
    result = read_standards(tmp_path / "two.xlsx", ImportOptions(sheet="MEs"))
    assert result.library.element_count == 3
    [message] = problems(tmp_path / "two.xlsx", ImportOptions(sheet="Elements"))
    assert "no sheet named 'Elements'" in message and "Cover, MEs" in message


def test_standards_keep_their_order(tmp_path: Path, project: Project) -> None:
    rows = [FLAT_HEADER] + [
        ["GLD", "Leadership", f"GLD.{n}", f"S{n}", 1, f"E{n}"] for n in (3, 1, 2)
    ]
    import_standards(project, write_xlsx(tmp_path / "order.xlsx", rows), user="ana")
    with project.session() as session:
        codes = session.execute(
            select(col(Standard.code)).order_by(col(Standard.position))
        ).scalars()
        assert list(codes) == ["GLD.3", "GLD.1", "GLD.2"]


def test_a_failed_import_also_says_what_was_noticed_on_the_way(tmp_path: Path) -> None:
    renamed = tmp_path / "notes.xlsx"
    renamed.write_text("Meeting notes\nnothing tabular here\n", encoding="utf-8")
    found = problems(renamed)
    assert found[0] == (
        "notes.xlsx: The file is a text (CSV) file although its name ends in .xlsx; "
        "it was read as CSV."
    )
    assert "no header row was found" in found[1]


def test_search_keys_fold_case_and_uzbek_apostrophes(tmp_path: Path, project: Project) -> None:
    rows = flat_rows(chapters=1, standards=1, elements=1)
    rows[1][5] = "Oʻqituvchi Gʼulomov TAʼLIM beradi"
    import_standards(project, write_xlsx(tmp_path / "uz.xlsx", rows), user="ana")
    with project.session() as session:
        key = session.execute(select(col(MeasurableElement.search_key))).scalar_one()
    assert "o'qituvchi g'ulomov ta'lim beradi" in key


def test_a_nul_character_in_a_cell_is_not_imported(tmp_path: Path, project: Project) -> None:
    rows = flat_rows(chapters=1, standards=1, elements=1)
    rows[1][5] = "Hand_x0000_ hygiene"  # how an .xlsx holds a NUL character
    import_standards(project, write_xlsx(tmp_path / "nul.xlsx", rows), user="ana")
    with project.session() as session:
        text = session.execute(select(col(MeasurableElement.text))).scalar_one()
    assert text == "Hand hygiene"
