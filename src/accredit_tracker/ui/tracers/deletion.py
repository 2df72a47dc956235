"""Deleting on the Tracers tab: a Delete action (the Del key and the context menu) on each of
its three lists, a question naming what goes and what stays, and Edit → Undo to put it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableView

from accredit_tracker.core.audit.recording import undoing
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.tracers.removal import (
    delete_action,
    delete_finding,
    delete_tracer,
    may_delete,
    restore_action,
    restore_finding,
    restore_tracer,
    tracer_contents,
)
from accredit_tracker.ui.tracers.commands import DeleteCommand

if TYPE_CHECKING:
    from accredit_tracker.ui.tracers.view import TracersView


class TracerDeletion(QObject):
    """The Delete actions of the tab's lists; shown only to whoever may delete (anyone in a
    project file, administrators on a shared project) and enabled while the assessment may
    be changed and a row is chosen."""

    def __init__(self, view: TracersView) -> None:
        super().__init__(view)
        self.view = view
        self.allowed = False  # until read at the view's reload
        self.delete_tracer_action = self._action(view.tracer_table, "deleteTracer", self.tracer)
        self.delete_finding_action = self._action(view.finding_table, "deleteFinding", self.finding)
        self.delete_action_action = self._action(view.action_table, "deleteAction", self.action)

    def _action(self, table: QTableView, name: str, triggered: Callable[[], None]) -> QAction:
        action = QAction(self.tr("Delete…"), table)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(triggered)
        table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def read_rights(self, session: Any) -> None:
        """Ask the project, in the view's ``session``, whether this login may delete (at each
        reload of the tab)."""
        self.allowed = may_delete(session)

    def update_enabled(self, can_change: bool) -> None:
        view = self.view
        chosen = (
            (self.delete_tracer_action, view.current_tracer_id() is not None),
            (self.delete_finding_action, view.current_finding() is not None),
            (self.delete_action_action, view.current_action() is not None),
        )
        for action, has_row in chosen:
            action.setVisible(self.allowed)
            action.setEnabled(self.allowed and can_change and has_row)

    # Asking

    def _confirmed(self, title: str, question: str, *facts: str) -> bool:
        text = " ".join((question, *facts, self.tr("Edit → Undo puts it back.")))
        answer = QMessageBox.question(
            self.view,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _files_stay(self) -> str:
        return self.tr("Evidence files stay in the project.")

    def tracer(self) -> None:
        view = self.view
        tracer_id = view.current_tracer_id()
        if tracer_id is None or not self.delete_tracer_action.isEnabled():
            return
        try:
            with view.project.session() as session:
                contents = tracer_contents(session, tracer_id)
        except UserError as error:
            view.refused(self.tr("Tracer not deleted"), error)
            view.reload()
            return
        facts = []
        if contents.findings:
            question = self.tr(
                "Delete the tracer “%1” and its %n finding(s)?", "", contents.findings
            )
            if contents.accepted_findings:
                facts.append(
                    self.tr(
                        "%n of them were accepted into the checklist; the results they set stay.",
                        "",
                        contents.accepted_findings,
                    )
                )
        else:
            question = self.tr("Delete the tracer “%1”? It has no findings.")
        if contents.answering_actions:
            facts.append(self._actions_stay(contents.answering_actions))
        facts.append(self._files_stay())
        if not self._confirmed(
            self.tr("Delete tracer"), question.replace("%1", contents.focus), *facts
        ):
            return
        self._push(
            lambda: self._run(self.tr("Tracer not deleted"), delete_tracer, tracer_id),
            restore_tracer,
            self.tr("Delete tracer %s") % tracer_id,
        )

    def _actions_stay(self, count: int) -> str:
        return self.tr(
            "The %n corrective action(s) answering them stay, no longer tied to a finding.",
            "",
            count,
        )

    def finding(self) -> None:
        finding = self.view.current_finding()
        if finding is None or not self.delete_finding_action.isEnabled():
            return
        facts = []
        if finding.accepted:
            facts.append(self.tr("It was accepted into the checklist; the results it set stay."))
        facts.append(self._files_stay())
        question = (
            self.tr("Delete the finding “%1” on %2? Corrective actions answering it stay.")
            .replace("%1", finding.observed)
            .replace("%2", ", ".join(finding.element_codes))
        )
        if not self._confirmed(self.tr("Delete finding"), question, *facts):
            return
        self._push(
            lambda: self._run(self.tr("Finding not deleted"), delete_finding, finding.id),
            restore_finding,
            self.tr("Delete finding %s") % finding.id,
        )

    def action(self) -> None:
        action = self.view.current_action()
        if action is None or not self.delete_action_action.isEnabled():
            return
        question = (
            self.tr("Delete the corrective action “%1” for %2?")
            .replace("%1", action.what)
            .replace("%2", ", ".join(action.element_codes))
        )
        if not self._confirmed(self.tr("Delete corrective action"), question, self._files_stay()):
            return
        self._push(
            lambda: self._run(self.tr("Action not deleted"), delete_action, action.id),
            restore_action,
            self.tr("Delete action %s") % action.id,
        )

    # Doing

    def _push(
        self, delete: Callable[[], object | None], restore: Callable[..., None], text: str
    ) -> None:
        self.view.undo_stack.push(
            DeleteCommand(delete, lambda removed: self._put_back(restore, removed), text)
        )

    def _run(self, title: str, delete: Callable[..., Any], row_id: int) -> object | None:
        """Delete through the core service; None when it was refused (said)."""
        view = self.view
        try:
            with view.project.transaction() as session:
                removed: object = delete(session, row_id, user=view.user)
        except UserError as error:
            view.refused(title, error)
            view.reload()
            return None
        self._changed()
        return removed

    def _put_back(self, restore: Callable[..., None], removed: object) -> bool:
        view = self.view
        try:
            with undoing(), view.project.transaction() as session:
                restore(session, removed, user=view.user)
        except UserError as error:
            view.refused(self.tr("Not put back"), error)
            view.reload()
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.view.reload()
        self.view.findings_changed.emit()
