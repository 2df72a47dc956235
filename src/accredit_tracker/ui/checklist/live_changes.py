"""Brings a shared project's change notices, heard on a thread of their own, to the GUI thread,
with what was read for them there (the element rows they name:
:class:`~accredit_tracker.core.assessment.named_rows.NamedRowsReading`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from accredit_tracker.core.storage.change_notices import ChangeListener, ChangeNotice


class LiveChanges(QObject):
    """Listens for the notices the server sends when others' changes are committed.

    :attr:`notices` brings each batch of :class:`ChangeNotice` with what ``read`` (if given)
    made of it on the listener's thread (else ``None``); :attr:`state` brings ``None`` once
    listening and the reason when the server sends none (then it tries again every few
    seconds). Both arrive on the GUI thread.
    """

    notices = Signal(object, object)  # list[ChangeNotice], what read() answered
    state = Signal(object)  # None, or why there are no notices

    def __init__(
        self,
        url: str,
        parent: QObject | None = None,
        *,
        read: Callable[[list[ChangeNotice]], Any] | None = None,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        listener = self._listener = ChangeListener(
            url, self._send_notices, self._send_state, on_stop=on_stop
        )
        # Gone with its window, it stops listening too.
        self.destroyed.connect(lambda *_: listener.stop())

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()

    # Called on the listener's thread: the signals are queued to the GUI thread. A window
    # closed without stopping its listener has nobody left to tell, and the listener stops.

    def _send_notices(self, batch: list[ChangeNotice]) -> None:
        answer = self._read(batch) if self._read is not None else None
        try:
            self.notices.emit(batch, answer)
        except RuntimeError:
            self._listener.stop()

    def _send_state(self, reason: str | None) -> None:
        try:
            self.state.emit(reason)
        except RuntimeError:
            self._listener.stop()
