"""Runs long core work off the GUI thread behind a progress dialog with Cancel."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.ui.common.locale_text import number

T = TypeVar("T")

MIN_DURATION_MS = 300  # quicker work never shows the progress dialog
_REPORT_INTERVAL_S = 0.05  # at most ~20 progress signals a second reach the GUI thread


class TaskSignals(QObject):
    """What a background task tells the GUI thread; create it on the GUI thread."""

    progress = Signal(str, int, int)  # stage, done, total (0 = unknown)
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception the work raised (Cancelled if it was cancelled)


class BackgroundTask(QRunnable):
    """Runs ``work(monitor)`` in the global thread pool and reports through :attr:`signals`.

    Construct it on the GUI thread, connect to ``signals``, then call :meth:`start`. Calling
    :meth:`cancel` (from any thread) makes the work raise :class:`Cancelled` at its next report.
    """

    def __init__(self, work: Callable[[TaskMonitor], Any]) -> None:
        super().__init__()
        # The pool owns the runnable and deletes it once run() has returned; the signals
        # object is a separate QObject on the GUI thread that the caller keeps.
        self.signals = TaskSignals()
        self.monitor = TaskMonitor(self._report)
        self._work = work
        self._last_stage: str | None = None
        self._last_emit = 0.0

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def cancel(self) -> None:
        self.monitor.cancel()

    def run(self) -> None:
        try:
            result = self._work(self.monitor)
        except BaseException as error:
            told, outcome = self.signals.failed, error
        else:
            told, outcome = self.signals.finished, result
        # The window that asked may have been closed meanwhile, and its signals object deleted
        # with it: then nobody is waiting for the outcome.
        if shiboken6.isValid(self.signals):
            with suppress(RuntimeError):  # deleted between the check and the emit
                told.emit(outcome)

    def _report(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == self._last_stage and now - self._last_emit < _REPORT_INTERVAL_S:
            return
        self._last_stage, self._last_emit = stage, now
        self.signals.progress.emit(stage, done, total)


class _ProgressDialog(QProgressDialog):
    """A progress dialog whose Cancel (button, Esc or close box) asks the work to stop and
    then stays up, saying so, until the work has really stopped.

    :func:`run_with_progress` creates it only once the work has taken
    :data:`MIN_DURATION_MS` and shows it at once with :meth:`forceShow`, which also stops
    QProgressDialog's own delayed-show timer for good; that timer never decides anything here.
    """

    cancel_requested = Signal()

    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.heading = label
        self.stopping = False
        # The default button, not setCancelButton(): a new button adds a second Esc shortcut,
        # and Qt ignores a key that two shortcuts share.
        self.setCancelButtonText(self.tr("Cancel"))
        # Cancel would otherwise hide the dialog at once; here it only asks the work to stop.
        self.canceled.disconnect(self.cancel)
        self.canceled.connect(self._request_cancel)
        self.setWindowTitle(QCoreApplication.applicationName() or label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setMinimumWidth(420)
        self.setLabelText(label)

    def show_progress(self, stage: str, done: int, total: int) -> None:
        if self.stopping:
            return
        stage = QCoreApplication.translate("progress", stage)
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(max(done, 0), total))
            count = self.tr("%s of %s") % (number(done), number(total))
        else:
            self.setRange(0, 0)  # a busy bar: how much is left is not known
            count = self.tr("%s so far") % number(done) if done > 0 else ""
        lines = [self.heading, f"{stage} — {count}" if count else stage]
        self.setLabelText("\n".join(lines))

    def _request_cancel(self) -> None:
        if self.stopping:
            return
        self.stopping = True
        self.setLabelText(self.heading + "\n" + self.tr("Cancelling…"))
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # the window's close box
        event.ignore()
        self.canceled.emit()


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[TaskMonitor], T]) -> T:
    """Run ``work(monitor)`` off the GUI thread and return its result, showing progress.

    Call it on the GUI thread. If the work takes longer than :data:`MIN_DURATION_MS`, a
    window-modal progress dialog appears with the latest progress; its Cancel button calls
    ``monitor.cancel()``. The dialog is gone for good when this returns, so the caller's next
    dialog is the one on top. While waiting, the GUI keeps painting and handling events (a local
    event loop), so the caller must not let the user start the same thing twice. Raises the
    work's own exception in the GUI thread, or :class:`Cancelled` if the user cancelled and the
    work stopped; work that finished despite a late Cancel returns its result, since what it
    did is done.
    """
    task = BackgroundTask(work)
    signals = task.signals  # outlives the runnable, which the pool deletes after run()
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    latest: tuple[str, int, int] | None = None
    dialog: _ProgressDialog | None = None

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal latest
        latest = (stage, done, total)
        if dialog is not None:
            dialog.show_progress(stage, done, total)

    def show_dialog() -> None:
        nonlocal dialog
        if outcome:
            return
        dialog = _ProgressDialog(label, parent)
        dialog.cancel_requested.connect(task.monitor.cancel)
        if latest is not None:
            dialog.show_progress(*latest)
        dialog.forceShow()

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: object) -> None:
        outcome["error"] = error
        loop.quit()

    signals.progress.connect(progress)
    signals.finished.connect(finished)
    signals.failed.connect(failed)
    # The delay is timed here, and the timer stopped below. QProgressDialog's own
    # minimumDuration timer is not used: it restarts whenever the value returns to the minimum
    # (each stage's "0 of n"), so it could fire after the work was done, and hide() does not
    # stop it.
    delay = QTimer()
    delay.setSingleShot(True)
    delay.timeout.connect(show_dialog)
    delay.start(MIN_DURATION_MS)
    task.start()
    try:
        loop.exec()
    finally:
        delay.stop()
        signals.progress.disconnect(progress)
        if dialog is not None:
            dialog.hide()
            # Deleted now, not with deleteLater(): a deferred delete waits until control
            # returns to this event loop level, and the caller's next dialog runs a nested loop
            # of its own first, while the hidden window-modal dialog would still be alive.
            shiboken6.delete(dialog)
            dialog = None
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return cast(T, outcome["result"])


__all__ = [
    "MIN_DURATION_MS",
    "BackgroundTask",
    "Cancelled",
    "TaskSignals",
    "run_with_progress",
]
