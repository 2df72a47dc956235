"""A project with one assessment to attach evidence to, and the small steps the evidence
tests share: attaching, counting rows, a library of four files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from accredit_tracker.core.evidence.attachments import attach_files, unlink_evidence
from accredit_tracker.core.storage.models import (
    AuditEvent,
    ElementEvidence,
    Evidence,
    EvidenceChunk,
    EvidenceContent,
)
from accredit_tracker.core.storage.project import Project
from factories import write_bytes

SMALL_CHUNK = 1000
TODAY = date(2026, 6, 1)


@dataclass
class Survey:
    project: Project
    assessment_id: int
    elements: dict[str, int]  # element code → element assessment id

    def element(self, n: int) -> int:
        return list(self.elements.values())[n]


def attach(survey: Survey, paths: list[Path], *elements: int, **options: Any) -> Any:
    with survey.project.transaction() as session:
        return attach_files(session, paths, list(elements), user="ana", **options)


def count(project: Project, table: type) -> int:
    with project.session() as session:
        return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def counts(project: Project) -> tuple[int, ...]:
    """Rows in every evidence table and in the audit trail."""
    tables = (EvidenceContent, EvidenceChunk, Evidence, ElementEvidence, AuditEvent)
    return tuple(count(project, table) for table in tables)


def attached_one(survey: Survey, tmp_path: Path, name: str = "policy.pdf") -> int:
    source = write_bytes(tmp_path / name, 2000)
    return int(attach(survey, [source], survey.element(0)).attached[0].evidence_id)


def library_setup(survey: Survey, tmp_path: Path) -> dict[str, int]:
    """Four files: an expired policy, a photo due for review soon, an unlinked note, and a
    roster linked to two elements."""
    ids = {}
    plan = [
        ("Qoʻl gigiyenasi policy.pdf", date(2026, 5, 1), [survey.element(0)]),
        ("ward photo.jpg", date(2026, 6, 10), [survey.element(1)]),
        ("note.txt", None, [survey.element(2)]),
        ("roster.xlsx", date(2027, 1, 1), [survey.element(0), survey.element(3)]),
    ]
    for n, (name, review, elements) in enumerate(plan):
        source = write_bytes(tmp_path / name, 100 + n, seed=n)
        result = attach(survey, [source], *elements, review_date=review)
        ids[name] = result.attached[0].evidence_id
    with survey.project.transaction() as session:
        unlink_evidence(session, ids["note.txt"], survey.element(2), user="ana")
    return ids
