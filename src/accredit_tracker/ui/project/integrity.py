"""Check and protect the open project from the window: verify the stored evidence against its
SHA-256 fingerprints, and write a consistent backup copy."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

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
from accredit_tracker.ui.common.saving import FileKind, save_with_progress

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
    """Ask where, then copy the open project there with SQLite's online backup."""
    if project.path is None:
        return
    source = project.path
    suggested = source.with_name(f"{source.stem} {date.today():%Y-%m-%d}{PROJECT_SUFFIX}")
    outcome = save_with_progress(
        parent,
        title=translate("ProjectIntegrity", "Back up project"),
        proposed=suggested,
        kinds=[
            FileKind(
                translate("ProjectIntegrity", "Accredit Tracker projects (*%s)") % PROJECT_SUFFIX,
                PROJECT_SUFFIX,
            )
        ],
        label=lambda _target: translate("ProjectIntegrity", "Backing up %s") % source.name,
        work=lambda target, monitor: backup_project(project, target, monitor),
        failure_title=translate("ProjectIntegrity", "Backup not made"),
        expected=(BackupError,),
    )
    if outcome.cancelled:
        status.showMessage(
            translate("ProjectIntegrity", "Backup cancelled; nothing was written."), MESSAGE_MS
        )
    elif outcome.done:
        status.showMessage(
            translate("ProjectIntegrity", "Backed up to %s.") % outcome.result, MESSAGE_MS
        )
