"""Brings a shared project's change notices, heard on a thread of their own, to the GUI thread,
with the element rows they name already read there."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import Connection
from sqlmodel import Session

from accredit_tracker.core.assessment.checklist import ElementRow, change_counter, element_rows
from accredit_tracker.core.storage.change_notices import ELEMENTS, ChangeListener, ChangeNotice
from accredit_tracker.core.storage.project import Project

log = logging.getLogger(__name__)


class NamedRows(NamedTuple):
    """The element rows a batch of notices named, read as the notices arrived."""

    ids: frozenset[int]
    """Every element assessment id the batch named (those of other assessments read nothing)."""
    rows: list[ElementRow]
    change_counter: int
    """The project's change counter as the rows were read."""


class NamedRowsReading:
    """Reads the rows others' notices name, on the listener's thread, through a connection of
    its own kept between batches: no pool checkout, liveness ping or transaction per batch,
    only the two queries. Any failure is left to the window (``None``), which reads again and
    reports a lost connection; the next batch connects anew."""

    def __init__(self, project: Project, assessment_id: int) -> None:
        self.project = project
        self.assessment_id = assessment_id
        self._connection: Connection | None = None

    def __call__(self, batch: list[ChangeNotice]) -> NamedRows | None:
        ids: set[int] = set()
        for notice in batch:
            if notice.table == ELEMENTS and notice.ids is not None:
                ids |= notice.ids
        if not ids:
            return None
        try:
            if self._connection is None:
                connection = self.project.engine.connect()
                self._connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            with Session(bind=self._connection) as session:
                rows = element_rows(session, self.assessment_id, only=sorted(ids))
                counter = change_counter(session)
        except Exception as error:  # the window reads again itself, and says why it could not
            log.info("Could not read the rows others changed: %s", error)
            self.close()
            return None
        return NamedRows(frozenset(ids), rows, counter)

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception as error:  # a connection already broken has nothing to close
                log.info("Closing the reading connection: %s", error)
            self._connection = None


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
