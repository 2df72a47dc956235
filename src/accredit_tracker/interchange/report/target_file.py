"""Putting a report file in place safely: refuse a target that is open in another program or
cannot be written, build the file under a temporary name beside it, and replace the target
only once the new file is complete; leave nothing else behind, even after a kill."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.partial_files import partial_file, scratch_folder
from accredit_tracker.core.progress import TaskMonitor


class ReportError(UserError):
    """A report cannot be written; the message names the file and is meant for the user (in
    the current language)."""


def cannot_write(target: Path, reason: object) -> ReportError:
    """ "Cannot write NAME: REASON" (the reason as it is, in the current language)."""
    message = translate("Report", "Cannot write {file}: {reason}")
    return ReportError(message.format(file=target.name, reason=reason))


def lock_files(target: Path) -> list[Path]:
    """Lock files that a spreadsheet program keeps beside a file it has open: LibreOffice's
    ".~lock.NAME#" and Excel's "~$NAME" (Excel drops the name's first two characters when
    it is long, so that form is looked for too)."""
    name = target.name
    candidates = [f".~lock.{name}#", f"~${name}"]
    if len(name) > 2:
        candidates.append(f"~${name[2:]}")
    return [target.with_name(c) for c in candidates if target.with_name(c).exists()]


def check_target(target: Path, suffix: str) -> None:
    """Raise :class:`ReportError` when a report cannot be written to ``target``: a wrong
    suffix, a missing or read-only folder, a read-only file, a folder in its place, or a lock
    file saying another program has it open."""
    if target.suffix.lower() != suffix:
        reason = translate("Report", "the file name must end in {suffix}.")
        raise cannot_write(target, reason.format(suffix=suffix))
    folder = target.parent
    if not folder.is_dir():
        reason = translate("Report", "the folder {folder} does not exist.")
        raise cannot_write(target, reason.format(folder=folder))
    if target.is_dir():
        raise cannot_write(target, translate("Report", "it is a folder."))
    locks = lock_files(target)
    if locks:
        message = translate(
            "Report",
            "{file} is open in another program (its lock file {lock} is beside it); close it "
            "there and try again. If no program has it open, delete the lock file.",
        )
        raise ReportError(message.format(file=target.name, lock=locks[0].name))
    if not os.access(folder, os.W_OK | os.X_OK):
        reason = translate(
            "Report", "the folder {folder} is read-only; choose a folder where you may save files."
        )
        raise cannot_write(target, reason.format(folder=folder))
    if target.exists() and (
        not os.access(target, os.W_OK) or not target.stat().st_mode & stat.S_IWUSR
    ):
        message = translate(
            "Report",
            "Cannot replace {file}: the file is read-only; choose another name or make it "
            "writable.",
        )
        raise ReportError(message.format(file=target.name))


@contextmanager
def replaced_when_complete(target: Path) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder to write the new file to; when the block
    ends without an exception, the file is flushed to disk and moved over ``target`` in one
    step. On any exception (``Cancelled`` included) the temporary file is removed and
    ``target`` is left exactly as it was. Temporary files of the same target left by a
    killed run are removed first."""
    try:
        with partial_file(target) as partial:
            yield partial.path
            _flush_to_disk(partial.path)
            partial.put_in_place()
    except OSError as error:
        raise _write_error(target, error) from error


@contextmanager
def written_workbook(target: Path, monitor: TaskMonitor, saving: str) -> Iterator[Any]:
    """Yield a write-only openpyxl workbook to fill; when the block ends it is saved (progress
    stage ``saving``) and replaces ``target`` as :func:`replaced_when_complete` does.

    openpyxl keeps each write-only sheet's rows in a file of its own until the workbook is
    saved; here those files go into a scratch folder this run holds and removes when the
    block ends, however it ends (one left by a killed run is removed by the next report),
    rather than into the system's temporary folder, where openpyxl removes them only when
    the program ends normally."""
    try:
        with scratch_folder(SHEETS_FOLDER) as folder:
            workbook = _WorkbookWithSheetsIn(folder)
            try:
                with replaced_when_complete(target) as partial:
                    yield workbook
                    monitor.report(saving, 0, 1)
                    workbook.save(partial)
                    monitor.report(saving, 1, 1)
            finally:
                _close_sheets(workbook)
    except OSError as error:
        raise _write_error(target, error) from error


SHEETS_FOLDER = "accredit-report-sheets"
"""The name (before a process id and a random part) of a report's scratch folder for its
sheets' rows, in the system's temporary folder."""


class _WorkbookWithSheetsIn(Workbook):  # type: ignore[misc]
    """A write-only workbook whose sheets keep their rows in ``folder`` until it is saved."""

    def __init__(self, folder: Path) -> None:
        super().__init__(write_only=True)
        self.sheets_folder = folder

    def save(self, filename: str | Path) -> None:
        """openpyxl's save, with zlib's fastest level: the sheets are compressed in about
        half the time, for a file about a fifth larger (a report's XML compresses well at any
        level)."""
        archive = ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1)
        ExcelWriter(self, archive).save()

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        sheet = _SheetWithRowsIn(self, title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet


class _SheetWithRowsIn(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet whose rows go to a file in its workbook's scratch folder."""

    _writer: Any = None

    def _get_writer(self) -> None:
        if self._writer is None:
            folder: Path = self.parent.sheets_folder
            out = folder / f"sheet{self.parent.worksheets.index(self) + 1}.xml"
            self._writer = _RowsFile(self, out=str(out))
            self._writer.write_top()

    def _values_to_row(self, values: Any, row_idx: int) -> Iterator[Any]:
        """openpyxl's own conversion of an appended row into cells, except that a cell made
        beforehand (a styled one) is taken as it is. openpyxl first tries it as a value, which
        fails with an exception whose message holds the cell's description: a cost paid for
        every styled cell of a report, several thousand times a report."""
        cell = WriteOnlyCell(self)
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                # Into the cell of the column before when that had no style: openpyxl's way,
                # which elements.again() relies on.
                cell.value = value
            cell.column = column
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            if cell.has_style or cell.hyperlink:
                cell = WriteOnlyCell(self)


class _RowsFile(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer, except that its file is not in openpyxl's list of files to
    remove at exit (the scratch folder goes as a whole)."""

    def cleanup(self) -> None:
        Path(self.out).unlink(missing_ok=True)


def _close_sheets(workbook: Any) -> None:
    """Close the sheets a failure or a cancel left open, so that their files can go (Windows
    removes no file that is open)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or sheet.closed:
            continue
        with suppress(Exception):
            sheet.close()
        with suppress(Exception):
            writer.close()


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _write_error(target: Path, error: OSError) -> ReportError:
    if isinstance(error, PermissionError):
        reason = translate(
            "Report",
            "permission denied. If it is open in another program, close it there; otherwise "
            "choose a folder where you may save files.",
        )
        return cannot_write(target, reason)
    return cannot_write(target, f"{error.strerror or error}.")
