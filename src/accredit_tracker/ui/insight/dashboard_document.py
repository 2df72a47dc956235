"""The readiness dashboard as a printed document: A4 landscape pages laid out with QPainter
(vector text and charts, never a picture of the window), each headed with the facility, the
assessment and the date and numbered "Page 1 of 3"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from accredit_tracker.core.readiness.dashboard import Dashboard
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.common.locale_text import date_text, number
from accredit_tracker.ui.insight.dashboard_charts import (
    RESULT_STRONG,
    ChapterBar,
    Slice,
    TickText,
    chapter_bars_height,
    draw_chapter_bars,
    draw_history,
    draw_result_strip,
    has_history,
    result_strip_height,
)

RESOLUTION: Final = 96
"""Dots per inch of the page's coordinates (the text and charts stay vector at any zoom)."""
MARGIN_MM: Final = 12
LISTED_ON_PAPER: Final = 200
"""Element codes a warning lists on paper; the rest are counted ("and 1,200 more")."""
_TEXT: Final = QColor("#202020")
_TRACK: Final = QColor("#e3e3e3")
_RULE: Final = QColor("#9e9e9e")
_SPACE: Final = 10.0


@dataclass(frozen=True)
class _Block:
    """Something placed on a page: how tall it is, and how to draw it in a rectangle."""

    height: float
    draw: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False
    """A heading: never left alone at the foot of a page."""


@dataclass(frozen=True)
class DashboardPaper:
    """What the document shows besides the dashboard's own figures."""

    facility: str
    today: date
    maximum: float
    tick_text: TickText


def write_pdf(path: Path, data: Dashboard, paper: DashboardPaper) -> int:
    """Write the dashboard to ``path`` as a PDF document; returns how many pages it has."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(
        QCoreApplication.translate("DashboardDocument", "Readiness dashboard")
        + f" — {data.assessment_name}"
    )
    writer.setCreator("Accredit Tracker")
    return paint_document(writer, data, paper)


def paint_document(device: QPdfWriter | QPrinter, data: Dashboard, paper: DashboardPaper) -> int:
    """Lay the dashboard out on A4 landscape pages of ``device`` (a PDF writer or a printer)
    and paint them; returns the number of pages."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(device)
    try:
        base = QFont(painter.font())
        base.setPointSizeF(9.5)
        painter.setFont(base)
        page = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
        page.moveTo(0, 0)
        head, foot = 34.0, 22.0
        body = QRectF(page.left(), page.top() + head, page.width(), page.height() - head - foot)
        pages = _paginate(_blocks(painter, data, paper, body.width()), body.height())
        for number_, blocks in enumerate(pages, start=1):
            if number_ > 1:
                device.newPage()
            _header(painter, QRectF(page.left(), page.top(), page.width(), head - 8), data, paper)
            y = body.top()
            for block in blocks:
                block.draw(painter, QRectF(body.left(), y, body.width(), block.height))
                y += block.height + _SPACE
            painter.setPen(_TEXT)
            painter.drawText(
                QRectF(page.left(), page.bottom() - foot + 6, page.width(), foot - 6),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                QCoreApplication.translate("DashboardDocument", "Page %1 of %2")
                .replace("%1", str(number_))
                .replace("%2", str(len(pages))),
            )
        return len(pages)
    finally:
        painter.end()


def _header(painter: QPainter, rect: QRectF, data: Dashboard, paper: DashboardPaper) -> None:
    painter.save()
    font = QFont(painter.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + 1.5)
    painter.setFont(font)
    painter.setPen(_TEXT)
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | middle, paper.facility)
    painter.restore()
    painter.setPen(_TEXT)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignRight | middle,
        QCoreApplication.translate("DashboardDocument", "Readiness dashboard · %1 · %2")
        .replace("%1", data.assessment_name)
        .replace("%2", date_text(paper.today)),
    )
    painter.setPen(QPen(_RULE, 1))
    painter.drawLine(
        QPointF(rect.left(), rect.bottom() + 3), QPointF(rect.right(), rect.bottom() + 3)
    )


def _paginate(blocks: list[_Block], room: float) -> list[list[_Block]]:
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for index, block in enumerate(blocks):
        needed = block.height
        if block.keep_with_next and index + 1 < len(blocks):
            needed += _SPACE + blocks[index + 1].height
        if pages[-1] and used + needed > room:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height + _SPACE
    return pages


