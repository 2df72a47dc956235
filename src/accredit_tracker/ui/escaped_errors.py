"""What the user sees when an exception escapes a Qt slot or event handler: a :class:`UserError`
says its message in a warning box; anything else is a bug, written with its traceback to the
log, and the box says only that something went wrong and where the details are."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from accredit_tracker.core.errors import UserError
from accredit_tracker.logs import log_file

log = logging.getLogger(__name__)

# PySide puts this in front of the message of an exception raised in a Python override of a
# Qt virtual method (an event handler); the user is shown the message without it.
_OVERRIDE_PREFIX = re.compile(r"^Error calling Python override of \S+\(\): ")


class EscapedErrorBox:
    """The ``sys.excepthook`` of the running application.

    One box at a time: while it is up, further errors (a broken paint event repeats at every
    repaint) are only logged.
    """

    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, traceback)
            return
        if isinstance(error, UserError):
            text = _OVERRIDE_PREFIX.sub("", str(error))
            log.warning("Not done: %s", text)
        else:
            log.error("Unexpected error", exc_info=(kind, error, traceback))
            text = (
                QCoreApplication.translate(
                    "EscapedErrors",
                    "Something went wrong. Nothing more was changed. The details are in %s.",
                )
                % log_file()
            )
        if self.box is None:
            self._show(text)

    def _show(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("EscapedErrors", "Accredit Tracker"),
            text,
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setObjectName("escapedErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: self._closed(box))
        self.box = box
        # Not exec(): a nested event loop inside the hook would run the failing code again
        # before the first error has been answered.
        box.open()

    def _closed(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None


@contextmanager
def escaped_errors_shown() -> Iterator[EscapedErrorBox]:
    """While the block runs, an exception that escapes a Qt slot is shown as above."""
    previous, hook = sys.excepthook, EscapedErrorBox()
    sys.excepthook = hook
    try:
        yield hook
    finally:
        sys.excepthook = previous
