"""Copying a project from a file into a shared database and back, checked after the copy."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import tracemalloc
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.audit.trail import audit_trail
from accredit_tracker.core.evidence import attachments as evidence_module
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.files import open_content
from accredit_tracker.core.evidence.queries import evidence_library
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.readiness.overview import overview
from accredit_tracker.core.storage import transfer as transfer_module
from accredit_tracker.core.storage.models import EvidenceChunk
from accredit_tracker.core.storage.project import NotAProject, Project, open_project
from accredit_tracker.core.storage.transfer import COPY_ACTION, TransferError, copy_project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from factories import element_assessment_ids, project_with_assessment, write_bytes
from shared_server import empty_schema

TODAY = date(2026, 6, 1)
SMALL_CHUNK = 1000


@dataclass
class Source:
    path: Path
    assessment_id: int
    elements: list[int]
    files: dict[str, bytes]  # evidence file name → its bytes


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Source:
    """A project file with a library, an assessment with results and notes, and evidence:
    a file in several chunks linked to two elements, a small one, and one left unlinked."""
    monkeypatch.setattr(evidence_module, "CHUNK_SIZE", SMALL_CHUNK)
    path = tmp_path / "hospital.accredit"
    project, assessment_id = project_with_assessment(path)
    with project:
        elements = list(element_assessment_ids(project, assessment_id).values())
        changes = [
            ElementChange(elements[0], {"result": Result.FULLY_MET, "owner": "Dr Ana"}),
            ElementChange(elements[1], {"result": Result.PARTIALLY_MET, "notes": "Qoʻl ✓"}),
            ElementChange(elements[2], {"result": Result.NOT_MET, "due_date": TODAY}),
            ElementChange(elements[3], {"work_status": WorkStatus.IN_PROGRESS}),
        ]
        with project.transaction() as session:
            update_elements(session, changes, user="ana")
        plan = [
            ("policy.pdf", 7 * SMALL_CHUNK + 17, [elements[0], elements[3]]),
            ("photo.jpg", 300, [elements[1]]),
            ("roster.xlsx", 2 * SMALL_CHUNK, []),
        ]
        files = {}
        for n, (name, size, linked) in enumerate(plan):
            written = write_bytes(tmp_path / name, size, seed=n)
            files[name] = written.read_bytes()
            with project.transaction() as session:
                attach_files(session, [written], linked, user="bo", review_date=TODAY)
    return Source(path, assessment_id, elements, files)


def state(project: Project, assessment_id: int) -> dict[str, Any]:
    """What a user sees of the project: checklist rows, scores, evidence and the trail (without
    the rows that record copies)."""
    with project.session() as session:
        score = overview(session, assessment_id).score
        library = evidence_library(session, today=TODAY)
        evidence = {
            row.name: (
                b"".join(open_content(session, row.sha256)),
                row.element_codes(),
                row.review_date,
                row.added_by,
            )
            for row in library
        }
        trail = [entry for entry in audit_trail(session) if entry.action != COPY_ACTION]
        return {
            "rows": element_rows(session, assessment_id, today=TODAY),
            "score": (score.overall, score.verdict, score.counts),
            "evidence": evidence,
            "trail": trail,
        }


def copies_recorded(project: Project) -> list[tuple[str, dict[str, Any]]]:
    with project.session() as session:
        return [
            (entry.user, json.loads(entry.details))
            for entry in reversed(audit_trail(session))
            if entry.action == COPY_ACTION
        ]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables_in(url: str) -> list[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return sorted(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def with_time_zone(url: str, zone: str) -> str:
    """The URL with the session's time zone set, so moments are read back in that zone."""
    return f"{url}%20-ctimezone%3D{zone}"


@pytest.fixture
def url() -> Iterator[str]:
    with empty_schema() as found:
        yield found


# --- there and back -----------------------------------------------------------------------


def test_project_goes_into_a_shared_database_and_back_unchanged(
    source: Source, url: str, tmp_path: Path
) -> None:
    with open_project(source.path) as project:
        before = state(project, source.assessment_id)
    untouched = file_digest(source.path)
    seen: list[str] = []
    monitor = TaskMonitor(lambda stage, _done, _total: seen.append(stage))

    # The server reads moments in a zone far from UTC: they must still arrive as stored.
    report = copy_project(
        source.path, with_time_zone(url, "Asia/Tashkent"), user="it-admin", monitor=monitor
    )

    assert file_digest(source.path) == untouched
    assert report.evidence_files == 3
    assert report.evidence_bytes == sum(len(data) for data in source.files.values())
    assert report.rows["element_assessment"] == 12
    assert report.rows["evidence_chunk"] == 8 + 1 + 2
    assert "Copying evidence" in seen and "Checking the copied evidence" in seen
    with open_project(url) as shared:
        assert state(shared, source.assessment_id) == before
        [(who, details)] = copies_recorded(shared)
        assert who == "it-admin"
        assert details["source"] == str(source.path.absolute())
    assert {name: found[0] for name, found in before["evidence"].items()} == source.files

    back = tmp_path / "back" / "hospital copy.accredit"
    back.parent.mkdir()
    report = copy_project(url, back, user="ana")

    assert report.evidence_files == 3
    assert sorted(p.name for p in back.parent.iterdir()) == [back.name]  # nothing left over
    with open_project(back) as copied:
        assert state(copied, source.assessment_id) == before
        [(first, _), (second, details)] = copies_recorded(copied)
        assert (first, second) == ("it-admin", "ana")
        server = make_url(url)
        assert details["source"].startswith(
            f"postgresql+psycopg://accredit@{server.host}:{server.port}/"
        )
        assert "accredit-test" not in details["source"]
    with open_project(url) as shared:
        assert len(copies_recorded(shared)) == 1  # the source of the second copy is unchanged


