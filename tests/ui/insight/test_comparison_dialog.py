"""The comparison window: chapters then and now, elements filtered by change and text, a
double-click shows the element in the later assessment, Export writes the workbook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.insight.comparison_dialog import (
    COL_CHANGE,
    COL_CODE,
    COL_NOW,
    COL_THEN,
    ComparisonDialog,
)
from comparison_survey import NEW_CODE, REMOVED_CODE, Surveys, two_surveys

ALL_COUNTS = "improved 1, regressed 1, unchanged 5, changed 3, new 1, removed 1"


@pytest.fixture
def surveys(project_path: Path) -> Iterator[Surveys]:
    with two_surveys(project_path) as made:
        yield made


def open_dialog(qtbot: QtBot, surveys: Surveys) -> ComparisonDialog:
    dialog = ComparisonDialog(surveys.project, surveys.official_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    worked_out(qtbot, dialog)
    return dialog


def worked_out(qtbot: QtBot, dialog: ComparisonDialog) -> None:
    """Wait until the window has compared and filtered (it does so in the background)."""
    qtbot.waitUntil(lambda: not dialog.reading.busy and not dialog.filtering.busy)


def choose(qtbot: QtBot, dialog: ComparisonDialog, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)
    worked_out(qtbot, dialog)


def codes(dialog: ComparisonDialog) -> list[str]:
    model = dialog.element_model
    return [model.index(row, COL_CODE).data() for row in range(model.rowCount())]


def test_the_window_compares_with_the_assessment_before_by_chapter(
    qtbot: QtBot, surveys: Surveys
) -> None:
    dialog = open_dialog(qtbot, surveys)
    assert (dialog.earlier.currentText(), dialog.later.currentText()) == (
        "Mock survey", "Official survey"
    )  # fmt: skip
    model = dialog.chapter_model
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert rows == [
        ["C0", "Chapter 0", "6.6", "8.3", "+1.7"],
        ["C1", "Chapter 1", "—", "0.0", "—"],
        ["Overall", "", "6.6", "6.2", "-0.4"],
    ]
    better = model.index(0, COL_CHANGE).data(Qt.ItemDataRole.ForegroundRole)
    worse = model.index(2, COL_CHANGE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(better, QBrush) and isinstance(worse, QBrush)
    assert better.color() != worse.color()
    assert dialog.summary.text() == f"12 elements: {ALL_COUNTS}"
    assert dialog.profile_note.isHidden()


def test_the_filters_narrow_the_elements_and_the_summary_says_so(
    qtbot: QtBot, surveys: Surveys
) -> None:
    dialog = open_dialog(qtbot, surveys)
    choose(qtbot, dialog, dialog.change, "Changed")
    assert codes(dialog) == ["C0.2 ME 2", "C0.3 ME 2", "C1.1 ME 1"]
    assert dialog.summary.text() == f"showing 3 of 12 elements: {ALL_COUNTS}"
    qtbot.keyClicks(dialog.text, "c1.")
    worked_out(qtbot, dialog)
    assert codes(dialog) == ["C1.1 ME 1"]
    choose(qtbot, dialog, dialog.change, "All changes")
    assert codes(dialog) == [f"C1.{s} ME {e}" for s in (1, 2) for e in (1, 2)] + [
        NEW_CODE, REMOVED_CODE
    ]  # fmt: skip
    dialog.text.clear()
    worked_out(qtbot, dialog)
    choose(qtbot, dialog, dialog.change, "Removed")
    model = dialog.element_model
    assert [model.index(0, c).data() for c in (COL_CODE, COL_THEN, COL_NOW)] == [
        REMOVED_CODE, "Not assessed", "(not there)"
    ]  # fmt: skip


def test_choosing_other_assessments_compares_them(qtbot: QtBot, surveys: Surveys) -> None:
    dialog = open_dialog(qtbot, surveys)
    choose(qtbot, dialog, dialog.earlier, "Official survey")
    choose(qtbot, dialog, dialog.later, "Mock survey")
    choose(qtbot, dialog, dialog.change, "Improved")
    assert codes(dialog) == ["C0.1 ME 2"]
    assert dialog.chapter_model.index(0, COL_CHANGE).data() == "-1.7"


def double_click(qtbot: QtBot, dialog: ComparisonDialog, row: int) -> None:
    table = dialog.elements
    point = table.visualRect(dialog.element_model.index(row, COL_CODE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_double_clicking_an_element_shows_it_in_the_later_assessment(
    qtbot: QtBot, surveys: Surveys
) -> None:
    dialog = open_dialog(qtbot, surveys)
    choose(qtbot, dialog, dialog.change, "Regressed")
    with qtbot.waitSignal(dialog.element_chosen, timeout=1000) as chosen:
        double_click(qtbot, dialog, 0)
    assert chosen.args == [surveys.official["C0.1 ME 2"]]


def test_double_clicking_a_removed_element_shows_nothing(qtbot: QtBot, surveys: Surveys) -> None:
    dialog = open_dialog(qtbot, surveys)
    choose(qtbot, dialog, dialog.change, "Removed")
    with qtbot.assertNotEmitted(dialog.element_chosen, wait=100):
        double_click(qtbot, dialog, 0)


def test_export_writes_the_workbook(
    qtbot: QtBot, surveys: Surveys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "then-and-now"), "")
    )
    dialog = open_dialog(qtbot, surveys)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Wrote then-and-now.xlsx."
    workbook = load_workbook(tmp_path / "then-and-now.xlsx")
    assert workbook.sheetnames == ["Chapters", "Elements"]
    assert workbook["Elements"].max_row == 13


def test_the_comparison_is_worked_out_in_the_background_and_filtered_as_asked_meanwhile(
    qtbot: QtBot, surveys: Surveys
) -> None:
    dialog = ComparisonDialog(surveys.project, surveys.official_id)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Reading…"
    assert dialog.element_model.rowCount() == dialog.chapter_model.rowCount() == 0
    dialog.show()
    # Typed before the comparison is there: what arrives is already filtered.
    dialog.text.setText("c0.1")
    choose(qtbot, dialog, dialog.change, "Improved")
    assert codes(dialog) == ["C0.1 ME 1"]
    assert dialog.summary.text() == f"showing 1 of 12 elements: {ALL_COUNTS}"
    assert dialog.chapter_model.rowCount() == 3
