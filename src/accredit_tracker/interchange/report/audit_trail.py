"""The project's audit trail written to a file for auditors: an Excel workbook (.xlsx) with one
table, or a CSV file (UTF-8 with a byte-order mark), chosen by the file name's suffix.

Changes are listed oldest first, times in the computer's local time. Each is told as the sentence
the history window shows, in the current language, an undo said to be one; the values as the
officer knows them (results by their labels); and, last, the data the project recorded, as
JSON, for programs that read the file. The head of the trail's
hash chain (its row count and newest hash) closes the file: in a CSV file as its last line, in
a workbook at the foot of every printed page. Text from people and
imported files is written so that no spreadsheet program takes it for a formula. The file is
built under a temporary name beside the target and replaces it only when complete; rows are
streamed, so a trail of 500,000 changes needs little memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

from accredit_tracker.core.audit.chain import ChainHead, chain_head
from accredit_tracker.core.audit.sentences import field_name, sentence, shown_values
from accredit_tracker.core.audit.trail import (
    ChangeKind,
    TrailEntry,
    TrailFilter,
    changes_in_order,
    count_changes,
)
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.readiness.profiles import profile_names
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.cell_text import csv_text
from accredit_tracker.interchange.report.columns import Column
from accredit_tracker.interchange.report.csv_format import COMMA
from accredit_tracker.interchange.report.sheets import (
    RowProgress,
    TableSheet,
    add_report_styles,
    column_titles,
)
from accredit_tracker.interchange.report.snapshot import snapshot_session
from accredit_tracker.interchange.report.target_file import (
    ReportError,
    cannot_write,
    check_target,
    replaced_when_complete,
    written_workbook,
)

XLSX_SUFFIX: Final = ".xlsx"
CSV_SUFFIX: Final = ".csv"
SHEET_TITLE: Final = QT_TRANSLATE_NOOP("Report", "Audit trail")
WRITING: Final = QT_TRANSLATE_NOOP("progress", "Writing the audit trail")
SAVING: Final = QT_TRANSLATE_NOOP("progress", "Saving the audit trail")

TRAIL_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "When"), 19),
    Column(QT_TRANSLATE_NOOP("Report", "Who"), 14),
    Column(QT_TRANSLATE_NOOP("Report", "Assessment"), 18),
    Column(QT_TRANSLATE_NOOP("Report", "Chapter"), 9),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Kind"), 13),
    Column(QT_TRANSLATE_NOOP("Report", "Change"), 48, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Field"), 12),
    Column(QT_TRANSLATE_NOOP("Report", "Old value"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "New value"), 30, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Recorded data"), 36, wraps=True),
)
TRAIL_HEADERS: Final = tuple(column.header for column in TRAIL_COLUMNS)
"""The headers in English; the file has them in the current language."""

KIND_CONTEXT: Final = "ChangeKind"
"""The translation context of the kinds of change, shared with the app's history window."""


