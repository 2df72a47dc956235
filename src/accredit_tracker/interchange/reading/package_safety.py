"""Open a ZIP package only if it is safe to unpack and parse: no bombs, passwords or XML DTDs."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from types import TracebackType
from typing import Final
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeElementTree

from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.read_errors import (
    cannot_open,
    damaged,
    not_a_spreadsheet,
    password_protected,
    refused,
)

# Zip-bomb limits: one member may not unpack to more than 200 times its packed size once it is
# bigger than 10 MB (a real sheet compresses 5–20:1); the whole file is capped by the caller.
_BOMB_RATIO: Final = 200
_BOMB_MEMBER_BYTES: Final = 10 * 1024 * 1024
_PROLOG_WINDOW: Final = 64 * 1024  # bytes of each XML member checked for a DOCTYPE
_MAX_PART_BYTES: Final = 64 * 1024 * 1024  # package parts read whole (workbook.xml, rels)
# XML members read whole by the prolog check are kept, up to this much, so that the parts
# parsed next ([Content_Types].xml, workbook.xml and its rels) are not unpacked twice.
_KEPT_PARTS_BYTES: Final = 1024 * 1024

_DTD_PATTERN: Final = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ELEMENT_START: Final = re.compile(rb"<[A-Za-z_]")


class SafePackage:
    """A ZIP package that passed the safety checks; close it (or use `with`) when done."""

    def __init__(self, archive: zipfile.ZipFile, file: str, kept_parts: dict[str, bytes]) -> None:
        self.archive = archive
        self.file = file
        self._by_lower = {info.filename.lower(): info.filename for info in archive.infolist()}
        self._kept_parts = kept_parts

    def __enter__(self) -> SafePackage:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.archive.close()

    def member(self, name: str) -> str | None:
        """The stored name of the member called `name` in any letter case, or None."""
        return self._by_lower.get(name.lower())

    def parse(self, member: str) -> Element:
        """Parse one (already checked) XML member with defusedxml."""
        data = self._kept_parts.get(member)
        if data is None:
            with self.archive.open(member) as stream:
                data = stream.read(_MAX_PART_BYTES)
        try:
            root: Element = SafeElementTree.fromstring(data)
        except Exception as exc:  # defusedxml raises ParseError and its own refusals
            reason = translate("Import", "part {member} is not valid XML: {error}").format(
                member=member, error=exc
            )
            raise damaged(self.file, reason) from None
        return root


def local_name(tag: object) -> str:
    """An XML tag or attribute name without its {namespace}."""
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def open_package(path: Path, file: str, max_uncompressed_bytes: int) -> SafePackage:
    """Open the ZIP file at `path` and refuse it unless every safety check passes."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise damaged(
            file, translate("Import", "its ZIP container is cut short or corrupt")
        ) from None
    except OSError as exc:
        raise cannot_open(file, exc) from None
    except (ValueError, NotImplementedError, EOFError) as exc:
        reason = translate("Import", "its ZIP container is corrupt: {error}").format(error=exc)
        raise damaged(file, reason) from None
    try:
        infos = archive.infolist()
        if not infos:
            raise not_a_spreadsheet(file, translate("Import", "an empty ZIP archive"))
        _check_zip_bomb(infos, file, max_uncompressed_bytes)
        if any(info.flag_bits & 0x1 for info in infos):
            raise password_protected(file)
        kept_parts = _check_xml_prologs(archive, infos, file)
    except BaseException:
        archive.close()
        raise
    return SafePackage(archive, file, kept_parts)


def _check_zip_bomb(infos: list[zipfile.ZipInfo], file: str, limit: int) -> None:
    total = sum(info.file_size for info in infos)
    if total > limit:
        message = translate(
            "Import",
            "The file unpacks to {size}, more than the {limit} allowed; it was refused for safety.",
        )
        raise refused(file, message.format(size=_size_text(total), limit=_size_text(limit)))
    for info in infos:
        size = info.file_size
        if size > _BOMB_MEMBER_BYTES and size > _BOMB_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            message = translate(
                "Import",
                "The file unpacks to {total}: its part {member} grows from {packed} to "
                "{unpacked} ({ratio:,}:1), far more than any spreadsheet; it was refused for "
                "safety.",
            ).format(
                total=_size_text(total),
                member=info.filename,
                packed=_size_text(info.compress_size),
                unpacked=_size_text(size),
                ratio=ratio,
            )
            raise refused(file, message)


def _check_xml_prologs(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], file: str
) -> dict[str, bytes]:
    """Refuse DTDs and entity declarations before any XML parser sees the package.

    Returns the members that were read whole on the way (within a budget), by name.
    """
    kept: dict[str, bytes] = {}
    budget = _KEPT_PARTS_BYTES
    for info in infos:
        name = info.filename.lower()
        if info.is_dir() or not name.endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as stream:
                head = stream.read(_PROLOG_WINDOW)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            reason = translate("Import", "part {member} cannot be unpacked: {error}").format(
                member=info.filename, error=exc
            )
            raise damaged(file, reason) from None
        if len(head) < _PROLOG_WINDOW and len(head) <= budget:
            kept[info.filename] = head  # the whole member, its checksum verified
            budget -= len(head)
        else:
            kept.pop(info.filename, None)  # a later member of the same name is the one read
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\0", b"\0<")):
            encoding = "utf-16-be" if head.startswith((b"\xfe\xff", b"\0<")) else "utf-16-le"
            head = head.decode(encoding, errors="ignore").encode("utf-8")
        if _DTD_PATTERN.search(head):
            message = translate(
                "Import",
                "The file contains XML entity declarations (in member {member}), which "
                "spreadsheet files never need; it was refused for safety.",
            )
            raise refused(file, message.format(member=info.filename))
        if len(head) >= _PROLOG_WINDOW and not _ELEMENT_START.search(head):
            message = translate(
                "Import",
                "The file has an XML preamble longer than {size} (in member {member}), which "
                "spreadsheet files never have; it was refused for safety.",
            )
            raise refused(
                file, message.format(size=_size_text(_PROLOG_WINDOW), member=info.filename)
            )
    return kept


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("Import", "{size:,.0f} MB").format(size=size / (1024 * 1024))
    if size >= 1024:
        return translate("Import", "{size:,.0f} KB").format(size=size / 1024)
    return translate("Import", "{size:,} bytes").format(size=size)
