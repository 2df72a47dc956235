"""The report's Elements table as a CSV file, for tools that want plain rows.

The file is UTF-8 with a byte-order mark, so that Excel reads Cyrillic and Uzbek text right,
with Excel's quoting; its fields are separated by commas, or by semicolons (then the points
have a decimal comma) or tabs when asked (see ``csv_format``). It has the columns of the
Elements sheet, in the same order. Text from people and imported files that a spreadsheet
program would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets an
apostrophe in front, the usual defence against CSV formula injection; the apostrophe is then
part of the text a reader sees. Dates are written as YYYY-MM-DD, times in the computer's local
time as YYYY-MM-DD HH:MM.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Final

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.readiness.report_data import ElementLine, element_count, element_lines
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.report.cell_text import csv_text
from accredit_tracker.interchange.report.columns import (
    ELEMENT_COLUMNS,
    result_labels,
    status_labels,
)
from accredit_tracker.interchange.report.csv_format import COMMA, decimal_text
from accredit_tracker.interchange.report.sheets import RowProgress, column_titles
from accredit_tracker.interchange.report.snapshot import snapshot_session
from accredit_tracker.interchange.report.target_file import (
    cannot_write,
    check_target,
    replaced_when_complete,
)

CSV_SUFFIX: Final = ".csv"
WRITING_CSV: Final = QT_TRANSLATE_NOOP("progress", "Writing the elements table")


def write_elements_csv(
    project: Project,
    assessment_id: int,
    target: Path,
    monitor: TaskMonitor | None = None,
    *,
    delimiter: str = COMMA,
) -> int:
    """Write the assessment's elements table to ``target`` (a .csv file, its fields separated
    by ``delimiter``); returns how many elements it lists.

    As with the workbook, the file is written under a temporary name and replaces ``target``
    only when complete; a failure or a cancel leaves an existing file as it was.
    :class:`ReportError` says why a file cannot be written. Headers, results and statuses are
    written in the current language (``with language(...)`` around the call picks one).
    """
    target = Path(target)
    monitor = monitor or quiet()
    check_target(target, CSV_SUFFIX)
    with snapshot_session(project) as session:
        try:
            lines = element_lines(session, assessment_id)
        except LookupError as error:
            raise cannot_write(target, error) from None
        progress = RowProgress(monitor, WRITING_CSV, element_count(session, assessment_id))
        with (
            replaced_when_complete(target) as partial,
            partial.open("w", encoding="utf-8-sig", newline="") as file,
        ):
            writer = csv.writer(file, delimiter=delimiter)
            writer.writerow([csv_text(title) for title in column_titles(ELEMENT_COLUMNS)])
            results = {result: csv_text(label) for result, label in result_labels().items()}
            statuses = {status: csv_text(label) for status, label in status_labels().items()}
            for line in lines:
                writer.writerow(_csv_row(line, results, statuses, delimiter))
                progress.row()
    return progress.done


def _csv_row(
    line: ElementLine,
    results: dict[Result, str],
    statuses: dict[WorkStatus, str],
    delimiter: str,
) -> list[str | int]:
    """The CSV fields of one element, in the order of ``ELEMENT_HEADERS``; results and
    statuses by their names in ``results`` and ``statuses``, points with the decimal
    separator that goes with ``delimiter``."""
    return [
        csv_text(line.chapter_code),
        csv_text(line.standard_code),
        csv_text(line.code),
        csv_text(line.text),
        results[line.result],
        "" if line.points is None else decimal_text(line.points, delimiter),
        statuses[line.work_status],
        csv_text(line.owner),
        csv_text(line.department),
        "" if line.due_date is None else line.due_date.isoformat(),
        csv_text(line.notes),
        csv_text("\n".join(line.evidence)),
        _local_time(line.updated_at),
        csv_text(line.updated_by),
        line.version,
    ]


def _local_time(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone():%Y-%m-%d %H:%M}"
