"""Creating and opening project files, and refusing files that are not fit to open."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import Session

from accredit_tracker.core.evidence.attachments import attach_files, update_evidence
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage import project as project_module
from accredit_tracker.core.storage.project import (
    NewerProjectVersion,
    NotAProject,
    ProjectError,
    ProjectLocked,
    ProjectNotFound,
    backup_before_migration,
    create_project,
    open_project,
    schema_head,
)
from factories import element_assessment_ids, project_with_assessment, write_bytes


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sql(path: Path, statement: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(statement).fetchall()
        connection.commit()
        return rows


def test_new_project_is_one_sqlite_file_at_the_current_schema(project_path: Path) -> None:
    create_project(project_path, user="ana").close()
    assert project_path.exists()
    assert not project_path.with_name(project_path.name + ".partial").exists()
    assert sql(project_path, "SELECT version_num FROM alembic_version") == [(schema_head(),)]
    assert sql(project_path, "PRAGMA journal_mode") == [("wal",)]
    events = sql(project_path, "SELECT user, action FROM audit_event ORDER BY id")
    assert events[0] == ("ana", "create_project")
    keys = {k for (k,) in sql(project_path, "SELECT key FROM scoring_profile")}
    assert keys == {"jci_points", "percentage_bands"}


def test_connections_enforce_foreign_keys_and_durable_commits(project_path: Path) -> None:
    with create_project(project_path) as project, project.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_creating_over_an_existing_file_is_refused(project_path: Path) -> None:
    project_path.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        create_project(project_path)
    assert project_path.read_text() == "keep me"


def test_reopening_keeps_the_data(project_path: Path) -> None:
    create_project(project_path).close()
    with open_project(project_path) as project:
        assert project.name == "hospital"
    assert not list(project_path.parent.glob("*.bak")), "no backup when nothing is migrated"


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound, match="does not exist"):
        open_project(tmp_path / "nowhere.accredit")


def test_folder_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(NotAProject, match="is a folder"):
        open_project(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"Chapter;Standard\nPCI;PCI.1\n", "not a database file"),
        (b"PK\x03\x04" + b"\x00" * 200, "not a database file"),
    ],
)
def test_files_that_are_not_projects(project_path: Path, content: bytes, message: str) -> None:
    project_path.write_bytes(content)
    with pytest.raises(NotAProject, match=message):
        open_project(project_path)
    assert project_path.read_bytes() == content


def test_another_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    other = tmp_path / "inventory.db"
    sql(other, "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)")
    before = digest(other)
    with pytest.raises(NotAProject, match="not an Accredit Tracker project"):
        open_project(other)
    assert digest(other) == before


def test_file_from_a_newer_version_is_refused_untouched(project_path: Path) -> None:
    create_project(project_path).close()
    sql(project_path, "UPDATE alembic_version SET version_num = '0099'")
    sql(project_path, "PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(project_path)
    with pytest.raises(NewerProjectVersion, match="newer version of Accredit Tracker"):
        open_project(project_path)
    assert digest(project_path) == before


def test_file_locked_by_another_writer(project_path: Path) -> None:
    create_project(project_path).close()
    with closing(sqlite3.connect(project_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(ProjectLocked, match="locked by another program"):
            open_project(project_path, busy_timeout_ms=50)
        other.execute("ROLLBACK")
    open_project(project_path).close()


def test_backup_before_migration_is_a_consistent_copy(project_path: Path) -> None:
    create_project(project_path, user="ana").close()
    backup = backup_before_migration(project_path, "0001")
    assert backup.name.startswith("hospital.accredit.") and backup.name.endswith(".rev0001.bak")
    assert sql(backup, "SELECT action FROM audit_event ORDER BY id LIMIT 1") == [
        ("create_project",)
    ]


def test_a_backup_cut_short_leaves_no_file_that_passes_for_one(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_project(project_path, user="ana").close()

    def disk_full(source: Path, target: Path) -> None:
        target.write_bytes(source.read_bytes()[:4096])  # the first pages, then no room
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_module, "online_copy", disk_full)
    with pytest.raises(OSError, match="No space left"):
        backup_before_migration(project_path, "0001")
    assert sorted(p.name for p in project_path.parent.iterdir()) == ["hospital.accredit"]


def test_migration_file_names_match_alembic_revisions() -> None:
    """Opening reads the known revisions from the file names; Alembic must agree."""
    from alembic.script import ScriptDirectory

    from accredit_tracker.core.storage.project import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    in_order = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert known_revisions() == in_order
    assert schema_head() == scripts.get_current_head()


def test_wal_file_shrinks_back_after_a_large_attach_is_checkpointed(
    project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commit that leaves more than ``wal_autocheckpoint`` pages in the -wal file runs
    SQLite's automatic checkpoint; the next commit writes the file from its start again and
    cuts it to the size limit."""
    limit = 1024 * 1024
    monkeypatch.setattr(project_module, "WAL_SIZE_LIMIT_BYTES", limit)
    project, assessment_id = project_with_assessment(project_path)
    wal = project_path.with_name(project_path.name + "-wal")
    with project:
        with project.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_size_limit").scalar() == limit
            pages = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
            page_size = connection.exec_driver_sql("PRAGMA page_size").scalar()
        assert isinstance(pages, int) and isinstance(page_size, int)
        source = write_bytes(tmp_path / "ward video.mp4", max(4 * limit, (pages + 16) * page_size))
        element = next(iter(element_assessment_ids(project, assessment_id).values()))
        with project.transaction() as session:
            [attached] = attach_files(session, [source], [element], user="ana").attached
        assert wal.stat().st_size > source.stat().st_size
        with project.transaction() as session:
            update_evidence(session, attached.evidence_id, user="ana", description="Night shift")
        assert wal.stat().st_size <= limit


def test_a_window_reads_what_one_core_query_answers_in_a_session_of_its_own(
    tmp_path: Path,
) -> None:
    sessions: list[Session] = []

    def names(session: Session, prefix: str, *, upper: bool) -> list[str]:
        sessions.append(session)
        found = [f"{prefix}{a.name}" for a in assessments(session)]
        return [n.upper() for n in found] if upper else found

    project, _ = project_with_assessment(tmp_path / "clinic.accredit")
    with project:
        assert project.read(names, "→ ", upper=True) == ["→ MOCK SURVEY"]
        assert project.read(assessments)[0].name == "Mock survey"
    [session] = sessions
    assert not session.in_transaction()  # closed when the answer came back
