"""A comparison of two assessments written to an Excel workbook: a "Chapters" sheet with each
chapter's score then and now and the change, and an "Elements" sheet with every measurable
element's result then and now and what became of it, coloured by the change.

The file is built under a temporary name beside the target and replaces it only when
complete; a cancel or a failure leaves an existing target as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill

from accredit_tracker.core.comparison import (
    ChapterComparison,
    Comparison,
    ElementChange,
    compare_assessments,
)
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.project import Project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report_columns import RESULT_LABELS, Column
from accredit_tracker.interchange.report_file import (
    ReportError,
    check_target,
    written_workbook,
)
from accredit_tracker.interchange.report_sheets import RowProgress, TableSheet, add_report_styles

XLSX_SUFFIX: Final = ".xlsx"
CHAPTERS_SHEET: Final = "Chapters"
ELEMENTS_SHEET: Final = "Elements"
READING: Final = "Comparing the assessments"
WRITING: Final = "Writing the comparison"
SAVING: Final = "Saving the comparison"

CHAPTER_COLUMNS: Final = (
    Column("Chapter", 10),
    Column("Title", 45, wraps=True),
    Column("Then", 10),
    Column("Now", 10),
    Column("Change", 10),
)
ELEMENT_COLUMNS: Final = (
    Column("Chapter", 10),
    Column("Standard", 12),
    Column("Code", 16),
    Column("Measurable element", 60, wraps=True),
    Column("Then", 15),
    Column("Now", 15),
    Column("Change", 12),
)
OVERALL: Final = "Overall"
"""The Chapter cell of the Chapters sheet's last row, which holds the overall scores."""
NOT_THERE: Final = "(not in this assessment)"
"""The result shown for an element that one of the assessments does not have."""

CHANGE_COLOURS: Final = {
    ElementChange.IMPROVED: ("C6EFCE", "006100"),
    ElementChange.REGRESSED: ("FFC7CE", "9C0006"),
    ElementChange.CHANGED: ("FFEB9C", "9C5700"),
    ElementChange.NEW: ("DDEBF7", "1F4E78"),
    ElementChange.REMOVED: ("E7E6E6", "595959"),
}
"""Fill and text colour of each change but "Unchanged", which keeps the table's colours."""


def write_comparison(
    project: Project,
    earlier_id: int,
    later_id: int,
    target: Path,
    *,
    monitor: TaskMonitor | None = None,
) -> Path:
    """Write the comparison of assessment ``earlier_id`` with ``later_id`` to ``target``
    (.xlsx) and return its path. :class:`ReportError` says why it cannot be written;
    ``Cancelled`` propagates and leaves an existing ``target`` as it was."""
    target = Path(target)
    monitor = monitor or quiet()
    check_target(target, XLSX_SUFFIX)
    monitor.report(READING, 0, 0)
    with project.session() as session:
        try:
            comparison = compare_assessments(session, earlier_id, later_id)
        except LookupError as error:
            raise ReportError(f"Cannot write {target.name}: {error}") from None
    heading = f"{project.name} — {comparison.earlier_name} → {comparison.later_name}"
    progress = RowProgress(monitor, WRITING, len(comparison.elements))
    with written_workbook(target, monitor, SAVING) as workbook:
        add_report_styles(workbook)
        _write_chapters(workbook, comparison, heading)
        _write_elements(workbook, comparison, heading, progress)
    return target


def _write_chapters(workbook: Workbook, comparison: Comparison, heading: str) -> None:
    sheet = TableSheet(workbook, CHAPTERS_SHEET, "Chapters", CHAPTER_COLUMNS, heading)
    for chapter in comparison.chapters:
        sheet.append(_chapter_values(chapter.code, chapter))
    sheet.append(_chapter_values(OVERALL, comparison.overall))
    sheet.finish()


def _chapter_values(code: str, chapter: ChapterComparison) -> list[str]:
    title = chapter.title if chapter.code else ""
    return [code, title, chapter.earlier_text, chapter.later_text, chapter.change_text]


def _write_elements(
    workbook: Workbook, comparison: Comparison, heading: str, progress: RowProgress
) -> None:
    sheet = TableSheet(workbook, ELEMENTS_SHEET, "Elements", ELEMENT_COLUMNS, heading)
    chapter, standard = sheet.repeated_text(), sheet.repeated_text()
    code_text, element_text = sheet.text, sheet.wrapping("Measurable element")
    lines = sheet.line_counter("Measurable element")
    labels: dict[Result | None, str] = {result: RESULT_LABELS[result] for result in Result}
    labels[None] = NOT_THERE
    changes = {change: change.label for change in ElementChange}
    for element in comparison.elements:
        sheet.append_cells(
            [
                chapter(element.chapter_code),
                standard(element.standard_code),
                code_text(element.code),
                element_text(element.text),
                labels[element.earlier],
                labels[element.later],
                changes[element.change],
            ],
            lines(element.text),
        )
        progress.row()
    cells = sheet.data_range("Change")
    for change, (fill, text) in CHANGE_COLOURS.items():
        sheet.sheet.conditional_formatting.add(
            cells,
            CellIsRule(
                operator="equal",
                formula=[f'"{change.label}"'],
                fill=PatternFill("solid", start_color=fill, end_color=fill),
                font=Font(color=text),
            ),
        )
    sheet.finish()


__all__ = [
    "CHAPTERS_SHEET",
    "ELEMENTS_SHEET",
    "NOT_THERE",
    "OVERALL",
    "XLSX_SUFFIX",
    "ReportError",
    "write_comparison",
]
