"""Putting a report file in place safely: refuse a target that is open in another program or
cannot be written, build the file under a temporary name beside it, and replace the target
only once the new file is complete."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
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
    ``target`` is left exactly as it was."""
    partial = _new_partial_file(target)
    try:
        yield partial
        _flush_to_disk(partial)
        os.replace(partial, target)
    except OSError as error:
        raise _write_error(target, error) from error
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def written_workbook(target: Path, monitor: TaskMonitor, saving: str) -> Iterator[Any]:
    """Yield a write-only openpyxl workbook to fill; when the block ends it is saved (progress
    stage ``saving``) and replaces ``target`` as :func:`replaced_when_complete` does. On any
    exception the sheets' temporary files are removed too and ``target`` is left as it was."""
    workbook = Workbook(write_only=True)
    try:
        with replaced_when_complete(target) as partial:
            yield workbook
            monitor.report(saving, 0, 1)
            workbook.save(partial)
            monitor.report(saving, 1, 1)
    except BaseException:
        _discard_sheet_files(workbook)
        raise


def _discard_sheet_files(workbook: Any) -> None:
    """openpyxl keeps each write-only sheet's rows in a temporary file of its own until the
    workbook is saved, and removes those left over only when the program ends; after a
    failure or a cancel they are removed now."""
    for sheet in workbook.worksheets:
        if not sheet.closed:
            with suppress(Exception):
                sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with suppress(OSError, ValueError):
                writer.cleanup()


def _new_partial_file(target: Path) -> Path:
    """Create an empty file with a name of its own beside ``target``. It gets the permissions
    a new file normally gets (mkstemp would make it private to its owner)."""
    while True:
        partial = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}.partial")
        try:
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as error:
            raise _write_error(target, error) from error
        return partial


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
