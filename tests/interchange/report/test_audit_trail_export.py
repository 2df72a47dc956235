"""The audit trail exported for auditors: an Excel table or a CSV file, safe against formulas,
written whole or not at all."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker.core.audit.chain import chain_head
from accredit_tracker.core.audit.trail import TrailFilter
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.interchange.report.audit_trail import (
    TRAIL_HEADERS,
    ReportError,
    write_audit_trail,
)
from accredit_tracker.interchange.report.sheets import RowProgress
from trail_history import FORMULA_NOTE, History, known_history


@pytest.fixture
def history(project_target: Path | str, tmp_path: Path) -> Iterator[History]:
    with known_history(project_target, tmp_path) as made:
        yield made


def test_the_workbook_holds_one_table_of_every_change_oldest_first(
    history: History, tmp_path: Path
) -> None:
    target = tmp_path / "trail.xlsx"
    written = write_audit_trail(history.project, target)
    book = load_workbook(target)
    assert book.sheetnames == ["Audit trail"]
    sheet = book["Audit trail"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert tuple(rows[0]) == TRAIL_HEADERS
    assert written == len(rows) - 1 == 13
    assert rows[1][TRAIL_HEADERS.index("Action")] == "Create project"
    by_header = [dict(zip(TRAIL_HEADERS, row, strict=True)) for row in rows[1:]]
    result = next(r for r in by_header if r["Who"] == "ana" and r["Field"] == "Result")
    assert (result["Assessment"], result["Chapter"], result["Measurable element"]) == (
        "Mock survey", "C0", "C0.1 ME 1"
    )  # fmt: skip
    assert (result["Old value"], result["New value"], result["Kind"]) == (
        "Not assessed", "Fully met", "Result"
    )  # fmt: skip
    assert sheet.freeze_panes == "A2"
    assert sheet.tables["AuditTrail"].ref == "A1:K14"
    with history.project.session() as session:
        head = chain_head(session)
    # printed at the foot of every page: the whole trail's hash chain head
    assert sheet.oddFooter.left.text == (
        f"Audit trail of {head.rows} changes; hash chain head {head.hash}"
    )


def test_a_note_that_looks_like_a_formula_stays_text_in_the_workbook(
    history: History, tmp_path: Path
) -> None:
    target = tmp_path / "trail.xlsx"
    write_audit_trail(history.project, target)
    sheet = load_workbook(target)["Audit trail"]
    column = TRAIL_HEADERS.index("New value") + 1
    cells = [row[column - 1] for row in sheet.iter_rows(min_row=2)]
    formula = next(c for c in cells if c.value == FORMULA_NOTE)
    assert formula.data_type == "s"


def test_the_csv_has_a_byte_order_mark_and_defuses_formulas(
    history: History, tmp_path: Path
) -> None:
    target = tmp_path / "trail.csv"
    written = write_audit_trail(history.project, target, assessment_id=history.mock_id)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfWhen,Who,Assessment,")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    with history.project.session() as session:
        head = chain_head(session)
    # the last line: the whole trail's hash chain head, as Verify shows it
    assert rows.pop() == [f"Audit trail of {head.rows} changes; hash chain head {head.hash}"]
    assert tuple(rows[0]) == TRAIL_HEADERS
    assert written == len(rows) - 1 == 5
    assert {row[2] for row in rows[1:]} == {"Mock survey"}
    assert "'" + FORMULA_NOTE in [row[TRAIL_HEADERS.index("New value")] for row in rows]
    assert rows[-1][0].startswith("2024-03-1")  # local time, to the second
    assert len(rows[-1][0]) == len("2024-03-11 12:00:00")


def test_a_filter_limits_the_export_to_what_it_selects(history: History, tmp_path: Path) -> None:
    target = tmp_path / "bob.csv"
    written = write_audit_trail(history.project, target, wanted=TrailFilter(user="bob"))
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))[:-1]
    assert written == 2
    assert [row[1] for row in rows[1:]] == ["bob", "bob"]


def test_another_file_type_is_refused_with_a_clear_message(
    history: History, tmp_path: Path
) -> None:
    with pytest.raises(ReportError, match=r"trail\.ods: the file name must end in \.xlsx or \.csv"):
        write_audit_trail(history.project, tmp_path / "trail.ods")
    assert not (tmp_path / "trail.ods").exists()


@pytest.mark.parametrize("name", ["trail.xlsx", "trail.csv"])
def test_a_cancelled_export_leaves_the_earlier_file_as_it_was(
    history: History,
    tmp_path: Path,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(RowProgress, "every", 3)
    target = tmp_path / name
    target.write_bytes(b"last month's export")
    reported: list[int] = []

    def cancel_once_rows_are_written(_stage: str, done: int, _total: int) -> None:
        reported.append(done)
        if done:
            monitor.cancel()

    monitor = TaskMonitor(cancel_once_rows_are_written)
    with pytest.raises(Cancelled):
        write_audit_trail(history.project, target, monitor=monitor)
    assert reported == [0, 3]
    assert target.read_bytes() == b"last month's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
