"""Verifying stored evidence against its SHA-256, and consistent backups of an open project."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from accredit_tracker.core.evidence import attachments as evidence_module
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.files import save_evidence
from accredit_tracker.core.evidence.queries import evidence_library
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.integrity import (
    BackupError,
    OtherProjectAtTarget,
    backup_project,
    check_database,
    verify_evidence,
    verify_project,
)
from accredit_tracker.core.storage.models import (
    ElementAssessment,
    ElementEvidence,
    Evidence,
    EvidenceChunk,
    EvidenceContent,
)
from accredit_tracker.core.storage.project import Project, create_project, open_project
from accredit_tracker.core.storage.transfer import copy_project
from damage import triggers_off
from factories import element_assessment_ids, project_with_assessment, write_bytes

CHUNK = 1000


def build(target: Path | str, tmp_path: Path) -> Project:
    """A project with two evidence contents: policy.pdf (3.5 chunks, on two elements under two
    names: twins, as a project made before attaching linked the file already there may hold)
    and photo.jpg (one chunk)."""
    project, assessment_id = project_with_assessment(target)
    elements = list(element_assessment_ids(project, assessment_id).values())
    policy = write_bytes(tmp_path / "policy.pdf", 3500)
    photo = write_bytes(tmp_path / "photo.jpg", 800, seed=9)
    with project.transaction() as session:
        result = attach_files(session, [policy, photo], [elements[0]], user="ana")
        twin = Evidence(
            content_sha256=result.attached[0].sha256,
            name="policy-signed.pdf",
            media_type="application/pdf",
            added_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
            added_by="ana",
        )
        session.add(twin)
        session.flush()
        assert twin.id is not None
        session.add(ElementEvidence(element_assessment_id=elements[1], evidence_id=twin.id))
    return project


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_module, "CHUNK_SIZE", CHUNK)


@pytest.fixture
def project(project_target: Path | str, tmp_path: Path) -> Iterator[Project]:
    """:func:`build`'s project, as a file and then shared on a server."""
    with build(project_target, tmp_path) as project:
        yield project


@pytest.fixture
def project_file(project_path: Path, tmp_path: Path) -> Iterator[Project]:
    """:func:`build`'s project as a file: what the backups copy."""
    with build(project_path, tmp_path) as project:
        yield project


def sql(project: Project, statement: str, **parameters: object) -> list[tuple[object, ...]]:
    """Runs a statement on the database from outside the app, as damage would."""
    engine = create_engine(project.url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            triggers_off(connection)
            result = connection.execute(text(statement), parameters)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def policy_sha(project: Project) -> str:
    [(sha256,)] = sql(project, "SELECT sha256 FROM evidence_content WHERE size = 3500")
    return str(sha256)


def problems(project: Project) -> list[tuple[str, tuple[str, ...], str]]:
    with project.session() as session:
        return [(p.sha256, p.names, p.problem) for p in verify_evidence(session)]


def test_sound_project_has_no_problems(project: Project) -> None:
    seen: list[tuple[str, int, int]] = []
    with project.session() as session:
        assert verify_evidence(session, TaskMonitor(lambda *a: seen.append(a))) == []
        assert check_database(session) == []
    assert seen[-1] == ("Verifying evidence", 4300, 4300)


def test_corrupted_chunk_is_a_hash_mismatch_naming_every_file_using_it(project: Project) -> None:
    sha256 = policy_sha(project)
    sql(project, "UPDATE evidence_chunk SET data = :data WHERE content_sha256 = :sha AND seq = 2",
        data=b"\0" * CHUNK, sha=sha256)  # fmt: skip
    assert problems(project) == [
        (sha256, ("policy.pdf", "policy-signed.pdf"), "hash mismatch: the stored bytes are "
         "not the file that was attached"),
    ]  # fmt: skip


def test_missing_chunk_in_the_middle(project: Project) -> None:
    sha256 = policy_sha(project)
    sql(project, "DELETE FROM evidence_chunk WHERE content_sha256 = :sha AND seq = 1", sha=sha256)
    [(found, _, problem)] = problems(project)
    assert found == sha256
    assert problem == "1 of 4 chunks missing (numbers 1)"


def test_missing_last_chunk_is_a_size_mismatch(project: Project) -> None:
    sha256 = policy_sha(project)
    sql(project, "DELETE FROM evidence_chunk WHERE content_sha256 = :sha AND seq = 3", sha=sha256)
    [(_, _, problem)] = problems(project)
    assert problem == "size mismatch: only 3,000 of 3,500 bytes stored (missing at the end)"


def test_content_without_any_chunk(project: Project) -> None:
    sha256 = policy_sha(project)
    sql(project, "DELETE FROM evidence_chunk WHERE content_sha256 = :sha", sha=sha256)
    [(_, _, problem)] = problems(project)
    assert problem == "every chunk is missing (3,500 bytes expected)"


def test_verify_can_be_cancelled(project: Project) -> None:
    monitor = TaskMonitor(lambda stage, done, total: monitor.cancel() if done else None)
    with project.session() as session, pytest.raises(Cancelled):
        verify_evidence(session, monitor)


def counts(path: Path) -> tuple[int, ...]:
    with closing(sqlite3.connect(path)) as connection:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("element_assessment", "evidence", "evidence_content", "evidence_chunk",
                          "audit_event")
        )  # fmt: skip


