"""Take results back from a filled-in Elements sheet: preview every change, conflict, unmatched
row, cell the export cut and problem, then apply them as one undoable step."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.assessment.assessments import AssessmentError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import Cancelled
from accredit_tracker.core.storage.project import AccessRefused
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.report.columns import CLEAR_MARKER
from accredit_tracker.interchange.results.importer import plan_results_import
from accredit_tracker.interchange.results.plan import ResultsImportPlan
from accredit_tracker.ui.common.background import run_with_progress
from accredit_tracker.ui.common.labels import (
    field_label,
    result_label,
    status_label,
)
from accredit_tracker.ui.common.locale_text import date_text, moment_text, number
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.problem_table_model import ProblemTableModel
from accredit_tracker.ui.common.read_only_table import SelectionMode, set_up_read_only


def shown_value(value: Any) -> str:
    """A field's value as the checklist shows it."""
    if isinstance(value, Result):
        return result_label(value)
    if isinstance(value, WorkStatus):
        return status_label(value)
    if isinstance(value, date):
        return date_text(value)
    return "" if value is None else str(value).replace("\n", " ")


class ResultsImportDialog(QDialog):
    """The preview of a results import; accepting it means "apply these changes"."""

    def __init__(self, plan: ResultsImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("resultsImport")
        self.setWindowTitle(translate("ResultsImport", "Take back results from %s") % plan.file)
        counts = plan.counts
        self.summary = QLabel(
            translate(
                "ResultsImport",
                "<b>%s</b>, sheet '%s': %s rows read. <b>%s changes to %s elements</b> will be "
                "applied; %s rows change nothing. Not applied: %s conflicts, %s rows that match "
                "no element, %s problems. Blank cells never erase anything.",
            )
            % (
                plan.file,
                plan.sheet,
                number(counts.rows),
                number(counts.changes),
                number(counts.changed_elements),
                number(counts.unchanged),
                number(counts.conflicts),
                number(counts.unmatched),
                number(counts.problems),
            )
        )
        self.summary.setWordWrap(True)
        self.sheets_read = QLabel(
            translate(
                "ResultsImport",
                "Only the Elements sheet is read: the Gaps sheet is locked in the export and "
                "never taken back. Type %s in an Owner, Department, Due date or Notes cell to "
                "erase it.",
            )
            % translate("Report", CLEAR_MARKER)
        )
        self.sheets_read.setObjectName("sheetsRead")
        self.sheets_read.setWordWrap(True)

        self.tabs = QTabWidget()
        cleared = translate("ResultsImport", "(cleared)")
        self.changes = self._table(
            [
                translate("ResultsImport", "Row"),
                translate("ResultsImport", "Element"),
                translate("ResultsImport", "Field"),
                translate("ResultsImport", "Now"),
                translate("ResultsImport", "From the file"),
            ],
            [
                (
                    number(c.row),
                    c.code,
                    field_label(c.field),
                    shown_value(c.old),
                    shown_value(c.new) if c.new not in ("", None) else cleared,
                )
                for c in plan.changes
            ],
        )
        self.tabs.addTab(
            self.changes, translate("ResultsImport", "Changes (%s)") % number(counts.changes)
        )
        self.conflicts = self._table(
            [
                translate("ResultsImport", "Row"),
                translate("ResultsImport", "Element"),
                translate("ResultsImport", "Changed in the app by"),
                translate("ResultsImport", "Not imported"),
            ],
            [
                (
                    number(c.row),
                    c.code,
                    f"{c.changed_by} {moment_text(c.changed_at)}" if c.changed_at else c.changed_by,
                    ", ".join(field_label(f) for f in c.fields),
                )
                for c in plan.conflicts
            ],
        )
        self.tabs.addTab(
            self.conflicts, translate("ResultsImport", "Conflicts (%s)") % number(counts.conflicts)
        )
        self.unmatched = self._table(
            [translate("ResultsImport", "Row"), translate("ResultsImport", "Code in the file")],
            [(number(u.row), u.code) for u in plan.unmatched],
        )
        self.tabs.addTab(
            self.unmatched,
            translate("ResultsImport", "Not matched (%s)") % number(counts.unmatched),
        )
        self.cut = self._table(
            [
                translate("ResultsImport", "Row"),
                translate("ResultsImport", "Element"),
                translate("ResultsImport", "Field"),
                translate("ResultsImport", "Kept as stored"),
            ],
            [
                (
                    number(c.row),
                    c.code,
                    field_label(c.field),
                    translate("ResultsImport", "cut in the export; kept as stored (%s characters)")
                    % number(c.stored_length),
                )
                for c in plan.cut
            ],
        )
        if plan.cut:
            self.tabs.addTab(
                self.cut, translate("ResultsImport", "Cut in the export (%s)") % number(counts.cut)
            )
        for title, problems, count in (
            (translate("ResultsImport", "Problems (%s)"), plan.problems, counts.problems),
            (translate("ResultsImport", "Warnings (%s)"), plan.warnings, counts.warnings),
        ):
            model = ProblemTableModel(self)
            model.set_rows(problems)
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setWordWrap(True)
            self.tabs.addTab(view, title % number(count))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # self.tr with a plain name as the count: lupdate takes that, and only that, for a
        # plural.
        changes = counts.changes
        self.apply_button = buttons.addButton(
            self.tr("Apply %Ln change(s)", "", changes),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setEnabled(bool(plan.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sheets_read)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        if not plan.changes:
            first_non_empty = next((i for i in range(1, self.tabs.count()) if self._has_rows(i)), 0)
            self.tabs.setCurrentIndex(first_non_empty)

    def _has_rows(self, tab: int) -> bool:
        widget = self.tabs.widget(tab)
        if isinstance(widget, QTableWidget):
            return widget.rowCount() > 0
        return isinstance(widget, QTableView) and widget.model().rowCount() > 0

    @staticmethod
    def _table(headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        set_up_read_only(table, SelectionMode.ExtendedSelection, word_wrap=True)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        return table


def choose_and_plan(
    parent: QWidget, project: Any, assessment_id: int, preferences: Preferences
) -> ResultsImportPlan | None:
    """Ask for the filled-in workbook and read it into a preview (in the background)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ResultsImport", "Take back results from a report"),
        str(preferences.report_folder),
        translate("ResultsImport", "Spreadsheets (*.xlsx *.xlsm *.ods *.xls);;All files (*)"),
    )
    if not path:
        return None
    try:
        return run_with_progress(
            parent,
            translate("ResultsImport", "Reading %s") % Path(path).name,
            lambda monitor: plan_results_import(project, assessment_id, Path(path), monitor),
        )
    except Cancelled:
        return None
    except SpreadsheetError as error:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ResultsImport", "Results not taken back"),
            translate("ResultsImport", "%s cannot be taken back; nothing was changed.")
            % Path(path).name,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText("\n".join(str(p) for p in error.problems))
        box.exec()
    except (AssessmentError, AccessRefused, OSError) as error:
        QMessageBox.warning(
            parent, translate("ResultsImport", "Results not taken back"), str(error)
        )
    return None