def _blocks(
    painter: QPainter, data: Dashboard, paper: DashboardPaper, width: float
) -> list[_Block]:
    blocks = [_title(painter, data, width)]
    blocks.append(
        _heading(
            painter,
            QCoreApplication.translate(
                "DashboardDocument", "Chapters — score against the chapter's threshold (dashed)"
            ),
        )
    )
    blocks.extend(_chapter_blocks(data, paper))
    blocks.append(_heading(painter, QCoreApplication.translate("DashboardDocument", "Results")))
    slices = [Slice(result_label(r), data.distribution.get(r, 0), RESULT_STRONG[r]) for r in Result]
    blocks.append(
        _Block(
            result_strip_height(len(slices)),
            lambda p, r: draw_result_strip(p, r, slices, _TEXT),
        )
    )
    blocks.append(
        _heading(painter, QCoreApplication.translate("DashboardDocument", "Readiness over time"))
    )
    points = [(p.day, p.fully_met, p.assessed) for p in data.history]
    if has_history(points):
        applicable = data.history[-1].applicable
        blocks.append(
            _Block(
                200,
                lambda p, r: draw_history(p, r, points, applicable, text=_TEXT, track=_RULE),
            )
        )
    else:
        blocks.append(_paragraph(painter, width, no_history_sentence()))
    blocks.append(
        _heading(painter, QCoreApplication.translate("DashboardDocument", "Overdue by owner"))
    )
    if data.overdue_by_owner:
        blocks.extend(_overdue_rows(painter, data))
    else:
        blocks.append(
            _paragraph(
                painter,
                width,
                QCoreApplication.translate("DashboardDocument", "Nothing is overdue."),
            )
        )
    blocks.append(
        _heading(
            painter, QCoreApplication.translate("DashboardDocument", "What a surveyor would catch")
        )
    )
    if not data.warnings:
        blocks.append(
            _paragraph(
                painter, width, QCoreApplication.translate("DashboardDocument", "Nothing to flag.")
            )
        )
    for warning in data.warnings:
        count = len(warning.standards) or len(warning.elements)
        label = QCoreApplication.translate("DashboardView", warning.kind.label)
        blocks.append(_paragraph(painter, width, f"{label} ({number(count)})", bold=True))
        if warning.standards:
            codes = [s.code for s in warning.standards]
        else:
            codes = [
                e.code + (f" ({', '.join(e.files)})" if e.files else "") for e in warning.elements
            ]
        listed = ", ".join(codes[:LISTED_ON_PAPER])
        if len(codes) > LISTED_ON_PAPER:
            listed += " " + QCoreApplication.translate("DashboardDocument", "and %s more") % number(
                len(codes) - LISTED_ON_PAPER
            )
        blocks.extend(_paragraphs(painter, width, listed, indent=14))
    return blocks


def no_history_sentence() -> str:
    """What the dashboard says instead of a course over time that would be a single day."""
    return QCoreApplication.translate(
        "DashboardDocument",
        "Readiness over time appears once results have been recorded on at least two "
        "different days.",
    )


def _title(painter: QPainter, data: Dashboard, width: float) -> _Block:
    provisional = (
        QCoreApplication.translate("DashboardDocument", " (provisional)")
        if data.verdict.provisional
        else ""
    )
    headline = f"{data.profile.name}: {data.overall_text} — {data.verdict.label}{provisional}"
    reasons = [f"• {reason}" for reason in data.verdict.reasons]
    big = QFont(painter.font())
    big.setPointSizeF(big.pointSizeF() + 6)
    big.setBold(True)
    bold = QFont(painter.font())
    bold.setBold(True)
    lines: list[tuple[QFont, str]] = [(big, data.assessment_name), (bold, headline)]
    lines += [(QFont(painter.font()), reason) for reason in reasons]
    heights = []
    for font, text in lines:
        painter.save()
        painter.setFont(font)
        heights.append(_text_height(painter, width, text))
        painter.restore()

    def draw(p: QPainter, rect: QRectF) -> None:
        y = rect.top()
        for (font, text), height in zip(lines, heights, strict=True):
            p.save()
            p.setFont(font)
            p.setPen(_TEXT)
            p.drawText(QRectF(rect.left(), y, rect.width(), height), _WRAP, text)
            p.restore()
            y += height

    return _Block(sum(heights), draw)


