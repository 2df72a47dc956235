"""Take screenshots of the main screens in each interface language and screen size, so that
anyone can look at what a person sees: nothing that carries meaning should be cut off.

Each size runs on its own virtual X screen (xvfb-run) when it is installed, otherwise on Qt's
offscreen platform with the window sized to the screen size asked for. The pictures are of
the start page, the New project flow, the checklist, its detail panel, the evidence library,
the audit trail, the dashboard and the user guide, over the demo project in a temporary folder
(the user's own settings and data are never touched).

Usage:  python scripts/screenshots.py [--output FOLDER] [--sizes 1280x720,1920x1080]
                                      [--languages en,ru,uz_Latn]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1280x720", "1920x1080")
LANGUAGES = ("en", "ru", "uz_Latn")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--on-this-screen", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    languages = args.languages.split(",")
    if args.on_this_screen:
        [size] = args.sizes.split(",")
        take_screenshots(args.output, size, languages)
        return 0
    for size in args.sizes.split(","):
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--on-this-screen",
            "--output",
            str(args.output),
            "--sizes",
            size,
            "--languages",
            args.languages,
        ]
        environment = dict(os.environ)
        if shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", *command]
            environment["QT_QPA_PLATFORM"] = "xcb"
        else:
            environment["QT_QPA_PLATFORM"] = "offscreen"
        completed = subprocess.run(command, env=environment, check=False)
        if completed.returncode:
            return completed.returncode
    print(f"Screenshots in {args.output}")
    return 0


def take_screenshots(output: Path, size: str, languages: list[str]) -> None:
    """Every screen in every language, at ``size`` (the screen's size under X)."""
    workdir = Path(tempfile.mkdtemp(prefix="accredit-screenshots-"))
    os.environ["ACCREDIT_DATA_DIR"] = str(workdir / "data")
    sys.path.insert(0, str(ROOT / "src"))

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from accredit_tracker.demo import create_demo_project
    from accredit_tracker.ui.common.language import apply_language
    from accredit_tracker.ui.common.preferences import Preferences
    from accredit_tracker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    width, height = (int(n) for n in size.split("x"))
    demo = workdir / "Demo hospital.accredit"
    create_demo_project(demo, user="Quality officer").close()

    def save(widget: QWidget, language: str, name: str) -> None:
        QTest.qWait(150)
        app.processEvents()
        path = output / f"{size}-{language}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    try:
        for language in languages:
            apply_language(language)
            settings = QSettings(str(workdir / f"{language}.ini"), QSettings.Format.IniFormat)
            preferences = Preferences(settings)
            preferences.language = language
            window = MainWindow(preferences, user="Quality officer")
            if app.platformName() == "offscreen":
                window.resize(width, height)
            window.show()
            save(window, language, "start-page")
            _while_open(window, lambda w=window: w.project_actions.new_project(), save, language)
            assert window.open_path(demo)
            view = window.checklist
            assert view is not None
            QTest.qWait(300)
            view.table.selectRow(3)
            save(window, language, "checklist")
            save(view.detail, language, "detail-panel")
            for name, action in (
                ("evidence-library", window.evidence_actions.library_action),
                ("audit-trail", window.insight_actions.trail_action),
            ):
                action.trigger()
                side = window.side_windows.get(name.replace("-", "_"))
                if side is not None:
                    side.resize(min(width - 80, 1200), min(height - 80, 800))
                    save(side, language, name)
                    side.close()
            if window.dashboard is not None:
                window.tabs.setCurrentWidget(window.dashboard)
                save(window, language, "dashboard")
                window.tabs.setCurrentWidget(view)
            guide = getattr(window.help_actions, "guide_action", None)
            if guide is not None:
                guide.trigger()
                side = window.side_windows.get("user_guide")
                if side is not None:
                    save(side, language, "user-guide")
                    side.close()
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _while_open(
    window: object,
    open_it: Callable[[], object],
    save: Callable[..., None],
    language: str,
) -> None:
    """Open a modal dialog, take its picture and close it again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def take() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            save(dialog, language, "new-project")
            dialog.reject()

    QTimer.singleShot(400, take)
    open_it()


if __name__ == "__main__":
    sys.exit(main())
