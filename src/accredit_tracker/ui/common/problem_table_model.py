"""A table model listing the problems (or warnings) of a file by sheet, row and column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from accredit_tracker.interchange.reading.problems import Problem
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.model_index import Index


class ProblemTableModel(ListTableModel):
    """Problems (or warnings) of a file, one per row: sheet, row, column, what is wrong."""

    COL_SHEET, COL_ROW, COL_COLUMN, COL_PROBLEM = range(4)

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem: Problem = self.rows[index.row()]
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
