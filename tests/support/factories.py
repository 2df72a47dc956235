"""Builders of real project files and spreadsheets for the tests."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import ElementAssessment, MeasurableElement
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.interchange.standards.plan import ImportOptions

FLAT_HEADER = ["Chapter", "Chapter title", "Standard", "Standard text", "ME", "Measurable element"]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], sheet: str = "Standards") -> Path:
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def flat_rows(chapters: int = 2, standards: int = 3, elements: int = 2) -> list[list[object]]:
    """A small flat library: chapter codes C0, C1…, standards C0.1…, elements 1…n."""
    rows: list[list[object]] = [[*FLAT_HEADER]]
    for c in range(chapters):
        for s in range(1, standards + 1):
            for e in range(1, elements + 1):
                rows.append(
                    [f"C{c}", f"Chapter {c}", f"C{c}.{s}", f"Standard {c}.{s} text", e,
                     f"Element {e} of standard C{c}.{s}"]
                )  # fmt: skip
    return rows


def project_with_library(
    target: Path | str, rows: Sequence[Sequence[object]] | None = None, name: str = "Test library"
) -> Project:
    """A new project at ``target`` (a file, or a database URL) holding one library imported
    from a real .xlsx file."""
    folder = Path(tempfile.mkdtemp()) if isinstance(target, str) else target.parent
    stem = "shared" if isinstance(target, str) else target.stem
    source = write_xlsx(folder / f"{stem}-standards.xlsx", rows or flat_rows())
    project = create_project(target, user="tester")
    import_standards(project, source, ImportOptions(name=name), user="tester")
    return project


def project_with_assessment(
    target: Path | str, rows: Sequence[Sequence[object]] | None = None, name: str = "Mock survey"
) -> tuple[Project, int]:
    """A project with one library (as :func:`project_with_library`) and one assessment of it;
    returns the project and the assessment's id."""
    project = project_with_library(target, rows)
    with project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        assessment_id = create_assessment(session, library_id=library_id, name=name, user="tester")
    return project, assessment_id


def element_assessment_ids(project: Project, assessment_id: int) -> dict[str, int]:
    """Measurable element code ("C0.1 ME 1") → its element assessment id, in library order."""
    with project.session() as session:
        rows = session.execute(
            select(col(MeasurableElement.code), col(ElementAssessment.id))
            .join(ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id)
            .where(col(ElementAssessment.assessment_id) == assessment_id)
            .order_by(col(MeasurableElement.position))
        )
        return {code: row_id for code, row_id in rows}


def write_bytes(path: Path, size: int, seed: int = 0) -> Path:
    """A file of ``size`` bytes that differ from one seed to another (not all zeros)."""
    block = bytes((seed + i * 7) % 251 for i in range(251))
    path.write_bytes((block * (size // len(block) + 1))[:size])
    return path
