"""The checklist of one assessment: chapter tree, filter bar, element table and detail panel."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    ElementChange,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import (
    ElementFilter,
    ElementRow,
    change_counter,
    element_history,
    element_rows,
    names_in_use,
)
from accredit_tracker.core.assessment.named_rows import NamedRows, NamedRowsReading
from accredit_tracker.core.crosswalk.carrying import carried_to_review, with_open_suggestions
from accredit_tracker.core.evidence.queries import EvidenceRow, evidence_for_element
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP
from accredit_tracker.core.library.element_details import (
    ElementDetails,
    element_details,
    elements_with_attribute,
    filterable_attributes,
)
from accredit_tracker.core.readiness.overview import chapter_titles, profile_of, standard_texts
from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    RunningScore,
    ScoringProfile,
    count_results,
)
from accredit_tracker.core.storage.change_notices import (
    ELEMENTS,
    TRACER_TABLES,
    ChangeNotice,
    listens,
)
from accredit_tracker.core.storage.connection import ConnectionLost, reporting_lost_connection
from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import AccessRefused, Project, ProjectReadOnly
from accredit_tracker.core.storage.sqlite_errors import DiskFull, ProjectBusy
from accredit_tracker.core.tracers.queries import (
    EarlierFinding,
    FindingRow,
    earlier_findings,
    elements_with_overdue_actions,
    findings_of,
)
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.checklist.chapter_tree_model import (
    CHAPTER_ROLE,
    STANDARD_ROLE,
    ChapterTreeModel,
)
from accredit_tracker.ui.checklist.column_menu import FIRST_HIDDEN, show_column_menu
from accredit_tracker.ui.checklist.detail_panel import RESULT_KEYS, DetailPanel
from accredit_tracker.ui.checklist.element_commands import SetValuesCommand, Values
from accredit_tracker.ui.checklist.element_table_model import (
    COL_CHANGED,
    COL_CODE,
    COL_DEPARTMENT,
    COL_DUE,
    COL_EVIDENCE,
    COL_NOTES,
    COL_OWNER,
    COL_RESULT,
    COL_STATUS,
    COL_TEXT,
    ElementTableModel,
)
from accredit_tracker.ui.checklist.filter_bar import FilterBar
from accredit_tracker.ui.checklist.live_changes import LiveChanges
from accredit_tracker.ui.common.labels import result_label, status_label
from accredit_tracker.ui.common.locale_text import date_text
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.palette import (
    ALARM_BACKGROUND,
    ALARM_TEXT,
    CAUTION_BACKGROUND,
    CAUTION_TEXT,
    banner_style,
)
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.evidence.actions import EvidenceActions
from accredit_tracker.ui.evidence.file_list import dropped_files

log = logging.getLogger(__name__)
SCORE_DELAY_MS = 150
# How often a shared project's window looks for others' changes while its server sends no
# change notices.
SHARED_POLL_MS = 4000
NOTES_WAIT_MS = 500  # others' changes wait this long at a time while typed notes are unsaved
_FIELD_NAMES = {
    "result": QT_TRANSLATE_NOOP("ChecklistView", "result"),
    "work_status": QT_TRANSLATE_NOOP("ChecklistView", "status"),
    "owner": QT_TRANSLATE_NOOP("ChecklistView", "owner"),
    "department": QT_TRANSLATE_NOOP("ChecklistView", "department"),
    "due_date": QT_TRANSLATE_NOOP("ChecklistView", "due date"),
    "notes": QT_TRANSLATE_NOOP("ChecklistView", "notes"),
}


class ElementTableView(QTableView):
    """The element table; the single result keys act on it, while arrows move as usual.
    Files dropped on a row are offered as that element's evidence."""

    result_key_pressed = Signal(object)  # Result
    files_dropped = Signal(object, int)  # list[Path], the row they were dropped on

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event) and self.indexAt(event.position().toPoint()).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        paths = dropped_files(event)
        if paths and index.isValid():
            event.acceptProposedAction()
            self.files_dropped.emit(paths, index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            for result, key in RESULT_KEYS.items():
                if event.text() == key:
                    self.result_key_pressed.emit(result)
                    return
        super().keyPressEvent(event)


class ChapterTreeView(QTreeView):
    """The chapter tree; its labels wrap, so each row is as tall as its text needs at the
    width the tree has (worked out again when that width changes)."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(WrappedLabelDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()


class WrappedLabelDelegate(QStyledItemDelegate):
    """Sizes a tree row for its label wrapped in the room left of the row's indentation."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        room = self.tree.viewport().width() - depth * self.tree.indentation() - 10
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = option.fontMetrics.boundingRect(0, 0, max(room, 40), 10_000, flags, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 6))


