"""The files a dialog will attach when accepted: a short list and a button to add more."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QListWidget, QPushButton, QVBoxLayout, QWidget


class ChosenFiles(QWidget):
    """Files chosen to attach, each once, in the order chosen; ``button`` and ``title`` are
    the Add button's text and its file dialog's title, already in the window's language."""

    def __init__(self, button: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files: list[Path] = []
        self.title = title
        self.list = QListWidget()
        self.list.setMaximumHeight(80)
        add = QPushButton(button)
        add.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(add)

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.list.addItem(path.name)

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.title)
        self.add_files([Path(name) for name in names])
