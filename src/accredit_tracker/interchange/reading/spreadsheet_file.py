"""Open any spreadsheet file safely, whatever its name claims, and stream its rows as text."""

from __future__ import annotations

import itertools
import os
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final

import python_calamine

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.csv_reading import TextFormat, inspect_text, text_rows
from accredit_tracker.interchange.reading.file_format import (
    container,
    inspect_ole,
    name_warnings,
    package_kind,
    read_head,
)
from accredit_tracker.interchange.reading.library_details import (
    LibraryDetails,
    content_sheet_of,
    details_from,
    is_meta_sheet,
    meta_values,
)
from accredit_tracker.interchange.reading.ods_merges import ods_merged_ranges
from accredit_tracker.interchange.reading.package_safety import open_package
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.read_errors import (
    CalamineErrors,
    damaged,
    not_a_spreadsheet,
)
from accredit_tracker.interchange.reading.sheet_protection import sheet_protected
from accredit_tracker.interchange.reading.sheet_rows import (
    EXCEL_CELL_LIMIT,
    CellRange,
    Row,
    calamine_rows,
    clip_merges,
    merged_cells_warning,
)
from accredit_tracker.interchange.reading.xlsx_formulas import (
    FormulaFacts,
    formula_warning,
    refuse_formulas_without_values,
    scan_formulas,
)
from accredit_tracker.interchange.reading.xlsx_parts import WorkbookParts, read_workbook_parts
from accredit_tracker.interchange.reading.yaml_library import (
    SHEET_NAME as YAML_SHEET_NAME,
)
from accredit_tracker.interchange.reading.yaml_library import (
    is_yaml_name,
    read_yaml_library,
)

__all__ = ["EXCEL_CELL_LIMIT", "Row", "Sheet", "Spreadsheet", "open_spreadsheet"]

# The formula scan of a sheet's XML runs on a worker thread while calamine reads the same sheet
# (both release the GIL for their heavy lifting: zlib and Rust), which hides it entirely behind
# calamine's own work. With one CPU, or for XML so small that its scan costs less than starting
# a thread (about 0.1 ms, measured), it runs after calamine instead.
_INLINE_SCAN_BYTES: Final = 64 * 1024


def _usable_cpus() -> int:
    """CPUs this process may run on (on Linux, within the CPU affinity it was given)."""
    if sys.platform == "linux":
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_CPUS: Final = _usable_cpus()

# Extensions python-calamine recognises itself; other names are handed over as bytes.
_CALAMINE_EXTENSION_KIND: Final = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",
    ".xlam": "xlsm",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
}


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


