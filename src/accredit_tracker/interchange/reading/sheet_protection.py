"""Whether an Excel sheet is protected against typing, read from its XML without parsing cells.

Unpacking a sheet's XML and searching it as bytes costs a small part of reading its cells, so a
reader can skip a sheet that nobody could have typed into.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Final

_CHUNK: Final = 1024 * 1024  # bytes of XML unpacked at a time
_OVERLAP: Final = 4096  # bytes kept from the end of a chunk, so that no element is split
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
# The <sheetProtection …> element (after the cells) and its sheet="1" (or "true") attribute.
# No part may run past a "<" or ">", so a hostile file cannot make the search quadratic.
_PROTECTION: Final = re.compile(rb"<" + _PREFIX + rb"sheetProtection(?=[\s/>])([^<>]*)>")
_SHEET_ON: Final = re.compile(rb"""\ssheet\s*=\s*["'](?:1|true)["']""")


def sheet_protected(path: Path, member: str) -> bool:
    """Whether the sheet XML ``member`` of the xlsx or xlsm package at ``path`` has its sheet
    protection switched on; False too when the member cannot be read (the sheet is then read
    as any other)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            tail = b""
            while chunk := stream.read(_CHUNK):
                data = tail + chunk
                # A literal is found many times faster than the pattern, whose "<" is everywhere.
                at = data.find(b"sheetProtection")
                found = _PROTECTION.search(data, max(0, at - _OVERLAP)) if at >= 0 else None
                if found is not None:
                    return _SHEET_ON.search(found.group(1)) is not None
                tail = data[-_OVERLAP:]
    except (OSError, KeyError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        return False
    return False
