"""Listening for the notices a shared project's server sends when others' changes are committed.

Migration 0007's triggers send, on commit, a notice on the project's channel naming what
changed: element assessments (by id, or all of them) or assessments; migration 0014's name
every other table a window shows ("tracer:*"). A
:class:`ChangeListener` holds one connection of its own that only listens, on a thread of its
own, and hands each batch of notices to a callback; it never polls the tables.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "accredit:"
MOST_CHANNEL_CHARACTERS = 63  # PostgreSQL cuts identifiers, channel names among them, there
RECONNECT_S = 4.0  # how long a listener waits before trying again to reach the server
_WAKE_S = 0.2  # how often the listening thread looks whether it was asked to stop
_GATHER_S = 0.02  # notices arriving this close together are handed over as one batch

ELEMENTS = "element_assessment"
ASSESSMENTS = "assessment"
TRACER_TABLES = frozenset(
    {"tracer", "finding", "finding_element", "finding_evidence", "corrective_action",
     "action_element"}
)  # fmt: skip
"""What the Tracers tab and the dashboard's corrective actions show."""


class ChangeNotice(NamedTuple):
    """What one committed transaction changed: a table, and the ids of its rows that changed
    (``None``: any of them, too many to name)."""

    table: str
    ids: frozenset[int] | None

    @classmethod
    def from_payload(cls, payload: str) -> ChangeNotice:
        table, _, named = payload.partition(":")
        if named in ("", "*"):
            return cls(table, None)
        try:
            return cls(table, frozenset(int(part) for part in named.split(",")))
        except ValueError:
            return cls(table, None)


def channel(schema: str) -> str:
    """The channel a project in ``schema`` sends its notices on."""
    return (CHANNEL_PREFIX + schema)[:MOST_CHANNEL_CHARACTERS]


def listens(url: str) -> bool:
    """Whether a project at ``url`` can send notices at all (a PostgreSQL server)."""
    return make_url(url).get_backend_name() == "postgresql"


def driver_address(url: str) -> str:
    """The SQLAlchemy URL as psycopg's own connection string (same server, account, options)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """Listens on a shared project's channel on a thread of its own.

    ``on_notices`` receives each batch of :class:`ChangeNotice`; ``on_state`` receives
    ``None`` once listening (again) and the reason when notices cannot be had (the server out
    of reach, the driver unable to listen); the listener then tries again every
    :data:`RECONNECT_S` seconds. Both are called on the listener's thread, and so is
    ``on_stop`` (if given) once, when the listener stops: what ``on_notices`` opened on that
    thread (a connection that reads the rows named) is closed there.

    While ``on_notices`` works on a batch, the notices that come meanwhile wait on the
    connection and make the next batch: a burst of others' saves is handed over in a few
    batches, however many officers save.
    """

    def __init__(
        self,
        url: str,
        on_notices: Callable[[list[ChangeNotice]], None],
        on_state: Callable[[str | None], None],
        *,
        connect_timeout_s: int = 5,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        self._address = driver_address(url)
        self._on_notices = on_notices
        self._on_state = on_state
        self._on_stop = on_stop
        self._connect_timeout_s = connect_timeout_s
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change notices", daemon=True)
        self.channel: str | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = False) -> None:
        """Stop listening; the thread ends within a fraction of a second."""
        self._stopping.set()
        if wait and self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            self._listen_until_stopped()
        finally:
            if self._on_stop is not None:
                self._on_stop()

    def _listen_until_stopped(self) -> None:
        said: str | None = ""  # what on_state was last told ("" = nothing yet)
        while not self._stopping.is_set():
            try:
                connection = self._connect()
            except Exception as error:  # any failure to listen falls back to polling
                reason = str(error).strip() or type(error).__name__
                if said != reason:
                    log.warning("No change notices from the server: %s", reason)
                    self._on_state(reason)
                    said = reason
                self._stopping.wait(RECONNECT_S)
                continue
            try:
                if said is not None:
                    self._on_state(None)
                    said = None
                self._listen(connection)
            except Exception as error:
                reason = str(error).strip() or type(error).__name__
                log.warning("Change notices stopped: %s", reason)
                self._on_state(reason)
                said = reason
                self._stopping.wait(RECONNECT_S)
            finally:
                connection.close()

    def _connect(self) -> Any:
        import psycopg

        connection = psycopg.connect(
            self._address, autocommit=True, connect_timeout=self._connect_timeout_s
        )
        try:
            schema = connection.execute("SELECT current_schema()").fetchone()
            if schema is None or schema[0] is None:
                raise RuntimeError("the project's schema is not on the search path")
            self.channel = channel(str(schema[0]))
            connection.execute(f'LISTEN "{self.channel.replace(chr(34), chr(34) * 2)}"')
        except BaseException:
            connection.close()
            raise
        return connection

    def _listen(self, connection: Any) -> None:
        while not self._stopping.is_set():
            batch = [
                ChangeNotice.from_payload(notice.payload)
                for notice in connection.notifies(timeout=_WAKE_S, stop_after=1)
            ]
            if not batch:
                continue
            # Others' saves often come in bursts: what follows closely goes in the same batch.
            batch += [
                ChangeNotice.from_payload(notice.payload)
                for notice in connection.notifies(timeout=_GATHER_S)
            ]
            if not self._stopping.is_set():
                self._on_notices(batch)
