"""The comparison window: two assessments side by side, each chapter's score then and now, and
every measurable element's change, filtered by change and text and exported to Excel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.i18n import Translator, english, language
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.comparison import (
    ChapterComparison,
    Comparison,
    ElementChange,
    ElementComparison,
    compare_assessments,
)
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.text import search_key
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.comparison import (
    XLSX_SUFFIX,
    ReportError,
    write_comparison,
)
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.paged_reading import Deliver, PagedReading
from accredit_tracker.ui.common.palette import BAD_NEWS, GOOD_NEWS
from accredit_tracker.ui.common.read_only_table import set_up_read_only
from accredit_tracker.ui.common.saving import FileKind, save_with_progress

COL_CHAPTER, COL_TITLE, COL_THEN, COL_NOW, COL_CHANGE = range(5)
COL_CODE, COL_TEXT, COL_EARLIER, COL_LATER, COL_ELEMENT_CHANGE = range(5)
ELEMENT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`ElementComparison`."""

CHANGE_COLOURS: Final = {
    ElementChange.IMPROVED: GOOD_NEWS,
    ElementChange.REGRESSED: BAD_NEWS,
}


def change_label(change: ElementChange) -> str:
    return QCoreApplication.translate("ElementChange", change.label)


def _result_text(result: Result | None) -> str:
    if result is None:
        return QCoreApplication.translate("ComparisonDialog", "(not there)")
    return result_label(result)


