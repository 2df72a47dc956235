"""Safe names for evidence files: what the user sees, what goes on disk, and the media type."""

from __future__ import annotations

import mimetypes
import unicodedata

MAX_NAME_LENGTH = 200
# Bytes, not characters: file systems count UTF-8 bytes (255 on most), and a Cyrillic or
# Uzbek name takes two bytes a letter.
MAX_NAME_BYTES_ON_DISK = 200
FALLBACK_STEM = "evidence"
UNKNOWN_MEDIA_TYPE = "application/octet-stream"

# Direction overrides and isolates, and the invisible direction marks: they can make
# "invoice\u202efdp.exe" look like "invoiceexe.pdf".
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_SEPARATORS = frozenset("/\\")
_TRIMMED = " \t\n\r\f\v.\u00a0\u3000"
_LONGEST_EXTENSION = 16
# Characters Windows refuses in file names, and the device names it reserves.
_NOT_ON_WINDOWS = frozenset('<>:"|?*')
_RESERVED_ON_WINDOWS = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)

# The built-in table only (not the system's), so every machine names a type the same way,
# plus the office formats hospitals send as evidence.
_MEDIA_TYPES = mimetypes.MimeTypes()
for _extension, _media_type in {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".heic": "image/heic",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
    ".m4a": "audio/mp4",
}.items():
    _MEDIA_TYPES.add_type(_media_type, _extension)


def safe_file_name(name: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """The name to show and keep for a file: no path separators, control or direction
    characters, no leading or trailing spaces and dots, at most ``max_length`` characters
    with the extension kept; "evidence" (plus the extension) when nothing is left."""
    name = unicodedata.normalize("NFC", name)
    kept = []
    for char in name:
        if char in _SEPARATORS:
            kept.append("_")
        elif char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            continue
        else:
            kept.append(char)
    stem, extension = _split_extension("".join(kept).strip().rstrip(_TRIMMED))
    stem = stem.strip(_TRIMMED)
    room = max(max_length - len(extension), 1)
    stem = stem[:room].rstrip(_TRIMMED) or FALLBACK_STEM[:room]
    return stem + extension


def name_on_disk(name: str, max_bytes: int = MAX_NAME_BYTES_ON_DISK) -> str:
    """A safe name that every common file system accepts: also no characters Windows refuses,
    no reserved device names, and short enough in UTF-8 bytes."""
    name = "".join("_" if c in _NOT_ON_WINDOWS else c for c in safe_file_name(name))
    stem, extension = _split_extension(name)
    if stem.casefold() in _RESERVED_ON_WINDOWS:
        stem = "_" + stem
    room = max(max_bytes - len(extension.encode()), 1)
    encoded = stem.encode()
    if len(encoded) > room:
        stem = encoded[:room].decode(errors="ignore").rstrip(_TRIMMED) or FALLBACK_STEM
    return stem + extension


def media_type_for(name: str) -> str:
    """The media type told by the name's extension, or application/octet-stream."""
    media_type, _ = _MEDIA_TYPES.guess_type(name, strict=False)
    return media_type or UNKNOWN_MEDIA_TYPE


def _split_extension(name: str) -> tuple[str, str]:
    """("report", ".pdf") for "report.pdf"; no extension when what follows the last dot is
    long or more than letters and digits, as in "Dr. Karimova's notes"."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not extension.isalnum() or len(extension) > _LONGEST_EXTENSION:
        return name, ""
    return stem, "." + extension
