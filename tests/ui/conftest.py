"""GUI test set-up: a message box nobody expected fails the test instead of blocking it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(_parent: object, title: str, text: str, *_args: object) -> None:
        raise AssertionError(f"unexpected message box '{title}': {text}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
