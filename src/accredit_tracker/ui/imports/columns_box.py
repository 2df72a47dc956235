"""The import dialog's "Columns" box: what each column of the sheet is read as, changeable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.interchange.reading.problems import Problem, column_letter
from accredit_tracker.interchange.standards.columns import (
    ATTRIBUTE,
    REQUIRED,
    field_names,
    label_of,
)
from accredit_tracker.interchange.standards.preview import ColumnGuess
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.read_only_table import SelectionMode, set_up_read_only

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


class ColumnMappingBox(QGroupBox):
    """The sheet's columns with their header, sample values and a "Read as" choice each."""

    mapping_changed = Signal()  # the user chose another field for a column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns"), parent)
        self.guess: ColumnGuess | None = None
        self.reason = ""
        self.header_label = QLabel()
        self.header_label.setObjectName("headerLabel")
        self.header_label.setWordWrap(True)
        table = self.table = QTableWidget(0, 5)
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
        set_up_read_only(table, SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SECOND, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(COL_HEADER, 170)
        table.setColumnWidth(COL_FIELD, 210)
        # The columns that are not imported, and the one click that keeps them all.
        self.unread_label = QLabel()
        self.unread_label.setObjectName("unreadLabel")
        self.unread_label.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep them as attributes"))
        self.keep_button.setObjectName("keepButton")
        self.keep_button.setToolTip(
            self.tr("Import these columns too, shown with each element and in the report")
        )
        self.keep_button.clicked.connect(self.keep_unread)
        unread = QHBoxLayout()
        unread.addWidget(self.unread_label, 1)
        unread.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(table, 1)
        layout.addLayout(unread)
        self._show_unread()

    # -- what is shown ---------------------------------------------------------------------------

    def show_guess(self, guess: ColumnGuess, reason: str = "") -> None:
        """Show the columns as the importer guessed them, and say where the headers are (and,
        given a ``reason``, why this sheet was picked)."""
        assert guess.header_row is not None
        self.guess = guess
        self.reason = reason
        self._fill(guess)
        self._describe()
        self._show_unread()

    def show_header_row(self, row: int) -> None:
        """The check found the headers on another row than the guess: say so."""
        if self.guess is not None and self.guess.header_row != row:
            self.guess.header_row = row
            self._describe()

    def clear(self) -> None:
        """Show no columns: the sheet cannot be read."""
        self.guess = None
        self.table.setRowCount(0)
        self.header_label.setText("")
        self._show_unread()

    def _fill(self, guess: ColumnGuess) -> None:
        table = self.table
        widths = [_used_width(guess.headers), *(_used_width(s) for s in guess.samples)]
        width = min(MAX_PREVIEW_COLUMNS, max([*widths, *(i + 1 for i in guess.detected)]))
        choices: list[tuple[str, str | None]] = [(self.tr("— ignore —"), None)]
        choices += [(self.label(name), name) for name in field_names(guess.layout)]
        choices.append((self.label(ATTRIBUTE), ATTRIBUTE))
        table.setRowCount(width)
        for row in range(width):
            values = [column_letter(row), _cell(guess.headers, row)]
            values += [_cell(sample, row) for sample in guess.samples]
            values += [""] * (COL_FIELD - len(values))
            for column, value in enumerate(values):
                item = QTableWidgetItem(" ".join(value.split()))
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

    def _describe(self) -> None:
        guess = self.guess
        assert guess is not None and guess.header_row is not None
        shape = (
            self.tr("one row per measurable element")
            if guess.layout == "flat"
            else self.tr("an outline of chapters, standards and elements")
        )
        row = number(guess.header_row)
        if guess.recognised:
            found = self.tr("Headers found on row %s; the sheet is read as %s.") % (row, shape)
        else:
            found = self.tr(
                "Row %s is taken as the header row, but not every column was recognised; "
                "the sheet is read as %s."
            ) % (row, shape)
        self.header_label.setText(
            (self.reason + " " if self.reason else "")
            + found
            + " "
            + self.tr("Check what each column is read as, and change it where it is wrong.")
        )

    # -- what the user chose ---------------------------------------------------------------------

    def field_box(self, row: int) -> QComboBox:
        """The "Read as" chooser of the column in the given table row (0 = column A)."""
        box = self.table.cellWidget(row, COL_FIELD)
        assert isinstance(box, QComboBox)
        return box

    def mapping(self) -> dict[int, str]:
        """Column index → field, as the table says now."""
        fields = {}
        for row in range(self.table.rowCount()):
            name = self.field_box(row).currentData()
            if name is not None:
                fields[row] = name
        return fields

    def ignored(self) -> set[int]:
        """The indexes of the columns shown or detected that no field is read from."""
        assert self.guess is not None
        shown = set(range(self.table.rowCount())) | set(self.guess.detected)
        return shown - set(self.mapping())

    def unread_columns(self) -> list[int]:
        """The columns with a header or a value shown that no field is read from."""
        if self.guess is None:
            return []
        return [
            row
            for row in range(self.table.rowCount())
            if self.field_box(row).currentData() is None
            and any(
                (item := self.table.item(row, column)) is not None and item.text().strip()
                for column in (COL_HEADER, COL_FIRST, COL_SECOND)
            )
        ]

    def keep_unread(self) -> None:
        """Read every column that is not imported as an attribute."""
        rows = self.unread_columns()
        for row in rows:
            box = self.field_box(row)
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(ATTRIBUTE))
            box.blockSignals(False)
        if rows:
            self._show_unread()
            self.mapping_changed.emit()

    def _show_unread(self) -> None:
        rows = self.unread_columns()
        names = [
            f"{column_letter(row)} ({header})"
            if (header := self._header(row))
            else column_letter(row)
            for row in rows
        ]
        self.unread_label.setText(self.tr("Not imported: %s.") % ", ".join(names) if names else "")
        self.unread_label.setVisible(bool(names))
        self.keep_button.setVisible(bool(names))

    def _header(self, row: int) -> str:
        item = self.table.item(row, COL_HEADER)
        return item.text().strip() if item is not None else ""

    def _field_chosen(self, row: int) -> None:
        name = self.field_box(row).currentData()
        if name is not None and name != ATTRIBUTE:
            # One column per field: the column that had it now has none.
            for other, other_name in self.mapping().items():
                if other != row and other_name == name:
                    box = self.field_box(other)
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._show_unread()
        self.mapping_changed.emit()

    # -- required fields -------------------------------------------------------------------------

    def missing_fields(self) -> list[str]:
        """The required fields no column is read as."""
        assert self.guess is not None
        chosen = set(self.mapping().values())
        return [name for name in REQUIRED[self.guess.layout] if name not in chosen]

    def missing_warning(self) -> str:
        """What to choose before checking, or "" when every required field has a column."""
        missing = self.missing_fields()
        if not missing:
            return ""
        labels = ", ".join(f"“{self.label(name)}”" for name in missing)
        return (
            self.tr(
                "No column is read as %s yet. Choose it under “Read as” for the column "
                "that holds it, then click Check."
            )
            % labels
        )

    def missing_problems(self, file_name: str, sheet: str | None) -> list[Problem]:
        """One problem, on the header row, for every required field no column is read as."""
        assert self.guess is not None
        problems = []
        for name in self.missing_fields():
            label = self.label(name)
            message = self.tr(
                "No column is read as “%s”. Under “Read as”, choose “%s” for the column that "
                "holds it."
            ) % (label, label)
            problems.append(Problem(file_name, message, sheet=sheet, row=self.guess.header_row))
        return problems

    def label(self, name: str) -> str:
        """A field's name as the user reads it, in the layout of the sheet shown."""
        assert self.guess is not None
        return QCoreApplication.translate("columns", label_of(self.guess.layout, name))


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _used_width(cells: list[str]) -> int:
    return max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)


__all__ = ["ColumnMappingBox"]
