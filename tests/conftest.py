"""Test set-up shared by every suite: isolated settings, logs and data folders."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

# Qt reads these once, when QSettings is first used, so they are set before any test runs.
_HOME = Path(tempfile.mkdtemp(prefix="accredit-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCREDIT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("ACCREDIT_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "hospital.accredit"


# The PostgreSQL server the shared-project tests use (./dev test starts a throw-away one). With
# ACCREDIT_REQUIRE_POSTGRESQL set (CI), a missing server fails those tests instead of skipping.
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


@pytest.fixture(params=["sqlite", "postgresql"])
def project_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Where a test's project lives: a project file, then a shared project on PostgreSQL; a
    test taking this fixture runs once for each."""
    if request.param == "sqlite":
        yield tmp_path / "hospital.accredit"
        return
    with empty_schema() as url:
        yield url
