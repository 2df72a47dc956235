"""The history window: filters narrow the changes shown, a double-click shows the element,
Export writes what matches; and the name recorded in the trail, set in Preferences."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from accredit_tracker.core.audit.recording import current_user
from accredit_tracker.core.audit.trail import SHOWN_AT_MOST, TrailEntry
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.demo import create_demo_project
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.insight import audit_trail_dialog
from accredit_tracker.ui.insight.audit_trail_dialog import (
    COL_CHANGE,
    COL_DETAILS,
    COL_ELEMENT,
    COL_KIND,
    AuditTrailDialog,
)
from accredit_tracker.ui.project.preferences_dialog import PreferencesDialog
from trail_history import DAY_4, History, known_history
from windows import MakeWindow, checklist, press


@pytest.fixture
def history(project_path: Path, tmp_path: Path) -> Iterator[History]:
    with known_history(project_path, tmp_path) as made:
        yield made


def open_dialog(qtbot: QtBot, history: History) -> AuditTrailDialog:
    dialog = AuditTrailDialog(history.project, history.mock_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    read(qtbot, dialog)
    return dialog


def read(qtbot: QtBot, dialog: AuditTrailDialog) -> None:
    """Wait until the window has read the changes asked for, and the people and chapters it
    offers (it reads them in the background)."""
    qtbot.waitUntil(lambda: not dialog.reading.busy and not dialog.choices.busy)


def choose(qtbot: QtBot, dialog: AuditTrailDialog, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)
    read(qtbot, dialog)


def shown(dialog: AuditTrailDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_window_lists_every_change_newest_first_with_old_and_new(
    qtbot: QtBot, history: History
) -> None:
    dialog = open_dialog(qtbot, history)
    assert dialog.count.text() == "13 changes"
    assert shown(dialog, COL_ELEMENT)[:2] == ["C0.1 ME 1 (Official survey)"] * 2
    assert shown(dialog, COL_CHANGE)[1] == "Not assessed → Not met"
    assert "Evidence: — → policy.pdf" in shown(dialog, COL_CHANGE)
    assert dialog.table.currentIndex().row() == 0


def test_each_filter_narrows_the_rows_and_the_count(qtbot: QtBot, history: History) -> None:
    dialog = open_dialog(qtbot, history)
    choose(qtbot, dialog, dialog.person, "bob")
    assert dialog.count.text() == "2 changes"
    assert shown(dialog, COL_KIND) == ["Assessment", "Notes"]
    choose(qtbot, dialog, dialog.person, "Anyone")
    choose(qtbot, dialog, dialog.chapter, "C0")
    assert shown(dialog, COL_ELEMENT) == ["C0.1 ME 1 (Official survey)"] * 2 + ["C0.1 ME 1"] * 2
    choose(qtbot, dialog, dialog.kind, "Owner")
    assert (dialog.count.text(), shown(dialog, COL_CHANGE)) == (
        "1 change", ["— → Нигора Усманова"]
    )  # fmt: skip
    choose(qtbot, dialog, dialog.chapter, "Any chapter")
    choose(qtbot, dialog, dialog.kind, "Any kind of change")
    choose(qtbot, dialog, dialog.assessment, "Official survey")
    assert dialog.count.text() == "3 changes"


def test_the_date_filters_apply_only_while_ticked(qtbot: QtBot, history: History) -> None:
    dialog = open_dialog(qtbot, history)
    day = QDate(DAY_4.year, DAY_4.month, DAY_4.day)
    dialog.since.setDate(day)
    dialog.until.setDate(day)
    assert dialog.count.text() == "13 changes"
    assert not dialog.since.isEnabled()
    qtbot.mouseClick(dialog.since_on, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.until_on, Qt.MouseButton.LeftButton)
    read(qtbot, dialog)
    assert dialog.since.isEnabled()
    assert dialog.count.text() == "2 changes"
    assert shown(dialog, COL_KIND) == ["Notes", "Result"]


def test_typed_text_finds_changes_whatever_the_case(qtbot: QtBot, history: History) -> None:
    dialog = open_dialog(qtbot, history)
    qtbot.keyClicks(dialog.text, "GIGIYENASI")
    qtbot.waitUntil(lambda: dialog.count.text() == "1 change")
    assert shown(dialog, COL_CHANGE) == ["— → Qoʻl gigiyenasi tekshirildi"]
    dialog.text.setText("нигора")
    qtbot.waitUntil(lambda: shown(dialog, COL_CHANGE) == ["— → Нигора Усманова"])


def test_a_long_trail_shows_the_newest_and_says_how_many_match(
    qtbot: QtBot, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_trail_dialog, "SHOWN_AT_MOST", 5)
    dialog = open_dialog(qtbot, history)
    assert dialog.model.rowCount() == 5
    assert dialog.count.text() == "showing the newest 5 of 13"


def double_click(qtbot: QtBot, dialog: AuditTrailDialog, row: int) -> None:
    """What a mouse sends: a click (the view remembers the pressed row), then the second one."""
    point = dialog.table.visualRect(dialog.model.index(row, COL_ELEMENT)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_double_clicking_a_change_to_an_element_of_the_assessment_shows_it(
    qtbot: QtBot, history: History
) -> None:
    dialog = open_dialog(qtbot, history)
    entries: list[TrailEntry] = dialog.model.rows
    notes = next(i for i, e in enumerate(entries) if e.user == "bob" and e.field == "notes")
    with qtbot.waitSignal(dialog.element_chosen, timeout=1000) as chosen:
        double_click(qtbot, dialog, notes)
    assert chosen.args == [history.mock["C1.2 ME 1"]]


def test_double_clicking_a_change_elsewhere_shows_nothing(qtbot: QtBot, history: History) -> None:
    dialog = open_dialog(qtbot, history)
    with qtbot.assertNotEmitted(dialog.element_chosen, wait=100):
        double_click(qtbot, dialog, 0)  # in Official survey
        double_click(qtbot, dialog, dialog.model.rowCount() - 1)  # the project's creation


@pytest.mark.parametrize(
    ("chosen", "kind", "written"),
    [("bob.csv", "CSV files (*.csv)", "bob.csv"), ("bob", "Excel workbooks (*.xlsx)", "bob.xlsx")],
)
def test_export_writes_the_changes_that_match_the_filters(
    qtbot: QtBot,
    history: History,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chosen: str,
    kind: str,
    written: str,
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / chosen), kind)
    )
    dialog = open_dialog(qtbot, history)
    choose(qtbot, dialog, dialog.person, "bob")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / written
    assert dialog.message.text() == f"Wrote {written}: 2 changes."
    if target.suffix == ".csv":
        *rows, head = csv.reader(target.read_text(encoding="utf-8-sig").splitlines())
        assert [row[1] for row in rows] == ["Who", "bob", "bob"]
        assert head[0].startswith("Audit trail of ")
    else:
        assert target.read_bytes().startswith(b"PK")


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.xlsx"
    (tmp_path / ".~lock.locked.xlsx#").write_text("someone")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = open_dialog(qtbot, history)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "is open in another program" in warnings[0]
    assert not target.exists()


def test_preferences_offer_the_name_recorded_in_the_audit_trail(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(200, user_name="Dr Karimova")
    qtbot.addWidget(dialog)
    assert dialog.user_name.text() == "Dr Karimova"
    assert dialog.user_name.placeholderText() == current_user()
    dialog.user_name.clear()
    qtbot.keyClicks(dialog.user_name, "Nurse Aziza")
    assert dialog.user_name.text() == "Nurse Aziza"


def test_a_long_trail_is_read_in_the_background_and_shown_page_by_page(
    qtbot: QtBot, history: History
) -> None:
    with history.project.transaction() as session:
        session.execute(
            insert(AuditEvent),
            [
                {"at": datetime(2024, 2, 1, tzinfo=UTC) + timedelta(seconds=n), "user": "clerk",
                 "action": "update_element", "entity": "element_assessment",
                 "entity_id": history.mock["C0.1 ME 1"], "assessment_id": history.mock_id,
                 "field": "notes", "old_value": "", "new_value": f"note {n}"}
                for n in range(30_000)
            ],
        )  # fmt: skip
    dialog = AuditTrailDialog(history.project, history.mock_id)
    qtbot.addWidget(dialog)
    # The window is there at once; the trail arrives after.
    assert dialog.model.rowCount() == 0
    assert dialog.count.text() == "Reading…"
    still_reading: list[bool] = []
    dialog.model.rowsInserted.connect(lambda *_: still_reading.append(dialog.reading.busy))
    dialog.show()
    read(qtbot, dialog)
    assert dialog.model.rowCount() == SHOWN_AT_MOST
    assert len(still_reading) > 1 and still_reading[0]  # several pages, the first one early
    assert dialog.count.text() == f"showing the newest 5,000 of {30_000 + 13:,}"
    assert shown(dialog, COL_CHANGE)[:2] == ["— → note 29999", "— → note 29998"]  # newest first

    # A filter chosen while the trail is still being read replaces what was asked: nothing
    # of the first read is left in the table.
    again = AuditTrailDialog(history.project, history.mock_id)
    qtbot.addWidget(again)
    again.show()
    again.text.setText("note 2")
    again.refresh()  # as the text's pause would, before the first read is done
    read(qtbot, again)
    assert again.count.text() == "showing the newest 5,000 of 11,111"
    assert shown(again, COL_CHANGE)[:2] == ["— → note 29999", "— → note 29998"]
    assert all("note 2" in change for change in shown(again, COL_CHANGE))
    again.text.clear()
    choose(qtbot, again, again.person, "bob")
    assert again.count.text() == "2 changes"
    assert shown(again, COL_KIND) == ["Assessment", "Notes"]


def test_details_read_as_sentences_under_the_menu_s_title(qtbot: QtBot, history: History) -> None:
    dialog = open_dialog(qtbot, history)
    assert dialog.windowTitle() == "Audit trail"
    details = shown(dialog, COL_DETAILS)
    assert "“policy.pdf” linked to C1.2 ME 1 as evidence." in details
    assert "Evidence file “policy.pdf” (500 bytes) added to the project." in details
    assert "Result of C0.1 ME 1 set to Not met (was Not assessed)." in details
    assert any(
        d.startswith("Assessment “Official survey” created: self-assessment") for d in details
    )
    for text in details:
        assert "{" not in text and "kind=" not in text and "jci_points" not in text, text


def test_an_undo_in_the_window_is_labelled_undo_in_the_trail(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "1")
    window.undo_stack.undo()
    window.insight_actions.trail_action.trigger()
    dialog = window.side_windows["audit_trail"]
    assert isinstance(dialog, AuditTrailDialog)
    read(qtbot, dialog)
    assert shown(dialog, COL_DETAILS)[:2] == [
        "Undo: Result of C0.1 ME 1 set to Not assessed (was Fully met).",
        "Result of C0.1 ME 1 set to Fully met (was Not assessed).",
    ]


def test_the_sentences_are_in_the_window_s_language(qtbot: QtBot, history: History) -> None:
    apply_language("ru")
    try:
        dialog = open_dialog(qtbot, history)
        title, details = dialog.windowTitle(), shown(dialog, COL_DETAILS)
    finally:
        apply_language("en", QLocale("en_US"))  # the tests after this one read English
    assert title == "Журнал аудита"
    assert "«policy.pdf» привязан к C1.2 ME 1 как доказательство." in details
    assert "C0.1 ME 1: поле «Результат» — Не выполнено (было Не оценено)." in details
    assert "C0.1 ME 1: поле «Заметки» — «Qoʻl gigiyenasi tekshirildi»." in details


def test_a_corrective_action_s_change_reads_in_russian_with_the_room_to_read_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with create_demo_project(tmp_path / "demo.accredit", user="officer") as project:
        apply_language("ru")
        try:
            dialog = AuditTrailDialog(project, None)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            read(qtbot, dialog)
            details, change = shown(dialog, COL_DETAILS), shown(dialog, COL_CHANGE)
        finally:
            apply_language("en", QLocale("en_US"))
        assert any(
            text.startswith("Статус мероприятия ")
            and text.endswith(": В работе (было Запланировано).")
            for text in details
        ), details
        assert "Статус: Запланировано → В работе" in change
        assert not any("_" in text for text in change + details)
        # The sentence has the widest column and two lines a row.
        widths = [dialog.table.columnWidth(c) for c in range(dialog.model.columnCount())]
        assert max(widths) == widths[COL_DETAILS]
        lines = dialog.table.fontMetrics().lineSpacing()
        assert dialog.table.wordWrap() and dialog.table.rowHeight(0) >= 2 * lines
