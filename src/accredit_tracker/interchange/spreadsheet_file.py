"""Open any spreadsheet file safely, whatever its name claims, and stream its rows as text."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final
from xml.etree.ElementTree import Element

import python_calamine
from defusedxml import ElementTree as SafeElementTree
from lxml import etree

from accredit_tracker.interchange.problems import Problem, SpreadsheetError, column_letter

Row = tuple[int, list[str]]

EXCEL_CELL_LIMIT: Final = 32_767  # characters Excel allows in one cell

# Zip-bomb limits: one member may not unpack to more than 200 times its packed size once it is
# bigger than 10 MB (a real sheet compresses 5–20:1); the whole file is capped by the caller.
_BOMB_RATIO: Final = 200
_BOMB_MEMBER_BYTES: Final = 10 * 1024 * 1024
_PROLOG_WINDOW: Final = 64 * 1024  # bytes of each XML member checked for a DOCTYPE
_TEXT_SAMPLE: Final = 64 * 1024  # bytes of a text file used to detect its kind and delimiter
_CHUNK: Final = 1024 * 1024
_MAX_PART_BYTES: Final = 64 * 1024 * 1024  # package parts read whole (workbook.xml, rels)
_MAX_CELL_PROBLEMS: Final = 1000  # formula cells named one by one before the rest are counted

_ZIP_MAGIC: Final = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC: Final = b"PK\x05\x06"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_EXPECTED = "expected .xlsx, .xlsm, .xls, .ods or .csv"
_PASSWORD = (
    "The file is protected with a password; remove the password in Excel "
    "(File → Info → Protect Workbook) and save it again."
)

_KIND_DESCRIPTION: Final = {
    "xlsx": "an Excel workbook (.xlsx)",
    "xlsm": "an Excel macro-enabled workbook (.xlsm)",
    "xlsb": "an Excel binary workbook (.xlsb)",
    "xls": "an Excel 97–2003 workbook (.xls)",
    "ods": "an OpenDocument spreadsheet (.ods)",
    "csv": "a text (CSV) file",
}
_KIND_READ_AS: Final = {
    "xlsx": ".xlsx",
    "xlsm": ".xlsm",
    "xlsb": ".xlsb",
    "xls": ".xls",
    "ods": ".ods",
    "csv": "CSV",
}
_EXTENSION_KIND: Final = {
    ".xlsx": "xlsx",
    ".xltx": "xlsx",
    ".xlsm": "xlsm",
    ".xltm": "xlsm",
    ".xlam": "xlsm",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".xlt": "xls",
    ".ods": "ods",
    ".ots": "ods",
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
}
# Extensions python-calamine recognises itself; other names are handed over as bytes.
_CALAMINE_EXTENSION_KIND: Final = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",
    ".xlam": "xlsm",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
}

_MAIN_CONTENT_TYPES: Final = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.addin.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "xlsb",
}
_OTHER_OFFICE_CONTENT_TYPES: Final = {
    "wordprocessingml": "a Word document",
    "presentationml": "a PowerPoint presentation",
    "ms-word": "a Word document",
    "ms-powerpoint": "a PowerPoint presentation",
}
_ODS_MIMETYPE: Final = "application/vnd.oasis.opendocument.spreadsheet"

_DTD_PATTERN: Final = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ELEMENT_START: Final = re.compile(rb"<[A-Za-z_]")
# Sheet XML, scanned as bytes ("P:" stands for an optional namespace prefix): a formula element,
# and in group 1 what follows it when the cell has no saved value (nothing or an empty <v>, </c>).
# No part may run past a "<", so a hostile file cannot make the scan quadratic.
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_FORMULA_CELL: Final = re.compile(
    rb"<P:f(?=[\s/>])[^<>]*?(?:/>|>[^<]*</P:f\s*>)"
    rb"(\s*(?:<P:v\s*/>|<P:v(?:\s[^<>]*)?>\s*</P:v\s*>)?\s*</P:c\s*>)?".replace(b"P:", _PREFIX)
)
_ODS_SPAN: Final = re.compile(rb'number-(?:rows|columns)-spanned="(?!1")')
_CELL_START: Final = re.compile(rb"<" + _PREFIX + rb"c\s")
_SHEET_DATA_END: Final = re.compile(rb"</" + _PREFIX + rb"sheetData\s*>")
_ROW_END: Final = re.compile(rb"</" + _PREFIX + rb"row\s*>")
_WORKSHEET_ROOT: Final = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")
_ATTRIBUTE: Final = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE: Final = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
_CONTROL_CHARACTERS: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SEP_LINE: Final = re.compile(r"\s*sep=(.)\s*$", re.IGNORECASE)

_OLE_ENCRYPTION: Final = "EncryptionInfo".encode("utf-16-le")
_OLE_WORKBOOK: Final = ("Workbook\0".encode("utf-16-le"), "Book\0".encode("utf-16-le"))

_DELIMITERS: Final = ("\t", ";", ",")  # in order of preference when several fit equally well
_DELIMITER_NAMES: Final = {"\t": "tab", ";": "semicolon", ",": "comma"}

_MIDNIGHT: Final = dt.time()


# ---------------------------------------------------------------------------------------------
# Public API


class Sheet:
    """One sheet of a spreadsheet; `rows()` streams it as lists of text."""

    def __init__(
        self, name: str, rows: Callable[[], Iterator[Row]], warnings: list[Problem]
    ) -> None:
        self.name = name
        self.warnings = warnings  # also collected in Spreadsheet.warnings
        self._rows = rows

    def rows(self) -> Iterator[Row]:
        """Yield (1-based row number, cells as text) for every row, blank rows included.

        Column A is index 0 of the list; trailing empty cells may be missing. Raises
        SpreadsheetError when a cell cannot be accepted (for example text over 32,767
        characters); the caller must then discard what it has read so far.
        """
        return self._rows()

    def __repr__(self) -> str:
        return f"Sheet({self.name!r})"


class Spreadsheet:
    """An opened spreadsheet file of any supported kind; use `open_spreadsheet` to make one."""

    def __init__(
        self,
        path: Path,
        kind: str,
        sheet_names: list[str],
        warnings: list[Problem],
        *,
        workbook: python_calamine.CalamineWorkbook | None = None,
        visible_sheets: list[str] | None = None,
        package: _Package | None = None,
        text: _TextFormat | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.sheet_names = sheet_names
        self.warnings = warnings
        self._file = path.name
        self._workbook = workbook
        self._visible = visible_sheets if visible_sheets is not None else list(sheet_names)
        self._package = package
        self._text = text
        self._loaded: dict[str, _LoadedSheet] = {}
        self._sheets: dict[str, Sheet] = {}
        self._closed = False

    def __enter__(self) -> Spreadsheet:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Spreadsheet({self._file!r}, kind={self.kind!r})"

    def close(self) -> None:
        """Release the file; sheets already returned keep working."""
        if self._closed:
            return
        self._closed = True
        self._loaded.clear()
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def sheet(self, name: str | None = None) -> Sheet:
        """Return the named sheet, or with no name the first sheet that has data.

        Raises SpreadsheetError for an unknown name, an empty sheet asked for by name, a
        workbook with no data at all, and formulas that have no saved value.
        """
        if self._closed:
            raise ValueError(f"{self._file} is closed")
        if name is not None and name not in self.sheet_names:
            listed = ", ".join(self.sheet_names) or "none"
            raise SpreadsheetError(
                [
                    Problem(
                        self._file,
                        f"The file has no sheet named '{name}'; its sheets are: {listed}.",
                    )
                ]
            )
        if self._text is not None:
            return self._text_sheet()
        if name is None:
            return self._first_sheet_with_data()
        loaded = self._load(name)
        if not loaded.has_data:
            # A sheet of formulas that were never calculated looks empty; say why instead.
            self._formula_warnings(name, loaded)
            raise SpreadsheetError([Problem(self._file, "The sheet is empty.", sheet=name)])
        return self._make_sheet(name, loaded)

    # -- workbook sheets ------------------------------------------------------------------------

    def _first_sheet_with_data(self) -> Sheet:
        hidden = [name for name in self.sheet_names if name not in self._visible]
        for name in itertools.chain(self._visible, hidden):
            loaded = self._load(name)
            if loaded.has_data:
                return self._make_sheet(name, loaded)
            self._loaded.pop(name, None)  # keep only the sheet that is used in memory
        if self.sheet_names:
            # A sheet of formulas that were never calculated looks empty; say why instead.
            self._formula_warnings(self.sheet_names[0], self._load(self.sheet_names[0]))
        raise SpreadsheetError([Problem(self._file, "The file has no data in any sheet.")])

    def _load(self, name: str) -> _LoadedSheet:
        loaded = self._loaded.get(name)
        if loaded is not None:
            return loaded
        assert self._workbook is not None
        member = self._package.sheet_members.get(name) if self._package else None
        facts: _FormulaFacts | None = None
        if member is None:
            with _CalamineErrors(self._file, name):
                calamine_sheet = self._workbook.get_sheet_by_name(name)
        else:
            # The byte scan for formulas runs while calamine parses the same sheet; both
            # release the GIL for their heavy lifting (zlib and Rust).
            with ThreadPoolExecutor(max_workers=1) as pool:
                formulas = pool.submit(_scan_formulas, self.path, member, self._file, name)
                with _CalamineErrors(self._file, name):
                    calamine_sheet = self._workbook.get_sheet_by_name(name)
                facts = formulas.result()
        loaded = _LoadedSheet(calamine_sheet, _has_data(calamine_sheet, self._file, name), facts)
        self._loaded[name] = loaded
        return loaded

    def _make_sheet(self, name: str, loaded: _LoadedSheet) -> Sheet:
        sheet = self._sheets.get(name)
        if sheet is not None:
            return sheet
        warnings = self._formula_warnings(name, loaded)
        ranges: list[tuple[tuple[int, int], tuple[int, int]]] | None
        if self.kind == "ods":  # calamine reports merged ranges of Excel files only
            ranges = _ods_merged_ranges(self.path, self._file, name)
        else:
            ranges = loaded.calamine_sheet.merged_cell_ranges
        merges = _clip_merges(ranges, loaded.calamine_sheet.end)
        if ranges:
            (top, left), (bottom, right) = min(ranges)
            count = len(ranges)
            noun = "range" if count == 1 else "ranges"
            span = f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}"
            warnings.append(
                Problem(
                    self._file,
                    f"The sheet has {count:,} merged cell {noun} (first {span}); each was read "
                    "as if its value filled every cell.",
                    sheet=name,
                )
            )
        self.warnings.extend(warnings)
        calamine_sheet = loaded.calamine_sheet
        file = self._file

        def rows() -> Iterator[Row]:
            return _calamine_rows(calamine_sheet, merges, file, name)

        sheet = Sheet(name, rows, warnings)
        self._sheets[name] = sheet
        return sheet

    def _formula_warnings(self, name: str, loaded: _LoadedSheet) -> list[Problem]:
        facts = loaded.formulas
        if facts is None or not facts.count:
            return []
        if facts.missing:
            problems = [
                Problem(
                    self._file,
                    "The cell has a formula with no saved value; open the file in Excel or "
                    "LibreOffice, save it, and import again.",
                    sheet=name,
                    row=row,
                    column=column,
                )
                for row, column in facts.missing
            ]
            if facts.missing_count > len(facts.missing):
                more = facts.missing_count - len(facts.missing)
                problems.append(
                    Problem(
                        self._file,
                        f"{more:,} more cells have formulas with no saved value.",
                        sheet=name,
                    )
                )
            raise SpreadsheetError(problems)
        if facts.count == 1:
            text = f"The sheet has 1 formula cell; its saved value was used (at {facts.first})."
        else:
            text = (
                f"The sheet has {facts.count:,} formula cells; their saved values were used "
                f"(first at {facts.first})."
            )
        if self._package is not None and self._package.recalculate_on_open:
            text += (
                " The program that wrote the file asked for them to be recalculated, so they "
                "may be out of date; open and save the file in Excel to be sure."
            )
        return [Problem(self._file, text, sheet=name)]

    # -- text files -----------------------------------------------------------------------------

    def _text_sheet(self) -> Sheet:
        name = self.sheet_names[0]
        sheet = self._sheets.get(name)
        if sheet is None:
            text = self._text
            assert text is not None
            path, file = self.path, self._file

            def rows() -> Iterator[Row]:
                return _text_rows(path, text, file, name)

            sheet = Sheet(name, rows, [])
            self._sheets[name] = sheet
        return sheet


def open_spreadsheet(path: Path, *, max_uncompressed_bytes: int = 512 * 1024 * 1024) -> Spreadsheet:
    """Open a spreadsheet, deciding its kind from its content, after safety checks.

    Raises SpreadsheetError (never another exception for a bad file) when the file is missing,
    empty, not a spreadsheet, damaged, protected with a password, or unsafe to unpack.
    Differences between its name and content are reported in `Spreadsheet.warnings`.
    """
    path = Path(path)
    file = path.name or str(path)
    head = _read_head(path, file)
    package: _Package | None = None
    has_workbook_stream = True
    if head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        package = _inspect_package(path, file, max_uncompressed_bytes)
        kind = package.kind
    elif head.startswith(_OLE_MAGIC):
        kind = "xls"
        has_workbook_stream = _inspect_ole(path, file)
    else:
        text_format = _inspect_text(path, file)
        warnings = _name_warnings(path, file, "csv")
        return Spreadsheet(path, "csv", [path.stem], warnings, text=text_format)

    warnings = _name_warnings(path, file, kind)
    try:
        workbook = _open_workbook(path, file, kind)
    except SpreadsheetError:
        if kind == "xls" and not has_workbook_stream:
            raise _not_a_spreadsheet(
                file, "a Microsoft Office file of another kind (such as a Word .doc)"
            ) from None
        raise
    names: list[str] = []
    visible: list[str] = []
    for meta in workbook.sheets_metadata:
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue  # chart and macro sheets have no cells to import
        names.append(meta.name)
        if meta.visible == python_calamine.SheetVisibleEnum.Visible:
            visible.append(meta.name)
    if not names:
        workbook.close()
        raise SpreadsheetError([Problem(file, "The file has no data in any sheet.")])
    return Spreadsheet(
        path,
        kind,
        names,
        warnings,
        workbook=workbook,
        visible_sheets=visible,
        package=package,
    )


# ---------------------------------------------------------------------------------------------
# Finding out what the file is


@dataclass
class _Package:
    """What the ZIP container of an Office or OpenDocument file told us."""

    kind: str
    sheet_members: dict[str, str] = field(default_factory=dict)  # sheet name → XML member
    recalculate_on_open: bool = False


@dataclass(frozen=True)
class _TextFormat:
    encoding: str
    delimiter: str
    skip_first_record: bool  # Excel's "sep=;" hint line


@dataclass
class _FormulaFacts:
    count: int = 0
    first: str = ""
    missing: list[tuple[int, str]] = field(default_factory=list)  # (row, column letter)
    missing_count: int = 0


@dataclass
class _LoadedSheet:
    calamine_sheet: python_calamine.CalamineSheet
    has_data: bool
    formulas: _FormulaFacts | None


def _read_head(path: Path, file: str) -> bytes:
    try:
        if not path.exists():
            raise SpreadsheetError([Problem(file, "The file does not exist.")])
        if path.is_dir():
            raise SpreadsheetError([Problem(file, "This is a folder, not a spreadsheet file.")])
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise _cannot_open(file, exc) from None
    if not head:
        raise SpreadsheetError([Problem(file, "The file is empty (0 bytes).")])
    return head


def _cannot_open(file: str, exc: OSError) -> SpreadsheetError:
    reason = exc.strerror or type(exc).__name__
    return SpreadsheetError(
        [
            Problem(
                file,
                f"The file cannot be opened ({reason}); close it in any program that has it "
                "open and check that you may read it.",
            )
        ]
    )


def _damaged(file: str, reason: str, sheet: str | None = None) -> SpreadsheetError:
    return SpreadsheetError(
        [Problem(file, f"The file is damaged or incomplete and cannot be read ({reason}).", sheet)]
    )


def _not_a_spreadsheet(file: str, what: str | None = None) -> SpreadsheetError:
    if what is None:
        return SpreadsheetError([Problem(file, f"The file is not a spreadsheet ({_EXPECTED}).")])
    return SpreadsheetError(
        [Problem(file, f"The file is {what}, not a spreadsheet ({_EXPECTED}).")]
    )


def _refused(file: str, text: str) -> SpreadsheetError:
    return SpreadsheetError([Problem(file, f"{text}; it was refused for safety.")])


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.0f} MB"
    if size >= 1024:
        return f"{size / 1024:,.0f} KB"
    return f"{size:,} bytes"


def _name_warnings(path: Path, file: str, kind: str) -> list[Problem]:
    suffix = path.suffix.lower()
    if _EXTENSION_KIND.get(suffix) == kind:
        return []
    named = f"its name ends in {path.suffix}" if suffix else "its name has no extension"
    return [
        Problem(
            file,
            f"The file is {_KIND_DESCRIPTION[kind]} although {named}; it was read as "
            f"{_KIND_READ_AS[kind]}.",
        )
    ]


# -- ZIP packages (xlsx, xlsm, xlsb, ods) ------------------------------------------------------


def _inspect_package(path: Path, file: str, max_uncompressed_bytes: int) -> _Package:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _damaged(file, "its ZIP container is cut short or corrupt") from None
    except OSError as exc:
        raise _cannot_open(file, exc) from None
    except (ValueError, NotImplementedError, EOFError) as exc:
        raise _damaged(file, f"its ZIP container is corrupt: {exc}") from None
    with archive:
        infos = archive.infolist()
        if not infos:
            raise _not_a_spreadsheet(file, "an empty ZIP archive")
        _check_zip_bomb(infos, file, max_uncompressed_bytes)
        if any(info.flag_bits & 0x1 for info in infos):
            raise SpreadsheetError([Problem(file, _PASSWORD)])
        by_lower = {info.filename.lower(): info.filename for info in infos}
        _check_xml_prologs(archive, infos, file)
        try:
            package = _package_kind(archive, by_lower, file)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise _damaged(file, f"a part cannot be unpacked: {exc}") from None
    return package


def _check_zip_bomb(infos: list[zipfile.ZipInfo], file: str, limit: int) -> None:
    total = sum(info.file_size for info in infos)
    if total > limit:
        raise _refused(
            file,
            f"The file unpacks to {_size_text(total)}, more than the {_size_text(limit)} allowed",
        )
    for info in infos:
        size = info.file_size
        if size > _BOMB_MEMBER_BYTES and size > _BOMB_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise _refused(
                file,
                f"The file unpacks to {_size_text(total)}: its part {info.filename} grows from "
                f"{_size_text(info.compress_size)} to {_size_text(size)} ({ratio:,}:1), far "
                "more than any spreadsheet",
            )


def _check_xml_prologs(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], file: str) -> None:
    """Refuse DTDs and entity declarations before any XML parser sees the package."""
    for info in infos:
        name = info.filename.lower()
        if info.is_dir() or not name.endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as stream:
                head = stream.read(_PROLOG_WINDOW)
        except RuntimeError:  # a member encrypted with a ZIP password
            raise SpreadsheetError([Problem(file, _PASSWORD)]) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise _damaged(file, f"part {info.filename} cannot be unpacked: {exc}") from None
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\0", b"\0<")):
            encoding = "utf-16-be" if head.startswith((b"\xfe\xff", b"\0<")) else "utf-16-le"
            head = head.decode(encoding, errors="ignore").encode("utf-8")
        if _DTD_PATTERN.search(head):
            raise _refused(
                file,
                f"The file contains XML entity declarations (in member {info.filename}), which "
                "spreadsheet files never need",
            )
        if len(head) >= _PROLOG_WINDOW and not _ELEMENT_START.search(head):
            raise _refused(
                file,
                f"The file has an XML preamble longer than {_PROLOG_WINDOW // 1024} KB "
                f"(in member {info.filename}), which spreadsheet files never have",
            )


def _package_kind(archive: zipfile.ZipFile, by_lower: dict[str, str], file: str) -> _Package:
    if "mimetype" in by_lower:
        with archive.open(by_lower["mimetype"]) as stream:
            mimetype = stream.read(200).decode("ascii", errors="replace").strip()
        if mimetype.startswith(_ODS_MIMETYPE):
            return _Package("ods")
        if mimetype.startswith("application/vnd.oasis.opendocument."):
            kind = mimetype.rsplit(".", 1)[-1]
            raise _not_a_spreadsheet(file, f"an OpenDocument {kind} file")
    if "[content_types].xml" in by_lower:
        types = _parse_part(archive, by_lower["[content_types].xml"], file)
        for element in types.iter():
            if _local(element.tag) != "Override":
                continue
            content_type = element.get("ContentType", "")
            part = element.get("PartName", "").lstrip("/")
            main_kind = _MAIN_CONTENT_TYPES.get(content_type)
            if main_kind is not None:
                return _office_package(archive, by_lower, main_kind, part, file)
            if content_type.endswith(".main+xml") or content_type.endswith("document.main"):
                for marker, what in _OTHER_OFFICE_CONTENT_TYPES.items():
                    if marker in content_type:
                        raise _not_a_spreadsheet(file, what)
        if "xl/workbook.xml" in by_lower:
            return _office_package(archive, by_lower, "xlsx", "xl/workbook.xml", file)
        if "xl/workbook.bin" in by_lower:
            return _Package("xlsb")
        if "word/document.xml" in by_lower:
            raise _not_a_spreadsheet(file, "a Word document")
        if "ppt/presentation.xml" in by_lower:
            raise _not_a_spreadsheet(file, "a PowerPoint presentation")
        raise _not_a_spreadsheet(file, "an Office file of another kind")
    raise _not_a_spreadsheet(file, "a ZIP archive")


def _office_package(
    archive: zipfile.ZipFile, by_lower: dict[str, str], kind: str, workbook_part: str, file: str
) -> _Package:
    """Map each sheet name to its XML member (xlsx and xlsm) via the workbook's relationships."""
    package = _Package(kind)
    if kind == "xlsb" or workbook_part.lower() not in by_lower:
        return package
    folder, base = posixpath.split(workbook_part)
    rels_part = posixpath.join(folder, "_rels", base + ".rels").lower()
    if rels_part not in by_lower:
        return package
    workbook = _parse_part(archive, by_lower[workbook_part.lower()], file)
    relationships = _parse_part(archive, by_lower[rels_part], file)
    targets: dict[str, str] = {}
    for element in relationships.iter():
        if _local(element.tag) != "Relationship" or element.get("TargetMode") == "External":
            continue
        target = element.get("Target", "")
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = posixpath.normpath(posixpath.join(folder, target))
        targets[element.get("Id", "")] = member
    for element in workbook.iter():
        local = _local(element.tag)
        if local == "calcPr":
            package.recalculate_on_open = element.get("fullCalcOnLoad") in ("1", "true")
        elif local == "sheet":
            relationship = next(
                (value for key, value in element.attrib.items() if _local(key) == "id"), None
            )
            member_name = targets.get(relationship or "")
            name = element.get("name")
            if name is not None and member_name is not None:
                actual = by_lower.get(member_name.lower())
                if actual is not None:
                    package.sheet_members[name] = actual
    return package


