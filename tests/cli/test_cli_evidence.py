"""The evidence commands: attach, evidence, export-evidence, verify and backup."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker import cli
from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.storage.project import open_project
from factories import FLAT_HEADER, project_with_assessment, write_bytes


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def sql(path: Path, statement: str, *parameters: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(statement, parameters).fetchall()
        connection.commit()
        return rows


@pytest.fixture
def project(project_path: Path) -> Path:
    """A project file with one assessment, "Mock survey", of elements C0.1 ME 1 … C1.3 ME 2."""
    opened, _ = project_with_assessment(project_path)
    opened.close()
    return project_path


def evidence_names(path: Path) -> list[str]:
    return [str(name) for (name,) in sql(path, "SELECT name FROM evidence ORDER BY id")]


def test_attach_files_to_an_element_by_code(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = write_bytes(tmp_path / "policy.pdf", 1536)
    photo = write_bytes(tmp_path / "photo.jpg", 300, seed=3)
    code, out, err = run(capsys, "--user", "nodira", "attach", project, "C0.2 ME 1", policy,
                         photo, "--description", "Ward audit", "--review-date", "2027-03-01")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Attached to C0.2 ME 1 in 'Mock survey':",
        "  policy.pdf (1.5 KB)",
        "  photo.jpg (300 bytes)",
    ]
    rows = sql(project, "SELECT e.name, e.description, e.review_date, e.added_by, me.code "
               "FROM evidence e JOIN element_evidence l ON l.evidence_id = e.id "
               "JOIN element_assessment ea ON ea.id = l.element_assessment_id "
               "JOIN measurable_element me ON me.id = ea.element_id ORDER BY e.id")  # fmt: skip
    assert rows == [
        ("policy.pdf", "Ward audit", "2027-03-01", "nodira", "C0.2 ME 1"),
        ("photo.jpg", "Ward audit", "2027-03-01", "nodira", "C0.2 ME 1"),
    ]


def test_code_is_found_ignoring_case_and_spaces(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = write_bytes(tmp_path / "policy.pdf", 100)
    code, out, _ = run(capsys, "attach", project, "c1.3 me2", policy)
    assert code == 0 and out.startswith("Attached to C1.3 ME 2 in 'Mock survey':")


def test_attaching_the_same_content_again_says_where_it_is(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = write_bytes(tmp_path / "policy.pdf", 100)
    copy = tmp_path / "policy (1).pdf"
    copy.write_bytes(policy.read_bytes())
    run(capsys, "attach", project, "C0.1 ME 1", policy)
    code, out, _ = run(capsys, "attach", project, "C0.1 ME 1", copy)
    assert code == 0
    assert out == (
        "policy (1).pdf is already attached to C0.1 ME 1 in 'Mock survey' as 'policy.pdf'; "
        "not attached again.\n"
    )
    code, out, _ = run(capsys, "attach", project, "C0.1 ME 2", copy)
    assert (
        "policy (1).pdf (100 bytes): the project already holds this content as 'policy.pdf'; "
        "linked that file instead of adding a copy"
    ) in out
    assert sql(project, "SELECT count(*) FROM evidence_content") == [(1,)]
    assert sql(project, "SELECT count(*) FROM evidence") == [(1,)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["C0.1 ME 1", "missing.pdf"], "missing.pdf does not exist."),
        (["C0.1 ME 1", "empty.pdf"], "empty.pdf is empty (0 bytes)"),
        (
            ["C9.9 ME 9", "good.pdf"],
            "Assessment 'Mock survey' has no measurable element 'C9.9 ME 9'",
        ),
        (
            ["C0.1 ME 1", "good.pdf", "--assessment", "Official"],
            "has no assessment named or numbered 'Official'",
        ),
        (
            ["C0.1 ME 1", "good.pdf", "--review-date", "31.12.2026"],
            "'31.12.2026' is not a date as YYYY-MM-DD",
        ),
    ],
    ids=["missing", "empty", "unknown-code", "unknown-assessment", "bad-date"],
)
def test_bad_attach_exits_2_and_stores_nothing(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
    message: str,
) -> None:  # fmt: skip
    write_bytes(tmp_path / "good.pdf", 100)
    (tmp_path / "empty.pdf").write_bytes(b"")
    given = [str(tmp_path / a) if a.endswith(".pdf") else a for a in args]
    try:
        code, _, err = run(capsys, "attach", project, *given)
    except SystemExit as exit_:  # argparse refuses a malformed option itself
        code, err = int(str(exit_.code)), capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err
    assert evidence_names(project) == []


def test_code_matching_several_elements_asks_for_it_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    element = ["C0", "Chapter 0", "C0.1", "Standard text", "1a", "Element"]
    rows = [FLAT_HEADER, element, [*element[:4], "1 A", "Element"]]
    path = tmp_path / "clinic.accredit"
    project_with_assessment(path, rows)[0].close()
    code, _, err = run(capsys, "attach", path, "c0.1 me1a", write_bytes(tmp_path / "a.pdf", 10))
    assert code == 2
    assert (
        "accredit: 'c0.1 me1a' matches several measurable elements (C0.1 ME 1a, C0.1 ME 1 A); "
        "type it exactly." in err
    )
    assert evidence_names(path) == []


def test_attach_to_a_locked_assessment_is_refused(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(project, "UPDATE assessment SET locked = 1")
    code, _, err = run(capsys, "attach", project, "C0.1 ME 1", write_bytes(tmp_path / "a.pdf", 10))
    assert code == 2
    assert "accredit: Assessment 'Mock survey' is locked; unlock it first." in err


def second_assessment(path: Path, name: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        library_id = connection.execute("SELECT id FROM library").fetchone()[0]
    with open_project(path) as project, project.transaction() as session:
        create_assessment(session, library_id=library_id, name=name, user="ana")


def test_attach_goes_to_the_most_recent_assessment_unless_told(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second_assessment(project, "Official survey")
    policy = write_bytes(tmp_path / "policy.pdf", 100)
    _, out, _ = run(capsys, "attach", project, "C0.1 ME 1", policy)
    assert "in 'Official survey'" in out
    _, out, _ = run(capsys, "attach", project, "C0.1 ME 1", policy, "--assessment", "1")
    assert "in 'Mock survey'" in out


def test_two_assessments_with_one_name_must_be_told_apart(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second_assessment(project, "Mock survey")
    policy = write_bytes(tmp_path / "policy.pdf", 100)
    code, _, err = run(
        capsys, "attach", project, "C0.1 ME 1", policy, "--assessment", "Mock survey"
    )
    assert code == 2
    assert "has 2 assessments named 'Mock survey'; give its id (1, 2)" in err


def filled(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An expired policy on C0.1 ME 1 and C0.2 ME 1 (one file: the second attach links the first),
    a current photo on C0.1 ME 1, and a note linked nowhere."""
    expired = (date.today() - timedelta(days=1)).isoformat()
    current = (date.today() + timedelta(days=90)).isoformat()
    policy = write_bytes(tmp_path / "policy.pdf", 2048)
    run(capsys, "attach", project, "C0.1 ME 1", policy, "--review-date", expired)
    run(capsys, "attach", project, "C0.2 ME 1", policy, "--review-date", expired)
    run(capsys, "attach", project, "C0.1 ME 1", write_bytes(tmp_path / "photo.jpg", 10, 5),
        "--review-date", current)  # fmt: skip
    run(capsys, "attach", project, "C1.1 ME 1", write_bytes(tmp_path / "note.txt", 10, 6))
    sql(project, "DELETE FROM element_evidence WHERE evidence_id = "
                 "(SELECT id FROM evidence WHERE name = 'note.txt')")  # fmt: skip


