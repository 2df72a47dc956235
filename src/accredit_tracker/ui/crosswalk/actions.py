"""Assessment menu actions for crosswalks: the mapping view, carrying results into the
assessment shown, and reviewing what was carried through a mapping (keeping carried values,
deciding an element's suggestions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from accredit_tracker.core.crosswalk.carrying import review_carried
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.storage.project import AccessRefused
from accredit_tracker.ui.action_group import ActionGroup
from accredit_tracker.ui.common.locale_text import number

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class CrosswalkActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.mappings_action = self.action(
            self.tr("&Mappings between libraries…"), self.show_mappings
        )
        self.carry_into_action = self.action(
            self.tr("Ca&rry results into this assessment…"), self.carry_into
        )
        self.carry_into_action.setToolTip(
            self.tr(
                "Fill this assessment, in which nothing is recorded yet, from an assessment of "
                "another library through a mapping"
            )
        )
        self.keep_action = self.action(self.tr("&Keep carried values"), self.keep_carried)
        self.keep_action.setToolTip(
            self.tr(
                "Mark the selected carried elements reviewed: their values, as they are now "
                "(kept or changed by you), stand"
            )
        )
        self.suggestions_action = self.action(
            self.tr("Review &suggestions…"), self.review_suggestions
        )

    def update_enabled(self) -> None:
        self.mappings_action.setEnabled(self.window.project is not None)
        checklist = self.window.checklist
        for action in (self.carry_into_action, self.keep_action, self.suggestions_action):
            action.setEnabled(checklist is not None and self.can_change)

    def show_mappings(self) -> None:
        window = self.window
        if window.project is None:
            return
        from accredit_tracker.ui.crosswalk.mapping_view import MappingView

        window.open_side_window(
            "mappings", MappingView(window.project, window.user, window, window.preferences)
        )

    def carry_into(self) -> None:
        """Carry an assessment of another library into the one shown, through a mapping."""
        window, view = self.window, self.window.checklist
        if window.project is None or view is None:
            return
        from accredit_tracker.ui.crosswalk.carry_into_dialog import CarryIntoDialog

        view.detail.flush_notes()
        dialog = CarryIntoDialog(window.project, view.assessment_id, window.user, window)
        if not dialog.exec() or dialog.summary is None:
            return
        window.statusBar().showMessage(
            self.tr("%s elements carried through the mapping, to review; %s with suggestions.")
            % (number(dialog.summary.carried), number(dialog.summary.suggested)),
            10000,
        )
        self._after_review()

    def keep_carried(self) -> None:
        """The selected elements' carried values are reviewed: kept as they are now."""
        window, view = self.window, self.window.checklist
        if window.project is None or view is None:
            return
        view.detail.flush_notes()
        try:
            with window.project.transaction() as session:
                marked = review_carried(session, view.selected_ids(), user=window.user)
        except (UserError, AccessRefused) as error:
            QMessageBox.warning(window, self.tr("Keep carried values"), str(error))
            return
        if not marked:
            window.statusBar().showMessage(
                self.tr("None of the selected elements has carried values to review."), 5000
            )
            return
        self._after_review()

    def review_suggestions(self) -> None:
        window, view = self.window, self.window.checklist
        if window.project is None or view is None:
            return
        row = view.current_row()
        if row is None:
            return
        from accredit_tracker.ui.crosswalk.suggestions_dialog import SuggestionsDialog

        dialog = SuggestionsDialog(
            window.project, row.element_assessment_id, row.code, window.user, window
        )
        dialog.exec()
        if dialog.decided:
            self._after_review()

    def _after_review(self) -> None:
        window, view = self.window, self.window.checklist
        if view is not None:
            view.reload()
        if window.dashboard is not None:
            window.dashboard.refresh()
