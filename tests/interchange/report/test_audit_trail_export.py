"""The audit trail exported for auditors: an Excel table or a CSV file, safe against formulas,
written whole or not at all."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.audit.chain import chain_head
from accredit_tracker.core.audit.recording import undoing
from accredit_tracker.core.audit.trail import TrailFilter
from accredit_tracker.core.i18n import english, language
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.translations import ts_translator
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
    assert rows[1][TRAIL_HEADERS.index("Change")] == "Project created."
    by_header = [dict(zip(TRAIL_HEADERS, row, strict=True)) for row in rows[1:]]
    result = next(r for r in by_header if r["Who"] == "ana" and r["Field"] == "Result")
    assert (result["Assessment"], result["Chapter"], result["Measurable element"]) == (
        "Mock survey", "C0", "C0.1 ME 1"
    )  # fmt: skip
    assert (result["Old value"], result["New value"], result["Kind"]) == (
        "Not assessed", "Fully met", "Result"
    )  # fmt: skip
    assert result["Change"] == "Result of C0.1 ME 1 set to Fully met (was Not assessed)."
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


def undo_the_owner(history: History) -> None:
    """Edit → Undo of the owner ana gave C0.1 ME 1 in Mock survey."""
    with undoing(), history.project.transaction() as session:
        update_elements(
            session, [ElementChange(history.mock["C0.1 ME 1"], {"owner": ""})], user="ana"
        )


@pytest.mark.parametrize("language_code", ["en", "ru"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_each_change_reads_as_a_sentence_with_the_recorded_data_last(
    history: History, tmp_path: Path, language_code: str, suffix: str
) -> None:
    """In the language asked for (Russian from the shipped translation), each change is the
    sentence the history window shows, an undo says so, and the raw data the project
    recorded closes the row as JSON, so that nothing is lost to a program reading the file."""
    undo_the_owner(history)
    words = english if language_code == "en" else ts_translator(language_code)
    target = tmp_path / f"trail{suffix}"
    with language(words):
        write_audit_trail(history.project, target, delimiter=";")
    if suffix == ".xlsx":
        rows = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]
    else:
        with target.open(encoding="utf-8-sig", newline="") as file:
            *rows, _head = csv.reader(file, delimiter=";")
    titles = [words("Report", header) for header in TRAIL_HEADERS]
    assert rows[0] == titles
    assert titles[-1] == ("Recorded data" if language_code == "en" else "Записанные данные")
    by_title = [dict(zip(TRAIL_HEADERS, row, strict=True)) for row in rows[1:]]
    recorded = [json.loads(row["Recorded data"]) for row in by_title]

    # The result ana set, told in the language, and its raw values kept for programs.
    [result] = [r for r, data in zip(by_title, recorded, strict=True) if data["new"] == "fully_met"]
    told = words("AuditSentence", "{field} of {element} set to {new} (was {old}).").format(
        field=words("Field", "Result"),
        element="C0.1 ME 1",
        new=words("Result", "Fully met"),
        old=words("Result", "Not assessed"),
    )
    assert result["Change"] == told
    assert json.loads(result["Recorded data"]) == {
        "action": "update_element",
        "entity": "element_assessment",
        "entity_id": history.mock["C0.1 ME 1"],
        "field": "result",
        "old": "not_assessed",
        "new": "fully_met",
        "details": "",
    }
    # The undo is labelled, the owner it took away named.
    undo = by_title[-1]
    owner = words("AuditSentence", "“{text}”").format(text="Нигора Усманова")
    cleared = words("AuditSentence", "{field} of {element} cleared (was {old}).").format(
        field=words("Field", "Owner"), element="C0.1 ME 1", old=owner
    )
    assert undo["Change"] == words("AuditSentence", "Undo: {change}").format(change=cleared)
    assert recorded[-1]["details"] == "undo"
    # No raw JSON or internal names where a person reads.
    for row in by_title:
        for title in ("Change", "Field", "Old value", "New value"):
            text = str(row[title] or "")
            assert "{" not in text and "_" not in text, (title, text)
    # The file attached: its size in words, the JSON it was recorded with kept for programs.
    attached = next(r for r in recorded if r["action"] == "attach_evidence" and r["details"])
    assert json.loads(attached["details"])["size"] == 500