def test_backup_is_an_openable_project_with_the_same_rows(
    project_file: Project, tmp_path: Path
) -> None:
    assert project_file.path is not None
    target = tmp_path / "backups" / "hospital-backup.accredit"
    target.parent.mkdir()
    seen: list[tuple[str, int, int]] = []
    with project_file.session() as session:  # an open session must not stop the backup
        session.execute(select(func.count()).select_from(ElementAssessment)).scalar_one()
        written = backup_project(project_file, target, TaskMonitor(lambda *a: seen.append(a)))
    assert written == target
    assert counts(target) == counts(project_file.path)
    assert seen[-1][1] == seen[-1][2] > 0
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    with open_project(target) as copy, copy.session() as session:
        assert verify_evidence(session) == []
        [row] = [
            r for r in evidence_library(session, today=date(2026, 1, 1)) if r.name == "photo.jpg"
        ]
        save_evidence(session, row.id, tmp_path / "restored.jpg")
    assert (tmp_path / "restored.jpg").read_bytes() == (tmp_path / "photo.jpg").read_bytes()


def test_backup_into_a_folder_uses_the_project_name(project_file: Project, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    assert backup_project(project_file, folder) == folder / "hospital.accredit"


def test_backup_replaces_an_older_backup(project_file: Project, tmp_path: Path) -> None:
    target = tmp_path / "nightly.accredit"
    backup_project(project_file, target)
    sql(project_file, "DELETE FROM evidence_chunk")  # the project changes after the first backup
    backup_project(project_file, target)
    assert counts(target)[3] == 0


def test_backup_replaces_a_copy_of_the_project(project_file: Project, tmp_path: Path) -> None:
    """A copy keeps the project's audit trail from its creation on: it is the same project."""
    assert project_file.path is not None
    target = tmp_path / "laptop.accredit"
    copy_project(project_file.path, target, user="ana")
    backup_project(project_file, target)
    assert counts(target) == counts(project_file.path)


def test_backup_refuses_to_replace_a_different_project_unless_told(
    project_file: Project, tmp_path: Path
) -> None:
    """Another department's project, made on its own, is not written over by mistake."""
    assert project_file.path is not None
    other = tmp_path / "pharmacy.accredit"
    create_project(other, user="pharmacist").close()
    before = other.read_bytes()
    with pytest.raises(
        OtherProjectAtTarget,
        match=r"pharmacy\.accredit holds a different project, not an earlier backup of "
        r"hospital; it was left alone\.",
    ):
        backup_project(project_file, other)
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("*pharmacy*")) == ["pharmacy.accredit"]
    backup_project(project_file, other, replace_other_project=True)
    assert counts(other) == counts(project_file.path)


