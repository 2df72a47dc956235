"""The dashboard's charts, painted with QPainter in the window's palette (light or dark): chapter
score bars against their threshold, the spread of results, and readiness over time."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from accredit_tracker.core.readiness.scoring import number_text
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.locale_text import date_text, number
from accredit_tracker.ui.common.palette import CHART_BELOW, CHART_MEETS, CHART_NO_SCORE

CHART_ASSESSED: Final = QColor("#66bb6a")
"""The line of assessed elements over time, lighter than the fully met line."""
RESULT_STRONG: Final = {
    Result.FULLY_MET: QColor("#2e7d32"),
    Result.PARTIALLY_MET: QColor("#f9a825"),
    Result.NOT_MET: QColor("#c62828"),
    Result.NOT_APPLICABLE: QColor("#78909c"),
    Result.NOT_ASSESSED: QColor("#cfcfcf"),
}
"""Results in the dashboard's charts: strong enough to tell apart on screen and on paper."""

_ROW = 24  # pixels per chapter bar
_AXIS = 22  # pixels under the bars for the score axis
_GAP = 6
TickText = Callable[[float], str]
"""A score on the chapter axis as the profile writes it ("7.5", "75 %")."""


@dataclass(frozen=True)
class ChapterBar:
    code: str
    title: str
    score: float | None
    threshold: float | None
    meets: bool | None
    score_text: str  # the score as the profile shows it ("8.6", "87 %", "—")
    enough_assessed: bool = True
    """Whether enough of the chapter is assessed to judge it; when not, its bar is grey and
    reads "not enough assessed"."""


@dataclass(frozen=True)
class Slice:
    label: str
    count: int
    colour: QColor


def chapter_bars_height(count: int) -> int:
    """The height the chapter bars need: a row per chapter and the axis."""
    return max(1, count) * _ROW + _AXIS


def score_label(bar: ChapterBar) -> str:
    """The text right of a bar: its score, and whether too little is assessed to judge it."""
    if bar.score is not None and not bar.enough_assessed:
        return QCoreApplication.translate("ChapterBars", "%s · not enough assessed") % (
            bar.score_text
        )
    return bar.score_text


_MEASURED_TEXTS = 24  # of each kind, the longest; the widest is among them


def text_widths(metrics: QFontMetricsF, bars: list[ChapterBar]) -> tuple[float, float, float]:
    """The widest code, "code  title" and score text of the bars, in ``metrics``' font. Only
    the longest texts of each kind are measured: 1,200 chapters' 3,600 texts took a paint
    30 ms, and the widest text is one of the longest."""

    def widest(texts: list[str], default: float = 0.0) -> float:
        longest = heapq.nlargest(_MEASURED_TEXTS, texts, key=len)
        return max((metrics.horizontalAdvance(text) for text in longest), default=default)

    code_width = widest([b.code for b in bars])
    wanted = widest([f"{b.code}  {b.title}" for b in bars], code_width)
    return code_width, wanted, widest([score_label(b) for b in bars])


