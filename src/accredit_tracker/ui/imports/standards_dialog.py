"""The dialog that previews, checks and imports one standards spreadsheet as a new library,
showing the chapters, standards and elements it maps to before anything is written."""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.library.libraries import NewEditionQuestion
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError, column_letter
from accredit_tracker.interchange.standards.importer import (
    ImportReport,
    ReadResult,
    import_standards,
    read_standards,
)
from accredit_tracker.interchange.standards.plan import HEADER_SEARCH_ROWS, ImportOptions
from accredit_tracker.interchange.standards.preview import (
    ColumnGuess,
    SheetPreview,
    guess_columns,
    read_preview,
)
from accredit_tracker.logs import log_file
from accredit_tracker.ui.common.background import run_with_progress
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.common.problem_table_model import ProblemTableModel
from accredit_tracker.ui.imports.check_box import CheckResultBox
from accredit_tracker.ui.imports.columns_box import ColumnMappingBox
from accredit_tracker.ui.imports.mapped_tree import MappedTreeBox

T = TypeVar("T")
log = logging.getLogger(__name__)

SPREADSHEET_PATTERNS = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.yaml *.yml"


class ImportDialog(QDialog):
    """Preview, check and import one standards file; after an import, ``report`` is set."""

    def __init__(
        self, project: Project, path: Path, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path)
        self.user = user
        self.report: ImportReport | None = None
        self.preview: SheetPreview | None = None
        self.guess: ColumnGuess | None = None
        self.check_result: ReadResult | None = None  # the last clean check of the current columns
        self.edition_question: QMessageBox | None = None  # while it asks about a new edition
        self.busy = False
        self._opened = False
        self._readable = False
        self.setWindowTitle(self.tr("Import standards — %s") % self.path.name)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.columns_box = ColumnMappingBox()
        self.columns_box.mapping_changed.connect(self._forget_check)
        self.result_box = CheckResultBox()
        self.tree_box = MappedTreeBox()
        self.tree_box.setVisible(False)  # until a check has read the whole file
        self.tree_box.prefixes_changed.connect(self._forget_check)
        # Below the columns: what the check found, and beside it the tree it maps to.
        self.checked_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.checked_splitter.setChildrenCollapsible(False)
        self.checked_splitter.addWidget(self.tree_box)
        self.checked_splitter.addWidget(self.result_box)
        self.checked_splitter.setStretchFactor(0, 1)
        self.checked_splitter.setStretchFactor(1, 1)
        self.splitter.addWidget(self.columns_box)
        self.splitter.addWidget(self.checked_splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self._build_buttons())

        self.result_box.show_message("", self.tr("Reading the file…"))
        self._show_state()
        self.setMinimumSize(720, 480)
        self.resize(*self._fitting_size(1040, 680))

    def _build_form(self) -> QGridLayout:
        self.file_label = QLabel(f"<b>{escape(self.path.name, quote=False)}</b>")
        self.file_label.setToolTip(str(self.path))
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheetBox")
        self.sheet_box.currentIndexChanged.connect(self._sheet_chosen)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("layoutBox")
        for text, value in (
            (self.tr("Detect automatically"), "auto"),
            (self.tr("Flat: one row per measurable element"), "flat"),
            (self.tr("Outline: chapters, standards and elements by level"), "outline"),
        ):
            self.layout_box.addItem(text, value)
        self.layout_box.currentIndexChanged.connect(self._layout_chosen)
        self.name_edit = QLineEdit(self.path.stem)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.textChanged.connect(self._show_check)
        self.edition_edit = QLineEdit()
        self.edition_edit.setPlaceholderText(self.tr("for example 8th edition"))
        self.publisher_edit = QLineEdit()
        self.publisher_edit.setPlaceholderText(self.tr("for example Joint Commission Intl."))

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("File:")), 0, 0)
        form.addWidget(self.file_label, 0, 1, 1, 3)
        form.addWidget(_buddy(self.tr("&Sheet:"), self.sheet_box), 1, 0)
        form.addWidget(self.sheet_box, 1, 1)
        form.addWidget(_buddy(self.tr("&Layout:"), self.layout_box), 1, 2)
        form.addWidget(self.layout_box, 1, 3)
        form.addWidget(_buddy(self.tr("Library &name:"), self.name_edit), 2, 0)
        form.addWidget(self.name_edit, 2, 1, 1, 3)
        form.addWidget(_buddy(self.tr("&Edition:"), self.edition_edit), 3, 0)
        form.addWidget(self.edition_edit, 3, 1)
        form.addWidget(_buddy(self.tr("&Publisher:"), self.publisher_edit), 3, 2)
        form.addWidget(self.publisher_edit, 3, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(self.tr("Read the whole file and list anything wrong in it"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Add the checked standards to the project"))
        self.import_button.clicked.connect(self.import_file)
        buttons = QDialogButtonBox()
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- the boxes' parts the tests and callers reach ----------------------------------------

    @property
    def header_label(self) -> QLabel:
        return self.columns_box.header_label

    @property
    def columns_table(self) -> QTableWidget:
        return self.columns_box.table

    @property
    def headline(self) -> QLabel:
        return self.result_box.headline

    @property
    def problems(self) -> ProblemTableModel:
        return self.result_box.problems

    @property
    def problems_view(self) -> QTableView:
        return self.result_box.problems_view

    def field_box(self, row: int) -> QComboBox:
        """The "Read as" chooser of the column in the given table row (0 = column A)."""
        return self.columns_box.field_box(row)

    # -- reading the sheet ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            QTimer.singleShot(0, self._first_read)

    def _first_read(self) -> None:
        if not self._read_sheet(None):
            self.reject()  # cancelled while opening: the user changed their mind

    def _sheet_chosen(self) -> None:
        sheet = self.sheet_box.currentText()
        if sheet and (self.preview is None or sheet != self.preview.sheet):
            self._read_sheet(sheet)

    def _layout_chosen(self) -> None:
        if self.preview is not None and self.preview.sheet is not None and self._readable:
            self._guess_columns()

    def _read_sheet(self, sheet: str | None) -> bool:
        """Read the first rows of a sheet and show its columns; False if cancelled."""
        path, reading = self.path, self.tr("Reading %s") % self.path.name
        try:
            preview = self._run(reading, lambda monitor: read_preview(path, sheet, monitor))
        except Exception as error:
            log.exception("Reading %s failed", path)
            self._show_unreadable(None, self._unexpected(self.tr("The file cannot be read"), error))
            return True
        if preview is None:
            if self.preview is not None and self.preview.sheet is not None:
                self.sheet_box.blockSignals(True)
                self.sheet_box.setCurrentText(self.preview.sheet)  # the sheet still shown
                self.sheet_box.blockSignals(False)
            self.result_box.show_message("warning", self.tr("Reading the sheet was cancelled."))
            return False
        self.preview = preview
        self.tree_box.clear_offers()  # another sheet: the labels offered were the last one's
        self._take_details(preview)
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(preview.sheet_names)
        if preview.sheet is not None:
            self.sheet_box.setCurrentText(preview.sheet)
        self.sheet_box.blockSignals(False)
        if not preview.problems:
            self._guess_columns()
        elif preview.sheet is not None and len(preview.sheet_names) > 1:
            self._show_unreadable(
                preview.problems,
                self.tr("This sheet cannot be read; nothing was imported. Choose another sheet."),
            )
        else:
            self._show_unreadable(
                preview.problems,
                self.tr(
                    "This file cannot be read; nothing was imported. Fix the file, or choose "
                    "another one."
                ),
            )
        return True

    def _take_details(self, preview: SheetPreview) -> None:
        """Fill in the name, edition and publisher the file gives for itself (an open library
        file does), where the user has not typed their own."""
        details = preview.details
        if details.name and self.name_edit.text() == self.path.stem:
            self.name_edit.setText(details.name)
        if details.version and not self.edition_edit.text():
            self.edition_edit.setText(details.version)
        if details.provider and not self.publisher_edit.text():
            self.publisher_edit.setText(details.provider)

    def _show_unreadable(self, problems: list[Problem] | None, text: str) -> None:
        self.guess = None
        self.check_result = None
        self._readable = False
        self.columns_box.clear()
        self.columns_box.setVisible(False)  # nothing to map
        self.result_box.show_unreadable(text, problems)
        self._show_state()

    def _guess_columns(self) -> None:
        assert self.preview is not None
        guess = guess_columns(self.path.name, self.preview, self.layout_box.currentData())
        if guess.header_row is None:
            self._show_unreadable(
                None,
                self.tr(
                    "No header row was found in the first %s rows of this sheet; nothing was "
                    "imported. Choose another sheet, or add a row of column headers to the file."
                )
                % HEADER_SEARCH_ROWS,
            )
            return
        self.guess = guess
        self._readable = True
        self.columns_box.setVisible(True)
        self.columns_box.show_guess(guess, self.preview.reason)
        self._forget_check()

    def options(self) -> ImportOptions:
        """What the importer is told: the sheet, the layout and every column, by letter."""
        assert self.guess is not None and self.preview is not None
        return ImportOptions(
            sheet=self.preview.sheet,
            layout=self.guess.layout,
            mapping={column_letter(i): name for i, name in self.columns_box.mapping().items()},
            ignored=frozenset(column_letter(i) for i in self.columns_box.ignored()),
            strip_prefixes=self.tree_box.chosen_prefixes(),
            name=self.name_edit.text().strip() or None,
            publisher=self.publisher_edit.text(),
            edition=self.edition_edit.text(),
        )

    # -- check and import ------------------------------------------------------------------------

    def check(self) -> None:
        """Read the whole file with the columns as chosen and say what would be imported."""
        if self.busy or not self._readable:
            return
        assert self.preview is not None
        missing = self.columns_box.missing_problems(self.path.name, self.preview.sheet)
        if missing:
            self._show_failure(missing)
            return
        options, path = self.options(), self.path
        result = self._attempt(
            "Checking",
            self.tr("Checking %s") % path.name,
            lambda monitor: read_standards(path, options, monitor=monitor),
            self.tr("Checking the file failed"),
            self.tr("Checking was cancelled; nothing was imported."),
        )
        if result is None:
            return
        self.check_result = result
        self.columns_box.show_header_row(result.plan.header_row)
        self.tree_box.show_library(result.library, result.plan.layout)
        self.tree_box.show_offers(result.prefix_offers)
        if not self.tree_box.isVisibleTo(self):
            self.tree_box.setVisible(True)
            width = sum(self.checked_splitter.sizes()) or self.width()
            self.checked_splitter.setSizes([width * 3 // 5, width - width * 3 // 5])
        self.result_box.show_ready(result, self._library_name())
        self._show_state()
        self.import_button.setFocus()

    def import_file(self) -> None:
        """Import the checked file as a new library; on success the dialog closes.

        When the project has a library of the same name with other content, the user is
        asked whether the file is a new edition of it, kept beside it, before anything is
        written.
        """
        if self.busy or self.check_result is None:
            return
        try:
            report = self._import(new_edition=False)
        except NewEditionQuestion as question:
            if not self._ask_new_edition(question):
                self.result_box.show_message(
                    "warning",
                    self.tr(
                        "Nothing was imported. To import the file beside the library of the "
                        "same name, give it another name, or import it again as a new edition."
                    ),
                )
                return
            report = self._import(new_edition=True)
        if report is None:
            return
        self.report = report
        self.accept()

    def _import(self, *, new_edition: bool) -> ImportReport | None:
        options, project, path, user = self.options(), self.project, self.path, self.user
        return self._attempt(
            "Importing",
            self.tr("Importing %s") % path.name,
            lambda monitor: import_standards(
                project, path, options, user=user, monitor=monitor, new_edition=new_edition
            ),
            self.tr("The import failed"),
            self.tr("The import was cancelled; the project has not been changed."),
        )

    def _ask_new_edition(self, question: NewEditionQuestion) -> bool:
        """Ask whether the file is a new edition of the same-named library; True to keep it."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("New edition?"), str(question), parent=self
        )
        box.setInformativeText(
            self.tr(
                "The new edition is kept beside the earlier one, under the edition typed above "
                "(or today's date); assessments of the earlier edition stay as they are."
            )
        )
        keep = box.addButton(self.tr("&Keep as new edition"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        self.edition_question = box
        try:
            box.exec()
            return box.clickedButton() is keep
        finally:
            self.edition_question = None
            box.deleteLater()

    def _library_name(self) -> str:
        return self.name_edit.text().strip() or self.path.stem

    def _show_check(self) -> None:
        """Say what the last clean check found, under the library name as it is now."""
        if self.check_result is not None:
            self.result_box.show_summary(self.check_result, self._library_name())

    def _show_failure(self, problems: list[Problem]) -> None:
        self.check_result = None
        self.tree_box.show_library(None, "")
        self.tree_box.setVisible(bool(self.tree_box.offer_checks))
        self.result_box.show_problems(problems)
        self._show_state()

    def _forget_check(self) -> None:
        """The columns changed: what the last check said no longer holds."""
        self.check_result = None
        self.tree_box.show_library(None, "")
        self.tree_box.setVisible(bool(self.tree_box.offer_checks))
        self.result_box.clear()
        warning = self.columns_box.missing_warning()
        if warning:
            self.result_box.show_message("warning", warning)
        else:
            self.result_box.show_message(
                "", self.tr("Click Check to read the whole file with these columns.")
            )
        self._show_state()

    def _show_state(self) -> None:
        idle = not self.busy
        checked = self.check_result is not None
        self.check_button.setEnabled(idle and self._readable)
        self.import_button.setEnabled(idle and self._readable and checked)
        self.sheet_box.setEnabled(idle and self.sheet_box.count() > 0)
        self.layout_box.setEnabled(idle and self._readable)
        self.columns_table.setEnabled(idle)
        (self.import_button if checked else self.check_button).setDefault(True)
        self._share_space()

    def _share_space(self) -> None:
        """Give the column table the room its rows need, and the problems the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0 or not self.columns_box.isVisibleTo(self):
            return
        columns = _wanted_height(self.columns_box, self.columns_table)
        if self.tree_box.isVisibleTo(self):
            # The mapped tree needs room too: the columns scroll past two fifths.
            columns = min(columns, total * 2 // 5)
        elif self.problems_view.isVisibleTo(self):
            problems = _wanted_height(self.result_box, self.problems_view)
            columns = min(columns, max(total // 2, total - problems))
        else:
            columns = max(columns, total - _headline_height(self.result_box))
        self.splitter.setSizes([columns, total - columns])

    # -- running work ----------------------------------------------------------------------------

    def _run(self, label: str, job: Callable[[TaskMonitor], T]) -> T | None:
        """Run job in the background behind a progress dialog; None if cancelled."""
        opening = self.tr("Opening %s") % self.path.name

        def work(monitor: TaskMonitor) -> T:
            monitor.report(opening, 0, 0)
            return job(monitor)

        self.busy = True
        self._show_state()
        try:
            return run_with_progress(self, label, work)
        except Cancelled:
            return None
        finally:
            self.busy = False
            self._show_state()

    def _attempt(
        self,
        doing: str,
        label: str,
        job: Callable[[TaskMonitor], T],
        failed: str,
        cancelled: str,
    ) -> T | None:
        """Run a check or an import; None, with what went wrong shown, if it did not finish."""
        try:
            result = self._run(label, job)
        except SpreadsheetError as error:
            self._show_failure(error.problems)
            return None
        except NewEditionQuestion:
            raise  # the caller asks the user
        except UserError as error:
            # Refused with a reason for the user (the same list already in the project).
            self.result_box.show_message("error", str(error))
            return None
        except Exception as error:
            log.exception("%s %s failed", doing, self.path)
            self.result_box.show_message("error", self._unexpected(failed, error))
            return None
        if result is None:
            self.result_box.show_message("warning", cancelled)
        return result

    def reject(self) -> None:
        if not self.busy:  # while work runs, Esc and Close wait for it (or for Cancel)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def _unexpected(self, what: str, error: BaseException) -> str:
        detail = " ".join(str(error).split()) or type(error).__name__
        if len(detail) > 160:
            detail = detail[:157] + "…"
        return (
            f"{what}: {detail} "
            + self.tr("The project has not been changed. Details are in the log file %s.")
            % log_file()
        )

    def _fitting_size(self, width: int, height: int) -> tuple[int, int]:
        screen = self.screen()
        if screen is None:
            return width, height
        available = screen.availableGeometry()
        return min(width, available.width() - 40), min(height, available.height() - 60)


def choose_and_import(
    parent: QWidget | None, project: Project, user: str, preferences: Preferences | None = None
) -> ImportReport | None:
    """Ask for a standards file and run the import dialog on it; the report, or None."""
    preferences = preferences if preferences is not None else Preferences()
    folder = str(preferences.import_folder)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import standards"),
        folder,
        QCoreApplication.translate(
            "ImportDialog", "Spreadsheets and library files (%s);;All files (*)"
        )
        % SPREADSHEET_PATTERNS,
    )
    if not path:
        return None
    preferences.import_folder = Path(path).parent
    dialog = ImportDialog(project, Path(path), user, parent)
    try:
        dialog.exec()
        return dialog.report
    finally:
        dialog.deleteLater()


def _wanted_height(box: QWidget, table: QTableView) -> int:
    """The height at which a box shows every row of its table without scrolling."""
    rows = table.verticalHeader().length() if table.model().rowCount() else 120
    content = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 4
    return _headline_height(box) - table.sizeHint().height() + content


def _headline_height(box: QWidget) -> int:
    """The height a box needs at its present width, its word-wrapped text included."""
    layout = box.layout()
    assert layout is not None
    return layout.totalHeightForWidth(max(box.width(), 200))


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


__all__ = ["SPREADSHEET_PATTERNS", "ImportDialog", "choose_and_import"]
