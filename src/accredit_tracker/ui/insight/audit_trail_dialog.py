"""The project's history window: every recorded change, newest first, filtered by person,
dates, assessment, chapter, kind of change and text, and exported to Excel or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.audit.sentences import field_name, sentence, shown_values
from accredit_tracker.core.audit.trail import (
    SHOWN_AT_MOST,
    ChangeKind,
    TrailEntry,
    TrailFilter,
    count_changes,
    newest_changes_in_pages,
    trail_chapters,
    trail_kinds,
    trail_people,
)
from accredit_tracker.core.i18n import Translator, english, language
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.readiness.profiles import profile_names
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.report.audit_trail import (
    CSV_SUFFIX,
    XLSX_SUFFIX,
    ReportError,
    write_audit_trail,
)
from accredit_tracker.interchange.report.csv_format import COMMA
from accredit_tracker.ui.common.date_field import DateField
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.locale_text import date_text, moment_text, number
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.paged_reading import Deliver, PagedReading
from accredit_tracker.ui.common.read_only_table import set_up_read_only
from accredit_tracker.ui.common.saving import FileKind, save_with_progress

COL_WHEN, COL_WHO, COL_ELEMENT, COL_KIND, COL_CHANGE, COL_DETAILS = range(6)
ENTRY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`TrailEntry`."""
TEXT_DELAY_MS: Final = 300  # typing pauses this long before the trail is searched


FIELD_NAMED_KINDS: Final = frozenset(
    (
        ChangeKind.EVIDENCE,
        ChangeKind.TRACER,
        ChangeKind.FINDING,
        ChangeKind.CORRECTIVE_ACTION,
        ChangeKind.MAPPING,
        ChangeKind.CARRIED,
        ChangeKind.OTHER,
    )
)
"""Kinds of change to several fields, whose Old → New says which field it was."""


def kind_label(kind: ChangeKind) -> str:
    return QCoreApplication.translate("ChangeKind", kind.label)


def change_text(entry: TrailEntry, profile_names: dict[str, str] | None = None) -> str:
    """ "Old → New" as the officer reads it: results, statuses, days and profiles as the
    window shows them, one line."""
    old, new = shown_values(entry, date_text=date_text, profile_names=profile_names)
    text = f"{old or '—'} → {new or '—'}"
    if entry.field and entry.kind in FIELD_NAMED_KINDS:
        text = f"{field_name(entry.field)}: {text}"
    return " ".join(text.split())


def _day(edit: QDateEdit) -> date:
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


class TrailModel(ListTableModel):
    """The changes the window lists, one per row, as given (newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.assessment_id: int | None = None
        self.profile_names: dict[str, str] = {}
        """Scoring profiles' names by key, for the sentences that name one."""

    def set_entries(self, entries: list[TrailEntry], assessment_id: int | None) -> None:
        self.assessment_id = assessment_id
        self.set_rows(entries)

    def add_entries(self, entries: list[TrailEntry]) -> None:
        """Add changes read after those shown (older ones), below them."""
        if entries:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self.rows.extend(entries)
            self.endInsertRows()

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Element"),
            self.tr("Kind"),
            self.tr("Old → New"),
            self.tr("Details"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, index.column())
        return None

    def _display(self, entry: TrailEntry, column: int) -> str:
        if column == COL_WHEN:
            return moment_text(entry.at)
        if column == COL_WHO:
            return entry.user
        if column == COL_ELEMENT:
            if not entry.element_code:
                return entry.assessment_name
            if entry.assessment_id in (None, self.assessment_id):
                return entry.element_code
            return f"{entry.element_code} ({entry.assessment_name})"
        if column == COL_KIND:
            return kind_label(entry.kind)
        if column == COL_CHANGE:
            return change_text(entry, self.profile_names)
        return self.details_text(entry)

    def details_text(self, entry: TrailEntry) -> str:
        """The change told as a sentence in the window's language."""
        return sentence(entry, date_text=date_text, profile_names=self.profile_names)

    def _tooltip(self, entry: TrailEntry, column: int) -> str | None:
        if column == COL_WHEN:
            return f"{entry.at.astimezone():%Y-%m-%d %H:%M:%S %Z}"
        if column == COL_CHANGE:
            old, new = shown_values(entry, date_text=date_text, profile_names=self.profile_names)
            return f"{old or '—'}\n→\n{new or '—'}"
        if column == COL_DETAILS:
            return self.details_text(entry)
        if column == COL_ELEMENT and entry.assessment_name:
            return entry.assessment_name
        return None