def write_audit_trail(
    project: Project,
    target: Path,
    *,
    assessment_id: int | None = None,
    wanted: TrailFilter | None = None,
    monitor: TaskMonitor | None = None,
    delimiter: str = COMMA,
) -> int:
    """Write the changes to ``target`` (.xlsx or .csv); returns how many it lists.

    A CSV file's fields are separated by ``delimiter`` (see ``csv_format``).

    Every change in the project by default; only those in the assessment ``assessment_id``,
    or those ``wanted`` selects (as the history window filters them), when given. A failure
    or a cancel (``Cancelled`` propagates) leaves an existing ``target`` as it was;
    :class:`ReportError` says why a file cannot be written. Headers and words are written in
    the current language (``with language(...)`` around the call picks one).
    """
    target = Path(target)
    monitor = monitor or quiet()
    suffix = target.suffix.lower()
    if suffix not in (XLSX_SUFFIX, CSV_SUFFIX):
        reason = translate("Report", "the file name must end in {suffix} or {other}.")
        raise cannot_write(target, reason.format(suffix=XLSX_SUFFIX, other=CSV_SUFFIX))
    check_target(target, suffix)
    wanted = wanted or TrailFilter()
    if assessment_id is not None:
        wanted = replace(wanted, assessment_id=assessment_id)
    with snapshot_session(project) as session:
        progress = RowProgress(monitor, WRITING, count_changes(session, wanted))
        head = _chain_words(chain_head(session))
        entries = changes_in_order(session, wanted)
        words = _TrailWords(profile_names(session))
        try:
            if suffix == CSV_SUFFIX:
                _write_csv(target, entries, progress, words, delimiter, head)
            else:
                heading = translate("Report", "{project} — audit trail").format(
                    project=project.name
                )
                _write_xlsx(target, entries, progress, heading, words, head)
        finally:
            # Closed before the session is, also on a cancel or a failure, so that the
            # database cursor the changes stream from is not left open.
            close = getattr(entries, "close", None)
            if close is not None:
                close()
    return progress.done


def _write_csv(
    target: Path,
    entries: Iterator[TrailEntry],
    progress: RowProgress,
    words: _TrailWords,
    delimiter: str,
    head: str,
) -> None:
    with (
        replaced_when_complete(target) as partial,
        partial.open("w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow([csv_text(title) for title in column_titles(TRAIL_COLUMNS)])
        for entry in entries:
            when, *texts = words.values(entry)
            writer.writerow([f"{when.astimezone():%Y-%m-%d %H:%M:%S}", *map(csv_text, texts)])
            progress.row()
        writer.writerow([csv_text(head)])


def _write_xlsx(
    target: Path,
    entries: Iterator[TrailEntry],
    progress: RowProgress,
    heading: str,
    words: _TrailWords,
    head: str,
) -> None:
    with written_workbook(target, progress.monitor, SAVING) as workbook:
        add_report_styles(workbook)
        sheet = TableSheet(workbook, SHEET_TITLE, "AuditTrail", TRAIL_COLUMNS, heading)
        sheet.sheet.oddFooter.left.text = head.replace("&", "&&")
        for entry in entries:
            sheet.append(words.values(entry))
            progress.row()
        sheet.finish()


def _chain_words(head: ChainHead) -> str:
    """The line that closes an export: the whole trail's row count and hash chain head."""
    return translate("Report", "Audit trail of {rows} changes; hash chain head {hash}").format(
        rows=head.rows, hash=head.hash or "—"
    )


class _TrailWords:
    """The words of the rows, with the kinds of change, in the current language."""

    def __init__(self, profiles: Mapping[str, str]) -> None:
        self._kinds = {kind: translate(KIND_CONTEXT, kind.label) for kind in ChangeKind}
        self._profiles = profiles

    def values(self, entry: TrailEntry) -> list[Any]:
        """One change's cells, in the order of :data:`TRAIL_COLUMNS` (the time first, in UTC)."""
        old, new = shown_values(entry, profile_names=self._profiles)
        return [
            entry.at,
            entry.user,
            entry.assessment_name,
            entry.chapter_code,
            entry.element_code,
            self._kinds[entry.kind],
            sentence(entry, profile_names=self._profiles),
            field_name(entry.field) if entry.field else "",
            old,
            new,
            recorded_data(entry),
        ]


def recorded_data(entry: TrailEntry) -> str:
    """The change as the project recorded it, for programs: a JSON object of its action, what
    it changed (entity and id), the field, the old and new values as stored, and the details
    (JSON themselves for some changes, kept as their text)."""
    return json.dumps(
        {
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "field": entry.field,
            "old": entry.old_value,
            "new": entry.new_value,
            "details": entry.details,
        },
        ensure_ascii=False,
    )


__all__ = ["CSV_SUFFIX", "TRAIL_HEADERS", "XLSX_SUFFIX", "ReportError", "write_audit_trail"]
