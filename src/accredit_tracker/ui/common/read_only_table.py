"""How the app's read-only tables are set up: whole rows picked, nothing edited in place, no
row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

SelectionMode = QAbstractItemView.SelectionMode


def set_up_read_only(
    table: QTableView,
    selection: SelectionMode = SelectionMode.SingleSelection,
    *,
    word_wrap: bool = False,
) -> None:
    """Make ``table`` a list to read and pick from: a click picks the whole row (one row, or as
    ``selection`` allows), cells cannot be edited, the row-number column is hidden and long
    text is cut rather than wrapped unless ``word_wrap``."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(word_wrap)