@dataclass
class _LoadedSheet:
    calamine_sheet: python_calamine.CalamineSheet
    has_data: bool
    formulas: FormulaFacts | None


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
        parts: WorkbookParts | None = None,
        text: TextFormat | None = None,
        rows: list[Row] | None = None,
        details: LibraryDetails | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.sheet_names = sheet_names
        self.warnings = warnings
        self._file = path.name
        self._workbook = workbook
        self._visible = visible_sheets if visible_sheets is not None else list(sheet_names)
        self._parts = parts or WorkbookParts()
        self._text = text
        self._rows = rows  # the one sheet of a file read whole (a YAML library)
        self._details = details
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
        """Return the named sheet, or with no name the first sheet that has data (in an open
        library workbook, its framework's `*_content` sheet).

        Raises SpreadsheetError for an unknown name, an empty sheet asked for by name, a
        workbook with no data at all, and formulas that have no saved value.
        """
        if self._closed:
            raise ValueError(f"{self._file} is closed")
        if name is not None and name not in self.sheet_names:
            # Sheet names are matched regardless of case, as Excel itself does.
            same = [n for n in self.sheet_names if n.casefold() == name.casefold()]
            name = same[0] if len(same) == 1 else name
        if name is not None and name not in self.sheet_names:
            listed = ", ".join(self.sheet_names) or translate("Import", "none")
            message = translate(
                "Import", "The file has no sheet named '{name}'; its sheets are: {listed}."
            )
            raise SpreadsheetError([Problem(self._file, message.format(name=name, listed=listed))])
        if self._text is not None:
            return self._text_sheet(self._text)
        if self._rows is not None:
            return self._read_sheet(self._rows)
        if name is None:
            name = self._library_content_sheet()
        if name is None:
            return self._first_sheet_with_data()
        loaded = self._load(name)
        if not loaded.has_data:
            # A sheet of formulas that were never calculated looks empty; say why instead.
            refuse_formulas_without_values(self._file, name, loaded.formulas)
            message = translate("Import", "The sheet is empty.")
            raise SpreadsheetError([Problem(self._file, message, sheet=name)])
        return self._make_sheet(name, loaded)

    def library_details(self) -> LibraryDetails:
        """What the file says about the library it holds: a YAML library's own keys, or the
        `library_meta` sheet of its Excel form; empty for any other file."""
        if self._details is None:
            self._details = LibraryDetails()
            meta = self._meta_sheets()
            library = meta.get("library")
            if library is not None:
                self._details = details_from(library[1])
        return self._details

    def _meta_sheets(self) -> dict[str, tuple[str, dict[str, str]]]:
        """An open library workbook's `*_meta` sheets (key/value rows) by their `type` key
        (`library`, `framework`...), with the sheet's name; the first of each type."""
        found: dict[str, tuple[str, dict[str, str]]] = {}
        if self._workbook is None:
            return found
        for name in self.sheet_names:
            if not is_meta_sheet(name):
                continue
            loaded = self._load(name)
            values = meta_values(self._make_sheet(name, loaded).rows()) if loaded.has_data else {}
            kind = values.get("type", "").casefold()
            if name.casefold() == "library_meta":
                kind = kind or "library"
            found.setdefault(kind, (name, values))
        return found

    def _library_content_sheet(self) -> str | None:
        """The `*_content` sheet of the framework of an open library workbook, if it is one."""
        if self._workbook is None or not any(is_meta_sheet(n) for n in self.sheet_names):
            return None
        framework = self._meta_sheets().get("framework")
        if framework is not None:
            return content_sheet_of(framework[0], self.sheet_names)
        return None

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
            first = self.sheet_names[0]
            refuse_formulas_without_values(self._file, first, self._load(first).formulas)
        message = translate("Import", "The file has no data in any sheet.")
        raise SpreadsheetError([Problem(self._file, message)])

    @property
    def reading_order(self) -> list[str]:
        """The sheet names, visible sheets first, in the order a reader looks at them."""
        return [*self._visible, *(n for n in self.sheet_names if n not in self._visible)]

    def forget(self, name: str) -> None:
        """Free what was loaded of a sheet that was looked at but will not be read."""
        self._loaded.pop(name, None)
        self._sheets.pop(name, None)

    def protected(self, name: str) -> bool:
        """Whether the sheet is protected against typing (Excel files only; False for other
        kinds, which are not checked)."""
        member = self._parts.sheet_members.get(name)
        return member is not None and sheet_protected(self.path, member.name)

    def _load(self, name: str) -> _LoadedSheet:
        loaded = self._loaded.get(name)
        if loaded is not None:
            return loaded
        member = self._parts.sheet_members.get(name)
        facts: FormulaFacts | None = None
        if member is None:
            calamine_sheet = self._calamine_sheet(name)
        elif member.size <= _INLINE_SCAN_BYTES or _CPUS == 1:
            calamine_sheet = self._calamine_sheet(name)
            facts = scan_formulas(self.path, member.name, self._file, name)
        else:
            with ThreadPoolExecutor(max_workers=1) as pool:
                formulas = pool.submit(scan_formulas, self.path, member.name, self._file, name)
                calamine_sheet = self._calamine_sheet(name)
                facts = formulas.result()
        loaded = _LoadedSheet(calamine_sheet, _has_data(calamine_sheet, self._file, name), facts)
        self._loaded[name] = loaded
        return loaded

    def _calamine_sheet(self, name: str) -> python_calamine.CalamineSheet:
        assert self._workbook is not None
        with CalamineErrors(self._file, name):
            return self._workbook.get_sheet_by_name(name)

    def _make_sheet(self, name: str, loaded: _LoadedSheet) -> Sheet:
        sheet = self._sheets.get(name)
        if sheet is not None:
            return sheet
        warnings: list[Problem] = []
        if loaded.formulas is not None:
            recalculate = self._parts.recalculate_on_open
            warnings.append(formula_warning(self._file, name, loaded.formulas, recalculate))
        ranges: list[CellRange] | None
        if self.kind == "ods":  # calamine reports merged ranges of Excel files only
            ranges = ods_merged_ranges(self.path, self._file, name)
        else:
            ranges = loaded.calamine_sheet.merged_cell_ranges
        if ranges:
            warnings.append(merged_cells_warning(self._file, name, ranges))
        self.warnings.extend(warnings)
        calamine_sheet = loaded.calamine_sheet
        merges = clip_merges(ranges, calamine_sheet.end)
        file = self._file

        def rows() -> Iterator[Row]:
            return calamine_rows(calamine_sheet, merges, file, name)

        sheet = Sheet(name, rows, warnings)
        self._sheets[name] = sheet
        return sheet

    # -- files read whole -----------------------------------------------------------------------

    def _read_sheet(self, rows: list[Row]) -> Sheet:
        name = self.sheet_names[0]
        sheet = self._sheets.get(name)
        if sheet is None:
            sheet = Sheet(name, lambda: iter(rows), [])
            self._sheets[name] = sheet
        return sheet

    # -- text files -----------------------------------------------------------------------------

    def _text_sheet(self, text: TextFormat) -> Sheet:
        name = self.sheet_names[0]
        sheet = self._sheets.get(name)
        if sheet is None:
            path, file = self.path, self._file

            def rows() -> Iterator[Row]:
                return text_rows(path, text, file, name)

            sheet = Sheet(name, rows, [])
            self._sheets[name] = sheet
        return sheet


