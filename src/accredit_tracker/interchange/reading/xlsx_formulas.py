"""Find the formula cells in an Excel sheet's XML, and refuse those saved without a value."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Final

from lxml import etree

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError, column_letter
from accredit_tracker.interchange.reading.read_errors import cannot_open, damaged

_CHUNK: Final = 1024 * 1024  # bytes of XML unpacked at a time
_MAX_ROW_BYTES: Final = 64 * 1024 * 1024  # a longer row is left to the streaming parser
_MAX_CELL_PROBLEMS: Final = 1000  # formula cells named one by one before the rest are counted

# Sheet XML, scanned as bytes ("P:" stands for an optional namespace prefix): a formula element,
# and in group 1 what follows it when the cell has no saved value (nothing or an empty <v>, </c>).
# No part may run past a "<", so a hostile file cannot make the scan quadratic.
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_FORMULA_CELL: Final = re.compile(
    rb"<P:f(?=[\s/>])[^<>]*?(?:/>|>[^<]*</P:f\s*>)"
    rb"(\s*(?:<P:v\s*/>|<P:v(?:\s[^<>]*)?>\s*</P:v\s*>)?\s*</P:c\s*>)?".replace(b"P:", _PREFIX)
)
_CELL_START: Final = re.compile(rb"<" + _PREFIX + rb"c\s")
_SHEET_DATA_END: Final = re.compile(rb"</" + _PREFIX + rb"sheetData\s*>")
_ROW_END: Final = re.compile(rb"</" + _PREFIX + rb"row\s*>")
_WORKSHEET_ROOT: Final = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")
_ATTRIBUTE: Final = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE: Final = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
# Where a formula tag may start, before the sheet's namespace prefix is known and after (the
# prefixed one is compiled for the file). A regular-expression search for a literal is about
# twice as fast as `bytes in bytes` on XML, where "<" is everywhere.
_ANY_FORMULA_HINTS: Final = (re.compile(rb"<f"), re.compile(rb":f"))
_PLAIN_FORMULA_HINTS: Final = (re.compile(rb"<f"),)


@dataclass
class FormulaFacts:
    """How many formula cells a sheet has, where the first is, and which have no saved value."""

    count: int = 0
    first: str = ""  # the first formula cell's address, such as "D7"
    missing: list[tuple[int, str]] = field(default_factory=list)  # (row, column letter)
    missing_count: int = 0


def scan_formulas(path: Path, member: str, file: str, sheet: str) -> FormulaFacts | None:
    """Find the formula cells of a sheet's XML member, and those that have no saved value.

    The XML is scanned as bytes, a chunk of whole rows at a time: chunks without a formula tag
    cost one search, the others one regular-expression pass. Files this cannot read with
    certainty (cells without an address) are parsed with lxml instead. None means no formulas.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open(member) as stream:
                facts = _scan_formula_bytes(stream)
            if facts is None:
                with archive.open(member) as stream:
                    facts = _parse_formula_facts(stream)
    except etree.XMLSyntaxError as exc:
        reason = translate("Import", "its XML is broken: {error}").format(error=exc)
        raise damaged(file, reason, sheet) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        reason = translate("Import", "part {member} cannot be unpacked: {error}").format(
            member=member, error=exc
        )
        raise damaged(file, reason, sheet) from None
    except OSError as exc:
        raise cannot_open(file, exc) from None
    return facts if facts.count else None


def refuse_formulas_without_values(file: str, sheet: str, facts: FormulaFacts | None) -> None:
    """Raise a SpreadsheetError naming the formula cells that have no saved value, if any."""
    if facts is None or not facts.missing:
        return
    message = translate(
        "Import",
        "The cell has a formula with no saved value; open the file in Excel or LibreOffice, "
        "save it, and import again.",
    )
    problems = [
        Problem(file, message, sheet=sheet, row=row, column=column) for row, column in facts.missing
    ]
    if facts.missing_count > len(facts.missing):
        more = facts.missing_count - len(facts.missing)
        message = translate("Import", "{count:,} more cells have formulas with no saved value.")
        problems.append(Problem(file, message.format(count=more), sheet=sheet))
    raise SpreadsheetError(problems)