def draw_chapter_bars(
    painter: QPainter,
    rect: QRectF,
    bars: list[ChapterBar],
    maximum: float,
    tick_text: TickText,
    *,
    text: QColor,
    track: QColor,
    exposed: QRectF | None = None,
    measured: tuple[float, float, float] | None = None,
) -> None:
    """Paint the chapter bars into ``rect`` (on screen or on paper): "CODE  Title" on the left
    (the title cut with "…" when the room runs out), the bar with its threshold, the score on
    the right, and a score axis underneath. On screen only the rows in ``exposed`` are painted:
    a library of 1,200 chapters shows a few dozen at a time; ``measured`` gives the texts'
    widths (:func:`text_widths`) in the painter's font, worked out once rather than at every
    paint."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Widths in fractions of a pixel: a label measured in whole pixels may be a fraction too
    # wide for the room measured for it, and lose its last word to "…".
    metrics = QFontMetricsF(painter.font(), painter.device())
    maximum = maximum or 1.0
    code_width, wanted, score_width = measured or text_widths(metrics, bars)
    label_width = min(wanted, max(code_width, rect.width() * 0.4)) + _GAP
    score_width = max(50.0, score_width + _GAP)
    left = rect.left() + label_width
    width = max(10.0, rect.width() - label_width - score_width - _GAP)
    rows = range(len(bars))
    if exposed is not None:
        first = max(0, int((exposed.top() - rect.top()) // _ROW))
        rows = range(first, min(len(bars), int((exposed.bottom() - rect.top()) // _ROW) + 1))
    for row in rows:
        bar = bars[row]
        top = rect.top() + row * _ROW
        painter.setPen(text)
        label = metrics.elidedText(
            f"{bar.code}  {bar.title}".strip(), Qt.TextElideMode.ElideRight, label_width - _GAP
        )
        painter.drawText(
            QRectF(rect.left(), top, label_width - _GAP, _ROW),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        bar_track = QRectF(left, top + 4, width, _ROW - 8)
        painter.fillRect(bar_track, track)
        if bar.score is not None:
            share = max(0.0, min(1.0, bar.score / maximum))
            colour = (
                CHART_NO_SCORE
                if bar.meets is None or not bar.enough_assessed
                else CHART_MEETS
                if bar.meets
                else CHART_BELOW
            )
            filled = QRectF(bar_track.left(), bar_track.top(), width * share, bar_track.height())
            painter.fillRect(filled, colour)
        if bar.threshold is not None:
            x = left + width * min(1.0, bar.threshold / maximum)
            painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top + 1), QPointF(x, top + _ROW - 1))
        painter.setPen(text if bar.enough_assessed else CHART_NO_SCORE)
        painter.drawText(
            QRectF(left + width + _GAP, top, score_width, _ROW),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            score_label(bar),
        )
    axis_top = rect.top() + max(1, len(bars)) * _ROW + 2
    painter.setPen(QPen(text, 1))
    painter.drawLine(QPointF(left, axis_top), QPointF(left + width, axis_top))
    for step in range(5):
        x = left + width * step / 4
        painter.drawLine(QPointF(x, axis_top), QPointF(x, axis_top + 4))
        align = (
            Qt.AlignmentFlag.AlignLeft
            if step == 0
            else Qt.AlignmentFlag.AlignRight
            if step == 4
            else Qt.AlignmentFlag.AlignHCenter
        )
        box = QRectF(x - 40 if step else x, axis_top + 4, 40 if step in (0, 4) else 80, _AXIS - 6)
        if step == 4:
            box.moveRight(x)
        elif step:
            box.moveCenter(QPointF(x, box.center().y()))
        painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, tick_text(maximum * step / 4))
    painter.restore()


def result_strip_height(count: int) -> int:
    return 30 + 20 * ((count + 2) // 3)


def draw_result_strip(painter: QPainter, rect: QRectF, slices: list[Slice], text: QColor) -> None:
    """Paint the spread of results as one stacked bar, with a legend of counts under it."""
    painter.save()
    total = sum(s.count for s in slices) or 1
    x = rect.left()
    width = rect.width() - 2
    for piece in slices:
        share = width * piece.count / total
        painter.fillRect(QRectF(x, rect.top() + 2, share, 20), piece.colour)
        x += share
    painter.setPen(text)
    column_width = width / 3
    for i, piece in enumerate(slices):
        left = rect.left() + (i % 3) * column_width
        top = rect.top() + 28 + (i // 3) * 20
        painter.fillRect(QRectF(left, top + 4, 10, 10), piece.colour)
        painter.drawText(
            QRectF(left + 14, top, column_width - 14, 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{piece.label}: {number(piece.count)}",
        )
    painter.restore()


def has_history(points: list[tuple[date, int, int]]) -> bool:
    """Whether there is a course to draw: changes on at least two different days."""
    return len({day for day, _met, _assessed in points}) >= 2


def draw_history(
    painter: QPainter,
    rect: QRectF,
    points: list[tuple[date, int, int]],
    applicable: int,
    *,
    text: QColor,
    track: QColor,
) -> None:
    """Paint fully met (strong) and assessed (lighter) elements day by day into ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = QRectF(rect.left() + 48, rect.top() + 8, max(10, rect.width() - 60), rect.height() - 34)
    painter.setPen(QPen(track, 1))
    painter.drawRect(plot)
    top = max(applicable, max((p[2] for p in points), default=0), 1)
    painter.setPen(text)
    painter.drawText(
        QRectF(rect.left(), plot.top() - 6, 44, 14), Qt.AlignmentFlag.AlignRight, number(top)
    )
    painter.drawText(
        QRectF(rect.left(), plot.bottom() - 8, 44, 14), Qt.AlignmentFlag.AlignRight, "0"
    )
    if points:
        first, last = points[0][0], points[-1][0]
        days = max((last - first).days, 1)

        def at(day: date, value: int) -> QPointF:
            return QPointF(
                plot.left() + plot.width() * (day - first).days / days,
                plot.bottom() - plot.height() * value / top,
            )

        assessed = QColor(CHART_ASSESSED)
        series = (
            (assessed, [at(day, count) for day, _met, count in points]),
            (CHART_MEETS, [at(day, met) for day, met, _count in points]),
        )
        for colour, line in series:
            painter.setPen(QPen(colour, 2.5))
            painter.drawPolyline(QPolygonF(line))
            painter.setBrush(colour)
            for point in line[-1:]:  # the latest day stands out
                painter.drawEllipse(point, 3.5, 3.5)
        painter.setPen(text)
        labels = QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16)
        painter.drawText(labels, Qt.AlignmentFlag.AlignLeft, date_text(first))
        painter.drawText(labels, Qt.AlignmentFlag.AlignRight, date_text(last))
        painter.drawText(
            labels,
            Qt.AlignmentFlag.AlignHCenter,
            QCoreApplication.translate(
                "HistoryChart", "fully met (dark) and assessed (light) of %s applicable"
            )
            % number(applicable),
        )
    painter.restore()


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _track_colour(widget: QWidget) -> QColor:
    colour = widget.palette().color(QPalette.ColorRole.Mid)
    colour.setAlpha(90)
    return colour


