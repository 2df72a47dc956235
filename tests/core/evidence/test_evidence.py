"""Attaching evidence files once per content, linking, changing and deleting them."""

from __future__ import annotations

import builtins
import os
import re
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlmodel import Session, col

from accredit_tracker.core.assessment.checklist import element_history
from accredit_tracker.core.evidence import attachments as evidence_module
from accredit_tracker.core.evidence.attachments import (
    DEFAULT_MAX_FILE_BYTES,
    AssessmentLocked,
    EmptyFile,
    EvidenceError,
    EvidenceNotFound,
    FileChangedWhileReading,
    FileMissing,
    FileTooLarge,
    FileUnreadable,
    NotAFile,
    attach_files,
    delete_evidence,
    link_evidence,
    unlink_evidence,
    update_evidence,
)
from accredit_tracker.core.evidence.file_names import media_type_for, safe_file_name
from accredit_tracker.core.evidence.files import open_content, save_evidence
from accredit_tracker.core.evidence.queries import evidence_for_element, evidence_library
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.integrity import verify_evidence
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    ElementEvidence,
    Evidence,
    EvidenceChunk,
    EvidenceContent,
)
from accredit_tracker.core.storage.project import Project
from evidence_survey import TODAY, Survey, attach, attached_one, count, counts
from factories import write_bytes

TODAY_MOMENT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def audit_rows(project: Project, action: str) -> list[tuple[Any, ...]]:
    with project.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    col(AuditEvent.entity),
                    col(AuditEvent.entity_id),
                    col(AuditEvent.assessment_id),
                    col(AuditEvent.field),
                    col(AuditEvent.old_value),
                    col(AuditEvent.new_value),
                )
                .where(col(AuditEvent.action) == action)
                .order_by(col(AuditEvent.id))
            )
        ]


def lock(survey: Survey) -> None:
    with survey.project.transaction() as session:
        session.execute(
            update(Assessment).where(col(Assessment.id) == survey.assessment_id).values(locked=True)
        )


# --- attaching -----------------------------------------------------------------------------


def test_attached_file_reads_back_identical_bytes(
    survey: Survey, tmp_path: Path, small_chunks: int
) -> None:
    source = write_bytes(tmp_path / "Hand hygiene audit.pdf", 2 * small_chunks + 345)
    element = survey.element(0)
    result = attach(survey, [source], element, description=" Q1 audit ")
    [attached] = result.attached
    assert (attached.name, attached.size, attached.stored) == (
        "Hand hygiene audit.pdf", source.stat().st_size, True,
    )  # fmt: skip
    assert attached.element_assessment_ids == (element,)
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    with survey.project.session() as session:
        assert b"".join(open_content(session, attached.sha256)) == source.read_bytes()
        assert save_evidence(session, attached.evidence_id, target) == target
        [row] = evidence_for_element(session, element)
    assert target.read_bytes() == source.read_bytes()
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    assert (row.name, row.media_type, row.size, row.description, row.link_count) == (
        "Hand hygiene audit.pdf", "application/pdf", attached.size, "Q1 audit", 1,
    )  # fmt: skip
    assert row.added_by == "ana"
    assert count(survey.project, EvidenceChunk) == 3


