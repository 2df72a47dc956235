"""Asked when files are attached: an optional description and review (or expiry) date for them,
filled in with what was given last time for files of that type."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from accredit_tracker.core.evidence.file_names import media_type_for
from accredit_tracker.ui.common.locale_text import date_pattern
from accredit_tracker.ui.common.preferences import Preferences

DEFAULT_REVIEW_DAYS = 365


class AttachDetailsDialog(QDialog):
    """Both fields may stay empty; Attach stores the files either way, Cancel attaches none."""

    def __init__(
        self, paths: list[Path], preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachDetails")
        self.setWindowTitle(self.tr("Details of the files to attach"))
        self.paths = paths
        self.preferences = preferences
        self.today = date.today()
        described, review_days = preferences.evidence_details(media_type_for(paths[0].name))
        names = ", ".join(p.name for p in paths[:3])
        if len(paths) > 3:
            names += self.tr(" and %s more") % (len(paths) - 3)
        about = QLabel(names)
        about.setWordWrap(True)
        self.description = QPlainTextEdit(described)
        self.description.setObjectName("attachDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What the files show, for the surveyor (optional)")
        )
        self.has_review = QCheckBox(self.tr("Review or expiry date"))
        self.has_review.setObjectName("attachHasReview")
        self.review = QDateEdit()
        self.review.setObjectName("attachReview")
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat(date_pattern())
        shown = self.today + timedelta(days=review_days or DEFAULT_REVIEW_DAYS)
        self.review.setDate(QDate(shown.year, shown.month, shown.day))
        self.has_review.setChecked(review_days is not None)
        self.review.setEnabled(review_days is not None)
        self.has_review.toggled.connect(self.review.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review, 1)
        note = QLabel(
            self.tr(
                "Remembered for the next files of this type. Edit → Preferences can stop "
                "this question."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = buttons.addButton(
            self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Files"), about)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(review_row)
        form.addRow(note)
        form.addRow(buttons)
        self.resize(480, 260)

    def description_text(self) -> str:
        return self.description.toPlainText().strip()

    def review_date(self) -> date | None:
        if not self.has_review.isChecked():
            return None
        shown = self.review.date()
        return date(shown.year(), shown.month(), shown.day())

    def accept(self) -> None:
        """Remember the answers for every type among the files, then close."""
        review = self.review_date()
        days = None if review is None else (review - self.today).days
        for media_type in {media_type_for(p.name) for p in self.paths}:
            self.preferences.remember_evidence_details(media_type, self.description_text(), days)
        super().accept()
