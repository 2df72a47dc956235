"""Undo commands for changes to element assessments; undoing is itself an audited change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

# element assessment id → field → value
Values = dict[int, dict[str, object]]
Apply = Callable[[Values], bool]


class SetValuesCommand(QUndoCommand):
    """Set fields of one or many elements in one step; undo writes the old values back through
    the same core service, so both directions land in the audit trail."""

    def __init__(self, apply: Apply, before: Values, after: Values, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self._before = before
        self._after = after

    def redo(self) -> None:
        if not self._apply(self._after):
            # Refused (someone else changed an element meanwhile): nothing to undo later.
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(self._before):
            self.setObsolete(True)
