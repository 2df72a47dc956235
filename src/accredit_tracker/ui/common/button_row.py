"""A row of buttons that goes onto two columns when the row is too narrow for all of them, so
that a narrow panel never cuts a button's words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QWidget


class ButtonRow(QWidget):
    """The buttons side by side, sharing the width, while each gets its whole text; otherwise
    two to a line. Its smallest width is that of the two-column layout."""

    def __init__(self, buttons: Sequence[QAbstractButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(len(self.buttons))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for i, button in enumerate(self.buttons):
            self.grid.addWidget(button, i // columns, i % columns)
        for column in range(len(self.buttons)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()

    def _width_in(self, columns: int) -> int:
        """The least width with ``columns`` buttons a line, each as wide as its widest."""
        widest = [0] * columns
        for i, button in enumerate(self.buttons):
            widest[i % columns] = max(widest[i % columns], button.minimumSizeHint().width())
        return sum(widest) + max(self.grid.horizontalSpacing(), 0) * (columns - 1)

    def minimumSizeHint(self) -> QSize:
        columns = min(2, len(self.buttons)) or 1
        lines = -(-len(self.buttons) // columns)
        height = max((b.minimumSizeHint().height() for b in self.buttons), default=0)
        spacing = max(self.grid.verticalSpacing(), 0)
        return QSize(self._width_in(columns), lines * height + spacing * (lines - 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        one_line = len(self.buttons)
        self._place(one_line if event.size().width() >= self._width_in(one_line) else 2)