def formula_warning(
    file: str, sheet: str, facts: FormulaFacts, recalculate_on_open: bool
) -> Problem:
    """Say that saved formula values were used; raises if any formula cell has none."""
    refuse_formulas_without_values(file, sheet, facts)
    if facts.count == 1:
        text = translate(
            "Import", "The sheet has 1 formula cell; its saved value was used (at {first})."
        )
    else:
        text = translate(
            "Import",
            "The sheet has formula cells ({count:,} in all); their saved values were used "
            "(first at {first}).",
        )
    text = text.format(count=facts.count, first=facts.first)
    if recalculate_on_open:
        text += " " + translate(
            "Import",
            "The program that wrote the file asked for them to be recalculated, so they may be "
            "out of date; open and save the file in Excel to be sure.",
        )
    return Problem(file, text, sheet=sheet)


def _scan_formula_bytes(stream: IO[bytes]) -> FormulaFacts | None:
    """Byte-level formula scan; None when the XML needs a real parser."""
    facts = FormulaFacts()
    hints: tuple[re.Pattern[bytes], ...] = _ANY_FORMULA_HINTS
    pending = b""
    first_chunk = True
    while True:
        chunk = stream.read(_CHUNK)
        data = pending + chunk if pending else chunk
        # data[:end] holds whole rows; the rest waits for the next chunk.
        if not chunk:
            end, pending = len(data), b""
        else:
            end = _after_last_row_end(data, max(len(pending) - 16, 0))
            if end < 0:  # no complete row yet
                if len(data) > _MAX_ROW_BYTES:
                    return None  # a row this long is left to the streaming parser
                pending = data
                continue
            pending = data[end:]
        if first_chunk:
            first_chunk = False
            root = _WORKSHEET_ROOT.search(data, 0, end)
            if root is not None:
                prefix = root.group(1)
                hints = (
                    (re.compile(re.escape(b"<" + prefix + b":f")),)
                    if prefix
                    else _PLAIN_FORMULA_HINTS
                )
        # Formulas after the cells (data validation lists, for instance) are not cells.
        last = _sheet_data_end(data, end)
        if last >= 0:
            end = last
        if any(hint.search(data, 0, end) for hint in hints) and not _scan_formula_rows(
            data, end, facts
        ):
            return None
        if last >= 0 or not chunk:
            return facts


def _scan_formula_rows(data: bytes, end: int, facts: FormulaFacts) -> bool:
    """Count the formula cells of the whole rows in data[:end]; False if a cell has no address."""
    no_value_flags = _FORMULA_CELL.findall(data, 0, end)
    if not no_value_flags:
        return True
    if not facts.count:
        first = _FORMULA_CELL.search(data, 0, end)
        address = _formula_cell_address(data, first.start()) if first else None
        if address is None:
            return False
        facts.first = address[2]
    facts.count += len(no_value_flags)
    if not any(no_value_flags):
        return True
    for match in _FORMULA_CELL.finditer(data, 0, end):
        if not match.group(1):
            continue
        address = _formula_cell_address(data, match.start())
        if address is None:
            return False
        row, column, _, cell_type = address
        if cell_type == "str":
            continue  # Excel saves a formula whose result is "" as an empty string value
        facts.missing_count += 1
        if len(facts.missing) < _MAX_CELL_PROBLEMS:
            facts.missing.append((row, column))
    return True


def _formula_cell_address(data: bytes, formula_start: int) -> tuple[int, str, str, str] | None:
    """(row, column, "D7", cell type) of the cell whose formula starts at formula_start."""
    tag_start = data.rfind(b"<", 0, formula_start)
    tag = data[tag_start:formula_start]
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


def _sheet_data_end(data: bytes, end: int) -> int:
    """Index of the first </sheetData> (with any namespace prefix) in data[:end], or -1.

    Only the "<" nearest before each "sheetData" can start the tag, and each stretch of data
    is searched once, so this costs about one substring search.
    """
    searched = 0
    while (position := data.find(b"sheetData", searched, end)) >= 0:
        tag_start = data.rfind(b"<", searched, position)
        if tag_start >= 0 and _SHEET_DATA_END.match(data, tag_start, end):
            return tag_start
        searched = position + 1
    return -1


def _parse_formula_facts(stream: IO[bytes]) -> FormulaFacts:
    """Formula facts from a streaming lxml parse, for XML the byte scan cannot be sure of."""
    facts = FormulaFacts()
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
