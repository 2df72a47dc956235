"""Edit menu actions on settings: the project's details (the facility's name), the user's own
Preferences (evidence size limit, the name the audit trail records, the exports' language,
the CSV separator) and the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from accredit_tracker.core.audit.recording import current_user
from accredit_tracker.ui.action_group import ActionGroup
from accredit_tracker.ui.common.language import (
    LANGUAGES,
    apply_language,
    conventional_csv_delimiter,
    spoken_language,
)
from accredit_tracker.ui.common.preferences import Preferences

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


def max_file_bytes(preferences: Preferences) -> int:
    """The largest evidence file the Preferences allow."""
    return preferences.max_file_mb * 1024 * 1024


def preferred_user(preferences: Preferences) -> str:
    """Who the audit trail records: the name set in Preferences, else the OS account."""
    return preferences.user_name.strip() or current_user()


class PreferenceActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.project_details_action = self.action(
            self.tr("Project &details…"), self.edit_project_details
        )
        self.preferences_action = self.action(self.tr("&Preferences…"), self.edit_preferences)
        self.language_menu = self._language_menu()

    def update_enabled(self) -> None:
        self.project_details_action.setEnabled(self.window.project is not None)

    def edit_project_details(self) -> None:
        """The facility's name, kept in the project for its reports."""
        from accredit_tracker.ui.project.project_details_dialog import ProjectDetailsDialog

        window = self.window
        if window.project is not None:
            ProjectDetailsDialog(window.project, window.user, window).exec()

    def _language_menu(self) -> QMenu:
        """Edit → Language: the system's, or one of the translations (each named in itself)."""
        menu = QMenu(self.tr("&Language"), self.window)
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        chosen = self.window.preferences.language
        system = LANGUAGES[spoken_language("")]
        choices = {"": self.tr("System language (%s)") % system, **LANGUAGES}
        for code, name in choices.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.choose_language(code))
        return menu

    def choose_language(self, language: str) -> None:
        """Remember the language and rebuild the window in it (the project stays open)."""
        preferences = self.window.preferences
        if language == preferences.language:
            return
        preferences.language = language
        apply_language(language)
        self.window.language_changed.emit()

    def edit_preferences(self) -> None:
        from accredit_tracker.ui.project.preferences_dialog import PreferencesDialog

        window, preferences = self.window, self.window.preferences
        dialog = PreferencesDialog(
            preferences.max_file_mb,
            window,
            user_name=preferences.user_name,
            exports_in_english=preferences.exports_in_english,
            csv_delimiter=preferences.csv_delimiter,
            language_delimiter=conventional_csv_delimiter(),
            ask_evidence_details=preferences.ask_evidence_details,
        )
        if dialog.exec():
            preferences.ask_evidence_details = dialog.ask_evidence_details.isChecked()
            preferences.exports_in_english = dialog.exports_in_english.isChecked()
            preferences.csv_delimiter = dialog.csv_delimiter.currentData()
            preferences.max_file_mb = dialog.max_file_mb.value()
            preferences.user_name = dialog.user_name.text().strip()
            window.user = preferred_user(preferences)
            if window.checklist is not None:
                window.checklist.evidence.max_file_bytes = max_file_bytes(preferences)
                window.checklist.user = window.checklist.evidence.user = window.user
