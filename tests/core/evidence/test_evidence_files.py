"""Reading evidence back out: damaged content refused, saves that replace a file only when
complete, and the export of an assessment's evidence as folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlmodel import col

from accredit_tracker.core.evidence.attachments import DamagedContent, EvidenceError
from accredit_tracker.core.evidence.files import export_evidence, open_content, save_evidence
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.models import Evidence, EvidenceChunk
from damage import triggers_off
from evidence_survey import Survey, attach, attached_one, library_setup
from factories import write_bytes


def test_damaged_content_is_not_saved_and_the_old_file_stays(
    survey: Survey, tmp_path: Path, small_chunks: int
) -> None:
    evidence_id = attached_one(survey, tmp_path)
    target = tmp_path / "export" / "policy.pdf"
    target.parent.mkdir()
    target.write_bytes(b"last week's copy")
    with survey.project.transaction() as session:
        triggers_off(session.connection())
        session.execute(
            update(EvidenceChunk).where(col(EvidenceChunk.seq) == 1).values(data=b"x" * 1000)
        )
    with (
        pytest.raises(DamagedContent, match="does not match its SHA-256"),
        survey.project.session() as session,
    ):
        save_evidence(session, evidence_id, target)
    assert target.read_bytes() == b"last week's copy"
    assert list(target.parent.iterdir()) == [target]


def test_a_gap_in_the_chunks_is_found_before_reading(
    survey: Survey, tmp_path: Path, small_chunks: int
) -> None:
    evidence_id = attached_one(survey, tmp_path)
    with survey.project.transaction() as session:
        triggers_off(session.connection())
        session.execute(update(EvidenceChunk).where(col(EvidenceChunk.seq) == 1).values(seq=7))
        sha256 = session.execute(select(col(Evidence.content_sha256))).scalar_one()
    with survey.project.session() as session, pytest.raises(DamagedContent, match="damaged"):
        open_content(session, sha256)
    with survey.project.session() as session, pytest.raises(DamagedContent):
        save_evidence(session, evidence_id, tmp_path / "saved.pdf")
    assert sorted(p.name for p in tmp_path.iterdir() if "saved" in p.name) == []


def test_saving_into_a_missing_folder_says_so(survey: Survey, tmp_path: Path) -> None:
    evidence_id = attached_one(survey, tmp_path)
    with survey.project.session() as session, pytest.raises(EvidenceError, match="does not exist"):
        save_evidence(session, evidence_id, tmp_path / "nowhere" / "policy.pdf")


def test_cancelled_save_leaves_no_partial_file(
    survey: Survey, tmp_path: Path, small_chunks: int
) -> None:
    evidence_id = attached_one(survey, tmp_path)
    folder = tmp_path / "export"
    folder.mkdir()
    monitor = TaskMonitor(lambda stage, done, total: monitor.cancel() if done else None)
    with survey.project.session() as session, pytest.raises(Cancelled):
        save_evidence(session, evidence_id, folder / "policy.pdf", monitor)
    assert list(folder.iterdir()) == []


# --- exporting -----------------------------------------------------------------------------


def test_export_writes_chapter_and_element_folders(survey: Survey, tmp_path: Path) -> None:
    sources = library_setup(survey, tmp_path)
    same_name = tmp_path / "other" / "roster.xlsx"
    same_name.parent.mkdir()
    write_bytes(same_name, 999, seed=42)
    attach(survey, [same_name], survey.element(0))
    seen: list[tuple[str, int, int]] = []
    with survey.project.session() as session:
        report = export_evidence(
            session,
            tmp_path / "export",
            survey.assessment_id,
            TaskMonitor(lambda *a: seen.append(a)),
        )
    codes = list(survey.elements)
    written = sorted(
        str(p.relative_to(tmp_path / "export"))
        for p in (tmp_path / "export").rglob("*")
        if p.is_file()
    )
    assert written == sorted(
        [
            f"C0/{codes[0]}/Qoʻl gigiyenasi policy.pdf",
            f"C0/{codes[0]}/roster.xlsx",
            f"C0/{codes[0]}/roster (2).xlsx",
            f"C0/{codes[1]}/ward photo.jpg",
            f"C0/{codes[3]}/roster.xlsx",
        ]
    )
    assert report.files == 5
    assert (tmp_path / "export" / "C0" / codes[3] / "roster.xlsx").read_bytes() == (
        tmp_path / "roster.xlsx"
    ).read_bytes()
    assert seen[-1] == ("Exporting evidence", report.bytes, report.bytes)
    assert "note.txt" in sources  # unlinked: not part of the assessment's evidence


def test_export_writes_nothing_through_a_chapter_folder_that_leads_elsewhere(
    survey: Survey, tmp_path: Path
) -> None:
    """A link standing where a chapter's folder goes is not followed: no element folder is
    made at the other end, and the export says which files it did not write."""
    library_setup(survey, tmp_path)
    export, elsewhere = tmp_path / "export", tmp_path / "shared drive"
    export.mkdir()
    elsewhere.mkdir()
    (export / "C0").symlink_to(elsewhere, target_is_directory=True)
    with survey.project.session() as session:
        report = export_evidence(session, export, survey.assessment_id)
    assert (report.files, report.bytes) == (0, 0)
    assert [(p.path.parts[0], p.problem) for p in report.not_exported] == [
        ("C0", f"{export / 'C0'} leads to {elsewhere}, outside {export}; nothing is written "
         "through it.")
    ] * 4  # fmt: skip
    assert list(elsewhere.iterdir()) == []
