"""The Tracers tab: an assessment's tracers, the findings of the one chosen, accepting a
finding's result into the checklist, and the corrective actions (deleting them: deletion.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.tracers.corrective_actions import update_action
from accredit_tracker.core.tracers.findings import Acceptance, accept_finding, withdraw_acceptance
from accredit_tracker.core.tracers.queries import (
    ActionRow,
    FindingRow,
    actions_of,
    findings_of,
    tracers_of,
)
from accredit_tracker.core.tracers.tracers import set_tracer_status
from accredit_tracker.core.tracers.words import OPEN_ACTION_STATUSES, ActionStatus, TracerStatus
from accredit_tracker.core.tracers.worksheet import tracer_worksheet
from accredit_tracker.ui.common.list_table_model import ListTableModel
from accredit_tracker.ui.common.saving import FileKind, choose_save_path
from accredit_tracker.ui.tracers.commands import AcceptFindingCommand
from accredit_tracker.ui.tracers.deletion import TracerDeletion
from accredit_tracker.ui.tracers.table_models import (
    COL_ACTION_WHAT,
    COL_FINDING_OBSERVED,
    COL_TRACER_FOCUS,
    ID_ROLE,
    ActionTableModel,
    FindingTableModel,
    TracerTableModel,
)
from accredit_tracker.ui.tracers.worksheet_pdf import write_worksheet_pdf

_WIDEST_COLUMN = 220
"""No column but the text's grows wider than this when fitted to what it shows."""


class _ColumnFit(QObject):
    """Fits a table's columns, once, to their titles and values (in any language), when rows
    are first shown at the table's real width: the text column (``stretch``) keeps two fifths
    of the table and takes the room left; after that the officer's own widths are kept."""

    def __init__(self, table: QTableView, stretch: int) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.fitted = False
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # Fitting measures the rows on screen, not ten thousand actions.
        table.horizontalHeader().setResizeContentsPrecision(0)
        table.model().modelReset.connect(self.fit)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, model = self.table, self.table.model()
        if self.fitted or not table.isVisible():
            return
        self.fitted = model.rowCount() > 0  # until rows arrive, the titles alone are fitted
        wanted = {}
        for column in range(model.columnCount()):
            if column != self.stretch:
                table.resizeColumnToContents(column)
                wanted[column] = min(_WIDEST_COLUMN, table.columnWidth(column))
        # When the others want more than three fifths, the widest give way first, down to a
        # common width.
        room = table.viewport().width() * 3 // 5
        cap = _WIDEST_COLUMN
        while cap > 40 and sum(min(cap, width) for width in wanted.values()) > room:
            cap -= 10
        for column, width in wanted.items():
            table.setColumnWidth(column, min(cap, width))


