"""Check and protect the open project from the window: verify the stored evidence against its
SHA-256 fingerprints and the audit trail against its hash chain, and write a consistent backup
copy."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from accredit_tracker.core.audit.chain import ChainBreak, ChainHead, chain_head, check_chain
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
    """Re-hash every stored file and recompute the audit trail's hash chain in the background,
    and say what, if anything, is damaged or was altered."""

    def work(monitor: TaskMonitor) -> tuple[list[ContentProblem], ChainBreak | None, ChainHead]:
        with project.session() as session:
            problems = verify_stored_evidence(session, monitor)
            return problems, check_chain(session), chain_head(session)

    try:
        problems, broken, head = run_with_progress(
            parent, translate("ProjectIntegrity", "Verifying stored evidence"), work
        )
    except Cancelled:
        status.showMessage(translate("ProjectIntegrity", "Verification cancelled."), MESSAGE_MS)
        return
    trail = translate("ProjectIntegrity", "Audit trail: %s.") % head
    if not problems and broken is None:
        QMessageBox.information(
            parent,
            translate("ProjectIntegrity", "Evidence verified"),
            translate(
                "ProjectIntegrity", "Every stored file still matches its SHA-256 fingerprint."
            )
            + " "
            + translate("ProjectIntegrity", "The audit trail's hash chain holds.")
            + "\n\n"
            + trail,
        )
        return
    if broken is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ProjectIntegrity", "Audit trail altered"),
            translate(
                "ProjectIntegrity",
                "The audit trail was altered outside Accredit Tracker: its hash chain breaks "
                "at row %s. Compare it with a backup of the project.",
            )
            % broken.row_id,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        details = [str(broken), trail]
        if problems:
            details += [_problem_line(p) for p in problems]
        box.setDetailedText("\n".join(details))
        box.exec()
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
    box.setDetailedText("\n".join(_problem_line(p) for p in problems))
    box.exec()


def _problem_line(problem: ContentProblem) -> str:
    return f"{', '.join(problem.names)}: {problem.problem} ({problem.sha256[:16]}…)"


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
