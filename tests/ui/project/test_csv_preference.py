"""Edit → Preferences: the separator of CSV files, by default the one Excel expects where the
window's language is spoken, and the elements CSV written with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.main_window import MainWindow
from accredit_tracker.ui.project.preferences_dialog import PreferencesDialog
from windows import checklist

Window = Any


def export_csv(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Export the elements CSV from the File menu; the file's first line."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    window.insight_actions.csv_action.trigger()
    return target.read_text(encoding="utf-8-sig").splitlines()[0]


def set_in_preferences(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str | None
) -> str:
    """Open Preferences, pick the separator whose data is ``choice`` (None: leave it), press
    OK; what the separator box showed when it opened."""
    shown: list[str] = []

    def answer(dialog: PreferencesDialog) -> int:
        box = dialog.csv_delimiter
        shown.append(box.currentText())
        if choice is not None:
            box.setCurrentIndex(box.findData(choice))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    window.preference_actions.preferences_action.trigger()
    return shown[0]


@pytest.mark.parametrize(
    ("language", "separator", "header"),
    [("en", ",", "Chapter,Standard"), ("ru", ";", "Глава;Стандарт"),
     ("uz_Latn", ";", "Bob;Standart")],
)  # fmt: skip
def test_the_separator_follows_the_window_language_until_one_is_chosen(
    make_window: Window,
    clinic: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    separator: str,
    header: str,
) -> None:
    apply_language(language)
    window = make_window()
    window.open_path(clinic)
    checklist(window)

    shown = set_in_preferences(window, qtbot, monkeypatch, None)
    assert shown.endswith(f"({separator})")
    assert export_csv(window, tmp_path / "first.csv", monkeypatch).startswith(header)

    set_in_preferences(window, qtbot, monkeypatch, "\t")
    assert export_csv(window, tmp_path / "tab.csv", monkeypatch).startswith(
        header.replace(separator, "\t")
    )
    reopened = set_in_preferences(window, qtbot, monkeypatch, "")  # back to the language's
    assert reopened != shown  # the box remembered the tab
    assert export_csv(window, tmp_path / "again.csv", monkeypatch).startswith(header)
