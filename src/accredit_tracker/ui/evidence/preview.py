"""The evidence library's preview pane: a picture shown scaled, a PDF's first page (with Qt's
PDF module when it is installed, else with poppler's pdftoppm when the computer has it, else a
sentence saying why not), the beginning of a text file, or a sentence for any other file."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.evidence.errors import EvidenceError
from accredit_tracker.core.evidence.files import save_evidence
from accredit_tracker.core.evidence.queries import EvidenceRow, format_size
from accredit_tracker.core.storage.project import Project
from accredit_tracker.ui.evidence.actions import open_copies_folder

PREVIEW_AT_MOST: Final = 50 * 1024 * 1024
"""Larger files are not read for a preview (Open shows them)."""
TEXT_SHOWN: Final = 64 * 1024
"""How much of a text file the preview shows."""
PDF_PAGE_PIXELS: Final = 900
_TEXT_TYPES: Final = ("text/plain", "text/csv")


def pdf_first_page(path: Path, pixels: int = PDF_PAGE_PIXELS) -> QImage | None:
    """The PDF's first page as a picture about ``pixels`` tall, or None when neither Qt's PDF
    module nor pdftoppm can draw it here."""
    image = _first_page_with_qt(path, pixels)
    if image is not None:
        return image
    return _first_page_with_pdftoppm(path, pixels)


def _first_page_with_qt(path: Path, pixels: int) -> QImage | None:
    try:
        qt_pdf = importlib.import_module("PySide6.QtPdf")
    except ImportError:
        return None
    document = qt_pdf.QPdfDocument()
    document.load(str(path))
    if document.pageCount() < 1:
        return None
    size = document.pagePointSize(0)
    scale = pixels / max(size.height(), 1.0)
    image: QImage = document.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
    return None if image.isNull() else image


def _first_page_with_pdftoppm(path: Path, pixels: int) -> QImage | None:
    program = shutil.which("pdftoppm")
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="accredit-preview-") as folder:
        stem = Path(folder) / "page"
        try:
            subprocess.run(
                [
                    program,
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-png",
                    "-scale-to",
                    str(pixels),
                    "-singlefile",
                    str(path),
                    str(stem),
                ],
                check=True,
                capture_output=True,
                timeout=20,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        image = QImage(str(stem.with_suffix(".png")))
    return None if image.isNull() else image


class EvidencePreview(QWidget):
    """Shows one evidence file: :meth:`show_file` reads it out of the project into a
    temporary file and shows what can be shown of it."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("evidencePreview")
        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(160, 160)
        # The picture is scaled to the pane, never the pane to the picture.
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for widget in (self.picture, self.text, self.note):
            self.pages.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._image = QImage()
        self.clear()

    def clear(self) -> None:
        self._say(QCoreApplication.translate("EvidencePreview", "Choose a file to see it here."))

    def show_file(self, row: EvidenceRow) -> None:
        kind = row.media_type
        previewable = kind.startswith("image/") or kind == "application/pdf" or kind in _TEXT_TYPES
        if not previewable:
            self._say(
                QCoreApplication.translate(
                    "EvidencePreview",
                    "No preview for this kind of file. Open shows it in its own program.",
                )
            )
            return
        if row.size > PREVIEW_AT_MOST:
            self._say(
                QCoreApplication.translate(
                    "EvidencePreview",
                    "%s is too large to preview (%s). Open shows it in its own program.",
                )
                % (row.name, format_size(row.size))
            )
            return
        try:
            copy = self.copy_of(row)
        except (EvidenceError, OSError) as error:
            self._say(str(error))
            return
        if kind.startswith("image/"):
            reader = QImageReader(str(copy))
            reader.setAutoTransform(True)
            self._show_image(reader.read(), row.name)
        elif kind == "application/pdf":
            page = pdf_first_page(copy)
            if page is None:
                self._say(
                    QCoreApplication.translate(
                        "EvidencePreview",
                        "This computer has no PDF renderer for a preview (Qt's PDF module or "
                        "pdftoppm). Open shows the document in its own program.",
                    )
                )
            else:
                self._show_image(page, row.name)
        else:
            with open(copy, "rb") as file:
                data = file.read(TEXT_SHOWN)
            self.text.setPlainText(data.decode("utf-8", errors="replace"))
            self.pages.setCurrentWidget(self.text)

    def copy_of(self, row: EvidenceRow) -> Path:
        """A temporary copy of the file under its own name, read out of the project once
        (checked against its SHA-256); removed when the application exits (a program it was
        opened in may still be reading it when the library closes)."""
        folder = open_copies_folder() / str(row.id)
        copy = folder / row.name
        if not copy.exists():
            folder.mkdir(exist_ok=True)
            with self.project.session() as session:
                save_evidence(session, row.id, copy)
        return copy

    def shown_text(self) -> str:
        """What the pane says or shows as text (empty while it shows a picture)."""
        if self.pages.currentWidget() is self.note:
            return self.note.text()
        if self.pages.currentWidget() is self.text:
            return self.text.toPlainText()
        return ""

    def shown_image(self) -> QImage:
        """The picture shown, at its own size (null when the pane shows text)."""
        return self._image if self.pages.currentWidget() is self.picture else QImage()

    def _show_image(self, image: QImage, name: str) -> None:
        if image.isNull():
            self._say(
                QCoreApplication.translate(
                    "EvidencePreview",
                    "%s cannot be shown: it is not a picture this program can read.",
                )
                % name
            )
            return
        self._image = image
        self.pages.setCurrentWidget(self.picture)
        self._fit()

    def _say(self, text: str) -> None:
        self._image = QImage()
        self.picture.clear()
        self.note.setText(text)
        self.pages.setCurrentWidget(self.note)

    def _fit(self) -> None:
        if self._image.isNull():
            return
        room = self.pages.contentsRect().size().boundedTo(self._image.size())
        self.picture.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                room.expandedTo(QSize(16, 16)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
