"""Edit an evidence file's name, description and review (or expiry) date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from accredit_tracker.core.evidence.queries import EvidenceRow, format_size
from accredit_tracker.ui.common.locale_text import date_pattern, moment_text


class EvidenceDetailsDialog(QDialog):
    def __init__(self, row: EvidenceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence details"))
        self.name = QLineEdit(row.name)
        self.description = QPlainTextEdit(row.description)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What this file shows, for the surveyor"))
        self.has_review = QCheckBox(self.tr("Review or expiry date"))
        self.review = QDateEdit()
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat(date_pattern())
        shown = row.review_date or date.today() + timedelta(days=365)
        self.review.setDate(QDate(shown.year, shown.month, shown.day))
        self.has_review.setChecked(row.review_date is not None)
        self.review.setEnabled(row.review_date is not None)
        self.has_review.toggled.connect(self.review.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review, 1)

        about = QLabel(
            self.tr("%s, %s; added %s by %s")
            % (
                row.media_type,
                format_size(row.size),
                moment_text(row.added_at),
                row.added_by,
            )
        )
        about.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(review_row)
        form.addRow(about)
        form.addRow(buttons)
        self.resize(460, 280)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip(),
            "review_date": self.review.date().toPython() if self.has_review.isChecked() else None,
        }