def test_no_read_or_chunk_is_larger_than_the_chunk_size(
    survey: Survey, tmp_path: Path, small_chunks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_bytes(tmp_path / "big.bin", 10 * small_chunks + 1)
    asked: list[int] = []
    real_open = builtins.open

    class Spy:
        def __init__(self, file: Any) -> None:
            self.file = file

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def read(self, size: int = -1) -> bytes:
            asked.append(size)
            data: bytes = self.file.read(size)
            return data

    def spying_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        file = real_open(path, mode, *args, **kwargs)
        return Spy(file) if Path(path) == source else file

    monkeypatch.setattr(evidence_module, "open", spying_open, raising=False)
    attach(survey, [source], survey.element(0))
    assert asked and max(asked) == small_chunks and -1 not in asked
    with survey.project.session() as session:
        lengths = session.execute(
            select(func.length(col(EvidenceChunk.data))).order_by(col(EvidenceChunk.seq))
        ).scalars()
        assert list(lengths) == [small_chunks] * 10 + [1]


def test_memory_stays_flat_while_a_large_file_goes_in_and_out(
    survey: Survey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunk = 128 * 1024
    monkeypatch.setattr(evidence_module, "CHUNK_SIZE", chunk)
    source = write_bytes(tmp_path / "theatre video.mp4", 96 * chunk + 7)  # 12 MB
    # A batch of chunks being written, the chunk being read and some working space.
    allowed = (evidence_module.CHUNKS_PER_INSERT + 4) * chunk
    tracemalloc.start()
    try:
        [attached] = attach(survey, [source], survey.element(0)).attached
        attaching = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        with survey.project.session() as session:
            save_evidence(session, attached.evidence_id, tmp_path / "saved.mp4")
            saving = tracemalloc.get_traced_memory()[1]
            tracemalloc.reset_peak()
            assert verify_evidence(session) == []
            verifying = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (tmp_path / "saved.mp4").read_bytes() == source.read_bytes()
    assert max(attaching, saving, verifying) < allowed, (attaching, saving, verifying)


def test_same_content_on_two_elements_links_the_file_already_there(
    survey: Survey, tmp_path: Path
) -> None:
    first = write_bytes(tmp_path / "policy.pdf", 5000)
    second = tmp_path / "policy (copy).pdf"
    second.write_bytes(first.read_bytes())
    [original] = attach(survey, [first], survey.element(0)).attached
    [linked] = attach(survey, [second], survey.element(1)).attached
    assert (linked.evidence_id, linked.name, linked.attached_name) == (
        original.evidence_id, "policy.pdf", "policy (copy).pdf",
    )  # fmt: skip
    assert linked.linked_existing and not linked.stored
    assert linked.element_assessment_ids == (survey.element(1),)
    assert count(survey.project, EvidenceContent) == 1
    assert count(survey.project, EvidenceChunk) == 1
    assert count(survey.project, Evidence) == 1
    with survey.project.session() as session:
        assert [r.name for r in evidence_for_element(session, survey.element(1))] == ["policy.pdf"]
        [row] = evidence_library(session, today=TODAY)
    assert [s.element_assessment_id for s in row.supports] == [survey.element(0), survey.element(1)]
    assert audit_rows(survey.project, "link_evidence") == [
        ("element_assessment", survey.element(1), survey.assessment_id, "evidence", None,
         "policy.pdf"),
    ]  # fmt: skip


def test_content_already_stored_put_in_the_library_adds_no_twin(
    survey: Survey, tmp_path: Path
) -> None:
    first = write_bytes(tmp_path / "policy.pdf", 700)
    again = tmp_path / "policy again.pdf"
    again.write_bytes(first.read_bytes())
    attach(survey, [first], survey.element(0))
    [linked] = attach(survey, [again]).attached
    assert linked.linked_existing and linked.element_assessment_ids == ()
    assert count(survey.project, Evidence) == 1


def test_same_content_twice_on_one_element_says_it_is_already_there(
    survey: Survey, tmp_path: Path
) -> None:
    original = write_bytes(tmp_path / "roster.xlsx", 3000)
    again = tmp_path / "roster-final.xlsx"
    again.write_bytes(original.read_bytes())
    attach(survey, [original], survey.element(0))
    before = count(survey.project, Evidence)
    result = attach(survey, [again], survey.element(0), survey.element(1))
    [present] = result.already_present
    assert (present.name, present.existing_name, present.element_assessment_id) == (
        "roster-final.xlsx", "roster.xlsx", survey.element(0),
    )  # fmt: skip
    assert result.attached[0].element_assessment_ids == (survey.element(1),)
    assert count(survey.project, Evidence) == before
    result = attach(survey, [again], survey.element(0))
    assert result.attached == [] and len(result.already_present) == 1
    assert count(survey.project, Evidence) == before


def test_several_files_to_several_elements_in_one_call(survey: Survey, tmp_path: Path) -> None:
    files = [write_bytes(tmp_path / f"file{n}.txt", 100 + n, seed=n) for n in range(3)]
    result = attach(survey, files, survey.element(0), survey.element(1))
    assert [a.name for a in result.attached] == ["file0.txt", "file1.txt", "file2.txt"]
    assert count(survey.project, ElementEvidence) == 6
    with survey.project.session() as session:
        for element in (survey.element(0), survey.element(1)):
            assert len(evidence_for_element(session, element)) == 3
        assert evidence_for_element(session, survey.element(2)) == []


def test_files_can_go_into_the_library_without_an_element(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "fire drill.pdf", 400)
    [attached] = attach(survey, [source]).attached
    assert attached.element_assessment_ids == ()
    with survey.project.session() as session:
        [row] = evidence_library(session, today=TODAY, unlinked_only=True)
    assert (row.id, row.name, row.link_count, row.supports) == (
        attached.evidence_id, "fire drill.pdf", 0, (),
    )  # fmt: skip


def test_the_same_file_twice_in_one_call_is_attached_once(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "minutes.docx", 700)
    result = attach(survey, [source, source], survey.element(0))
    assert len(result.attached) == 1 and len(result.already_present) == 1
    assert result.attached[0].name == "minutes.docx"
    assert count(survey.project, Evidence) == 1


def test_cancel_after_the_first_stored_chunk_leaves_no_trace(
    survey: Survey, tmp_path: Path, small_chunks: int
) -> None:
    source = write_bytes(tmp_path / "video.mp4", 10 * small_chunks)
    before = counts(survey.project)
    stored_when_cancelled: list[int] = []
    session_in_use: list[Session] = []

    def on_progress(stage: str, done: int, total: int) -> None:
        if stage.startswith("Storing") and done > evidence_module.CHUNKS_PER_INSERT * small_chunks:
            chunks = select(func.count()).select_from(EvidenceChunk)
            stored_when_cancelled.append(session_in_use[0].execute(chunks).scalar_one())
            monitor.cancel()

    monitor = TaskMonitor(on_progress)
    with pytest.raises(Cancelled), survey.project.transaction() as session:
        session_in_use.append(session)
        attach_files(session, [source], [survey.element(0)], user="ana", monitor=monitor)
    assert stored_when_cancelled and stored_when_cancelled[0] >= 1
    assert counts(survey.project) == before


def test_progress_is_reported_in_bytes_per_file(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "plan.pdf", 2500)
    seen: list[tuple[str, int, int]] = []
    attach(survey, [source], survey.element(0), monitor=TaskMonitor(lambda *a: seen.append(a)))
    assert seen[0] == ("Checking plan.pdf", 0, 2500)
    assert ("Storing plan.pdf", 2500, 2500) in seen


# --- refusing bad files --------------------------------------------------------------------


def test_file_over_the_limit_is_refused_before_reading(
    survey: Survey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "scan.tiff"
    with source.open("wb") as file:
        file.truncate(DEFAULT_MAX_FILE_BYTES + 1)  # sparse: no disk used
    opened: list[object] = []
    monkeypatch.setattr(evidence_module, "open", lambda *a, **k: opened.append(a), raising=False)
    with pytest.raises(FileTooLarge) as refused:
        attach(survey, [source], survey.element(0))
    assert str(refused.value) == (
        f"{source} is 200 MB (209,715,201 bytes); an evidence file may be at most 200 MB "
        "(209,715,200 bytes)."
    )
    assert opened == []


def test_size_limit_is_a_parameter(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "report.pdf", 3 * 1024 * 1024)
    with pytest.raises(FileTooLarge, match=r"report\.pdf is 3 MB; .* at most 2 MB"):
        attach(survey, [source], survey.element(0), max_file_bytes=2 * 1024 * 1024)
    assert count(survey.project, Evidence) == 0


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda p: p.write_bytes(b""), EmptyFile, "is empty (0 bytes)"),
        (lambda p: None, FileMissing, "does not exist"),
        (lambda p: p.mkdir(), NotAFile, "is a folder, not a file"),
        pytest.param(
            lambda p: os.mkfifo(p),
            NotAFile,
            "not a regular file",
            marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes"),
        ),
    ],
    ids=["empty", "missing", "folder", "pipe"],
)
def test_bad_file_is_refused_and_the_good_ones_with_it(
    survey: Survey, tmp_path: Path, make: Any, error: type[Exception], message: str
) -> None:
    good = write_bytes(tmp_path / "good.pdf", 500)
    bad = tmp_path / "bad.pdf"
    make(bad)
    before = counts(survey.project)
    with pytest.raises(error, match=re.escape(message)) as refused:
        attach(survey, [good, bad], survey.element(0))
    assert str(bad) in str(refused.value)
    assert isinstance(refused.value, EvidenceError)
    assert counts(survey.project) == before