def test_a_damaged_project_at_the_target_is_not_taken_for_a_backup(
    project_file: Project, tmp_path: Path
) -> None:
    """A project file whose audit trail cannot be read might be anything: it is kept."""
    assert project_file.path is not None
    target = tmp_path / "old.accredit"
    backup_project(project_file, target)
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("DROP TABLE audit_event")
    with pytest.raises(OtherProjectAtTarget):
        backup_project(project_file, target)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("hospital.accredit", "is the open project itself"),
        ("notes.docx", "exists and is not an Accredit Tracker project"),
        ("missing/backup.accredit", "the folder"),
    ],
)
def test_backup_refuses_targets_it_must_not_write(
    project_file: Project, tmp_path: Path, target: str, message: str
) -> None:
    (tmp_path / "notes.docx").write_bytes(b"minutes of the quality council")
    before = counts(tmp_path / "hospital.accredit")
    with pytest.raises(BackupError, match=message):
        backup_project(project_file, tmp_path / target)
    assert (tmp_path / "notes.docx").read_bytes() == b"minutes of the quality council"
    assert counts(tmp_path / "hospital.accredit") == before


def test_cancelled_backup_leaves_nothing(
    project_file: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("accredit_tracker.core.storage.integrity.BACKUP_PAGES_PER_STEP", 1)
    folder = tmp_path / "backups"
    folder.mkdir()
    monitor = TaskMonitor(lambda stage, done, total: monitor.cancel() if done else None)
    with pytest.raises(Cancelled):
        backup_project(project_file, folder / "b.accredit", monitor)
    assert list(folder.iterdir()) == []


def test_project_on_a_server_url_is_not_backed_up_here(
    project_file: Project, tmp_path: Path
) -> None:
    with (
        open_project(f"sqlite:///{project_file.path}") as shared,
        pytest.raises(BackupError, match="database server"),
    ):
        backup_project(shared, tmp_path / "copy.accredit")


def test_check_database_reports_a_damaged_file(project_file: Project) -> None:
    assert project_file.path is not None
    with project_file.session() as session:
        assert session.execute(select(func.count()).select_from(EvidenceContent)).scalar_one() == 2
        assert session.execute(select(func.count()).select_from(EvidenceChunk)).scalar_one() == 5
    with closing(sqlite3.connect(project_file.path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_evidence_chunk_1'"
        ).fetchone()[0]
    with project_file.path.open("r+b") as file:  # scribble over the chunk index's root page
        file.seek((root - 1) * page_size + 8)
        file.write(b"\xff" * 64)
    project_file.engine.dispose()
    with project_file.session() as session:
        assert check_database(session) != []


def test_verify_project_says_what_it_checked(project: Project) -> None:
    sha256 = policy_sha(project)
    sql(project, "DELETE FROM evidence_chunk WHERE content_sha256 = :sha AND seq = 1", sha=sha256)
    with project.session() as session:
        report = verify_project(session)
    assert [p.names for p in report.content] == [("policy.pdf", "policy-signed.pdf")]
    assert not report.sound
    assert report.database == []
    on_server = project.path is None
    assert report.database_checked is not on_server
    assert ("not checked here" in report.note) is on_server


@pytest.mark.parametrize("project_target", ["postgresql"], indirect=True)
def test_a_shared_project_is_not_backed_up_as_a_file(project: Project, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match=r"shared on a database server.*pg_dump") as raised:
        backup_project(project, tmp_path / "copy.accredit")
    assert "accredit-test" not in str(raised.value)
    assert list(tmp_path.glob("copy*")) == []
