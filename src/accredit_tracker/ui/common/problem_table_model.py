"""A table model listing the problems (or warnings) of a file by sheet, row and column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from accredit_tracker.interchange.reading.problems import Problem
from accredit_tracker.ui.common.locale_text import number


class ProblemTableModel(QAbstractTableModel):
    """Problems (or warnings) of a file, one per row: sheet, row, column, what is wrong."""

    COL_SHEET, COL_ROW, COL_COLUMN, COL_PROBLEM = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_SHEET:
                return problem.sheet or ""
            if column == self.COL_ROW:
                return "" if problem.row is None else number(problem.row)
            if column == self.COL_COLUMN:
                return problem.column or ""
            return _sentence(problem.message)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