class ChapterBars(QWidget):
    """One bar per chapter, labelled with its code and title: its score as a share of the
    profile's maximum, coloured by whether it meets the chapter threshold, with the threshold
    marked and a score axis underneath. A click chooses the chapter."""

    chapter_clicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bars: list[ChapterBar] = []
        self.maximum = 10.0
        self.tick_text: TickText = number_text
        # The texts' widths for the bars shown, in the font they were measured in.
        self._measured: tuple[QFont, tuple[float, float, float]] | None = None
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(
        self, bars: list[ChapterBar], maximum: float, tick_text: TickText = number_text
    ) -> None:
        self.bars = bars
        self.maximum = maximum or 1.0
        self.tick_text = tick_text
        self._measured = None
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, chapter_bars_height(len(self.bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def bar_at(self, y: float) -> ChapterBar | None:
        index = int(y // _ROW)
        return self.bars[index] if 0 <= index < len(self.bars) and y >= 0 else None

    def score_label(self, bar: ChapterBar) -> str:
        return score_label(bar)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = painter.font()
        if self._measured is None or self._measured[0] != font:
            self._measured = (
                QFont(font),
                text_widths(QFontMetricsF(font, painter.device()), self.bars),
            )
        draw_chapter_bars(
            painter,
            QRectF(self.rect()),
            self.bars,
            self.maximum,
            self.tick_text,
            text=_text_colour(self),
            track=_track_colour(self),
            exposed=QRectF(event.rect()),
            measured=self._measured[1],
        )
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().y())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chapter_clicked.emit(bar.code)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().y())
            if bar is not None:
                threshold = "" if bar.threshold is None else f" / {number_text(bar.threshold)}"
                QToolTip.showText(
                    event.globalPos(),
                    QCoreApplication.translate(
                        "ChapterBars", "%s %s\nScore %s%s — click to see its elements"
                    )
                    % (bar.code, bar.title, self.score_label(bar), threshold),
                    self,
                )
            return True
        return super().event(event)


class ResultStrip(QWidget):
    """The spread of results as one stacked bar, with a legend giving each count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.slices: list[Slice] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_slices(self, slices: list[Slice]) -> None:
        self.slices = slices
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, result_strip_height(len(self.slices)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_result_strip(painter, QRectF(self.rect()), self.slices, _text_colour(self))
        painter.end()


class HistoryChart(QWidget):
    """Fully met elements (and assessed ones, fainter) day by day, against the applicable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, int, int]] = []  # day, fully met, assessed
        self.applicable = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: list[tuple[date, int, int]], applicable: int) -> None:
        self.points = points
        self.applicable = applicable
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_history(
            painter,
            QRectF(self.rect()),
            self.points,
            self.applicable,
            text=_text_colour(self),
            track=_track_colour(self),
        )
        painter.end()
