"""Bulk edit: set result, work status, owner, department, due date or notes of many selected
elements at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.common.date_field import DateField
from accredit_tracker.ui.common.labels import result_label, status_label


class BulkEditDialog(QDialog):
    """Each field starts as "leave as it is"; only the fields the user sets are changed."""

    def __init__(
        self,
        count: int,
        owners: list[str],
        parent: Any = None,
        *,
        departments: list[str] | None = None,
    ) -> None:
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
        self.owner = _names_box(owners, keep)
        self.owner.setObjectName("bulkOwner")
        self.department = _names_box(departments or [], keep)
        self.department.setObjectName("bulkDepartment")
        self.set_due = QCheckBox(self.tr("Set due date"))
        self.due = DateField(QDate.currentDate())
        self.due.setEnabled(False)
        self.set_due.toggled.connect(self.due.setEnabled)
        self.set_notes = QCheckBox(self.tr("Set notes"))
        self.set_notes.setToolTip(
            self.tr("Replace the notes of every selected element (left empty: clear them)")
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("bulkNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notes.setEnabled(False)
        self.set_notes.toggled.connect(self.notes.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Result"), self.result_box)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.set_due, self.due)
        form.addRow(self.set_notes, self.notes)
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
        if self.department.currentText().strip():
            values["department"] = self.department.currentText().strip()
        if self.set_due.isChecked():
            self.due.interpretText()  # a date typed and not yet left
            values["due_date"] = self.due.date().toPython()
        if self.set_notes.isChecked():
            values["notes"] = self.notes.toPlainText().strip()
        self.values = values
        super().accept()


def _names_box(names: list[str], keep: str) -> QComboBox:
    """An editable list of the names in use, empty (leave as it is) until one is chosen."""
    box = QComboBox()
    box.setEditable(True)
    box.addItem("")
    box.addItems(names)
    line = box.lineEdit()
    if line is not None:
        line.setPlaceholderText(keep)
    return box
