"""New assessment: name, kind, scoring profile, and blank or starting from an earlier one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from accredit_tracker.core.assessments import AssessmentError, create_assessment
from accredit_tracker.core.libraries import library_counts
from accredit_tracker.core.profiles import profile_names
from accredit_tracker.core.project import Project
from accredit_tracker.core.readiness import assessments
from accredit_tracker.core.vocabulary import AssessmentKind


class NewAssessmentDialog(QDialog):
    def __init__(self, project: Project, user: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.assessment_id: int | None = None
        self.setWindowTitle(self.tr("New assessment"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Mock survey, spring 2027"))
        self.kind = QComboBox()
        for kind, label in (
            (AssessmentKind.SELF, self.tr("Self-assessment")),
            (AssessmentKind.MOCK, self.tr("Mock survey")),
            (AssessmentKind.OFFICIAL, self.tr("Official survey")),
        ):
            self.kind.addItem(label, kind)
        self.library = QComboBox()
        self.profile = QComboBox()
        self.start_from = QComboBox()
        self.start_from.addItem(self.tr("Blank: every element not assessed"), None)
        with project.session() as session:
            for counts in library_counts(session):
                self.library.addItem(
                    self.tr("%s (%s elements)") % (counts.name, f"{counts.elements:,}"),
                    counts.library_id,
                )
            for key, name in profile_names(session).items():
                self.profile.addItem(name, key)
            for assessment in assessments(session):
                self.start_from.addItem(
                    self.tr("Results of “%s”") % assessment.name,
                    (assessment.id, assessment.library_id),
                )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Standards library"), self.library)
        form.addRow(self.tr("Scoring"), self.profile)
        form.addRow(self.tr("Start from"), self.start_from)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        earlier = self.start_from.currentData()
        library_id = self.library.currentData()
        if earlier is not None:
            library_id = earlier[1]
        if library_id is None:
            QMessageBox.warning(
                self, self.tr("New assessment"), self.tr("Import a standards library first.")
            )
            return
        try:
            with self.project.transaction() as session:
                self.assessment_id = create_assessment(
                    session,
                    library_id=library_id,
                    name=self.name.text(),
                    user=self.user,
                    kind=AssessmentKind(self.kind.currentData()),
                    profile_key=self.profile.currentData(),
                    based_on=earlier[0] if earlier is not None else None,
                )
        except AssessmentError as error:
            QMessageBox.warning(self, self.tr("New assessment"), str(error))
            return
        super().accept()
