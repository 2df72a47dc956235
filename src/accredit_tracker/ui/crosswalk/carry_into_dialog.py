"""Carry results into this assessment: an officer fills an assessment the administrator made,
in which nothing is recorded yet, from an assessment of another library through a mapping
(equal elements carried to review, others suggested)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from accredit_tracker.core.crosswalk.carrying import CarrySummary, carry_into_assessment
from accredit_tracker.core.crosswalk.mappings import mapping_sets
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import AccessRefused, Project


class CarryIntoDialog(QDialog):
    """Choose the assessment to carry from and the mapping to carry through; OK carries."""

    def __init__(self, project: Project, assessment_id: int, user: str, parent: Any = None):
        super().__init__(parent)
        self.project = project
        self.assessment_id = assessment_id
        self.user = user
        self.summary: CarrySummary | None = None
        self.setWindowTitle(self.tr("Carry results into this assessment"))
        self.source = QComboBox()
        self.source.setObjectName("carrySource")
        with project.session() as session:
            target = session.get(Assessment, assessment_id)
            assert target is not None
            name = target.name
            every = assessments(session)
            for mapping in mapping_sets(session):
                if mapping.target_library_id != target.library_id:
                    continue
                for assessment in every:
                    if assessment.library_id == mapping.source_library_id:
                        self.source.addItem(
                            self.tr("“%s” through the mapping “%s”")
                            % (assessment.name, mapping.name),
                            (assessment.id, mapping.id),
                        )
        explanation = QLabel(
            self.tr(
                "Elements mapped as equal take the result, work status, owner, notes and "
                "evidence links of their source element, marked “carried — review”; the other "
                "mappings become suggestions. Only an assessment in which nothing has been "
                "recorded yet can be filled so."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Into:"), QLabel(name))
        form.addRow(self.tr("&Carry from:"), self.source)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.source.count() == 0:
            self.source.addItem(
                self.tr("No mapping leads to this assessment's library from another one"), None
            )
            self.source.setEnabled(False)
            ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        chosen = self.source.currentData()
        if chosen is None:
            return
        source_id, mapping_id = chosen
        try:
            with self.project.transaction() as session:
                self.summary = carry_into_assessment(
                    session, source_id, mapping_id, self.assessment_id, user=self.user
                )
        except (UserError, AccessRefused) as error:
            QMessageBox.warning(self, self.tr("Carry results into this assessment"), str(error))
            return
        super().accept()
