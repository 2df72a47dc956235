"""The application's named colours: results shaded in tables and charts, good and bad news in
text, and the banners that warn."""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor

from accredit_tracker.core.vocabulary import Result

RESULT_COLOURS: Final = {
    Result.FULLY_MET: QColor("#d8f0dc"),
    Result.PARTIALLY_MET: QColor("#fff0c2"),
    Result.NOT_MET: QColor("#f8d7d4"),
    Result.NOT_APPLICABLE: QColor("#e6e6e6"),
}
"""The pale background of each result, in the checklist and the dashboard's result strip."""
NOT_ASSESSED: Final = QColor("#bdbdbd")
"""The dashboard's result strip for elements not assessed yet."""

GOOD_NEWS: Final = QColor("#1e7b34")
"""Text that is good news: a score that meets its threshold, an improvement."""
BAD_NEWS: Final = QColor("#b3261e")
"""Text that needs attention: overdue, evidence past review, below threshold, a regression."""


NOT_ENOUGH_ASSESSED: Final = QColor("#757575")
"""The grey of a chapter or standard with too little assessed to meet or miss a threshold."""

CHART_MEETS: Final = QColor("#2e7d32")
"""Dashboard bars and lines for what meets its threshold."""
CHART_BELOW: Final = QColor("#c62828")
"""Dashboard bars for what falls below its threshold."""
CHART_NO_SCORE: Final = QColor("#9e9e9e")
"""Dashboard bars for chapters that have no score yet."""

CAUTION_BACKGROUND: Final = QColor("#fff0c2")
CAUTION_TEXT: Final = QColor("#3d2e00")
"""A banner that informs (the assessment is locked): dark amber text on pale amber."""
ALARM_BACKGROUND: Final = QColor("#f8d7d4")
ALARM_TEXT: Final = QColor("#410e0b")
"""A banner that alarms (the shared database is out of reach): dark red text on pale red."""


def banner_style(background: QColor, text: QColor) -> str:
    """The style sheet of a banner label in these colours."""
    return (
        f"QLabel {{ background: {background.name()}; color: {text.name()}; "
        "padding: 4px; border-radius: 3px; }"
    )
