"""What a published standards library says about itself (name, version, provider, language,
copyright), and where an open-library workbook keeps it and its requirement tree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from accredit_tracker.interchange.reading.sheet_rows import Row

# The keys of a `library_meta` sheet (and of a YAML library's top level) that are kept.
_KEYS: Final = ("name", "version", "provider", "locale", "copyright")
META_SUFFIX: Final = "_meta"
CONTENT_SUFFIX: Final = "_content"


@dataclass(frozen=True)
class LibraryDetails:
    """The identity a library file gives itself; empty strings where it says nothing."""

    name: str = ""
    version: str = ""
    provider: str = ""
    locale: str = ""
    copyright: str = ""


def meta_values(rows: Iterable[Row]) -> dict[str, str]:
    """The key/value rows of a `*_meta` sheet (key in column A, value in column B), by key in
    lower case. Keys with a language in brackets (`name[fr]`, a translation) are left out."""
    values: dict[str, str] = {}
    for _number, cells in rows:
        if len(cells) < 2:
            continue
        key = cells[0].strip().casefold()
        if key and "[" not in key and key not in values:
            values[key] = cells[1].strip()
    return values


def details_from(values: dict[str, str]) -> LibraryDetails:
    """The library's identity from the keys of its `library_meta` sheet."""
    return LibraryDetails(**{key: values.get(key, "") for key in _KEYS})


def is_meta_sheet(name: str) -> bool:
    return name.casefold().endswith(META_SUFFIX)


def content_sheet_of(meta_sheet: str, sheet_names: list[str]) -> str | None:
    """The `*_content` sheet that goes with a `*_meta` sheet (`iso_meta` → `iso_content`)."""
    wanted = meta_sheet[: -len(META_SUFFIX)].casefold() + CONTENT_SUFFIX
    return next((name for name in sheet_names if name.casefold() == wanted), None)
