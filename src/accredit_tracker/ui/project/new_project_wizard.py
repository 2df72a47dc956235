"""File → New project as one guided flow: the facility's name and the project file, its
standards (a spreadsheet, the bundled demo library, or a template workbook to fill in), and
its first assessment; the window then shows that assessment's checklist."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from accredit_tracker.core.assessment.assessments import AssessmentError, create_assessment
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.progress import Cancelled
from accredit_tracker.core.storage.project import (
    PROJECT_SUFFIX,
    Project,
    ProjectError,
    create_project,
)
from accredit_tracker.core.storage.project_details import set_facility_name
from accredit_tracker.core.vocabulary import AssessmentKind
from accredit_tracker.ui.common.background import run_with_progress
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.saving import FileKind, choose_save_path

if TYPE_CHECKING:
    from accredit_tracker.interchange.standards.importer import ImportReport

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


class NewProjectWizard(QWizard):
    """Each page does its part when Next is pressed (create the file, read the standards,
    start the assessment), so a problem is said on the page that can put it right; the
    first two pages are commit pages, as what they did cannot be taken back."""

    def __init__(self, preferences: Preferences, user: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newProjectWizard")
        self.setWindowTitle(self.tr("New project"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.preferences = preferences
        self.user = user
        self.project: Project | None = None
        self.path: Path | None = None
        self.library_id: int | None = None
        self.assessment_id: int | None = None
        self.facility_page = FacilityPage(self)
        self.standards_page = StandardsPage(self)
        self.assessment_page = FirstAssessmentPage(self)
        for page in (self.facility_page, self.standards_page, self.assessment_page):
            self.addPage(page)
        self.setMinimumWidth(640)


class FacilityPage(QWizardPage):
    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.flow = wizard
        self.setTitle(self.tr("Your facility"))
        self.setSubTitle(
            self.tr(
                "The facility's name heads every report. The project is one file that keeps "
                "the standards, the assessments and their evidence."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the project"))
        self.facility = QLineEdit()
        self.facility.setObjectName("facilityName")
        self.facility.setPlaceholderText(self.tr("e.g. City Hospital No. 1"))
        self.file = QLineEdit()
        self.file.setObjectName("projectFile")
        self.file.setPlaceholderText(self.tr("Where the project file is kept"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        self._file_chosen = False
        self.facility.textChanged.connect(self._suggest_file)
        self.file.textEdited.connect(self._file_typed)
        self.facility.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.file.textChanged.connect(lambda _text: self.completeChanged.emit())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("&Facility name:"), self.facility)
        file_label = QLabel(self.tr("Project &file:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)

    def _file_typed(self, _text: str) -> None:
        self._file_chosen = True  # the user's own name for the file: no longer suggested

    def _suggest_file(self, name: str) -> None:
        """Name the file after the facility until the user chooses one."""
        if self._file_chosen:
            return
        stem = _UNSAFE_IN_FILE_NAMES.sub(" ", name).strip() or self.tr("Accreditation")
        self.file.setText(str(self.flow.preferences.project_folder / f"{stem}{PROJECT_SUFFIX}"))

    def _choose_file(self) -> None:
        kind = FileKind(self.tr("Accredit Tracker projects (*%s)") % PROJECT_SUFFIX, PROJECT_SUFFIX)
        current = Path(self.file.text()) if self.file.text() else None
        folder = current or self.flow.preferences.project_folder
        target = choose_save_path(self, self.tr("New project"), folder, [kind])
        if target is not None:
            self._file_chosen = True
            self.file.setText(str(target))

    def isComplete(self) -> bool:
        return bool(self.facility.text().strip() and self.file.text().strip())

    def validatePage(self) -> bool:
        target = Path(self.file.text().strip()).expanduser()
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("New project"),
                self.tr(
                    "%s already exists. Choose another file name, or open it with Open project."
                )
                % target,
            )
            return False
        try:
            project = create_project(target, user=self.flow.user)
            with project.transaction() as session:
                set_facility_name(session, self.facility.text().strip(), user=self.flow.user)
        except (ProjectError, UserError) as error:
            QMessageBox.warning(self, self.tr("Cannot create project"), str(error))
            return False
        self.flow.project, self.flow.path = project, target
        self.flow.preferences.project_folder = target.parent
        return True


class StandardsPage(QWizardPage):
    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.flow = wizard
        self.setTitle(self.tr("Standards"))
        self.setSubTitle(
            self.tr("The measurable elements the facility is assessed against, read once.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Read the standards"))
        self.import_file = QRadioButton(
            self.tr("Import a spreadsheet of our standards (Excel, OpenDocument or CSV)")
        )
        self.import_file.setObjectName("importFileChoice")
        self.demo_library = QRadioButton(
            self.tr("Start with the bundled demo library (synthetic text, to try the application)")
        )
        self.demo_library.setObjectName("demoLibraryChoice")
        self.import_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.import_file)
        group.addButton(self.demo_library)
        save_template = QPushButton(self.tr("Save a template workbook…"))
        save_template.setObjectName("saveTemplate")
        save_template.clicked.connect(self.save_template)
        self.template_note = QLabel(
            self.tr(
                "No spreadsheet of your standards yet? Save the template workbook, fill in one "
                "row per measurable element, and import it here."
            )
        )
        self.template_note.setWordWrap(True)
        template_row = QHBoxLayout()
        template_row.addWidget(save_template)
        template_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_file)
        layout.addWidget(self.demo_library)
        layout.addSpacing(12)
        layout.addWidget(self.template_note)
        layout.addLayout(template_row)
        layout.addStretch(1)

    def save_template(self) -> Path | None:
        """Offer to save the template workbook; the path written, or None."""
        from accredit_tracker.interchange.standards.template import write_template

        kind = FileKind(self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        suggested = self.flow.preferences.import_folder / self.tr("Standards template.xlsx")
        target = choose_save_path(self, self.tr("Save template workbook"), suggested, [kind])
        if target is None:
            return None
        try:
            write_template(target)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Template not saved"), str(error))
            return None
        self.flow.preferences.import_folder = target.parent
        self.template_note.setText(
            self.tr(
                "The template was saved to %s. Fill it in, save it, and import it here with the "
                "first choice."
            )
            % target
        )
        return target

    def validatePage(self) -> bool:
        project = self.flow.project
        if project is None:
            return False
        report: ImportReport | None
        if self.demo_library.isChecked():
            from accredit_tracker.demo import import_demo_library

            try:
                report = run_with_progress(
                    self,
                    self.tr("Reading the demo library"),
                    lambda monitor: import_demo_library(
                        project, user=self.flow.user, monitor=monitor
                    ),
                )
            except Cancelled:
                return False
            except UserError as error:
                QMessageBox.warning(self, self.tr("Standards not read"), str(error))
                return False
        else:
            from accredit_tracker.ui.imports.standards_dialog import choose_and_import

            report = choose_and_import(self, project, self.flow.user, self.flow.preferences)
        if report is None:
            return False
        self.flow.library_id = report.library_id
        self.flow.assessment_page.library_read(report)
        return True


class FirstAssessmentPage(QWizardPage):
    def __init__(self, wizard: NewProjectWizard) -> None:
        super().__init__(wizard)
        self.flow = wizard
        self.setTitle(self.tr("First assessment"))
        self.setSubTitle(
            self.tr(
                "An assessment is one pass over every measurable element: a self-assessment, "
                "a mock survey, the official survey."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start the checklist"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.name = QLineEdit(self.tr("Self-assessment %s") % date.today().year)
        self.name.setObjectName("assessmentName")
        self.name.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.kind = QComboBox()
        for kind, label in (
            (AssessmentKind.SELF, self.tr("Self-assessment")),
            (AssessmentKind.MOCK, self.tr("Mock survey")),
            (AssessmentKind.OFFICIAL, self.tr("Official survey")),
            (AssessmentKind.FOLLOW_UP, self.tr("Follow-up survey")),
        ):
            self.kind.addItem(label, kind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        layout.addLayout(form)
        layout.addStretch(1)

    def library_read(self, report: ImportReport) -> None:
        """Say what was read, so that the officer sees it is the library they meant."""
        library = report.library
        self.summary.setText(
            self.tr("Read “%1”: %2, %3, %4.")
            .replace("%1", library.name)
            .replace("%2", self.tr("%Ln chapter(s)", "", len(library.chapters)))
            .replace("%3", self.tr("%Ln standard(s)", "", library.standard_count))
            .replace("%4", self.tr("%Ln measurable element(s)", "", library.element_count))
        )

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        project, library_id = self.flow.project, self.flow.library_id
        if project is None or library_id is None:
            return False
        try:
            with project.transaction() as session:
                self.flow.assessment_id = create_assessment(
                    session,
                    library_id=library_id,
                    name=self.name.text(),
                    user=self.flow.user,
                    kind=AssessmentKind(cast(str, self.kind.currentData())),
                )
        except (AssessmentError, UserError) as error:
            QMessageBox.warning(self, self.tr("New assessment"), str(error))
            return False
        return True