class ChecklistView(QSplitter):
    """Everything is read once into Python rows; edits go through the core service and then
    refresh just the rows they touched. Shortly after, the standards and chapters those rows
    belong to are scored again, and only they."""

    score_changed = Signal(object)  # AssessmentScore
    watching_changed = Signal()  # see watching_text
    # The tables others changed, as each batch of the server's notices names them (the
    # window's other tabs follow them).
    others_changed = Signal(object)  # frozenset[str]

    def __init__(
        self, project: Project, assessment_id: int, user: str, undo_stack: QUndoStack
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("checklist")
        self.project = project
        self.assessment_id = assessment_id
        self.user = user
        self.undo_stack = undo_stack
        self.score: AssessmentScore | None = None
        # Counted when first scored; then each changed element moves its standard's counts
        # and only the standards and chapters it moved are scored again.
        self.running_score: RunningScore | None = None
        self.seen_changes = 0
        # The element whose typed notes could not be saved (the project busy, its disk full):
        # the panel stays on it until they are, so that they are never dropped.
        self.unsaved_notes_id: int | None = None
        self.not_saved_box: QMessageBox | None = None
        self._not_saved_reason = ""
        self._taking_back_selection = False
        # A shared project shows what others save as soon as the server's change notice
        # arrives; while notices cannot be had it looks every few seconds instead. A project
        # file looks again when the window gets the focus (another window is the only other
        # writer).
        self._poll = QTimer(self)
        self._poll.setInterval(SHARED_POLL_MS)
        self._poll.timeout.connect(self._look_for_changes)
        self.live: LiveChanges | None = None
        self.listening = False  # whether the server's change notices are arriving
        # What the status bar says about seeing others' changes (nothing while notices
        # arrive), and why.
        self.watching_text = self.watching_reason = ""
        self._others_ids: set[int] = set()  # elements others changed, not yet shown
        self._others_everything = False  # others changed more than elements can say
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.timeout.connect(lambda: self._show_current(fields_changed=True))
        self._others_timer = QTimer(self)
        self._others_timer.setSingleShot(True)
        self._others_timer.timeout.connect(self._show_others_changes)
        if project.path is None:
            self._poll.start()
            if listens(project.url):
                # The rows a notice names are read on the listener's thread, so the window
                # only shows them; the reading connection closes with the listener.
                reading = NamedRowsReading(project, assessment_id)
                self.live = LiveChanges(project.url, self, read=reading, on_stop=reading.close)
                self.live.notices.connect(self._others_saved)
                self.live.state.connect(self._notices_state)
                self.live.start()
            else:
                self._notices_state(self.tr("this server does not send change notices"))

        self.tree_model = ChapterTreeModel(self)
        self.tree = ChapterTreeView()
        self.tree.setObjectName("chapterTree")
        self.tree.setHeaderHidden(True)
        # Titles and figures wrap in the tree's width instead of running off its edge.
        self.tree.setWordWrap(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._apply_filter())

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._apply_filter)
        self.model = ElementTableModel(self)
        self.table = ElementTableView()
        self.table.setObjectName("elementTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        # Rows of one height (a table of 100,000 never measures each), tall enough for the
        # element's text to wrap onto a second line when the officer wants it.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.two_lines = True
        self.set_two_lines(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # A title wider than its narrow column ends in "…" (its tooltip has it whole) rather
        # than losing letters at both ends.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda position: show_column_menu(
                header,
                position,
                two_lines=self.two_lines,
                set_two_lines=self.set_two_lines,
                reset=self.reset_columns,
            )
        )
        self._fit_columns()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.result_key_pressed.connect(lambda result: self.set_for_selection(result=result))
        self.model.layoutChanged.connect(lambda *_: self.table.scrollTo(self.table.currentIndex()))

        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        self.locked_banner = QLabel(
            self.tr(
                "<b>Locked.</b> This assessment was locked after its survey: it can be read and "
                "exported, not changed. Assessment → Locked after the survey unlocks it."
            )
        )
        self.locked_banner.setObjectName("lockedBanner")
        self.locked_banner.setWordWrap(True)
        self.locked_banner.setStyleSheet(banner_style(CAUTION_BACKGROUND, CAUTION_TEXT))
        self.locked_banner.hide()
        layout.addWidget(self.locked_banner)
        self.read_only_banner = QLabel(
            self.tr(
                "<b>Read-only:</b> %s. This project can be browsed, searched and exported, "
                "and its evidence saved as copies, but not changed. To change it, save a copy "
                "with File → Copy project to a file."
            )
            % html.escape(project.read_only_reason)
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(self.locked_banner.styleSheet())
        self.read_only_banner.setVisible(project.read_only)
        layout.addWidget(self.read_only_banner)
        self.connection_banner = QLabel()
        self.connection_banner.setObjectName("connectionBanner")
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setStyleSheet(banner_style(ALARM_BACKGROUND, ALARM_TEXT))
        self.connection_banner.hide()
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        self.detail = DetailPanel()
        self.detail.values_edited.connect(self._detail_edited)
        self.evidence = EvidenceActions(self, project, user, undo_stack)
        self.evidence.changed.connect(self.refresh_elements)
        self._connect_evidence()
        self.addWidget(self.tree)
        self.addWidget(centre)
        self.addWidget(self.detail)
        self.setStretchFactor(1, 1)
        self.setCollapsible(1, False)
        self.tree.setMinimumWidth(160)
        # Whether the panes' widths are the officer's (moved by hand, or remembered).
        self.panes_chosen = False
        self.splitterMoved.connect(self._panes_moved)
        self._first_sizes()

        self._score_timer = QTimer(self)
        self._score_timer.setSingleShot(True)
        self._score_timer.timeout.connect(self._rescore)

        self._code_fitted = False
        self.departments: list[str] = []
        self._load_library_texts()
        self.show_locked(self.locked)
        self.reload()

    def _first_sizes(self, width: int | None = None) -> None:
        """The panes' first widths: most of it for the element table, whatever the screen;
        the tree and the detail panel take a share of ``width`` (by default the screen's),
        never less than they need to be read."""
        if width is None:
            # Not yet in the window: its first width is the screen's, up to 1600 pixels.
            width = max(min(self.screen().availableGeometry().width(), 1600), 1000)
        width -= 2 * self.handleWidth()
        share = 12 if width < 1400 else 15  # a wide screen has room for whole titles
        tree = min(max(width * share // 100, self.tree.minimumWidth()), 300)
        detail = min(max(width * 19 // 100, self.detail.minimumWidth()), 440)
        self.setSizes([tree, max(width - tree - detail, 0), detail])

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Until the officer moves a divider (or one was remembered), the panes keep their
        shares of the width the window really has."""
        super().resizeEvent(event)
        if not self.panes_chosen and event.size().width() != event.oldSize().width():
            self._first_sizes(event.size().width())

    def _panes_moved(self) -> None:
        self.panes_chosen = True

    def set_two_lines(self, two: bool) -> None:
        """Show one line, or two, of each element's text in the table (all rows alike)."""
        self.two_lines = two
        self.table.setWordWrap(two)
        spacing = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize((2 if two else 1) * spacing + 8)

    def reset_columns(self) -> None:
        """Columns in their first order, widths and choice, and two lines of text."""
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.moveSection(header.visualIndex(column), column)
            header.setSectionHidden(column, column in FIRST_HIDDEN)
        self._fit_columns()
        self.set_two_lines(True)

    def _fit_columns(self) -> None:
        """First widths: the element's text has the room. Result and status are as wide as
        their longest word in the interface language (Russian's are half as long again as
        English's) and dates as a date; the columns that are mostly empty (owner, files) stay
        narrow, their title in full in its tooltip."""
        fonts = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_fonts = header.fontMetrics()
        day = [date_text(date(2026, 12, 28))]
        words = {
            COL_RESULT: [result_label(result) for result in Result],
            COL_STATUS: [status_label(status) for status in WorkStatus],
            COL_DUE: day,
            COL_CHANGED: day,
        }
        # At most, whatever the title's length; a wide screen has room for an owner's name.
        owner = 130 if self.screen().availableGeometry().width() >= 1600 else 80
        narrow = {COL_OWNER: owner, COL_EVIDENCE: 64}
        for column, least in ((COL_CODE, 80), (COL_RESULT, 72), (COL_STATUS, 64),
                              (COL_OWNER, owner), (COL_DUE, 64), (COL_EVIDENCE, 40),
                              (COL_CHANGED, 64), (COL_DEPARTMENT, 110),
                              (COL_NOTES, 160)):  # fmt: skip
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(
                [header_fonts.horizontalAdvance(title) + 14]
                + [fonts.horizontalAdvance(word) + 12 for word in words.get(column, [])]
            )
            width = max(least, widest)
            self.table.setColumnWidth(column, min(width, narrow.get(column, width)))

    def _connect_evidence(self) -> None:
        panel, actions = self.detail.evidence, self.evidence

        def for_current(action: Callable[[int, int], object]) -> Callable[[int], None]:
            def run(evidence_id: int) -> None:
                if (row := self.current_row()) is not None:
                    action(evidence_id, row.element_assessment_id)

            return run

        panel.add_requested.connect(lambda: actions.choose_and_attach(self.selected_ids()))
        panel.files_dropped.connect(lambda paths: actions.attach(paths, self.selected_ids()))
        panel.paste_requested.connect(lambda: actions.paste_image(self.selected_ids()))
        panel.link_requested.connect(self.link_existing_evidence)
        panel.open_requested.connect(for_current(actions.open))
        panel.save_requested.connect(for_current(actions.save_as))
        panel.edit_requested.connect(for_current(actions.edit_details))
        panel.unlink_requested.connect(for_current(actions.request_unlink))
        self.table.files_dropped.connect(
            lambda paths, row: actions.attach(paths, [self.model.row_at(row).element_assessment_id])
        )

    def link_existing_evidence(self) -> None:
        """Pick files from the evidence library and link them to the selected elements."""
        from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog

        rows = self.selected_rows()
        if not rows:
            return
        target = rows[0].code if len(rows) == 1 else self.tr("%s elements") % len(rows)
        dialog = EvidenceLibraryDialog(self.project, self.assessment_id, self, picking=target)
        if dialog.exec():
            chosen = dialog.chosen()
            self.evidence.link_chosen(
                [c.id for c in chosen],
                [r.element_assessment_id for r in rows],
                ", ".join(c.name for c in chosen),
            )

    def take_back_results(self, preferences: Preferences) -> bool:
        """Preview a filled-in Elements sheet, then apply it as one undoable step."""
        from accredit_tracker.interchange.results.importer import apply_results_import
        from accredit_tracker.ui.common.background import run_with_progress
        from accredit_tracker.ui.imports.results_dialog import ResultsImportDialog, choose_and_plan

        self.detail.flush_notes()
        plan = choose_and_plan(self, self.project, self.assessment_id, preferences)
        if plan is None or not ResultsImportDialog(plan, self).exec():
            return False
        try:
            run_with_progress(
                self,
                self.tr("Applying %s") % plan.file,
                lambda _monitor: apply_results_import(self.project, plan, user=self.user),
            )
        except (AssessmentError, AccessRefused) as error:  # a late conflict, a lock, no right
            QMessageBox.warning(self, self.tr("Results not taken back"), str(error))
            self.reload()
            return False
        self.reload()
        self.undo_stack.push(
            SetValuesCommand(
                self.apply,
                plan.before_by_element(),
                plan.values_by_element(),
                self.tr("Take back %Ln change(s) from %1", "", plan.counts.changes).replace(
                    "%1", plan.file
                ),
                done=True,
            )
        )
        return True

    def show_locked(self, locked: bool) -> None:
        """Say plainly that a locked assessment (or a read-only project) cannot be changed,
        and offer no edits; a key that would change it still gets the core's refusal, with
        its reason."""
        self.locked = locked
        self.locked_banner.setVisible(locked)
        read_only = locked or self.project.read_only
        self.detail.read_only = read_only
        self.table.setAcceptDrops(not read_only)
        self.detail.row = None  # shown again below, with the edits enabled or not
        self._show_current()

    def show_chapter(self, chapter_code: str) -> bool:
        """Show every element of a chapter: the filters are cleared and the tree chooses it."""
        index = self.tree_model.index_of(chapter_code, None)
        if not index.isValid():
            return False
        self.filter_bar.clear()
        self.tree.setCurrentIndex(index)  # the tree's choice filters the table
        self._apply_filter()
        self.table.setFocus()
        return True

    def show_element(self, element_assessment_id: int) -> bool:
        """Select an element, clearing the filters and the tree choice that would hide it."""
        if self.model.row_by_id(element_assessment_id) is None:
            return False
        if self.model.position_of(element_assessment_id) is None:
            self.filter_bar.clear()
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(self.tree_model.index(0, 0))
            self.tree.selectionModel().blockSignals(False)
            self._apply_filter()
        self._select_ids({element_assessment_id}, element_assessment_id)
        self.table.setFocus()
        return True

    # Loading

    def _load_library_texts(self) -> None:
        with self.project.session() as session:
            assessment = session.get(Assessment, self.assessment_id)
            assert assessment is not None
            self.profile: ScoringProfile = profile_of(session, assessment)
            self.locked = assessment.locked
            self.chapter_titles = chapter_titles(session, assessment.library_id)
            self.standard_texts = standard_texts(session, assessment.library_id)
            attributes = filterable_attributes(session, assessment.library_id)
        self._attribute_rows: dict[tuple[str, str], frozenset[int]] = {}
        self.filter_bar.set_attributes(attributes)

    def reload_profile(self) -> None:
        """Score again under the assessment's scoring profile after it was changed."""
        self._load_library_texts()
        self.running_score = None
        self._rescore()

    def reload(self) -> None:
        """Read every row again (another window may have changed them), keeping the selection."""
        current = self.current_row()
        selected = {r.element_assessment_id for r in self.selected_rows()}
        with self.project.session() as session, paused_garbage_collection(freeze_survivors=True):
            rows = element_rows(session, self.assessment_id)
            owners = names_in_use(session, "owner")
            departments = names_in_use(session, "department")
            carried = carried_to_review(session, self.assessment_id)
            suggested = with_open_suggestions(session, self.assessment_id)
            self.seen_changes = change_counter(session)
        self.departments = departments
        self.filter_bar.set_owners(owners)
        self.filter_bar.set_review(carried, suggested)
        self.detail.set_completions(owners, departments)
        among = self._element_filter().among
        if among != self.model.element_filter.among:  # the review queue moved on
            self.model.set_filter(replace(self.model.element_filter, among=among))
        self.model.set_rows(rows)
        if not self._code_fitted and rows:
            # Codes never wrap: the column is as wide as the longest code (by its letters;
            # measuring each of 100,000 would cost more than it shows), with a little to
            # spare for one of as many letters that is wider.
            self._code_fitted = True
            longest = max((row.code for row in rows), key=len)
            wanted = self.table.fontMetrics().horizontalAdvance(longest) + 18
            self.table.setColumnWidth(COL_CODE, max(self.table.columnWidth(COL_CODE), wanted))
        self.running_score = None
        # The rows come first; the score and the tree's figures follow as soon as the table
        # is on screen (a moment at 100,000 elements, unnoticeable at a few thousand).
        self._score_timer.start(0)
        self._after_filter()
        self._select_ids(selected, current.element_assessment_id if current else None)

    def reload_if_changed_elsewhere(self) -> bool:
        """Show what other windows or officers saved since this one read the rows, keeping
        the selection; not while notes typed here wait to be saved (the next look will).
        On a shared project a lost connection is reported in the banner, not raised."""
        if not self.connection_banner.isHidden() and not self._reconnected():
            return False
        if self.detail.notes_pending():
            return False
        try:
            with reporting_lost_connection(self.project):
                with self.project.session() as session:
                    changed = change_counter(session) != self.seen_changes
                if changed:
                    self.reload()
        except ConnectionLost as error:
            self._show_lost_connection(error)
            return False
        return changed

    def _reconnected(self) -> bool:
        """Whether the server answers again; if so, hide the banner and save what waited."""
        try:
            with reporting_lost_connection(self.project), self.project.session() as session:
                change_counter(session)
        except ConnectionLost as error:
            self._show_lost_connection(error)
            return False
        self.connection_banner.hide()
        self.detail.flush_notes()
        return True

    def stop_watching(self) -> None:
        """Stop looking for others' changes: the window is leaving this project."""
        self._poll.stop()
        self._others_timer.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None
        self.listening = False

    # Others' changes on a shared project

    def _look_for_changes(self) -> None:
        """The poll: look for others' changes, and stop polling once notices arrive again
        and the server answers."""
        self.reload_if_changed_elsewhere()
        if self.listening and self.connection_banner.isHidden():
            self._poll.stop()

    def _notices_state(self, reason: str | None) -> None:
        """Notices arrive (``None``), or cannot be had (why): poll meanwhile, and say so."""
        if self.live is None and reason is None:
            return  # a late word from a listener already stopped
        if reason is None:
            self.listening = True
            self.watching_text = self.watching_reason = ""
            if self.connection_banner.isHidden():
                self._poll.stop()
            # What others saved while nothing was heard.
            self.reload_if_changed_elsewhere()
        else:
            self.listening = False
            self.watching_text = self.tr(
                "Others' changes: looked for every %s s (no notices from the server)"
            ) % (SHARED_POLL_MS // 1000)
            self.watching_reason = reason
            if not self._poll.isActive():
                self._poll.start()
        self.watching_changed.emit()

    def _others_saved(self, notices: list[ChangeNotice], read: NamedRows | None) -> None:
        """Show what others saved: the rows the notices named, read as they arrived (when
        they were), else read here once the batches already queued have been added."""
        if self.live is None:
            return
        if read is not None and self.detail.notes_pending():
            read = None  # shown once the notes typed here are saved, read again then
        if read is not None:
            self._show_named_rows(read)
        tracers_changed = False
        for notice in notices:
            if notice.table == ELEMENTS and notice.ids is not None:
                if read is None or not notice.ids <= read.ids:
                    self._others_ids |= notice.ids
            elif notice.table in TRACER_TABLES:
                tracers_changed = True  # the rows do not show tracers, only a filter does
            else:  # the elements' texts, scoring, review lists, evidence dates: all rows
                self._others_everything = True
        if tracers_changed and self.filter_bar.overdue_actions.isChecked():
            self._apply_filter()
        if (self._others_ids or self._others_everything) and not self._others_timer.isActive():
            # While many officers save, one read covers every batch already queued.
            self._others_timer.start(0)
        self.others_changed.emit(frozenset(notice.table for notice in notices))

    def _show_named_rows(self, read: NamedRows) -> None:
        """Show the rows read for a batch of notices, but none older than what is shown (this
        window may have saved the element since they were read)."""
        self.seen_changes = max(self.seen_changes, read.change_counter)
        changed = []
        for row in read.rows:
            shown = self.model.row_by_id(row.element_assessment_id)
            if shown is not None and (
                row.version > shown.version or (row.version == shown.version and row != shown)
            ):
                changed.append(row)
        if changed:
            self._show_fresh(changed)

    def _show_others_changes(self) -> None:
        """Show the elements others changed (all rows again when notices said more than
        which elements); not while notes typed here wait to be saved."""
        if self.detail.notes_pending():
            self._others_timer.start(NOTES_WAIT_MS)
            return
        everything, ids = self._others_everything, self._others_ids
        self._others_everything, self._others_ids = False, set()
        if everything:
            # The notice itself says something changed: read again even if the change
            # counter was already read past it (with the rows of an element notice).
            self.seen_changes = -1
            self.reload_if_changed_elsewhere()
            return
        shown = [i for i in sorted(ids) if self.model.row_by_id(i) is not None]
        if not shown:
            return
        try:
            with reporting_lost_connection(self.project), self.project.session() as session:
                fresh = element_rows(session, self.assessment_id, only=shown)
                self.seen_changes = change_counter(session)
        except ConnectionLost as error:
            self._show_lost_connection(error)
            return
        # This window's own changes come back too, and are already shown as they are.
        changed = [row for row in fresh if row != self.model.row_by_id(row.element_assessment_id)]
        if changed:
            self._show_fresh(changed)

    def _show_lost_connection(self, error: ConnectionLost) -> None:
        """Say the shared project's server is out of reach; the window keeps everything typed
        and tries again every few seconds."""
        log.warning("Lost the connection to %s: %s", self.project.name, error.__cause__)
        self.connection_banner.setText(
            self.tr(
                "<b>No connection to the shared project</b> since %s. What you type is kept "
                "and saved when the server answers again; a result or field set meanwhile was "
                "not saved. Trying again every few seconds…"
            )
            % QTime.currentTime().toString("HH:mm")
            if self.connection_banner.isHidden()
            else self.connection_banner.text()
        )
        self.connection_banner.show()
        if not self._poll.isActive():
            self._poll.start()

    def _rescore(self) -> None:
        self._score_timer.stop()
        if self.running_score is not None:
            # Only what the changes since the last score moved: a few standards and chapters.
            change = self.running_score.rescore()
            if change.standards:
                self.score = change.score
                self.tree_model.show_change(change)
                self.score_changed.emit(self.score)
            return
        with paused_garbage_collection(freeze_survivors=True):
            self.running_score = RunningScore(
                self.profile,
                count_results(self.model.all_rows),
                known_chapters=self.chapter_titles,
            )
            self.score = self.running_score.score
        chapter, standard = self._tree_choice()
        self.tree_model.set_score(self.score, self.chapter_titles, self.standard_texts)
        index = self.tree_model.index_of(chapter, standard)
        if not index.isValid():
            index = self.tree_model.index(0, 0)
        elif index.parent().isValid():
            self.tree.expand(index.parent())
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self.score_changed.emit(self.score)

    # Filtering and selection

    def _tree_choice(self) -> tuple[str | None, str | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(CHAPTER_ROLE), index.data(STANDARD_ROLE)

    def _element_filter(self) -> ElementFilter:
        """What the filter bar and the tree ask for, with the rows a chosen attribute, the
        Overdue actions switch and the review list limit it to."""
        chapter, standard = self._tree_choice()
        among = None
        choice = self.filter_bar.attribute_choice()
        if choice is not None:
            among = self._attribute_rows.get(choice)
            if among is None:
                with self.project.session() as session:
                    among = elements_with_attribute(session, self.assessment_id, *choice)
                self._attribute_rows[choice] = among
        overdue_actions = None
        if self.filter_bar.overdue_actions.isChecked():
            with self.project.session() as session:
                overdue_actions = frozenset(
                    elements_with_overdue_actions(session, self.assessment_id, date.today())
                )
        return self.filter_bar.element_filter(chapter, standard, among, overdue_actions)

    def _apply_filter(self) -> None:
        current = self.current_row()
        self.model.set_filter(self._element_filter())
        self._after_filter()
        if current is not None:
            self._select_ids({current.element_assessment_id}, current.element_assessment_id)

    def _after_filter(self) -> None:
        self.filter_bar.show_count(self.model.rowCount(), self.model.total)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COL_CODE))
        self._show_current()

    def _select_ids(self, ids: set[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for element_id in ids:
            position = self.model.position_of(element_id)
            if position is not None:
                selection.select(self.model.index(position, 0), flags)
        position = self.model.position_of(current) if current is not None else None
        if position is not None:
            selection.setCurrentIndex(
                self.model.index(position, COL_CODE), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(position, COL_CODE))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COL_CODE))
        self._show_current()

    def current_row(self) -> ElementRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        return [r.element_assessment_id for r in self.selected_rows()]

    def selected_rows(self) -> list[ElementRow]:
        rows = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        if not rows and (current := self.current_row()) is not None:
            rows = [current]
        return rows

    def focus_filter(self) -> None:
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def _show_current(self, *, fields_changed: bool = False) -> None:
        """Show the current element in the detail panel; ``fields_changed``: only fields of
        the elements were changed here since, so the panel's evidence files still hold."""
        row = self.current_row()
        if self._kept_on_unsaved_notes(row):
            return
        selected = len(self.selected_rows())
        shown = self.detail.row
        if row is not None and row is shown and selected == self.detail.selected_count:
            # The panel already shows this very row (a re-read or an edit makes a new one):
            # filtering and sorting need not query its history and evidence again.
            return
        history = []
        evidence: list[EvidenceRow] | None = []
        details = ElementDetails()
        findings: list[FindingRow] = []
        earlier: list[EarlierFinding] = []
        same = False
        if row is not None:
            same = (
                fields_changed
                and shown is not None
                and shown.element_assessment_id == row.element_assessment_id
            )
            element_id = row.element_assessment_id
            with self.project.session() as session:
                history = element_history(session, element_id)
                if same:
                    # Only its fields changed: its files, the library's texts and the
                    # findings shown still hold; the history has the new change.
                    evidence, details = None, self.detail.shown_details or ElementDetails()
                else:
                    evidence = evidence_for_element(session, element_id)
                    details = element_details(session, element_id)
                    findings = findings_of(
                        session, self.assessment_id, element_assessment_id=element_id
                    )
                    earlier = earlier_findings(session, self.assessment_id, [element_id])
        self.detail.show_row(
            row,
            selected,
            history,
            self.chapter_titles.get(row.chapter_code, "") if row else "",
            self.standard_texts.get(row.standard_code, "") if row else "",
            evidence,
            details,
        )
        if row is not None and not same:
            self.detail.show_findings(findings, earlier)

    def refresh_findings(self) -> None:
        """Show the current element's findings again (one was recorded on the Tracers tab)."""
        row = self.detail.row
        if row is None:
            return
        with self.project.session() as session:
            findings = findings_of(
                session, self.assessment_id, element_assessment_id=row.element_assessment_id
            )
            earlier = earlier_findings(session, self.assessment_id, [row.element_assessment_id])
        self.detail.show_findings(findings, earlier)

    def _kept_on_unsaved_notes(self, row: ElementRow | None) -> bool:
        """Whether the selection was taken back to the element whose notes could not be
        saved, rather than leave them (and the editor holding them) behind."""
        if self._taking_back_selection:
            return True  # the selection passes through other rows on its way back
        kept = self.unsaved_notes_id
        if kept is None or (row is not None and row.element_assessment_id == kept):
            return False
        shown = self.detail.row
        if (
            shown is None
            or shown.element_assessment_id != kept
            or not self.detail.notes_pending()
            or self.model.position_of(kept) is None
        ):
            self.unsaved_notes_id = None
            return False
        self._taking_back_selection = True
        try:
            self._select_ids({kept}, kept)
        finally:
            self._taking_back_selection = False
        if self.not_saved_box is None:
            self._say_not_saved(self._not_saved_reason, {})
        return True

    # Editing

    def set_for_selection(self, **values: object) -> None:
        """Set fields of every selected element in one undoable step."""
        self.detail.flush_notes()
        rows = self.selected_rows()
        if not rows:
            return
        self.change({row.element_assessment_id: dict(values) for row in rows})

    def _detail_edited(self, values: dict[str, object]) -> None:
        row = self.detail.row
        if row is None:
            return
        if "notes" in values:
            # Notes belong to the element shown; the panel may be saving them after the
            # selection moved on, so they never go to other selected elements.
            self.change({row.element_assessment_id: values})
        else:
            self.set_for_selection(**values)

    def change(self, after: Values) -> None:
        """Push one undo step that sets ``after`` (id → field → value)."""
        before = {
            element_id: {name: getattr(row, name) for name in values}
            for element_id, values in after.items()
            if (row := self.model.row_by_id(element_id)) is not None
        }
        after = {
            element_id: values
            for element_id, values in after.items()
            if element_id in before and before[element_id] != values
        }
        if not after:
            return
        self.undo_stack.push(SetValuesCommand(self.apply, before, after, self._describe(after)))

    def _describe(self, after: Values) -> str:
        names = sorted({_FIELD_NAMES[name] for values in after.values() for name in values})
        fields = ", ".join(self.tr(name) for name in names)
        if len(after) == 1:
            return self.tr("Set %s") % fields
        return self.tr("Set %1 of %Ln element(s)", "", len(after)).replace("%1", fields)

    def apply(self, values_by_id: Values) -> bool:
        """Write values through the core service (one transaction, audited); refuse politely
        when another window changed one of the elements since this one read it."""
        changes = [
            ElementChange(element_id, dict(values), row.version)
            for element_id, values in values_by_id.items()
            if (row := self.model.row_by_id(element_id)) is not None
        ]
        try:
            with (
                reporting_lost_connection(self.project),
                self.project.transaction() as session,
            ):
                written = update_elements(session, changes, user=self.user)
                self.seen_changes = change_counter(session)
        except (AssessmentError, AccessRefused, ProjectReadOnly) as error:
            message = str(error)
            typed = [v["notes"] for v in values_by_id.values() if "notes" in v]
            if typed:
                # The reload below shows the stored notes; what was typed is not lost.
                message += "\n\n" + self.tr("Your notes, not saved:") + "\n" + str(typed[0])
            QMessageBox.warning(self, self.tr("Change not saved"), message)
            self.reload()
            return False
        except ConnectionLost as error:
            self._show_lost_connection(error)
            return False
        except (ProjectBusy, DiskFull) as error:
            # Rolled back: nothing was stored, so the undo step that called this is dropped.
            shown = self.detail.row
            if shown is not None and "notes" in values_by_id.get(shown.element_assessment_id, {}):
                self.unsaved_notes_id = shown.element_assessment_id
            self._not_saved_reason = str(error)
            self._say_not_saved(str(error), values_by_id)
            return False
        if self.unsaved_notes_id in values_by_id:
            self.unsaved_notes_id = None
        # What was written is shown as it is: no need to read the elements again.
        self._show_fresh(
            [
                replace(row, **fields)
                for element_id, fields in written.items()
                if (row := self.model.row_by_id(element_id)) is not None
            ],
            fields_changed=True,
        )
        return True

    def _say_not_saved(self, message: str, values_by_id: Values) -> None:
        """Say that a change was not stored, offering to try it again (``values_by_id``, and
        the notes still waiting in the panel) or to go on editing. The box is opened, not
        run in a loop of its own, so that the window stays as it was behind it."""
        if self.not_saved_box is not None:
            return  # the open box already offers to try again
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Change not saved"), message, parent=self
        )
        box.setObjectName("notSavedBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.not_saved_box = box

        def answered() -> None:
            self.not_saved_box = None
            if box.clickedButton() is retry:
                self._retry(values_by_id)

        box.finished.connect(answered)
        box.open()

    def _retry(self, values_by_id: Values) -> None:
        """Store again what was not stored: the notes as the panel holds them now, and the
        other values as they were asked for."""
        shown = self.detail.row
        others = {
            element_id: fields
            for element_id, values in values_by_id.items()
            if (
                fields := {
                    name: value
                    for name, value in values.items()
                    if name != "notes" or shown is None or shown.element_assessment_id != element_id
                }
            )
        }
        self.detail.flush_notes()
        if others:
            self.change(others)

    def refresh_elements(self, element_ids: list[int]) -> None:
        """Re-read rows this window changed (fields, evidence) and show them; the score
        follows on its timer."""
        with self.project.session() as session:
            fresh = element_rows(session, self.assessment_id, only=element_ids)
            self.seen_changes = change_counter(session)
        self._show_fresh(fresh)

    def _show_fresh(self, fresh: list[ElementRow], *, fields_changed: bool = False) -> None:
        running = self.running_score
        for row in fresh:
            old = self.model.row_by_id(row.element_assessment_id)
            if running is not None and old is not None and old.result != row.result:
                running.move(old.chapter_code, old.standard_code, old.result, row.result)
        self.model.replace_rows(fresh)
        self._score_timer.start(SCORE_DELAY_MS)
        if fields_changed:
            # The row is painted first; the panel's history (with the change just made)
            # follows in the next turn of the event loop.
            self._panel_timer.start(0)
        else:
            self._show_current()

    # Remembered layout

    def save_state(self, preferences: Preferences) -> None:
        self.detail.flush_notes()
        preferences.checklist_splitter = self.saveState()
        preferences.checklist_header = self.table.horizontalHeader().saveState()
        preferences.checklist_columns = self.model.columnCount()
        preferences.checklist_two_lines = self.two_lines

    def restore_state(self, preferences: Preferences) -> None:
        """The panes, columns (order, widths, which are shown, sort) and lines of text as the
        officer left them; columns added since they were saved start hidden."""
        splitter = preferences.checklist_splitter
        if splitter is not None and self.restoreState(splitter):
            self.panes_chosen = True
        horizontal = self.table.horizontalHeader()
        header = preferences.checklist_header
        if header is not None and horizontal.restoreState(header):
            for column in range(preferences.checklist_columns, horizontal.count()):
                horizontal.setSectionHidden(column, True)
            self.model.sort(horizontal.sortIndicatorSection(), horizontal.sortIndicatorOrder())
        else:
            for column in FIRST_HIDDEN:
                horizontal.setSectionHidden(column, True)
        self.set_two_lines(preferences.checklist_two_lines)
