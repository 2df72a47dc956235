"""How the CSV exports separate their fields and write decimals, so that Excel opens them as
columns: a comma and a decimal point in English, a semicolon and a decimal comma where Excel's
regional settings use them (Russian, Uzbek)."""

from __future__ import annotations

from typing import Final

COMMA: Final = ","
SEMICOLON: Final = ";"
TAB: Final = "\t"

DELIMITER_NAMES: Final = {COMMA: ",", SEMICOLON: ";", TAB: "tab"}
"""Each separator by the name an option gives it (``--delimiter ,`` ``;`` or ``tab``)."""

_SEMICOLON_LANGUAGES: Final = frozenset({"ru", "uz_Latn"})


def language_delimiter(language: str | None) -> str:
    """The separator Excel expects in ``language``'s regional settings: a semicolon where a
    comma is the decimal separator (Russian, Uzbek), else a comma (English, or None)."""
    return SEMICOLON if language in _SEMICOLON_LANGUAGES else COMMA


def delimiter_named(name: str) -> str:
    """The separator a name stands for: ",", ";" or "tab" (also a tab character itself);
    ValueError for anything else."""
    for delimiter, known in DELIMITER_NAMES.items():
        if name in (known, delimiter):
            return delimiter
    raise ValueError(f"not a CSV separator: {name!r}")


def decimal_text(value: float, delimiter: str) -> str:
    """A number as a CSV field separated by ``delimiter`` writes it: "2.5", or "2,5" when the
    fields are separated by semicolons (the decimal comma goes with them); whole numbers
    without a fraction ("10")."""
    text = f"{value:g}"
    return text.replace(".", ",") if delimiter == SEMICOLON else text
