"""Help → Keyboard shortcuts: every key the checklist window answers to, in one table."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from accredit_tracker.core.i18n import translate
from accredit_tracker.ui.checklist.detail_panel import RESULT_KEYS
from accredit_tracker.ui.common.labels import result_label


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td><b>{key}</b></td><td>{result_label(result)}</td></tr>"
        for result, key in RESULT_KEYS.items()
    )
    QMessageBox.information(
        parent,
        translate("MainWindow", "Keyboard shortcuts"),
        translate(
            "MainWindow",
            "<table cellpadding='3'>"
            "<tr><td><b>↑ ↓</b></td><td>Move through the elements</td></tr>"
            "<tr><td><b>Shift+↑ ↓</b>, <b>Ctrl+A</b></td><td>Select several elements</td></tr>"
            "%s"
            "<tr><td><b>Ctrl+E</b></td><td>Bulk edit the selection</td></tr>"
            "<tr><td><b>Ctrl+Shift+A</b></td><td>Attach files to the selection</td></tr>"
            "<tr><td><b>Ctrl+Shift+V</b></td><td>Paste a screenshot as evidence</td></tr>"
            "<tr><td><b>Ctrl+Shift+L</b></td><td>Link evidence already in the project</td></tr>"
            "<tr><td><b>Ctrl+Shift+E</b></td><td>Evidence library</td></tr>"
            "<tr><td><b>Ctrl+F</b></td><td>Find (filter by text)</td></tr>"
            "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr>"
            "<tr><td><b>Ctrl+I</b></td><td>Import standards</td></tr>"
            "<tr><td><b>Ctrl+Shift+R</b></td><td>Export the audit report</td></tr>"
            "<tr><td><b>Ctrl+Shift+T</b></td><td>Take back results from a report</td></tr>"
            "<tr><td><b>Ctrl+O</b> / <b>Ctrl+N</b></td><td>Open / new project</td></tr>"
            "</table><p>The result keys work when the element table has the focus; "
            "they apply to every selected element.</p>",
        )
        % rows,
    )
