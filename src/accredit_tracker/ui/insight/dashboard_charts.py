"""The dashboard's charts, painted with QPainter in the window's palette (light or dark): chapter
score bars against their threshold, the spread of results, and readiness over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
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
from accredit_tracker.ui.common.locale_text import date_text, number
from accredit_tracker.ui.common.palette import CHART_BELOW, CHART_MEETS, CHART_NO_SCORE

_ROW = 24  # pixels per chapter bar
_LABEL = 70  # pixels for the chapter code


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


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _track_colour(widget: QWidget) -> QColor:
    colour = widget.palette().color(QPalette.ColorRole.Mid)
    colour.setAlpha(90)
    return colour


class ChapterBars(QWidget):
    """One bar per chapter: its score as a share of the profile's maximum, coloured by whether
    it meets the chapter threshold, with the threshold marked. A click chooses the chapter."""

    chapter_clicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bars: list[ChapterBar] = []
        self.maximum = 10.0
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[ChapterBar], maximum: float) -> None:
        self.bars = bars
        self.maximum = maximum or 1.0
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.bars)) * _ROW + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def bar_at(self, y: float) -> ChapterBar | None:
        index = int(y // _ROW)
        return self.bars[index] if 0 <= index < len(self.bars) else None

    def score_label(self, bar: ChapterBar) -> str:
        """The text right of a bar: its score, and whether too little is assessed to judge it."""
        if bar.score is not None and not bar.enough_assessed:
            return self.tr("%s · not enough assessed") % bar.score_text
        return bar.score_text

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.score_label(b)) for b in self.bars), default=0)
        return max(50, widest + 6)

    def _area(self) -> QRectF:
        """Where the bars go: between the code labels and the score texts."""
        width = self.width() - _LABEL - self._label_width() - 6
        return QRectF(_LABEL, 0, max(10, width), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        label_width = self._label_width()
        text = _text_colour(self)
        for row, bar in enumerate(self.bars):
            top = row * _ROW
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, _LABEL - 6, _ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.code,
            )
            track = QRectF(area.left(), top + 5, area.width(), _ROW - 10)
            painter.fillRect(track, _track_colour(self))
            if bar.score is not None:
                share = max(0.0, min(1.0, bar.score / self.maximum))
                colour = (
                    CHART_NO_SCORE
                    if bar.meets is None
                    else CHART_MEETS
                    if bar.meets
                    else CHART_BELOW
                )
                painter.fillRect(QRectF(track.left(), track.top(), track.width() * share,
                                        track.height()), colour)  # fmt: skip
            if bar.threshold is not None:
                x = track.left() + track.width() * min(1.0, bar.threshold / self.maximum)
                painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, top + 2), QPointF(x, top + _ROW - 2))
            painter.setPen(text if bar.enough_assessed else CHART_NO_SCORE)
            painter.drawText(
                QRectF(track.right() + 6, top, label_width, _ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.score_label(bar),
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
                    self.tr("%s %s\nScore %s%s — click to see its elements")
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
        return QSize(480, 30 + 20 * ((len(self.slices) + 2) // 3))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        total = sum(s.count for s in self.slices) or 1
        x = 0.0
        width = self.width() - 2
        for piece in self.slices:
            share = width * piece.count / total
            painter.fillRect(QRectF(x, 2, share, 20), piece.colour)
            x += share
        painter.setPen(_text_colour(self))
        column_width = width / 3
        for i, piece in enumerate(self.slices):
            left = (i % 3) * column_width
            top = 28 + (i // 3) * 20
            painter.fillRect(QRectF(left, top + 4, 10, 10), piece.colour)
            painter.drawText(
                QRectF(left + 14, top, column_width - 14, 18),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{piece.label}: {number(piece.count)}",
            )
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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = _text_colour(self)
        plot = QRectF(48, 8, max(10, self.width() - 60), self.height() - 34)
        painter.setPen(QPen(_track_colour(self), 1))
        painter.drawRect(plot)
        top = max(self.applicable, max((p[2] for p in self.points), default=0), 1)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, plot.top() - 6, 44, 14), Qt.AlignmentFlag.AlignRight, number(top)
        )
        painter.drawText(QRectF(0, plot.bottom() - 8, 44, 14), Qt.AlignmentFlag.AlignRight, "0")
        if not self.points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No changes yet"))
            painter.end()
            return
        first, last = self.points[0][0], self.points[-1][0]
        days = max((last - first).days, 1)

        def at(day: date, value: int) -> QPointF:
            return QPointF(
                plot.left() + plot.width() * (day - first).days / days,
                plot.bottom() - plot.height() * value / top,
            )

        assessed = QColor(CHART_MEETS)
        assessed.setAlpha(90)
        series = (
            (assessed, [at(day, count) for day, _met, count in self.points]),
            (CHART_MEETS, [at(day, met) for day, met, _count in self.points]),
        )
        for colour, line in series:
            painter.setPen(QPen(colour, 2))
            painter.drawPolyline(QPolygonF(line))
            painter.setBrush(colour)
            for point in line[-1:] if len(line) > 1 else line:  # the latest day stands out
                painter.drawEllipse(point, 3, 3)
        painter.setPen(text)
        labels = QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16)
        painter.drawText(labels, Qt.AlignmentFlag.AlignLeft, date_text(first))
        painter.drawText(labels, Qt.AlignmentFlag.AlignRight, date_text(last))
        painter.drawText(
            labels,
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("fully met (dark) and assessed (light) of %s applicable")
            % number(self.applicable),
        )
        painter.end()