def _parse_part(archive: zipfile.ZipFile, member: str, file: str) -> Element:
    with archive.open(member) as stream:
        data = stream.read(_MAX_PART_BYTES)
    try:
        root: Element = SafeElementTree.fromstring(data)
    except Exception as exc:  # defusedxml raises ParseError and its own refusals
        raise _damaged(file, f"part {member} is not valid XML: {exc}") from None
    return root


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


# -- OLE2 compound files (xls, and password-protected xlsx) ------------------------------------


def _inspect_ole(path: Path, file: str) -> bool:
    """Refuse encrypted packages; return whether a Workbook stream name was seen."""
    has_workbook = False
    tail = b""
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                window = tail + chunk
                if _OLE_ENCRYPTION in window:
                    raise SpreadsheetError([Problem(file, _PASSWORD)])
                has_workbook = has_workbook or any(name in window for name in _OLE_WORKBOOK)
                tail = chunk[-64:]
    except OSError as exc:
        raise _cannot_open(file, exc) from None
    return has_workbook


def _open_workbook(path: Path, file: str, kind: str) -> python_calamine.CalamineWorkbook:
    with _CalamineErrors(file):
        if _CALAMINE_EXTENSION_KIND.get(path.suffix.lower()) == kind and path.suffix.islower():
            return python_calamine.CalamineWorkbook.from_path(str(path))
        # calamine picks its reader from the name; for any other name it gets the bytes and
        # finds the format from the content, as we did.
        with path.open("rb") as stream:
            return python_calamine.CalamineWorkbook.from_filelike(stream)


