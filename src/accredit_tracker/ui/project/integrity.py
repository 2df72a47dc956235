"""Check and protect the open project from the window: verify the stored evidence against its
SHA-256 fingerprints, and write a consistent backup copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.integrity import (
    BackupError,
    ContentProblem,
    backup_project,
)
from accredit_tracker.core.storage.integrity import (
    verify_evidence as verify_stored_evidence,
)
from accredit_tracker.core.storage.project import PROJECT_SUFFIX, Project
from accredit_tracker.ui.common.background import run_with_progress

MESSAGE_MS = 8000


def verify_evidence(parent: QWidget, project: Project, status: QStatusBar) -> None:
    """Re-hash every stored file in the background and say what, if anything, is damaged."""

    def work(monitor: TaskMonitor) -> list[ContentProblem]:
        with project.session() as session:
            return verify_stored_evidence(session, monitor)

    try:
        problems = run_with_progress(
            parent, translate("ProjectIntegrity", "Verifying stored evidence"), work
        )
    except Cancelled:
        status.showMessage(translate("ProjectIntegrity", "Verification cancelled."), MESSAGE_MS)
        return
    if not problems:
        QMessageBox.information(
            parent,
            translate("ProjectIntegrity", "Evidence verified"),
            translate(
                "ProjectIntegrity", "Every stored file still matches its SHA-256 fingerprint."
            ),
        )
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ProjectIntegrity", "Damaged evidence"),
        translate(
            "ProjectIntegrity",
            "%s stored files no longer match what was attached. Attach them again from "
            "the originals, and restore the project from a backup if more is damaged.",
        )
        % len(problems),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(
        "\n".join(f"{', '.join(p.names)}: {p.problem} ({p.sha256[:16]}…)" for p in problems)
    )
    box.exec()


def back_up(parent: QWidget, project: Project, status: QStatusBar) -> None:
    """Ask where, copy the open project there with SQLite's online backup, and say where the
    copy is."""
    if project.path is None:
        return
    source = project.path
    suggested = source.with_name(f"{source.stem} {date.today():%Y-%m-%d}{PROJECT_SUFFIX}")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ProjectIntegrity", "Back up project"),
        str(suggested),
        translate("ProjectIntegrity", "Accredit Tracker projects (*%s)") % PROJECT_SUFFIX,
    )
    if not path:
        return
    try:
        target = run_with_progress(
            parent,
            translate("ProjectIntegrity", "Backing up %s") % source.name,
            lambda monitor: backup_project(project, Path(path), monitor),
        )
    except Cancelled:
        status.showMessage(
            translate("ProjectIntegrity", "Backup cancelled; nothing was written."), MESSAGE_MS
        )
        return
    except (BackupError, OSError) as error:
        QMessageBox.warning(parent, translate("ProjectIntegrity", "Backup not made"), str(error))
        return
    # A box, not a status-bar note that goes unseen: the officer must know where the copy is.
    QMessageBox.information(
        parent,
        translate("ProjectIntegrity", "Back up project"),
        translate("ProjectIntegrity", "Backed up to %s.") % target,
    )
