"""New assessment: name, kind, survey dates, scoring profile, and blank, starting from an
earlier one (its results, owners and, optionally, evidence links), or from an earlier one on
another library, through a mapping (equal elements carried to review, others suggested)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.assessment.assessments import AssessmentError, create_assessment
from accredit_tracker.core.crosswalk.carrying import CarrySummary, carry_assessment
from accredit_tracker.core.crosswalk.mappings import MappingError, mapping_sets
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.readiness.profiles import profile_names
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.core.vocabulary import AssessmentKind
from accredit_tracker.ui.common.date_field import DateField
from accredit_tracker.ui.common.locale_text import date_text


class OptionalDate(QWidget):
    """A date that may be left unset: a check box turns the date field on."""

    def __init__(self, label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = DateField(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class NewAssessmentDialog(QDialog):
    def __init__(
        self, project: Project, user: str, parent: Any = None, *, library_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.assessment_id: int | None = None
        self.carry_summary: CarrySummary | None = None
        self.setWindowTitle(self.tr("New assessment"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Mock survey, spring 2027"))
        self.kind = QComboBox()
        for kind, label in (
            (AssessmentKind.SELF, self.tr("Self-assessment")),
            (AssessmentKind.MOCK, self.tr("Mock survey")),
            (AssessmentKind.OFFICIAL, self.tr("Official survey")),
            (AssessmentKind.FOLLOW_UP, self.tr("Follow-up survey")),
        ):
            self.kind.addItem(label, kind)
        self.starts_on = OptionalDate(self.tr("Set"))
        self.ends_on = OptionalDate(self.tr("Set"))
        self.library = QComboBox()
        self.profile = QComboBox()
        self.start_from = QComboBox()
        self.start_from.addItem(self.tr("Blank: every element not assessed"), None)
        with project.session() as session:
            for counts in library_counts(session):
                self.library.addItem(
                    self.tr("%1 (%Ln element(s))", "", counts.elements).replace("%1", counts.title),
                    counts.library_id,
                )
            for key, name in profile_names(session).items():
                self.profile.addItem(name, key)
            every = assessments(session)
            for assessment in every:
                self.start_from.addItem(
                    self.tr("Results of “%s”") % assessment.name,
                    (assessment.id, assessment.library_id),
                )
            # From an earlier one on another library, through a mapping from its library.
            for mapping in mapping_sets(session):
                for assessment in every:
                    if assessment.library_id == mapping.source_library_id:
                        self.start_from.addItem(
                            self.tr("“%s” on another library, through the mapping “%s”")
                            % (assessment.name, mapping.name),
                            (assessment.id, mapping.target_library_id, mapping.id),
                        )
        self.carry_evidence = QCheckBox(self.tr("and their evidence links"))
        self.carry_evidence.setChecked(True)
        self.carry_evidence.setToolTip(
            self.tr("Link each element to the evidence files it has in the earlier assessment")
        )
        if library_id is not None and (found := self.library.findData(library_id)) >= 0:
            self.library.setCurrentIndex(found)
        self.start_from.currentIndexChanged.connect(self._start_from_changed)
        self._start_from_changed()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Survey starts"), self.starts_on)
        form.addRow(self.tr("Survey ends"), self.ends_on)
        form.addRow(self.tr("Standards library"), self.library)
        form.addRow(self.tr("Scoring"), self.profile)
        form.addRow(self.tr("Start from"), self.start_from)
        form.addRow("", self.carry_evidence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _start_from_changed(self) -> None:
        earlier = self.start_from.currentData()
        # Through a mapping, the evidence of equal elements is always carried, to review.
        self.carry_evidence.setEnabled(earlier is not None and len(earlier) == 2)
        self.library.setEnabled(earlier is None)
        if earlier is not None:
            self.library.setCurrentIndex(max(self.library.findData(earlier[1]), 0))

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
        starts_on, ends_on = self.starts_on.value(), self.ends_on.value()
        if starts_on is not None and ends_on is not None and ends_on < starts_on:
            QMessageBox.warning(
                self,
                self.tr("New assessment"),
                self.tr("The survey cannot end (%s) before it starts (%s).")
                % (date_text(ends_on), date_text(starts_on)),
            )
            self.ends_on.edit.setFocus()
            return
        try:
            if earlier is not None and len(earlier) == 3:
                self._carry_through_mapping(earlier[0], earlier[2], starts_on, ends_on)
                super().accept()
                return
            with self.project.transaction() as session:
                self.assessment_id = create_assessment(
                    session,
                    library_id=library_id,
                    name=self.name.text(),
                    user=self.user,
                    kind=AssessmentKind(self.kind.currentData()),
                    profile_key=self.profile.currentData(),
                    starts_on=starts_on,
                    ends_on=ends_on,
                    based_on=earlier[0] if earlier is not None else None,
                    carry_evidence=self.carry_evidence.isChecked(),
                )
        except (AssessmentError, MappingError, AccessRefused) as error:
            self.assessment_id = None
            QMessageBox.warning(self, self.tr("New assessment"), str(error))
            return
        super().accept()

    def _carry_through_mapping(
        self, source_id: int, mapping_id: int, starts_on: date | None, ends_on: date | None
    ) -> None:
        with self.project.transaction() as session:
            summary = carry_assessment(
                session,
                source_id,
                mapping_id,
                name=self.name.text(),
                kind=AssessmentKind(self.kind.currentData()),
                user=self.user,
                profile_key=self.profile.currentData(),
                starts_on=starts_on,
                ends_on=ends_on,
            )
        self.assessment_id = summary.assessment_id
        self.carry_summary = summary