class _CalamineErrors:
    """Turn anything python-calamine raises (even a Rust panic) into a SpreadsheetError."""

    def __init__(self, file: str, sheet: str | None = None) -> None:
        self._file = file
        self._sheet = sheet

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None or isinstance(exc, SpreadsheetError):
            return
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            return  # KeyboardInterrupt, GeneratorExit and the like pass through
        if isinstance(exc, python_calamine.PasswordError):
            raise SpreadsheetError([Problem(self._file, _PASSWORD)]) from None
        if isinstance(exc, OSError) and not isinstance(exc, python_calamine.CalamineError):
            raise _cannot_open(self._file, exc) from None
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise _damaged(self._file, reason, self._sheet) from None


# -- text files (csv, tsv, txt) ----------------------------------------------------------------


def _inspect_text(path: Path, file: str) -> _TextFormat:
    suffix = path.suffix.lower()
    named_as_text = suffix in (".csv", ".txt", ".tsv")
    try:
        with path.open("rb") as stream:
            sample = stream.read(_TEXT_SAMPLE)
            whole = len(sample) < _TEXT_SAMPLE
    except OSError as exc:
        raise _cannot_open(file, exc) from None

    encoding = _bom_encoding(sample) or _utf16_without_bom(sample)
    if encoding is None:
        encoding = "utf-8" if _is_utf8(path, file) else "cp1251"
    text = sample.decode(encoding, errors="replace")
    if not whole:
        text = text[: max(text.rfind("\n"), 0) or len(text)]
    if _looks_binary(text):
        if named_as_text:
            raise SpreadsheetError(
                [Problem(file, "The file is not a text file; expected a CSV file saved as text.")]
            )
        raise _not_a_spreadsheet(file)
    start = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<table", "<head", "<body")):
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    "The file is a web page (HTML) with a spreadsheet name, not a real "
                    "spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).",
                )
            ]
        )
    if start.startswith("<?xml"):
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    "The file is an XML document (perhaps an Excel 2003 XML spreadsheet), not a "
                    "supported spreadsheet; open it in Excel and save it as an Excel workbook "
                    "(.xlsx).",
                )
            ]
        )
    if not _has_visible_text(path, encoding, text if whole else None):
        raise SpreadsheetError([Problem(file, "The file is empty: it has only blank space.")])

    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    hint = _SEP_LINE.match(first_line)
    if hint is not None:
        return _TextFormat(encoding, hint.group(1), skip_first_record=True)
    if suffix == ".tsv":
        return _TextFormat(encoding, "\t", skip_first_record=False)
    return _TextFormat(encoding, _guess_delimiter(text), skip_first_record=False)


