"""Start-up of the desktop application: settings, translations, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from accredit_tracker import __version__
from accredit_tracker.core.audit.recording import current_user
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.resources import resource_path
from accredit_tracker.core.storage.project import ProjectError, project_target
from accredit_tracker.logs import setup_logging
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.escaped_errors import escaped_errors_shown
from accredit_tracker.ui.main_window import MainWindow

ORGANISATION = "Accredit Tracker"
APPLICATION = "Accredit Tracker"


def ensure_demo_project() -> Path:
    """The demo project, created from the shipped library the first time it is asked for."""
    from accredit_tracker.demo import ensure_demo_project as ensure  # loads the importer

    return ensure(user=current_user())


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="accredit-tracker", description="Accredit Tracker")
    parser.add_argument(
        "project",
        nargs="?",
        type=project_target,
        help="project file to open, or a shared project's URL "
        "(postgresql+psycopg://user@server/database; the password is asked for)",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo project")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For installers and packaging checks: open the project, say what is shown, and quit.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# The main windows alive: a language change replaces the window with one built in the new
# language, and the old one must not take the new one with it when it is collected.
_windows: list[MainWindow] = []


def show_main_window(preferences: Preferences, path: Path | str | None = None) -> MainWindow:
    """A new main window, shown, with ``path`` opened in it if given."""
    window = MainWindow(preferences)
    window.language_changed.connect(lambda: rebuild_window(window))
    _windows.append(window)
    window.show()
    if path is not None:
        window.open_path(path)
    return window


def rebuild_window(window: MainWindow) -> MainWindow:
    """Replace ``window`` by one in the language just chosen, on the same project."""
    project = window.project
    path = None if project is None else project.path or project.url
    window.close()
    window.deleteLater()
    if window in _windows:
        _windows.remove(window)
    return show_main_window(window.preferences, path)


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("accredit-tracker")  # matches packaging/linux/*.desktop
    preferences = Preferences()
    apply_language(preferences.language)
    app.setWindowIcon(QIcon(str(resource_path("icons", "accredit-tracker.svg"))))
    # From here on, an exception that escapes a slot is shown in a box, never as a traceback.
    with escaped_errors_shown():
        window = show_main_window(preferences)
        try:
            path = starting_project(args, preferences)
        except ProjectError as error:  # the demo project could not be created
            if args.smoke_test:
                return smoke_test_failure(window, error)
            QMessageBox.warning(window, window.tr("Cannot create the demo project"), str(error))
            path = None
        if args.smoke_test:
            return smoke_test_report(window, path)
        if path is not None:
            window.open_path(path, at_start=True)
        return app.exec()


def starting_project(args: argparse.Namespace, preferences: Preferences) -> Path | str | None:
    """The project to start with: the one named on the command line, the demo project
    (created the first time), or the one open when the application last closed."""
    if args.demo:
        return ensure_demo_project()
    if args.project is not None:
        return cast("Path | str", args.project)
    last = preferences.last_project
    path = project_target(last) if last else None
    if isinstance(path, Path) and not path.exists():
        return None
    return path


def smoke_test_report(window: MainWindow, path: Path | str | None) -> int:
    """Open ``path`` without any dialog (a problem is printed, never asked about), print what
    the started window shows (title and elements, then its menus, which show the interface
    language) and return the exit status."""
    app = QApplication.instance()
    assert app is not None
    if path is not None:
        try:
            window.show_opened(path)
        except UserError as error:
            return smoke_test_failure(window, error)
    app.processEvents()
    checklist = window.checklist
    if window.project is None or checklist is None:
        print(f"{window.windowTitle()}: no project is open", file=sys.stderr)
        return 1
    print(f"{window.windowTitle()}: {checklist.model.total:,} measurable elements shown")
    print("menus:", ", ".join(a.text().replace("&", "") for a in window.menuBar().actions()))
    window.close()
    return 0


def smoke_test_failure(window: MainWindow, error: UserError) -> int:
    """Print why the smoke test's project did not open, close the window, return the exit
    status."""
    print(f"accredit-tracker: {error}", file=sys.stderr)
    window.close()
    return 1


if __name__ == "__main__":
    sys.exit(main())
