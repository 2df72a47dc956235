"""File → Copy project to a file or to a shared database: the open project copied (in the
background, with progress and Cancel), the copy checked, and an offer to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.project import PROJECT_SUFFIX, Project, ProjectError
from accredit_tracker.core.storage.transfer import TransferReport, copy_project
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.saving import FileKind, choose_save_path, run_with_warning
from accredit_tracker.ui.project.shared_dialog import SharedProjectDialog


def choose_file_target(parent: QWidget, project: Project) -> Path | None:
    """A new project file for the copy, or None when the user cancels."""
    start = (
        project.path.with_name(f"{project.path.stem} copy{PROJECT_SUFFIX}")
        if project.path
        else None
    )
    return choose_save_path(
        parent,
        translate("ProjectCopy", "Copy project to a file"),
        start or Path.home() / f"{project.name}{PROJECT_SUFFIX}",
        [
            FileKind(
                translate("ProjectCopy", "Accredit Tracker projects (*%s)") % PROJECT_SUFFIX,
                PROJECT_SUFFIX,
            )
        ],
    )


def choose_database_target(parent: QWidget) -> str | None:
    """An empty shared database for the copy, or None when the user cancels."""
    dialog = SharedProjectDialog(parent)
    dialog.setWindowTitle(translate("ProjectCopy", "Copy project to a shared database"))
    return dialog.url() if dialog.exec() else None


def copy_open_project(
    parent: QWidget, project: Project, target: Path | str, user: str
) -> TransferReport | None:
    """Copy ``project`` to ``target`` with progress and Cancel; say what happened. Returns the
    report when the copy was made and checked."""
    source = project.url if project.path is None else project.path
    outcome = run_with_warning(
        parent,
        translate("ProjectCopy", "Copying %s") % project.name,
        lambda monitor: copy_project(source, target, user=user, monitor=monitor),
        failure_title=translate("ProjectCopy", "Project not copied"),
        expected=(ProjectError,),
    )
    if outcome.cancelled:
        QMessageBox.information(
            parent,
            translate("ProjectCopy", "Copy cancelled"),
            translate("ProjectCopy", "The copy was cancelled; nothing was written."),
        )
    return outcome.result


def offer_to_open(parent: QWidget, report: TransferReport) -> bool:
    """Say the copy was checked; True when the user wants to open it now."""
    answer = QMessageBox.question(
        parent,
        translate("ProjectCopy", "Project copied"),
        translate(
            "ProjectCopy",
            "Copied to {target} and checked. Rows copied: {rows}. Every evidence file's "
            "SHA-256 is the same as the original's.\n\nOpen the copy now?",
        ).format(target=report.target, rows=number(report.total_rows)),
    )
    return answer == QMessageBox.StandardButton.Yes
