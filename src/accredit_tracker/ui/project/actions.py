"""File menu actions on the project as a whole: new, open (a file, a shared project, a recent
one, the demo project), back up, copy to a file or a shared database, close and quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.progress import Cancelled
from accredit_tracker.core.storage.credentials import (
    remember_password,
    with_known_password,
    without_password,
)
from accredit_tracker.core.storage.project import PROJECT_SUFFIX, is_database_url
from accredit_tracker.ui.action_group import ActionGroup
from accredit_tracker.ui.project.shared_dialog import SharedProjectDialog

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow

RECENT_LIMIT = 8
SHARED_MESSAGE_MS = 8000  # how long a status-bar note about a shared project stays


class ProjectActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.new_action = self.action(
            self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New
        )
        self.open_action = self.action(
            self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open
        )
        self.open_shared_action = self.action(
            self.tr("Open &shared project…"),
            lambda: self.open_shared(),
            QKeySequence("Ctrl+Shift+O"),
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.backup_action = self.action(self.tr("&Back up project…"), self.back_up)
        self.copy_file_action = self.action(
            self.tr("Copy project to a &file…"), lambda: self.copy_project_to(shared=False)
        )
        self.copy_shared_action = self.action(
            self.tr("Copy project to a shared &database…"),
            lambda: self.copy_project_to(shared=True),
        )
        self.close_action = self.action(
            self.tr("&Close project"), window.close_project, QKeySequence.StandardKey.Close
        )
        self.quit_action = self.action(
            self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit
        )
        self._fill_recent_menu()

    def update_enabled(self) -> None:
        project = self.window.project
        for action in (self.close_action, self.copy_file_action, self.copy_shared_action):
            action.setEnabled(project is not None)
        # A shared project is backed up on its server (pg_dump), or copied to a file.
        self.backup_action.setEnabled(project is not None and project.path is not None)

    # Open recent

    def recent_projects(self) -> list[str]:
        """The projects last opened, newest first: file paths, and shared projects' URLs
        without their passwords."""
        return self.window.preferences.recent_projects

    def remember(self, target: Path | str) -> None:
        """Put a project first in the recent list; a shared one without its password."""
        preferences = self.window.preferences
        if isinstance(target, str):
            resolved = without_password(target)
        else:
            resolved = str(target.resolve())
            preferences.project_folder = target.resolve().parent
        recent = [resolved, *(p for p in self.recent_projects() if p != resolved)]
        preferences.recent_projects = recent[:RECENT_LIMIT]
        preferences.last_project = resolved
        self._fill_recent_menu()

    def open_recent(self, target: str) -> None:
        self.window.open_path(_target(target))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_projects()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.open_path(_target(p)))
        self.recent_menu.setEnabled(bool(recent))

    # Project files

    def open_shared(self, url: str | None = None) -> bool:
        """Open a project shared on a database server: by ``url`` with the password from the
        keyring, or as typed into the dialog (which asks for what is missing)."""
        ready = with_known_password(url) if url else None
        remember = False
        if ready is None:
            dialog = SharedProjectDialog(self.window, url)
            if not dialog.exec():
                return False
            ready, remember = dialog.url(), dialog.remember.isChecked()
        if not self.window.open_target(ready):
            return False
        if remember and not remember_password(ready):
            self.window.statusBar().showMessage(
                self.tr("The system keyring did not take the password; it will be asked again."),
                SHARED_MESSAGE_MS,
            )
        return True

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            str(self.window.preferences.project_folder),
            self.tr("Accredit Tracker projects (*%s);;All files (*)") % PROJECT_SUFFIX,
        )
        if path:
            self.window.open_path(Path(path))

    def new_project(self) -> None:
        """The guided flow: facility, standards, first assessment; ends on its checklist.
        A project made before the flow was left part-way is opened all the same."""
        from accredit_tracker.ui.project.new_project_wizard import NewProjectWizard

        window = self.window
        wizard = NewProjectWizard(window.preferences, window.user, window)
        try:
            wizard.exec()
            project, path = wizard.project, wizard.path
            if project is None or path is None:
                return
            window.set_project(project)
            self.remember(path)
            if wizard.assessment_id is not None:
                window.show_assessment_of(wizard.assessment_id)
        finally:
            wizard.deleteLater()

    def open_demo(self) -> None:
        """Open the demo project, made from the bundled library the first time."""
        from accredit_tracker.demo import ensure_demo_project
        from accredit_tracker.ui.common.background import run_with_progress

        window = self.window
        try:
            path = run_with_progress(
                window,
                self.tr("Preparing the demo project"),
                lambda monitor: ensure_demo_project(user=window.user, monitor=monitor),
            )
        except Cancelled:
            return
        except UserError as error:
            QMessageBox.warning(window, self.tr("Cannot create the demo project"), str(error))
            return
        window.open_path(path)

    def back_up(self) -> None:
        if self.window.project is not None:
            from accredit_tracker.ui.project.integrity import back_up

            back_up(self.window, self.window.project, self.window.statusBar())

    def copy_project_to(self, *, shared: bool) -> None:
        """Copy the open project into a new file or an empty shared database, checked, and
        offer to open the copy."""
        window = self.window
        if window.project is None:
            return
        from accredit_tracker.ui.project import copy_dialog as project_copy

        if window.checklist is not None:
            window.checklist.detail.flush_notes()  # the copy holds what was typed
        target = (
            project_copy.choose_database_target(window)
            if shared
            else project_copy.choose_file_target(window, window.project)
        )
        if target is None:
            return
        report = project_copy.copy_open_project(window, window.project, target, window.user)
        if report is not None and project_copy.offer_to_open(window, report):
            window.open_path(target)


def _target(recent: str) -> Path | str:
    """A recent-projects entry as :meth:`MainWindow.open_path` takes it: URL or file path."""
    return recent if is_database_url(recent) else Path(recent)
