"""The element table header's context menu: show or hide each column, move the one clicked
left or right, show one or two lines of each element's text, and go back to the first layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu

from accredit_tracker.ui.checklist.element_table_model import (
    COL_CHANGED,
    COL_CODE,
    COL_DEPARTMENT,
    COL_NOTES,
    COL_TEXT,
)

ALWAYS_SHOWN = (COL_CODE, COL_TEXT)
"""Without the code and the element's text a row means nothing."""
FIRST_HIDDEN = (COL_CHANGED, COL_DEPARTMENT, COL_NOTES)
"""Columns hidden until asked for: the element's text needs the room on a laptop screen."""


def column_menu(
    header: QHeaderView,
    clicked: int,
    *,
    two_lines: bool,
    set_two_lines: Callable[[bool], None],
    reset: Callable[[], None],
) -> QMenu:
    """The menu for a right click on ``clicked`` (a logical column, or -1 off the sections)."""
    menu = QMenu(header)
    menu.setObjectName("columnMenu")
    model = header.model()
    for visual in range(header.count()):
        column = header.logicalIndex(visual)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        action = menu.addAction(title)
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column not in ALWAYS_SHOWN)
        action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
    menu.addSeparator()
    if clicked >= 0:
        visual = header.visualIndex(clicked)
        left = menu.addAction(QCoreApplication.translate("ColumnMenu", "Move column left"))
        left.setEnabled(visual > 0)
        left.triggered.connect(lambda: header.moveSection(visual, visual - 1))
        right = menu.addAction(QCoreApplication.translate("ColumnMenu", "Move column right"))
        right.setEnabled(visual < header.count() - 1)
        right.triggered.connect(lambda: header.moveSection(visual, visual + 1))
        menu.addSeparator()
    lines = menu.addAction(QCoreApplication.translate("ColumnMenu", "Two lines of element text"))
    lines.setCheckable(True)
    lines.setChecked(two_lines)
    lines.toggled.connect(set_two_lines)
    menu.addAction(QCoreApplication.translate("ColumnMenu", "Reset columns")).triggered.connect(
        reset
    )
    return menu


def show_column_menu(header: QHeaderView, position: QPoint, **choices: object) -> None:
    """Open the menu where the header was right-clicked."""
    menu = column_menu(header, header.logicalIndexAt(position), **choices)  # type: ignore[arg-type]
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(header.mapToGlobal(position))
