"""Edit menu actions on the checklist: undo and redo, find, set the result of the selected
elements, bulk edit them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.action_group import ActionGroup
from accredit_tracker.ui.checklist.detail_panel import RESULT_KEYS
from accredit_tracker.ui.common.labels import result_label

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class ChecklistActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.undo_action = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.find_action = self.action(
            self.tr("&Find…"), self.focus_filter, QKeySequence.StandardKey.Find
        )
        self.result_menu = QMenu(self.tr("Set &result of selection"), window)
        for result, key in RESULT_KEYS.items():
            action = QAction(f"{result_label(result)}\t{key}", window)
            action.triggered.connect(lambda _c=False, r=result: self.set_result(r))
            self.result_menu.addAction(action)
        self.bulk_action = self.action(
            self.tr("&Bulk edit selection…"), self.bulk_edit, QKeySequence("Ctrl+E")
        )

    def update_enabled(self) -> None:
        editing = self.window.checklist is not None and self.can_change
        self.bulk_action.setEnabled(editing)
        self.result_menu.setEnabled(editing)

    def focus_filter(self) -> None:
        if self.window.checklist is not None:
            self.window.checklist.focus_filter()

    def set_result(self, result: Result) -> None:
        if self.window.checklist is not None:
            self.window.checklist.set_for_selection(result=result)

    def bulk_edit(self) -> None:
        view = self.window.checklist
        if view is None:
            return
        from accredit_tracker.ui.checklist.bulk_edit_dialog import BulkEditDialog

        rows = view.selected_rows()
        dialog = BulkEditDialog(
            len(rows), view.filter_bar.owners(), self.window, departments=view.departments
        )
        if dialog.exec() and dialog.values:
            view.set_for_selection(**dialog.values)
