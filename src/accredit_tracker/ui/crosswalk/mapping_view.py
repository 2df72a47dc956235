"""The two-pane mapping view: a mapping's source library on the left, its target library on
the right, each element with what it is mapped to, and each target element with the source
elements bearing on it and their results in a chosen assessment of the source library (the
coverage, exported to a workbook); below, suggestions for the target elements nothing maps yet
(by code, then by similar text), accepted one by one or all at once. A new mapping is started
empty or imported from a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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

from accredit_tracker.core.crosswalk.coverage import Coverage, CoveredElement, coverage
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
from accredit_tracker.core.i18n import language, translate
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.crosswalk.coverage_report import (
    XLSX_SUFFIX,
    write_coverage_report,
)
from accredit_tracker.interchange.crosswalk.importer import import_mapping_file
from accredit_tracker.interchange.report.target_file import ReportError
from accredit_tracker.ui.common.language import export_language
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.palette import CAUTION_BACKGROUND
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.saving import FileKind, save_with_progress

_UNMAPPED = QBrush(CAUTION_BACKGROUND)


class MappingView(QDialog):
    """Shows one mapping set at a time; every change is saved at once with its audit row."""

    def __init__(
        self,
        project: Project,
        user: str,
        parent: Any = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.user = user
        self.preferences = preferences if preferences is not None else Preferences()
        self.panes: MappingPanes | None = None
        self.coverage: Coverage | None = None
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

        # The coverage: the results of an assessment of the source library on the target pane.
        self.results_of = QComboBox()
        self.results_of.setObjectName("coverageAssessment")
        self.results_of.currentIndexChanged.connect(lambda _i: self._show_coverage())
        self.only_unmapped = QCheckBox(self.tr("Only &unmapped elements"))
        self.only_unmapped.setObjectName("onlyUnmapped")
        self.only_unmapped.setToolTip(
            self.tr(
                "Show only the elements that no source element bears on, and the source "
                "elements that bear on nothing"
            )
        )
        self.only_unmapped.toggled.connect(lambda _on: self._filter_unmapped())
        self.export_button = QPushButton(self.tr("&Export coverage…"))
        self.export_button.setObjectName("exportCoverage")
        self.export_button.setToolTip(
            self.tr(
                "Write a workbook: each target element with the source elements bearing on "
                "it and their results, and the elements unmapped in each library"
            )
        )
        self.export_button.clicked.connect(self.export_coverage)
        self.coverage_message = QLabel()
        self.coverage_message.setObjectName("coverageMessage")
        results_row = QHBoxLayout()
        results_row.addWidget(QLabel(self.tr("Results of:")))
        results_row.addWidget(self.results_of, 1)
        results_row.addWidget(self.only_unmapped)
        results_row.addWidget(self.export_button)

        self.source_title = QLabel()
        self.target_title = QLabel()
        self.source_table = _element_table("sourceElements", self.tr("Mapped to"))
        self.target_table = _element_table(
            "targetElements",
            self.tr("Mapped from"),
            [self.tr("Source elements and their results"), self.tr("Worst / best result")],
        )
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
        # The target pane carries the coverage columns too: it gets two thirds of the width.
        panes.setStretchFactor(0, 1)
        panes.setStretchFactor(1, 2)
        # In the source pane the element text takes the room left; in the target pane, the
        # source elements and their results.
        source_header = self.source_table.horizontalHeader()
        source_header.setStretchLastSection(False)
        source_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        target_header = self.target_table.horizontalHeader()
        target_header.setStretchLastSection(False)
        target_header.setSectionResizeMode(_RESULTS_COLUMN, QHeaderView.ResizeMode.Stretch)

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
        layout.addLayout(results_row)
        layout.addWidget(self.coverage_message)
        # Panes above, suggestions below, the divider the officer's to move.
        suggestions = QWidget()
        suggestions_layout = QVBoxLayout(suggestions)
        suggestions_layout.setContentsMargins(0, 0, 0, 0)
        suggestions_layout.addLayout(suggestion_buttons)
        suggestions_layout.addWidget(self.suggestions)
        halves = QSplitter(Qt.Orientation.Vertical)
        halves.addWidget(panes)
        halves.addWidget(suggestions)
        halves.setStretchFactor(0, 3)
        halves.setStretchFactor(1, 1)
        layout.addWidget(halves, 1)
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
            self.coverage = None
            self.source_title.setText(self.tr("No mapping yet: start one with New mapping."))
            self.target_title.clear()
            for table in (self.source_table, self.target_table, self.suggestions):
                table.setRowCount(0)
            self.suggestion_title.clear()
            self.results_of.clear()
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
        self._load_assessments(mapping_id)
        self._update_buttons()

    def _load_assessments(self, mapping_id: int) -> None:
        """The assessments of the mapping's source library, newest first; then the coverage
        with the results of the one chosen before, else of the newest."""
        chosen = self.results_of.currentData()
        with self.project.session() as session:
            source_library = next(
                m.source_library_id for m in mapping_sets(session) if m.id == mapping_id
            )
            found = sorted(
                (a for a in assessments(session) if a.library_id == source_library),
                key=lambda a: (a.created_at, a.id or 0),
                reverse=True,
            )
        self.results_of.blockSignals(True)
        self.results_of.clear()
        for assessment in found:
            self.results_of.addItem(assessment.name, assessment.id)
        if not found:
            self.results_of.addItem(self.tr("No assessment of the source library yet"), None)
        self.results_of.setEnabled(bool(found))
        self.results_of.setCurrentIndex(max(self.results_of.findData(chosen), 0))
        self.results_of.blockSignals(False)
        self._show_coverage()

    def _show_coverage(self) -> None:
        """Fill the target pane's coverage columns: for each element, the source elements
        bearing on it, how they relate and their results, then the worst and best result."""
        mapping_id = self.mapping.currentData()
        if mapping_id is None:
            return
        self.coverage = found = self.project.read(
            coverage, mapping_id, self.results_of.currentData()
        )
        by_code = {element.code: element for element in found.targets}
        relationships: dict[str, str] = {}
        results = {result: translate("Result", result.label) for result in Result}
        for row in range(self.target_table.rowCount()):
            code_item = self.target_table.item(row, 0)
            element = by_code.get(code_item.text()) if code_item is not None else None
            parts = []
            for bearing in element.bearing if element is not None else ():
                word = relationships.get(bearing.relationship)
                if word is None:
                    word = translate("Relationship", bearing.relationship.label)
                    relationships[bearing.relationship] = word
                part = f"{bearing.code} ({word})"
                if bearing.result is not None:
                    part += f" — {results[bearing.result]}"
                parts.append(part)
            cells = ["; ".join(parts) or "—", _worst_and_best(element, results)]
            for column, text in enumerate(cells, _RESULTS_COLUMN):
                item = QTableWidgetItem(text)
                item.setToolTip(text.replace("; ", "\n"))
                self.target_table.setItem(row, column, item)
        # The codes mapped from, and the worst and best result, as wide as they are written
        # (within reason); the element text keeps a readable share.
        for column, widest in ((2, 160), (_RESULTS_COLUMN + 1, 180)):
            self.target_table.resizeColumnToContents(column)
            self.target_table.setColumnWidth(
                column, min(widest, self.target_table.columnWidth(column))
            )
        self.target_table.setColumnWidth(1, 220)
        self.coverage_message.setText(
            self.tr(
                "%s of %s target elements have no source element bearing on them; %s source "
                "elements bear on nothing."
            )
            % (
                number(len(found.unmapped_targets)),
                number(len(found.targets)),
                number(len(found.unmapped_sources)),
            )
        )
        self._filter_unmapped()

    def _filter_unmapped(self) -> None:
        """With "Only unmapped elements", hide the elements the coverage maps on both sides."""
        only = self.only_unmapped.isChecked() and self.coverage is not None
        unmapped_targets = (
            {e.code for e in self.coverage.unmapped_targets} if self.coverage else set()
        )
        unmapped_sources = (
            {e.code for e in self.coverage.unmapped_sources} if self.coverage else set()
        )
        for table, unmapped in (
            (self.target_table, unmapped_targets),
            (self.source_table, unmapped_sources),
        ):
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                hidden = only and (item is None or item.text() not in unmapped)
                table.setRowHidden(row, hidden)

    def export_coverage(self) -> Path | None:
        """Ask where, then write the coverage with the chosen assessment's results there in
        the background; returns the file written, or None."""
        mapping_id = self.mapping.currentData()
        if mapping_id is None:
            return None
        assessment_id = self.results_of.currentData()
        translator = export_language(self.preferences.exports_in_english)
        name = self.mapping.currentText().split(": ", 1)[0]
        coverage_word = self.tr("coverage", "in a file name")
        proposed = f"{name} — {coverage_word} {date.today():%Y-%m-%d}{XLSX_SUFFIX}"
        proposed = "".join("_" if c in '\\/:*?"<>|' else c for c in proposed)

        def work(target: Path, monitor: TaskMonitor) -> Coverage:
            with language(translator):
                return write_coverage_report(
                    self.project, mapping_id, assessment_id, target, monitor=monitor
                )

        outcome = save_with_progress(
            self,
            title=self.tr("Export coverage"),
            proposed=self.preferences.report_folder / proposed,
            kinds=[FileKind(self.tr("Excel workbooks (*.xlsx)"), XLSX_SUFFIX)],
            label=lambda target: self.tr("Writing %s") % target.name,
            work=work,
            failure_title=self.tr("Coverage not written"),
            expected=(ReportError, UserError),
            busy=[self.export_button],
        )
        target = outcome.target
        if target is None:
            return None
        self.preferences.report_folder = target.parent
        if outcome.cancelled:
            self.coverage_message.setText(
                self.tr("Cancelled; %s was not written or changed.") % target.name
            )
        if not outcome.done:
            return None
        self.coverage_message.setText(self.tr("Wrote %s.") % target)
        return target

    def _update_buttons(self) -> None:
        can_change = not self.project.read_only and self.panes is not None
        chosen = bool(self.suggestions.selectionModel().selectedRows())
        self.accept_button.setEnabled(can_change and chosen)
        self.accept_all_button.setEnabled(can_change and self.suggestions.rowCount() > 0)
        self.new_button.setEnabled(not self.project.read_only)
        self.export_button.setEnabled(self.panes is not None)

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


_RESULTS_COLUMN = 3
"""The target pane's column of the source elements bearing on each element, with results."""


def _element_table(name: str, mapped_header: str, more: list[str] | None = None) -> QTableWidget:
    headers = [translate("MappingView", "Code"), translate("MappingView", "Element"), mapped_header]
    headers += more or []
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _worst_and_best(element: CoveredElement | None, words: dict[Result, str]) -> str:
    """ "Not met / Fully met", one word when they are the same, "—" for no met, partly met or
    not met result among the elements bearing on it."""
    if element is None or element.worst is None or element.best is None:
        return "—"
    if element.worst == element.best:
        return words[element.worst]
    return f"{words[element.worst]} / {words[element.best]}"


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
    table.resizeColumnToContents(2)
    table.setColumnWidth(2, min(160, table.columnWidth(2)))
    table.setColumnWidth(1, 220)