def test_unreadable_file_is_refused(
    survey: Survey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_bytes(tmp_path / "private.pdf", 500)
    if os.geteuid() != 0:
        source.chmod(0)
    else:  # root reads anything, so the refusal is simulated
        real_open = builtins.open

        def refusing_open(path: Any, *args: Any, **kwargs: Any) -> Any:
            if Path(path) == source:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(evidence_module, "open", refusing_open, raising=False)
    with pytest.raises(FileUnreadable, match=r"private\.pdf cannot be read: permission denied"):
        attach(survey, [source], survey.element(0))
    assert count(survey.project, Evidence) == 0


def append(path: Path, data: bytes) -> None:
    with path.open("ab") as file:
        file.write(data)


def changing(source: Path, when: str, change: Any) -> TaskMonitor:
    """A monitor that changes the file once, at the first report of the stage ``when``
    past its first chunk (or at its end)."""
    done_once: list[bool] = []

    def on_progress(stage: str, done: int, total: int) -> None:
        if not done_once and stage.startswith(when) and done > 0:
            done_once.append(True)
            change(source)

    return TaskMonitor(on_progress)


@pytest.mark.parametrize(
    ("when", "change", "message"),
    [
        ("Checking", lambda p: os.truncate(p, 1500), "shrank while it was being read"),
        ("Storing", lambda p: os.truncate(p, 1500), "shrank while it was being read"),
        ("Checking", lambda p: append(p, b"more"), "grew while it was being read"),
        ("Checking", lambda p: p.unlink(), "disappeared while it was being read"),
        ("Checking", lambda p: p.write_bytes(b"x" * 5000), "changed while it was being read"),
    ],
    ids=["shrunk", "shrunk-while-storing", "grown", "vanished", "rewritten"],
)
def test_file_changed_while_attaching_leaves_no_trace(
    survey: Survey, tmp_path: Path, small_chunks: int, when: str, change: Any, message: str
) -> None:
    source = write_bytes(tmp_path / "log.txt", 5 * small_chunks)
    before = counts(survey.project)
    monitor = changing(source, when, change)
    with pytest.raises(FileChangedWhileReading, match=message):
        attach(survey, [source], survey.element(0), monitor=monitor)
    assert counts(survey.project) == before


def test_locked_assessment_refuses_attaching(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "audit.pdf", 500)
    lock(survey)
    with pytest.raises(AssessmentLocked, match="Assessment 'Mock survey' is locked; unlock it"):
        attach(survey, [source], survey.element(0))
    assert count(survey.project, Evidence) == 0


def test_unknown_element_assessment_is_refused(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "audit.pdf", 500)
    with pytest.raises(EvidenceNotFound, match="Element assessment 99999 is gone"):
        attach(survey, [source], 99999)


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("Hand hygiene audit.pdf", "Hand hygiene audit.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("\u2066report\u2069\u200e\u200f\u061c.pdf", "report.pdf"),
        ("..\\..\\windows\\win.ini", "_.._windows_win.ini"),
        ("a/b.pdf", "a_b.pdf"),
        ("bell\x07 and\ttab\x00.txt", "bell andtab.txt"),
        ("  . policy .pdf. ", "policy.pdf"),
        ("...", "evidence"),
        ("\u202e.pdf", "evidence.pdf"),
        ("Dr. Karimova", "Dr. Karimova"),
        ("Bemor xavfsizligi boʻyicha.docx", "Bemor xavfsizligi boʻyicha.docx"),
    ],
)
def test_file_names_are_made_safe(given: str, kept: str) -> None:
    assert safe_file_name(given) == kept


