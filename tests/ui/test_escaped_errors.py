"""An exception that escapes a slot while the application runs: a user error is said in a box,
anything else is logged with its traceback and the box points to the log, never a traceback on
screen."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.logs import log_file, setup_logging
from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.escaped_errors import escaped_errors_shown

RU = ts_translator("ru")


class SurveyLocked(UserError):
    pass


@pytest.fixture
def logging_to_file() -> Iterator[Path]:
    """The application's log file, as the application sets it up."""
    setup_logging()
    yield log_file()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def answer_the_box(qtbot: QtBot, seen: list[str], tries: int = 250) -> None:
    """Poll from the event loop for the visible message box, read it and press its OK button,
    as a person would."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next((b for b in boxes if b.isVisible()), None)
    if box is None:
        if tries:
            QTimer.singleShot(20, lambda: answer_the_box(qtbot, seen, tries - 1))
        return
    seen.append(box.text())
    seen.append(box.detailedText())
    ok = box.button(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def button_that_raises(qtbot: QtBot, error: Exception) -> QPushButton:
    def broken() -> None:
        raise error

    button = QPushButton("Export")
    button.clicked.connect(broken)
    qtbot.addWidget(button)
    button.show()
    return button


def no_box_left() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_points_to_the_log_which_holds_its_traceback(
    qtbot: QtBot, logging_to_file: Path
) -> None:
    button = button_that_raises(qtbot, ZeroDivisionError("chapter weights sum to zero"))
    seen: list[str] = []
    with escaped_errors_shown():
        QTimer.singleShot(0, lambda: answer_the_box(qtbot, seen))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) == 2 and no_box_left())

    text, details = seen
    assert text == (
        f"Something went wrong. Nothing more was changed. The details are in {logging_to_file}."
    )
    assert details == "" and "Traceback" not in text
    logged = logging_to_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last):" in logged
    assert "ZeroDivisionError: chapter weights sum to zero" in logged
    assert "in broken" in logged  # the frame that raised


@pytest.mark.qt_no_exception_capture
def test_the_box_speaks_the_window_language(qtbot: QtBot, logging_to_file: Path) -> None:
    apply_language("ru")
    button = button_that_raises(qtbot, KeyError("chapter"))
    seen: list[str] = []
    with escaped_errors_shown():
        QTimer.singleShot(0, lambda: answer_the_box(qtbot, seen))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) == 2 and no_box_left())
    expected = RU(
        "EscapedErrors", "Something went wrong. Nothing more was changed. The details are in %s."
    )
    assert seen[0] == expected % logging_to_file
    assert "Что-то пошло не так" in seen[0]


@pytest.mark.qt_no_exception_capture
def test_a_user_error_is_said_in_its_own_words(qtbot: QtBot, logging_to_file: Path) -> None:
    message = "Assessment 'Mock survey' is locked; unlock it first."
    button = button_that_raises(qtbot, SurveyLocked(message))
    seen: list[str] = []
    with escaped_errors_shown():
        QTimer.singleShot(0, lambda: answer_the_box(qtbot, seen))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) == 2 and no_box_left())
    assert seen == [message, ""]
    assert "Traceback" not in logging_to_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("how", ["posted to the event loop", "sent from a slot"])
def test_a_user_error_from_an_event_handler_is_said_without_qts_words(
    qtbot: QtBot, how: str
) -> None:
    message = "The evidence file is larger than the 200 MB the preferences allow."

    class DropZone(QPushButton):
        def mousePressEvent(self, event: QMouseEvent) -> None:
            raise SurveyLocked(message)

    zone = DropZone("Drop files here")
    qtbot.addWidget(zone)
    zone.show()
    centre = QPointF(zone.rect().center())
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        centre,
        zone.mapToGlobal(centre),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    seen: list[str] = []
    with escaped_errors_shown():
        QTimer.singleShot(0, lambda: answer_the_box(qtbot, seen))
        if how == "posted to the event loop":
            QApplication.postEvent(zone, press)
        else:  # PySide rewrites the message of an error that comes back through Python
            QTimer.singleShot(0, lambda: QApplication.sendEvent(zone, press))
        qtbot.waitUntil(lambda: len(seen) == 2 and no_box_left())
    assert seen == [message, ""]


@pytest.mark.qt_no_exception_capture
def test_errors_that_repeat_while_the_box_is_up_are_logged_not_stacked(
    qtbot: QtBot, logging_to_file: Path
) -> None:
    button = button_that_raises(qtbot, RuntimeError("repainting a deleted chart"))
    with escaped_errors_shown() as hook:
        for _ in range(3):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert [b.isVisible() for b in boxes if not b.isHidden()] == [True]
        assert hook.box is not None
        qtbot.mouseClick(hook.box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(no_box_left)
    logged = logging_to_file.read_text(encoding="utf-8")
    assert logged.count("RuntimeError: repainting a deleted chart") == 3


def test_the_hook_is_the_previous_one_again_afterwards() -> None:
    import sys

    before = sys.excepthook
    with escaped_errors_shown() as hook:
        assert sys.excepthook is hook
    assert sys.excepthook is before
