"""Progress reporting and cancellation for long work, shared by the GUI and the CLI."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[str, int, int], None]


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop; the work leaves no trace."""


class TaskMonitor:
    """Carries progress out of long work and a cancel request into it.

    The work calls :meth:`report` now and then; the caller (a progress dialog on another
    thread, a text progress bar) receives ``(stage, done, total)`` and may call :meth:`cancel`,
    after which the next :meth:`report` or :meth:`check` raises :class:`Cancelled`.
    """

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()

    def report(self, stage: str, done: int, total: int) -> None:
        self.check()
        if self._on_progress is not None:
            self._on_progress(stage, done, total)


def quiet() -> TaskMonitor:
    """A monitor for work nobody watches."""
    return TaskMonitor()
