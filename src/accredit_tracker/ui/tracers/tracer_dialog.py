"""Planning a tracer: its kind, date, units, the people who run it, its focus, and the
chapters, standards or tags its worksheet lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.tracers.tracers import plan_tracer
from accredit_tracker.core.tracers.words import TracerKind, TracerStatus
from accredit_tracker.ui.project.assessment_dialog import OptionalDate


class TracerDialog(QDialog):
    """Stores the tracer when accepted (:attr:`tracer_id` then holds its id); a refusal is
    said and the dialog stays open with what was typed."""

    def __init__(self, project: Project, assessment_id: int, user: str, parent: Any = None):
        super().__init__(parent)
        self.project = project
        self.assessment_id = assessment_id
        self.user = user
        self.tracer_id: int | None = None
        self.setWindowTitle(self.tr("New tracer"))
        self.kind = QComboBox()
        for kind in TracerKind:
            self.kind.addItem(kind.shown, kind)
        self.held_on = OptionalDate(self.tr("Set"))
        self.units = QLineEdit()
        self.units.setPlaceholderText(self.tr("e.g. Emergency, Ward 3, Pharmacy"))
        self.people = QLineEdit()
        self.people.setPlaceholderText(self.tr("Who runs it"))
        self.focus = QPlainTextEdit()
        self.focus.setPlaceholderText(
            self.tr("The patient's pathway, without name or record number, or the system followed")
        )
        self.focus.setTabChangesFocus(True)
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("Chapters, standards or tags, separated by ';'"))
        self.scope.setToolTip(self.tr("Their elements are listed on the tracer's worksheet"))
        self.held_already = QCheckBox(self.tr("Held already"))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Units"), self.units)
        form.addRow(self.tr("People"), self.people)
        form.addRow(self.tr("Focus"), self.focus)
        form.addRow(self.tr("Worksheet"), self.scope)
        form.addRow("", self.held_already)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.project.transaction() as session:
                self.tracer_id = plan_tracer(
                    session,
                    assessment_id=self.assessment_id,
                    kind=TracerKind(self.kind.currentData()),
                    focus=self.focus.toPlainText(),
                    held_on=self.held_on.value(),
                    units=self.units.text(),
                    people=self.people.text(),
                    scope=self.scope.text(),
                    status=TracerStatus.DONE
                    if self.held_already.isChecked()
                    else TracerStatus.PLANNED,
                    user=self.user,
                )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Tracer not saved"), str(error))
            return
        super().accept()
