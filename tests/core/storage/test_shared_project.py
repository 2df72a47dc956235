"""A project shared on a PostgreSQL server: creating and opening it by URL, the mistakes a user
makes when typing that URL, and several people opening it at once."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, make_url, select, text
from sqlalchemy.pool import NullPool
from sqlmodel import col

from accredit_tracker.core.readiness.profiles import profile_names
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import (
    APPLICATION_ID,
    NewerProjectVersion,
    NotAProject,
    ProjectError,
    alembic_config,
    create_project,
    known_revisions,
    open_project,
    schema_head,
)

WRONG_PASSWORD = "Wr0ng-s3cret-pa55"

# A test with this mark gets a new, empty schema of the test server as ``url`` (see
# ``project_target``, here without its project file half).
on_a_schema = pytest.mark.parametrize("project_target", ["postgresql"], indirect=True)


@pytest.fixture
def url(project_target: Path | str) -> str:
    """The URL of an empty schema on the test server, dropped after the test."""
    assert isinstance(project_target, str)
    return project_target


def server_of(url: str) -> str:
    """The test server's URL: ``url`` without its schema."""
    return make_url(url).set(query={}).render_as_string(hide_password=False)


def engine_on(url: str) -> Engine:
    return create_engine(url, poolclass=NullPool)


def revision_of(url: str) -> str | None:
    engine = engine_on(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def tables_in(url: str) -> set[str]:
    engine = engine_on(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            )
            return set(rows.scalars())
    finally:
        engine.dispose()


def with_url(url: str, **parts: Any) -> str:
    return make_url(url).set(**parts).render_as_string(hide_password=False)


@on_a_schema
def test_created_project_opens_with_profiles_and_its_creation_audited(url: str) -> None:
    create_project(url, user="ana").close()
    with open_project(url) as project, project.session() as session:
        assert set(profile_names(session)) == {"jci_points", "percentage_bands"}
        first = session.execute(select(AuditEvent).order_by(col(AuditEvent.id))).scalars().first()
        assert first is not None
        assert (first.user, first.action, first.entity) == ("ana", "create_project", "project")
        assert project.path is None
        assert "accredit-test" not in project.name
    assert revision_of(url) == schema_head()


@on_a_schema
def test_creating_where_a_project_already_is_is_refused(url: str) -> None:
    create_project(url, user="ana").close()
    with pytest.raises(ProjectError, match="already holds a project; open it instead"):
        create_project(url, user="ben")
    with open_project(url) as project, project.session() as session:
        users = session.execute(select(col(AuditEvent.user))).scalars().all()
    assert "ben" not in users


@on_a_schema
def test_creating_among_other_tables_is_refused_and_creates_nothing(url: str) -> None:
    engine = engine_on(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE patients (id integer PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(NotAProject, match="already holds other tables") as raised:
        create_project(url, user="ana")
    assert "accredit-test" not in str(raised.value)
    assert tables_in(url) == {"patients"}


@on_a_schema
def test_opening_an_empty_schema_says_how_to_create_a_project(url: str) -> None:
    with pytest.raises(NotAProject, match="holds no Accredit Tracker project") as raised:
        open_project(url)
    assert "accredit create" in str(raised.value)
    assert "accredit-test" not in str(raised.value)
    assert tables_in(url) == set()


@on_a_schema
@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        ({"password": WRONG_PASSWORD}, "password authentication failed"),
        ({"host": "127.0.0.1", "port": 1}, "refused"),
        ({"database": "no_such_hospital"}, 'database "no_such_hospital" does not exist'),
    ],
    ids=["wrong password", "nothing listening", "no such database"],
)
def test_a_server_that_cannot_be_reached_is_named_without_its_password(
    url: str, parts: dict[str, object], reason: str
) -> None:
    server = server_of(url)
    secret = make_url(server).password
    assert secret
    unreachable = with_url(server, **parts)
    for action in (open_project, create_project):
        with pytest.raises(ProjectError) as raised:
            action(unreachable)
        message = str(raised.value)
        shown = make_url(unreachable)
        assert f"{shown.host}:{shown.port}" in message
        assert "***" in message
        assert reason in message
        assert secret not in message
        assert WRONG_PASSWORD not in message


@on_a_schema
def test_a_project_from_a_newer_version_is_refused_untouched(url: str) -> None:
    create_project(url, user="ana").close()
    engine = engine_on(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerProjectVersion, match=r"newer version .*schema 9999") as raised:
        open_project(url)
    assert "accredit-test" not in str(raised.value)
    assert revision_of(url) == "9999"


def _downgrade_to_first_revision(url: str) -> None:
    engine = engine_on(url)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, known_revisions()[0])
    finally:
        engine.dispose()


