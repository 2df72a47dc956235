"""Help → Keyboard shortcuts: every key the window answers to, in one table: the checklist's
own keys, then each menu command that has a shortcut, read from the menus themselves so that
none is left out, then the Tracers tab's Del on its lists."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from accredit_tracker.core.i18n import translate
from accredit_tracker.ui.checklist.detail_panel import RESULT_KEYS
from accredit_tracker.ui.common.labels import result_label


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, command) for every menu command with a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
            elif action.shortcuts():
                keys = " / ".join(
                    key.toString(QKeySequence.SequenceFormat.NativeText)
                    for key in action.shortcuts()
                )
                found.append((keys, _command(action)))

    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu())  # type: ignore[arg-type]
    return found


def _command(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcuts_table(window: QMainWindow) -> str:
    """The table the box shows, as rich text."""

    def row(keys: str, what: str) -> str:
        return f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"

    rows = [
        row("↑ ↓", translate("MainWindow", "Move through the elements")),
        row("Shift+↑ ↓, Ctrl+A", translate("MainWindow", "Select several elements")),
        *(row(key, result_label(result)) for result, key in RESULT_KEYS.items()),
        *(row(keys, command) for keys, command in menu_shortcuts(window)),
        row(
            QKeySequence(QKeySequence.StandardKey.Delete).toString(
                QKeySequence.SequenceFormat.NativeText
            ),
            translate("MainWindow", "Delete the chosen tracer, finding or action (Tracers tab)"),
        ),
    ]
    note = translate(
        "MainWindow",
        "The result keys work when the element table has the focus; they apply to every "
        "selected element.",
    )
    return f"<table cellpadding='3'>{''.join(rows)}</table><p>{html.escape(note)}</p>"


def show_shortcuts(window: QMainWindow) -> None:
    QMessageBox.information(
        window, translate("MainWindow", "Keyboard shortcuts"), shortcuts_table(window)
    )
