"""Helpers for tests that drive the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.checklist.view import ChecklistView
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.insight.dashboard_view import DashboardView
from accredit_tracker.ui.main_window import MainWindow


class MakeWindow(Protocol):
    """The ``make_window`` fixture: a new main window, shown and active, for ``user``."""

    def __call__(self, user: str = "officer") -> MainWindow: ...


def settings_at(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def preferences_at(tmp_path: Path) -> Preferences:
    """Preferences kept in ``tmp_path``/settings.ini, read raw with :func:`settings_at`."""
    return Preferences(settings_at(tmp_path))


def checklist(window: MainWindow) -> ChecklistView:
    """The window's checklist, once its score has followed the rows onto the screen."""
    view = window.checklist
    assert view is not None
    for _ in range(500):
        if view.score is not None:
            return view
        QTest.qWait(10)
    raise AssertionError("the checklist's score never came")


def shown_dashboard(window: MainWindow) -> DashboardView:
    """The window's Dashboard tab brought forward, once its background read has filled it."""
    dashboard = window.dashboard
    assert dashboard is not None
    window.tabs.setCurrentWidget(dashboard)
    return filled(dashboard)


def filled(dashboard: DashboardView) -> DashboardView:
    """The dashboard once its running read (if any) has ended and shown its figures."""
    for _ in range(1000):
        if not dashboard.busy and dashboard.data is not None:
            return dashboard
        QTest.qWait(10)
    raise AssertionError("the dashboard's figures never came")


def press(qtbot: QtBot, view: ChecklistView, key: str | Qt.Key) -> None:
    view.table.setFocus()
    qtbot.keyClick(view.table, key)
