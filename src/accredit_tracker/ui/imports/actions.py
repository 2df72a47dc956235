"""File menu actions that read spreadsheets into the project: import a standards library, and
take back the results officers typed into an exported report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from accredit_tracker.ui.action_group import ActionGroup

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class ImportActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.import_action = self.action(
            self.tr("&Import standards…"), self.import_standards, QKeySequence("Ctrl+I")
        )
        self.take_back_action = self.action(
            self.tr("&Take back results from a report…"),
            self.take_back_results,
            QKeySequence("Ctrl+Shift+T"),
        )

    def update_enabled(self) -> None:
        self.import_action.setEnabled(self.can_change)
        self.take_back_action.setEnabled(self.window.checklist is not None and self.can_change)

    def import_standards(self) -> None:
        window = self.window
        if window.project is None:
            return
        from accredit_tracker.ui.imports.standards_dialog import choose_and_import

        report = choose_and_import(window, window.project, window.user, window.preferences)
        if report is None:
            return
        window.show_project()
        # Said in a box: once the dialog has closed, nothing else in the window shows it.
        library = report.library
        answer = QMessageBox.question(
            window,
            self.tr("Standards imported"),
            self.tr(
                "The library “%1” is now in the project: %2, %3, %4.\n\n"
                "Start an assessment against it now?"
            )
            .replace("%1", report.title)
            .replace("%2", self.tr("%Ln chapter(s)", "", len(library.chapters)))
            .replace("%3", self.tr("%Ln standard(s)", "", library.standard_count))
            .replace("%4", self.tr("%Ln measurable element(s)", "", library.element_count)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.assessment_actions.new_assessment(report.library_id)

    def take_back_results(self) -> None:
        if self.window.checklist is not None:
            self.window.checklist.take_back_results(self.window.preferences)
