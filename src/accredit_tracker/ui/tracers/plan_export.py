"""Export the improvement plan from the window: a file dialog, the work in the background
with progress and Cancel, then an offer to open the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from accredit_tracker.core.i18n import language
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.improvement_plan import write_improvement_plan
from accredit_tracker.interchange.report.target_file import ReportError
from accredit_tracker.ui.common.language import export_language
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.saving import FileKind, save_with_progress


def export_improvement_plan(
    parent: QWidget,
    project: Project,
    assessment_id: int,
    assessment_name: str,
    preferences: Preferences,
) -> Path | None:
    """Ask where, write in the window's language in the background, offer to open; ``None``
    when nothing was written."""
    title = QCoreApplication.translate("PlanExport", "Export improvement plan")
    name = f"{project.name} — {assessment_name} — {title} {date.today():%Y-%m-%d}.xlsx"
    translator = export_language(preferences.exports_in_english)

    def work(target: Path, monitor: TaskMonitor) -> object:
        with language(translator):
            return write_improvement_plan(project, assessment_id, target, monitor=monitor)

    outcome = save_with_progress(
        parent,
        title=title,
        proposed=preferences.report_folder / "".join("_" if c in '\\/:*?"<>|' else c for c in name),
        kinds=[
            FileKind(QCoreApplication.translate("PlanExport", "Excel workbooks (*.xlsx)"), ".xlsx")
        ],
        label=lambda target: QCoreApplication.translate("PlanExport", "Writing %s") % target.name,
        work=work,
        failure_title=QCoreApplication.translate("PlanExport", "Improvement plan not written"),
        expected=(ReportError,),
    )
    target = outcome.target
    if target is None:
        return None
    preferences.report_folder = target.parent
    if outcome.cancelled:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("PlanExport", "Cancelled; %s was not written or changed.")
            % target.name,
        )
    if not outcome.done:
        return None
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("PlanExport", "Wrote %s.\n\nOpen it now?") % target,
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
