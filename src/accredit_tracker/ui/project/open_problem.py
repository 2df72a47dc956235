"""The box shown when a project cannot be opened (at start, or a damaged file at any time): what
is wrong with which file, and the ways on: open another project, check a damaged file, restore
it from a backup, or close the box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.integrity import check_project_file, restore_backup
from accredit_tracker.core.storage.project import (
    PROJECT_SUFFIX,
    NotAProject,
    ProjectDamaged,
    ProjectError,
    newest_backup,
)

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class OpenProblemBox(QMessageBox):
    """Names the file and the problem; its buttons lead on. Shown with ``open()``: it does not
    wait, so the window (on its no-project screen) stays usable behind it."""

    def __init__(self, window: MainWindow, path: Path | str, error: ProjectError) -> None:
        super().__init__(
            QMessageBox.Icon.Warning,
            self.tr("Cannot open project"),
            str(error),
            QMessageBox.StandardButton.NoButton,
            window,
        )
        self.setObjectName("openProblemBox")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self.error = error
        role = QMessageBox.ButtonRole.ActionRole
        self.open_button = self.addButton(self.tr("Open another project…"), role)
        # Checking and restoring are for a file whose content is at fault; not for one that
        # is locked, newer than this version or read-only, which a restore would not mend.
        damaged = isinstance(path, Path) and isinstance(error, ProjectDamaged | NotAProject)
        self.verify_button = (
            self.addButton(self.tr("Verify"), role)
            if damaged and isinstance(error, ProjectDamaged)
            else None
        )
        self.restore_button = (
            self.addButton(self.tr("Restore from a backup…"), role) if damaged else None
        )
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.close_button)
        # Run after the box has closed, so that what follows (a file dialog, another box)
        # is not stacked over it.
        self.finished.connect(self._carry_out)

    @property
    def main_window(self) -> MainWindow:
        return cast("MainWindow", self.parent())

    def _carry_out(self, _result: int) -> None:
        chosen = self.clickedButton()
        window = self.main_window
        if chosen is self.open_button:
            window.project_actions.choose_project()
        elif chosen is self.verify_button and isinstance(self.path, Path):
            verify_damaged(window, self.path, self.error)
        elif chosen is self.restore_button and isinstance(self.path, Path):
            restore_from_backup(window, self.path)


def verify_damaged(window: MainWindow, path: Path, error: ProjectError) -> None:
    """Show what SQLite's check of the file finds, then offer the ways on again."""
    problems = check_project_file(path)
    if problems:
        shown = problems[:20] + (["…"] if len(problems) > 20 else [])
        text = translate("OpenProblemBox", "SQLite's check of %s found it damaged:") % path.name
        QMessageBox.warning(
            window,
            translate("OpenProblemBox", "Damaged project"),
            text
            + "\n\n"
            + "\n".join(shown)
            + "\n\n"
            + translate("OpenProblemBox", "Restore it from a backup (Restore from a backup…)."),
        )
    else:
        QMessageBox.information(
            window,
            translate("OpenProblemBox", "Damaged project"),
            translate(
                "OpenProblemBox",
                "SQLite's check of %s found its structure sound; the problem is the one "
                "reported when opening it.",
            )
            % path.name,
        )
    OpenProblemBox(window, path, error).open()


def restore_from_backup(window: MainWindow, path: Path) -> None:
    """Choose a backup, confirm, put a copy of it in the project's place (the damaged file is
    kept beside it) and open it."""
    start = newest_backup(path) or path.parent
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        translate("OpenProblemBox", "Restore %s from a backup") % path.name,
        str(start),
        translate("OpenProblemBox", "Backups (*.bak *%s);;All files (*)") % PROJECT_SUFFIX,
    )
    if not chosen:
        return
    backup = Path(chosen)
    answer = QMessageBox.question(
        window,
        translate("OpenProblemBox", "Restore from a backup"),
        translate(
            "OpenProblemBox",
            "Put a copy of %1 in the place of %2? The file there now is kept beside it, "
            "renamed to %2.damaged- and the date and time.",
        )
        .replace("%1", str(backup))
        .replace("%2", path.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        restore_backup(backup, path)
    except UserError as error:
        QMessageBox.warning(window, translate("OpenProblemBox", "Not restored"), str(error))
        return
    window.open_path(path)
