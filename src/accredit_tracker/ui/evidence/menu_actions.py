"""Evidence menu actions: attach files, paste a screenshot or link stored evidence to the
selected elements, open the evidence library, export the evidence binder, verify the stored
files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from accredit_tracker.core.evidence.queries import LibraryRow
from accredit_tracker.ui.action_group import ActionGroup

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class EvidenceMenuActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.attach_action = self.action(
            self.tr("&Attach files to selection…"), self.attach_files, QKeySequence("Ctrl+Shift+A")
        )
        self.paste_action = self.action(
            self.tr("&Paste image as evidence"), self.paste_image, QKeySequence("Ctrl+Shift+V")
        )
        self.link_action = self.action(
            self.tr("&Link existing evidence…"), self.link_existing, QKeySequence("Ctrl+Shift+L")
        )
        self.library_action = self.action(
            self.tr("Evidence &library…"), self.show_library, QKeySequence("Ctrl+Shift+E")
        )
        self.binder_action = self.action(self.tr("E&xport evidence binder…"), self.export_binder)
        self.binder_action.setToolTip(
            self.tr(
                "Write the assessment's evidence into a folder per chapter and element, with "
                "an index workbook of every file, its element and SHA-256"
            )
        )
        self.verify_action = self.action(self.tr("&Verify stored files…"), self.verify_files)

    def update_enabled(self) -> None:
        self.verify_action.setEnabled(self.window.project is not None)
        self.library_action.setEnabled(self.window.checklist is not None)
        self.binder_action.setEnabled(self.window.checklist is not None)
        for action in (self.attach_action, self.paste_action, self.link_action):
            action.setEnabled(self.window.checklist is not None and self.can_change)

    def attach_files(self) -> None:
        view = self.window.checklist
        if view is not None:
            view.evidence.choose_and_attach(view.selected_ids())

    def paste_image(self) -> None:
        view = self.window.checklist
        if view is not None:
            view.evidence.paste_image(view.selected_ids())

    def link_existing(self) -> None:
        if self.window.checklist is not None:
            self.window.checklist.link_existing_evidence()

    def show_library(self) -> None:
        window = self.window
        if window.project is None or window.checklist is None:
            return
        from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog

        # Without a user to record, the library offers no removal and no linking (a read-only
        # project).
        user = window.user if self.can_change else None
        dialog = EvidenceLibraryDialog(
            window.project,
            window.checklist.assessment_id,
            window,
            user=user,
            link_to_selection=self._link_to_selection if self.can_change else None,
        )
        dialog.element_chosen.connect(window.show_element)
        dialog.evidence_removed.connect(self._refresh_elements)
        window.open_side_window("evidence_library", dialog)

    def export_binder(self) -> None:
        window = self.window
        if window.project is None or window.checklist is None:
            return
        from accredit_tracker.core.storage.models import Assessment
        from accredit_tracker.ui.evidence.binder import export_binder

        assessment_id = window.checklist.assessment_id
        with window.project.session() as session:
            assessment = session.get(Assessment, assessment_id)
            name = assessment.name if assessment is not None else ""
        export_binder(window, window.project, assessment_id, name)

    def _link_to_selection(self, row: LibraryRow) -> bool:
        """Link a file from the library to the elements selected in the checklist, as one
        undoable, audited change."""
        view = self.window.checklist
        if view is None:
            return False
        element_ids = view.selected_ids()
        if not element_ids:
            QMessageBox.information(
                self.window.side_windows.get("evidence_library", self.window),
                self.tr("No element selected"),
                self.tr("Select the elements in the checklist first, then link the file."),
            )
            return False
        return view.evidence.link_chosen([row.id], element_ids, row.name)

    def _refresh_elements(self, element_ids: list[int]) -> None:
        if self.window.checklist is not None:
            self.window.checklist.refresh_elements(element_ids)

    def verify_files(self) -> None:
        window = self.window
        if window.project is not None:
            from accredit_tracker.ui.project.integrity import verify_evidence

            verify_evidence(window, window.project, window.statusBar())
