"""Take screenshots of the main screens in each interface language and screen size, so that
anyone can look at what a person sees: nothing that carries meaning should be cut off.

Each size runs on its own virtual X screen (xvfb-run) when it is installed, otherwise on Qt's
offscreen platform with the window sized to the screen size asked for. The pictures are of
the start page, the New project flow, the checklist, its detail panel, the evidence library
previewing a picture and a PDF page, the audit trail, the dashboard, the first page of the
dashboard's "Save as PDF" document and the user guide, over the demo project in a temporary
folder (the user's own settings and data are never touched). The picture and the one-page PDF
are made here and attached to the element the checklist's picture shows.

Usage:  python scripts/screenshots.py [--output FOLDER] [--sizes 1280x720,1920x1080]
                                      [--languages en,ru,uz_Latn]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from accredit_tracker.core.storage.project import Project
    from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1280x720", "1920x1080")
SELECTED_ROW = 3  # the element shown in the detail panel (in code order, the demo's 4th)
LANGUAGES = ("en", "ru", "uz_Latn")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--on-this-screen", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    languages = args.languages.split(",")
    if args.on_this_screen:
        [size] = args.sizes.split(",")
        take_screenshots(args.output, size, languages)
        return 0
    for size in args.sizes.split(","):
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--on-this-screen",
            "--output",
            str(args.output),
            "--sizes",
            size,
            "--languages",
            args.languages,
        ]
        environment = dict(os.environ)
        if shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", *command]
            environment["QT_QPA_PLATFORM"] = "xcb"
        else:
            environment["QT_QPA_PLATFORM"] = "offscreen"
        completed = subprocess.run(command, env=environment, check=False)
        if completed.returncode:
            return completed.returncode
    print(f"Screenshots in {args.output}")
    return 0


def take_screenshots(output: Path, size: str, languages: list[str]) -> None:
    """Every screen in every language, at ``size`` (the screen's size under X)."""
    workdir = Path(tempfile.mkdtemp(prefix="accredit-screenshots-"))
    os.environ["ACCREDIT_DATA_DIR"] = str(workdir / "data")
    sys.path.insert(0, str(ROOT / "src"))

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from accredit_tracker.demo import create_demo_project
    from accredit_tracker.ui.common.language import apply_language
    from accredit_tracker.ui.common.preferences import Preferences
    from accredit_tracker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    width, height = (int(n) for n in size.split("x"))
    demo = workdir / "Demo hospital.accredit"
    with create_demo_project(demo, user="Quality officer") as project:
        _attach_sample_evidence(project, workdir)

    def save(widget: QWidget, language: str, name: str) -> None:
        QTest.qWait(150)
        app.processEvents()
        path = output / f"{size}-{language}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    try:
        for language in languages:
            apply_language(language)
            settings = QSettings(str(workdir / f"{language}.ini"), QSettings.Format.IniFormat)
            preferences = Preferences(settings)
            preferences.language = language
            window = MainWindow(preferences, user="Quality officer")
            if app.platformName() == "offscreen":
                window.resize(width, height)
            window.show()
            save(window, language, "start-page")
            _while_open(window, lambda w=window: w.project_actions.new_project(), save, language)
            assert window.open_path(demo)
            view = window.checklist
            assert view is not None
            QTest.qWait(300)
            view.table.selectRow(SELECTED_ROW)
            save(window, language, "checklist")
            save(view.detail, language, "detail-panel")
            for name, action in (
                ("evidence-library", window.evidence_actions.library_action),
                ("audit-trail", window.insight_actions.trail_action),
            ):
                action.trigger()
                side = window.side_windows.get(name.replace("-", "_"))
                if side is not None:
                    side.resize(min(width - 80, 1200), min(height - 80, 800))
                    if name == "evidence-library":
                        library = cast("EvidenceLibraryDialog", side)
                        for sample in SAMPLE_EVIDENCE:
                            _select_file(library, sample)
                            save(side, language, f"{name}-{Path(sample).suffix[1:]}")
                    else:
                        # The trail is read in the background: its picture once it is shown.
                        table = getattr(side, "model", None)
                        for _ in range(100):
                            if table is None or table.rowCount():
                                break
                            QTest.qWait(50)
                        save(side, language, name)
                    side.close()
            if window.dashboard is not None:
                window.tabs.setCurrentWidget(window.dashboard)
                save(window, language, "dashboard")
                document = workdir / f"dashboard-{language}.pdf"
                window.dashboard.save_pdf(document)
                _first_page_as_png(document, output / f"{size}-{language}-dashboard-pdf", width)
                window.tabs.setCurrentWidget(view)
            guide = getattr(window.help_actions, "guide_action", None)
            if guide is not None:
                guide.trigger()
                side = window.side_windows.get("user_guide")
                if side is not None:
                    save(side, language, "user-guide")
                    side.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


SAMPLE_EVIDENCE = ("Hand hygiene poster.png", "Identification policy.pdf")


def _attach_sample_evidence(project: Project, folder: Path) -> None:
    """Make a small picture and a one-page PDF and attach them to the element the checklist's
    picture shows."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter
    from sqlalchemy import select

    from accredit_tracker.core.evidence.attachments import attach_files
    from accredit_tracker.core.storage.models import ElementAssessment, MeasurableElement

    picture_path, pdf_path = (folder / name for name in SAMPLE_EVIDENCE)
    picture = QImage(480, 320, QImage.Format.Format_RGB32)
    picture.fill(QColor("#e8f1fb"))
    painter = QPainter(picture)
    painter.fillRect(20, 20, 440, 70, QColor("#2f6db5"))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("Sans Serif", 20, QFont.Weight.Bold))
    slogan = "Clean hands save lives"
    painter.drawText(QRectF(20, 20, 440, 70), Qt.AlignmentFlag.AlignCenter, slogan)
    painter.setPen(QColor("#1d2b3a"))
    painter.setFont(QFont("Sans Serif", 13))
    for i, step in enumerate(("1. Wet", "2. Soap", "3. Rub 20 seconds", "4. Rinse", "5. Dry")):
        painter.drawText(40, 130 + 34 * i, step)
    painter.end()
    picture.save(str(picture_path))

    writer = QPdfWriter(str(pdf_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(QFont("Serif", 18, QFont.Weight.Bold))
    painter.drawText(60, 90, "Patient identification policy")
    painter.setFont(QFont("Serif", 11))
    lines = (
        "1. Every patient is identified with two identifiers: full name and date of birth.",
        "2. The room or bed number is never used as an identifier.",
        "3. Wristbands are applied on admission and checked before each procedure.",
        "Approved by the Quality Committee.",
    )
    for i, line in enumerate(lines):
        painter.drawText(60, 140 + 24 * i, line)
    painter.end()

    with project.transaction() as session:
        in_code_order = (
            select(ElementAssessment.id)
            .join(MeasurableElement, MeasurableElement.id == ElementAssessment.element_id)
            .order_by(MeasurableElement.position)
        )
        shown = session.execute(in_code_order).scalars().all()[SELECTED_ROW]
        attach_files(session, [picture_path, pdf_path], [shown], user="Quality officer")


def _select_file(library: EvidenceLibraryDialog, name: str) -> None:
    """Pick the evidence file ``name`` in the library, so that its preview shows."""
    for row, file in enumerate(library.model.rows):
        if file.name == name:
            library.table.selectRow(row)
            return


def _first_page_as_png(document: Path, stem: Path, width: int) -> None:
    """The PDF's first page as a picture as wide as the screen, as a viewer would show it."""
    if shutil.which("pdftoppm") is None:
        print(f"pdftoppm is not installed: {document.name} not pictured")
        return
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-f", "1", "-l", "1", "-scale-to-x", str(width),
         "-scale-to-y", "-1", str(document), str(stem)],
        check=True,
    )  # fmt: skip
    print(f"{stem}.png")


def _while_open(
    window: object,
    open_it: Callable[[], object],
    save: Callable[..., None],
    language: str,
) -> None:
    """Open a modal dialog, take its picture and close it again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def take() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            save(dialog, language, "new-project")
            dialog.reject()

    QTimer.singleShot(400, take)
    open_it()


if __name__ == "__main__":
    sys.exit(main())
