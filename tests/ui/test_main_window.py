"""The main window over a real project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker.app import ensure_demo_project
from accredit_tracker.ui.main_window import MainWindow
from accredit_tracker.ui.readiness_model import COL_CODE, COL_STATUS
from factories import project_with_library


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_demo_project_opens_with_its_name_counts_and_chapters(window: MainWindow) -> None:
    assert window.open_path(ensure_demo_project())
    assert window.windowTitle() == "Demo hospital — Accredit Tracker"
    text = window.project_label.text()
    assert "Demo hospital standards (synthetic)" in text and "measurable elements" in text
    assert window.assessment_box.currentText() == "Mock survey 2026"
    codes = [window.model.index(r, COL_CODE).data() for r in range(window.model.rowCount())]
    assert codes[:3] == ["IPSG", "ACC", "PCC"] and len(codes) == 15
    assert "provisional" in window.verdict_label.text()
    assert window.model.index(codes.index("IPSG"), COL_STATUS).data() in ("Met (≥ 8)", "Below 8")


def test_a_file_that_fails_to_open_keeps_the_current_project(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_with_library(tmp_path / "clinic.accredit").close()
    assert window.open_path(tmp_path / "clinic.accredit")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bogus = tmp_path / "notes.accredit"
    bogus.write_text("not a project")
    assert not window.open_path(bogus)
    assert shown == ["notes.accredit is not an Accredit Tracker project (not a database file)."]
    assert window.windowTitle() == "clinic — Accredit Tracker"
    assert window.project is not None and window.project.path == tmp_path / "clinic.accredit"
