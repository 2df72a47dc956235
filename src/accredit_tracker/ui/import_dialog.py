"""The dialog that previews, checks and imports one standards spreadsheet as a new library."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.project import Project
from accredit_tracker.interchange.columns import REQUIRED, field_names, label_of
from accredit_tracker.interchange.import_plan import HEADER_SEARCH_ROWS, ImportOptions
from accredit_tracker.interchange.import_preview import (
    ColumnGuess,
    SheetPreview,
    guess_columns,
    problem_total,
    read_preview,
)
from accredit_tracker.interchange.problems import Problem, SpreadsheetError, column_letter
from accredit_tracker.interchange.standards_import import (
    ImportReport,
    ReadResult,
    import_standards,
    read_standards,
)
from accredit_tracker.logs import log_file
from accredit_tracker.ui.background import run_with_progress
from accredit_tracker.ui.problem_table_model import ProblemTableModel

T = TypeVar("T")
log = logging.getLogger(__name__)

SPREADSHEET_PATTERNS = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv"
LAST_FOLDER_KEY = "import/last_folder"
MAX_PREVIEW_COLUMNS = 200

# The column table.
COL_LETTER, COL_HEADER, COL_FIRST, COL_SECOND, COL_FIELD = range(5)


class _FieldBox(QComboBox):
    """A column's field; the mouse wheel scrolls the table unless the box has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


