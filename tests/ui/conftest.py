"""GUI test set-up: a message box nobody expected fails the test instead of blocking it;
windows over a small real project; the tests that need a real display run only on one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.main_window import MainWindow
from factories import flat_rows, project_with_library
from windows import MakeWindow, preferences_at


@pytest.fixture(autouse=True)
def _real_display_tests_on_a_real_display(request: pytest.FixtureRequest, qapp: object) -> None:
    """A test marked real_display drives windows as a person would, through the window
    system; it means something only on a real X server."""
    if request.node.get_closest_marker("real_display") and QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X display: run it under xvfb-run with QT_QPA_PLATFORM=xcb")


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.node.get_closest_marker("real_display"):
        return  # those tests answer the real message boxes, and fail when one is in the way

    def unexpected(_parent: object, title: str, text: str, *_args: object) -> None:
        raise AssertionError(f"unexpected message box '{title}': {text}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)

    def unexpected_box(box: QMessageBox) -> int:
        raise AssertionError(
            f"unexpected message box '{box.windowTitle()}': {box.text()}\n{box.detailedText()}"
        )

    monkeypatch.setattr(QMessageBox, "exec", unexpected_box)


@pytest.fixture(autouse=True)
def _english(qapp: object) -> None:
    """Every window test starts in English with American number and date formats, whatever the
    machine's locale and whichever language the previous test chose."""
    apply_language("en", QLocale("en_US"))


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> MakeWindow:
    def make(user: str = "officer") -> MainWindow:
        window = MainWindow(preferences_at(tmp_path), user=user)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A project with a 2 × 3 × 2 library and one blank assessment."""
    path = tmp_path / "clinic.accredit"
    rows = flat_rows(chapters=2, standards=3, elements=2)
    with project_with_library(path, rows) as project, project.transaction() as session:
        create_assessment(session, library_id=1, name="Mock survey", user="tester")
    return path
