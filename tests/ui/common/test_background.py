"""Running work off the GUI thread behind a progress dialog: results, errors, Cancel, progress."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.ui.common.background import (
    MIN_DURATION_MS,
    BackgroundTask,
    run_with_progress,
)


def visible_progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def when_dialog_shows(action: Callable[[QProgressDialog], bool], tries: int = 500) -> None:
    """Poll (from the event loop the work waits in) until ``action`` accepts the dialog."""
    dialog = visible_progress_dialog()
    if dialog is not None and action(dialog):
        return
    if tries > 0:
        QTimer.singleShot(20, lambda: when_dialog_shows(action, tries - 1))


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    thread, answer = run_with_progress(None, "Adding", lambda _m: (threading.get_ident(), 6 * 7))
    assert answer == 42
    assert thread != gui_thread


def test_the_works_exception_is_raised_in_the_gui_thread_as_itself(qtbot: QtBot) -> None:
    class DiskFull(OSError):
        pass

    error = DiskFull("No space left on device")

    def work(monitor: TaskMonitor) -> None:
        monitor.report("Writing", 1, 2)
        raise error

    with pytest.raises(DiskFull) as caught:
        run_with_progress(None, "Writing the backup", work)
    assert caught.value is error


def endless(monitor: TaskMonitor) -> str:
    """Long work that reports often; gives up after 10 s so a broken Cancel fails the test."""
    deadline = time.monotonic() + 10
    count = 0
    while time.monotonic() < deadline:
        monitor.report("Counting rows", count, 0)
        count += 1
        time.sleep(0.001)
    return "ran to the end"


@pytest.mark.parametrize("how", ["Cancel button", "Esc key"])
def test_cancel_stops_long_work_and_raises_cancelled(qtbot: QtBot, how: str) -> None:
    seen: list[tuple[int, str]] = []

    def cancel(dialog: QProgressDialog) -> bool:
        seen.append((dialog.maximum(), dialog.labelText()))
        if how == "Cancel button":
            button = dialog.findChild(QPushButton)
            assert button is not None
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return True

    QTimer.singleShot(0, lambda: when_dialog_shows(cancel))
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress(None, "Counting", endless)
    assert time.monotonic() - started < 5
    [(maximum, label)] = seen
    assert maximum == 0  # a busy bar: the total is not known
    assert label.startswith("Counting\nCounting rows — ")
    assert visible_progress_dialog() is None


def test_progress_reaches_the_dialog(qtbot: QtBot) -> None:
    shown = threading.Event()
    seen: list[tuple[str, int, int]] = []
    modality: list[Qt.WindowModality] = []

    def look(dialog: QProgressDialog) -> bool:
        if "of" not in dialog.labelText():
            return False
        seen.append((dialog.labelText(), dialog.value(), dialog.maximum()))
        modality.append(dialog.windowModality())
        shown.set()
        return True

    def work(monitor: TaskMonitor) -> bool:
        monitor.report("Saving standards", 12_000, 120_000)
        return shown.wait(10)  # stays busy until the dialog has shown the figures

    QTimer.singleShot(0, lambda: when_dialog_shows(look))
    assert run_with_progress(None, "Importing jci.xlsx", work)
    assert seen == [("Importing jci.xlsx\nSaving standards — 12,000 of 120,000", 12_000, 120_000)]
    assert modality == [Qt.WindowModality.WindowModal]


def test_quick_work_never_shows_the_dialog_not_even_under_the_next_dialog(qtbot: QtBot) -> None:
    # As in the app: the work starts from the running event loop (a menu click), and what
    # comes next (a question, exec()) runs a nested loop of its own for a while.
    shown: list[str] = []

    def watch() -> None:
        dialog = visible_progress_dialog()
        if dialog is not None:
            shown.append(dialog.labelText())

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(10)
    outer = QEventLoop()

    def click() -> None:
        assert run_with_progress(None, "Writing report.xlsx", lambda _m: "written") == "written"
        the_next_dialog = QEventLoop()
        QTimer.singleShot(3 * MIN_DURATION_MS, the_next_dialog.quit)
        the_next_dialog.exec()
        outer.quit()

    QTimer.singleShot(0, click)
    outer.exec()
    watcher.stop()
    assert shown == []


def test_work_of_many_short_stages_shows_the_dialog_once_it_has_taken_long(qtbot: QtBot) -> None:
    seen = threading.Event()
    stages: list[str] = []

    def look(dialog: QProgressDialog) -> bool:
        stages.append(dialog.labelText())
        seen.set()
        return True

    def work(monitor: TaskMonitor) -> bool:
        for stage in range(20):  # each stage starts again from 0, none lasts the delay
            monitor.report(f"Stage {stage}", 0, 2)
            time.sleep(0.1)
            monitor.report(f"Stage {stage}", 1, 2)
            if seen.wait(0.1):
                return True
        return False

    QTimer.singleShot(0, lambda: when_dialog_shows(look))
    assert run_with_progress(None, "Checking", work)
    [label] = stages
    assert label.startswith("Checking\nStage ")


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_work_outliving_the_window_that_asked_ends_quietly(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str], outcome: str
) -> None:
    """A window closed while its read runs deletes the task's signals with it; the work then
    ends without a traceback on the console."""
    release, ended = threading.Event(), threading.Event()

    def work(_monitor: TaskMonitor) -> int:
        release.wait(5)
        try:
            if outcome == "error":
                raise Cancelled()
            return 1
        finally:
            ended.set()

    task = BackgroundTask(work)
    task.start()
    shiboken6.delete(task.signals)
    release.set()
    assert ended.wait(5)
    QThreadPool.globalInstance().waitForDone(5000)
    assert "Traceback" not in capfd.readouterr().err