def test_very_long_names_are_cut_keeping_the_extension() -> None:
    name = safe_file_name("Протокол заседания " * 30 + ".pdf")
    assert len(name) == 200 and name.endswith(".pdf")
    assert not name.removesuffix(".pdf").endswith(" ")


def test_attached_name_is_the_safe_name(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "minutes\u202etxt.exe\x01", 300)
    [attached] = attach(survey, [source], survey.element(0)).attached
    assert attached.name == "minutestxt.exe"


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("audit.pdf", "application/pdf"),
        ("photo.JPG", "image/jpeg"),
        ("roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("scan.weird", "application/octet-stream"),
        ("README", "application/octet-stream"),
    ],
)
def test_media_type_comes_from_the_extension(name: str, media_type: str) -> None:
    assert media_type_for(name) == media_type


# --- linking, unlinking, changing and deleting ---------------------------------------------


def test_link_and_unlink_are_symmetric_and_safe_to_repeat(survey: Survey, tmp_path: Path) -> None:
    evidence_id = attached_one(survey, tmp_path)
    second, third = survey.element(1), survey.element(2)
    with survey.project.transaction() as session:
        result = link_evidence(session, evidence_id, [second, third], user="bo")
    assert result.linked == (second, third) and result.already_linked == ()
    with survey.project.transaction() as session:
        again = link_evidence(session, evidence_id, [second], user="bo")
    assert again.linked == () and again.already_linked == (second,)
    with survey.project.transaction() as session:
        first = unlink_evidence(session, evidence_id, second, user="bo")
    assert first.was_linked and first.links_left == 2 and not first.has_no_links
    with survey.project.transaction() as session:
        repeated = unlink_evidence(session, evidence_id, second, user="bo")
    assert not repeated.was_linked and repeated.links_left == 2
    assert audit_rows(survey.project, "link_evidence") == [
        ("element_assessment", second, survey.assessment_id, "evidence", None, "policy.pdf"),
        ("element_assessment", third, survey.assessment_id, "evidence", None, "policy.pdf"),
    ]
    assert audit_rows(survey.project, "unlink_evidence") == [
        ("element_assessment", second, survey.assessment_id, "evidence", "policy.pdf", None),
    ]
    with survey.project.session() as session:
        history = element_history(session, second)
    assert [(h.user, h.field, h.old_value, h.new_value) for h in history] == [
        ("bo", "evidence", "policy.pdf", ""),
        ("bo", "evidence", "", "policy.pdf"),
    ]


