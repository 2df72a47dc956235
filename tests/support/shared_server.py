"""The PostgreSQL server the shared-project tests use: ./dev test starts a throw-away one on
the loopback interface (scripts/postgres_for_tests.sh) and names it in ACCREDIT_TEST_POSTGRESQL.
With ACCREDIT_REQUIRE_POSTGRESQL set (CI), a missing server fails those tests instead of
skipping them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

POSTGRESQL_URL = os.environ.get("ACCREDIT_TEST_POSTGRESQL", "")
REQUIRE_POSTGRESQL = bool(os.environ.get("ACCREDIT_REQUIRE_POSTGRESQL"))


def postgresql_server() -> str:
    """The test server's URL, or skip (fail, in CI) when there is none."""
    if not POSTGRESQL_URL:
        reason = (
            "no PostgreSQL server for the shared-project tests: ACCREDIT_TEST_POSTGRESQL is "
            "not set (./dev test starts one with scripts/postgres_for_tests.sh)"
        )
        if REQUIRE_POSTGRESQL:
            pytest.fail(reason)
        pytest.skip(reason)
    return POSTGRESQL_URL


@contextmanager
def empty_schema() -> Iterator[str]:
    """A database URL whose tables go to a new, empty schema of the test server, dropped
    afterwards: one shared project per test, far quicker than a database each."""
    server = postgresql_server()
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{server}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text("SET lock_timeout = '10s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
