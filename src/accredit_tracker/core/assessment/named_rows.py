"""Reading the element rows a batch of a shared project's change notices names, on the thread
that heard them, so that a window only has to show them."""

from __future__ import annotations

import logging
from typing import NamedTuple

from sqlalchemy.engine import Connection
from sqlmodel import Session

from accredit_tracker.core.assessment.checklist import ElementRow, change_counter, element_rows
from accredit_tracker.core.storage.change_notices import ELEMENTS, ChangeNotice
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
