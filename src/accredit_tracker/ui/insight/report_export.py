"""Export the audit report (Excel) or the elements table (CSV) from the window: a file dialog,
the work in the background with progress and Cancel, then an offer to open the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from accredit_tracker.core.i18n import language, translate
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.workbook import (
    ReportError,
    write_elements_csv,
    write_report,
)
from accredit_tracker.ui.common.background import run_with_progress
from accredit_tracker.ui.common.language import export_language


def export_report(
    parent: QWidget,
    project: Project,
    assessment_id: int,
    assessment_name: str,
    settings: QSettings,
    *,
    csv: bool = False,
    include_audit_trail: bool = False,
    include_not_assessed: bool = False,
) -> Path | None:
    """Ask where, write in the background, offer to open; ``None`` when nothing was written.
    The report's action plan lists the elements not assessed yet with ``include_not_assessed``."""
    suffix = ".csv" if csv else ".xlsx"
    folder = Path(str(settings.value("report/last_folder", str(Path.home()))))
    name = f"{project.name} — {assessment_name} {date.today():%Y-%m-%d}{suffix}"
    title = (
        translate("ReportExport", "Export elements as CSV")
        if csv
        else translate("ReportExport", "Export audit report")
    )
    kind = (
        translate("ReportExport", "CSV files (*.csv)")
        if csv
        else translate("ReportExport", "Excel workbooks (*.xlsx)")
    )
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / _safe(name)), kind)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    settings.setValue("report/last_folder", str(target.parent))
    translator = export_language(settings)

    def work(monitor: TaskMonitor) -> object:
        with language(translator):
            if csv:
                return write_elements_csv(project, assessment_id, target, monitor=monitor)
            return write_report(
                project,
                assessment_id,
                target,
                include_audit_trail=include_audit_trail,
                include_not_assessed=include_not_assessed,
                monitor=monitor,
            )

    try:
        run_with_progress(parent, translate("ReportExport", "Writing %s") % target.name, work)
    except Cancelled:
        QMessageBox.information(
            parent,
            title,
            translate("ReportExport", "Cancelled; %s was not written or changed.") % target.name,
        )
        return None
    except (ReportError, OSError) as error:
        QMessageBox.warning(parent, translate("ReportExport", "Report not written"), str(error))
        return None
    answer = QMessageBox.question(
        parent,
        title,
        translate("ReportExport", "Wrote %s.\n\nOpen it now?") % target,
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


def _safe(name: str) -> str:
    """A proposed file name without the characters file systems refuse."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in name)
