"""The Excel form of an open framework library: its `library_meta` sheet names the library
and its framework's `*_content` sheet is read, without being told which sheet."""

from __future__ import annotations

from pathlib import Path

from accredit_tracker.core.progress import quiet
from accredit_tracker.interchange.reading.spreadsheet_file import open_spreadsheet
from accredit_tracker.interchange.standards.importer import read_standards
from accredit_tracker.interchange.standards.plan import ImportOptions
from accredit_tracker.interchange.standards.preview import read_preview
from open_libraries import write_library_workbook, write_library_yaml


def test_the_content_sheet_is_read_and_the_meta_sheet_names_the_library(tmp_path: Path) -> None:
    source = write_library_workbook(tmp_path / "patient-safety.xlsx")

    result = read_standards(source)

    library = result.library
    assert result.plan.sheet == "ps_content"
    assert (library.name, library.edition, library.publisher, library.language) == (
        "Безопасность пациентов", "1", "Минздрав", "ru",
    )  # fmt: skip
    assert library.copyright == "© Министерство здравоохранения"
    assert library.element_count == 4
    assert [s.code for c in library.chapters for s in c.standards] == ["1.1", "1.2", "2.1"]


def test_the_workbook_and_the_yaml_file_give_the_same_list(tmp_path: Path) -> None:
    from_workbook = read_standards(write_library_workbook(tmp_path / "ps.xlsx")).library
    from_yaml = read_standards(write_library_yaml(tmp_path / "ps.yaml")).library

    assert from_workbook.chapters == from_yaml.chapters


def test_what_the_user_types_wins_over_what_the_file_says(tmp_path: Path) -> None:
    source = write_library_workbook(tmp_path / "patient-safety.xlsx")
    options = ImportOptions(name="PS national", edition="2027", publisher="Ministry")

    library = read_standards(source, options).library

    assert (library.name, library.edition, library.publisher) == ("PS national", "2027", "Ministry")
    assert library.language == "ru"


def test_the_preview_shows_the_content_sheet_and_the_files_details(tmp_path: Path) -> None:
    source = write_library_workbook(tmp_path / "patient-safety.xlsx")

    preview = read_preview(source, None, quiet())

    assert preview.sheet_names == ["library_meta", "ps_meta", "ps_content"]
    assert preview.sheet == "ps_content"
    assert preview.details.name == "Безопасность пациентов"


def test_an_ordinary_workbook_has_no_details(tmp_path: Path) -> None:
    from factories import flat_rows, write_xlsx

    source = write_xlsx(tmp_path / "plain.xlsx", flat_rows())

    with open_spreadsheet(source) as book:
        assert book.library_details().name == ""
        assert book.sheet().name == "Standards"
