"""Driving the window on a real X display as a person does: menu items clicked from a running
event loop, and each dialog that comes up read for a moment, then clicked through the window
system (where Qt drops a click that another modal window blocks)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.background import MIN_DURATION_MS
from accredit_tracker.ui.main_window import MainWindow
from windows import checklist

Window = Any

READING_S = MIN_DURATION_MS / 1000 + 0.5  # a person reads a dialog for longer than that delay
GIVE_UP_S = 5.0  # how long a person keeps clicking a dialog that does not react
POLL_MS = 20
UNANSWERED_S = 60.0  # longer than any flow here takes, even on a busy machine


@dataclass
class Answer:
    """What happened when the person answered one dialog."""

    on_top: bool = False  # it was the active modal window when they clicked
    taken: bool = False  # their click reached it and it closed
    stuck: list[str] = field(default_factory=list)  # the dialogs still up when they gave up
    text: str = ""  # what the dialog said when they clicked


def shown_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def described(dialog: QDialog) -> str:
    return f"{type(dialog).__name__} {dialog.windowTitle()!r}: {said(dialog)!r}"


def said(dialog: QDialog) -> str:
    """The text a message box or a progress dialog shows."""
    if isinstance(dialog, QMessageBox):
        return dialog.text()
    if isinstance(dialog, QProgressDialog):
        return dialog.labelText()
    return ""


class DialogsSeen:
    """Notes, from now until :meth:`stop`, the kinds of dialog that come up, in order."""

    def __init__(self) -> None:
        self.kinds: list[str] = []
        self._showing = set(self._by_object())  # those up already are not noted
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(POLL_MS // 2)

    @staticmethod
    def _by_object() -> dict[int, QDialog]:
        # By the C++ object: a box made in C++ gets a new Python wrapper at each look.
        return {shiboken6.getCppPointer(d)[0]: d for d in shown_dialogs()}

    def _look(self) -> None:
        showing = self._by_object()
        for key, dialog in showing.items():
            if key not in self._showing:
                self.kinds.append(type(dialog).__name__)
        self._showing = set(showing)

    def stop(self) -> list[str]:
        self._timer.stop()
        return self.kinds


def click_as_a_person(button: QAbstractButton) -> None:
    """A mouse click that goes through the window system, as a real one does: Qt drops it
    when another modal window blocks the button's window."""
    window = button.window()
    handle = window.windowHandle()
    assert handle is not None
    centre = button.mapTo(window, button.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def answer_when_shown(
    is_it: Callable[[QDialog], bool],
    button: Callable[[Any], QAbstractButton],
    *,
    ready: Callable[[Any], bool] = lambda _dialog: True,
) -> Answer:
    """Wait (from whichever event loop runs) for a dialog ``is_it`` accepts, read it, then
    click ``button`` of it whenever ``ready`` says there is something to act on, until it
    closes; after :data:`GIVE_UP_S` of clicking in vain, close every dialog so that the test
    ends and says what was stuck."""
    answer = Answer()
    started = time.monotonic()
    seen_at: list[float] = []
    clicked_at: list[float] = []

    def look() -> None:
        now = time.monotonic()
        dialog = next((d for d in shown_dialogs() if is_it(d)), None)
        if dialog is None:
            answer.taken = answer.taken or bool(clicked_at)  # it closed after the click
            if seen_at or now - started > 30:
                return
            QTimer.singleShot(POLL_MS, look)
            return
        if not seen_at:
            seen_at.append(now)
        if clicked_at and now - clicked_at[0] > GIVE_UP_S:
            answer.stuck = [described(d) for d in shown_dialogs()]
            for stuck in shown_dialogs():
                stuck.done(0)
            return
        if now - seen_at[0] >= READING_S and ready(dialog):
            answer.on_top = answer.on_top or QApplication.activeModalWidget() is dialog
            if not clicked_at:
                answer.text = said(dialog)
                clicked_at.append(now)
            click_as_a_person(button(dialog))
            if not dialog.isVisible():
                answer.taken = True
                return
        QTimer.singleShot(POLL_MS, look)

    QTimer.singleShot(0, look)
    return answer


def as_from_the_menu(action: QAction) -> None:
    """Trigger ``action`` from a running event loop, as a click on its menu item does; what
    Qt defers to "when control returns to the event loop" then behaves as in the app."""
    as_a_click(action.trigger)


def as_a_click(press: Callable[[], object]) -> None:
    """Run ``press`` (a click on a button, a menu item) from a running event loop, and come
    back once it, and every dialog it ran, has returned. A dialog nobody answers is closed
    after :data:`UNANSWERED_S`, and the test fails saying which, instead of waiting forever."""
    loop = QEventLoop()
    unanswered: list[str] = []

    def close_what_is_left() -> None:
        for dialog in shown_dialogs():
            unanswered.append(described(dialog))
            dialog.done(0)

    watchdog = QTimer()
    watchdog.timeout.connect(close_what_is_left)
    watchdog.start(int(UNANSWERED_S * 1000))

    def run() -> None:
        try:
            press()
        finally:
            loop.quit()

    QTimer.singleShot(0, run)
    loop.exec()
    watchdog.stop()
    assert unanswered == [], "nobody answered these dialogs"


def assert_usable(window: MainWindow, *, still_open: Sequence[QWidget] = ()) -> None:
    """No dialog comes up later, none is modal, and a key typed into the checklist (once a
    person has come back to the main window) sets a result. ``still_open`` are the non-modal
    windows the flow leaves open, as they should stay."""
    QTest.qWait(2 * MIN_DURATION_MS)
    assert [described(d) for d in shown_dialogs() if d not in still_open] == []
    assert QApplication.activeModalWidget() is None
    if not window.isActiveWindow():
        window.activateWindow()
        deadline = time.monotonic() + 5
        while not window.isActiveWindow() and time.monotonic() < deadline:
            QTest.qWait(POLL_MS)
    view = checklist(window)
    view.table.setFocus()
    before = view.current_row()
    assert before is not None and before.result != Result.PARTIALLY_MET
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_2)
    after = view.current_row()
    assert after is not None and after.result == Result.PARTIALLY_MET


def the_button(standard: QMessageBox.StandardButton) -> Callable[[QMessageBox], QAbstractButton]:
    def find(box: QMessageBox) -> QAbstractButton:
        button = box.button(standard)
        assert button is not None
        return button

    return find


def cancel_of(progress: QProgressDialog) -> QAbstractButton:
    """The Cancel button of a progress dialog."""
    button = progress.findChild(QPushButton)
    assert button is not None
    return button


def message(text: str) -> Callable[[QDialog], bool]:
    """A message box that says ``text`` (among other things)."""
    return lambda dialog: isinstance(dialog, QMessageBox) and text in dialog.text()


def progress_dialog(dialog: QDialog) -> bool:
    return isinstance(dialog, QProgressDialog)


def open_window(make_window: Window, project: Path) -> MainWindow:
    window: MainWindow = make_window()
    window.open_path(project)
    checklist(window)
    return window


def save_as(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file dialog answers ``target``: the native file dialog is not what is tested."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


def open_from(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file dialog that asks for a file to read answers ``source``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
