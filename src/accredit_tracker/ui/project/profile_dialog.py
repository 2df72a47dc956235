"""Scoring profile of an assessment: choose one of the project's, or load one from a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from accredit_tracker.core.assessment.assessments import AssessmentError, set_profile
from accredit_tracker.core.readiness.profiles import (
    InstalledProfile,
    ProfileError,
    install_profile,
    installed_profiles,
    load_profile_file,
    profile_summary,
)
from accredit_tracker.core.readiness.scoring import ProfileKind
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.read_only_table import set_up_read_only

NAME, KIND, RULES = range(3)
PROFILE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfileTableModel(ListTableModel):
    """The project's scoring profiles: name, kind and what they demand."""

    def row_of(self, profile_id: int) -> int:
        for row, installed in enumerate(self.rows):
            if installed.id == profile_id:
                return row
        return -1

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Rules"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        installed: InstalledProfile = self.rows[index.row()]
        if role == PROFILE_ID_ROLE:
            return installed.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        profile = installed.profile
        if index.column() == NAME:
            return profile.name
        if index.column() == KIND:
            if profile.kind is ProfileKind.POINTS:
                return self.tr("Points")
            return self.tr("Percentage bands")
        return profile_summary(profile)


class ProfileDialog(QDialog):
    """Pick the scoring profile of one assessment; OK stores the choice (audited)."""

    def __init__(self, project: Project, assessment_id: int, user: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.assessment_id = assessment_id
        self.user = user
        self.changed = False
        self.setWindowTitle(self.tr("Scoring profile"))
        with project.session() as session:
            assessment = session.get(Assessment, assessment_id)
            if assessment is None:
                raise LookupError(f"There is no assessment with id {assessment_id}.")
            self.current_profile_id = assessment.scoring_profile_id
            heading = self.tr("Score “%s” under:") % assessment.name
            locked = assessment.locked
        self.model = ProfileTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        set_up_read_only(self.table, word_wrap=True)
        self.table.horizontalHeader().setSectionResizeMode(RULES, QHeaderView.ResizeMode.Stretch)
        self.load_button = QPushButton(self.tr("Load from file…"))
        self.load_button.clicked.connect(self.load_from_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading))
        layout.addWidget(self.table)
        if locked:
            layout.addWidget(
                QLabel(self.tr("This assessment is locked; unlock it to change its scoring."))
            )
        layout.addWidget(self.buttons)
        self.resize(720, 280)
        self._refresh(self.current_profile_id)

    def _refresh(self, select_id: int) -> None:
        self.model.set_rows(self.project.read(installed_profiles))
        self.select_profile(select_id)
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(KIND)

    def select_profile(self, profile_id: int) -> None:
        row = self.model.row_of(profile_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_profile_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(PROFILE_ID_ROLE)
        return int(value) if value is not None else None

    def load_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a scoring profile"),
            "",
            self.tr("Scoring profiles (*.json);;All files (*)"),
        )
        if path:
            self.load_path(Path(path))

    def load_path(self, path: Path) -> int | None:
        """Read, validate and add a profile file to the project, then select it; a bad file
        is explained in a message and changes nothing."""
        try:
            profile = load_profile_file(path)
            with self.project.transaction() as session:
                profile_id = install_profile(session, profile, user=self.user)
        except ProfileError as error:
            QMessageBox.warning(self, self.tr("Load a scoring profile"), str(error))
            return None
        self._refresh(profile_id)
        return profile_id

    def accept(self) -> None:
        profile_id = self.selected_profile_id()
        if profile_id is None:
            QMessageBox.warning(self, self.tr("Scoring profile"), self.tr("Choose a profile."))
            return
        try:
            with self.project.transaction() as session:
                self.changed = set_profile(session, self.assessment_id, profile_id, user=self.user)
        except (AssessmentError, AccessRefused) as error:
            QMessageBox.warning(self, self.tr("Scoring profile"), str(error))
            return
        super().accept()