def test_unlinking_the_last_link_says_the_file_supports_nothing(
    survey: Survey, tmp_path: Path
) -> None:
    evidence_id = attached_one(survey, tmp_path)
    with survey.project.transaction() as session:
        result = unlink_evidence(session, evidence_id, survey.element(0), user="ana")
    assert result.was_linked and result.has_no_links
    assert count(survey.project, Evidence) == 1  # the file stays until deleted


def test_attaching_shows_in_the_elements_history(survey: Survey, tmp_path: Path) -> None:
    attached_one(survey, tmp_path, "sign-off.pdf")
    with survey.project.session() as session:
        [entry] = element_history(session, survey.element(0))
    assert (entry.user, entry.field, entry.new_value) == ("ana", "evidence", "sign-off.pdf")
    [file_row] = [r for r in audit_rows(survey.project, "attach_evidence") if r[0] == "evidence"]
    assert file_row[5] == "sign-off.pdf"


def test_content_goes_only_with_the_last_evidence_using_it(survey: Survey, tmp_path: Path) -> None:
    source = write_bytes(tmp_path / "policy.pdf", 3000)
    [attached] = attach(survey, [source], survey.element(0)).attached
    first = attached.evidence_id
    # A twin with the same content, as projects made before attaching linked existing files
    # may still hold.
    with survey.project.transaction() as session:
        twin = Evidence(content_sha256=attached.sha256, name="policy.pdf", added_at=TODAY_MOMENT)
        session.add(twin)
        session.flush()
        assert twin.id is not None
        second = twin.id
        session.add(ElementEvidence(element_assessment_id=survey.element(1), evidence_id=second))
    with survey.project.transaction() as session:
        deleted = delete_evidence(session, first, user="ana")
    assert deleted.content_removed is False
    assert deleted.element_assessment_ids == (survey.element(0),)
    assert (count(survey.project, EvidenceContent), count(survey.project, EvidenceChunk)) == (1, 1)
    assert count(survey.project, ElementEvidence) == 1
    with survey.project.transaction() as session:
        assert delete_evidence(session, second, user="ana").content_removed is True
    assert counts(survey.project)[:4] == (0, 0, 0, 0)
    deletions = audit_rows(survey.project, "delete_evidence")
    assert ("element_assessment", survey.element(1), survey.assessment_id, "evidence",
            "policy.pdf", None) in deletions  # fmt: skip
    assert [r[:2] for r in deletions if r[0] == "evidence"] == [
        ("evidence", first), ("evidence", second),
    ]  # fmt: skip
    with pytest.raises(EvidenceNotFound, match="is gone"), survey.project.transaction() as s:
        delete_evidence(s, second, user="ana")


