"""Work out a text file's encoding and delimiter, and read it as rows of CSV."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.read_errors import cannot_open, not_a_spreadsheet
from accredit_tracker.interchange.reading.sheet_rows import (
    EXCEL_CELL_LIMIT,
    NUL,
    Row,
    check_cell_lengths,
    without_nul,
)

_TEXT_SAMPLE: Final = 64 * 1024  # bytes of a text file used to detect its kind and delimiter
_CHUNK: Final = 1024 * 1024
_CONTROL_CHARACTERS: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SEP_LINE: Final = re.compile(r"\s*sep=(.)\s*$", re.IGNORECASE)
_DELIMITERS: Final = ("\t", ";", ",")  # in order of preference when several fit equally well
# Why a row cannot be read, by delimiter, in English: translate("Import", …) where it is shown.
_ROW_FAILURES: Final = {
    "\t": QT_TRANSLATE_NOOP("Import", "The row cannot be read as tab-separated text ({reason})."),
    ";": QT_TRANSLATE_NOOP(
        "Import", "The row cannot be read as semicolon-separated text ({reason})."
    ),
    ",": QT_TRANSLATE_NOOP("Import", "The row cannot be read as comma-separated text ({reason})."),
}


@dataclass(frozen=True)
class TextFormat:
    """How to read a text file as CSV."""

    encoding: str
    delimiter: str
    skip_first_record: bool  # Excel's "sep=;" hint line


def inspect_text(path: Path, file: str) -> TextFormat:
    """Decide a text file's encoding and delimiter; refuse binary, HTML, XML and blank files."""
    suffix = path.suffix.lower()
    named_as_text = suffix in (".csv", ".txt", ".tsv")
    try:
        with path.open("rb") as stream:
            sample = stream.read(_TEXT_SAMPLE)
            whole = len(sample) < _TEXT_SAMPLE
    except OSError as exc:
        raise cannot_open(file, exc) from None

    encoding = _bom_encoding(sample) or _utf16_without_bom(sample)
    if encoding is None:
        encoding = "utf-8" if _is_utf8(path, file) else "cp1251"
    text = sample.decode(encoding, errors="replace")
    if not whole:
        text = text[: max(text.rfind("\n"), 0) or len(text)]
    if _looks_binary(text):
        if named_as_text:
            raise SpreadsheetError(
                [
                    Problem(
                        file,
                        translate(
                            "Import",
                            "The file is not a text file; expected a CSV file saved as text.",
                        ),
                    )
                ]
            )
        raise not_a_spreadsheet(file)
    start = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<table", "<head", "<body")):
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    translate(
                        "Import",
                        "The file is a web page (HTML) with a spreadsheet name, not a real "
                        "spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).",
                    ),
                )
            ]
        )
    if start.startswith("<?xml"):
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    translate(
                        "Import",
                        "The file is an XML document (perhaps an Excel 2003 XML spreadsheet), not "
                        "a supported spreadsheet; open it in Excel and save it as an Excel "
                        "workbook (.xlsx).",
                    ),
                )
            ]
        )
    if not _has_visible_text(path, file, encoding, text if whole else None):
        message = translate("Import", "The file is empty: it has only blank space.")
        raise SpreadsheetError([Problem(file, message)])

    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    hint = _SEP_LINE.match(first_line)
    if hint is not None:
        return TextFormat(encoding, hint.group(1), skip_first_record=True)
    if suffix == ".tsv":
        return TextFormat(encoding, "\t", skip_first_record=False)
    return TextFormat(encoding, _guess_delimiter(text), skip_first_record=False)


def text_rows(path: Path, text: TextFormat, file: str, sheet: str) -> Iterator[Row]:
    """Every record of the text file, numbered from 1, as a row of cells."""
    errors = "replace" if text.encoding == "cp1251" else "strict"
    number = 0
    try:
        with path.open("r", encoding=text.encoding, errors=errors, newline="") as stream:
            reader = csv.reader(stream, delimiter=text.delimiter, quotechar='"')
            if text.skip_first_record:
                next(reader, None)
            for number, record in enumerate(reader, 1):
                if record:
                    joined = "".join(record)
                    if NUL in joined:
                        record = without_nul(record)
                    if len(joined) > EXCEL_CELL_LIMIT:
                        check_cell_lengths(record, file, sheet, number)
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
                    translate("Import", "The text is not valid {encoding} ({reason}).").format(
                        encoding=text.encoding.upper(), reason=exc.reason
                    ),
                    sheet=sheet,
                    row=number + 1,
                )
            ]
        ) from None
    except OSError as exc:
        raise cannot_open(file, exc) from None


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
        raise cannot_open(file, exc) from None
    return True


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    if "\0" in text:
        return True
    controls = len(_CONTROL_CHARACTERS.findall(text))
    return controls > max(2, len(text) // 200) or text.count("\ufffd") > len(text) // 20


def _has_visible_text(path: Path, file: str, encoding: str, text: str | None) -> bool:
    if text is not None:
        return bool(text.strip().lstrip("\ufeff").strip())
    try:
        with path.open("r", encoding=encoding, errors="replace", newline="") as stream:
            while chunk := stream.read(_CHUNK):
                if chunk.strip().lstrip("\ufeff").strip():
                    return True
    except OSError as exc:
        raise cannot_open(file, exc) from None
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
        return translate(
            "Import", "A cell is longer than {length:,} characters; Excel allows at most {limit:,}."
        ).format(length=csv.field_size_limit(), limit=EXCEL_CELL_LIMIT)
    failure = _ROW_FAILURES.get(delimiter)
    if failure is None:
        return translate(
            "Import", "The row cannot be read as {delimiter}-separated text ({reason})."
        ).format(delimiter=repr(delimiter), reason=reason)
    return translate("Import", failure).format(reason=reason)
