"""Telling a lost connection to a shared project's server from every other database failure."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, OperationalError

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.project import Project


class ConnectionLost(UserError):
    """The shared project's server did not answer: a dropped network, a restarted or stopped
    server. Nothing of the failed unit of work was saved; trying again later may succeed."""


@contextmanager
def reporting_lost_connection(project: Project) -> Iterator[None]:
    """Run the block; when it fails because ``project``'s server cannot be reached, raise
    :class:`ConnectionLost` (the driver's error as its cause). Any other failure passes as it
    is, and so does every failure on a project file, which has no connection to lose."""
    try:
        yield
    except DBAPIError as error:
        if project.path is not None or not (
            error.connection_invalidated or isinstance(error, OperationalError)
        ):
            raise
        reason = getattr(error, "orig", None) or error
        raise ConnectionLost(
            translate("Project", "No connection to the shared project {name}: {reason}").format(
                name=project.name, reason=str(reason).strip()
            )
        ) from error