# -- the dialog --------------------------------------------------------------------------------


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
        self.busy = False
        self._opened = False
        self._readable = False
        self.setWindowTitle(self.tr("Import standards — %s") % self.path.name)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_columns())
        self.splitter.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self._build_buttons())

        self._say("", self.tr("Reading the file…"))
        self._show_state()
        self.setMinimumSize(720, 480)
        self.resize(*self._fitting_size(1040, 680))

    def _build_form(self) -> QGridLayout:
        self.file_label = QLabel(f"<b>{_html(self.path.name)}</b>")
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

    def _build_columns(self) -> QGroupBox:
        self.header_label = QLabel()
        self.header_label.setObjectName("headerLabel")
        self.header_label.setWordWrap(True)
        table = self.columns_table = QTableWidget(0, 5)
        table.setObjectName("columnsTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First value"),
                self.tr("Second value"),
                self.tr("Read as"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SECOND, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(COL_HEADER, 170)
        table.setColumnWidth(COL_FIELD, 210)
        box = self.columns_box = QGroupBox(self.tr("Columns"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.header_label)
        layout.addWidget(table, 1)
        return box

    def _build_result(self) -> QGroupBox:
        self.icon_label = QLabel()
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = ProblemTableModel(self)
        view = self.problems_view = QTableView()
        view.setObjectName("problemsView")
        view.setModel(self.problems)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        for column in (
            ProblemTableModel.COL_SHEET,
            ProblemTableModel.COL_ROW,
            ProblemTableModel.COL_COLUMN,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemTableModel.COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        headline_row = QHBoxLayout()
        headline_row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        headline_row.addWidget(self.headline, 1)
        box = self.result_box = QGroupBox(self.tr("Check"))
        layout = QVBoxLayout(box)
        layout.addLayout(headline_row)
        layout.addWidget(view, 1)
        layout.addStretch(0)
        return box

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
        path, opening = self.path, self.tr("Opening %s") % self.path.name

        def work(monitor: TaskMonitor) -> SheetPreview:
            monitor.report(opening, 0, 0)
            return read_preview(path, sheet, monitor)

        try:
            preview = self._run(self.tr("Reading %s") % path.name, work)
        except Exception as error:
            log.exception("Reading %s failed", path)
            self._show_unreadable(None, self._unexpected(self.tr("The file cannot be read"), error))
            return True
        if preview is None:
            if self.preview is not None and self.preview.sheet is not None:
                self.sheet_box.blockSignals(True)
                self.sheet_box.setCurrentText(self.preview.sheet)  # the sheet still shown
                self.sheet_box.blockSignals(False)
            self._say("warning", self.tr("Reading the sheet was cancelled."))
            return False
        self.preview = preview
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

    def _show_unreadable(self, problems: list[Problem] | None, text: str) -> None:
        self.guess = None
        self.check_result = None
        self._readable = False
        self.columns_table.setRowCount(0)
        self.header_label.setText("")
        self.columns_box.setVisible(False)  # nothing to map
        self.problems.set_problems(problems or [])
        self.problems_view.setVisible(bool(problems))
        self._resize_problem_rows()
        self._say("error", f"<b>{_html(text)}</b>", rich=True)
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
        self._fill_columns(guess)
        self._describe_columns()
        self._forget_check()

    def _fill_columns(self, guess: ColumnGuess) -> None:
        table = self.columns_table
        widths = [_used_width(guess.headers), *(_used_width(s) for s in guess.samples)]
        width = min(MAX_PREVIEW_COLUMNS, max([*widths, *(i + 1 for i in guess.detected)]))
        choices: list[tuple[str, str | None]] = [(self.tr("— ignore —"), None)]
        choices += [(self._label(name), name) for name in field_names(guess.layout)]
        table.setRowCount(width)
        for row in range(width):
            values = [column_letter(row), _cell(guess.headers, row)]
            values += [_cell(sample, row) for sample in guess.samples]
            values += [""] * (COL_FIELD - len(values))
            for column, value in enumerate(values):
                item = QTableWidgetItem(_one_line(value))
                if value and column != COL_LETTER:
                    item.setToolTip(value)
                if column == COL_LETTER:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
            box = _FieldBox()
            for text, name in choices:
                box.addItem(text, name)
            detected = guess.detected.get(row)
            box.setCurrentIndex(max(0, box.findData(detected)) if detected else 0)
            box.setAccessibleName(self.tr("Column %s is read as") % column_letter(row))
            box.currentIndexChanged.connect(lambda _index, row=row: self._field_chosen(row))
            table.setCellWidget(row, COL_FIELD, box)

    def field_box(self, row: int) -> QComboBox:
        """The "Read as" chooser of the column in the given table row (0 = column A)."""
        box = self.columns_table.cellWidget(row, COL_FIELD)
        assert isinstance(box, QComboBox)
        return box

    def mapping(self) -> dict[int, str]:
        """Column index → field, as the table says now."""
        fields = {}
        for row in range(self.columns_table.rowCount()):
            name = self.field_box(row).currentData()
            if name is not None:
                fields[row] = name
        return fields

    def _field_chosen(self, row: int) -> None:
        name = self.field_box(row).currentData()
        if name is not None:  # one column per field: the column that had it now has none
            for other, other_name in self.mapping().items():
                if other != row and other_name == name:
                    box = self.field_box(other)
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._forget_check()

    def _describe_columns(self) -> None:
        guess = self.guess
        assert guess is not None and guess.header_row is not None
        shape = (
            self.tr("one row per measurable element")
            if guess.layout == "flat"
            else self.tr("an outline of chapters, standards and elements")
        )
        row = f"{guess.header_row:,}"
        if guess.recognised:
            found = self.tr("Headers found on row %s; the sheet is read as %s.") % (row, shape)
        else:
            found = self.tr(
                "Row %s is taken as the header row, but not every column was recognised; "
                "the sheet is read as %s."
            ) % (row, shape)
        self.header_label.setText(
            found
            + " "
            + self.tr("Check what each column is read as, and change it where it is wrong.")
        )

    def _label(self, name: str) -> str:
        assert self.guess is not None
        return QCoreApplication.translate("columns", label_of(self.guess.layout, name))

    # -- options ---------------------------------------------------------------------------------

    def options(self) -> ImportOptions:
        """What the importer is told: the sheet, the layout and every column, by letter."""
        assert self.guess is not None and self.preview is not None
        chosen = self.mapping()
        shown = set(range(self.columns_table.rowCount())) | set(self.guess.detected)
        return ImportOptions(
            sheet=self.preview.sheet,
            layout=self.guess.layout,
            mapping={column_letter(i): name for i, name in chosen.items()},
            ignored=frozenset(column_letter(i) for i in shown - set(chosen)),
            name=self.name_edit.text().strip() or None,
            publisher=self.publisher_edit.text(),
            edition=self.edition_edit.text(),
        )

    def _missing_fields(self) -> list[str]:
        """The required fields no column is read as."""
        assert self.guess is not None
        chosen = set(self.mapping().values())
        return [name for name in REQUIRED[self.guess.layout] if name not in chosen]

    def _missing_problem(self, name: str) -> Problem:
        assert self.guess is not None and self.preview is not None
        label = self._label(name)
        return Problem(
            self.path.name,
            self.tr(
                "No column is read as “%s”. Under “Read as”, choose “%s” for the column that "
                "holds it."
            )
            % (label, label),
            sheet=self.preview.sheet,
            row=self.guess.header_row,
        )

    # -- check and import ------------------------------------------------------------------------

    def check(self) -> None:
        """Read the whole file with the columns as chosen and say what would be imported."""
        if self.busy or not self._readable:
            return
        missing = self._missing_fields()
        if missing:
            self._show_failure([self._missing_problem(name) for name in missing])
            return
        options, path, opening = self.options(), self.path, self.tr("Opening %s") % self.path.name

        def work(monitor: TaskMonitor) -> ReadResult:
            monitor.report(opening, 0, 0)
            return read_standards(path, options, monitor=monitor)

        try:
            result = self._run(self.tr("Checking %s") % path.name, work)
        except SpreadsheetError as error:
            self._show_failure(error.problems)
            return
        except Exception as error:
            log.exception("Checking %s failed", path)
            self._say("error", self._unexpected(self.tr("Checking the file failed"), error))
            return
        if result is None:
            self._say("warning", self.tr("Checking was cancelled; nothing was imported."))
            return
        self.check_result = result
        if self.guess is not None and self.guess.header_row != result.plan.header_row:
            self.guess.header_row = result.plan.header_row
            self._describe_columns()
        self.problems.set_problems(result.warnings)
        self.problems_view.setVisible(bool(result.warnings))
        self._resize_problem_rows()
        self._show_check()
        self._show_state()
        self.import_button.setFocus()

    def import_file(self) -> None:
        """Import the checked file as a new library; on success the dialog closes."""
        if self.busy or self.check_result is None:
            return
        options, project, path, user = self.options(), self.project, self.path, self.user
        opening = self.tr("Opening %s") % path.name

        def work(monitor: TaskMonitor) -> ImportReport:
            monitor.report(opening, 0, 0)
            return import_standards(project, path, options, user=user, monitor=monitor)

        try:
            report = self._run(self.tr("Importing %s") % path.name, work)
        except SpreadsheetError as error:
            self._show_failure(error.problems)
            return
        except Exception as error:
            log.exception("Importing %s failed", path)
            self._say("error", self._unexpected(self.tr("The import failed"), error))
            return
        if report is None:
            self._say(
                "warning", self.tr("The import was cancelled; the project has not been changed.")
            )
            return
        self.report = report
        self.accept()

    def _show_check(self) -> None:
        """Say what the last clean check found, under the library name as it is now."""
        if self.check_result is None:
            return
        library = self.check_result.library
        counts = self.tr("%s, %s, %s; ready to import.") % (
            self._chapters(len(library.chapters)),
            self._standards(library.standard_count),
            self._elements(library.element_count),
        )
        name = self.name_edit.text().strip() or self.path.stem
        text = f"<b>{_html(counts)}</b><br>" + _html(
            self.tr("Import adds them to the project as the library “%s”.") % name
        )
        if self.check_result.warnings:
            text += "<br>" + _html(self._notes(len(self.check_result.warnings)))
        self._say("ok", text, rich=True)

    def _show_failure(self, problems: list[Problem]) -> None:
        self.check_result = None
        self.problems.set_problems(problems)
        self.problems_view.setVisible(True)
        self._resize_problem_rows()
        self._say(
            "error",
            f"<b>{_html(self._problem_count(problem_total(problems)))}</b> "
            + _html(self.tr("Fix the file or the column mapping and check again.")),
            rich=True,
        )
        self._show_state()

    def _forget_check(self) -> None:
        """The columns changed: what the last check said no longer holds."""
        self.check_result = None
        self.problems.set_problems([])
        self.problems_view.setVisible(False)
        missing = self._missing_fields()
        if missing:
            labels = ", ".join(f"“{self._label(name)}”" for name in missing)
            self._say(
                "warning",
                self.tr(
                    "No column is read as %s yet. Choose it under “Read as” for the column "
                    "that holds it, then click Check."
                )
                % labels,
            )
        else:
            self._say("", self.tr("Click Check to read the whole file with these columns."))
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
        if self.problems_view.isVisibleTo(self):
            problems = _wanted_height(self.result_box, self.problems_view)
            columns = min(columns, max(total // 2, total - problems))
        else:
            columns = max(columns, total - _headline_height(self.result_box))
        self.splitter.setSizes([columns, total - columns])

    # -- running work ----------------------------------------------------------------------------

    def _run(self, label: str, work: Callable[[TaskMonitor], T]) -> T | None:
        """Run work in the background behind a progress dialog; None if cancelled."""
        self.busy = True
        self._show_state()
        try:
            return run_with_progress(self, label, work)
        except Cancelled:
            return None
        finally:
            self.busy = False
            self._show_state()

    def reject(self) -> None:
        if not self.busy:  # while work runs, Esc and Close wait for it (or for Cancel)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    # -- wording ---------------------------------------------------------------------------------

    def _say(self, kind: str, text: str, *, rich: bool = False) -> None:
        icons = {
            "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }
        if kind in icons:
            self.icon_label.setPixmap(self.style().standardIcon(icons[kind]).pixmap(24, 24))
        else:
            self.icon_label.clear()
        self.headline.setProperty("kind", kind)
        self.headline.setText(text if rich else _html(text))

    def _unexpected(self, what: str, error: BaseException) -> str:
        detail = _one_line(str(error)) or type(error).__name__
        if len(detail) > 160:
            detail = detail[:157] + "…"
        return (
            f"{what}: {detail} "
            + self.tr("The project has not been changed. Details are in the log file %s.")
            % log_file()
        )

    def _problem_count(self, n: int) -> str:
        if n == 1:
            return self.tr("1 problem; nothing was imported.")
        return self.tr("%s problems; nothing was imported.") % f"{n:,}"

    def _notes(self, n: int) -> str:
        if n == 1:
            return self.tr("The note below is worth reading first.")
        return self.tr("The %s notes below are worth reading first.") % f"{n:,}"

    def _chapters(self, n: int) -> str:
        return self.tr("1 chapter") if n == 1 else self.tr("%s chapters") % f"{n:,}"

    def _standards(self, n: int) -> str:
        return self.tr("1 standard") if n == 1 else self.tr("%s standards") % f"{n:,}"

    def _elements(self, n: int) -> str:
        if n == 1:
            return self.tr("1 measurable element")
        return self.tr("%s measurable elements") % f"{n:,}"

    def _resize_problem_rows(self) -> None:
        if self.problems.rowCount() <= 200:  # beyond that, measuring every row costs too much
            self.problems_view.resizeRowsToContents()

    def _fitting_size(self, width: int, height: int) -> tuple[int, int]:
        screen = self.screen()
        if screen is None:
            return width, height
        available = screen.availableGeometry()
        return min(width, available.width() - 40), min(height, available.height() - 60)


def choose_and_import(
    parent: QWidget | None, project: Project, user: str, settings: QSettings | None = None
) -> ImportReport | None:
    """Ask for a standards file and run the import dialog on it; the report, or None."""
    settings = settings if settings is not None else QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, "") or Path.home())
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import standards"),
        folder,
        QCoreApplication.translate("ImportDialog", "Spreadsheets (%s);;All files (*)")
        % SPREADSHEET_PATTERNS,
    )
    if not path:
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
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


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _used_width(cells: list[str]) -> int:
    return max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["LAST_FOLDER_KEY", "SPREADSHEET_PATTERNS", "ImportDialog", "choose_and_import"]
