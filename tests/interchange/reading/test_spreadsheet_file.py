"""The spreadsheet reader: every kind of file a quality department sends, good and bad.

Files are built in each test under tmp_path. Two fixtures cannot be written from Python and were
made once with LibreOffice 7.4 from a workbook built with openpyxl:

    ws.title = "Elements"; rows: Chapter/Standard/ME/Text, PCI/PCI.1/1/"Oʻzbekiston – infection
    control", None/PCI.1/2/"Инфекционный контроль", None/PCI.2/1.5/"Hand hygiene";
    ws.merge_cells("A2:A4"); an empty second sheet "Notes"
    soffice --headless --convert-to xls tiny.xlsx   →  data/tiny.xls
    soffice --headless --convert-to ods tiny.xlsx   →  data/tiny.ods
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from accredit_tracker.interchange.reading.problems import (
    Problem,
    SpreadsheetError,
    column_index,
    column_letter,
)
from accredit_tracker.interchange.reading.spreadsheet_file import Spreadsheet, open_spreadsheet

DATA = Path(__file__).parents[1] / "data"
TINY_ROWS = [
    (1, ["Chapter", "Standard", "ME", "Text"]),
    (2, ["PCI", "PCI.1", "1", "Oʻzbekiston – infection control"]),
    (3, ["PCI", "PCI.1", "2", "Инфекционный контроль"]),
    (4, ["PCI", "PCI.2", "1.5", "Hand hygiene"]),
]


# -- helpers ----------------------------------------------------------------------------------


def make_xlsx(path: Path, fill: Callable[[openpyxl.Workbook], None]) -> Path:
    workbook = openpyxl.Workbook()
    fill(workbook)
    workbook.save(path)
    return path


def simple_xlsx(path: Path) -> Path:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.title = "Elements"
        sheet.append(["Code", "Text"])
        sheet.append(["PCI.1", "Hand hygiene"])

    return make_xlsx(path, fill)


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    assert member in dict(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            target.writestr(name, change(data) if name == member else data)


def read_rows(path: Path, sheet: str | None = None) -> list[tuple[int, list[str]]]:
    with open_spreadsheet(path) as spreadsheet:
        return list(spreadsheet.sheet(sheet).rows())


def trimmed(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Rows without trailing empty cells, which the reader may or may not drop."""
    result = []
    for number, cells in rows:
        while cells and cells[-1] == "":
            cells = cells[:-1]
        result.append((number, cells))
    return result


def error_of(action: Callable[[], object]) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as caught:
        action()
    return caught.value


def open_error(path: Path, **options: int) -> str:
    return str(error_of(lambda: open_spreadsheet(path, **options)))


SHEET_XML = "xl/worksheets/sheet1.xml"


# -- problems ---------------------------------------------------------------------------------


def test_problem_names_file_sheet_row_and_column() -> None:
    problem = Problem("standards.xlsx", "Expected a code.", "Elements", 12, "D (Standard)")
    assert str(problem) == (
        "standards.xlsx, sheet 'Elements', row 12, column D (Standard): Expected a code."
    )


def test_problem_leaves_out_what_is_not_known() -> None:
    assert str(Problem("a.csv", "The file is empty.")) == "a.csv: The file is empty."
    assert str(Problem("a.csv", "Bad.", row=3)) == "a.csv, row 3: Bad."


def test_error_shows_fifty_problems_and_counts_the_rest() -> None:
    problems = [Problem("a.xlsx", f"Problem {n}.", row=n) for n in range(1, 54)]
    error = SpreadsheetError(problems)
    lines = str(error).splitlines()
    assert len(lines) == 51
    assert lines[0] == "a.xlsx, row 1: Problem 1."
    assert lines[49] == "a.xlsx, row 50: Problem 50."
    assert lines[50] == "… and 3 more not listed."
    assert error.problems == problems
    assert str(SpreadsheetError(problems[:1])) == "a.xlsx, row 1: Problem 1."