# One person opening (or creating) the project: prints the revision found once it is open,
# or the message of the ProjectError refusing it.
_OPEN_AND_REPORT = """
import sys
from sqlalchemy import text
from accredit_tracker.core.storage import project as p
try:
    opened = p.create_project(sys.argv[2]) if sys.argv[1] == "create" else p.open_project(sys.argv[2])
except p.ProjectError as error:
    print("refused:", error)
    raise SystemExit(0)
with opened, opened.engine.connect() as connection:
    print(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())
"""


def _waiting_on_the_migration_lock(admin: Engine, application: str) -> int:
    with admin.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM pg_locks JOIN pg_stat_activity USING (pid) "
                    "WHERE locktype = 'advisory' AND NOT granted "
                    "AND application_name = :application"
                ),
                {"application": application},
            ).scalar_one()
        )


def two_at_once(url: str, action: str) -> list[str]:
    """Two processes doing ``action`` ("open" or "create") on the project at ``url`` at the
    same moment; what each printed.

    The test holds the migration lock while both start, so both have done every check that
    comes before it and wait there together; released, they go one after the other.
    """
    application = f"accredit-test-{uuid.uuid4().hex[:8]}"
    admin = engine_on(server_of(url))
    in_schema = engine_on(url)  # the lock is the project's schema's own
    with in_schema.connect() as holder:
        holder.execute(
            text("SELECT pg_advisory_lock(:key, hashtext(current_schema()))"),
            {"key": APPLICATION_ID},
        )
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", _OPEN_AND_REPORT, action,
                 f"{url}&application_name={application}"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while _waiting_on_the_migration_lock(admin, application) < 2:
                finished = [p.communicate() for p in processes if p.poll() is not None]
                assert not finished, f"done without waiting at the migration lock: {finished}"
                assert time.monotonic() < deadline, "the processes never reached the lock"
                time.sleep(0.05)
        finally:
            holder.execute(
                text("SELECT pg_advisory_unlock(:key, hashtext(current_schema()))"),
                {"key": APPLICATION_ID},
            )
            holder.commit()
        outcomes = [p.communicate(timeout=60) for p in processes]
    in_schema.dispose()
    admin.dispose()
    for process, (_, err) in zip(processes, outcomes, strict=True):
        assert process.returncode == 0, err
    return [out.strip() for out, _ in outcomes]


@on_a_schema
def test_two_people_opening_an_older_project_at_once_both_get_it_migrated_once(
    url: str,
) -> None:
    assert len(known_revisions()) > 1
    create_project(url, user="ana").close()
    _downgrade_to_first_revision(url)
    assert revision_of(url) == known_revisions()[0]
    assert two_at_once(url, "open") == [schema_head(), schema_head()]
    assert revision_of(url) == schema_head()


@on_a_schema
def test_two_people_creating_in_one_place_at_once_make_one_project(url: str) -> None:
    outcomes = sorted(two_at_once(url, "create"))
    assert outcomes[0] == schema_head()
    assert outcomes[1].startswith("refused:")
    assert "already holds a project; open it instead" in outcomes[1]
    with open_project(url) as project, project.session() as session:
        actions = session.execute(select(col(AuditEvent.action))).scalars().all()
    assert actions.count("create_project") == 1


@on_a_schema
@pytest.mark.parametrize("action", [open_project, create_project], ids=["open", "create"])
def test_a_schema_that_does_not_exist_is_named(url: str, action: Callable[[str], Any]) -> None:
    missing = url.replace("search_path%3D", "search_path%3Dno_such_")
    with pytest.raises(ProjectError, match=r"schema no_such_test_\w+ does not exist") as raised:
        action(missing)
    assert "accredit-test" not in str(raised.value)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("postgresql+psycopg://accredit:{pw}@127.0.0.1:port/postgres", "invalid literal"),
        ("postgres://accredit:{pw}@127.0.0.1/postgres", "Can't load plugin"),
        ("postgresql+psycopg://accredit:x@{pw}@127.0.0.1/postgres", "must be written %40"),
    ],
    ids=["port not a number", "unknown kind of database", "@ in the password"],
)
def test_an_address_that_is_not_a_database_url_is_refused_with_an_example(
    address: str, reason: str
) -> None:
    for action in (open_project, create_project):
        with pytest.raises(ProjectError) as raised:
            action(address.format(pw=WRONG_PASSWORD))
        message = str(raised.value)
        assert reason in message
        assert "postgresql+psycopg://user@server:5432/database" in message
        assert "***" in message
        assert WRONG_PASSWORD not in message
