"""The suggestions for one element of an assessment carried through a mapping: the source
elements that bear on it, their results and evidence, each accepted or rejected by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from accredit_tracker.core.crosswalk.carrying import Suggestion, decide_suggestion, suggestions_for
from accredit_tracker.core.crosswalk.models import Decision
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.project import AccessRefused, Project
from accredit_tracker.ui.common.labels import result_label

_ID_ROLE = Qt.ItemDataRole.UserRole


class SuggestionsDialog(QDialog):
    """Lists the element's suggestions; Accept gives the element the chosen source element's
    result and links its evidence (the same stored files), Reject sets it aside. Each is
    saved at once, audited, and decided once."""

    def __init__(
        self, project: Project, element_assessment_id: int, code: str, user: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.element_assessment_id = element_assessment_id
        self.user = user
        self.decided = 0
        self.setObjectName("suggestionsDialog")
        self.setWindowTitle(self.tr("Suggestions for %s") % code)
        self.resize(760, 320)
        intro = QLabel(
            self.tr(
                "These elements of the earlier assessment bear on %s through the mapping. "
                "Accepting one gives %s its result and links its evidence; nothing is set "
                "without your decision."
            )
            % (code, code)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("suggestionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Source element"),
                self.tr("Relationship"),
                self.tr("Result"),
                self.tr("Evidence"),
                self.tr("Decision"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("acceptSuggestion")
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setObjectName("rejectSuggestion")
        self.accept_button.clicked.connect(lambda: self._decide(accept=True))
        self.reject_button.clicked.connect(lambda: self._decide(accept=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        self.suggestions = self.project.read(suggestions_for, self.element_assessment_id)
        self.table.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            cells = [
                f"{suggestion.source_code} — {suggestion.source_text}",
                translate("Relationship", suggestion.relationship.label),
                result_label(suggestion.result),
                ", ".join(suggestion.evidence) or "—",
                _decision_label(suggestion),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, suggestion.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 340))
        open_rows = [r for r, s in enumerate(self.suggestions) if s.decision == Decision.OPEN]
        if open_rows:
            self.table.selectRow(open_rows[0])
        self._update_buttons()

    def _chosen(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.suggestions[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        is_open = chosen is not None and chosen.decision == Decision.OPEN
        self.accept_button.setEnabled(is_open)
        self.reject_button.setEnabled(is_open)

    def _decide(self, *, accept: bool) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            with self.project.transaction() as session:
                decide_suggestion(session, chosen.id, accept=accept, user=self.user)
        except (UserError, AccessRefused) as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.decided += 1
        self._load()


def _decision_label(suggestion: Suggestion) -> str:
    return {
        Decision.OPEN: translate("SuggestionsDialog", "Open"),
        Decision.ACCEPTED: translate("SuggestionsDialog", "Accepted"),
        Decision.REJECTED: translate("SuggestionsDialog", "Rejected"),
    }[suggestion.decision]