class ChapterComparisonModel(ListTableModel):
    """Each chapter's score then and now, the overall scores last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    def set_comparison(self, comparison: Comparison) -> None:
        self.set_rows([*comparison.chapters, comparison.overall])

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Chapter"),
            self.tr("Title"),
            self.tr("Then"),
            self.tr("Now"),
            self.tr("Change"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        chapter: ChapterComparison = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CHAPTER:
                return chapter.code or self.tr("Overall")
            if column == COL_TITLE:
                return chapter.title if chapter.code else ""
            return (chapter.earlier_text, chapter.later_text, chapter.change_text)[column - 2]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CHANGE:
            change = chapter.change_text
            if change.startswith("+"):
                return QBrush(GOOD_NEWS)
            if change.startswith("-"):
                return QBrush(BAD_NEWS)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_THEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ElementComparisonModel(ListTableModel):
    """The elements that pass the filter, as a Python list: the window filters them off the
    GUI thread and adds what passes page by page (:meth:`add_elements`)."""

    def add_elements(self, elements: list[ElementComparison]) -> None:
        """Show more elements below those shown."""
        if elements:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(elements) - 1)
            self.rows.extend(elements)
            self.endInsertRows()

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Measurable element"),
            self.tr("Then"),
            self.tr("Now"),
            self.tr("Change"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        element = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CODE:
                return element.code
            if column == COL_TEXT:
                return " ".join(element.text.split())
            if column == COL_EARLIER:
                return _result_text(element.earlier)
            if column == COL_LATER:
                return _result_text(element.later)
            return change_label(element.change)
        if role == ELEMENT_ROLE:
            return element
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ELEMENT_CHANGE:
            colour = CHANGE_COLOURS.get(element.change)
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return element.text
        return None


PAGE: Final = 2000  # elements handed to the view at a time


def passing(
    elements: tuple[ElementComparison, ...],
    keys: list[str],
    change: ElementChange | None,
    text: str,
) -> Iterator[list[ElementComparison]]:
    """The elements of that ``change`` whose code or text holds ``text`` (``keys``: each
    element's search key), :data:`PAGE` at a time."""
    needle = search_key(text.strip())
    page: list[ElementComparison] = []
    for element, key in zip(elements, keys, strict=True):
        if (change is None or element.change is change) and needle in key:
            page.append(element)
            if len(page) == PAGE:
                yield page
                page = []
    if page:
        yield page


def element_keys(elements: tuple[ElementComparison, ...]) -> list[str]:
    """What the text filter looks in: each element's code and text, as search keys."""
    return [search_key(f"{e.code}\n{e.text}") for e in elements]


class ComparisonDialog(QDialog):
    """Compare two assessments (non-modal).

    :attr:`element_chosen` asks the checklist to show an element of the later assessment (its
    element assessment id) when the officer double-clicks it.
    """

    element_chosen = Signal(int)

    def __init__(
        self,
        project: Project,
        later_id: int,
        parent: QWidget | None = None,
        *,
        export_language: Translator = english,
    ) -> None:
        super().__init__(parent)
        # The language exports from this window are written in (the interface's or English).
        self.export_language = export_language
        self.project = project
        self.comparison: Comparison | None = None
        self._keys: list[str] = []  # the search key of each of the comparison's elements
        self.setObjectName("comparison")
        self.setWindowTitle(self.tr("Compare assessments"))
        self.setModal(False)

        self.earlier = QComboBox()
        self.earlier.setObjectName("comparisonEarlier")
        self.later = QComboBox()
        self.later.setObjectName("comparisonLater")
        self._fill_assessments(later_id)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Then:")))
        choose.addWidget(self.earlier, 1)
        choose.addWidget(QLabel(self.tr("Now:")))
        choose.addWidget(self.later, 1)
        self.profile_note = QLabel()
        self.profile_note.setObjectName("comparisonProfiles")
        self.profile_note.setWordWrap(True)

        self.chapter_model = ChapterComparisonModel(self)
        self.chapters = self._table("comparisonChapters", self.chapter_model)
        self.chapters.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch
        )

        self.change = QComboBox()
        self.change.setObjectName("comparisonChange")
        self.change.addItem(self.tr("All changes"), None)
        for change in ElementChange:
            self.change.addItem(change_label(change), change.value)
        self.text = QLineEdit()
        self.text.setObjectName("comparisonText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Find in codes and text"))
        filters = QHBoxLayout()
        filters.addWidget(self.change)
        filters.addWidget(self.text, 1)
        self.element_model = ElementComparisonModel(self)
        self.elements = self._table("comparisonElements", self.element_model)
        self.elements.horizontalHeader().setSectionResizeMode(
            COL_TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.elements.setColumnWidth(COL_CODE, 130)
        self.elements.doubleClicked.connect(self._jump)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.elements, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chapters)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)

        self.summary = QLabel()
        self.summary.setObjectName("comparisonSummary")
        self.message = QLabel()
        self.message.setObjectName("comparisonMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(self.tr("Write the comparison to an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.message)
        foot.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.profile_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(foot)
        self.resize(1000, 700)

        # The comparison is worked out, and its elements filtered, off the GUI thread; the
        # elements are shown page by page as they pass the filter.
        self.reading = PagedReading(self)
        self.reading.page_arrived.connect(self.element_model.add_elements)
        self.reading.finished.connect(self._compared)
        self.reading.failed.connect(self._say_not_read)
        self.filtering = PagedReading(self)
        self.filtering.page_arrived.connect(self.element_model.add_elements)
        self.filtering.finished.connect(lambda _result: self._show_summary())
        self.finished.connect(lambda _result: self._stop_reading())
        for combo in (self.earlier, self.later):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.change.currentIndexChanged.connect(lambda _i: self._filter())
        self.text.textChanged.connect(lambda _t: self._filter())
        self.refresh()

    def _table(self, name: str, model: QAbstractTableModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        set_up_read_only(table)
        return table

    def _fill_assessments(self, later_id: int) -> None:
        every = self.project.read(assessments)
        for combo in (self.earlier, self.later):
            for assessment in every:
                combo.addItem(assessment.name, assessment.id)
        self.later.setCurrentIndex(max(self.later.findData(later_id), 0))
        earlier = _earlier_than(every, later_id)
        if earlier is not None:
            self.earlier.setCurrentIndex(self.earlier.findData(earlier.id))

    def refresh(self) -> None:
        """Compare the two chosen assessments again, in the background."""
        earlier_id, later_id = self.earlier.currentData(), self.later.currentData()
        if earlier_id is None or later_id is None:
            return
        project, wanted = self.project, self._wanted()

        def read(deliver: Deliver, monitor: TaskMonitor) -> tuple[Comparison, list[str]]:
            comparison = project.read(compare_assessments, earlier_id, later_id)
            monitor.check()
            keys = element_keys(comparison.elements)
            for page in passing(comparison.elements, keys, *wanted):
                deliver(page)
            return comparison, keys

        self.filtering.stop()
        self.element_model.set_rows([])
        self.summary.setText(self.tr("Reading…"))
        self.export_button.setEnabled(False)  # until the comparison is there
        self.reading.start(read)

    def _stop_reading(self) -> None:
        self.reading.stop()
        self.filtering.stop()

    def _compared(self, found: tuple[Comparison, list[str]]) -> None:
        comparison, self._keys = found
        self.comparison = comparison
        self.export_button.setEnabled(True)
        self.chapter_model.set_comparison(comparison)
        if comparison.profiles_differ:
            self.profile_note.setText(
                self.tr("Scored under different profiles: %s then, %s now.")
                % (comparison.earlier_profile.name, comparison.later_profile.name)
            )
        self.profile_note.setVisible(comparison.profiles_differ)
        self._show_summary()

    def _say_not_read(self, error: BaseException) -> None:
        self.summary.setText("")
        self.message.setText(self.tr("The comparison could not be worked out: %s") % error)

    def _wanted(self) -> tuple[ElementChange | None, str]:
        """The change and the text the filter bar asks for."""
        value = self.change.currentData()
        return (None if value is None else ElementChange(value)), self.text.text()

    def _filter(self) -> None:
        comparison = self.comparison
        if comparison is None or self.reading.busy:
            if self.reading.busy:
                self.refresh()  # the comparison still being read is filtered as asked now
            return
        elements, keys, wanted = comparison.elements, self._keys, self._wanted()

        def read(deliver: Deliver, monitor: TaskMonitor) -> None:
            for page in passing(elements, keys, *wanted):
                deliver(page)

        self.element_model.set_rows([])
        self.filtering.start(read)

    def _show_summary(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        counts = ", ".join(
            f"{change_label(change).lower()} {number(n)}" for change, n in comparison.counts.items()
        )
        if self.filtering.busy:
            return
        shown, total = self.element_model.rowCount(), len(comparison.elements)
        if shown == total:
            self.summary.setText(self.tr("%Ln element(s): %1", "", total).replace("%1", counts))
        else:
            self.summary.setText(
                self.tr("showing %1 of %Ln element(s): %2", "", total)
                .replace("%1", number(shown))
                .replace("%2", counts)
            )

    def _jump(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        element = self.element_model.rows[index.row()]
        if element.later_id is not None:
            self.element_chosen.emit(element.later_id)

    def export(self) -> Path | None:
        """Ask where, then write the comparison there in the background."""
        comparison = self.comparison
        if comparison is None:
            return None
        name = f"{self.project.name} comparison {date.today():%Y-%m-%d}{XLSX_SUFFIX}"
        earlier_id, later_id = comparison.earlier_id, comparison.later_id

        def work(target: Path, monitor: TaskMonitor) -> Path:
            with language(self.export_language):
                return write_comparison(self.project, earlier_id, later_id, target, monitor=monitor)

        outcome = save_with_progress(
            self,
            title=self.tr("Export the comparison"),
            proposed=Path.home() / name,
            kinds=[FileKind(self.tr("Excel workbooks (*.xlsx)"), XLSX_SUFFIX)],
            label=lambda target: self.tr("Writing %s") % target.name,
            work=work,
            failure_title=self.tr("Comparison not written"),
            expected=(ReportError,),
            busy=[self.export_button],
        )
        target, written = outcome.target, outcome.result
        if target is not None and outcome.cancelled:
            self.message.setText(self.tr("Cancelled; %s was not written.") % target.name)
        if written is None:
            return None
        self.message.setText(self.tr("Wrote %s.") % written.name)
        return written


def _earlier_than(every: list[Assessment], later_id: int) -> Assessment | None:
    """The assessment created last before ``later_id``, else the first other one."""
    later = next((a for a in every if a.id == later_id), None)
    others = [a for a in every if a.id != later_id]
    if later is not None:
        before = [a for a in others if (a.created_at, a.id or 0) < (later.created_at, later_id)]
        if before:
            return max(before, key=lambda a: (a.created_at, a.id or 0))
    return others[0] if others else None
