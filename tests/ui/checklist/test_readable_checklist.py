"""The checklist keeps its room for the element's text: columns chosen and moved from the
header's menu (Department and Notes among them), two lines of text, and the window's size,
panes and columns kept across a restart and a change of language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu
from pytestqt.qtbot import QtBot

from accredit_tracker import app
from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.demo import create_demo_project
from accredit_tracker.ui.checklist.column_menu import column_menu
from accredit_tracker.ui.checklist.element_table_model import (
    COL_CHANGED,
    COL_DEPARTMENT,
    COL_NOTES,
    COL_OWNER,
    COL_TEXT,
)
from accredit_tracker.ui.checklist.view import ChecklistView
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.main_window import MainWindow
from windows import MakeWindow, checklist, preferences_at

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def choose_language(window: MainWindow, language: str, qtbot: QtBot) -> MainWindow:
    """Pick a language in Edit → Language; the application puts up a new window in it."""
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    [action] = [a for a in menu.actions() if a.data() == language]
    action.trigger()
    rebuilt = app._windows[-1]
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window
    return rebuilt


def menu_of(view: ChecklistView, column: int) -> QMenu:
    return column_menu(
        view.table.horizontalHeader(),
        column,
        two_lines=view.two_lines,
        set_two_lines=view.set_two_lines,
        reset=view.reset_columns,
    )


def entry(menu: QMenu, text: str) -> QAction:
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


@pytest.fixture
def noted(clinic: Path) -> Path:
    with open_project(clinic) as project, project.transaction() as session:
        update_elements(
            session,
            [ElementChange(1, {"department": "Pharmacy", "notes": "Audit due in March"})],
            user="tester",
        )
    return clinic


def test_department_and_notes_columns_are_shown_from_the_header_menu(
    make_window: MakeWindow, noted: Path
) -> None:
    window = make_window()
    window.open_path(noted)
    view = checklist(window)
    header = view.table.horizontalHeader()
    # At first the text has the room; Changed, Department and Notes wait to be asked for.
    assert [header.isSectionHidden(c) for c in (COL_CHANGED, COL_DEPARTMENT, COL_NOTES)] == [
        True,
        True,
        True,
    ]
    menu = menu_of(view, COL_OWNER)
    assert not entry(menu, "Measurable element").isEnabled()  # always shown
    entry(menu, "Department").trigger()
    entry(menu, "Notes").trigger()
    assert not header.isSectionHidden(COL_DEPARTMENT) and not header.isSectionHidden(COL_NOTES)
    assert view.model.index(0, COL_DEPARTMENT).data() == "Pharmacy"
    assert view.model.index(0, COL_NOTES).data() == "Audit due in March"
    before = header.visualIndex(COL_OWNER)
    entry(menu, "Move column left").trigger()
    assert header.visualIndex(COL_OWNER) == before - 1
    # Sorting by Department puts the filled-in one first.
    view.table.sortByColumn(COL_DEPARTMENT, Qt.SortOrder.AscendingOrder)
    assert view.model.row_at(0).department == "Pharmacy"

    reset = menu_of(view, COL_TEXT)
    entry(reset, "Reset columns").trigger()
    assert header.visualIndex(COL_OWNER) == COL_OWNER
    assert header.isSectionHidden(COL_NOTES)


def test_two_lines_of_text_can_be_turned_to_one(make_window: MakeWindow, clinic: Path) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    two = view.table.rowHeight(0)
    assert view.table.wordWrap()
    assert two >= 2 * view.table.fontMetrics().lineSpacing()
    entry(menu_of(view, COL_TEXT), "Two lines of element text").trigger()
    assert not view.table.wordWrap()
    assert view.table.rowHeight(0) < two


def test_columns_panes_and_size_outlive_a_change_of_language(
    qtbot: QtBot, tmp_path: Path, clinic: Path
) -> None:
    preferences = preferences_at(tmp_path)
    window = app.show_main_window(preferences, clinic)  # replaced, and deleted, below
    view = checklist(window)
    window.resize(900, 640)
    qtbot.waitUntil(lambda: view.width() > 850)
    header = view.table.horizontalHeader()
    header.setSectionHidden(COL_NOTES, False)
    header.moveSection(header.visualIndex(COL_OWNER), 2)
    view.setSizes([230, view.width() - 230 - 300, 300])
    sizes = view.sizes()
    entry(menu_of(view, COL_TEXT), "Two lines of element text").trigger()

    # From the system's language to English, which here are the same (the panes' smallest
    # widths follow each language's longest words).
    rebuilt = choose_language(window, "en", qtbot)
    again = checklist(rebuilt)
    assert (rebuilt.width(), rebuilt.height()) == (900, 640)
    assert again.sizes() == sizes
    assert not again.table.horizontalHeader().isSectionHidden(COL_NOTES)
    assert again.table.horizontalHeader().visualIndex(COL_OWNER) == 2
    assert not again.two_lines
    rebuilt.close()
    app._windows.remove(rebuilt)


def test_columns_added_since_the_header_was_saved_start_hidden(
    make_window: MakeWindow, clinic: Path, tmp_path: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    header = view.table.horizontalHeader()
    header.setSectionHidden(COL_CHANGED, False)
    view.save_state(window.preferences)
    window.preferences.settings.remove("checklist/columns")  # as saved before they came
    window.close_project()
    window.open_path(clinic)
    header = checklist(window).table.horizontalHeader()
    assert not header.isSectionHidden(COL_CHANGED)
    assert header.isSectionHidden(COL_DEPARTMENT) and header.isSectionHidden(COL_NOTES)


@pytest.mark.real_display
def test_the_window_fits_the_screen_it_opens_on(qtbot: QtBot, tmp_path: Path) -> None:
    preferences = preferences_at(tmp_path)
    window = app.show_main_window(preferences)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))
    # A size saved on a larger monitor is brought back within this one.
    window.resize(available.width() + 400, available.height() + 300)
    window.close()
    again = app.show_main_window(preferences)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: available.contains(again.frameGeometry()))
    again.close()


def test_a_long_verdict_never_widens_the_window(make_window: MakeWindow, clinic: Path) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    least = window.minimumSizeHint().width()
    assert view.score is not None
    long_reasons = ("не соответствует правилу принятия решения",) * 12
    verdict = replace(view.score.verdict, reasons=long_reasons)
    window.score_label.show_score(replace(view.score, verdict=verdict))
    assert window.minimumSizeHint().width() == least
    assert window.score_label.toolTip() == window.score_label.text()


def test_a_laptop_screen_in_russian_gives_the_element_text_the_room(
    make_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """At 1280 × 720, in Russian (the longest words of the three languages) with the shipped
    translation, the element's text has two fifths of the table, and nothing in the detail
    panel or the chapter tree is cut."""
    demo = tmp_path / "demo.accredit"
    create_demo_project(demo, user="officer").close()
    apply_language("ru", QLocale("ru_RU"))
    window = make_window()
    window.resize(1280, 720)
    assert window.open_path(demo)
    view = checklist(window)
    qtbot.waitUntil(lambda: view.width() > 1200)
    view.table.selectRow(3)
    qtbot.wait(50)  # as on screen: after the layouts have followed the new size

    header = view.table.horizontalHeader()
    assert header.model().headerData(COL_TEXT, Qt.Orientation.Horizontal) == "Измеримый элемент"
    assert header.sectionSize(COL_TEXT) >= 0.4 * view.table.viewport().width()
    owner_title = header.model().headerData(COL_OWNER, Qt.Orientation.Horizontal)
    assert header.model().headerData(COL_OWNER, Qt.Orientation.Horizontal, TOOLTIP) == owner_title

    detail = view.detail
    content = detail.scroll_area.widget()
    assert content is not None
    assert content.width() >= content.minimumSizeHint().width()
    words: list[QAbstractButton | QLabel] = [
        *content.findChildren(QAbstractButton),
        *[label for label in content.findChildren(QLabel) if not label.wordWrap()],
    ]
    assert len(words) > 12
    for widget in words:
        if widget.isVisibleTo(content):
            text = widget.text().replace("&", "")
            assert widget.width() >= widget.fontMetrics().horizontalAdvance(text), text
            assert widget.mapTo(content, widget.rect().topRight()).x() < content.width(), text
    buttons = detail.evidence.add_button, detail.evidence.more_button
    assert all(b.width() >= b.sizeHint().width() for b in buttons)

    # The tree's rows are as tall as their wrapped code, title and figures.
    tree = view.tree
    for row in range(view.tree_model.rowCount()):
        index = view.tree_model.index(row, 0)
        room = tree.visualRect(index)
        needed = tree.fontMetrics().boundingRect(
            0, 0, room.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), str(index.data())
        )
        if room.isValid():
            assert room.height() >= needed.height(), index.data()


def test_the_panes_follow_the_window_until_a_divider_is_moved(
    make_window: MakeWindow, clinic: Path, qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1000, 700)
    window.open_path(clinic)
    view = checklist(window)
    qtbot.waitUntil(lambda: view.width() > 950)
    tree, _, detail = view.sizes()
    window.resize(1500, 700)
    qtbot.waitUntil(lambda: view.width() > 1450)
    # Each side pane takes its share of the wider window, not only the table.
    assert view.sizes()[0] > tree and view.sizes()[2] > detail

    view.moveSplitter(300, 1)  # as the officer drags the tree's divider
    chosen = view.sizes()
    window.resize(1300, 700)
    qtbot.waitUntil(lambda: view.width() <= 1300)
    assert view.sizes()[0] == chosen[0] and view.sizes()[2] == chosen[2]
