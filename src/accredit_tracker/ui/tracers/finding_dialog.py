"""Recording a finding on a tracer: what was seen, where, the elements it bears on, the
compliance observed, its severity and the photos or documents that show it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from accredit_tracker.core.assessment.element_lookup import element_assessments_by_codes
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.tracers.findings import record_finding
from accredit_tracker.core.tracers.queries import earlier_findings
from accredit_tracker.core.tracers.words import Impact, Likelihood
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.tracers.chosen_files import ChosenFiles

CODE_SEPARATOR = ";"


def typed_element_ids(session: Any, assessment_id: int, typed: str) -> list[int]:
    """The element assessments named by the codes typed (separated by ``CODE_SEPARATOR``),
    looked up together; a code naming none, or several, is refused."""
    codes = [code for code in typed.split(CODE_SEPARATOR) if code.strip()]
    found = element_assessments_by_codes(session, assessment_id, codes)
    ids = []
    for code in codes:
        matches = found[code]
        if len(matches) != 1:
            raise UserError(
                QCoreApplication.translate(
                    "FindingDialog", "This assessment has no measurable element '%s'."
                )
                % code.strip()
            )
        ids.append(matches[0].element_assessment_id)
    return ids


class FindingDialog(QDialog):
    """Stores the finding when accepted (:attr:`finding_id` then holds its id); a refusal is
    said and the dialog stays open with what was typed."""

    def __init__(
        self,
        project: Project,
        assessment_id: int,
        tracer_id: int,
        user: str,
        element_codes: Sequence[str] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.assessment_id = assessment_id
        self.tracer_id = tracer_id
        self.user = user
        self.finding_id: int | None = None
        self.setWindowTitle(self.tr("Record finding"))
        self.observed = QPlainTextEdit()
        self.observed.setPlaceholderText(self.tr("What was seen, heard or read"))
        self.observed.setTabChangesFocus(True)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. Ward 3 treatment room"))
        self.elements = QLineEdit(f"{CODE_SEPARATOR} ".join(element_codes))
        self.elements.setPlaceholderText(self.tr("Element codes, separated by ';'"))
        self.compliance = QComboBox()
        for result in (Result.PARTIALLY_MET, Result.NOT_MET, Result.FULLY_MET):
            self.compliance.addItem(result_label(result), result)
        self.likelihood = QComboBox()
        for likelihood in Likelihood:
            self.likelihood.addItem(likelihood.shown, likelihood)
        self.impact = QComboBox()
        for impact in Impact:
            self.impact.addItem(impact.shown, impact)
        severity = QHBoxLayout()
        severity.addWidget(self.likelihood, 1)
        severity.addWidget(self.impact, 1)
        self.earlier = QLabel()
        self.earlier.setObjectName("earlierFindings")
        self.earlier.setWordWrap(True)
        self.elements.editingFinished.connect(self.show_earlier_findings)
        self.evidence = ChosenFiles(
            self.tr("Add photos or documents…"), self.tr("Add photos or documents")
        )
        self.evidence.list.setObjectName("findingFiles")
        form = QFormLayout()
        form.addRow(self.tr("Finding"), self.observed)
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.tr("Elements"), self.elements)
        form.addRow("", self.earlier)
        form.addRow(self.tr("Observed compliance"), self.compliance)
        form.addRow(self.tr("Likelihood × impact"), severity)
        form.addRow(self.tr("Evidence"), self.evidence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.show_earlier_findings()

    def _element_ids(self, session: Any) -> list[int]:
        """The element assessments the codes typed name; a code naming none is refused."""
        return typed_element_ids(session, self.assessment_id, self.elements.text())

    def show_earlier_findings(self) -> None:
        """Say what was found before on the elements typed, in this survey or earlier ones: a
        repeat is worth knowing while recording."""
        with self.project.session() as session:
            try:
                found = earlier_findings(
                    session, self.assessment_id, self._element_ids(session), this_survey_too=True
                )
            except UserError:
                found = []
        self.earlier.setVisible(bool(found))
        self.earlier.setText(
            "\n".join(
                self.tr("Earlier, in %1: %2")
                .replace("%1", f.assessment_name)
                .replace("%2", f.observed)
                for f in found
            )
        )

    def add_files(self, paths: Sequence[Path]) -> None:
        self.evidence.add_files(paths)

    def accept(self) -> None:
        try:
            with self.project.transaction() as session:
                ids = self._element_ids(session)
                self.finding_id = record_finding(
                    session,
                    tracer_id=self.tracer_id,
                    observed=self.observed.toPlainText(),
                    location=self.location.text(),
                    element_assessment_ids=ids,
                    compliance=Result(self.compliance.currentData()),
                    likelihood=Likelihood(self.likelihood.currentData()),
                    impact=Impact(self.impact.currentData()),
                    evidence_files=self.evidence.files,
                    user=self.user,
                )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Finding not saved"), str(error))
            return
        super().accept()
