"""Help → User guide: the short guide in the interface language (the daily loop, evidence,
reports, taking results back, survey cycles), shown in a window beside the checklist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from accredit_tracker.core.resources import resource_path

GUIDE_FOLDER = "guide"
FALLBACK_LANGUAGE = "en"


def guide_path(language: str) -> Path:
    """The guide in ``language`` (a code as the language menu gives it), or in English."""
    path = resource_path(GUIDE_FOLDER, f"user_guide_{language}.html")
    if not path.is_file():
        path = resource_path(GUIDE_FOLDER, f"user_guide_{FALLBACK_LANGUAGE}.html")
    return path


class UserGuideWindow(QDialog):
    """The guide as a page to read and scroll; it stays open while the officer works."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(guide_path(language).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
