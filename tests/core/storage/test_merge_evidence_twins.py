"""Opening a project made before attaching linked existing files merges its evidence twins
(files with the same SHA-256) into one, keeping every element they supported, audited."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from accredit_tracker.core.evidence.queries import evidence_library
from accredit_tracker.core.storage.project import open_project

FIXTURE = Path(__file__).parents[1] / "data" / "project-0003.accredit"
POLICY = b"%PDF-1.4 hand hygiene policy"
PHOTO = b"\x89PNG ward photo"


def _add_content(connection: sqlite3.Connection, data: bytes) -> str:
    sha256 = hashlib.sha256(data).hexdigest()
    connection.execute(
        "INSERT INTO evidence_content (sha256, size) VALUES (?, ?)", (sha256, len(data))
    )
    connection.execute(
        "INSERT INTO evidence_chunk (content_sha256, seq, data) VALUES (?, 0, ?)", (sha256, data)
    )
    return sha256


def _add_evidence(
    connection: sqlite3.Connection,
    sha256: str,
    name: str,
    links: list[int],
    description: str = "",
    review_date: str | None = None,
) -> int:
    cursor = connection.execute(
        "INSERT INTO evidence (content_sha256, name, media_type, description, review_date, "
        "added_at, added_by) VALUES (?, ?, 'application/pdf', ?, ?, '2026-01-05 09:00:00', 'ana')",
        (sha256, name, description, review_date),
    )
    evidence_id = int(cursor.lastrowid or 0)
    connection.executemany(
        "INSERT INTO element_evidence (element_assessment_id, evidence_id) VALUES (?, ?)",
        [(link, evidence_id) for link in links],
    )
    return evidence_id


def test_twins_become_the_oldest_file_with_every_link(tmp_path: Path) -> None:
    path = tmp_path / "older.accredit"
    shutil.copy(FIXTURE, path)
    with closing(sqlite3.connect(path)) as connection:
        policy = _add_content(connection, POLICY)
        photo = _add_content(connection, PHOTO)
        kept = _add_evidence(connection, policy, "policy.pdf", [1])
        _add_evidence(connection, policy, "policy (copy).pdf", [1, 2], "Signed 2025", "2027-01-31")
        _add_evidence(connection, policy, "policy-final.pdf", [3])
        other = _add_evidence(connection, photo, "ward.png", [2])
        connection.commit()

    with open_project(path) as project, project.session() as session:
        rows = evidence_library(session, today=date(2026, 12, 7))
    assert [(r.id, r.name, r.description, str(r.review_date)) for r in rows] == [
        (kept, "policy.pdf", "Signed 2025", "2027-01-31"),
        (other, "ward.png", "", "None"),
    ]
    assert [s.element_assessment_id for s in rows[0].supports] == [1, 2, 3]
    assert [s.element_assessment_id for s in rows[1].supports] == [2]
    with closing(sqlite3.connect(path)) as connection:
        audited = connection.execute(
            "SELECT entity, entity_id, old_value, new_value FROM audit_event "
            "WHERE action = 'merge_evidence' ORDER BY id"
        ).fetchall()
        contents = connection.execute("SELECT count(*) FROM evidence_content").fetchone()
    assert audited == [
        ("evidence", kept, "policy (copy).pdf", "policy.pdf"),
        ("evidence", kept, "policy-final.pdf", "policy.pdf"),
    ]
    assert contents == (2,)
