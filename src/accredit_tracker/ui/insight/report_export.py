"""Export the audit report (Excel) or the elements table (CSV) from the window: a file dialog,
the work in the background with progress and Cancel, then an offer to open the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from accredit_tracker.core.i18n import language, translate
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.workbook import (
    ReportError,
    write_elements_csv,
    write_report,
)
from accredit_tracker.ui.common.language import csv_delimiter, export_language
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.saving import FileKind, save_with_progress


def export_report(
    parent: QWidget,
    project: Project,
    assessment_id: int,
    assessment_name: str,
    preferences: Preferences,
    *,
    csv: bool = False,
    include_audit_trail: bool = False,
    include_not_assessed: bool = False,
) -> Path | None:
    """Ask where, write in the background, offer to open; ``None`` when nothing was written.
    The report's action plan lists the elements not assessed yet with ``include_not_assessed``."""
    suffix = ".csv" if csv else ".xlsx"
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
    translator = export_language(preferences.exports_in_english)
    delimiter = csv_delimiter(preferences.csv_delimiter)

    def work(target: Path, monitor: TaskMonitor) -> object:
        with language(translator):
            if csv:
                return write_elements_csv(
                    project, assessment_id, target, monitor=monitor, delimiter=delimiter
                )
            return write_report(
                project,
                assessment_id,
                target,
                include_audit_trail=include_audit_trail,
                include_not_assessed=include_not_assessed,
                monitor=monitor,
            )

    outcome = save_with_progress(
        parent,
        title=title,
        proposed=preferences.report_folder / _safe(name),
        kinds=[FileKind(kind, suffix)],
        label=lambda target: translate("ReportExport", "Writing %s") % target.name,
        work=work,
        failure_title=translate("ReportExport", "Report not written"),
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
            translate("ReportExport", "Cancelled; %s was not written or changed.") % target.name,
        )
    if not outcome.done:
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
