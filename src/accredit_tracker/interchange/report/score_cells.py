"""Scores, changes of score and file sizes written as number cells, in a number format that
shows them as the app does; the spreadsheet program shows them with its user's decimal
separator, so no score is ever written, or read back, as text."""

from __future__ import annotations

from typing import Any, Final

from openpyxl.cell import WriteOnlyCell

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.comparison import shown_change
from accredit_tracker.core.readiness.scoring import ProfileKind, ScoringProfile, shown_score

POINTS_FORMAT: Final = "0.0"
PERCENT_FORMAT: Final = '0" %"'
"""A whole percent with a space before the sign, as the app writes it: the cell holds 87, not
0.87, like the app's figures and thresholds."""
POINTS_CHANGE_FORMAT: Final = "+0.0;-0.0;0.0"
PERCENT_CHANGE_FORMAT: Final = '+0" %";-0" %";0" %"'


def file_size_format() -> str:
    """The number format of a file size in bytes, showing it as people read it: "850 bytes",
    "2.5 KB", "1.2 MB", with the app's words for the units in the current language.

    A number format can only divide by thousands, so a kilobyte here is 1,000 bytes, where the
    app's evidence panel counts 1,024: "1.2 MB" there may read "1.3 MB" here.
    """
    units = (
        (translate("Evidence", "{size:,} bytes"), "{size:,}", "0"),
        (translate("Evidence", "{number} KB"), "{number}", "0.0,"),
        (translate("Evidence", "{number} MB"), "{number}", "0.0,,"),
    )
    bytes_part, kilobytes, megabytes = (_with_words(*unit) for unit in units)
    return f"[<1000]{bytes_part};[<1000000]{kilobytes};{megabytes}"


def _with_words(phrase: str, placeholder: str, digits: str) -> str:
    """A phrase with a number in it ("{number} KB") as a number format: ``digits`` where the
    placeholder is, the words around it in double quotes (any inside them dropped)."""
    before, _, after = phrase.replace('"', "").partition(placeholder)
    return (f'"{before}"' if before else "") + digits + (f'"{after}"' if after else "")


def score_format(profile: ScoringProfile) -> str:
    """The number format of a score (or a threshold) under ``profile``."""
    return PERCENT_FORMAT if profile.kind is ProfileKind.PERCENTAGE else POINTS_FORMAT


def change_format(profile: ScoringProfile) -> str:
    """The number format of a change of score under ``profile``: with its sign."""
    return PERCENT_CHANGE_FORMAT if profile.kind is ProfileKind.PERCENTAGE else POINTS_CHANGE_FORMAT


def number_cell(sheet: Any, value: float | None, number_format: str) -> Any:
    """A cell of a write-only ``sheet`` holding ``value`` in ``number_format``; ``None`` (an
    empty cell) for no value."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = number_format
    return cell


def score_cell(sheet: Any, profile: ScoringProfile, value: float | None) -> Any:
    """A score as the app shows it (cut down, see :func:`shown_score`), in a number cell."""
    return number_cell(sheet, shown_score(profile, value), score_format(profile))


def change_cell(sheet: Any, profile: ScoringProfile, change: float | None) -> Any:
    """A change of score as the app shows it (rounded, with its sign), in a number cell."""
    return number_cell(sheet, shown_change(profile, change), change_format(profile))
