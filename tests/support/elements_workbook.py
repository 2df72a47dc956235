"""Elements sheets as Accredit Tracker's Excel report writes them, for the results import tests.

The report's writer follows the same contract: a sheet titled "Elements", a header row with the
headers below, one row per measurable element, and custom document properties naming the
assessment and the moment of export.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.packaging.custom import IntProperty, StringProperty

from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import WorkStatus

ELEMENTS_HEADER = [
    "Chapter", "Standard", "Code", "Measurable element", "Result", "Points", "Status", "Owner",
    "Department", "Due date", "Notes", "Evidence", "Last changed", "Changed by", "Version",
]  # fmt: skip
STATUS_LABELS = {WorkStatus.TO_DO: "To do", WorkStatus.IN_PROGRESS: "In progress",
                 WorkStatus.DONE: "Done"}  # fmt: skip

Row = dict[str, object]


def exported_rows(project: Project, assessment_id: int) -> list[Row]:
    """The rows an export of the assessment would hold now, each as header → cell value."""
    with project.session() as session:
        rows = element_rows(session, assessment_id)
    return [
        {
            "Chapter": r.chapter_code,
            "Standard": r.standard_code,
            "Code": r.code,
            "Measurable element": r.text,
            "Result": r.result.label,
            "Points": None,
            "Status": STATUS_LABELS[r.work_status],
            "Owner": r.owner,
            "Department": r.department,
            "Due date": r.due_date,
            "Notes": r.notes,
            "Evidence": r.evidence_count,
            "Last changed": r.updated_at.replace(tzinfo=None) if r.updated_at else None,
            "Changed by": r.updated_by,
            "Version": r.version,
        }
        for r in rows
    ]


def by_code(rows: list[Row]) -> dict[str, Row]:
    """The same rows by code, to change a few of them before writing."""
    return {str(row["Code"]): row for row in rows}


def write_elements(
    path: Path,
    rows: Sequence[Row],
    *,
    assessment_id: int | None,
    headers: Sequence[str] = ELEMENTS_HEADER,
    sheet: str = "Elements",
    above: Sequence[Sequence[object]] = (),
    text_cells: Sequence[str] = (),
) -> Path:
    """Write the rows under ``headers`` (a header missing from a row leaves its cell empty).

    ``above`` rows come before the header row; ``assessment_id`` None leaves out the custom
    properties, as a program that drops them would; cells of the ``text_cells`` columns are
    stored as text even when they start with "=" (as the report escapes them).
    """
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for line in above:
        worksheet.append(list(line))
    worksheet.append(list(headers))
    for row in rows:
        worksheet.append([row.get(header) for header in headers])
        for header in text_cells:
            cell = worksheet.cell(worksheet.max_row, list(headers).index(header) + 1)
            if isinstance(cell.value, str):
                cell.data_type = "s"
    if assessment_id is not None:
        properties = workbook.custom_doc_props
        properties.append(IntProperty(name="accredit_assessment_id", value=assessment_id))
        exported_at = datetime(2026, 11, 20, 9, 30, tzinfo=UTC).isoformat()
        properties.append(StringProperty(name="accredit_exported_at", value=exported_at))
    workbook.save(path)
    return path
