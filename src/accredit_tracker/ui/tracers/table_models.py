"""The Tracers tab's tables: an assessment's tracers, the findings of the one chosen, and the
corrective actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from accredit_tracker.core.tracers.queries import ActionRow, FindingRow, TracerRow
from accredit_tracker.core.tracers.words import severity
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.locale_text import date_text
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.palette import BAD_NEWS

COL_TRACER_DATE, COL_TRACER_KIND, COL_TRACER_FOCUS, COL_TRACER_UNITS = 0, 1, 2, 3
COL_TRACER_STATUS, COL_TRACER_FINDINGS = 4, 5

COL_FINDING_OBSERVED, COL_FINDING_ELEMENTS, COL_FINDING_COMPLIANCE = 0, 1, 2
COL_FINDING_SEVERITY, COL_FINDING_WHERE, COL_FINDING_ACCEPTED, COL_FINDING_REPEAT = 3, 4, 5, 6

COL_ACTION_WHAT, COL_ACTION_ELEMENTS, COL_ACTION_OWNER, COL_ACTION_DEPARTMENT = 0, 1, 2, 3
COL_ACTION_DUE, COL_ACTION_STATUS, COL_ACTION_MEASURE, COL_ACTION_VERIFICATION = 4, 5, 6, 7

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the tracer or finding a row shows."""


class TracerTableModel(ListTableModel):
    rows: list[TracerRow]

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Focus"),
            self.tr("Units"),
            self.tr("Status"),
            self.tr("Findings"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_TRACER_DATE:
            return date_text(row.held_on) if row.held_on else ""
        if column == COL_TRACER_KIND:
            return row.kind.shown
        if column == COL_TRACER_FOCUS:
            return row.focus
        if column == COL_TRACER_UNITS:
            return row.units
        if column == COL_TRACER_STATUS:
            return row.status.shown
        return row.findings

    def position_of(self, tracer_id: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.id == tracer_id), None)


class FindingTableModel(ListTableModel):
    rows: list[FindingRow]

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Finding"),
            self.tr("Elements"),
            self.tr("Observed compliance"),
            self.tr("Severity"),
            self.tr("Where"),
            self.tr("Accepted"),
            self.tr("Repeat"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_FINDING_OBSERVED:
            return row.observed
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_FINDING_OBSERVED:
            return row.observed
        if column == COL_FINDING_ELEMENTS:
            return ", ".join(row.element_codes)
        if column == COL_FINDING_COMPLIANCE:
            return result_label(row.compliance)
        if column == COL_FINDING_SEVERITY:
            return severity(row.likelihood, row.impact)
        if column == COL_FINDING_WHERE:
            return row.location
        if column == COL_FINDING_REPEAT:
            return self.tr("Repeat") if row.repeat else ""
        return row.accepted_by if row.accepted else ""

    def row_by_id(self, finding_id: int) -> FindingRow | None:
        return next((row for row in self.rows if row.id == finding_id), None)


class ActionTableModel(ListTableModel):
    """Corrective actions; an overdue one's due date is shown in the bad-news colour."""

    rows: list[ActionRow]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Elements"),
            self.tr("Owner"),
            self.tr("Department"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Measure of success"),
            self.tr("Verification"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ACTION_DUE:
            return QBrush(BAD_NEWS) if row.overdue(self.today) else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ACTION_WHAT, COL_ACTION_MEASURE):
            return row.what if column == COL_ACTION_WHAT else row.measure
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_ACTION_WHAT:
            return row.what
        if column == COL_ACTION_ELEMENTS:
            return ", ".join(row.element_codes)
        if column == COL_ACTION_OWNER:
            return row.owner
        if column == COL_ACTION_DEPARTMENT:
            return row.department
        if column == COL_ACTION_DUE:
            due = date_text(row.due_on) if row.due_on else ""
            return self.tr("%s (overdue)") % due if row.overdue(self.today) else due
        if column == COL_ACTION_STATUS:
            return row.status.shown
        if column == COL_ACTION_MEASURE:
            return row.measure
        if row.verified_on is None:
            return ""
        return f"{date_text(row.verified_on)}, {row.verified_by}: {row.verification}"
