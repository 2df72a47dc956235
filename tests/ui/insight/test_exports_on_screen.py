"""The exports of the comparison and audit-trail windows on a real X display: Export… clicked
as a person clicks it writes the file and says so in the window (or says why not in a box on
top), and the main window is usable afterwards with that window still open beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.insight.audit_trail_dialog import AuditTrailDialog
from accredit_tracker.ui.insight.comparison_dialog import ComparisonDialog
from accredit_tracker.ui.main_window import MainWindow
from comparison_survey import two_surveys
from on_screen import (
    DialogsSeen,
    Window,
    answer_when_shown,
    as_a_click,
    as_from_the_menu,
    assert_usable,
    click_as_a_person,
    message,
    open_window,
    save_as,
    the_button,
)

pytestmark = pytest.mark.real_display


@pytest.fixture
def surveys(tmp_path: Path) -> Path:
    """A project with a mock and an official survey, and changes to compare and list."""
    path = tmp_path / "surveys.accredit"
    with two_surveys(path):
        pass
    return path


def side_window(window: MainWindow, action: QAction, name: str) -> QDialog:
    """The window that the menu item opens beside the main window, once it is on the screen."""
    as_from_the_menu(action)
    dialog = window.side_windows[name]
    handle = dialog.windowHandle()
    assert handle is not None and QTest.qWaitForWindowExposed(handle)
    return dialog


def click(button: QPushButton) -> None:
    """Click the button and come back once what it started has ended."""
    as_a_click(lambda: click_as_a_person(button))


def test_the_comparison_export_says_what_it_wrote_and_the_window_stays_usable(
    make_window: Window,
    surveys: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    target = tmp_path / "comparison.xlsx"
    save_as(target, monkeypatch)
    window = open_window(make_window, surveys)
    comparison = side_window(window, window.insight_actions.compare_action, "comparison")
    assert isinstance(comparison, ComparisonDialog)
    qtbot.waitUntil(comparison.export_button.isEnabled)  # once the comparison is worked out
    seen = DialogsSeen()
    click(comparison.export_button)
    assert comparison.message.text() == "Wrote comparison.xlsx."
    assert load_workbook(target).sheetnames[:2] == ["Chapters", "Elements"]
    assert seen.stop() == []  # quick work: neither a progress dialog nor a box in the way
    assert comparison.export_button.isEnabled()
    assert_usable(window, still_open=[comparison])


def test_the_audit_trail_export_says_how_many_changes_it_wrote(
    make_window: Window,
    surveys: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    target = tmp_path / "trail.csv"
    save_as(target, monkeypatch)
    window = open_window(make_window, surveys)
    trail = side_window(window, window.insight_actions.trail_action, "audit_trail")
    assert isinstance(trail, AuditTrailDialog)
    qtbot.waitUntil(lambda: not trail.reading.busy)
    click(trail.export_button)
    changes = trail.model.rowCount()
    assert changes > 0
    assert trail.message.text() == f"Wrote trail.csv: {changes} changes."
    # the header, the changes, and the line with the trail's chain head
    assert target.read_text(encoding="utf-8-sig").count("\n") == 1 + changes + 1
    assert_usable(window, still_open=[trail])


def test_an_audit_trail_export_to_a_file_open_elsewhere_says_why_on_top(
    make_window: Window, surveys: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trail.xlsx"
    (tmp_path / ".~lock.trail.xlsx#").write_text("someone")  # LibreOffice has it open
    save_as(target, monkeypatch)
    window = open_window(make_window, surveys)
    trail = side_window(window, window.insight_actions.trail_action, "audit_trail")
    assert isinstance(trail, AuditTrailDialog)
    told = answer_when_shown(
        message("is open in another program"), the_button(QMessageBox.StandardButton.Ok)
    )
    click(trail.export_button)
    assert told.stuck == []
    assert told.on_top and told.taken
    assert not target.exists()
    assert trail.export_button.isEnabled()
    assert_usable(window, still_open=[trail])
