"""A lost connection to a shared project's server is told apart from every other database
failure, and only on a shared project: a project file has no connection to lose."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.connection import ConnectionLost, reporting_lost_connection
from accredit_tracker.core.storage.project import create_project


@pytest.mark.parametrize("project_target", ["postgresql"], indirect=True)
def test_a_server_out_of_reach_is_a_lost_connection_the_user_is_told_of(
    project_target: Path | str,
) -> None:
    assert isinstance(project_target, str)
    project = create_project(project_target, user="dilnoza")
    project.close()
    # The server goes out of reach: the same project, on a port where nothing listens.
    project.engine = create_engine(make_url(project_target).set(port=1))
    with (
        pytest.raises(ConnectionLost) as raised,
        reporting_lost_connection(project),
        project.session() as session,
    ):
        session.execute(text("SELECT 1"))
    project.close()
    assert isinstance(raised.value, UserError)
    assert isinstance(raised.value.__cause__, DBAPIError)
    message = str(raised.value)
    assert project.name in message
    password = make_url(project_target).password
    assert password and password not in message


def test_a_failure_on_a_project_file_passes_as_it_is(project_path: Path) -> None:
    with (
        create_project(project_path, user="dilnoza") as project,
        pytest.raises(DBAPIError) as raised,
        reporting_lost_connection(project),
        project.session() as session,
    ):
        session.execute(text("SELECT no_such_column FROM audit_event"))
    assert not isinstance(raised.value, ConnectionLost)


@pytest.mark.parametrize("project_target", ["postgresql"], indirect=True)
def test_a_mistake_in_a_query_on_a_shared_project_is_not_a_lost_connection(
    project_target: Path | str,
) -> None:
    with (
        create_project(project_target, user="dilnoza") as project,
        pytest.raises(DBAPIError) as raised,
        reporting_lost_connection(project),
        project.session() as session,
    ):
        session.execute(text("SELECT no_such_column FROM audit_event"))
    assert not isinstance(raised.value, ConnectionLost)
