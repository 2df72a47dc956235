"""Build the SpreadsheetError for a file that cannot be read at all, whatever the reason."""

from __future__ import annotations

from types import TracebackType

import python_calamine

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError


def cannot_open(file: str, exc: OSError) -> SpreadsheetError:
    """The operating system would not let us read the file."""
    reason = exc.strerror or type(exc).__name__
    return SpreadsheetError(
        [
            Problem(
                file,
                translate(
                    "Import",
                    "The file cannot be opened ({reason}); close it in any program that has it "
                    "open and check that you may read it.",
                ).format(reason=reason),
            )
        ]
    )


def damaged(file: str, reason: str, sheet: str | None = None) -> SpreadsheetError:
    """The file is of a known kind but broken or cut short; `reason` (translated) says how."""
    message = translate(
        "Import", "The file is damaged or incomplete and cannot be read ({reason})."
    ).format(reason=reason)
    return SpreadsheetError([Problem(file, message, sheet)])


def not_a_spreadsheet(file: str, what: str | None = None) -> SpreadsheetError:
    """The file is something else (`what`, translated, when known) than a spreadsheet."""
    if what is None:
        message = translate(
            "Import", "The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv)."
        )
    else:
        message = translate(
            "Import",
            "The file is {what}, not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).",
        ).format(what=what)
    return SpreadsheetError([Problem(file, message)])


def password_protected(file: str) -> SpreadsheetError:
    """The file is encrypted with a password."""
    message = translate(
        "Import",
        "The file is protected with a password; remove the password in Excel "
        "(File → Info → Protect Workbook) and save it again.",
    )
    return SpreadsheetError([Problem(file, message)])


def refused(file: str, message: str) -> SpreadsheetError:
    """The file is unsafe to unpack or parse; `message` (translated) says why and that it was
    refused for safety."""
    return SpreadsheetError([Problem(file, message)])


class CalamineErrors:
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
            raise password_protected(self._file) from None
        if isinstance(exc, OSError) and not isinstance(exc, python_calamine.CalamineError):
            raise cannot_open(self._file, exc) from None
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise damaged(self._file, reason, self._sheet) from None
