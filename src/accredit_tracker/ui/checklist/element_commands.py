"""Undo commands for changes to element assessments and their evidence links; undoing is itself
an audited change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from accredit_tracker.core.audit.recording import undoing

# element assessment id → field → value
Values = dict[int, dict[str, object]]
Apply = Callable[[Values], bool]


class SetValuesCommand(QUndoCommand):
    """Set fields of one or many elements in one step; undo writes the old values back through
    the same core service, so both directions land in the audit trail.

    With ``done`` the values are already stored (a results import applied them) and the first
    redo, which QUndoStack.push calls, is skipped."""

    def __init__(
        self, apply: Apply, before: Values, after: Values, text: str, *, done: bool = False
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._before = before
        self._after = after
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._apply(self._after):
            # Refused (someone else changed an element meanwhile): nothing to undo later.
            self.setObsolete(True)

    def undo(self) -> None:
        with undoing():  # the audit trail shows it as an undo
            applied = self._apply(self._before)
        if not applied:
            self.setObsolete(True)


# (evidence id, element assessment ids) → whether the change was stored
ChangeLinks = Callable[[int, list[int]], bool]


class EvidenceLinkCommand(QUndoCommand):
    """Link an evidence file to elements (or, with ``unlinking``, take it off them); undo does
    the opposite through the same core services, so both directions are audited.

    An attach has already stored the file and its links when its command is pushed; ``done``
    says so, and the first redo (which QUndoStack.push calls) is then skipped.
    """

    def __init__(
        self,
        link: ChangeLinks,
        unlink: ChangeLinks,
        evidence_id: int,
        element_ids: list[int],
        text: str,
        *,
        unlinking: bool = False,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self._forward, self._backward = (unlink, link) if unlinking else (link, unlink)
        self._evidence_id = evidence_id
        self._element_ids = element_ids
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._forward(self._evidence_id, self._element_ids):
            self.setObsolete(True)

    def undo(self) -> None:
        with undoing():  # the audit trail shows it as an undo
            applied = self._backward(self._evidence_id, self._element_ids)
        if not applied:
            self.setObsolete(True)
