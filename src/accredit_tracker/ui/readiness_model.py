"""Table model of chapter readiness: one row per chapter, fed from a core readiness overview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from accredit_tracker.core.readiness import AssessmentOverview
from accredit_tracker.core.scoring import NodeScore, format_score
from accredit_tracker.core.vocabulary import Result

COL_CODE, COL_TITLE, COL_ELEMENTS, COL_MET, COL_NOT_ASSESSED, COL_SCORE, COL_STATUS = range(7)
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1

_PASS = QColor("#d8f0dc")
_FAIL = QColor("#f8d7d4")

Index = QModelIndex | QPersistentModelIndex


class ChapterReadinessModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._overview: AssessmentOverview | None = None
        self._rows: list[NodeScore] = []

    def set_overview(self, overview: AssessmentOverview | None) -> None:
        self.beginResetModel()
        self._overview = overview
        self._rows = list(overview.score.chapters) if overview else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Chapter"),
            self.tr("Title"),
            self.tr("Elements"),
            self.tr("Fully met"),
            self.tr("Not assessed"),
            self.tr("Score"),
            self.tr("Threshold"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._overview is None:
            return None
        chapter = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(chapter, column)
        if role == SCORE_ROLE:
            return chapter.score
        if role == Qt.ItemDataRole.TextAlignmentRole and COL_ELEMENTS <= column < COL_STATUS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            if chapter.meets_threshold is None:
                return None
            return QBrush(_PASS if chapter.meets_threshold else _FAIL)
        return None

    def _display(self, chapter: NodeScore, column: int) -> Any:
        assert self._overview is not None
        profile = self._overview.score.profile
        if column == COL_CODE:
            return chapter.code
        if column == COL_TITLE:
            return self._overview.chapter_titles.get(chapter.code, "")
        if column == COL_ELEMENTS:
            return f"{chapter.elements:,}"
        if column == COL_MET:
            return f"{chapter.counts[Result.FULLY_MET]:,}"
        if column == COL_NOT_ASSESSED:
            return f"{chapter.counts[Result.NOT_ASSESSED]:,}"
        if column == COL_SCORE:
            return format_score(profile, chapter.score)
        if chapter.meets_threshold is None or chapter.threshold is None:
            return self.tr("—")
        threshold = f"{chapter.threshold:g}"
        if chapter.meets_threshold:
            return self.tr("Met (≥ %s)") % threshold
        return self.tr("Below %s") % threshold
