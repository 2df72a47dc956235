"""Edit → Project details: the facility's name that reports show, kept in the project."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.storage.project_details import (
    MAX_FACILITY_NAME,
    facility_name,
    set_facility_name,
)


class ProjectDetailsDialog(QDialog):
    """Shows the facility's name and, on OK, stores a changed one (audited). A refusal (the
    server's, for an account without the right) is said in the dialog, which stays open."""

    def __init__(self, project: Project, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.setWindowTitle(self.tr("Project details"))
        with project.session() as session:
            stored = facility_name(session)
        self.facility_name = QLineEdit(stored or "")
        self.facility_name.setObjectName("facilityName")
        self.facility_name.setMaxLength(MAX_FACILITY_NAME)
        self.facility_name.setPlaceholderText(project.name)
        self.facility_name.setMinimumWidth(360)
        note = QLabel(
            self.tr(
                "The facility's name heads the report's Summary and every printed page. "
                "Until it is set, the project's name stands in for it."
            )
        )
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.facility_name.textChanged.connect(self._name_changed)
        self._name_changed(self.facility_name.text())

        form = QFormLayout(self)
        form.addRow(self.tr("&Facility name:"), self.facility_name)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def _name_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))
        self.problem.hide()

    def accept(self) -> None:
        """Store the name, or say why it was refused and stay open."""
        try:
            with self.project.transaction() as session:
                set_facility_name(session, self.facility_name.text(), user=self.user)
        except UserError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        super().accept()
