"""Project files that are damaged, or may not be written: a damaged file is named as damaged
(on opening, and when a later query finds it) with the way to recover; a read-only file or folder
opens for reading only, refuses every change, and leaves nothing beside the file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlmodel import select

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.files import save_evidence
from accredit_tracker.core.storage import project as project_module
from accredit_tracker.core.storage.integrity import (
    backup_project,
    check_project_file,
    restore_backup,
    verify_project,
)
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import (
    ProjectDamaged,
    ProjectReadOnly,
    backup_before_migration,
    newest_backup,
    open_project,
)
from accredit_tracker.core.storage.transfer import copy_project
from damage import (
    companions,
    read_only_folder,
    scribble_over_schema,
    scribble_over_table,
)
from factories import element_assessment_ids, project_with_assessment, write_bytes


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def surveyed(project_path: Path) -> Path:
    """A closed project file with one assessment, nothing beside it."""
    project, _assessment_id = project_with_assessment(project_path)
    project.close()
    assert companions(project_path) == []
    return project_path


# -- damaged ------------------------------------------------------------------------------------


def test_a_damaged_schema_is_named_on_opening_with_the_newest_backup(surveyed: Path) -> None:
    backup = backup_before_migration(surveyed, "0001")
    scribble_over_schema(surveyed)
    with pytest.raises(ProjectDamaged) as caught:
        open_project(surveyed)
    message = str(caught.value)
    assert message.startswith(f"{surveyed} is damaged (")
    assert f"Run “accredit verify {surveyed}”" in message
    assert f"the newest beside it is {backup}." in message


def test_damage_found_by_a_later_query_is_named_too(surveyed: Path) -> None:
    scribble_over_table(surveyed, "element_assessment")
    with open_project(surveyed) as project, project.session() as session:
        assessment = session.exec(select(Assessment)).one()  # a table still sound
        assert assessment.id is not None
        with pytest.raises(
            ProjectDamaged, match=r"is damaged \(database disk image is malformed\)\. Run"
        ):
            element_rows(session, assessment.id)


def test_without_a_backup_the_message_says_so(surveyed: Path) -> None:
    scribble_over_schema(surveyed)
    with pytest.raises(ProjectDamaged, match=r"latest backup \(none was found beside it\)\.$"):
        open_project(surveyed)


def test_the_newest_backup_is_found_by_either_name(surveyed: Path) -> None:
    older = backup_before_migration(surveyed, "0001")
    os.utime(older, (1_700_000_000, 1_700_000_000))
    with open_project(surveyed) as project:
        newer = backup_project(project, surveyed.with_name("hospital 2026-12-07.accredit"))
    (surveyed.parent / "hospital 2026-12-08.accredit").write_text("not a project")
    assert newest_backup(surveyed) == newer


def test_checking_a_damaged_file_reports_without_writing(surveyed: Path) -> None:
    scribble_over_table(surveyed, "element_assessment")
    before = digest(surveyed)
    assert check_project_file(surveyed) != []
    assert digest(surveyed) == before
    assert companions(surveyed) == []


def test_restoring_a_backup_keeps_the_damaged_file_aside(surveyed: Path) -> None:
    backup = backup_before_migration(surveyed, "0001")
    scribble_over_table(surveyed, "element_assessment")
    damaged = digest(surveyed)
    kept = restore_backup(backup, surveyed)
    assert kept is not None and kept.name.startswith("hospital.accredit.damaged-")
    assert digest(kept) == damaged
    with open_project(surveyed) as project, project.session() as session:
        assert verify_project(session).sound
    assert backup.exists()


# -- read-only ----------------------------------------------------------------------------------


def assert_only_read(project_path: Path) -> None:
    """The project opens read-only, reads, refuses a change (through the service and by any
    other way), and closes leaving nothing beside the file."""
    with open_project(project_path) as project:
        assert project.read_only
        with project.session() as session:
            assessment = session.exec(select(Assessment)).one()
            assert assessment.id is not None
            rows = element_rows(session, assessment.id)
        assert len(rows) == 12
        with pytest.raises(ProjectReadOnly) as caught, project.transaction() as session:
            update_elements(session, [ElementChange(rows[0].element_assessment_id, {})], user="x")
        assert str(caught.value).startswith("This project is read-only: ")
        assert str(caught.value).endswith(". Save a copy to change it.")
        with project.session() as session, pytest.raises(ProjectReadOnly):
            session.add(
                Assessment(
                    library_id=assessment.library_id,
                    name="Sneaked in",
                    scoring_profile_id=assessment.scoring_profile_id,
                    created_at=assessment.created_at,
                )
            )
            session.commit()
        with project.session() as session:
            assert verify_project(session).sound
    assert companions(project_path) == []


def test_a_read_only_file_opens_read_only_and_stays_as_it_was(surveyed: Path) -> None:
    before = digest(surveyed)
    surveyed.chmod(0o444)
    try:
        assert_only_read(surveyed)
        with open_project(surveyed) as project:
            assert project.read_only_reason == "the file hospital.accredit is read-only"
    finally:
        surveyed.chmod(0o644)
    assert digest(surveyed) == before
    with open_project(surveyed) as project:  # made writable again, it opens for changes
        assert not project.read_only


def test_a_project_in_a_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "received"
    folder.mkdir()
    path = folder / "hospital.accredit"
    project, assessment_id = project_with_assessment(path)
    with project, project.transaction() as session:
        minutes = write_bytes(tmp_path / "minutes.pdf", 70_000)
        element = next(iter(element_assessment_ids(project, assessment_id).values()))
        [attached] = attach_files(session, [minutes], [element], user="ana").attached
    before = digest(path)
    with read_only_folder(folder):
        assert_only_read(path)
        with open_project(path) as project:
            assert project.read_only_reason == f"it is in the read-only folder {folder}"
            written = backup_project(project, tmp_path / "backup.accredit")
            with project.session() as session:  # a copy of its evidence is saved elsewhere
                saved = save_evidence(session, attached.evidence_id, tmp_path / "saved.pdf")
            assert saved.read_bytes() == minutes.read_bytes()
        copy = copy_project(path, tmp_path / "copy.accredit", user="surveyor")
        assert copy.total_rows > 0
        assert companions(path) == []
    assert digest(path) == before
    with open_project(written) as project, open_project(tmp_path / "copy.accredit") as copied:
        assert not project.read_only and not copied.read_only


def test_a_read_only_project_with_changes_left_in_its_wal_is_refused(surveyed: Path) -> None:
    wal = surveyed.with_name(surveyed.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    surveyed.chmod(0o444)
    try:
        with pytest.raises(ProjectReadOnly, match=r"its last changes are still in hospital"):
            open_project(surveyed)
    finally:
        surveyed.chmod(0o644)


def test_a_folder_whose_permissions_say_writable_but_is_not_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A share or an access list may let the permission check pass and still refuse SQLite
    its -wal and -shm files: the project opens read-only all the same, not as "damaged"."""
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "hospital.accredit"
    project_with_assessment(path)[0].close()
    monkeypatch.setattr(project_module, "read_only_reason", lambda _path: "")
    with read_only_folder(folder), open_project(path) as project:
        assert project.read_only_reason == (
            "SQLite may not write to it or beside it (unable to open database file)"
        )
        with project.session() as session:
            assert session.exec(select(Assessment)).one().name == "Mock survey"
    assert companions(path) == []
