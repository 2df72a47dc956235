"""The evidence files of one element, as the detail panel lists them, with their actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.evidence.file_types import type_label
from accredit_tracker.core.evidence.queries import EvidenceRow, format_size
from accredit_tracker.ui.common.button_row import ButtonRow
from accredit_tracker.ui.common.locale_text import date_text, moment_text
from accredit_tracker.ui.common.palette import BAD_NEWS

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files (or folders, which attaching refuses with a message) being dropped."""
    return [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]


class EvidenceList(QWidget):
    """Lists the files and asks for actions through signals; the checklist carries them out.

    Files dropped from the file manager onto the list are offered with :attr:`files_dropped`.
    """

    add_requested = Signal()
    link_requested = Signal()
    paste_requested = Signal()
    open_requested = Signal(int)  # evidence id
    save_requested = Signal(int)
    edit_requested = Signal(int)
    unlink_requested = Signal(int)
    files_dropped = Signal(object)  # list[Path]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.read_only = False
        self.title = QLabel()
        self.files = QTreeWidget()
        self.files.setObjectName("evidenceFiles")
        self.files.setRootIsDecorated(False)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Review by")])
        self.files.setAlternatingRowColors(True)
        self.files.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.files.customContextMenuRequested.connect(self._context_menu)
        self.files.itemDoubleClicked.connect(lambda item, _c: self.open_requested.emit(_id(item)))
        self.files.currentItemChanged.connect(lambda *_: self._enable())
        header = self.files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = _button(self.tr("Add…"))
        self.add_button.setToolTip(
            self.tr("Attach files (Ctrl+Shift+A); you can also drop files here or on a row")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.link_button = _button(self.tr("Link…"))
        self.link_button.setToolTip(
            self.tr("Link a file already in the project to this element (Ctrl+Shift+L)")
        )
        self.link_button.clicked.connect(self.link_requested)
        self.open_button = _button(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open a copy with the system's default application"))
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.open_requested))
        self.more_button = _button(self.tr("More"))
        self.more_menu = QMenu(self)
        self.save_action = self.more_menu.addAction(self.tr("Save as…"))
        self.save_action.triggered.connect(lambda: self._emit_for_current(self.save_requested))
        self.edit_action = self.more_menu.addAction(self.tr("Edit details…"))
        self.edit_action.triggered.connect(lambda: self._emit_for_current(self.edit_requested))
        self.unlink_action = self.more_menu.addAction(self.tr("Unlink from this element"))
        self.unlink_action.triggered.connect(lambda: self._emit_for_current(self.unlink_requested))
        self.more_menu.addSeparator()
        paste = self.more_menu.addAction(self.tr("Paste image as evidence"))
        paste.triggered.connect(self.paste_requested)
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        # In Russian the four do not fit side by side in the panel of a 1280-pixel screen.
        buttons = ButtonRow([self.add_button, self.link_button, self.open_button, self.more_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.show_files([], enabled=False)

    def show_files(
        self,
        rows: list[EvidenceRow],
        *,
        enabled: bool,
        read_only: bool = False,
        today: date | None = None,
    ) -> None:
        """List an element's files (or none, disabled, when no element is shown); when
        ``read_only`` they can be opened and saved but not added, linked, edited or unlinked."""
        today = today or date.today()
        current = self.current_id()
        self.files.clear()
        for row in rows:
            review = date_text(row.review_date) if row.review_date else ""
            item = QTreeWidgetItem([row.name, format_size(row.size), review])
            item.setData(0, _ID_ROLE, row.id)
            item.setToolTip(0, self._tooltip(row))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.is_expired(today):
                item.setForeground(2, QBrush(BAD_NEWS))
                item.setToolTip(2, self.tr("Past its review date"))
            self.files.addTopLevelItem(item)
            if row.id == current:
                self.files.setCurrentItem(item)
        first = self.files.topLevelItem(0)
        if self.files.currentItem() is None and first is not None:
            self.files.setCurrentItem(first)
        self.title.setText(self.tr("Evidence (%s)") % len(rows) if rows else self.tr("Evidence"))
        self.read_only = read_only
        self.files.setEnabled(enabled)
        self.add_button.setEnabled(enabled and not read_only)
        self.link_button.setEnabled(enabled and not read_only)
        self.more_button.setEnabled(enabled)
        self.setAcceptDrops(enabled and not read_only)
        self._enable()

    def current_id(self) -> int | None:
        item = self.files.currentItem()
        return _id(item) if item is not None else None

    def _tooltip(self, row: EvidenceRow) -> str:
        lines = [
            row.name,
            self.tr("%s, %s") % (type_label(row.media_type), format_size(row.size)),
            self.tr("Added %s by %s") % (moment_text(row.added_at), row.added_by),
        ]
        if row.review_date is not None:
            lines.append(self.tr("Review by %s") % date_text(row.review_date))
        if row.description:
            lines.append(row.description)
        if row.link_count > 1:
            lines.append(self.tr("Supports %s elements") % row.link_count)
        lines.append(f"SHA-256 {row.sha256[:16]}…")
        return "\n".join(lines)

    def _enable(self) -> None:
        has_file = self.files.isEnabled() and self.current_id() is not None
        self.open_button.setEnabled(has_file)
        self.save_action.setEnabled(has_file)
        for action in (self.edit_action, self.unlink_action):
            action.setEnabled(has_file and not self.read_only)

    def _emit_for_current(self, signal: Any) -> None:
        evidence_id = self.current_id()
        if evidence_id is not None:
            signal.emit(evidence_id)

    def _context_menu(self, position: QPoint) -> None:
        if self.files.itemAt(position) is not None:
            self.more_menu.exec(self.files.viewport().mapToGlobal(position))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


def _button(text: str) -> QToolButton:
    """A compact text button, sharing its line's width with the others."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def _id(item: QTreeWidgetItem) -> int:
    return int(item.data(0, _ID_ROLE))
