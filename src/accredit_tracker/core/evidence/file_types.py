"""Evidence file types as an officer names them ("Excel workbook", "JPEG image"), not as
media types."""

from __future__ import annotations

from typing import Final

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate

_TYPE_NAMES: Final = {
    "application/pdf": QT_TRANSLATE_NOOP("FileType", "PDF document"),
    "application/msword": QT_TRANSLATE_NOOP("FileType", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": QT_TRANSLATE_NOOP(
        "FileType", "Word document"
    ),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("FileType", "Text document"),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("FileType", "Excel workbook"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": QT_TRANSLATE_NOOP(
        "FileType", "Excel workbook"
    ),
    "application/vnd.oasis.opendocument.spreadsheet": QT_TRANSLATE_NOOP("FileType", "Spreadsheet"),
    "application/vnd.ms-powerpoint": QT_TRANSLATE_NOOP("FileType", "PowerPoint slides"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        QT_TRANSLATE_NOOP("FileType", "PowerPoint slides")
    ),
    "application/zip": QT_TRANSLATE_NOOP("FileType", "ZIP archive"),
    "text/plain": QT_TRANSLATE_NOOP("FileType", "Text"),
    "text/csv": QT_TRANSLATE_NOOP("FileType", "CSV table"),
}


def type_label(media_type: str) -> str:
    """A file type as an officer names it ("Excel workbook"), in the current language."""
    name = _TYPE_NAMES.get(media_type)
    if name is not None:
        return translate("FileType", name)
    kind, _, subtype = media_type.partition("/")
    if kind == "image":
        return translate("FileType", "%s image") % subtype.upper()
    if kind == "video":
        return translate("FileType", "%s video") % subtype.upper()
    return translate("FileType", "Other file (%s)") % media_type
