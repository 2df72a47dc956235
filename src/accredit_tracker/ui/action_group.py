"""What every group of the main window's menu actions shares: the window, a way to make an
action, and a place to say when the actions can run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class ActionGroup(QObject):
    """The menu actions of one capability and what they do; the window puts them in its menus.

    The actions belong to the window (so their shortcuts work wherever it has the focus); the
    group keeps them as attributes and carries out their work on the window's project.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)

    @property
    def window(self) -> MainWindow:
        # Through Qt's parent rather than an attribute: a Python reference cycle would keep a
        # closed window's wrapper alive after Qt has deleted it (a rebuilt window, a test's).
        return cast("MainWindow", self.parent())

    def action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def can_change(self) -> bool:
        """Whether the window has a project open that may be changed (not a read-only one)."""
        project = self.window.project
        return project is not None and not project.read_only

    def update_enabled(self) -> None:
        """Enable the actions that can run on what the window shows now (a project, an
        assessment's checklist, or nothing)."""
