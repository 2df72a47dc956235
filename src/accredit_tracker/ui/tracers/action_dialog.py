"""Raising a corrective action, and verifying a done one: what will be done, by whom and by
when, how success is measured, and whether it proved effective."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from accredit_tracker.core.tracers.corrective_actions import raise_action, verify_action
from accredit_tracker.ui.common.locale_text import date_pattern
from accredit_tracker.ui.project.assessment_dialog import OptionalDate
from accredit_tracker.ui.tracers.chosen_files import ChosenFiles
from accredit_tracker.ui.tracers.finding_dialog import CODE_SEPARATOR, typed_element_ids


def _date_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    return edit


class ActionDialog(QDialog):
    """Stores the action when accepted (:attr:`action_id` then holds its id); a refusal is
    said and the dialog stays open with what was typed."""

    def __init__(
        self,
        project: Project,
        assessment_id: int,
        user: str,
        *,
        finding_id: int | None = None,
        element_codes: Sequence[str] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.assessment_id = assessment_id
        self.user = user
        self.finding_id = finding_id
        self.action_id: int | None = None
        self.setWindowTitle(self.tr("Raise corrective action"))
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("What will be done"))
        self.what.setTabChangesFocus(True)
        self.elements = QLineEdit(f"{CODE_SEPARATOR} ".join(element_codes))
        self.elements.setPlaceholderText(self.tr("Element codes, separated by ';'"))
        self.root_cause = QLineEdit()
        self.root_cause.setPlaceholderText(self.tr("Why it happened, as the analysis found"))
        self.owner = QLineEdit()
        self.department = QLineEdit()
        self.opened_on = _date_edit(date.today())
        self.due_on = OptionalDate(self.tr("Set"))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(
            self.tr("e.g. 30 records audited monthly, ≥ 90 % compliant for 4 months in a row")
        )
        form = QFormLayout()
        form.addRow(self.tr("Action"), self.what)
        form.addRow(self.tr("Elements"), self.elements)
        form.addRow(self.tr("Root cause"), self.root_cause)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Opened"), self.opened_on)
        form.addRow(self.tr("Due"), self.due_on)
        form.addRow(self.tr("Measure of success"), self.measure)
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
                ids = typed_element_ids(session, self.assessment_id, self.elements.text())
                self.action_id = raise_action(
                    session,
                    assessment_id=self.assessment_id,
                    what=self.what.toPlainText(),
                    element_assessment_ids=ids,
                    finding_id=self.finding_id,
                    root_cause=self.root_cause.text(),
                    owner=self.owner.text(),
                    department=self.department.text(),
                    opened_on=_date_of(self.opened_on),
                    due_on=self.due_on.value(),
                    measure=self.measure.text(),
                    user=self.user,
                )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Action not saved"), str(error))
            return
        super().accept()


class VerifyDialog(QDialog):
    """Records the verification of a done action when accepted; a refusal is said and the
    dialog stays open."""

    def __init__(self, project: Project, action_id: int, user: str, parent: Any = None):
        super().__init__(parent)
        self.project = project
        self.action_id = action_id
        self.user = user
        self.setWindowTitle(self.tr("Verify action"))
        self.effective = QComboBox()
        self.effective.addItem(self.tr("Effective: the measure of success was met"), True)
        self.effective.addItem(self.tr("Not effective"), False)
        self.verified_on = _date_edit(date.today())
        self.verified_by = QLineEdit(user)
        self.found = QPlainTextEdit()
        self.found.setPlaceholderText(self.tr("What the verification found"))
        self.found.setTabChangesFocus(True)
        self.evidence = ChosenFiles(self.tr("Add evidence…"), self.tr("Add evidence"))
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.effective)
        form.addRow(self.tr("Verified on"), self.verified_on)
        form.addRow(self.tr("Verified by"), self.verified_by)
        form.addRow(self.tr("Result"), self.found)
        form.addRow(self.tr("Evidence"), self.evidence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def add_files(self, paths: Sequence[Path]) -> None:
        self.evidence.add_files(paths)

    def accept(self) -> None:
        try:
            with self.project.transaction() as session:
                verify_action(
                    session,
                    self.action_id,
                    effective=bool(self.effective.currentData()),
                    verified_on=_date_of(self.verified_on),
                    verified_by=self.verified_by.text(),
                    result=self.found.toPlainText(),
                    evidence_files=self.evidence.files,
                    user=self.user,
                )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Verification not saved"), str(error))
            return
        super().accept()