def test_copied_shared_project_takes_new_results_evidence_and_assessments(
    source: Source, url: str, tmp_path: Path
) -> None:
    copy_project(source.path, url, user="it-admin")
    more = write_bytes(tmp_path / "new audit.pdf", 1500, seed=9)
    with open_project(url) as shared:
        with shared.transaction() as session:
            update_elements(
                session, [ElementChange(source.elements[5], {"result": Result.FULLY_MET})],
                user="ana",
            )  # fmt: skip
            attach_files(session, [more], [source.elements[5]], user="ana")
            library_id = library_counts(session)[0].library_id
            follow_up_id = create_assessment(
                session, library_id=library_id, name="Follow-up", user="ana",
                based_on=source.assessment_id,
            )  # fmt: skip
        with shared.session() as session:
            rows = element_rows(session, source.assessment_id, today=TODAY)
            names = {row.name for row in evidence_library(session, today=TODAY)}
            carried = element_rows(session, follow_up_id, today=TODAY)
    assert rows[5].result is Result.FULLY_MET
    assert rows[5].evidence_count == 1
    assert names == {*source.files, "new audit.pdf"}
    assert follow_up_id > source.assessment_id
    assert [row.result for row in carried] == [row.result for row in rows]


def test_a_project_file_copies_to_a_new_file(source: Source, tmp_path: Path) -> None:
    with open_project(source.path) as project:
        before = state(project, source.assessment_id)

    report = copy_project(source.path, tmp_path / "copy.accredit", user="ana")

    assert report.rows["evidence"] == 3
    with open_project(tmp_path / "copy.accredit") as copied:
        assert state(copied, source.assessment_id) == before
        assert [who for who, _ in copies_recorded(copied)] == ["ana"]


# --- refusals ---------------------------------------------------------------------------------


def test_copy_into_a_schema_holding_a_project_is_refused_and_changes_nothing(
    source: Source, url: str
) -> None:
    copy_project(source.path, url, user="it-admin")
    with open_project(url) as shared:
        before = state(shared, source.assessment_id)

    with pytest.raises(TransferError, match="already holds tables"):
        copy_project(source.path, url, user="it-admin")

    with open_project(url) as shared:
        assert state(shared, source.assessment_id) == before
        assert len(copies_recorded(shared)) == 1


def test_two_copies_into_one_schema_at_once_leave_one_project(source: Source, url: str) -> None:
    """The second copy waits for the first, then finds the schema taken."""
    copying, release = threading.Event(), threading.Event()

    def pause(stage: str, _done: int, _total: int) -> None:
        if stage == "Copying evidence" and not copying.is_set():
            copying.set()
            release.wait(timeout=30)

    outcome: dict[str, object] = {}

    def run(name: str, monitor: TaskMonitor | None) -> None:
        try:
            outcome[name] = copy_project(source.path, url, user=name, monitor=monitor)
        except TransferError as error:
            outcome[name] = error

    first = threading.Thread(target=run, args=("first", TaskMonitor(pause)))
    first.start()
    assert copying.wait(timeout=30)
    second = threading.Thread(target=run, args=("second", None))
    second.start()
    second.join(timeout=1)
    assert second.is_alive()  # waiting for the first copy
    release.set()
    first.join(timeout=30)
    second.join(timeout=30)

    assert not isinstance(outcome["first"], TransferError)
    assert isinstance(outcome["second"], TransferError)
    assert "already holds tables" in str(outcome["second"])
    with open_project(url) as shared:
        assert [who for who, _ in copies_recorded(shared)] == ["first"]


def test_copy_into_a_schema_with_other_tables_is_refused_and_leaves_them(
    source: Source, url: str
) -> None:
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE payroll (id integer primary key)"))
        connection.execute(text("INSERT INTO payroll VALUES (7)"))

    with pytest.raises(TransferError, match="payroll"):
        copy_project(source.path, url, user="it-admin")

    assert tables_in(url) == ["payroll"]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id FROM payroll")).scalars().all() == [7]
    engine.dispose()


