"""Evidence → Export evidence binder…: the assessment's evidence written into a new folder per
chapter and element with its index workbook, in the background with progress and Cancel, then
said in a box that can open the folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from accredit_tracker.core.evidence.errors import EvidenceError
from accredit_tracker.core.evidence.file_names import name_on_disk
from accredit_tracker.core.evidence.queries import format_size
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.storage.sqlite_errors import ProjectBusy
from accredit_tracker.interchange.report.evidence_binder import (
    INDEX_NAME,
    BinderReport,
    export_evidence_binder,
)
from accredit_tracker.interchange.report.target_file import ReportError
from accredit_tracker.ui.common.saving import run_with_warning


def binder_folder(parent_folder: Path, assessment_name: str, today: date) -> Path:
    """A new folder for the binder inside the one chosen: "Evidence binder – <assessment>
    <date>", with " (2)", " (3)"… when that name is taken."""
    stem = name_on_disk(
        QCoreApplication.translate("EvidenceBinder", "Evidence binder – %1 %2")
        .replace("%1", assessment_name)
        .replace("%2", f"{today}")
    )
    folder, number = parent_folder / stem, 1
    while folder.exists():
        number += 1
        folder = parent_folder / f"{stem} ({number})"
    return folder


def export_binder(
    parent: QWidget,
    project: Project,
    assessment_id: int,
    assessment_name: str,
    *,
    status: QWidget | None = None,
) -> BinderReport | None:
    """Ask where, write the binder behind a progress dialog (Cancel keeps the files written so
    far and says so), then say what was written, offering to open the folder."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("EvidenceBinder", "Choose where to put the evidence binder"),
        str(Path.home()),
    )
    if not chosen:
        return None
    folder = binder_folder(Path(chosen), assessment_name, date.today())
    outcome = run_with_warning(
        parent,
        QCoreApplication.translate("EvidenceBinder", "Exporting the evidence of %s")
        % assessment_name,
        lambda monitor: export_evidence_binder(project, folder, assessment_id, monitor),
        failure_title=QCoreApplication.translate("EvidenceBinder", "Evidence binder not written"),
        expected=(EvidenceError, ReportError, ProjectBusy),
    )
    if outcome.cancelled:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("EvidenceBinder", "Evidence binder cancelled"),
            QCoreApplication.translate(
                "EvidenceBinder", "Cancelled. The files written so far are in %s; it has no index."
            )
            % folder,
        )
        return None
    binder = outcome.result
    if binder is None:
        return None
    _say_written(parent, binder)
    return binder


def _say_written(parent: QWidget, binder: BinderReport) -> None:
    report = binder.export
    text = (
        QCoreApplication.translate(
            "EvidenceBinder",
            "Files exported: %1 (%2), to %3. %4 lists every file, its element and SHA-256.",
        )
        .replace("%1", f"{report.files}")
        .replace("%2", format_size(report.bytes))
        .replace("%3", str(report.folder))
        .replace("%4", INDEX_NAME)
    )
    if report.not_exported:
        lines = "\n".join(f"• {s.path.as_posix()}: {s.problem}" for s in report.not_exported)
        text += (
            "\n\n" + QCoreApplication.translate("EvidenceBinder", "Not exported:") + "\n" + lines
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning if report.not_exported else QMessageBox.Icon.Information,
        QCoreApplication.translate("EvidenceBinder", "Evidence binder written"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    open_button = box.addButton(
        QCoreApplication.translate("EvidenceBinder", "Open folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.folder)))