def test_evidence_lists_files_with_links_and_dates(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(project, tmp_path, capsys)
    code, out, _ = run(capsys, "evidence", project)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "3 evidence files:"
    assert [line.split()[:2] for line in lines[2:]] == [
        ["3", "note.txt"], ["2", "photo.jpg"], ["1", "policy.pdf"],
    ]  # fmt: skip
    assert lines[4].endswith("C0.1 ME 1, C0.2 ME 1 (Mock survey)") and "expired" in lines[4]
    assert lines[2].endswith("—")
    _, out, _ = run(capsys, "evidence", project, "--expired")
    assert out.splitlines()[0] == "1 evidence file:"
    assert all("policy.pdf" in line for line in out.splitlines()[2:])
    _, out, _ = run(capsys, "evidence", project, "--unlinked")
    assert [line.split()[1] for line in out.splitlines()[2:]] == ["note.txt"]
    _, out, _ = run(capsys, "evidence", project, "--assessment", "Mock survey", "--unlinked")
    assert out.splitlines()[0] == "1 evidence file of 'Mock survey':"


def test_evidence_in_an_empty_project(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "evidence", project)[1] == "No evidence files match.\n"


def test_export_evidence_writes_chapter_and_element_folders(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(project, tmp_path, capsys)
    folder = tmp_path / "for surveyors"
    code, out, _ = run(capsys, "export-evidence", project, folder)
    assert code == 0
    index = folder / "Evidence index.xlsx"
    assert out == (
        f"Exported 3 files (4 KB) of 'Mock survey' to {folder}.\n"
        f"Index of every file, its element and SHA-256: {index}\n"
    )
    written = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert written == ["C0/C0.1 ME 1/photo.jpg", "C0/C0.1 ME 1/policy.pdf",
                       "C0/C0.2 ME 1/policy.pdf", "Evidence index.xlsx"]  # fmt: skip
    assert (folder / "C0" / "C0.2 ME 1" / "policy.pdf").read_bytes() == (
        tmp_path / "policy.pdf"
    ).read_bytes()
    policy_sha256 = hashlib.sha256((tmp_path / "policy.pdf").read_bytes()).hexdigest()
    rows = list(load_workbook(index).active.iter_rows(values_only=True))
    assert rows[0] == ("Chapter", "Measurable element", "File", "In the binder", "Size (bytes)",
                       "Review by", "SHA-256", "Not written because")  # fmt: skip
    assert sorted(row[:5] + row[6:7] for row in rows[1:]) == [
        ("C0", "C0.1 ME 1", "photo.jpg", "C0/C0.1 ME 1/photo.jpg", 10,
         hashlib.sha256((tmp_path / "photo.jpg").read_bytes()).hexdigest()),
        ("C0", "C0.1 ME 1", "policy.pdf", "C0/C0.1 ME 1/policy.pdf", 2048, policy_sha256),
        ("C0", "C0.2 ME 1", "policy.pdf", "C0/C0.2 ME 1/policy.pdf", 2048, policy_sha256),
    ]  # fmt: skip


def test_export_evidence_writes_every_intact_file_and_lists_the_rest(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A damaged file does not stop the export, and a sub-folder that is a link to elsewhere
    (made by someone, or left by an earlier tool) is not written through."""
    filled(project, tmp_path, capsys)
    sql(project, "UPDATE evidence_chunk SET data = zeroblob(10) WHERE content_sha256 = "
                 "(SELECT content_sha256 FROM evidence WHERE name = 'photo.jpg')")  # fmt: skip
    folder, elsewhere = tmp_path / "for surveyors", tmp_path / "home"
    elsewhere.mkdir()
    (folder / "C0").mkdir(parents=True)
    (folder / "C0" / "C0.2 ME 1").symlink_to(elsewhere, target_is_directory=True)
    code, out, err = run(capsys, "export-evidence", project, folder)
    assert code == 1
    assert out.splitlines() == [
        f"Exported 1 file (2 KB) of 'Mock survey' to {folder}.",
        f"Index of every file, its element and SHA-256: {folder / 'Evidence index.xlsx'}",
        "Not exported:",
        "  C0/C0.1 ME 1/photo.jpg: The stored content "
        f"{str(sql(project, 'SELECT sha256 FROM evidence_content WHERE size = 10')[0][0])[:12]}… "
        "does not match its SHA-256; it is damaged. Run Evidence → Verify stored files and "
        "restore it from a backup.",
        f"  C0/C0.2 ME 1/policy.pdf: {folder / 'C0' / 'C0.2 ME 1'} leads to {elsewhere}, "
        f"outside {folder}; nothing is written through it.",
    ]
    assert err == "accredit: 2 evidence files were not exported (listed above); the others were.\n"
    written = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert written == ["C0/C0.1 ME 1/policy.pdf", "Evidence index.xlsx"]
    index = load_workbook(folder / "Evidence index.xlsx").active
    problems = {
        row[3]: (*row, None, None)[7] for row in index.iter_rows(min_row=2, values_only=True)
    }
    assert problems["C0/C0.1 ME 1/policy.pdf"] is None
    assert "does not match its SHA-256" in problems["C0/C0.1 ME 1/photo.jpg"]
    assert (folder / "C0" / "C0.1 ME 1" / "policy.pdf").read_bytes() == (
        tmp_path / "policy.pdf"
    ).read_bytes()
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in (folder / "C0" / "C0.1 ME 1").iterdir()) == ["policy.pdf"]


def test_verify_exits_0_when_intact_and_1_listing_damage(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(project, tmp_path, capsys)
    code, out, _ = run(capsys, "verify", project)
    changes = sql(project, "SELECT count(*) FROM audit_event")[0][0]
    newest = sql(project, "SELECT chain_hash FROM audit_event ORDER BY id DESC LIMIT 1")[0][0]
    assert (code, out) == (
        0,
        f"audit trail: {changes} changes, chain head {newest}\n"
        "hospital: 3 evidence files checked, all intact; the audit trail's hash chain holds.\n",
    )
    sql(project, "UPDATE evidence_chunk SET data = x'00' WHERE content_sha256 = "
                 "(SELECT content_sha256 FROM evidence WHERE name = 'photo.jpg')")  # fmt: skip
    code, out, err = run(capsys, "verify", project)
    assert code == 1
    assert "photo.jpg (sha256 " in out
    assert "size mismatch: only 1 of 10 bytes stored" in out
    assert "hospital is damaged (1 problem);" in err


@pytest.mark.parametrize(
    ("tampering", "broken"),
    [
        ("UPDATE audit_event SET user = 'someone.else' WHERE id = 5", 5),
        ("DELETE FROM audit_event WHERE id = 4", 5),
        (
            "UPDATE audit_event SET id = id + 10000 WHERE id > 3; "
            "UPDATE audit_event SET id = id - 9999 WHERE id > 10000; "
            "INSERT INTO audit_event (id, at, user, action, entity, field, details, chain_hash) "
            "SELECT 4, at, user, action, entity, field, 'slipped in', chain_hash "
            "FROM audit_event WHERE id = 3",
            4,
        ),
        (
            "UPDATE audit_event SET id = -1 WHERE id = 3; "
            "UPDATE audit_event SET id = 3 WHERE id = 4; "
            "UPDATE audit_event SET id = 4 WHERE id = -1",
            3,
        ),
        ("UPDATE audit_event SET chain_hash = NULL WHERE id < 5", 5),
    ],
    ids=["edited", "deleted", "inserted", "reordered", "unhashed"],
)
def test_verify_names_the_audit_row_where_the_trail_was_altered(
    project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tampering: str,
    broken: int,
) -> None:
    filled(project, tmp_path, capsys)
    for statement in tampering.split("; "):
        sql(project, statement)
    code, out, err = run(capsys, "verify", project)
    assert code == 1
    assert f"audit trail: the hash chain breaks at audit trail row {broken} (" in out
    assert "hospital is damaged (1 problem); the audit trail was altered" in err


def test_backup_writes_an_openable_copy(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(project, tmp_path, capsys)
    target = tmp_path / "backup.accredit"
    code, out, _ = run(capsys, "backup", project, target)
    assert code == 0 and out.startswith(f"Backed up hospital to {target} (")
    assert sql(target, "SELECT name FROM evidence ORDER BY id") == sql(
        project, "SELECT name FROM evidence ORDER BY id"
    )
    assert run(capsys, "verify", target)[0] == 0
    code, _, err = run(capsys, "backup", project, project)
    assert code == 2 and "is the open project itself" in err


def test_backup_replaces_an_earlier_backup_but_another_project_only_with_force(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(project, tmp_path, capsys)
    nightly = tmp_path / "nightly.accredit"
    assert run(capsys, "backup", project, nightly)[0] == 0
    assert run(capsys, "backup", project, nightly)[0] == 0  # last night's backup: replaced
    pharmacy = tmp_path / "pharmacy.accredit"
    assert run(capsys, "create", pharmacy)[0] == 0
    before = pharmacy.read_bytes()
    code, out, err = run(capsys, "backup", project, pharmacy)
    assert (code, out) == (2, "")
    assert err == (
        f"accredit: {pharmacy} holds a different project, not an earlier backup of hospital; "
        "it was left alone. Choose another name, or give --force to replace it.\n"
    )
    assert pharmacy.read_bytes() == before
    code, out, err = run(capsys, "backup", project, pharmacy, "--force")
    assert (code, err) == (0, "")
    assert sql(pharmacy, "SELECT name FROM evidence ORDER BY id") == sql(
        project, "SELECT name FROM evidence ORDER BY id"
    )