def test_update_changes_name_description_and_review_date_with_audit_rows(
    survey: Survey, tmp_path: Path
) -> None:
    evidence_id = attached_one(survey, tmp_path)
    with survey.project.transaction() as session:
        changed = update_evidence(
            session,
            evidence_id,
            user="bo",
            name="Infection\u202e policy/2026.pdf",
            description="Approved by the council",
            review_date=date(2027, 1, 31),
        )
    assert changed == ["name", "description", "review_date"]
    with survey.project.transaction() as session:
        assert (
            update_evidence(session, evidence_id, user="bo", name="Infection policy_2026.pdf") == []
        )
        assert update_evidence(session, evidence_id, user="bo", review_date=None) == ["review_date"]
    with survey.project.session() as session:
        [row] = evidence_for_element(session, survey.element(0))
    assert (row.name, row.description, row.review_date) == (
        "Infection policy_2026.pdf", "Approved by the council", None,
    )  # fmt: skip
    assert [r[3:] for r in audit_rows(survey.project, "update_evidence")] == [
        ("name", "policy.pdf", "Infection policy_2026.pdf"),
        ("description", "", "Approved by the council"),
        ("review_date", "", "2027-01-31"),
        ("review_date", "2027-01-31", ""),
    ]
    with pytest.raises(EvidenceError, match="needs a name"), survey.project.transaction() as s:
        update_evidence(s, evidence_id, user="bo", name="   ")


def test_locked_assessment_refuses_linking_unlinking_deleting_and_editing(
    survey: Survey, tmp_path: Path
) -> None:
    evidence_id = attached_one(survey, tmp_path)
    lock(survey)
    before = counts(survey.project)
    calls = [
        lambda s: link_evidence(s, evidence_id, [survey.element(1)], user="ana"),
        lambda s: unlink_evidence(s, evidence_id, survey.element(0), user="ana"),
        lambda s: delete_evidence(s, evidence_id, user="ana"),
        lambda s: update_evidence(s, evidence_id, user="ana", description="re-signed"),
    ]
    for call in calls:
        with pytest.raises(AssessmentLocked, match="is locked"), survey.project.transaction() as s:
            call(s)
    assert counts(survey.project) == before
