"""Tell what kind of file a spreadsheet really is from its bytes, and warn if its name disagrees."""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.interchange.reading.package_safety import SafePackage, local_name
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.read_errors import (
    cannot_open,
    not_a_spreadsheet,
    password_protected,
)

_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06")  # a ZIP file, and an empty one
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_ENCRYPTION: Final = "EncryptionInfo".encode("utf-16-le")
_OLE_WORKBOOK: Final = ("Workbook\0".encode("utf-16-le"), "Book\0".encode("utf-16-le"))
_CHUNK: Final = 1024 * 1024

# What each kind of file is, in English: translate("Import", …) where it is shown.
_KIND_DESCRIPTION: Final = {
    "xlsx": QT_TRANSLATE_NOOP("Import", "an Excel workbook (.xlsx)"),
    "xlsm": QT_TRANSLATE_NOOP("Import", "an Excel macro-enabled workbook (.xlsm)"),
    "xlsb": QT_TRANSLATE_NOOP("Import", "an Excel binary workbook (.xlsb)"),
    "xls": QT_TRANSLATE_NOOP("Import", "an Excel 97–2003 workbook (.xls)"),
    "ods": QT_TRANSLATE_NOOP("Import", "an OpenDocument spreadsheet (.ods)"),
    "csv": QT_TRANSLATE_NOOP("Import", "a text (CSV) file"),
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

_MAIN_CONTENT_TYPES: Final = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xlsx",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.addin.macroEnabled.main+xml": "xlsm",
    "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "xlsb",
}
# What a package of another Office program is, in English: translate("Import", …) where shown.
_OTHER_OFFICE_CONTENT_TYPES: Final = {
    "wordprocessingml": QT_TRANSLATE_NOOP("Import", "a Word document"),
    "presentationml": QT_TRANSLATE_NOOP("Import", "a PowerPoint presentation"),
    "ms-word": QT_TRANSLATE_NOOP("Import", "a Word document"),
    "ms-powerpoint": QT_TRANSLATE_NOOP("Import", "a PowerPoint presentation"),
}
_ODS_MIMETYPE: Final = "application/vnd.oasis.opendocument.spreadsheet"


def read_head(path: Path, file: str) -> bytes:
    """The first bytes of the file, after making sure it exists, is a file and is not empty."""
    try:
        if not path.exists():
            raise SpreadsheetError([Problem(file, translate("Import", "The file does not exist."))])
        if path.is_dir():
            message = translate("Import", "This is a folder, not a spreadsheet file.")
            raise SpreadsheetError([Problem(file, message)])
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise cannot_open(file, exc) from None
    if not head:
        raise SpreadsheetError([Problem(file, translate("Import", "The file is empty (0 bytes)."))])
    return head


def container(head: bytes) -> Literal["zip", "ole", "text"]:
    """The container the first bytes announce: a ZIP package, an OLE2 compound file, or text."""
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return "text"


def inspect_ole(path: Path, file: str) -> bool:
    """Refuse encrypted OLE2 files; return whether a Workbook stream name was seen."""
    has_workbook = False
    tail = b""
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                window = tail + chunk
                if _OLE_ENCRYPTION in window:
                    raise password_protected(file)
                has_workbook = has_workbook or any(name in window for name in _OLE_WORKBOOK)
                tail = chunk[-64:]
    except OSError as exc:
        raise cannot_open(file, exc) from None
    return has_workbook


def package_kind(package: SafePackage) -> tuple[str, str | None]:
    """The kind of a checked ZIP package, and its workbook part when that is XML (xlsx, xlsm).

    Raises SpreadsheetError for a ZIP file that is not a spreadsheet.
    """
    file = package.file
    mimetype_member = package.member("mimetype")
    if mimetype_member is not None:
        with package.archive.open(mimetype_member) as stream:
            mimetype = stream.read(200).decode("ascii", errors="replace").strip()
        if mimetype.startswith(_ODS_MIMETYPE):
            return "ods", None
        if mimetype.startswith("application/vnd.oasis.opendocument."):
            kind = mimetype.rsplit(".", 1)[-1]
            what = translate("Import", "an OpenDocument {kind} file").format(kind=kind)
            raise not_a_spreadsheet(file, what)
    content_types = package.member("[Content_Types].xml")
    if content_types is None:
        raise not_a_spreadsheet(file, translate("Import", "a ZIP archive"))
    for element in package.parse(content_types).iter():
        if local_name(element.tag) != "Override":
            continue
        content_type = element.get("ContentType", "")
        main_kind = _MAIN_CONTENT_TYPES.get(content_type)
        if main_kind is not None:
            part = element.get("PartName", "").lstrip("/")
            return main_kind, None if main_kind == "xlsb" else part
        if content_type.endswith((".main+xml", "document.main")):
            for marker, what in _OTHER_OFFICE_CONTENT_TYPES.items():
                if marker in content_type:
                    raise not_a_spreadsheet(file, translate("Import", what))
    if package.member("xl/workbook.xml") is not None:
        return "xlsx", "xl/workbook.xml"
    if package.member("xl/workbook.bin") is not None:
        return "xlsb", None
    if package.member("word/document.xml") is not None:
        raise not_a_spreadsheet(file, translate("Import", "a Word document"))
    if package.member("ppt/presentation.xml") is not None:
        raise not_a_spreadsheet(file, translate("Import", "a PowerPoint presentation"))
    raise not_a_spreadsheet(file, translate("Import", "an Office file of another kind"))


def name_warnings(path: Path, file: str, kind: str) -> list[Problem]:
    """A warning when the file's extension names another kind than its content."""
    suffix = path.suffix.lower()
    if _EXTENSION_KIND.get(suffix) == kind:
        return []
    if suffix:
        message = translate(
            "Import",
            "The file is {kind} although its name ends in {suffix}; it was read as {read_as}.",
        )
    else:
        message = translate(
            "Import",
            "The file is {kind} although its name has no extension; it was read as {read_as}.",
        )
    what = translate("Import", _KIND_DESCRIPTION[kind])
    return [
        Problem(file, message.format(kind=what, suffix=path.suffix, read_as=_KIND_READ_AS[kind]))
    ]
