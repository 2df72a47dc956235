"""The two-pane mapping view: a mapping's source library on the left, its target library on
the right, each element with what it is mapped to; below, suggestions for the target elements
nothing maps yet (by code, then by similar text), accepted one by one or all at once. A new
mapping is started empty or imported from a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.crosswalk.mappings import (
    Cited,
    MappingLine,
    add_mapping_rows,
    create_mapping_set,
    mapping_sets,
)
from accredit_tracker.core.crosswalk.matching import (
    BY_CODE,
    MappingPanes,
    PairSuggestion,
    mapping_panes,
)
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.interchange.crosswalk.importer import import_mapping_file
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.palette import CAUTION_BACKGROUND

_UNMAPPED = QBrush(CAUTION_BACKGROUND)


class MappingView(QDialog):
    """Shows one mapping set at a time; every change is saved at once with its audit row."""

    def __init__(self, project: Project, user: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.panes: MappingPanes | None = None
        self.setObjectName("mappingView")
        self.setWindowTitle(self.tr("Mappings between libraries"))
        self.resize(1100, 720)

        self.mapping = QComboBox()
        self.mapping.setObjectName("mappingChoice")
        self.mapping.currentIndexChanged.connect(lambda _i: self._show_mapping())
        self.new_button = QPushButton(self.tr("&New mapping…"))
        self.new_button.setObjectName("newMapping")
        self.new_button.clicked.connect(self.new_mapping)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mapping:")))
        top.addWidget(self.mapping, 1)
        top.addWidget(self.new_button)

        self.source_title = QLabel()
        self.target_title = QLabel()
        self.source_table = _element_table("sourceElements", self.tr("Mapped to"))
        self.target_table = _element_table("targetElements", self.tr("Mapped from"))
        panes = QSplitter(Qt.Orientation.Horizontal)
        for title, table in (
            (self.source_title, self.source_table),
            (self.target_title, self.target_table),
        ):
            pane = QWidget()
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            pane_layout.addWidget(title)
            pane_layout.addWidget(table)
            panes.addWidget(pane)

        self.suggestion_title = QLabel()
        self.suggestions = QTableWidget(0, 5)
        self.suggestions.setObjectName("pairSuggestions")
        self.suggestions.setHorizontalHeaderLabels(
            [
                self.tr("Target element"),
                self.tr("Source element"),
                self.tr("Found by"),
                self.tr("Similarity"),
                self.tr("Relationship"),
            ]
        )
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions.verticalHeader().setVisible(False)
        self.suggestions.horizontalHeader().setStretchLastSection(True)
        self.suggestions.itemSelectionChanged.connect(self._update_buttons)
        self.accept_button = QPushButton(self.tr("&Accept selected"))
        self.accept_button.setObjectName("acceptSelected")
        self.accept_button.clicked.connect(lambda: self.accept_suggestions(every=False))
        self.accept_all_button = QPushButton(self.tr("Accept a&ll"))
        self.accept_all_button.setObjectName("acceptAll")
        self.accept_all_button.clicked.connect(lambda: self.accept_suggestions(every=True))
        suggestion_buttons = QHBoxLayout()
        suggestion_buttons.addWidget(self.suggestion_title, 1)
        suggestion_buttons.addWidget(self.accept_button)
        suggestion_buttons.addWidget(self.accept_all_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(panes, 3)
        layout.addLayout(suggestion_buttons)
        layout.addWidget(self.suggestions, 2)
        layout.addWidget(close)
        self._load_mappings()

    # Loading

    def _load_mappings(self, chosen: int | None = None) -> None:
        found = self.project.read(mapping_sets)
        self.mapping.blockSignals(True)
        self.mapping.clear()
        for summary in found:
            self.mapping.addItem(
                self.tr("%s: %s → %s")
                % (summary.name, summary.source_library, summary.target_library),
                summary.id,
            )
        index = self.mapping.findData(chosen) if chosen is not None else 0
        self.mapping.setCurrentIndex(max(index, 0))
        self.mapping.blockSignals(False)
        self._show_mapping()

    def _show_mapping(self) -> None:
        mapping_id = self.mapping.currentData()
        if mapping_id is None:
            self.panes = None
            self.source_title.setText(self.tr("No mapping yet: start one with New mapping."))
            self.target_title.clear()
            for table in (self.source_table, self.target_table, self.suggestions):
                table.setRowCount(0)
            self.suggestion_title.clear()
            self._update_buttons()
            return
        self.panes = panes = self.project.read(mapping_panes, mapping_id)
        name = self.mapping.currentText()
        source_name, target_name = name.split(": ", 1)[-1].split(" → ", 1)
        unmapped_sources = sum(1 for s in panes.sources if s.id not in panes.mapped_sources)
        unmapped_targets = sum(1 for t in panes.targets if t.id not in panes.mapped_targets)
        self.source_title.setText(
            self.tr("<b>From %s</b> — %s elements, %s not mapped")
            % (source_name, number(len(panes.sources)), number(unmapped_sources))
        )
        self.target_title.setText(
            self.tr("<b>To %s</b> — %s elements, %s not mapped")
            % (target_name, number(len(panes.targets)), number(unmapped_targets))
        )
        _fill(self.source_table, panes.sources, panes.mapped_sources)
        _fill(self.target_table, panes.targets, panes.mapped_targets)
        self.suggestions.setRowCount(len(panes.suggestions))
        for row, suggestion in enumerate(panes.suggestions):
            found_by = (
                self.tr("same code") if suggestion.found_by == BY_CODE else self.tr("similar text")
            )
            cells = [
                f"{suggestion.target.code} — {suggestion.target.text}",
                f"{suggestion.source.code} — {suggestion.source.text}",
                found_by,
                f"{number(round(suggestion.similarity))} %",
                translate("Relationship", suggestion.relationship.label),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.suggestions.setItem(row, column, item)
        self.suggestions.resizeColumnsToContents()
        for column in (0, 1):
            self.suggestions.setColumnWidth(column, min(self.suggestions.columnWidth(column), 380))
        self.suggestion_title.setText(
            self.tr("Suggestions for the target elements not mapped yet: %s")
            % number(len(panes.suggestions))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_change = not self.project.read_only and self.panes is not None
        chosen = bool(self.suggestions.selectionModel().selectedRows())
        self.accept_button.setEnabled(can_change and chosen)
        self.accept_all_button.setEnabled(can_change and self.suggestions.rowCount() > 0)
        self.new_button.setEnabled(not self.project.read_only)

    # Changes

    def accept_suggestions(self, *, every: bool) -> None:
        """Add the chosen suggestions (or all of them) to the mapping as rows."""
        if self.panes is None:
            return
        rows = (
            range(self.suggestions.rowCount())
            if every
            else sorted(i.row() for i in self.suggestions.selectionModel().selectedRows())
        )
        chosen: list[PairSuggestion] = [self.panes.suggestions[row] for row in rows]
        if not chosen:
            return
        mapping_id = self.mapping.currentData()
        try:
            with self.project.transaction() as session:
                add_mapping_rows(
                    session,
                    mapping_id,
                    [MappingLine(s.source, s.target, s.relationship) for s in chosen],
                    user=self.user,
                )
        except (UserError, AccessRefused) as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self._load_mappings(mapping_id)

    def new_mapping(self) -> None:
        dialog = NewMappingDialog(self.project, self.user, self)
        if dialog.exec() and dialog.mapping_set_id is not None:
            self._load_mappings(dialog.mapping_set_id)


class NewMappingDialog(QDialog):
    """A new mapping between two libraries of the project: empty, or imported from a mapping
    file (a spreadsheet, CSV or CISO Assistant YAML), all of it or nothing."""

    def __init__(self, project: Project, user: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.mapping_set_id: int | None = None
        self.setWindowTitle(self.tr("New mapping"))
        self.name = QLineEdit()
        self.name.setObjectName("mappingName")
        self.source = QComboBox()
        self.source.setObjectName("sourceLibrary")
        self.target = QComboBox()
        self.target.setObjectName("targetLibrary")
        for counts in project.read(library_counts):
            for combo in (self.source, self.target):
                combo.addItem(counts.name, counts.library_id)
        self.target.setCurrentIndex(min(1, self.target.count() - 1))
        self.file = QLineEdit()
        self.file.setObjectName("mappingFile")
        self.file.setPlaceholderText(self.tr("none: start empty and build it in the view"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From library"), self.source)
        form.addRow(self.tr("To library"), self.target)
        form.addRow(self.tr("Import from"), file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a mapping"),
            "",
            self.tr("Mapping files (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)"),
        )
        if path:
            self.file.setText(path)
            if not self.name.text().strip():
                self.name.setText(Path(path).stem)

    def accept(self) -> None:
        source, target = self.source.currentData(), self.target.currentData()
        try:
            if self.file.text().strip():
                report = import_mapping_file(
                    self.project,
                    Path(self.file.text().strip()),
                    name=self.name.text(),
                    source_library_id=source,
                    target_library_id=target,
                    user=self.user,
                )
                self.mapping_set_id = report.mapping_set_id
            else:
                with self.project.transaction() as session:
                    self.mapping_set_id = create_mapping_set(
                        session,
                        name=self.name.text(),
                        source_library_id=source,
                        target_library_id=target,
                        lines=[],
                        user=self.user,
                    )
        except (UserError, AccessRefused) as error:
            self.mapping_set_id = None
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()


def _element_table(name: str, mapped_header: str) -> QTableWidget:
    table = QTableWidget(0, 3)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(
        [translate("MappingView", "Code"), translate("MappingView", "Element"), mapped_header]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, elements: list[Cited], mapped: dict[int, list[str]]) -> None:
    """One row per element: its code, text and the codes it is mapped to (or from); an element
    nothing maps is tinted, so the gaps stand out."""
    table.setRowCount(len(elements))
    for row, element in enumerate(elements):
        codes = mapped.get(element.id)
        cells = [element.code, element.text, ", ".join(codes) if codes else "—"]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if not codes:
                item.setBackground(_UNMAPPED)
            table.setItem(row, column, item)
    table.resizeColumnToContents(0)
    table.setColumnWidth(1, 320)
