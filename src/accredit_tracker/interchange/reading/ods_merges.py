"""Read the merged cell ranges of one sheet of an OpenDocument spreadsheet from its content.xml."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import IO, Final

from lxml import etree

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.read_errors import cannot_open, damaged
from accredit_tracker.interchange.reading.sheet_rows import CellRange

_CHUNK: Final = 1024 * 1024
_SPAN: Final = re.compile(rb'number-(?:rows|columns)-spanned="(?!1")')

_TABLE_NS: Final = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TABLE: Final = f"{{{_TABLE_NS}}}table"
_ROW: Final = f"{{{_TABLE_NS}}}table-row"
_CELL: Final = f"{{{_TABLE_NS}}}table-cell"
_NAME: Final = f"{{{_TABLE_NS}}}name"
_ROWS_REPEATED: Final = f"{{{_TABLE_NS}}}number-rows-repeated"
_COLUMNS_REPEATED: Final = f"{{{_TABLE_NS}}}number-columns-repeated"
_ROWS_SPANNED: Final = f"{{{_TABLE_NS}}}number-rows-spanned"
_COLUMNS_SPANNED: Final = f"{{{_TABLE_NS}}}number-columns-spanned"


def ods_merged_ranges(path: Path, file: str, sheet: str) -> list[CellRange]:
    """Merged ranges of one sheet, as python-calamine reports them for Excel files."""
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open("content.xml") as stream:
                if not _has_spans(stream):
                    return []
            with archive.open("content.xml") as stream:
                return _sheet_spans(stream, sheet)
    except etree.XMLSyntaxError as exc:
        reason = translate("Import", "its XML is broken: {error}").format(error=exc)
        raise damaged(file, reason, sheet) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, KeyError) as exc:
        reason = translate("Import", "part {member} cannot be unpacked: {error}").format(
            member="content.xml", error=exc
        )
        raise damaged(file, reason, sheet) from None
    except ValueError as exc:
        reason = translate("Import", "a merged cell in {member} is malformed: {error}").format(
            member="content.xml", error=exc
        )
        raise damaged(file, reason, sheet) from None
    except OSError as exc:
        raise cannot_open(file, exc) from None


def _has_spans(stream: IO[bytes]) -> bool:
    """Whether any cell of any sheet spans more than one row or column (a quick byte search)."""
    tail = b""
    while chunk := stream.read(_CHUNK):
        if _SPAN.search(tail + chunk[:64]) or _SPAN.search(chunk):
            return True
        tail = chunk[-64:]
    return False


def _sheet_spans(stream: IO[bytes], sheet: str) -> list[CellRange]:
    ranges: list[CellRange] = []
    inside = False
    row = 0
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        tag=(_TABLE, _ROW),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    )
    for event, element in events:
        if element.tag == _TABLE:
            if event == "start":
                inside = element.get(_NAME) == sheet
            elif inside:
                break
            continue
        if event != "end":
            continue
        if inside:
            column = 0
            for cell in element:
                if cell.tag == _CELL:
                    height = int(cell.get(_ROWS_SPANNED) or 1)
                    width = int(cell.get(_COLUMNS_SPANNED) or 1)
                    if height > 1 or width > 1:
                        ranges.append(((row, column), (row + height - 1, column + width - 1)))
                column += int(cell.get(_COLUMNS_REPEATED) or 1)
            row += int(element.get(_ROWS_REPEATED) or 1)
        element.clear(keep_tail=True)
        while (previous := element.getprevious()) is not None and previous.tag == _ROW:
            parent = element.getparent()
            if parent is None:
                break
            del parent[0]
    return ranges
