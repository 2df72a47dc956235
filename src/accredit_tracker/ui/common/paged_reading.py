"""Reads a window's rows off the GUI thread and hands them over in pages as they arrive."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.ui.common.background import BackgroundTask

log = logging.getLogger(__name__)

Deliver = Callable[[list[Any]], None]
"""Called by the read, on its own thread, with each page of rows as it is read."""
Read = Callable[[Deliver, TaskMonitor], Any]
"""A read: hands its rows to ``deliver`` page by page, returns what it found in the end (a
count, a summary) and stops at the monitor's cancel (``monitor.check()`` between pages)."""


class _Pages(QObject):
    """Carries one read's pages to the GUI thread; made there, emitted from the worker."""

    page = Signal(object)  # list of rows


class PagedReading(QObject):
    """Runs one read at a time in the thread pool. A new :meth:`start` supersedes the read
    still running: it is asked to stop, and whatever it still sends is dropped, so the window
    only ever shows the rows of what was asked last.

    Signals arrive on the GUI thread: :attr:`page_arrived` for each page, then
    :attr:`finished` with what the read returned, or :attr:`failed` with its exception.
    """

    page_arrived = Signal(object)  # list of rows
    finished = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monitor: TaskMonitor | None = None  # the running read's
        self._reading = 0  # the number of the latest read; older reads' signals are dropped
        self._kept: list[QObject] = []  # the running read's signal carriers
        self.busy = False

    def start(self, read: Read) -> None:
        """Read anew with ``read``, superseding the read still running (if any)."""
        self.stop()
        self._reading += 1
        reading = self._reading
        pages = _Pages()  # kept by the work below until it has sent its last page
        pages.page.connect(lambda rows: self._page(reading, rows))

        def work(monitor: TaskMonitor) -> Any:
            def deliver(rows: list[Any]) -> None:
                monitor.check()
                pages.page.emit(rows)

            return read(deliver, monitor)

        task = BackgroundTask(work)
        task.signals.finished.connect(lambda result: self._finished(reading, result))
        task.signals.failed.connect(lambda error: self._failed(reading, error))
        self._monitor, self._kept = task.monitor, [task.signals, pages]
        self.busy = True
        task.start()

    def stop(self) -> None:
        """Ask the running read to stop; nothing more of it is shown."""
        if self._monitor is not None:
            self._monitor.cancel()
            self._monitor = None
        self._reading += 1
        self.busy = False

    def _page(self, reading: int, rows: list[Any]) -> None:
        if reading == self._reading:
            self.page_arrived.emit(rows)

    def _finished(self, reading: int, result: object) -> None:
        if reading == self._reading:
            self._monitor, self.busy = None, False
            self.finished.emit(result)

    def _failed(self, reading: int, error: object) -> None:
        if reading != self._reading or isinstance(error, Cancelled):
            return
        self._monitor, self.busy = None, False
        log.error("A background read failed", exc_info=error)  # type: ignore[arg-type]
        self.failed.emit(error)
