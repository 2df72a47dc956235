"""My work: what one person is to do across the open surveys, by due date (elements, actions,
evidence reviews), and its due dates saved as an .ics calendar for Outlook or any other."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.tracers.my_work import WorkItem, WorkKind, my_work, work_owners
from accredit_tracker.interchange.report.work_calendar import write_work_calendar
from accredit_tracker.ui.common.locale_text import date_text
from accredit_tracker.ui.common.palette import BAD_NEWS
from accredit_tracker.ui.common.saving import FileKind, choose_save_path


class MyWorkDialog(QDialog):
    def __init__(self, project: Project, owner: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.items: list[WorkItem] = []
        self.setWindowTitle(self.tr("My work"))
        self.resize(800, 480)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setObjectName("workOwner")
        self.owner.addItems(self._owners())
        self.owner.setCurrentText(owner)
        self.owner.currentTextChanged.connect(lambda _text: self.refresh())
        self.calendar_button = QPushButton(self.tr("Save as calendar (.ics)…"))
        self.calendar_button.clicked.connect(lambda: self.save_calendar())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person")))
        top.addWidget(self.owner, 1)
        top.addWidget(self.calendar_button)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("workTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Kind"), self.tr("What"), self.tr("Assessment")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(2, 420)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _owners(self) -> list[str]:
        with self.project.session() as session:
            return work_owners(session)

    def refresh(self) -> None:
        owner = self.owner.currentText()
        with self.project.session() as session:
            self.items = my_work(session, owner, today=date.today()) if owner.strip() else []
        kinds = {
            WorkKind.ELEMENT: self.tr("Element"),
            WorkKind.ACTION: self.tr("Corrective action"),
            WorkKind.EVIDENCE_REVIEW: self.tr("Evidence review"),
        }
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            due = QTableWidgetItem(date_text(item.due) if item.due else "")
            if item.overdue:
                due.setForeground(QBrush(BAD_NEWS))
                due.setToolTip(self.tr("Overdue"))
            self.table.setItem(row, 0, due)
            self.table.setItem(row, 1, QTableWidgetItem(kinds[item.kind]))
            self.table.setItem(row, 2, QTableWidgetItem(item.what))
            self.table.setItem(row, 3, QTableWidgetItem(item.assessment_name))
        self.calendar_button.setEnabled(any(item.due for item in self.items))

    def save_calendar(self, path: Path | None = None) -> Path | None:
        """Save the dated items as an .ics file (asking where, unless ``path``)."""
        owner = " ".join(self.owner.currentText().split())
        if path is None:
            path = choose_save_path(
                self,
                self.tr("Save the due dates as a calendar"),
                Path.home() / f"{owner}.ics",
                [FileKind(self.tr("Calendar files (*.ics)"), ".ics")],
            )
            if path is None:
                return None
        try:
            write_work_calendar(self.items, path, owner=owner)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Calendar not saved"), str(error))
            return None
        return path
