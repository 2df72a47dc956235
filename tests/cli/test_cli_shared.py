"""The `accredit` command line on a shared project: the same commands with a database URL, the
roles a site sets up, and passwords kept out of everything printed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accredit_tracker import cli
from factories import flat_rows, write_xlsx
from shared_server import empty_schema


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url() -> Iterator[str]:
    with empty_schema() as shared:
        yield shared


def test_create_import_summary_verify_on_a_shared_project(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password = str(make_url(url).password)
    code, out, err = run(capsys, "create", url)
    assert code == 0, err
    source = write_xlsx(tmp_path / "standards.xlsx", flat_rows(chapters=2, standards=2))
    code, out, err = run(capsys, "import", url, source, "--name", "Edition 7")
    assert code == 0, err
    code, out, _ = run(capsys, "summary", url)
    assert "Library 'Edition 7': 2 chapters, 4 standards, 8 measurable elements" in out
    code, out, _ = run(capsys, "verify", url)
    assert code == 0
    assert "not checked here" in out and "all intact" in out
    code, out, err = run(capsys, "create", url)  # a second time: refused, named without password
    assert code == 2 and "already holds a project" in err
    assert password not in out + err


def test_roles_are_created_granted_and_listed(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "create", url)[0] == 0
    login = f"cli_{uuid.uuid4().hex[:10]}"
    admin = url  # the test server's superuser
    code, out, err = run(capsys, "roles", "create", "--admin", admin, url, "--dry-run")
    assert code == 0, err
    assert "CREATE ROLE" in out and "GRANT" in out
    engine = create_engine(make_url(url).set(query={}))
    with engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD 'x'"))
    try:
        assert run(capsys, "roles", "create", "--admin", admin, url)[0] == 0
        code, out, err = run(capsys, "roles", "grant", "--admin", admin, url, login, "officer")
        assert code == 0, err
        code, out, _ = run(capsys, "roles", "list", "--admin", admin, url)
        assert f"officer: {login}" in out
        code, _, err = run(capsys, "roles", "grant", "--admin", admin, url, login)
        assert code == 2 and "needs the role" in err
    finally:
        run(capsys, "roles", "drop", "--admin", admin, url)
        with engine.begin() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {login}"))
        engine.dispose()


def test_a_project_file_is_copied_into_a_shared_database_and_back(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "clinic.accredit"
    assert run(capsys, "create", original, "--demo")[0] == 0
    code, out, err = run(capsys, "copy", original, url)
    assert code == 0, err
    assert "checked" in out and str(make_url(url).password) not in out
    back = tmp_path / "back.accredit"
    code, out, err = run(capsys, "copy", url, back)
    assert code == 0, err
    summaries = [run(capsys, "summary", where)[1] for where in (original, url, back)]
    assert summaries[0].splitlines()[1:] == summaries[1].splitlines()[1:]
    assert summaries[0].splitlines()[1:] == summaries[2].splitlines()[1:]
    code, _, err = run(capsys, "copy", original, back)  # never over an existing project
    assert code == 2 and "already exists" in err
