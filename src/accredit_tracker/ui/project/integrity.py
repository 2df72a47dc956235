"""Check and protect the open project from the window: verify the stored evidence against its
SHA-256 fingerprints, and write a consistent backup copy."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.integrity import (
    BackupError,
    ContentProblem,
    OtherProjectAtTarget,
    backup_project,
    refuse_other_project,
)
from accredit_tracker.core.storage.integrity import (
    verify_evidence as verify_stored_evidence,
)
from accredit_tracker.core.storage.project import PROJECT_SUFFIX, Project
from accredit_tracker.ui.common.background import run_with_progress
from accredit_tracker.ui.common.saving import FileKind, choose_save_path, run_with_warning

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
    target = choose_save_path(
        parent,
        translate("ProjectIntegrity", "Back up project"),
        suggested,
        [
            FileKind(
                translate("ProjectIntegrity", "Accredit Tracker projects (*%s)") % PROJECT_SUFFIX,
                PROJECT_SUFFIX,
            )
        ],
    )
    if target is None:
        return
    replace_other_project = False
    with contextlib.suppress(BackupError):  # any other refusal is the backup's own to say
        try:
            refuse_other_project(project, target)
        except OtherProjectAtTarget:
            if not _replace_confirmed(parent, target, project.name):
                status.showMessage(
                    translate("ProjectIntegrity", "Backup not made; %s was left alone.") % target,
                    MESSAGE_MS,
                )
                return
            replace_other_project = True
    outcome = run_with_warning(
        parent,
        translate("ProjectIntegrity", "Backing up %s") % source.name,
        lambda monitor: backup_project(
            project, target, monitor, replace_other_project=replace_other_project
        ),
        failure_title=translate("ProjectIntegrity", "Backup not made"),
        expected=(BackupError,),
    )
    if outcome.cancelled:
        status.showMessage(
            translate("ProjectIntegrity", "Backup cancelled; nothing was written."), MESSAGE_MS
        )
    elif outcome.done:
        # A box, not a status-bar note that goes unseen: the officer must know where the
        # copy is.
        QMessageBox.information(
            parent,
            translate("ProjectIntegrity", "Back up project"),
            translate("ProjectIntegrity", "Backed up to %s.") % outcome.result,
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