@pytest.mark.parametrize(
    ("index", "letters"),
    [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")],
)
def test_column_letters_and_indexes_are_inverse(index: int, letters: str) -> None:
    assert column_letter(index) == letters
    assert column_index(letters) == index
    assert column_index(letters.lower()) == index


@pytest.mark.parametrize("junk", ["", "A1", "Ä", "D (Standard)", "ABCD", " A"])
def test_column_index_refuses_junk(junk: str) -> None:
    with pytest.raises(ValueError, match="not a column letter"):
        column_index(junk)


def test_column_letter_refuses_negative_index() -> None:
    with pytest.raises(ValueError):
        column_letter(-1)


# -- reading xlsx -----------------------------------------------------------------------------


def test_xlsx_cells_are_text_at_their_excel_row_and_column(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet["C3"] = "PCI.1"
        sheet["D3"] = 3.0
        sheet["E3"] = 1.25
        sheet["F3"] = True
        sheet["C5"] = dt.datetime(2025, 3, 1)
        sheet["D5"] = dt.datetime(2025, 3, 1, 14, 30)
        sheet["E5"] = dt.time(9, 15)
        sheet["F5"] = "  spaced  "

    path = make_xlsx(tmp_path / "standards.xlsx", fill)
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.kind == "xlsx"
        assert spreadsheet.sheet_names == ["Sheet"]
        rows = list(spreadsheet.sheet().rows())
        assert spreadsheet.warnings == []
    assert all(isinstance(cell, str) for _, cells in rows for cell in cells)
    assert trimmed(rows) == [
        (1, []),
        (2, []),
        (3, ["", "", "PCI.1", "3", "1.25", "TRUE"]),
        (4, []),
        (5, ["", "", "2025-03-01", "2025-03-01T14:30:00", "09:15:00", "  spaced  "]),
    ]


def test_first_sheet_with_data_is_chosen_when_no_name_is_given(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        workbook.active.title = "Cover"
        workbook.create_sheet("Elements").append(["PCI.1"])

    path = make_xlsx(tmp_path / "standards.xlsx", fill)
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.sheet_names == ["Cover", "Elements"]
        sheet = spreadsheet.sheet()
        assert sheet.name == "Elements"
        assert list(sheet.rows()) == [(1, ["PCI.1"])]
        error = error_of(lambda: spreadsheet.sheet("Cover"))
    assert str(error) == "standards.xlsx, sheet 'Cover': The sheet is empty."


def test_unknown_sheet_name_lists_the_sheets(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        workbook.active.title = "Elements"
        workbook.active.append(["x"])
        workbook.create_sheet("Chapters")

    path = make_xlsx(tmp_path / "standards.xlsx", fill)
    with open_spreadsheet(path) as spreadsheet:
        error = error_of(lambda: spreadsheet.sheet("Standards"))
    assert str(error) == (
        "standards.xlsx: The file has no sheet named 'Standards'; its sheets are: "
        "Elements, Chapters."
    )


def test_workbook_with_no_data_in_any_sheet_is_refused(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "blank.xlsx", lambda workbook: workbook.create_sheet("Two"))
    with open_spreadsheet(path) as spreadsheet:
        error = error_of(spreadsheet.sheet)
    assert str(error) == "blank.xlsx: The file has no data in any sheet."


def test_merged_cells_give_every_cell_the_top_left_value(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.title = "Elements"
        sheet.append(["Chapter", "Standard", "ME"])
        sheet.append(["Infection control", "PCI.1", 1])
        sheet.append([None, "PCI.1", 2])
        sheet.append([None, "PCI.2", 1])
        sheet.append(["Governance", "GLD.1", 1])
        sheet.merge_cells("A2:A4")
        sheet["B6"] = "Note spanning two columns"
        sheet.merge_cells("B6:C7")
        sheet["D7"] = "last cell with data"
        sheet["E1"] = "Header beyond the data"
        sheet.merge_cells("E1:F1")  # cells past the last one with data are not produced

    path = make_xlsx(tmp_path / "merged.xlsx", fill)
    with open_spreadsheet(path) as spreadsheet:
        rows = list(spreadsheet.sheet().rows())
        warnings = [str(w) for w in spreadsheet.warnings]
    note = "Note spanning two columns"
    assert trimmed(rows) == [
        (1, ["Chapter", "Standard", "ME", "", "Header beyond the data"]),
        (2, ["Infection control", "PCI.1", "1"]),
        (3, ["Infection control", "PCI.1", "2"]),
        (4, ["Infection control", "PCI.2", "1"]),
        (5, ["Governance", "GLD.1", "1"]),
        (6, ["", note, note]),
        (7, ["", note, note, "last cell with data"]),
    ]
    assert warnings == [
        "merged.xlsx, sheet 'Elements': The sheet has merged cell ranges (3 in all, first "
        "E1:F1); each was read as if its value filled every cell."
    ]


def test_formulas_without_saved_values_are_named_cell_by_cell(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.title = "Elements"
        sheet.append(["Code", "Points", "Double"])
        sheet.append(["PCI.1", 5, "=B2*2"])
        sheet.append(["PCI.2", 10, "=B3*2"])

    path = make_xlsx(tmp_path / "scripted.xlsx", fill)  # openpyxl saves no formula results
    with open_spreadsheet(path) as spreadsheet:
        error = error_of(spreadsheet.sheet)
    assert [(p.sheet, p.row, p.column) for p in error.problems] == [
        ("Elements", 2, "C"),
        ("Elements", 3, "C"),
    ]
    assert str(error).splitlines()[0] == (
        "scripted.xlsx, sheet 'Elements', row 2, column C: The cell has a formula with no saved "
        "value; open the file in Excel or LibreOffice, save it, and import again."
    )


def test_saved_formula_values_are_used_with_a_warning(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.title = "Elements"
        sheet.append(["Code", "Points", "Double", "Flag"])
        sheet.append(["PCI.1", 5, "=B2*2", '=IF(B2>3,"","low")'])

    path = make_xlsx(tmp_path / "saved.xlsx", fill)

    def save_results(xml: bytes) -> bytes:
        # What Excel writes after calculating: a number, and an empty text result.
        xml = xml.replace(b"<f>B2*2</f><v></v>", b"<f>B2*2</f><v>10</v>")
        xml, count = re.subn(rb'<c r="D2"([^>]*)><f>', rb'<c r="D2"\1 t="str"><f>', xml)
        assert count == 1
        return xml

    rewrite_member(path, SHEET_XML, save_results)
    with open_spreadsheet(path) as spreadsheet:
        rows = list(spreadsheet.sheet().rows())
        warnings = [str(w) for w in spreadsheet.warnings]
    assert trimmed(rows)[1] == (2, ["PCI.1", "5", "10"])
    assert warnings[0].startswith(
        "saved.xlsx, sheet 'Elements': The sheet has formula cells (2 in all); their saved "
        "values were used (first at C2)."
    )


def test_formula_cells_without_addresses_are_still_found(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.append(["Code", "=1+1"])

    path = make_xlsx(tmp_path / "bare.xlsx", fill)
    rewrite_member(path, SHEET_XML, lambda xml: re.sub(rb'<c r="[A-Z]+\d+"', b"<c", xml))
    with open_spreadsheet(path) as spreadsheet:
        error = error_of(spreadsheet.sheet)
    assert [(p.row, p.column) for p in error.problems] == [(1, "B")]


def test_formulas_deep_in_a_large_sheet_are_found(tmp_path: Path) -> None:
    # Over 2 MB of sheet XML, so the formula scan crosses several chunks of rows.
    path = make_xlsx(tmp_path / "large.xlsx", lambda workbook: workbook.active.append(["x"]))

    def many_rows(xml: bytes) -> bytes:
        rows = [
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>PCI.{n}</t></is></c>'
            f'<c r="B{n}" t="n"><v>{n}</v></c></row>'
            for n in range(1, 30_001)
        ]
        rows[4] = '<row r="5"><c r="A5"><f>1+1</f><v>2</v></c></row>'
        rows[29_998] = '<row r="29999"><c r="A29999"/><c r="C29999"><f>B1*2</f></c></row>'
        return re.sub(
            rb"<sheetData>.*</sheetData>", f"<sheetData>{''.join(rows)}</sheetData>".encode(), xml
        )

    rewrite_member(path, SHEET_XML, many_rows)
    with open_spreadsheet(path) as spreadsheet:
        error = error_of(spreadsheet.sheet)
    assert [(p.row, p.column) for p in error.problems] == [(29_999, "C")]


def test_formulas_are_found_in_sheets_written_with_a_namespace_prefix(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        workbook.active.append(["Code", 5])
        workbook.active.append(["PCI.1", "=B1*2"])

    path = make_xlsx(tmp_path / "prefixed.xlsx", fill)

    def prefixed(xml: bytes) -> bytes:
        xml = xml.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=")
        xml = re.sub(rb"<(/?)(?!x:)([A-Za-z]+)", rb"<\1x:\2", xml)
        return xml.replace(b"<x:f>B1*2</x:f><x:v></x:v>", b"<x:f>B1*2</x:f><x:v>10</x:v>")

    rewrite_member(path, SHEET_XML, prefixed)
    with open_spreadsheet(path) as spreadsheet:
        assert list(spreadsheet.sheet().rows()) == [(1, ["Code", "5"]), (2, ["PCI.1", "10"])]
        assert "1 formula cell; its saved value was used (at B2)" in str(spreadsheet.warnings[0])


def test_sheet_of_uncalculated_formulas_is_not_called_empty(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        workbook.active.title = "Totals"
        workbook.active["B2"] = "=1+1"

    path = make_xlsx(tmp_path / "totals.xlsx", fill)
    with open_spreadsheet(path) as spreadsheet:
        for name in (None, "Totals"):
            error = error_of(partial(spreadsheet.sheet, name))
            assert [(p.sheet, p.row, p.column) for p in error.problems] == [("Totals", 2, "B")]


def test_macro_enabled_workbook_is_recognised(tmp_path: Path) -> None:
    path = simple_xlsx(tmp_path / "standards.xlsm")
    rewrite_member(
        path,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ),
    )
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.kind == "xlsm"
        assert spreadsheet.warnings == []
        assert list(spreadsheet.sheet().rows())[1] == (2, ["PCI.1", "Hand hygiene"])


def test_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.title = "Elements"
        sheet.append(["Code", "Text"])
        sheet.append(["PCI.1", "x"])
        sheet.append(["PCI.2", "LONG"])

    path = make_xlsx(tmp_path / "hostile.xlsx", fill)
    # openpyxl cuts text at 32,767 characters, so the long text is written into the XML.
    for member in (SHEET_XML, "xl/sharedStrings.xml"):
        with zipfile.ZipFile(path) as archive:
            if member in archive.namelist() and b"LONG" in archive.read(member):
                rewrite_member(path, member, lambda xml: xml.replace(b"LONG", b"y" * 40_000))
    with open_spreadsheet(path) as spreadsheet:
        rows = spreadsheet.sheet().rows()
        assert next(rows) == (1, ["Code", "Text"])
        error = error_of(lambda: list(rows))
    assert str(error) == (
        "hostile.xlsx, sheet 'Elements', row 3, column B: The cell text is 40,000 characters "
        "long; Excel allows at most 32,767, so the file is damaged or was not made by a "
        "spreadsheet program."
    )


def test_rows_can_be_read_again_and_warnings_are_given_once(tmp_path: Path) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        workbook.active.append(["Title"])
        workbook.active.append(["PCI.1", "Hand hygiene"])
        workbook.active.merge_cells("A1:B1")

    path = make_xlsx(tmp_path / "twice.xlsx", fill)
    with open_spreadsheet(path) as spreadsheet:
        first = list(spreadsheet.sheet().rows())
        second = list(spreadsheet.sheet("Sheet").rows())
        assert first == second == [(1, ["Title", "Title"]), (2, ["PCI.1", "Hand hygiene"])]
        assert len(spreadsheet.warnings) == 1


# -- damaged, disguised and unsafe files ------------------------------------------------------


def test_missing_file_folder_and_empty_file_are_named(tmp_path: Path) -> None:
    assert open_error(tmp_path / "gone.xlsx") == "gone.xlsx: The file does not exist."
    folder = tmp_path / "standards"
    folder.mkdir()
    assert open_error(folder) == "standards: This is a folder, not a spreadsheet file."
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert open_error(empty) == "empty.xlsx: The file is empty (0 bytes)."


def test_truncated_xlsx_is_reported_as_damaged(tmp_path: Path) -> None:
    whole = simple_xlsx(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "standards.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    message = open_error(cut)
    assert message.startswith(
        "standards.xlsx: The file is damaged or incomplete and cannot be read"
    )


def test_xlsx_with_corrupt_part_is_reported_as_damaged(tmp_path: Path) -> None:
    path = simple_xlsx(tmp_path / "corrupt.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET_XML)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 5, start + info.compress_size - 5):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))

    def read() -> object:
        with open_spreadsheet(path) as spreadsheet:
            return list(spreadsheet.sheet().rows())

    message = str(error_of(read))
    assert message.startswith("corrupt.xlsx")
    assert "is damaged or incomplete and cannot be read" in message


def test_word_document_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "standards.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", "<document/>")
    assert open_error(path) == (
        "standards.docx: The file is a Word document, not a spreadsheet "
        "(expected .xlsx, .xlsm, .xls, .ods or .csv)."
    )


def test_other_zip_archive_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "standards.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert open_error(path) == (
        "standards.xlsx: The file is a ZIP archive, not a spreadsheet "
        "(expected .xlsx, .xlsm, .xls, .ods or .csv)."
    )


def test_binary_junk_is_not_a_spreadsheet(tmp_path: Path) -> None:
    junk = bytes(range(256)) * 64
    path = tmp_path / "standards.xlsx"
    path.write_bytes(junk)
    assert open_error(path) == (
        "standards.xlsx: The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv)."
    )
    csv_path = tmp_path / "standards.csv"
    csv_path.write_bytes(junk)
    assert open_error(csv_path) == (
        "standards.csv: The file is not a text file; expected a CSV file saved as text."
    )


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(SHEET_XML, "w") as member:
            block = bytes(1024 * 1024)
            for _ in range(50):
                member.write(block)
    assert path.stat().st_size < 200_000
    message = open_error(path)
    assert message.startswith("bomb.xlsx: The file unpacks to 50 MB")
    assert message.endswith("it was refused for safety.")


def test_total_unpacked_size_is_capped(tmp_path: Path) -> None:
    path = simple_xlsx(tmp_path / "standards.xlsx")
    message = open_error(path, max_uncompressed_bytes=4096)
    assert re.fullmatch(
        r"standards\.xlsx: The file unpacks to \d+ KB, more than the 4 KB allowed; "
        r"it was refused for safety\.",
        message,
    ), message


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


@pytest.mark.parametrize("member", [SHEET_XML, "xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
def test_xml_entity_declarations_are_refused(tmp_path: Path, member: str) -> None:
    def fill(workbook: openpyxl.Workbook) -> None:
        workbook.active.append(["PCI.1", "Hand hygiene"])

    path = make_xlsx(tmp_path / "laughs.xlsx", fill)
    rewrite_member(path, member, lambda xml: BILLION_LAUGHS + re.sub(rb"^<\?xml[^>]*\?>", b"", xml))
    assert open_error(path) == (
        f"laughs.xlsx: The file contains XML entity declarations (in member {member}), which "
        "spreadsheet files never need; it was refused for safety."
    )


PASSWORD_MESSAGE = (
    "The file is protected with a password; remove the password in Excel "
    "(File → Info → Protect Workbook) and save it again."
)


def test_password_protected_xlsx_is_recognised(tmp_path: Path) -> None:
    # Excel saves an encrypted .xlsx as an OLE2 compound file with an EncryptionInfo stream.
    path = tmp_path / "secret.xlsx"
    directory_entry = "EncryptionInfo".encode("utf-16-le").ljust(64, b"\0")
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + directory_entry + bytes(1024)
    )
    assert open_error(path) == f"secret.xlsx: {PASSWORD_MESSAGE}"


def test_password_reported_by_calamine_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An .xls encrypted by Excel 97–2003 is only recognised by calamine, which raises this.
    class LockedWorkbook:
        @classmethod
        def from_path(cls, path: object) -> None:
            raise python_calamine.PasswordError("Workbook is password protected")

        from_filelike = from_path

    path = tmp_path / "secret.xls"
    shutil.copy(DATA / "tiny.xls", path)
    monkeypatch.setattr(python_calamine, "CalamineWorkbook", LockedWorkbook)
    assert open_error(path) == f"secret.xls: {PASSWORD_MESSAGE}"


def test_web_page_saved_as_xls_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>PCI.1</td></tr></table></body></html>")
    assert open_error(path).startswith(
        "export.xls: The file is a web page (HTML) with a spreadsheet name"
    )


# -- xls and ods (LibreOffice-made fixtures) --------------------------------------------------


def test_xls_is_read_with_merged_cells_filled() -> None:
    with open_spreadsheet(DATA / "tiny.xls") as spreadsheet:
        assert spreadsheet.kind == "xls"
        assert spreadsheet.sheet_names == ["Elements", "Notes"]
        assert trimmed(list(spreadsheet.sheet().rows())) == TINY_ROWS
        assert [str(w) for w in spreadsheet.warnings] == [
            "tiny.xls, sheet 'Elements': The sheet has 1 merged cell range (first A2:A4); each "
            "was read as if its value filled every cell."
        ]


def test_ods_is_read_with_merged_cells_filled() -> None:
    with open_spreadsheet(DATA / "tiny.ods") as spreadsheet:
        assert spreadsheet.kind == "ods"
        assert trimmed(list(spreadsheet.sheet("Elements").rows())) == TINY_ROWS
        assert any("merged cell range (first A2:A4)" in str(w) for w in spreadsheet.warnings)
        assert str(error_of(lambda: spreadsheet.sheet("Notes"))) == (
            "tiny.ods, sheet 'Notes': The sheet is empty."
        )


def test_xls_renamed_to_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "standards.xlsx"
    shutil.copy(DATA / "tiny.xls", path)
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.kind == "xls"
        assert trimmed(list(spreadsheet.sheet().rows())) == TINY_ROWS
        assert str(spreadsheet.warnings[0]) == (
            "standards.xlsx: The file is an Excel 97–2003 workbook (.xls) although its name ends "
            "in .xlsx; it was read as .xls."
        )


def test_xlsx_renamed_to_xls_is_read_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "standards.xls"
    shutil.copy(simple_xlsx(tmp_path / "real.xlsx"), path)
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.kind == "xlsx"
        assert list(spreadsheet.sheet().rows())[1] == (2, ["PCI.1", "Hand hygiene"])
        assert [str(w) for w in spreadsheet.warnings] == [
            "standards.xls: The file is an Excel workbook (.xlsx) although its name ends in .xls; "
            "it was read as .xlsx."
        ]


# -- CSV and other text -----------------------------------------------------------------------

UZBEK_ROWS = [
    (1, ["Kod", "Matn"]),
    (2, ["PCI.1", "Oʻzbekiston: qoʻl gigiyenasi"]),
    (3, ["PCI.2", "Инфекционный контроль"]),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_csv_is_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "standards.csv"
    text = "".join(",".join(cells) + "\r\n" for _, cells in UZBEK_ROWS)
    path.write_bytes(text.encode(encoding))
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.kind == "csv"
        assert spreadsheet.sheet_names == ["standards"]
        assert list(spreadsheet.sheet().rows()) == UZBEK_ROWS
        assert spreadsheet.warnings == []


def test_windows_1251_csv_from_old_excel_is_decoded(tmp_path: Path) -> None:
    # Windows-1251 has no ʻ (U+02BB): old Uzbek files use Cyrillic or the ASCII apostrophe.
    rows = [(1, ["Код", "Текст"]), (2, ["PCI.1", "Ўзбекистон; O'zbekiston"])]
    path = tmp_path / "standards.csv"
    path.write_bytes('Код;Текст\r\nPCI.1;"Ўзбекистон; O\'zbekiston"\r\n'.encode("cp1251"))
    assert read_rows(path) == rows


def test_semicolon_csv_with_quoted_delimiters_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_text(
        'Code;Text;Points\n"PCI.1";"Wash hands; then dry\nthem";1,5\nPCI.2;Masks;2,0\n',
        encoding="utf-8",
    )
    assert read_rows(path) == [
        (1, ["Code", "Text", "Points"]),
        (2, ["PCI.1", "Wash hands; then dry\nthem", "1,5"]),
        (3, ["PCI.2", "Masks", "2,0"]),
    ]


def test_tab_separated_text_with_quoted_tabs(tmp_path: Path) -> None:
    path = tmp_path / "standards.txt"
    path.write_text('Code\tText\nPCI.1\t"a\tb"\n\nPCI.2\tc, d\n', encoding="utf-8")
    assert read_rows(path) == [
        (1, ["Code", "Text"]),
        (2, ["PCI.1", "a\tb"]),
        (3, []),
        (4, ["PCI.2", "c, d"]),
    ]


def test_excel_separator_hint_line_is_obeyed_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_text("sep=,\nCode,Text;more\nPCI.1,a;b\n", encoding="utf-8")
    assert read_rows(path) == [(1, ["Code", "Text;more"]), (2, ["PCI.1", "a;b"])]


def test_blank_csv_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_text(" \r\n\t\r\n", encoding="utf-8")
    assert open_error(path) == "standards.csv: The file is empty: it has only blank space."


def test_csv_cell_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_text("Code,Text\nPCI.1," + "x" * 33_000 + "\n", encoding="utf-8")
    error = error_of(lambda: read_rows(path))
    assert [(p.sheet, p.row, p.column) for p in error.problems] == [("standards", 2, "B")]
    assert "33,000 characters long" in str(error)


def test_csv_named_xlsx_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "standards.xlsx"
    path.write_text("Code,Text\nPCI.1,Hand hygiene\n", encoding="utf-8")
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.kind == "csv"
        assert list(spreadsheet.sheet().rows())[1] == (2, ["PCI.1", "Hand hygiene"])
        assert [str(w) for w in spreadsheet.warnings] == [
            "standards.xlsx: The file is a text (CSV) file although its name ends in .xlsx; "
            "it was read as CSV."
        ]


def test_csv_has_one_sheet_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_text("a,b\n", encoding="utf-8")
    spreadsheet: Spreadsheet
    with open_spreadsheet(path) as spreadsheet:
        assert spreadsheet.sheet("standards").name == "standards"
        assert str(error_of(lambda: spreadsheet.sheet("Elements"))) == (
            "standards.csv: The file has no sheet named 'Elements'; its sheets are: standards."
        )


def test_nul_characters_are_dropped_from_cells(tmp_path: Path) -> None:
    # Excel writes a control character in a cell as "_x0000_"; a text file may hold one far
    # below the part that decides the file is text, not binary.
    def fill(workbook: openpyxl.Workbook) -> None:
        sheet = workbook.active
        sheet.append(["Code", "Text"])
        sheet.append(["PCI.1", "Hand_x0000_ hygiene"])

    assert read_rows(make_xlsx(tmp_path / "escaped.xlsx", fill))[1] == (
        2, ["PCI.1", "Hand hygiene"])  # fmt: skip
    path = tmp_path / "standards.csv"
    lines = ["Code,Text", *(f"PCI.{n},Element {n}" for n in range(1, 5001)), "PCI.9,Ma\0sks"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 64 * 1024
    assert read_rows(path)[-1] == (5002, ["PCI.9", "Masks"])
