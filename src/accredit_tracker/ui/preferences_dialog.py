"""Preferences kept on this computer: the largest evidence file the officer may attach."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget


class PreferencesDialog(QDialog):
    def __init__(self, max_file_mb: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.max_file_mb = QSpinBox()
        self.max_file_mb.setObjectName("maxFileMb")
        self.max_file_mb.setRange(1, 4096)
        self.max_file_mb.setSuffix(self.tr(" MB"))
        self.max_file_mb.setValue(max_file_mb)
        note = QLabel(
            self.tr(
                "Evidence is stored inside the project file, so very large files (videos) make "
                "the project slow to back up and to share."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Largest evidence file"), self.max_file_mb)
        form.addRow(note)
        form.addRow(buttons)
        self.resize(420, 150)
