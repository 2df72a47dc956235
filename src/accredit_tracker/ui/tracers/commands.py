"""The undo commands of the Tracers tab: accepting a finding into the checklist, and deleting a
tracer, a finding or an action; undoing one is itself an audited change, on the window's one
undo stack with the checklist's own edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from accredit_tracker.core.tracers.findings import Acceptance

Accept = Callable[[int], Acceptance | None]
Withdraw = Callable[[Acceptance], bool]


class AcceptFindingCommand(QUndoCommand):
    """Take a finding's compliance as its elements' result; undo gives them back the results
    they had, through the same core services, so both directions land in the audit trail. A
    direction the project refused (a locked assessment, a newer change) makes the command
    obsolete, so the stack never holds a step that was not stored."""

    def __init__(self, accept: Accept, withdraw: Withdraw, finding_id: int, text: str) -> None:
        super().__init__(text)
        self._accept = accept
        self._withdraw = withdraw
        self._finding_id = finding_id
        self._acceptance: Acceptance | None = None

    def redo(self) -> None:
        self._acceptance = self._accept(self._finding_id)
        if self._acceptance is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._acceptance is None or not self._withdraw(self._acceptance):
            self.setObsolete(True)


class DeleteCommand(QUndoCommand):
    """Delete a tracer, a finding or an action; undo puts it back as it was (same ids and
    links), through the core services, so both directions land in the audit trail. A
    direction the project refused makes the command obsolete."""

    def __init__(
        self, delete: Callable[[], object | None], restore: Callable[[Any], bool], text: str
    ) -> None:
        super().__init__(text)
        self._delete = delete
        self._restore = restore
        self._removed: object | None = None

    def redo(self) -> None:
        self._removed = self._delete()
        if self._removed is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._removed is None or not self._restore(self._removed):
            self.setObsolete(True)
