"""Table model of the checklist: the measurable elements that pass the filter, sorted in Python."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from accredit_tracker.core.assessment.checklist import ElementFilter, ElementRow
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.common.labels import result_label, status_label
from accredit_tracker.ui.common.locale_text import date_text, moment_text
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.palette import BAD_NEWS, RESULT_COLOURS

(
    COL_CODE,
    COL_TEXT,
    COL_RESULT,
    COL_STATUS,
    COL_OWNER,
    COL_DUE,
    COL_EVIDENCE,
    COL_CHANGED,
    COL_DEPARTMENT,
    COL_NOTES,
) = range(10)
COLUMN_COUNT = 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_RESULT_ORDER = {result: i for i, result in enumerate(Result)}
_STATUS_ORDER = {status: i for i, status in enumerate(WorkStatus)}
_SORT_KEYS: dict[int, Callable[[ElementRow], Any]] = {
    COL_CODE: lambda r: r.position,
    COL_TEXT: lambda r: r.text.casefold(),
    COL_RESULT: lambda r: _RESULT_ORDER[r.result],
    COL_STATUS: lambda r: _STATUS_ORDER[r.work_status],
    COL_OWNER: lambda r: r.owner.casefold(),
    COL_DUE: lambda r: r.due_date,
    COL_EVIDENCE: lambda r: r.evidence_count,
    COL_CHANGED: lambda r: r.updated_at,
    COL_DEPARTMENT: lambda r: r.department.casefold(),
    COL_NOTES: lambda r: r.notes.casefold(),
}
# Columns whose empty cells go last in either order, as in a spreadsheet.
_BLANK: dict[int, Callable[[ElementRow], bool]] = {
    COL_OWNER: lambda r: not r.owner,
    COL_DUE: lambda r: r.due_date is None,
    COL_CHANGED: lambda r: r.updated_at is None,
    COL_DEPARTMENT: lambda r: not r.department,
    COL_NOTES: lambda r: not r.notes,
}


def sorted_rows(rows: list[ElementRow], column: int, order: Qt.SortOrder) -> list[ElementRow]:
    descending = order == Qt.SortOrder.DescendingOrder
    blank = _BLANK.get(column)
    filled = rows if blank is None else [r for r in rows if not blank(r)]
    ordered = sorted(filled, key=_SORT_KEYS[column], reverse=descending)
    return ordered if blank is None else ordered + [r for r in rows if blank(r)]


class ElementTableModel(QAbstractTableModel):
    """Rows are filtered and sorted as Python lists and handed to the view whole: at 100,000
    rows that is a fraction of a second, where a sort/filter proxy asking the model for every
    cell takes many seconds."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ElementRow] = []
        self._by_id: dict[int, int] = {}  # element assessment id → position in _all
        self._rows: list[ElementRow] = []
        self._row_of: dict[int, int] = {}
        self._filter = ElementFilter()
        self._sort: tuple[int, Qt.SortOrder] = (COL_CODE, Qt.SortOrder.AscendingOrder)
        # Whether the shown rows are in the order of ``_sort`` (edits in place may unsettle it).
        self._in_order = True
        self.today = date.today()

    # Feeding the model

    def set_rows(self, rows: list[ElementRow]) -> None:
        self._all = rows
        self._by_id = {row.element_assessment_id: i for i, row in enumerate(rows)}
        self._refresh()

    def set_filter(self, element_filter: ElementFilter) -> None:
        self._filter = element_filter
        self._refresh()

    @property
    def element_filter(self) -> ElementFilter:
        return self._filter

    def replace_rows(self, changed: Iterable[ElementRow]) -> None:
        """Show new values of some rows in place; they stay visible even if they no longer
        match the filter, so that what the user just ticked does not jump away."""
        self._in_order = False
        for row in changed:
            element_id = row.element_assessment_id
            if element_id in self._by_id:
                self._all[self._by_id[element_id]] = row
            position = self._row_of.get(element_id)
            if position is not None:
                self._rows[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, COLUMN_COUNT - 1)
                )

    def _refresh(self) -> None:
        self.beginResetModel()
        rows = self._filter.apply(self._all, self.today)
        column, order = self._sort
        if column != COL_CODE or order != Qt.SortOrder.AscendingOrder:
            rows = sorted_rows(rows, column, order)
        self._rows = rows
        self._row_of = {row.element_assessment_id: i for i, row in enumerate(rows)}
        self._in_order = True
        self.endResetModel()

    # Reading it

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_rows(self) -> list[ElementRow]:
        return self._all

    def row_by_id(self, element_assessment_id: int) -> ElementRow | None:
        position = self._by_id.get(element_assessment_id)
        return None if position is None else self._all[position]

    def row_at(self, position: int) -> ElementRow:
        return self._rows[position]

    def position_of(self, element_assessment_id: int) -> int | None:
        return self._row_of.get(element_assessment_id)

    # Qt's interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the shown rows; the selection and the current element move with their rows.

        Rows already in that order are left alone: ``QTableView.sortByColumn`` asks twice
        (once itself, once through the header's sort indicator), which at 100,000 rows would
        double the wait."""
        if self._in_order and self._sort == (column, order):
            return
        self._sort = (column, order)
        self._in_order = True
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_ids = [self._rows[index.row()].element_assessment_id for index in kept]
        self._rows = sorted_rows(self._rows, column, order)
        self._row_of = {row.element_assessment_id: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept,
            [
                self.index(self._row_of[i], index.column())
                for i, index in zip(kept_ids, kept, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        # The tooltip gives the whole title of a column too narrow to show it.
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation != Qt.Orientation.Horizontal or role not in shown:
            return None
        return (
            self.tr("Code"),
            self.tr("Measurable element"),
            self.tr("Result"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Files"),
            self.tr("Changed"),
            self.tr("Department"),
            self.tr("Notes"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return row.text
            if column == COL_NOTES and row.notes:
                return row.notes
            if column == COL_CHANGED and row.updated_at is not None:
                return f"{moment_text(row.updated_at)} {row.updated_by}"
            if column == COL_EVIDENCE and row.expired_evidence:
                return self.tr("%s of %s evidence files past the review date") % (
                    row.expired_evidence,
                    row.evidence_count,
                )
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_RESULT:
            colour = RESULT_COLOURS.get(row.result)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            return QBrush(BAD_NEWS) if row.is_overdue(self.today) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_EVIDENCE:
            return QBrush(BAD_NEWS) if row.expired_evidence else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_EVIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ElementRow, column: int) -> Any:
        if column == COL_CODE:
            return row.code
        if column == COL_TEXT:
            return row.text.replace("\n", " ")
        if column == COL_RESULT:
            return result_label(row.result)
        if column == COL_STATUS:
            return status_label(row.work_status)
        if column == COL_OWNER:
            return row.owner
        if column == COL_DUE:
            return date_text(row.due_date) if row.due_date else ""
        if column == COL_EVIDENCE:
            if row.expired_evidence:
                return f"⚠ {row.evidence_count}"
            return str(row.evidence_count) if row.evidence_count else ""
        if column == COL_DEPARTMENT:
            return row.department
        if column == COL_NOTES:
            return row.notes.replace("\n", " ")
        return date_text(row.updated_at) if row.updated_at else ""
