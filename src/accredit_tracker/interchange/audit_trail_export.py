"""The project's audit trail written to a file for auditors: an Excel workbook (.xlsx) with one
table, or a CSV file (UTF-8 with a byte-order mark), chosen by the file name's suffix.

Changes are listed oldest first, times in the computer's local time. Text from people and
imported files is written so that no spreadsheet program takes it for a formula. The file is
built under a temporary name beside the target and replaces it only when complete; rows are
streamed, so a trail of 500,000 changes needs little memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

from accredit_tracker.core.audit_trail import (
    TrailEntry,
    TrailFilter,
    changes_in_order,
    count_changes,
)
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.project import Project
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, STATUS_BY_VALUE
from accredit_tracker.interchange.cell_text import csv_text
from accredit_tracker.interchange.report_columns import (
    FIELD_HEADERS,
    RESULT_LABELS,
    STATUS_LABELS,
    Column,
)
from accredit_tracker.interchange.report_file import (
    ReportError,
    check_target,
    replaced_when_complete,
    written_workbook,
)
from accredit_tracker.interchange.report_sheets import RowProgress, TableSheet, add_report_styles

XLSX_SUFFIX: Final = ".xlsx"
CSV_SUFFIX: Final = ".csv"
SHEET_TITLE: Final = "Audit trail"
WRITING: Final = "Writing the audit trail"
SAVING: Final = "Saving the audit trail"

TRAIL_COLUMNS: Final = (
    Column("When", 19),
    Column("Who", 14),
    Column("Assessment", 18),
    Column("Chapter", 9),
    Column("Measurable element", 16),
    Column("Kind", 13),
    Column("Action", 17),
    Column("Field", 12),
    Column("Old value", 30, wraps=True),
    Column("New value", 30, wraps=True),
    Column("Details", 36, wraps=True),
)
TRAIL_HEADERS: Final = tuple(column.header for column in TRAIL_COLUMNS)
_FIELD_WORDS: Final = {**FIELD_HEADERS, "evidence": "Evidence"}


def write_audit_trail(
    project: Project,
    target: Path,
    *,
    assessment_id: int | None = None,
    wanted: TrailFilter | None = None,
    monitor: TaskMonitor | None = None,
) -> int:
    """Write the changes to ``target`` (.xlsx or .csv); returns how many it lists.

    Every change in the project by default; only those in the assessment ``assessment_id``,
    or those ``wanted`` selects (as the history window filters them), when given. A failure
    or a cancel (``Cancelled`` propagates) leaves an existing ``target`` as it was;
    :class:`ReportError` says why a file cannot be written.
    """
    target = Path(target)
    monitor = monitor or quiet()
    suffix = target.suffix.lower()
    if suffix not in (XLSX_SUFFIX, CSV_SUFFIX):
        raise ReportError(
            f"Cannot write {target.name}: the file name must end in {XLSX_SUFFIX} or {CSV_SUFFIX}."
        )
    check_target(target, suffix)
    wanted = wanted or TrailFilter()
    if assessment_id is not None:
        wanted = replace(wanted, assessment_id=assessment_id)
    with project.session() as session:
        progress = RowProgress(monitor, WRITING, count_changes(session, wanted))
        entries = changes_in_order(session, wanted)
        if suffix == CSV_SUFFIX:
            _write_csv(target, entries, progress)
        else:
            _write_xlsx(target, entries, progress, f"{project.name} — audit trail")
    return progress.done


def _write_csv(target: Path, entries: Iterator[TrailEntry], progress: RowProgress) -> None:
    with (
        replaced_when_complete(target) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerow(TRAIL_HEADERS)
        for entry in entries:
            when, *texts = _values(entry)
            writer.writerow([f"{when.astimezone():%Y-%m-%d %H:%M:%S}", *map(csv_text, texts)])
            progress.row()


def _write_xlsx(
    target: Path, entries: Iterator[TrailEntry], progress: RowProgress, heading: str
) -> None:
    with written_workbook(target, progress.monitor, SAVING) as workbook:
        add_report_styles(workbook)
        sheet = TableSheet(workbook, SHEET_TITLE, "AuditTrail", TRAIL_COLUMNS, heading)
        for entry in entries:
            sheet.append(_values(entry))
            progress.row()
        sheet.finish()


def _values(entry: TrailEntry) -> list[Any]:
    """One change's cells, in the order of :data:`TRAIL_COLUMNS` (the time first, in UTC)."""
    return [
        entry.at,
        entry.user,
        entry.assessment_name,
        entry.chapter_code,
        entry.element_code,
        entry.kind.label,
        entry.action.replace("_", " ").capitalize(),
        _FIELD_WORDS.get(entry.field, entry.field.replace("_", " ")),
        _shown(entry.field, entry.old_value),
        _shown(entry.field, entry.new_value),
        entry.details,
    ]


def _shown(field: str, value: str) -> str:
    """An old or new value as the report shows it: results and statuses by their labels."""
    if field == "result" and value in RESULT_BY_VALUE:
        return RESULT_LABELS[RESULT_BY_VALUE[value]]
    if field == "work_status" and value in STATUS_BY_VALUE:
        return STATUS_LABELS[STATUS_BY_VALUE[value]]
    return value


__all__ = ["CSV_SUFFIX", "TRAIL_HEADERS", "XLSX_SUFFIX", "ReportError", "write_audit_trail"]
