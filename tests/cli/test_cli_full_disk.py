"""A project whose disk fills up during attach or import: the command line says so plainly,
exits 2, and the project is left as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from accredit_tracker import cli
from disk_space import no_room_for
from factories import flat_rows, project_with_assessment, write_bytes, write_xlsx

TABLES = ("evidence", "element_evidence", "library", "measurable_element", "audit_event")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES
        }


@pytest.fixture
def project(project_path: Path) -> Path:
    opened, _ = project_with_assessment(project_path)
    opened.close()
    return project_path


@pytest.fixture
def full_disk(project: Path) -> Iterator[None]:
    with no_room_for(project):
        yield


def test_attach_on_a_full_disk_says_so_and_changes_nothing(
    project: Path, tmp_path: Path, full_disk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = row_counts(project)
    policy = write_bytes(tmp_path / "policy.pdf", 2_000_000)
    code, _, err = run(capsys, "attach", project, "C0.1 ME 1", policy)
    assert code == 2
    assert err.strip() == (
        f"accredit: The disk holding {project} is full; nothing was changed. "
        "Free some space and try again."
    )
    assert row_counts(project) == before
    assert run(capsys, "verify", project)[0] == 0


def test_import_on_a_full_disk_says_so_and_changes_nothing(
    project: Path, tmp_path: Path, full_disk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = row_counts(project)
    source = write_xlsx(tmp_path / "big.xlsx", flat_rows(chapters=20, standards=20, elements=5))
    code, _, err = run(capsys, "import", project, source, "--name", "Edition 8")
    assert code == 2
    assert "The disk holding" in err and "is full; nothing was changed." in err
    assert row_counts(project) == before
    assert run(capsys, "verify", project)[0] == 0
