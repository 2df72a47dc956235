"""The status bar's line on the shown assessment: its score under the scoring profile, the
verdict, and why the verdict is what it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

from accredit_tracker.core.readiness.scoring import AssessmentScore, format_score
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.locale_text import number


class ScoreLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scoreLabel")
        # The verdict's reasons run long in Russian and Uzbek: they never make the window
        # wider than a laptop's screen; what the bar has no room for is in the tooltip.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_score(self, score: AssessmentScore | None) -> None:
        """Say the score, or nothing when no assessment is shown."""
        if score is None:
            self.clear()
            return
        verdict = score.verdict
        text = self.tr("%s: %s — %s") % (
            score.profile.name,
            format_score(score.profile, score.overall),
            verdict.label,
        )
        if verdict.provisional:
            text += self.tr(" (provisional: %s not assessed)") % (
                number(score.counts[Result.NOT_ASSESSED])
            )
        if verdict.reasons:
            text += " · " + "; ".join(verdict.reasons)
        self.setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A line longer than the bar ends in "…", so that it is seen to go on (in the
        tooltip), rather than stopping mid-word."""
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
