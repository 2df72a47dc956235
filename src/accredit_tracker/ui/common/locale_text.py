"""Numbers, dates and times as the chosen language writes them (QLocale's default locale).

``ui.language.apply_language`` sets the default locale; everything the GUI shows formats through
here, so "1,247" reads "1 247" in Russian and a due date reads 26.11.2026.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def number(value: int | float) -> str:
    """``value`` with the locale's digit grouping: 1,247 · 1 247."""
    return QLocale().toString(value)


def _four_digit_year(pattern: str) -> str:
    # Short formats write two-digit years (11/26/26); a survey date wants the whole year.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(value: date) -> str:
    """A date in the locale's short form with a four-digit year: 11/26/2026 · 26.11.2026."""
    locale = QLocale()
    pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def moment_text(value: datetime) -> str:
    """A moment in local time, to the minute: 26.11.2026 14:05."""
    local = value.astimezone()
    locale = QLocale()
    pattern = _four_digit_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale.toString(moment, pattern)


def date_pattern() -> str:
    """The display format for QDateEdit widgets, matching ``date_text``."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
