"""The evidence library: every file in the project, filterable, with the elements each one
supports and a preview; it opens a file in its own program and links it to the elements
selected in the checklist. It is also the picker that links files already in the project to
an element."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.evidence.attachments import EvidenceError, delete_evidence
from accredit_tracker.core.evidence.file_types import type_label
from accredit_tracker.core.evidence.queries import LibraryRow, evidence_library, format_size
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.locale_text import date_text
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.palette import BAD_NEWS
from accredit_tracker.ui.common.read_only_table import SelectionMode, set_up_read_only
from accredit_tracker.ui.evidence.preview import EvidencePreview

LinkToSelection = Callable[[LibraryRow], bool]
"""Links a file to the elements selected in the checklist (one audited, undoable change);
False when nothing was linked."""

_ELEMENT_ROLE = Qt.ItemDataRole.UserRole + 1


MAX_COLUMN_WIDTH = 220  # pixels: one file supporting many elements does not hog the table


class LibraryModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_library(self, rows: list[LibraryRow], today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("File"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("Review by"),
            self.tr("Added"),
            self.tr("Supports"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 5):
            return row.description or None if column == 0 else ", ".join(row.element_codes())
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.is_expired(self.today):
            return QBrush(BAD_NEWS)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return type_label(row.media_type)
        if column == 2:
            return format_size(row.size)
        if column == 3:
            return date_text(row.review_date) if row.review_date else ""
        if column == 4:
            return f"{date_text(row.added_at.astimezone())} {row.added_by}"
        codes = row.element_codes()
        if not codes:
            return self.tr("no element")
        return ", ".join(codes[:3]) + (
            self.tr(" and %s more") % (len(codes) - 3) if len(codes) > 3 else ""
        )


class EvidenceLibraryDialog(QDialog):
    """Browse every evidence file; with ``picking`` the dialog returns the chosen files.

    :attr:`element_chosen` asks the checklist to show an element (an element assessment id of
    ``assessment_id``) that the selected file supports. Given a ``user``, the library can
    remove a file from the project; :attr:`evidence_removed` then names the element
    assessments that lost it.
    """

    element_chosen = Signal(int)
    evidence_removed = Signal(object)  # list[int]

    def __init__(
        self,
        project: Project,
        assessment_id: int,
        parent: QWidget | None = None,
        *,
        picking: str | None = None,
        user: str | None = None,
        link_to_selection: LinkToSelection | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.link_to_selection = link_to_selection
        self.assessment_id = assessment_id
        self.setObjectName("evidenceLibrary")
        self.setWindowTitle(
            self.tr("Link evidence to %s") % picking if picking else self.tr("Evidence library")
        )

        self.text = QLineEdit()
        self.text.setObjectName("libraryText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Find in name and description"))
        self.media_type = QComboBox()
        self.media_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.media_type.setMinimumContentsLength(14)
        self.expired = QCheckBox(self.tr("Expired"))
        self.review_due = QCheckBox(self.tr("Review due within"))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.unlinked = QCheckBox(self.tr("Unlinked"))
        self.unlinked.setToolTip(self.tr("Files that support no element"))
        self.count = QLabel()
        filters = QHBoxLayout()
        self.text.setMinimumWidth(220)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.media_type)
        for widget in (self.expired, self.review_due, self.days, self.unlinked, self.count):
            filters.addWidget(widget)
        self.text.textChanged.connect(lambda _t: self.refresh())
        self.media_type.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.expired, self.review_due, self.unlinked):
            box.toggled.connect(lambda _c: self.refresh())
        self.days.valueChanged.connect(lambda _v: self._refresh_if(self.review_due.isChecked()))

        self.model = LibraryModel(self)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        set_up_read_only(
            self.table,
            SelectionMode.ExtendedSelection if picking else SelectionMode.SingleSelection,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.supports = QListWidget()
        self.supports.setObjectName("librarySupports")
        self.supports.itemActivated.connect(self._jump)
        self.show_button = QPushButton(self.tr("Show in checklist"))
        self.show_button.clicked.connect(lambda: self._jump(self.supports.currentItem()))
        self.supports.currentItemChanged.connect(lambda *_: self._enable_jump())
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Elements this file supports")))
        side_layout.addWidget(self.supports, 1)
        side_layout.addWidget(self.show_button)
        self.preview = EvidencePreview(project)
        side_layout.addWidget(QLabel(self.tr("Preview")))
        side_layout.addWidget(self.preview, 3)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 340])
        self.message = QLabel()
        self.message.setObjectName("libraryMessage")
        self.message.setWordWrap(True)

        if picking:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.link_button = buttons.addButton(
                self.tr("Link to element"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.accepted.connect(self.accept)
            self.table.doubleClicked.connect(lambda _i: self.accept())
            self.table.selectionModel().selectionChanged.connect(
                lambda *_: self.link_button.setEnabled(bool(self.chosen()))
            )
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.open_button = buttons.addButton(
                self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.open_button.setToolTip(self.tr("Open the file in its own program"))
            self.open_button.clicked.connect(self.open_current)
            if link_to_selection is not None:
                self.link_selected_button = buttons.addButton(
                    self.tr("Link to selected elements"), QDialogButtonBox.ButtonRole.ActionRole
                )
                self.link_selected_button.setToolTip(
                    self.tr("Link the file to the elements selected in the checklist")
                )
                self.link_selected_button.clicked.connect(self.link_current)
            if user is not None:
                self.remove_button = buttons.addButton(
                    self.tr("Remove from project…"), QDialogButtonBox.ButtonRole.ActionRole
                )
                self.remove_button.clicked.connect(self._remove)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1100, 600)
        self._fill_types()
        self.refresh()
        self._fit_columns()
        if picking:
            self.link_button.setEnabled(bool(self.chosen()))
        self.text.setFocus()

    def _fit_columns(self) -> None:
        """Each column as wide as its title and the first rows ask (a Russian title is half as
        long again as the English one), within reason; the file's name has the rest."""
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            least = 60 if column == 2 else 110
            wanted = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(max(wanted, least), MAX_COLUMN_WIDTH))

    def _fill_types(self) -> None:
        rows = self.project.read(evidence_library, today=date.today())
        self.media_type.addItem(self.tr("Any type"), None)
        if any(r.media_type.startswith("image/") for r in rows):
            self.media_type.addItem(self.tr("Any image"), "image")
        for media_type in sorted({r.media_type for r in rows}, key=type_label):
            self.media_type.addItem(type_label(media_type), media_type)

    def refresh(self) -> None:
        today = date.today()
        rows = self.project.read(
            evidence_library,
            today=today,
            text=self.text.text() or None,
            media_type=self.media_type.currentData(),
            expired_on=today if self.expired.isChecked() else None,
            review_within_days=self.days.value() if self.review_due.isChecked() else None,
            unlinked_only=self.unlinked.isChecked(),
        )
        self.model.set_library(rows, today)
        self.count.setText(self.tr("%Ln file(s)", "", len(rows)))
        if rows:
            # Through the selection model: selectRow() would follow whatever modifier keys
            # happen to be held and might toggle the row off.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_current()

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.user is None:
            return
        row = self.model.rows[index.row()]
        uses = (
            self.tr("It supports %s elements; they lose it too.") % len(row.supports)
            if row.supports
            else self.tr("It supports no element.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence"),
            self.tr("Remove “%s” (%s) from the project? %s This cannot be undone.")
            % (row.name, format_size(row.size), uses),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.project.transaction() as session:
                delete_evidence(session, row.id, user=self.user)
        except (EvidenceError, AccessRefused) as error:
            QMessageBox.warning(self, self.tr("Evidence not removed"), str(error))
            return
        self.evidence_removed.emit([s.element_assessment_id for s in row.supports])
        self.refresh()

    def _refresh_if(self, needed: bool) -> None:
        if needed:
            self.refresh()

    def chosen(self) -> list[LibraryRow]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def current(self) -> LibraryRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_current(self) -> None:
        self._show_supports()
        row = self.current()
        if row is None:
            self.preview.clear()
        else:
            self.preview.show_file(row)

    def open_current(self) -> bool:
        """Open a temporary copy of the current file with the system's program for its type."""
        row = self.current()
        if row is None:
            return False
        try:
            copy = self.preview.copy_of(row)
        except (EvidenceError, OSError) as error:
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(error))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.warning(
                self,
                self.tr("Cannot open the file"),
                self.tr("No application is set up to open “%s”. A copy is at:\n%s")
                % (row.name, copy),
            )
            return False
        return True

    def link_current(self) -> bool:
        """Link the current file to the elements selected in the checklist."""
        row = self.current()
        if row is None or self.link_to_selection is None:
            return False
        if not self.link_to_selection(row):
            return False
        current = row.id
        self.refresh()
        self._select(current)
        self.message.setText(self.tr("Linked %s to the selected elements.") % row.name)
        return True

    def _select(self, evidence_id: int) -> None:
        for number, shown in enumerate(self.model.rows):
            if shown.id == evidence_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _show_supports(self) -> None:
        self.supports.clear()
        index = self.table.currentIndex()
        if index.isValid():
            for element in self.model.rows[index.row()].supports:
                here = element.assessment_id == self.assessment_id
                text = element.code if here else f"{element.code} ({element.assessment_name})"
                item = QListWidgetItem(text)
                item.setData(_ELEMENT_ROLE, element.element_assessment_id if here else None)
                if not here:
                    item.setToolTip(self.tr("In another assessment"))
                self.supports.addItem(item)
        self._enable_jump()

    def _enable_jump(self) -> None:
        item = self.supports.currentItem()
        self.show_button.setEnabled(item is not None and item.data(_ELEMENT_ROLE) is not None)

    def _jump(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(_ELEMENT_ROLE) is not None:
            self.element_chosen.emit(int(item.data(_ELEMENT_ROLE)))
