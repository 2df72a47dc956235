"""Help menu actions: the user guide, the keyboard shortcuts and the About box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from accredit_tracker import __version__
from accredit_tracker.ui.action_group import ActionGroup

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class HelpActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.shortcuts_action = self.action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1")
        )
        self.guide_action = self.action(self.tr("&User guide"), self.show_guide)
        self.about_action = self.action(self.tr("&About Accredit Tracker"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def show_shortcuts(self) -> None:
        from accredit_tracker.ui.checklist.shortcuts_help import show_shortcuts

        show_shortcuts(self.window)

    def show_guide(self) -> None:
        """The short guide in the interface language, in a window beside the checklist."""
        from accredit_tracker.ui.common.language import spoken_language
        from accredit_tracker.ui.user_guide import UserGuideWindow

        language = spoken_language(self.window.preferences.language)
        self.window.open_side_window("user_guide", UserGuideWindow(language, self.window))

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Accredit Tracker"),
            self.tr(
                "<h3>Accredit Tracker %s</h3>"
                "<p>Tracks a hospital's readiness for accreditation: the measurable elements "
                "of the standards, their results, owners and evidence, and the audit report.</p>"
                "<p>Free software under the MIT licence.</p>"
            )
            % __version__,
        )
