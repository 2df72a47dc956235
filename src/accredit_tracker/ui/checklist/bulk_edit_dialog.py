"""Bulk edit: set result, work status, owner or due date of many selected elements at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.common.labels import result_label, status_label
from accredit_tracker.ui.common.locale_text import date_pattern


class BulkEditDialog(QDialog):
    """Each field starts as "leave as it is"; only the fields the user sets are changed."""

    def __init__(self, count: int, owners: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk edit"))
        self.values: dict[str, object] = {}
        keep = self.tr("— leave as it is —")
        self.result_box = QComboBox()
        self.result_box.addItem(keep, None)
        for result in Result:
            self.result_box.addItem(result_label(result), result)
        self.status = QComboBox()
        self.status.addItem(keep, None)
        for status in WorkStatus:
            self.status.addItem(status_label(status), status)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItem("")
        self.owner.addItems(owners)
        line = self.owner.lineEdit()
        if line is not None:
            line.setPlaceholderText(keep)
        self.set_due = QCheckBox(self.tr("Set due date"))
        self.due = QDateEdit(QDate.currentDate())
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_pattern())
        self.due.setEnabled(False)
        self.set_due.toggled.connect(self.due.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Result"), self.result_box)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.set_due, self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Change %Ln selected element(s) in one step (one undo).", "", count))
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        values: dict[str, object] = {}
        if self.result_box.currentData() is not None:
            values["result"] = Result(self.result_box.currentData())
        if self.status.currentData() is not None:
            values["work_status"] = WorkStatus(self.status.currentData())
        if self.owner.currentText().strip():
            values["owner"] = self.owner.currentText().strip()
        if self.set_due.isChecked():
            values["due_date"] = self.due.date().toPython()
        self.values = values
        super().accept()