def open_spreadsheet(path: Path, *, max_uncompressed_bytes: int = 512 * 1024 * 1024) -> Spreadsheet:
    """Open a spreadsheet, deciding its kind from its content, after safety checks; a text
    file named .yaml or .yml is read whole as an open framework library.

    Raises SpreadsheetError (never another exception for a bad file) when the file is missing,
    empty, not a spreadsheet, damaged, protected with a password, or unsafe to unpack.
    Differences between its name and content are reported in `Spreadsheet.warnings`.
    """
    path = Path(path)
    file = path.name or str(path)
    parts: WorkbookParts | None = None
    has_workbook_stream = True
    found = container(read_head(path, file))
    if found == "text" and is_yaml_name(path):
        library = read_yaml_library(path, file)
        return Spreadsheet(
            path, "yaml", [YAML_SHEET_NAME], [], rows=library.rows, details=library.details
        )
    if found == "zip":
        kind, parts = _inspect_package(path, file, max_uncompressed_bytes)
    elif found == "ole":
        kind = "xls"
        has_workbook_stream = inspect_ole(path, file)
    else:
        text_format = inspect_text(path, file)
        warnings = name_warnings(path, file, "csv")
        return Spreadsheet(path, "csv", [path.stem], warnings, text=text_format)

    warnings = name_warnings(path, file, kind)
    try:
        workbook = _open_workbook(path, file, kind)
    except SpreadsheetError:
        if kind == "xls" and not has_workbook_stream:
            what = translate(
                "Import", "a Microsoft Office file of another kind (such as a Word .doc)"
            )
            raise not_a_spreadsheet(file, what) from None
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
        message = translate("Import", "The file has no data in any sheet.")
        raise SpreadsheetError([Problem(file, message)])
    return Spreadsheet(
        path, kind, names, warnings, workbook=workbook, visible_sheets=visible, parts=parts
    )


def _inspect_package(
    path: Path, file: str, max_uncompressed_bytes: int
) -> tuple[str, WorkbookParts | None]:
    """The kind of a ZIP package and, for xlsx and xlsm, where its sheets are."""
    with open_package(path, file, max_uncompressed_bytes) as package:
        try:
            kind, workbook_part = package_kind(package)
            if workbook_part is None:
                return kind, None
            return kind, read_workbook_parts(package, workbook_part)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            reason = translate("Import", "a part cannot be unpacked: {error}").format(error=exc)
            raise damaged(file, reason) from None


def _open_workbook(path: Path, file: str, kind: str) -> python_calamine.CalamineWorkbook:
    with CalamineErrors(file):
        if _CALAMINE_EXTENSION_KIND.get(path.suffix.lower()) == kind and path.suffix.islower():
            return python_calamine.CalamineWorkbook.from_path(str(path))
        # calamine picks its reader from the name; for any other name it gets the bytes and
        # finds the format from the content, as we did.
        with path.open("rb") as stream:
            return python_calamine.CalamineWorkbook.from_filelike(stream)


def _has_data(calamine_sheet: python_calamine.CalamineSheet, file: str, sheet: str) -> bool:
    if calamine_sheet.start is None:
        return False
    with CalamineErrors(file, sheet):
        return any(row.count("") != len(row) for row in calamine_sheet.iter_rows())