def test_copy_onto_an_existing_file_is_refused_and_leaves_it(
    source: Source, tmp_path: Path
) -> None:
    existing = tmp_path / "existing.accredit"
    existing.write_bytes(b"someone's work")

    with pytest.raises(TransferError, match="already exists"):
        copy_project(source.path, existing, user="ana")
    with pytest.raises(TransferError, match="already exists"):
        copy_project(source.path, source.path, user="ana")

    assert existing.read_bytes() == b"someone's work"


def test_a_source_that_is_not_a_project_is_refused(tmp_path: Path, url: str) -> None:
    other = tmp_path / "notes.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (text)")
    with pytest.raises(NotAProject):
        copy_project(other, url, user="ana")
    with pytest.raises(NotAProject, match="holds no Accredit Tracker project"):
        copy_project(url, tmp_path / "copy.accredit", user="ana")
    assert tables_in(url) == []
    assert not (tmp_path / "copy.accredit").exists()


# --- nothing left behind ----------------------------------------------------------------------


class CancelAt:
    """Cancels the copy when it reaches the given stage."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.monitor = TaskMonitor(self)

    def __call__(self, stage: str, done: int, _total: int) -> None:
        if stage == self.stage and done > 0:
            self.monitor.cancel()


@pytest.mark.parametrize("stage", ["Copying the project", "Copying evidence", "Checking the copy"])
def test_a_cancelled_copy_leaves_no_target(
    source: Source, url: str, tmp_path: Path, stage: str
) -> None:
    target_folder = tmp_path / "copies"
    target_folder.mkdir()

    with pytest.raises(Cancelled):
        copy_project(source.path, url, user="ana", monitor=CancelAt(stage).monitor)
    with pytest.raises(Cancelled):
        copy_project(
            source.path, target_folder / "copy.accredit", user="ana",
            monitor=CancelAt(stage).monitor,
        )  # fmt: skip

    assert tables_in(url) == []
    assert list(target_folder.iterdir()) == []
    copy_project(source.path, url, user="ana")  # the schema is still free for the copy


def test_damaged_evidence_in_the_source_is_not_copied(
    source: Source, url: str, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(source.path)) as connection:
        connection.execute("UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE seq = 3")
        connection.commit()

    with pytest.raises(
        TransferError,
        match=r"damaged, so it was not copied: policy.pdf \(SHA-256 \w{12}…\): the bytes do not",
    ):
        copy_project(source.path, url, user="ana")

    assert tables_in(url) == []


def test_a_copy_that_differs_from_the_source_is_removed(
    source: Source, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = transfer_module._as_written

    def altered(row: Any, moments: Any) -> dict[str, Any]:
        values = real(row, moments)
        if values.get("notes") == "Qoʻl ✓":
            values["notes"] = "Qo'l ✓"
        return values

    monkeypatch.setattr(transfer_module, "_as_written", altered)

    wrong_notes = (
        rf"element_assessment: in the row id={source.elements[1]}, notes differ "
        r"\('Qoʻl ✓' → \"Qo'l ✓\"\)"
    )
    with pytest.raises(TransferError, match=wrong_notes):
        copy_project(source.path, url, user="ana")
    with pytest.raises(TransferError, match=wrong_notes):
        copy_project(source.path, tmp_path / "copy.accredit", user="ana")

    assert tables_in(url) == []
    assert not (tmp_path / "copy.accredit").exists()


def test_copied_evidence_that_reads_back_wrong_is_caught(
    source: Source, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The target's evidence is hashed from what the target returns, not from what was sent."""
    real = transfer_module._check_evidence

    def damaging(writer: Any, monitor: TaskMonitor) -> list[str]:
        chunks = EvidenceChunk.__table__  # type: ignore[attr-defined]
        writer.execute(update(chunks).where(chunks.c.seq == 5).values(data=b"x"))
        return real(writer, monitor)

    monkeypatch.setattr(transfer_module, "_check_evidence", damaging)

    with pytest.raises(
        TransferError, match=r"does not match the source.*policy.pdf \(SHA-256 \w{12}…\)"
    ):
        copy_project(source.path, url, user="ana")

    assert tables_in(url) == []


def test_memory_stays_flat_while_copying_large_evidence(
    tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Evidence streams a few chunks at a time: copying 32 MB never holds half of it."""
    project, _ = project_with_assessment(tmp_path / "large.accredit")
    big = write_bytes(tmp_path / "scan.pdf", 32 * evidence_module.CHUNK_SIZE, seed=3)
    with project, project.transaction() as session:
        attach_files(session, [big], [], user="ana")

    tracemalloc.start()
    try:
        report = copy_project(tmp_path / "large.accredit", url, user="ana")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert report.evidence_bytes == big.stat().st_size
    assert peak < 16 * evidence_module.CHUNK_SIZE
    with open_project(url) as shared, shared.session() as session:
        [row] = evidence_library(session, today=TODAY)
        assert hashlib.sha256(b"".join(open_content(session, row.sha256))).hexdigest() == (
            hashlib.sha256(big.read_bytes()).hexdigest()
        )
