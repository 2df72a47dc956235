"""Builders of real project files and spreadsheets for the tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from accredit_tracker.core.project import Project, create_project
from accredit_tracker.interchange.import_plan import ImportOptions
from accredit_tracker.interchange.standards_import import import_standards

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
    rows: list[list[object]] = [FLAT_HEADER]
    for c in range(chapters):
        for s in range(1, standards + 1):
            for e in range(1, elements + 1):
                rows.append(
                    [f"C{c}", f"Chapter {c}", f"C{c}.{s}", f"Standard {c}.{s} text", e,
                     f"Element {e} of standard C{c}.{s}"]
                )  # fmt: skip
    return rows


def project_with_library(
    path: Path, rows: Sequence[Sequence[object]] | None = None, name: str = "Test library"
) -> Project:
    """A new project at ``path`` holding one library imported from a real .xlsx file."""
    source = write_xlsx(path.with_name(path.stem + "-standards.xlsx"), rows or flat_rows())
    project = create_project(path, user="tester")
    import_standards(project, source, ImportOptions(name=name), user="tester")
    return project
