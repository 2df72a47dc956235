"""Menu actions of tracers: plan a tracer, record a finding on the chosen one, accept the
chosen finding into the checklist, raise a corrective action and verify one, export the
improvement plan, show one person's work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from accredit_tracker.ui.action_group import ActionGroup

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow
    from accredit_tracker.ui.tracers.view import TracersView


class TracerActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.new_tracer_action = self.action(self.tr("New &tracer…"), self.new_tracer)
        self.record_finding_action = self.action(self.tr("Record &finding…"), self.record_finding)
        self.accept_finding_action = self.action(
            self.tr("Accept finding into the checklist"), self.accept_finding
        )
        self.raise_action_action = self.action(
            self.tr("Raise corrective &action…"), self.raise_action
        )
        self.verify_action_action = self.action(self.tr("&Verify action…"), self.verify_action)
        self.my_work_action = self.action(self.tr("&My work…"), self.show_my_work)
        self.plan_action = self.action(
            self.tr("Export &improvement plan…"), self.export_improvement_plan
        )

    def update_enabled(self) -> None:
        can = self.can_change and self.window.tracers is not None
        for action in (
            self.new_tracer_action,
            self.record_finding_action,
            self.accept_finding_action,
            self.raise_action_action,
            self.verify_action_action,
        ):
            action.setEnabled(can)
        # Exporting reads only: a locked survey or a read-only project has a plan too.
        self.plan_action.setEnabled(self.window.tracers is not None)
        self.my_work_action.setEnabled(self.window.project is not None)

    def connect_view(self, view: TracersView) -> None:
        """Let the tab's own buttons do what the menu does."""
        view.new_tracer_button.clicked.connect(self.new_tracer)
        view.finding_button.clicked.connect(self.record_finding)
        view.worksheet_button.clicked.connect(lambda: view.save_worksheet())
        view.raise_button.clicked.connect(self.raise_action)
        view.verify_button.clicked.connect(self.verify_action)

    def _show_tab(self) -> TracersView | None:
        window = self.window
        view = window.tracers
        if window.project is None or view is None:
            return None
        window.tabs.setCurrentWidget(view)
        return view

    def new_tracer(self) -> None:
        view = self._show_tab()
        if view is None:
            return
        from accredit_tracker.ui.tracers.tracer_dialog import TracerDialog

        dialog = TracerDialog(view.project, view.assessment_id, view.user, self.window)
        if dialog.exec() and dialog.tracer_id is not None:
            view.reload(tracer_id=dialog.tracer_id)

    def record_finding(self) -> None:
        view = self._show_tab()
        if view is None:
            return
        tracer_id = view.current_tracer_id()
        if tracer_id is None:
            return
        from accredit_tracker.ui.tracers.finding_dialog import FindingDialog

        # The elements selected in the checklist are the likeliest ones it bears on.
        checklist = self.window.checklist
        codes = [row.code for row in checklist.selected_rows()] if checklist else []
        dialog = FindingDialog(
            view.project, view.assessment_id, tracer_id, view.user, codes, self.window
        )
        if dialog.exec() and dialog.finding_id is not None:
            view.reload()
            view.show_findings(finding_id=dialog.finding_id)
            if checklist is not None:
                checklist.refresh_findings()

    def accept_finding(self) -> None:
        view = self._show_tab()
        if view is not None:
            view.accept_current_finding()

    def raise_action(self) -> None:
        """Raise an action for the chosen finding (serving its elements), or, with no finding
        chosen, for the elements selected in the checklist."""
        view = self._show_tab()
        if view is None:
            return
        from accredit_tracker.ui.tracers.action_dialog import ActionDialog

        finding = view.current_finding()
        checklist = self.window.checklist
        if finding is not None:
            codes = list(finding.element_codes)
        else:
            codes = [row.code for row in checklist.selected_rows()] if checklist else []
        dialog = ActionDialog(
            view.project,
            view.assessment_id,
            view.user,
            finding_id=finding.id if finding is not None else None,
            element_codes=codes,
            parent=self.window,
        )
        if dialog.exec() and dialog.action_id is not None:
            view.show_actions(action_id=dialog.action_id)

    def verify_action(self) -> None:
        view = self._show_tab()
        if view is None:
            return
        action = view.current_action()
        if action is None:
            return
        from accredit_tracker.ui.tracers.action_dialog import VerifyDialog

        dialog = VerifyDialog(view.project, action.id, view.user, self.window)
        if dialog.exec():
            view.show_actions(action_id=action.id)

    def export_improvement_plan(self) -> None:
        window = self.window
        view = window.tracers
        if window.project is None or view is None:
            return
        from accredit_tracker.ui.tracers.plan_export import export_improvement_plan

        if window.checklist is not None:
            window.checklist.detail.flush_notes()
        export_improvement_plan(
            window,
            window.project,
            view.assessment_id,
            window.assessment_box.currentText(),
            window.preferences,
        )

    def show_my_work(self) -> None:
        """What the window's user (as owners are named) is to do, in a window of its own."""
        window = self.window
        if window.project is None:
            return
        from accredit_tracker.ui.tracers.my_work_dialog import MyWorkDialog

        window.open_side_window("my_work", MyWorkDialog(window.project, window.user, window))
