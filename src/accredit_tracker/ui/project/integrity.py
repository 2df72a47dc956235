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
    OtherProjectAtTarget,
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
    """Ask where, then copy the open project there with SQLite's online backup. A file there
    holding a different project (not an earlier backup of this one) is replaced only when
    the user says so."""
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
        try:
            target = _backed_up(parent, project, Path(path), replace_other_project=False)
        except OtherProjectAtTarget:
            if not _replace_confirmed(parent, Path(path), project.name):
                status.showMessage(
                    translate("ProjectIntegrity", "Backup not made; %s was left alone.") % path,
                    MESSAGE_MS,
                )
                return
            target = _backed_up(parent, project, Path(path), replace_other_project=True)
    except Cancelled:
        status.showMessage(
            translate("ProjectIntegrity", "Backup cancelled; nothing was written."), MESSAGE_MS
        )
        return
    except (BackupError, OSError) as error:
        QMessageBox.warning(parent, translate("ProjectIntegrity", "Backup not made"), str(error))
        return
    status.showMessage(translate("ProjectIntegrity", "Backed up to %s.") % target, MESSAGE_MS)


def _backed_up(
    parent: QWidget, project: Project, target: Path, *, replace_other_project: bool
) -> Path:
    """Run the backup in the background behind a progress dialog; the path written."""
    assert project.path is not None
    return run_with_progress(
        parent,
        translate("ProjectIntegrity", "Backing up %s") % project.path.name,
        lambda monitor: backup_project(
            project, target, monitor, replace_other_project=replace_other_project
        ),
    )


def _replace_confirmed(parent: QWidget, target: Path, project_name: str) -> bool:
    """Whether the user, told that the chosen file holds a different project, wants it
    replaced by the backup (No is the default: the other project's work would be lost)."""
    question = translate(
        "ProjectIntegrity",
        "{file} holds a different project, not an earlier backup of {project}.\n\n"
        "Replace it with this backup? Everything in that project, its evidence included, "
        "is lost.",
    )
    answer = QMessageBox.question(
        parent,
        translate("ProjectIntegrity", "Replace a different project?"),
        question.format(file=target.name, project=project_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
