"""Assessment menu actions on the shown assessment: start a new one, choose its scoring
profile, lock it after the survey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from accredit_tracker.core.assessment.assessments import set_locked
from accredit_tracker.core.storage.project import AccessRefused
from accredit_tracker.ui.action_group import ActionGroup
from accredit_tracker.ui.common.locale_text import number

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow


class AssessmentActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.new_assessment_action = self.action(
            self.tr("&New assessment…"), lambda: self.new_assessment()
        )
        self.profile_action = self.action(self.tr("&Scoring profile…"), self.choose_profile)
        self.lock_action = QAction(self.tr("&Locked after the survey"), window)
        self.lock_action.setCheckable(True)
        self.lock_action.setToolTip(
            self.tr("A locked assessment can be read and exported but not changed")
        )
        self.lock_action.triggered.connect(self.set_locked)

    def update_enabled(self) -> None:
        checklist = self.window.checklist
        # An assessment is of a library: none can be started before one is read.
        self.new_assessment_action.setEnabled(self.can_change and self.window.has_library)
        self.lock_action.setChecked(checklist is not None and checklist.locked)
        for action in (self.lock_action, self.profile_action):
            action.setEnabled(checklist is not None and self.can_change)

    def new_assessment(self, library_id: int | None = None) -> None:
        """Ask for a new assessment (of ``library_id`` when given) and show it."""
        window = self.window
        if window.project is None:
            return
        from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog

        dialog = NewAssessmentDialog(window.project, window.user, window, library_id=library_id)
        if dialog.exec() and dialog.assessment_id is not None:
            window.show_project()
            window.show_assessment_of(dialog.assessment_id)
            carried = dialog.carry_summary
            if carried is not None:
                window.statusBar().showMessage(
                    self.tr(
                        "%s elements carried through the mapping, to review; %s with suggestions."
                    )
                    % (number(carried.carried), number(carried.suggested)),
                    10000,
                )

    def choose_profile(self) -> None:
        window, view = self.window, self.window.checklist
        if window.project is None or view is None:
            return
        from accredit_tracker.ui.project.profile_dialog import ProfileDialog

        dialog = ProfileDialog(window.project, view.assessment_id, window.user, window)
        if dialog.exec() and dialog.changed:
            view.reload_profile()
            if window.dashboard is not None:
                window.dashboard.refresh()

    def set_locked(self, locked: bool) -> None:
        """Lock the shown assessment after its survey, or unlock it, after asking; audited."""
        window, view = self.window, self.window.checklist
        if window.project is None or view is None:
            return
        name = window.assessment_box.currentText()
        question = (
            self.tr(
                "Lock '%s'? Nobody can then change its results, owners, notes or evidence, in "
                "this window, from the command line or by taking back a report, until it is "
                "unlocked. Reading and exporting it stay possible."
            )
            if locked
            else self.tr("Unlock '%s' so that it can be changed again? This is recorded.")
        ) % name
        title = self.tr("Lock assessment") if locked else self.tr("Unlock assessment")
        if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
            self.lock_action.setChecked(view.locked)
            return
        view.detail.flush_notes()
        try:
            with window.project.transaction() as session:
                set_locked(session, view.assessment_id, locked, user=window.user)
        except AccessRefused as error:
            QMessageBox.warning(window, title, str(error))
            self.lock_action.setChecked(view.locked)
            return
        # Changes made before the lock cannot be undone into a locked assessment.
        window.undo_stack.clear()
        view.show_locked(locked)
        self.lock_action.setChecked(locked)
