"""Reading a project at one moment, for exports made of many queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

from accredit_tracker.core.storage.project import Project


@contextmanager
def snapshot_session(project: Project) -> Iterator[Session]:
    """A session for reading only, whose queries all see the project as it was at the first.

    On a shared project (PostgreSQL) every statement of an ordinary transaction sees what
    others committed before it, so a report written while colleagues save would mix moments:
    an element counted as met on the Summary and shown as not met on the Elements sheet. A
    read-only REPEATABLE READ transaction sees one snapshot throughout and never waits for,
    nor blocks, anyone's writes. A project file is read as before.
    """
    with project.session() as session:
        if project.engine.dialect.name == "postgresql":
            session.connection(
                execution_options={
                    "isolation_level": "REPEATABLE READ",
                    "postgresql_readonly": True,
                }
            )
        yield session
