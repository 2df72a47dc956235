"""The Help menu: the keyboard shortcuts list every key the window's commands have, and the
user guide opens beside the checklist in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.checklist.shortcuts_help import shortcuts_table
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.user_guide import UserGuideWindow
from windows import MakeWindow, checklist


def test_the_shortcut_list_has_every_shortcut_the_window_has(
    make_window: MakeWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    window.help_actions.shortcuts_action.trigger()
    [table] = shown
    keys = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
    }
    assert "Ctrl+Shift+H" in keys  # the audit trail's
    assert "Ctrl+Shift+O" in keys  # open a shared project
    for key in keys:
        assert f"<b>{key}" in table or f"/ {key}</b>" in table, key
    assert "<b>Ctrl+Shift+H</b></td><td>Audit trail</td>" in table
    assert "<b>2</b></td><td>Partially met</td>" in table


def test_the_shortcut_list_is_in_the_window_s_language(
    make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    apply_language("ru")
    assert "Ctrl+Shift+H" in shortcuts_table(window)
    assert "Выполнено" in shortcuts_table(window)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "The daily loop"),
        ("ru", "Каждый день"),
        ("uz_Latn", "Har kungi ish"),
    ],
)
def test_the_user_guide_opens_beside_the_checklist_in_the_interface_language(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path, language: str, heading: str
) -> None:
    window = make_window()
    window.preferences.language = language
    window.open_path(clinic)
    checklist(window)
    window.help_actions.guide_action.trigger()
    guide = window.side_windows["user_guide"]
    assert isinstance(guide, UserGuideWindow)
    assert guide.isVisible() and not guide.isModal()
    text = guide.text.toPlainText()
    assert heading in text
    for command in ("Ctrl+Shift+A", "Ctrl+Shift+R", "Ctrl+Shift+T"):
        assert command in text
    window.help_actions.guide_action.trigger()  # once more: still one guide window
    assert list(window.side_windows) == ["user_guide"]


def test_a_status_bar_message_is_not_crowded_out_by_the_score(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    assert window.score_label.isVisible()
    window.statusBar().showMessage("Backup cancelled; nothing was written.", 2000)
    assert not window.score_label.isVisible()  # the message has the bar to itself
    window.statusBar().clearMessage()
    assert window.score_label.isVisible()