def _bom_encoding(sample: bytes) -> str | None:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Recognise UTF-16 text without a byte-order mark by its pattern of zero bytes."""
    probe = sample[:4096]
    half = len(probe) // 2
    if half < 8:
        return None
    zeros_even = probe[0::2].count(0)
    zeros_odd = probe[1::2].count(0)
    if zeros_odd > 0.4 * half and zeros_even < 0.05 * half:
        return "utf-16-le"
    if zeros_even > 0.4 * half and zeros_odd < 0.05 * half:
        return "utf-16-be"
    return None


def _is_utf8(path: Path, file: str) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as exc:
        raise _cannot_open(file, exc) from None
    return True


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    if "\0" in text:
        return True
    controls = len(_CONTROL_CHARACTERS.findall(text))
    return controls > max(2, len(text) // 200) or text.count("\ufffd") > len(text) // 20


def _has_visible_text(path: Path, encoding: str, text: str | None) -> bool:
    if text is not None:
        return bool(text.strip().lstrip("\ufeff").strip())
    with path.open("r", encoding=encoding, errors="replace", newline="") as stream:
        while chunk := stream.read(_CHUNK):
            if chunk.strip().lstrip("\ufeff").strip():
                return True
    return False


def _guess_delimiter(text: str) -> str:
    """Pick the delimiter that splits the sample's records into the most consistent columns.

    Each candidate is tried with real CSV quoting ("…"), so delimiters inside quoted fields do
    not count; csv.Sniffer is not used because it also guesses the quote character and takes
    the apostrophes of Uzbek words (O'zbekiston) for quotes.
    """
    best: tuple[float, int] = (0.0, -1)
    chosen = ","
    for preference, delimiter in enumerate(reversed(_DELIMITERS)):
        reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"')
        try:
            widths = [len(record) for record in itertools.islice(reader, 100) if record]
        except csv.Error:
            continue
        if not widths:
            continue
        width, hits = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (hits / len(widths), preference)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _csv_failure(delimiter: str, reason: str) -> str:
    if "field larger than field limit" in reason:
        return (
            f"A cell is longer than {csv.field_size_limit():,} characters; Excel allows at most "
            f"{EXCEL_CELL_LIMIT:,}."
        )
    name = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    return f"The row cannot be read as {name}-separated text ({reason})."


def _text_rows(path: Path, text: _TextFormat, file: str, sheet: str) -> Iterator[Row]:
    errors = "replace" if text.encoding == "cp1251" else "strict"
    number = 0
    try:
        with path.open("r", encoding=text.encoding, errors=errors, newline="") as stream:
            reader = csv.reader(stream, delimiter=text.delimiter, quotechar='"')
            if text.skip_first_record:
                next(reader, None)
            for number, record in enumerate(reader, 1):
                if record and len("".join(record)) > EXCEL_CELL_LIMIT:
                    _check_cell_lengths(record, file, sheet, number)
                yield number, record
    except csv.Error as exc:
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    _csv_failure(text.delimiter, str(exc)),
                    sheet=sheet,
                    row=number + 1,
                )
            ]
        ) from None
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    f"The text is not valid {text.encoding.upper()} ({exc.reason}).",
                    sheet=sheet,
                    row=number + 1,
                )
            ]
        ) from None
    except OSError as exc:
        raise _cannot_open(file, exc) from None


# ---------------------------------------------------------------------------------------------
# Reading workbook sheets


def _scan_formulas(path: Path, member: str, file: str, sheet: str) -> _FormulaFacts | None:
    """Find the formula cells of a sheet's XML, and those that have no saved value.

    The XML is scanned as bytes, a chunk of whole rows at a time: chunks without a formula tag
    cost one substring search, the others one regular-expression pass. Files this cannot read
    with certainty (cells without an address) are parsed with lxml instead.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open(member) as stream:
                facts = _scan_formula_bytes(stream)
            if facts is None:
                with archive.open(member) as stream:
                    facts = _formula_facts(stream)
    except etree.XMLSyntaxError as exc:
        raise _damaged(file, f"its XML is broken: {exc}", sheet) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise _damaged(file, f"part {member} cannot be unpacked: {exc}", sheet) from None
    except OSError as exc:
        raise _cannot_open(file, exc) from None
    return facts if facts.count else None


def _scan_formula_bytes(stream: IO[bytes]) -> _FormulaFacts | None:
    """Byte-level formula scan; None when the XML needs a real parser."""
    facts = _FormulaFacts()
    hints: tuple[bytes, ...] = (b"<f", b":f")
    pending = b""
    first_chunk = True
    while True:
        chunk = stream.read(_CHUNK)
        data = pending + chunk if pending else chunk
        if not chunk:
            rows, pending = data, b""
        else:
            cut = _after_last_row_end(data, max(len(pending) - 16, 0))
            if cut < 0:  # no complete row yet
                if len(data) > _MAX_PART_BYTES:
                    return None  # a row this long is left to the streaming parser
                pending = data
                continue
            rows, pending = data[:cut], data[cut:]
        if first_chunk:
            first_chunk = False
            root = _WORKSHEET_ROOT.search(rows)
            if root is not None:
                prefix = root.group(1)
                hints = (b"<" + prefix + b":f",) if prefix else (b"<f",)
        # Formulas after the cells (data validation lists, for instance) are not cells.
        last = b"sheetData>" in rows and _SHEET_DATA_END.search(rows)
        if last:
            rows = rows[: last.start()]
        if any(hint in rows for hint in hints) and not _scan_formula_rows(rows, facts):
            return None
        if last or not chunk:
            return facts


def _scan_formula_rows(rows: bytes, facts: _FormulaFacts) -> bool:
    """Count the formula cells of complete rows; False when a cell has no address."""
    no_value_flags = _FORMULA_CELL.findall(rows)
    if not no_value_flags:
        return True
    if not facts.count:
        first = _FORMULA_CELL.search(rows)
        address = _formula_cell_address(rows, first.start()) if first else None
        if address is None:
            return False
        facts.first = address[2]
    facts.count += len(no_value_flags)
    if not any(no_value_flags):
        return True
    for match in _FORMULA_CELL.finditer(rows):
        if not match.group(1):
            continue
        address = _formula_cell_address(rows, match.start())
        if address is None:
            return False
        row, column, _, cell_type = address
        if cell_type == "str":
            continue  # Excel saves a formula whose result is "" as an empty string value
        facts.missing_count += 1
        if len(facts.missing) < _MAX_CELL_PROBLEMS:
            facts.missing.append((row, column))
    return True


def _formula_cell_address(rows: bytes, formula_start: int) -> tuple[int, str, str, str] | None:
    """(row, column, "D7", cell type) of the cell whose formula starts at formula_start."""
    tag_start = rows.rfind(b"<", 0, formula_start)
    tag = rows[tag_start:formula_start]
    if tag_start < 0 or not _CELL_START.match(tag):
        return None
    attributes = {
        key: double or single
        for key, double, single in _ATTRIBUTE.findall(tag.decode("utf-8", errors="replace"))
    }
    reference = _REFERENCE.fullmatch(attributes.get("r", ""))
    if reference is None:
        return None
    column, row = reference.group(1).upper(), int(reference.group(2))
    return row, column, f"{column}{row}", attributes.get("t", "n")


def _after_last_row_end(data: bytes, start: int) -> int:
    """Index just after the last </row> (with any namespace prefix) in data[start:], or -1."""
    position = len(data)
    while (position := data.rfind(b"row", start, position)) >= 0:
        match = _ROW_END.match(data, max(data.rfind(b"<", max(position - 64, 0), position), 0))
        if match is not None and match.end() > position:
            return match.end()
    return -1


def _formula_facts(stream: IO[bytes]) -> _FormulaFacts:
    facts = _FormulaFacts()
    row_number = 0
    rows = etree.iterparse(
        stream,
        events=("end",),
        tag="{*}row",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    )
    for _, row in rows:
        declared = row.get("r")
        row_number = int(declared) if declared and declared.isdigit() else row_number + 1
        for formula in row.iterfind("{*}c/{*}f"):
            cell = formula.getparent()
            reference = cell.get("r") or ""
            if not reference:
                position = sum(1 for _ in cell.itersiblings(preceding=True))
                reference = f"{column_letter(position)}{row_number}"
            facts.count += 1
            if facts.count == 1:
                facts.first = reference
            value = cell.find("{*}v")
            saved = value is not None and (bool(value.text) or cell.get("t") == "str")
            if not saved and cell.find("{*}is") is None:
                facts.missing_count += 1
                if len(facts.missing) < _MAX_CELL_PROBLEMS:
                    column = reference.rstrip("0123456789") or reference
                    facts.missing.append((row_number, column))
        row.clear(keep_tail=True)
        while row.getprevious() is not None:
            parent = row.getparent()
            if parent is None:
                break
            del parent[0]
    return facts


def _has_data(calamine_sheet: python_calamine.CalamineSheet, file: str, sheet: str) -> bool:
    if calamine_sheet.start is None:
        return False
    with _CalamineErrors(file, sheet):
        return any(row.count("") != len(row) for row in calamine_sheet.iter_rows())


def _clip_merges(
    ranges: list[tuple[tuple[int, int], tuple[int, int]]] | None, end: tuple[int, int] | None
) -> list[tuple[int, int, int, int]]:
    """Merged ranges as 0-based (top, left, bottom, right), clipped to the sheet's data."""
    if not ranges or end is None:
        return []
    merges = []
    for (top, left), (bottom, right) in ranges:
        if top > end[0] or left > end[1]:
            continue  # nothing of it holds data
        merges.append((top, left, min(bottom, end[0]), min(right, end[1])))
    return merges


def _ods_merged_ranges(
    path: Path, file: str, sheet: str
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged ranges of one sheet of an .ods file, read from its content.xml."""
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open("content.xml") as stream:
                spanned = False
                tail = b""
                while chunk := stream.read(_CHUNK):
                    if _ODS_SPAN.search(tail + chunk[:64]) or _ODS_SPAN.search(chunk):
                        spanned = True
                        break
                    tail = chunk[-64:]
            if not spanned:
                return []
            with archive.open("content.xml") as stream:
                return _ods_spans(stream, sheet)
    except etree.XMLSyntaxError as exc:
        raise _damaged(file, f"its XML is broken: {exc}", sheet) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, KeyError) as exc:
        raise _damaged(file, f"part content.xml cannot be unpacked: {exc}", sheet) from None
    except ValueError as exc:
        raise _damaged(file, f"a merged cell in content.xml is malformed: {exc}", sheet) from None
    except OSError as exc:
        raise _cannot_open(file, exc) from None


def _ods_spans(stream: IO[bytes], sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    table_ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    table_tag, row_tag = f"{{{table_ns}}}table", f"{{{table_ns}}}table-row"
    cell_tag = f"{{{table_ns}}}table-cell"
    name_key = f"{{{table_ns}}}name"
    rows_repeated = f"{{{table_ns}}}number-rows-repeated"
    columns_repeated = f"{{{table_ns}}}number-columns-repeated"
    rows_spanned = f"{{{table_ns}}}number-rows-spanned"
    columns_spanned = f"{{{table_ns}}}number-columns-spanned"
    ranges: list[tuple[tuple[int, int], tuple[int, int]]] = []
    inside = False
    row = 0
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        tag=(table_tag, row_tag),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    )
    for event, element in events:
        if element.tag == table_tag:
            if event == "start":
                inside = element.get(name_key) == sheet
            elif inside:
                break
            continue
        if event != "end":
            continue
        if inside:
            column = 0
            for cell in element:
                if cell.tag == cell_tag:
                    height = int(cell.get(rows_spanned) or 1)
                    width = int(cell.get(columns_spanned) or 1)
                    if height > 1 or width > 1:
                        ranges.append(((row, column), (row + height - 1, column + width - 1)))
                column += int(cell.get(columns_repeated) or 1)
            row += int(element.get(rows_repeated) or 1)
        element.clear(keep_tail=True)
        while (previous := element.getprevious()) is not None and previous.tag == row_tag:
            parent = element.getparent()
            if parent is None:
                break
            del parent[0]
    return ranges


def _cell_text(value: object) -> str:
    """Text for a cell value that is not already a string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == _MIDNIGHT and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


class _NumberText(dict[object, str]):
    """Memo of number → text: a sheet repeats the same few numbers in thousands of rows."""

    def __missing__(self, value: object) -> str:
        text = _cell_text(value)
        if len(self) < 4096:
            self[value] = text
        return text


def _calamine_rows(
    calamine_sheet: python_calamine.CalamineSheet,
    merges: list[tuple[int, int, int, int]],
    file: str,
    sheet: str,
) -> Iterator[Row]:
    start = calamine_sheet.start
    if start is None:
        return
    # calamine yields rows from row 1, but columns only from the first one holding data.
    padding: list[Any] = [""] * start[1]
    waiting = sorted(merges, reverse=True)  # the next merge to start is at the end
    active: list[tuple[int, int, int, str]] = []  # (bottom, left, right, value)
    numbers = _NumberText()
    last_types: list[type] | None = None
    number_positions: list[int] = []
    other_positions: list[int] = []
    with _CalamineErrors(file, sheet):
        for index, values in enumerate(calamine_sheet.iter_rows()):
            row: list[Any] = padding + values if padding else values
            # Rows of a sheet mostly repeat one pattern of types; work out which cells need
            # converting only when the pattern changes, and convert only those.
            types = list(map(type, row))
            if types != last_types:
                last_types = types
                number_positions = [i for i, t in enumerate(types) if t is float or t is int]
                other_positions = [
                    i
                    for i, t in enumerate(types)
                    if t is not str and t is not float and t is not int
                ]
            for i in number_positions:
                row[i] = numbers[row[i]]
            for i in other_positions:
                row[i] = _cell_text(row[i])
            if waiting or active:
                _fill_merges(row, index, waiting, active)
            if len("".join(row)) > EXCEL_CELL_LIMIT:
                _check_cell_lengths(row, file, sheet, index + 1)
            yield index + 1, row


def _fill_merges(
    row: list[str],
    index: int,
    waiting: list[tuple[int, int, int, int]],
    active: list[tuple[int, int, int, str]],
) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    while waiting and waiting[-1][0] <= index:
        _, left, bottom, right = waiting.pop()
        value = row[left] if left < len(row) else ""
        if value:
            active.append((bottom, left, right, value))
    if not active:
        return
    active[:] = [merge for merge in active if merge[0] >= index]
    for _, left, right, value in active:
        if right >= len(row):
            row.extend([""] * (right + 1 - len(row)))
        row[left : right + 1] = [value] * (right + 1 - left)


def _check_cell_lengths(row: list[str], file: str, sheet: str, number: int) -> None:
    problems = [
        Problem(
            file,
            f"The cell text is {len(text):,} characters long; Excel allows at most "
            f"{EXCEL_CELL_LIMIT:,}, so the file is damaged or was not made by a spreadsheet "
            "program.",
            sheet=sheet,
            row=number,
            column=column_letter(position),
        )
        for position, text in enumerate(row)
        if len(text) > EXCEL_CELL_LIMIT
    ]
    if problems:
        raise SpreadsheetError(problems)