def _table(name: str, model: ListTableModel, stretch: int) -> QTableView:
    """A read-only list of ``model``'s rows, column ``stretch`` the text a person reads."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setModel(model)
    _ColumnFit(table, stretch)
    return table


class TracersView(QWidget):
    """Reads the tracers and findings when shown and after each change made here."""

    elements_changed = Signal(list)
    """Element assessment ids whose result a change here set (the checklist re-reads them)."""
    findings_changed = Signal()
    """Findings were deleted or put back (the checklist's detail panel lists them)."""

    def __init__(
        self, project: Project, assessment_id: int, user: str, undo_stack: QUndoStack
    ) -> None:
        super().__init__()
        self.setObjectName("tracers")
        self.project = project
        self.assessment_id = assessment_id
        self.user = user
        self.undo_stack = undo_stack
        self.read_only = True  # until reload reads the lock
        self.all_actions: list[ActionRow] = []

        self.new_tracer_button = QPushButton(self.tr("New tracer…"))
        self.new_tracer_button.setObjectName("newTracer")
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("tracerDone")
        self.finding_button = QPushButton(self.tr("Record finding…"))
        self.finding_button.setObjectName("recordFinding")
        self.worksheet_button = QPushButton(self.tr("Worksheet PDF…"))
        self.worksheet_button.setObjectName("tracerWorksheet")
        self.worksheet_button.setToolTip(
            self.tr("The elements of the tracer's scope with room to write, for the round")
        )
        self.accept_button = QPushButton(self.tr("Accept into checklist"))
        self.accept_button.setObjectName("acceptFinding")
        self.accept_button.setToolTip(
            self.tr("Set the finding's elements to its observed compliance (can be undone)")
        )
        self.done_button.clicked.connect(self.mark_done)
        self.accept_button.clicked.connect(self.accept_current_finding)
        buttons = QHBoxLayout()
        for button in (
            self.new_tracer_button,
            self.worksheet_button,
            self.done_button,
            self.finding_button,
            self.accept_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tracer_model = TracerTableModel(self)
        self.tracer_table = _table("tracerTable", self.tracer_model, COL_TRACER_FOCUS)
        self.tracer_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_findings()
        )
        self.finding_model = FindingTableModel(self)
        self.finding_table = _table("findingTable", self.finding_model, COL_FINDING_OBSERVED)
        self.finding_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.findings_label = QLabel()

        self.raise_button = QPushButton(self.tr("Raise action…"))
        self.raise_button.setObjectName("raiseAction")
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startAction")
        self.finish_button = QPushButton(self.tr("Done"))
        self.finish_button.setObjectName("finishAction")
        self.verify_button = QPushButton(self.tr("Verify…"))
        self.verify_button.setObjectName("verifyAction")
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("overdueOnly")
        self.start_button.clicked.connect(lambda: self.set_action_status(ActionStatus.IN_PROGRESS))
        self.finish_button.clicked.connect(lambda: self.set_action_status(ActionStatus.DONE))
        self.overdue_only.toggled.connect(lambda _checked: self.show_actions(read=False))
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(QLabel(self.tr("Corrective actions")))
        for widget in (
            self.raise_button,
            self.start_button,
            self.finish_button,
            self.verify_button,
            self.overdue_only,
        ):
            action_buttons.addWidget(widget)
        action_buttons.addStretch(1)
        self.action_model = ActionTableModel(self)
        self.action_table = _table("actionTable", self.action_model, COL_ACTION_WHAT)
        self.action_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.deletion = TracerDeletion(self)
        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addLayout(action_buttons)
        actions_layout.addWidget(self.action_table)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.findings_label)
        lower_layout.addWidget(self.finding_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tracer_table)
        splitter.addWidget(lower)
        splitter.addWidget(actions)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.reload()

    # Reading

    def _read_lock(self) -> None:
        """Note whether the assessment may be changed here: not when it is locked, nor when
        the project cannot be changed (read at each reload, not at each button update)."""
        with self.project.session() as session:
            self.deletion.read_rights(session)
            if self.project.read_only:
                self.read_only = True
                return
            assessment = session.get(Assessment, self.assessment_id)
            self.read_only = assessment is None or assessment.locked

    def reload(self, *, tracer_id: int | None = None) -> None:
        """Read the tracers again, keeping the chosen one (or choosing ``tracer_id``)."""
        chosen = tracer_id if tracer_id is not None else self.current_tracer_id()
        self._read_lock()
        with self.project.session() as session:
            self.tracer_model.set_rows(tracers_of(session, self.assessment_id))
        self.show_actions()
        position = self.tracer_model.position_of(chosen) if chosen is not None else None
        if position is None and self.tracer_model.rows:
            position = 0
        if position is not None:
            # Quietly: the findings are read once, below, not also on the selection's signal.
            selection = self.tracer_table.selectionModel()
            blocker = QSignalBlocker(selection)
            selection.setCurrentIndex(
                self.tracer_model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            del blocker
            self.tracer_table.viewport().update()
        self.show_findings()

    def current_tracer_id(self) -> int | None:
        index = self.tracer_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_action(self) -> ActionRow | None:
        index = self.action_table.currentIndex()
        return self.action_model.rows[index.row()] if index.isValid() else None

    def show_actions(self, *, action_id: int | None = None, read: bool = True) -> None:
        """Show the actions (only the overdue ones when asked), keeping the chosen one (or
        choosing ``action_id``); ``read``: read them from the project again first."""
        kept = action_id if action_id is not None else getattr(self.current_action(), "id", None)
        today = date.today()
        self.action_model.today = today
        if read:
            with self.project.session() as session:
                self.all_actions = actions_of(session, self.assessment_id)
        rows = self.all_actions
        if self.overdue_only.isChecked():
            # ActionRow.overdue's rule, written out: at 10,000 actions two calls a row would
            # double the filter's time.
            still_open = OPEN_ACTION_STATUSES
            rows = [
                row
                for row in rows
                if row.due_on is not None and row.due_on < today and row.status in still_open
            ]
        self.action_model.set_rows(rows)
        position = (
            None
            if kept is None
            else next((n for n, row in enumerate(rows) if row.id == kept), None)
        )
        if position is not None:
            self.action_table.selectionModel().setCurrentIndex(
                self.action_model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def current_finding(self) -> FindingRow | None:
        index = self.finding_table.currentIndex()
        return self.finding_model.rows[index.row()] if index.isValid() else None

    def show_findings(self, *, finding_id: int | None = None) -> None:
        tracer_id = self.current_tracer_id()
        kept = finding_id if finding_id is not None else getattr(self.current_finding(), "id", None)
        rows: list[FindingRow] = []
        if tracer_id is not None:
            with self.project.session() as session:
                rows = findings_of(session, self.assessment_id, tracer_id=tracer_id)
        self.finding_model.set_rows(rows)
        self.findings_label.setText(
            self.tr("Findings of the chosen tracer: %n", "", len(rows))
            if tracer_id is not None
            else self.tr("Plan a tracer with New tracer, then record its findings.")
        )
        position = next((n for n, row in enumerate(rows) if row.id == kept), 0 if rows else None)
        if position is not None:
            self.finding_table.selectionModel().setCurrentIndex(
                self.finding_model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_change = not self.read_only
        tracer = self.current_tracer_id()
        finding = self.current_finding()
        self.new_tracer_button.setEnabled(can_change)
        self.done_button.setEnabled(can_change and tracer is not None)
        self.worksheet_button.setEnabled(tracer is not None)
        self.finding_button.setEnabled(can_change and tracer is not None)
        self.accept_button.setEnabled(can_change and finding is not None and not finding.accepted)
        action = self.current_action()
        status = action.status if action is not None else None
        self.raise_button.setEnabled(can_change)
        self.start_button.setEnabled(can_change and status == ActionStatus.PLANNED)
        self.finish_button.setEnabled(
            can_change and status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
        )
        self.verify_button.setEnabled(can_change and status == ActionStatus.DONE)
        self.deletion.update_enabled(can_change)

    # Changing

    def refused(self, title: str, error: UserError) -> None:
        """Say why the project refused a change."""
        QMessageBox.warning(self, title, str(error))

    def mark_done(self) -> None:
        tracer_id = self.current_tracer_id()
        if tracer_id is None:
            return
        try:
            with self.project.transaction() as session:
                set_tracer_status(session, tracer_id, TracerStatus.DONE, user=self.user)
        except UserError as error:
            self.refused(self.tr("Tracer not changed"), error)
        self.reload()

    def save_worksheet(self, path: Path | None = None) -> Path | None:
        """Save the chosen tracer's worksheet as a PDF (asking where, unless ``path``)."""
        tracer_id = self.current_tracer_id()
        if tracer_id is None:
            return None
        with self.project.session() as session:
            sheet = tracer_worksheet(session, tracer_id)
        if path is None:
            name = self.tr("Tracer worksheet %s.pdf") % tracer_id
            path = choose_save_path(
                self,
                self.tr("Save the tracer worksheet"),
                Path.home() / name,
                [FileKind(self.tr("PDF documents (*.pdf)"), ".pdf")],
            )
            if path is None:
                return None
        return write_worksheet_pdf(sheet, path)

    def set_action_status(self, status: ActionStatus) -> None:
        action = self.current_action()
        if action is None:
            return
        try:
            with self.project.transaction() as session:
                update_action(session, action.id, status=status, user=self.user)
        except UserError as error:
            self.refused(self.tr("Action not changed"), error)
        self.show_actions(action_id=action.id)

    def accept_current_finding(self) -> None:
        finding = self.current_finding()
        if finding is None or finding.accepted:
            return
        self.undo_stack.push(
            AcceptFindingCommand(
                self.accept, self.withdraw, finding.id, self.tr("Accept finding %s") % finding.id
            )
        )

    def accept(self, finding_id: int) -> Acceptance | None:
        """Accept a finding through the core service; None when it was refused (said)."""
        try:
            with self.project.transaction() as session:
                acceptance = accept_finding(session, finding_id, user=self.user)
        except UserError as error:
            self.refused(self.tr("Finding not accepted"), error)
            self.show_findings()
            return None
        self.show_findings(finding_id=finding_id)
        self.elements_changed.emit(list(acceptance.results_before))
        return acceptance

    def withdraw(self, acceptance: Acceptance) -> bool:
        """Undo an acceptance through the core service; False when it was refused (said)."""
        try:
            with self.project.transaction() as session:
                withdraw_acceptance(session, acceptance, user=self.user)
        except UserError as error:
            self.refused(self.tr("Acceptance not undone"), error)
            self.show_findings()
            return False
        self.show_findings(finding_id=acceptance.finding_id)
        self.elements_changed.emit(list(acceptance.results_before))
        return True
