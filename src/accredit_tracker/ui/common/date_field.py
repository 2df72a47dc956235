"""A date field that takes a date typed whole, in the locale's short format ("3/31/2027",
"31.03.2027", "31/03/27") or as ISO, as well as from its calendar and arrow keys."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from accredit_tracker.ui.common.locale_text import date_pattern

_TYPED = re.compile(r"[\d\s./\-]*")
_TYPING_KEYS = frozenset("0123456789./-")
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class DateField(QDateEdit):
    """Qt's date edit types into one section at a time, so "3/31/2027" typed over
    "12/7/2026" becomes 12/31/2027. Here the typed characters make up the whole text, read
    when the field is left or Enter is pressed; the date changes (and ``dateChanged`` is
    emitted) only then, never half-typed."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_pattern())
        self.setKeyboardTracking(False)
        # A short year ("4/1/27") is read, not thrown away for the previous date.
        self.setCorrectionMode(QDateEdit.CorrectionMode.CorrectToNearestValue)
        if date is not None:
            self.setDate(date)

    def typed_date(self, text: str) -> QDate:
        """The date ``text`` gives, or an invalid date. Two-digit years are this century's."""
        text = text.strip()
        locale = QLocale()
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        for pattern in (self.displayFormat(), short, "yyyy-MM-dd"):
            found = locale.toDate(text, pattern)
            if found.isValid():
                if "yyyy" not in pattern and found.year() < 2000:
                    found = found.addYears(100)
                return found
        return QDate()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        # Whole once the year has its four digits (or comes first, as in ISO) and reads.
        complete = (
            bool(re.search(r"\d{4}$|^\d{4}", text.strip())) and self.typed_date(text).isValid()
        )
        if complete:
            return QValidator.State.Acceptable, text, position
        if _TYPED.fullmatch(text):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Invalid, text, position

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTimeFromText(text))

    def dateTimeFromText(self, text: str) -> QDateTime:
        found = self.typed_date(text)
        return QDateTime(found if found.isValid() else self.date(), self.time())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() in _TYPING_KEYS and not event.modifiers() & ~_TYPING_MODIFIERS:
            line = self.lineEdit()
            if line is not None:
                line.insert(event.text())
                return
        super().keyPressEvent(event)
