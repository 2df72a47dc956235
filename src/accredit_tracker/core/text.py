"""Text clean-up for imported data and the folded keys that search compares."""

from __future__ import annotations

import re
import unicodedata

# Uzbek Latin writes oʻ and gʻ with U+02BB, and the tutuq belgisi with U+02BC, but people type
# any look-alike; search and matching treat them all as the ASCII apostrophe.
APOSTROPHES = "\u02bb\u02bc\u2018\u2019\u0060\u00b4\u02b9\u2032"
_FOLD_APOSTROPHES = str.maketrans({c: "'" for c in APOSTROPHES})
_HAS_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


def clean(value: str) -> str:
    """NFC-normalise and trim a cell's text; inner line breaks are kept."""
    if not value:
        return ""
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value.strip()


def search_key(value: str) -> str:
    """Fold case and apostrophe look-alikes so that search is insensitive to both."""
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if _HAS_APOSTROPHE.search(value):
        value = value.translate(_FOLD_APOSTROPHES)
    return value.casefold()