class AuditTrailDialog(QDialog):
    """Browse the project's audit trail (non-modal).

    :attr:`element_chosen` asks the checklist to show an element (an element assessment id of
    ``assessment_id``) when the officer double-clicks a change made to it.
    """

    element_chosen = Signal(int)

    def __init__(
        self,
        project: Project,
        assessment_id: int | None,
        parent: QWidget | None = None,
        *,
        export_language: Translator = english,
        csv_delimiter: str = COMMA,
    ) -> None:
        super().__init__(parent)
        # The language exports from this window are written in (the interface's or English),
        # and what separates the fields of a CSV file (see Preferences).
        self.export_language = export_language
        self.csv_delimiter = csv_delimiter
        self.project = project
        self.assessment_id = assessment_id
        self.setObjectName("auditTrail")
        self.setWindowTitle(self.tr("Audit trail"))
        self.setModal(False)

        self.person = QComboBox()
        self.person.setObjectName("trailPerson")
        self.assessment = QComboBox()
        self.assessment.setObjectName("trailAssessment")
        self.chapter = QComboBox()
        self.chapter.setObjectName("trailChapter")
        self.kind = QComboBox()
        self.kind.setObjectName("trailKind")
        # A library may have a thousand chapters and a trail a hundred people: the lists are
        # as wide as a dozen letters rather than measured item by item (a stall of tens of ms).
        for choice in (self.person, self.assessment, self.chapter):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(12)
        self.since_on, self.since = self._date_filter(self.tr("From"), -30)
        self.until_on, self.until = self._date_filter(self.tr("To"), 0)
        self.text = QLineEdit()
        self.text.setObjectName("trailText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Find in values, details, codes and names"))
        self.text.setMinimumWidth(200)
        self._fill_choices()

        filters = QHBoxLayout()
        widgets: tuple[QWidget, ...] = (
            self.person,
            self.assessment,
            self.chapter,
            self.kind,
            self.since_on,
            self.since,
            self.until_on,
            self.until,
        )
        for widget in widgets:
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        for combo in (self.person, self.assessment, self.chapter, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.since_on, self.until_on):
            box.toggled.connect(lambda _c: self._dates_toggled())
        for edit, box in ((self.since, self.since_on), (self.until, self.until_on)):
            edit.dateChanged.connect(lambda _d, b=box: self._refresh_if(b.isChecked()))
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())

        self.model = TrailModel(self)
        # Scoring profiles' names, which the sentences use: a handful, read at once.
        self.model.profile_names = project.read(profile_names)
        # The trail is read off the GUI thread and shown page by page: at 500,000 changes the
        # window opens and filters without waiting for the query.
        self.reading = PagedReading(self)
        self.reading.page_arrived.connect(self._show_page)
        self.reading.finished.connect(self._show_count)
        self.reading.failed.connect(self._say_not_read)
        self.finished.connect(lambda _result: self._stop_reading())
        self.table = QTableView()
        self.table.setObjectName("trailTable")
        self.table.setModel(self.model)
        # Two lines a row: room for a whole sentence in most, its tooltip for the rest.
        set_up_read_only(self.table, word_wrap=True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        # The sentence is what a person reads: it has the room; Old → New, which repeats its
        # values, keeps a column's worth (whole in its tooltip).
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        kinds = max(self.fontMetrics().horizontalAdvance(kind_label(k)) for k in ChangeKind)
        for column, width in ((COL_WHEN, 125), (COL_WHO, 110), (COL_ELEMENT, 150),
                              (COL_KIND, max(100, kinds + 16)), (COL_CHANGE, 260)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._jump)

        self.count = QLabel()
        self.count.setObjectName("trailCount")
        self.message = QLabel()
        self.message.setObjectName("trailMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(
            self.tr("Write every change that matches the filters to an Excel or CSV file")
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.count)
        foot.addWidget(self.message, 1)
        foot.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        # Wide enough on a 1280-pixel screen for the sentence to stay the widest column, even
        # beside the longest kind ("Корректирующие мероприятия").
        self.resize(1200, 600)
        self.refresh()

    def _date_filter(self, label: str, days: int) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(label)
        edit = DateField(QDate.currentDate().addDays(days))  # takes a date typed whole
        edit.setEnabled(False)
        box.setToolTip(self.tr("Unticked: any date"))
        return box, edit

    def _fill_choices(self) -> None:
        """Offer "any" in every list at once; the people, assessments and chapters found in
        the trail follow when read in the background (at 500,000 changes that takes a
        moment)."""
        self.person.addItem(self.tr("Anyone"), None)
        self.assessment.addItem(self.tr("All assessments"), None)
        self.chapter.addItem(self.tr("Any chapter"), None)
        self.kind.addItem(self.tr("Any kind of change"), None)
        for kind in trail_kinds():
            self.kind.addItem(kind_label(kind), kind.value)
        project = self.project

        def read(deliver: Deliver, _monitor: TaskMonitor) -> None:
            with project.session() as session:
                people = trail_people(session)
                every = [(a.name, a.id) for a in assessments(session)]
                chapters = trail_chapters(session)
            deliver([people, every, chapters])

        self.choices = PagedReading(self)
        self.choices.page_arrived.connect(self._offer_choices)
        self.choices.start(read)

    def _offer_choices(self, found: list[Any]) -> None:
        people, every, chapters = found
        for name in people:
            self.person.addItem(name, name)
        for name, assessment_id in every:
            self.assessment.addItem(name, assessment_id)
        for code in chapters:
            self.chapter.addItem(code, code)

    def wanted(self) -> TrailFilter:
        """The filter the bar's widgets describe."""
        kind = self.kind.currentData()
        return TrailFilter(
            assessment_id=self.assessment.currentData(),
            user=self.person.currentData(),
            since=_day(self.since) if self.since_on.isChecked() else None,
            until=_day(self.until) if self.until_on.isChecked() else None,
            chapter_code=self.chapter.currentData(),
            kinds=None if kind is None else frozenset({kind}),
            text=self.text.text().strip() or None,
        )

    def refresh(self) -> None:
        """Read the matching changes again (the newest :data:`SHOWN_AT_MOST`) in the
        background; they are shown page by page as they arrive, then how many match."""
        self._text_timer.stop()
        wanted, limit, project = self.wanted(), SHOWN_AT_MOST, self.project

        def read(deliver: Deliver, monitor: TaskMonitor) -> tuple[int, int]:
            shown = 0
            with project.session() as session:
                for page in newest_changes_in_pages(session, wanted, limit=limit):
                    deliver(page)
                    shown += len(page)
                monitor.check()
                total = count_changes(session, wanted) if shown == limit else shown
            return shown, total

        self.model.set_entries([], self.assessment_id)
        self.count.setText(self.tr("Reading…"))
        self.reading.start(read)

    def _stop_reading(self) -> None:
        self.reading.stop()
        self.choices.stop()

    def _show_page(self, entries: list[TrailEntry]) -> None:
        first = not self.model.rows
        self.model.add_entries(entries)
        if first and entries:
            # Through the selection model: selectRow() would follow whatever modifier keys
            # happen to be held and might toggle the row off.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_count(self, counted: tuple[int, int]) -> None:
        shown, total = counted
        if total > shown:
            self.count.setText(
                self.tr("showing the newest %s of %s") % (number(shown), number(total))
            )
        elif total == 1:
            self.count.setText(self.tr("1 change"))
        else:
            self.count.setText(self.tr("%Ln change(s)", "", total))

    def _say_not_read(self, error: BaseException) -> None:
        self.count.setText("")
        self.message.setText(self.tr("The history could not be read: %s") % error)

    def _dates_toggled(self) -> None:
        self.since.setEnabled(self.since_on.isChecked())
        self.until.setEnabled(self.until_on.isChecked())
        self.refresh()

    def _refresh_if(self, needed: bool) -> None:
        if needed:
            self.refresh()

    def _jump(self, index: QModelIndex) -> None:
        entry = self.model.rows[index.row()] if index.isValid() else None
        if (
            entry is not None
            and entry.element_assessment_id is not None
            and self.assessment_id is not None
            and entry.assessment_id == self.assessment_id
        ):
            self.element_chosen.emit(entry.element_assessment_id)

    def export(self) -> Path | None:
        """Ask where, then write every matching change there in the background."""
        wanted, delimiter = self.wanted(), self.csv_delimiter

        def work(target: Path, monitor: TaskMonitor) -> int:
            with language(self.export_language):
                return write_audit_trail(
                    self.project, target, wanted=wanted, monitor=monitor, delimiter=delimiter
                )

        outcome = save_with_progress(
            self,
            title=self.tr("Export the audit trail"),
            proposed=Path.home() / f"{self.project.name} audit trail {date.today():%Y-%m-%d}.xlsx",
            kinds=[
                FileKind(self.tr("Excel workbooks (*.xlsx)"), XLSX_SUFFIX),
                FileKind(self.tr("CSV files (*.csv)"), CSV_SUFFIX),
            ],
            label=lambda target: self.tr("Writing %s") % target.name,
            work=work,
            failure_title=self.tr("Audit trail not written"),
            expected=(ReportError,),
            busy=[self.export_button],
        )
        target, written = outcome.target, outcome.result
        if target is not None and outcome.cancelled:
            self.message.setText(self.tr("Cancelled; %s was not written.") % target.name)
        if target is None or written is None:
            return None
        self.message.setText(
            self.tr("Wrote %1: %Ln change(s).", "", written).replace("%1", target.name)
        )
        return target
