"""The interface in Russian and Uzbek: chosen in the menu and remembered, dates and numbers as
each language writes them, the core's messages translated, and reports written in the
window's language or in English and taken back either way."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker import app
from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.checklist.element_table_model import COL_DUE
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.imports.results_dialog import ResultsImportDialog
from accredit_tracker.ui.main_window import MainWindow
from windows import MakeWindow, checklist, settings_at

RU = ts_translator("ru")
UZ = ts_translator("uz_Latn")


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


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.fixture
def due_dates(clinic: Path) -> Path:
    """The clinic with a due date and two results (a chapter scored 7.5 points)."""
    with open_project(clinic) as project, project.transaction() as session:
        update_elements(
            session,
            [
                ElementChange(1, {"due_date": date(2027, 3, 5), "result": Result.FULLY_MET}),
                ElementChange(2, {"result": Result.PARTIALLY_MET}),
            ],
            user="tester",
        )
    return clinic


def test_the_chosen_language_rebuilds_the_window_and_is_remembered(
    qtbot: QtBot, due_dates: Path, tmp_path: Path
) -> None:
    settings = settings_at(tmp_path)
    window = app.show_main_window(Preferences(settings), due_dates)
    qtbot.addWidget(window)
    checklist(window)
    english = menu_titles(window)

    russian = choose_language(window, "ru", qtbot)
    assert settings.value("ui/language") == "ru"
    assert menu_titles(russian)[0] == RU("MainWindow", "&File") != english[0]
    assert russian.project is not None and russian.project.path == due_dates
    view = checklist(russian)
    assert view.model.index(0, COL_DUE).data() == "05.03.2027"
    assert view.filter_bar.count.text() == RU("FilterBar", "%s of %s") % ("12", "12")
    ratings = [view.tree_model.index(row, 0).data() for row in range(view.tree_model.rowCount())]
    assert any(re.search(r"· \d+,\d$", text) for text in ratings), ratings  # "· 7,8" points

    uzbek = choose_language(russian, "uz_Latn", qtbot)
    assert settings.value("ui/language") == "uz_Latn"
    assert (
        menu_titles(uzbek)[0]
        == UZ("MainWindow", "&File")
        not in (english[0], RU("MainWindow", "&File"))
    )
    assert checklist(uzbek).model.index(0, COL_DUE).data() == "05/03/2027"

    # The next start reads the choice back.
    reread = Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert reread.language == "uz_Latn"


def test_messages_from_the_core_arrive_in_the_window_language(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_project = tmp_path / "notes.accredit"
    not_a_project.write_text("minutes of the quality committee")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    window = make_window()
    window.open_path(not_a_project)
    apply_language("ru")
    window.open_path(not_a_project)
    english, russian = said
    assert russian != english
    assert any("а" <= char <= "я" for char in russian.lower())


def test_reports_are_written_in_the_window_language_or_english_and_both_come_back(
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    apply_language("ru")
    window: MainWindow = make_window()
    window.open_path(clinic)
    checklist(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)

    def export(target: Path) -> list[str]:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
        window.insight_actions.report_action.trigger()
        return load_workbook(target).sheetnames

    russian = tmp_path / "отчёт.xlsx"
    assert RU("Report", "Elements") in export(russian)
    window.preferences.exports_in_english = True
    english = tmp_path / "report.xlsx"
    assert "Elements" in export(english)

    # An officer marks one element "not met" in each, in the file's own language.
    for path, sheet, header, word in (
        (russian, RU("Report", "Elements"), RU("Report", "Result"), RU("Result", "Not met")),
        (english, "Elements", "Result", "Not met"),
    ):
        book = load_workbook(path)
        elements = book[sheet]
        column = [cell.value for cell in elements[1]].index(header) + 1
        row = 2 if path == russian else 3
        elements.cell(row=row, column=column, value=word)
        book.save(path)

    planned: list[int] = []

    def preview(dialog: ResultsImportDialog) -> int:
        planned.append(len(dialog.plan.changes))
        return 1

    monkeypatch.setattr(ResultsImportDialog, "exec", preview)
    for path in (russian, english):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, p=path, **_k: (str(p), ""))
        window.import_actions.take_back_action.trigger()
    assert planned == [1, 1]
    with open_project(clinic) as project, project.session() as session:
        results = [row.result for row in element_rows(session, 1)]
    assert results.count(Result.NOT_MET) == 2
