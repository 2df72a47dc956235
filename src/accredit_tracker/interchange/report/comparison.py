"""A comparison of two assessments written to an Excel workbook: a "Chapters" sheet with each
chapter's score then and now and the change, and an "Elements" sheet with every measurable
element's result then and now and what became of it, coloured by the change.

The file is built under a temporary name beside the target and replaces it only when
complete; a cancel or a failure leaves an existing target as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.readiness.comparison import (
    NO_CHANGE,
    ChapterComparison,
    Comparison,
    ElementChange,
    compare_assessments,
)
from accredit_tracker.core.readiness.scoring import NO_SCORE
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.columns import REPORT, Column, result_labels
from accredit_tracker.interchange.report.score_cells import change_cell, score_cell
from accredit_tracker.interchange.report.sheets import RowProgress, TableSheet, add_report_styles
from accredit_tracker.interchange.report.snapshot import snapshot_session
from accredit_tracker.interchange.report.target_file import (
    ReportError,
    cannot_write,
    check_target,
    written_workbook,
)

XLSX_SUFFIX: Final = ".xlsx"
CHAPTERS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Chapters")
ELEMENTS_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Elements")
READING: Final = QT_TRANSLATE_NOOP("progress", "Comparing the assessments")
WRITING: Final = QT_TRANSLATE_NOOP("progress", "Writing the comparison")
SAVING: Final = QT_TRANSLATE_NOOP("progress", "Saving the comparison")

CHAPTER_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Title"), 45, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Then"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Now"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Change"), 10),
)
ELEMENT_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 10),
    Column(QT_TRANSLATE_NOOP("Report", "Standard"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 60, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Then"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Now"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Change"), 12),
)
OVERALL: Final = QT_TRANSLATE_NOOP("Report", "Overall")
"""The Chapter cell of the Chapters sheet's last row, which holds the overall scores."""
NOT_THERE: Final = QT_TRANSLATE_NOOP("Report", "(not in this assessment)")
"""The result shown for an element that one of the assessments does not have."""

CHANGE_CONTEXT: Final = "ElementChange"
"""The translation context of the changes' names, shared with the app's comparison window."""

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
    ``Cancelled`` propagates and leaves an existing ``target`` as it was. Words are written
    in the current language (``with language(...)`` around the call picks one)."""
    target = Path(target)
    monitor = monitor or quiet()
    check_target(target, XLSX_SUFFIX)
    monitor.report(READING, 0, 0)
    with snapshot_session(project) as session:
        try:
            comparison = compare_assessments(session, earlier_id, later_id)
        except LookupError as error:
            raise cannot_write(target, error) from None
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
        sheet.append(_chapter_values(sheet, comparison, chapter.code, chapter))
    overall = translate(REPORT, OVERALL)
    sheet.append(_chapter_values(sheet, comparison, overall, comparison.overall))
    sheet.finish()


def _chapter_values(
    sheet: TableSheet, comparison: Comparison, code: str, chapter: ChapterComparison
) -> list[Any]:
    """The chapter's row: each score a number under its assessment's profile (a change under
    the later one's), "—" where there is none."""
    title = chapter.title if chapter.code else ""
    earlier = score_cell(sheet.sheet, comparison.earlier_profile, chapter.earlier)
    later = score_cell(sheet.sheet, comparison.later_profile, chapter.later)
    change = change_cell(sheet.sheet, comparison.later_profile, chapter.change)
    return [
        code,
        title,
        NO_SCORE if earlier is None else earlier,
        NO_SCORE if later is None else later,
        NO_CHANGE if change is None else change,
    ]


def _write_elements(
    workbook: Workbook, comparison: Comparison, heading: str, progress: RowProgress
) -> None:
    sheet = TableSheet(workbook, ELEMENTS_SHEET, "Elements", ELEMENT_COLUMNS, heading)
    chapter, standard = sheet.repeated_text(), sheet.repeated_text()
    code_text, element_text = sheet.text, sheet.wrapping("Measurable element")
    lines = sheet.line_counter("Measurable element")
    labels: dict[Result | None, str] = {r: word for r, word in result_labels().items()}
    labels[None] = translate(REPORT, NOT_THERE)
    changes = {change: change_word(change) for change in ElementChange}
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
                formula=['"' + changes[change].replace('"', '""') + '"'],
                fill=PatternFill("solid", start_color=fill, end_color=fill),
                font=Font(color=text),
            ),
        )
    sheet.finish()


def change_word(change: ElementChange) -> str:
    """The change's name in the current language."""
    return translate(CHANGE_CONTEXT, change.label)


__all__ = [
    "CHAPTERS_SHEET",
    "ELEMENTS_SHEET",
    "NOT_THERE",
    "OVERALL",
    "XLSX_SUFFIX",
    "ReportError",
    "write_comparison",
]
