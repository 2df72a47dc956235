"""What the officer does with evidence files in the checklist: attach (files, drops, a pasted
screenshot), link, open, save, edit and unlink, each through the core services and undoable."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from accredit_tracker.core.evidence.attachments import (
    DEFAULT_MAX_FILE_BYTES,
    KEEP,
    AttachResult,
    EvidenceError,
    attach_files,
    delete_evidence,
    link_evidence,
    unlink_evidence,
    update_evidence,
)
from accredit_tracker.core.evidence.files import save_evidence
from accredit_tracker.core.evidence.queries import EvidenceRow, evidence_for_element, format_size
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.core.storage.sqlite_errors import DiskFull, ProjectBusy
from accredit_tracker.ui.checklist.element_commands import (
    EvidenceLinkCommand,
    SetValuesCommand,
    Values,
)
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.saving import choose_save_path, run_with_warning

T = TypeVar("T")

_open_copies: tempfile.TemporaryDirectory[str] | None = None


def open_copies_folder() -> Path:
    """Where opened files are copied; removed when the application exits."""
    global _open_copies
    if _open_copies is None:
        _open_copies = tempfile.TemporaryDirectory(prefix="accredit-open-")
    return Path(_open_copies.name)


class EvidenceActions(QObject):
    """Carries out evidence actions for one assessment's checklist.

    :attr:`changed` names the element assessments whose evidence changed, so the checklist can
    re-read just those rows; :attr:`message` is a line for the status bar.
    """

    changed = Signal(object)  # list[int]
    message = Signal(str)

    def __init__(
        self, parent: QWidget, project: Project, user: str, undo_stack: QUndoStack
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.project = project
        self.user = user
        self.undo_stack = undo_stack
        self.max_file_bytes = DEFAULT_MAX_FILE_BYTES
        self.last_folder = str(Path.home())
        self.preferences: Preferences | None = None
        """Where the details asked on attaching are remembered; without it, none are asked."""

    # Attaching

    def choose_and_attach(self, element_ids: list[int]) -> bool:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Attach evidence files"), self.last_folder
        )
        if not paths:
            return False
        self.last_folder = str(Path(paths[0]).parent)
        chosen = [Path(p) for p in paths]
        description, review_date = "", None
        if self.preferences is not None and self.preferences.ask_evidence_details:
            from accredit_tracker.ui.evidence.attach_details_dialog import AttachDetailsDialog

            dialog = AttachDetailsDialog(chosen, self.preferences, self.window)
            if not dialog.exec():
                return False
            description, review_date = dialog.description_text(), dialog.review_date()
        return self.attach(chosen, element_ids, description=description, review_date=review_date)

    def attach(
        self,
        paths: Sequence[Path],
        element_ids: list[int],
        *,
        description: str = "",
        review_date: date | None = None,
    ) -> bool:
        """Store files and link them to the elements, in the background with Cancel; a failed
        or cancelled attach stores nothing at all."""
        if not element_ids or not paths:
            return False

        def work(monitor: TaskMonitor) -> AttachResult:
            with self.project.transaction() as session:
                return attach_files(
                    session,
                    list(paths),
                    element_ids,
                    user=self.user,
                    description=description,
                    review_date=review_date,
                    max_file_bytes=self.max_file_bytes,
                    monitor=monitor,
                )

        label = (
            self.tr("Attaching %s") % paths[0].name
            if len(paths) == 1
            else self.tr("Attaching %s files") % len(paths)
        )
        result = self._run(label, work, self.tr("Evidence not attached"))
        if result is None:
            return False
        if result.attached:
            self.undo_stack.beginMacro(
                self.tr("Attach %s") % result.attached[0].name
                if len(result.attached) == 1
                else self.tr("Attach %s files") % len(result.attached)
            )
            for attached in result.attached:
                self.undo_stack.push(
                    EvidenceLinkCommand(
                        self.link,
                        self.unlink,
                        attached.evidence_id,
                        list(attached.element_assessment_ids),
                        self.tr("Attach %s") % attached.name,
                        done=True,
                    )
                )
            self.undo_stack.endMacro()
            self.changed.emit(element_ids)
            added = [a for a in result.attached if not a.linked_existing]
            if added:
                self.message.emit(
                    self.tr("Attached %s (%s).")
                    % (
                        ", ".join(a.name for a in added),
                        format_size(sum(a.size for a in added)),
                    )
                )
        linked = [a for a in result.attached if a.linked_existing]
        if linked:
            lines = "\n".join(
                self.tr("• %s is already in the project as “%s”; that file is linked.")
                % (a.attached_name, a.name)
                for a in linked
            )
            QMessageBox.information(
                self.window,
                self.tr("Linked the file already in the project"),
                self.tr("The project already holds the same content, so no copy was added:\n%s")
                % lines,
            )
        if result.already_present:
            lines = "\n".join(
                self.tr("• %s is already attached as “%s”.") % (p.name, p.existing_name)
                for p in result.already_present
            )
            QMessageBox.information(
                self.window, self.tr("Already attached"), self.tr("Not attached again:\n%s") % lines
            )
        return bool(result.attached)

    def paste_image(self, element_ids: list[int]) -> bool:
        """Attach the image on the clipboard (a screenshot) as a PNG named by date and time."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            QMessageBox.information(
                self.window,
                self.tr("Nothing to paste"),
                self.tr("The clipboard holds no image. Copy a screenshot or picture first."),
            )
            return False
        with tempfile.TemporaryDirectory(prefix="accredit-paste-") as folder:
            path = Path(folder) / f"Screenshot {datetime.now():%Y-%m-%d %H-%M-%S}.png"
            if not image.save(str(path)):
                QMessageBox.warning(
                    self.window,
                    self.tr("Image not attached"),
                    self.tr("The image on the clipboard could not be turned into a PNG file."),
                )
                return False
            return self.attach([path], element_ids)

    # Links

    def link(self, evidence_id: int, element_ids: list[int]) -> bool:
        def change(session: Any) -> None:
            link_evidence(session, evidence_id, element_ids, user=self.user)

        return self._write(change, element_ids)

    def unlink(self, evidence_id: int, element_ids: list[int]) -> bool:
        def change(session: Any) -> None:
            for element_id in element_ids:
                unlink_evidence(session, evidence_id, element_id, user=self.user)

        return self._write(change, element_ids)

    def link_chosen(self, evidence_ids: list[int], element_ids: list[int], names: str) -> bool:
        """Link files picked from the evidence library to the elements, as one undo step;
        False when the link was refused (the refusal is shown)."""
        if not evidence_ids or not element_ids:
            return False
        stored: list[bool] = []

        def link(evidence_id: int, element_ids: list[int]) -> bool:
            done = self.link(evidence_id, element_ids)
            stored.append(done)
            return done

        self.undo_stack.beginMacro(self.tr("Link %s") % names)
        for evidence_id in evidence_ids:
            self.undo_stack.push(
                EvidenceLinkCommand(
                    link, self.unlink, evidence_id, element_ids, self.tr("Link %s") % names
                )
            )
        self.undo_stack.endMacro()
        return all(stored)

    def request_unlink(self, evidence_id: int, element_id: int) -> bool:
        """Unlink a file from an element. When no other element uses it, ask whether to remove
        it from the project too (which cannot be undone) or keep it in the evidence library."""
        row = self._row(evidence_id, element_id)
        if row is None:
            return False
        if row.link_count > 1:
            self._push_unlink(row, element_id)
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unlink evidence"),
            self.tr(
                "“%s” supports no other element.\n\n"
                "Remove it from the project (%s), or keep it in the evidence library so it can "
                "be linked again later? Removing cannot be undone."
            )
            % (row.name, format_size(row.size)),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        remove = box.addButton(
            self.tr("Remove from project"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep in library"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            self._push_unlink(row, element_id)
            return True
        if box.clickedButton() is remove:

            def change(session: Any) -> None:
                delete_evidence(session, evidence_id, user=self.user)

            if self._write(change, [element_id]):
                self.message.emit(self.tr("Removed %s from the project.") % row.name)
                return True
        return False

    def _push_unlink(self, row: EvidenceRow, element_id: int) -> None:
        self.undo_stack.push(
            EvidenceLinkCommand(
                self.link,
                self.unlink,
                row.id,
                [element_id],
                self.tr("Unlink %s") % row.name,
                unlinking=True,
            )
        )

    # Details

    def edit_details(self, evidence_id: int, element_id: int) -> bool:
        from accredit_tracker.ui.evidence.details_dialog import EvidenceDetailsDialog

        row = self._row(evidence_id, element_id)
        if row is None:
            return False
        dialog = EvidenceDetailsDialog(row, self.window)
        if not dialog.exec():
            return False
        before = {"name": row.name, "description": row.description, "review_date": row.review_date}
        after = {k: v for k, v in dialog.values().items() if before[k] != v}
        if not after:
            return False
        self.undo_stack.push(
            SetValuesCommand(
                lambda values: self._update_details(values, element_id),
                {evidence_id: {k: before[k] for k in after}},
                {evidence_id: after},
                self.tr("Edit details of %s") % row.name,
            )
        )
        return True

    def _update_details(self, values: Values, element_id: int) -> bool:
        def change(session: Any) -> None:
            for evidence_id, fields in values.items():
                update_evidence(
                    session,
                    evidence_id,
                    user=self.user,
                    name=fields.get("name", KEEP),  # type: ignore[arg-type]
                    description=fields.get("description", KEEP),  # type: ignore[arg-type]
                    review_date=fields.get("review_date", KEEP),  # type: ignore[arg-type]
                )

        return self._write(change, [element_id])

    # Reading files out

    def open(self, evidence_id: int, element_id: int) -> bool:
        """Open a temporary copy with the system's default application for its type."""
        row = self._row(evidence_id, element_id)
        if row is None:
            return False
        folder = open_copies_folder() / str(evidence_id)
        folder.mkdir(exist_ok=True)
        target = folder / row.name
        if not self._save(row, target):
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.warning(
                self.window,
                self.tr("Cannot open the file"),
                self.tr("No application is set up to open “%s”. A copy is at:\n%s")
                % (row.name, target),
            )
            return False
        return True

    def save_as(self, evidence_id: int, element_id: int) -> bool:
        row = self._row(evidence_id, element_id)
        if row is None:
            return False
        target = choose_save_path(
            self.window, self.tr("Save evidence as"), Path(self.last_folder) / row.name
        )
        if target is None:
            return False
        self.last_folder = str(target.parent)
        if self._save(row, target):
            self.message.emit(self.tr("Saved %s.") % target)
            return True
        return False

    def _save(self, row: EvidenceRow, target: Path) -> bool:
        def work(monitor: TaskMonitor) -> Path:
            with self.project.session() as session:
                return save_evidence(session, row.id, target, monitor)

        return (
            self._run(self.tr("Saving %s") % row.name, work, self.tr("File not saved")) is not None
        )

    # Plumbing

    def rows_for(self, element_id: int) -> list[EvidenceRow]:
        return self.project.read(evidence_for_element, element_id)

    def _row(self, evidence_id: int, element_id: int) -> EvidenceRow | None:
        row = next((r for r in self.rows_for(element_id) if r.id == evidence_id), None)
        if row is None:
            QMessageBox.warning(
                self.window,
                self.tr("Evidence not found"),
                self.tr("This file is no longer linked to the element; the list is now updated."),
            )
            self.changed.emit([element_id])
        return row

    def _write(self, change: Callable[[Any], None], element_ids: list[int]) -> bool:
        """Run one change in a transaction; say why when the core refuses it."""
        try:
            with self.project.transaction() as session:
                change(session)
        except (EvidenceError, AccessRefused, DiskFull, ProjectBusy) as error:
            QMessageBox.warning(self.window, self.tr("Evidence not changed"), str(error))
            self.changed.emit(element_ids)
            return False
        self.changed.emit(element_ids)
        return True

    def _run(self, label: str, work: Callable[[TaskMonitor], T], failure: str) -> T | None:
        """Background work with progress; a refusal or an OS error is shown, a cancel is said
        in the status bar, and either way ``None`` comes back."""
        outcome = run_with_warning(
            self.window,
            label,
            work,
            failure_title=failure,
            expected=(EvidenceError, AccessRefused, DiskFull, ProjectBusy),
        )
        if outcome.cancelled:
            self.message.emit(self.tr("Cancelled; nothing was changed."))
        return outcome.result
