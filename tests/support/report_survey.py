"""A small assessment with results, owners, notes and evidence to export, and readers of the
exported files, shared by the report tests."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy.engine import make_url

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from factories import element_assessment_ids, project_with_assessment, write_bytes

TODAY = date(2026, 6, 1)


@dataclass
class Survey:
    project: Project
    assessment_id: int
    elements: dict[str, int]  # element code → element assessment id
    folder: Path
    facility: str  # the project's name as the report shows it

    def change(self, code: str, **values: Any) -> None:
        with self.project.transaction() as session:
            update_elements(session, [ElementChange(self.elements[code], values)], user="ana")

    def attach(self, name: str, *codes: str, size: int = 1000, **options: Any) -> Path:
        source = write_bytes(self.folder / name, size, seed=len(name))
        with self.project.transaction() as session:
            attach_files(session, [source], [self.elements[c] for c in codes], user="ana",
                         **options)  # fmt: skip
        return source


@contextmanager
def filled_survey(target: Path | str, folder: Path) -> Iterator[Survey]:
    """A project at ``target`` (a file, or a database URL) with twelve elements C0.1 ME 1 …
    C1.3 ME 2 in "Mock survey", five of them assessed, open while the block runs; evidence
    sources go into ``folder``."""
    project, assessment_id = project_with_assessment(target)
    folder.mkdir(exist_ok=True)
    with project:
        found = Survey(project, assessment_id, element_assessment_ids(project, assessment_id),
                       folder, facility_name(target))  # fmt: skip
        found.change("C0.1 ME 1", result=Result.FULLY_MET, work_status=WorkStatus.DONE,
                     owner="Нигора Усманова", department="Sifat boʻlimi",
                     due_date=date(2026, 5, 1), notes="Qoʻl gigiyenasi: every ward audited")  # fmt: skip
        found.change("C0.1 ME 2", result=Result.PARTIALLY_MET, work_status=WorkStatus.IN_PROGRESS,
                     owner="Aziz", due_date=date(2026, 5, 15), notes="Retrain night staff")  # fmt: skip
        found.change("C0.2 ME 1", result=Result.NOT_MET, due_date=date(2026, 7, 1))
        found.change("C0.2 ME 2", result=Result.NOT_APPLICABLE)
        found.change("C0.3 ME 1", result=Result.PARTIALLY_MET, work_status=WorkStatus.DONE,
                     due_date=date(2026, 1, 1))  # fmt: skip
        yield found


def facility_name(target: Path | str) -> str:
    """A project file is named after the file; a shared project after its database and host."""
    if isinstance(target, Path):
        return target.stem
    url = make_url(target)
    return f"{url.database} ({url.host})"


def workbook(path: Path) -> Any:
    """The workbook as openpyxl reads it (warnings fail the test: see pyproject.toml)."""
    return load_workbook(path)


def sheet_values(path: Path, sheet: str) -> list[list[Any]]:
    book = workbook(path)
    return [list(row) for row in book[sheet].iter_rows(values_only=True)]


def calamine_values(path: Path, sheet: str) -> list[list[Any]]:
    book = CalamineWorkbook.from_path(str(path))
    return [list(row) for row in book.get_sheet_by_name(sheet).to_python()]


def column(rows: list[list[Any]], header: str) -> list[Any]:
    """A column's values below the header row, by its header."""
    index = rows[0].index(header)
    return [row[index] for row in rows[1:]]


def by_code(rows: list[list[Any]]) -> dict[str, dict[str, Any]]:
    """Data rows by their Code cell, each as header → value."""
    header = rows[0]
    return {row[2]: dict(zip(header, row, strict=True)) for row in rows[1:] if row[2]}


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode()
