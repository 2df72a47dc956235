"""Menu actions that look at the assessment from above: export the audit report (with or
without the audit trail, or the elements as CSV) and choose what its action plan lists, the
audit trail, and the comparison of two assessments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from accredit_tracker.ui.action_group import ActionGroup
from accredit_tracker.ui.common.language import csv_delimiter, export_language

if TYPE_CHECKING:
    from accredit_tracker.ui.main_window import MainWindow

"""Whether the report's action plan lists the elements not assessed yet (kept between runs)."""


class InsightActions(ActionGroup):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.report_action = self.action(
            self.tr("E&xport audit report…"), self.export_report, QKeySequence("Ctrl+Shift+R")
        )
        self.report_trail_action = self.action(
            self.tr("Export audit report with the audit &trail…"),
            lambda: self.export_report(include_audit_trail=True),
        )
        self.csv_action = self.action(
            self.tr("Export elements as &CSV…"), lambda: self.export_report(csv=True)
        )
        # The action plan lists what needs action; elements not assessed yet only on request.
        self.not_assessed_action = self.action(
            self.tr("Action &plan lists elements not yet assessed"), self.remember_plan_choice
        )
        self.not_assessed_action.setCheckable(True)
        self.not_assessed_action.setChecked(window.preferences.plan_includes_not_assessed)
        self.trail_action = self.action(
            self.tr("Audit &trail…"), self.show_audit_trail, QKeySequence("Ctrl+Shift+H")
        )
        self.compare_action = self.action(self.tr("&Compare assessments…"), self.show_comparison)

    def update_enabled(self) -> None:
        self.trail_action.setEnabled(self.window.project is not None)
        for action in (
            self.compare_action,
            self.report_action,
            self.report_trail_action,
            self.csv_action,
            self.not_assessed_action,
        ):
            action.setEnabled(self.window.checklist is not None)

    def export_report(self, *, csv: bool = False, include_audit_trail: bool = False) -> None:
        window = self.window
        if window.project is None or window.checklist is None:
            return
        from accredit_tracker.ui.insight.report_export import export_report

        export_report(
            window,
            window.project,
            window.checklist.assessment_id,
            window.assessment_box.currentText(),
            window.preferences,
            csv=csv,
            include_audit_trail=include_audit_trail,
            include_not_assessed=self.not_assessed_action.isChecked(),
        )

    def remember_plan_choice(self) -> None:
        self.window.preferences.plan_includes_not_assessed = self.not_assessed_action.isChecked()

    def show_audit_trail(self) -> None:
        window = self.window
        if window.project is None:
            return
        from accredit_tracker.ui.insight.audit_trail_dialog import AuditTrailDialog

        assessment_id = window.checklist.assessment_id if window.checklist is not None else None
        dialog = AuditTrailDialog(
            window.project,
            assessment_id,
            window,
            export_language=export_language(window.preferences.exports_in_english),
            csv_delimiter=csv_delimiter(window.preferences.csv_delimiter),
        )
        dialog.element_chosen.connect(window.show_element)
        window.open_side_window("audit_trail", dialog)

    def show_comparison(self) -> None:
        window = self.window
        if window.project is None or window.checklist is None:
            return
        from accredit_tracker.ui.insight.comparison_dialog import ComparisonDialog

        dialog = ComparisonDialog(
            window.project,
            window.checklist.assessment_id,
            window,
            export_language=export_language(window.preferences.exports_in_english),
        )
        dialog.element_chosen.connect(window.show_element)
        window.open_side_window("comparison", dialog)
