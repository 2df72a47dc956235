"""The evidence binder for surveyors: an assessment's evidence written into a folder per chapter
and element, with an index workbook listing every file, the element it supports, where it is
in the binder and its SHA-256 (so a surveyor can check that a copy is the one in the project)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from accredit_tracker.core.evidence.files import ExportedFile, ExportReport, export_evidence
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.columns import Column
from accredit_tracker.interchange.report.sheets import TableSheet, add_report_styles
from accredit_tracker.interchange.report.target_file import written_workbook

INDEX_NAME: Final = "Evidence index.xlsx"
"""The index workbook's name in the binder's folder (the same in every language, so that a
script or a surveyor's checklist can count on it)."""
SHEET_TITLE: Final = QT_TRANSLATE_NOOP("Report", "Evidence index")
SAVING: Final = QT_TRANSLATE_NOOP("progress", "Saving the evidence index")

INDEX_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 9),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "File"), 32, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "In the binder"), 44, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Size (bytes)"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Review by"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "SHA-256"), 66),
    Column(QT_TRANSLATE_NOOP("Report", "Not written because"), 40, wraps=True),
)
INDEX_HEADERS: Final = tuple(column.header for column in INDEX_COLUMNS)
"""The headers in English; the workbook has them in the current language."""


@dataclass(frozen=True)
class BinderReport:
    export: ExportReport
    index: Path
    """The index workbook, inside the binder's folder."""


def export_evidence_binder(
    project: Project, folder: Path, assessment_id: int, monitor: TaskMonitor | None = None
) -> BinderReport:
    """Write every evidence file of the assessment into ``folder/<chapter>/<element>/<name>``
    (as :func:`~accredit_tracker.core.evidence.files.export_evidence`), then the index
    workbook :data:`INDEX_NAME` beside them, one row per file, those not written included
    with the reason. A cancel (``Cancelled`` propagates) keeps the files written so far and
    writes no index."""
    monitor = monitor or quiet()
    with project.session() as session:
        report = export_evidence(session, Path(folder), assessment_id, monitor)
        assessment = session.get(Assessment, assessment_id)
        name = assessment.name if assessment is not None else ""
    index = report.folder / INDEX_NAME
    heading = translate("Report", "{project} — evidence of {assessment}").format(
        project=project.name, assessment=name
    )
    write_index(index, report.listed, heading, monitor)
    return BinderReport(report, index)


def write_index(
    target: Path, files: tuple[ExportedFile, ...], heading: str, monitor: TaskMonitor
) -> None:
    """The index workbook: one table of :data:`INDEX_COLUMNS`, in the current language."""
    with written_workbook(target, monitor, SAVING) as workbook:
        add_report_styles(workbook)
        sheet = TableSheet(workbook, SHEET_TITLE, "EvidenceIndex", INDEX_COLUMNS, heading)
        for file in files:
            sheet.append(
                [
                    file.chapter_code,
                    file.element_code,
                    file.name,
                    file.path.as_posix(),
                    file.size,
                    file.review_date,
                    file.sha256,
                    file.problem,
                ]
            )
        sheet.finish()