_WRAP: Final = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


def _text_height(painter: QPainter, width: float, text: str) -> float:
    bounds = painter.fontMetrics().boundingRect(0, 0, int(width), 100000, _WRAP, text)
    return float(bounds.height()) + 2


def _heading(painter: QPainter, text: str) -> _Block:
    font = QFont(painter.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + 2)

    def draw(p: QPainter, rect: QRectF) -> None:
        p.save()
        p.setFont(font)
        p.setPen(_TEXT)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
        p.restore()

    return _Block(22, draw, keep_with_next=True)


def _paragraph(
    painter: QPainter, width: float, text: str, *, bold: bool = False, indent: float = 0
) -> _Block:
    font = QFont(painter.font())
    font.setBold(bold)
    painter.save()
    painter.setFont(font)
    height = _text_height(painter, width - indent, text)
    painter.restore()

    def draw(p: QPainter, rect: QRectF) -> None:
        p.save()
        p.setFont(font)
        p.setPen(_TEXT)
        p.drawText(rect.adjusted(indent, 0, 0, 0), _WRAP, text)
        p.restore()

    return _Block(height, draw, keep_with_next=bold)


def _paragraphs(painter: QPainter, width: float, text: str, *, indent: float) -> list[_Block]:
    """A long list of codes as paragraphs of a few hundred characters, so that it can run
    over to the next page."""
    pieces, current = [], ""
    for code in text.split(", "):
        if current and len(current) + len(code) > 600:
            pieces.append(current + ",")
            current = code
        else:
            current = f"{current}, {code}" if current else code
    pieces.append(current)
    return [_paragraph(painter, width, piece, indent=indent) for piece in pieces if piece]


def _chapter_blocks(data: Dashboard, paper: DashboardPaper) -> list[_Block]:
    """The chapter bars, in parts of at most 18 chapters (each with its axis) so a long
    library runs over pages instead of being cut."""
    bars = [
        ChapterBar(c.code, c.title, c.score, c.threshold, c.meets, c.score_text, c.enough_assessed)
        for c in data.chapters
    ]
    parts = [bars[i : i + 18] for i in range(0, len(bars), 18)] or [[]]
    return [_chapter_block(part, paper) for part in parts]


def _chapter_block(bars: list[ChapterBar], paper: DashboardPaper) -> _Block:
    def draw(painter: QPainter, rect: QRectF) -> None:
        draw_chapter_bars(
            painter, rect, bars, paper.maximum, paper.tick_text, text=_TEXT, track=_TRACK
        )

    return _Block(chapter_bars_height(len(bars)), draw)


def _overdue_rows(painter: QPainter, data: Dashboard) -> list[_Block]:
    rows = sorted(data.overdue_by_owner.items(), key=lambda item: -item[1])
    height = painter.fontMetrics().height() + 6.0

    def row(owner: str, count: str, bold: bool = False) -> _Block:
        def draw(p: QPainter, rect: QRectF) -> None:
            p.save()
            font = QFont(p.font())
            font.setBold(bold)
            p.setFont(font)
            p.setPen(_TEXT)
            owner_box = QRectF(rect.left(), rect.top(), 360, rect.height())
            middle = Qt.AlignmentFlag.AlignVCenter
            p.drawText(owner_box, Qt.AlignmentFlag.AlignLeft | middle, owner)
            count_box = QRectF(rect.left() + 360, rect.top(), 90, rect.height())
            p.drawText(count_box, Qt.AlignmentFlag.AlignRight | middle, count)
            p.setPen(QPen(_TRACK, 1))
            p.drawLine(
                QPointF(rect.left(), rect.bottom()), QPointF(rect.left() + 450, rect.bottom())
            )
            p.restore()

        return _Block(height - _SPACE + 4, draw, keep_with_next=bold)

    header = row(
        QCoreApplication.translate("DashboardView", "Owner"),
        QCoreApplication.translate("DashboardView", "Overdue"),
        bold=True,
    )
    return [header, *(row(owner, number(count)) for owner, count in rows)]
