"""The Tracers tab driven as an officer would: plan a tracer, record a finding with a photo,
see it on the element's detail panel, accept it into the checklist, undo and redo that; raise
a corrective action, see it overdue, move it on and verify it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import set_locked
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.tracers.words import Impact, Likelihood, TracerKind
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.main_window import MainWindow
from accredit_tracker.ui.tracers.action_dialog import ActionDialog, VerifyDialog
from accredit_tracker.ui.tracers.finding_dialog import FindingDialog
from accredit_tracker.ui.tracers.my_work_dialog import MyWorkDialog
from accredit_tracker.ui.tracers.table_models import (
    COL_ACTION_DUE,
    COL_ACTION_ELEMENTS,
    COL_ACTION_STATUS,
    COL_ACTION_VERIFICATION,
    COL_FINDING_ACCEPTED,
    COL_FINDING_ELEMENTS,
    COL_FINDING_SEVERITY,
    COL_TRACER_FOCUS,
    COL_TRACER_KIND,
)
from accredit_tracker.ui.tracers.tracer_dialog import TracerDialog
from accredit_tracker.ui.tracers.view import TracersView
from factories import write_bytes
from windows import MakeWindow, checklist, shown_dashboard


def tracers_tab(window: MainWindow) -> TracersView:
    assert window.tracers is not None
    return window.tracers


def plan(window: MainWindow, monkeypatch: pytest.MonkeyPatch, focus: str) -> None:
    def fill_in(dialog: TracerDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData(TracerKind.SYSTEM))
        dialog.focus.setPlainText(focus)
        dialog.units.setText("Ward 3, Pharmacy")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(TracerDialog, "exec", fill_in)
    window.tracer_actions.new_tracer_action.trigger()


def record(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, observed: str, files: list[Path]
) -> list[str]:
    """Record a finding through the dialog on the elements selected in the checklist; what
    the dialog's own element field offered is returned."""
    offered: list[str] = []

    def fill_in(dialog: FindingDialog) -> int:
        offered.append(dialog.elements.text())
        dialog.observed.setPlainText(observed)
        dialog.location.setText("Treatment room")
        dialog.likelihood.setCurrentIndex(dialog.likelihood.findData(Likelihood.PATTERN))
        dialog.impact.setCurrentIndex(dialog.impact.findData(Impact.HIGH))
        dialog.add_files(files)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(FindingDialog, "exec", fill_in)
    window.tracer_actions.record_finding_action.trigger()
    return offered


def test_plan_record_accept_undo_and_redo(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    plan(window, monkeypatch, "Medication management")
    tab = tracers_tab(window)
    assert window.tabs.currentWidget() is tab
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Tracers"
    assert tab.tracer_model.index(0, COL_TRACER_FOCUS).data() == "Medication management"
    assert tab.tracer_model.index(0, COL_TRACER_KIND).data() == "System tracer"

    photo = write_bytes(tmp_path / "fridge.jpg", 800)
    offered = record(window, monkeypatch, "Insulin pens without opening dates", [photo])
    assert offered == ["C0.1 ME 1; C0.1 ME 2"]
    assert tab.finding_model.index(0, COL_FINDING_ELEMENTS).data() == "C0.1 ME 1, C0.1 ME 2"
    assert tab.finding_model.index(0, COL_FINDING_SEVERITY).data() == "Pattern × High"
    assert tab.finding_model.rows[0].evidence_names == ("fridge.jpg",)

    # The element's detail panel lists the finding.
    window.tabs.setCurrentWidget(view)
    view.table.selectRow(0)
    assert view.detail.findings.count() == 1
    assert "Insulin pens without opening dates" in view.detail.findings.item(0).text()
    assert view.detail.findings_label.text() == "Findings (1)"

    window.tabs.setCurrentWidget(tab)
    assert tab.accept_button.isEnabled()
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert tab.finding_model.index(0, COL_FINDING_ACCEPTED).data() == "officer"
    assert not tab.accept_button.isEnabled()
    assert [view.model.row_at(n).result for n in (0, 1, 2)] == [
        Result.PARTIALLY_MET,
        Result.PARTIALLY_MET,
        Result.NOT_ASSESSED,
    ]
    assert "accepted" in view.detail.findings.item(0).text()

    window.checklist_actions.undo_action.trigger()
    assert [view.model.row_at(n).result for n in (0, 1)] == [Result.NOT_ASSESSED] * 2
    assert tab.finding_model.index(0, COL_FINDING_ACCEPTED).data() == ""
    assert tab.accept_button.isEnabled()
    window.checklist_actions.redo_action.trigger()
    assert [view.model.row_at(n).result for n in (0, 1)] == [Result.PARTIALLY_MET] * 2

    with open_project(clinic) as project, project.session() as session:
        actions = (
            session.execute(
                select(col(AuditEvent.action))
                .where(col(AuditEvent.entity).in_(["tracer", "finding"]))
                .order_by(col(AuditEvent.id))
            )
            .scalars()
            .all()
        )
    assert actions == [
        "plan_tracer",
        "record_finding",
        "accept_finding",
        "withdraw_finding_acceptance",
        "accept_finding",
    ]


def test_a_finding_without_elements_is_refused_and_the_dialog_stays(
    make_window: MakeWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    plan(window, monkeypatch, "Fire safety round")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    kept: list[bool] = []

    def fill_in(dialog: FindingDialog) -> int:
        dialog.elements.setText("")
        dialog.observed.setPlainText("Fire door propped open")
        dialog.accept()
        kept.append(dialog.result() != FindingDialog.DialogCode.Accepted)
        dialog.elements.setText("C9 ME 9")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(FindingDialog, "exec", fill_in)
    window.tracer_actions.record_finding_action.trigger()
    assert kept == [True]
    assert warnings == [
        "Choose at least one measurable element it bears on.",
        "This assessment has no measurable element 'C9 ME 9'.",
    ]
    assert tracers_tab(window).finding_model.rows == []


def test_a_locked_assessment_shows_tracers_but_changes_nothing(
    make_window: MakeWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_path(clinic)
    plan(window, monkeypatch, "Leadership walk")
    with open_project(clinic) as project, project.transaction() as session:
        set_locked(session, 1, True, user="admin")
    window.show_assessment()
    tab = tracers_tab(window)
    window.tabs.setCurrentWidget(tab)
    assert tab.tracer_model.rowCount() == 1
    assert not tab.new_tracer_button.isEnabled()
    assert not tab.finding_button.isEnabled()
    assert not tab.done_button.isEnabled()


def test_raise_an_action_for_a_finding_move_it_on_and_verify_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(2)
    plan(window, monkeypatch, "Infection prevention")
    record(window, monkeypatch, "Hand-hygiene compliance 62 %", [])
    tab = tracers_tab(window)

    def fill_in_action(dialog: ActionDialog) -> int:
        assert dialog.elements.text() == "C0.2 ME 1"
        dialog.what.setPlainText("Monthly hand-hygiene audits with feedback")
        dialog.owner.setText("N. Karimova")
        dialog.opened_on.setDate(QDate(2026, 10, 1))
        dialog.due_on.set_value(date(2026, 11, 30))
        dialog.measure.setText("≥ 90 % for 4 months in a row")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill_in_action)
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    assert tab.action_model.index(0, COL_ACTION_ELEMENTS).data() == "C0.2 ME 1"
    assert tab.action_model.index(0, COL_ACTION_STATUS).data() == "Planned"
    assert tab.action_model.index(0, COL_ACTION_DUE).data() == "11/30/2026 (overdue)"
    assert not tab.verify_button.isEnabled()

    # Overdue actions show in the checklist's filter and on the dashboard.
    window.tabs.setCurrentWidget(view)
    view.filter_bar.overdue_actions.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_at(0).code == "C0.2 ME 1"
    view.filter_bar.overdue_actions.setChecked(False)
    dashboard = shown_dashboard(window)
    assert "Overdue: 1" in dashboard.action_figures.text()
    assert "N. Karimova: 1" in dashboard.action_figures.text()

    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.action_model.index(0, COL_ACTION_STATUS).data() == "In progress"
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    assert tab.action_model.index(0, COL_ACTION_STATUS).data() == "Done"
    assert tab.action_model.index(0, COL_ACTION_DUE).data() == "11/30/2026"

    audit_sheet = write_bytes(tmp_path / "audits.xlsx", 700)

    def fill_in_verification(dialog: VerifyDialog) -> int:
        dialog.verified_on.setDate(QDate(2027, 3, 31))
        dialog.found.setPlainText("91–95 % since November")
        dialog.add_files([audit_sheet])
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(VerifyDialog, "exec", fill_in_verification)
    assert tab.verify_button.isEnabled()
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.action_model.index(0, COL_ACTION_STATUS).data() == "Verified effective"
    assert (
        tab.action_model.index(0, COL_ACTION_VERIFICATION).data()
        == "3/31/2027, officer: 91–95 % since November"
    )
    assert not tab.verify_button.isEnabled()


def test_an_action_due_before_it_was_opened_is_refused(
    make_window: MakeWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_path(clinic)
    checklist(window).table.selectRow(0)
    plan(window, monkeypatch, "Document review")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    def fill_in(dialog: ActionDialog) -> int:
        dialog.what.setPlainText("Rewrite the consent policy")
        dialog.opened_on.setDate(QDate(2026, 12, 1))
        dialog.due_on.set_value(date(2026, 11, 1))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill_in)
    window.tracer_actions.raise_action_action.trigger()
    assert warnings == ["An action cannot be due (2026-11-01) before it was opened (2026-12-01)."]
    assert tracers_tab(window).action_model.rows == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_worksheet_lists_the_elements_of_its_scope_with_room_to_write(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)

    def fill_in(dialog: TracerDialog) -> int:
        dialog.focus.setPlainText("Medication management")
        dialog.scope.setText("C0.2; c1.3")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(TracerDialog, "exec", fill_in)
    window.tracer_actions.new_tracer_action.trigger()
    tab = tracers_tab(window)
    assert tab.worksheet_button.isEnabled()
    pdf = tab.save_worksheet(tmp_path / "worksheet.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Tracer worksheet" in text
    assert "Individual patient tracer: Medication management" in text
    codes = [code for code in ("C0.1 ME 1", "C0.2 ME 1", "C0.2 ME 2", "C1.3 ME 2") if code in text]
    assert codes == ["C0.2 ME 1", "C0.2 ME 2", "C1.3 ME 2"]
    assert text.count("Seen, heard, read") == 4
    assert "☐ Fully met" in text


def test_file_export_improvement_plan_writes_the_workbook(
    make_window: MakeWindow, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    plan(window, monkeypatch, "Medication management")
    record(window, monkeypatch, "Insulin pens without opening dates", [])
    tab = tracers_tab(window)
    tab.accept_current_finding()
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    window.tracer_actions.plan_action.trigger()
    assert asked == [f"Wrote {target}.\n\nOpen it now?"]
    rows = list(load_workbook(target)["Improvement plan"].iter_rows(values_only=True))
    assert [row[2] for row in rows[1:]] == ["C0.1 ME 1"]
    assert rows[1][5] == "• Insulin pens without opening dates (Treatment room)"
    assert rows[1][7] == "(no action yet)"


def test_my_work_lists_the_users_work_and_saves_its_calendar(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window("Nodira")
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(1)
    view.set_for_selection(owner="Nodira", due_date=date(2026, 1, 15))
    window.tracer_actions.my_work_action.trigger()
    dialog = window.side_windows["my_work"]
    assert isinstance(dialog, MyWorkDialog)
    assert dialog.owner.currentText() == "Nodira"
    assert dialog.table.rowCount() == 1
    due, what = dialog.table.item(0, 0), dialog.table.item(0, 2)
    assert due is not None and what is not None
    assert (due.text(), due.toolTip()) == ("1/15/2026", "Overdue")
    assert what.text() == "C0.1 ME 2 Element 2 of standard C0.1"
    target = dialog.save_calendar(tmp_path / "nodira.ics")
    assert target is not None
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == date(2026, 1, 15)
    dialog.owner.setCurrentText("Somebody else")
    assert dialog.table.rowCount() == 0
    assert not dialog.calendar_button.isEnabled()


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton
) -> list[str]:
    """Answer the window's next questions in turn; the texts asked are listed."""
    asked: list[str] = []
    left = list(answers)

    def answer(_parent: object, _title: str, text: str, *_buttons: object) -> object:
        asked.append(text)
        return left.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_del_deletes_a_tracer_after_a_question_naming_what_goes_and_undo_puts_it_back(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    plan(window, monkeypatch, "Medication management")
    record(window, monkeypatch, "Insulin pens without opening dates", [])
    tab = tracers_tab(window)
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    tracer_id = tab.tracer_model.rows[0].id
    finding_id = tab.finding_model.rows[0].id
    asked = answer_questions(
        monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    )
    delete = tab.deletion.delete_tracer_action
    # The list's context menu offers it, and the Del key on the list triggers it.
    assert delete in tab.tracer_table.actions()
    assert delete.isVisible() and delete.isEnabled()
    assert tab.tracer_table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    tab.tracer_table.setFocus()
    qtbot.keyClick(tab.tracer_table, Qt.Key.Key_Delete)  # answered No: nothing goes
    assert [row.id for row in tab.tracer_model.rows] == [tracer_id]
    qtbot.keyClick(tab.tracer_table, Qt.Key.Key_Delete)
    assert asked[1] == (
        "Delete the tracer “Medication management” and its 1 finding? 1 of them was accepted "
        "into the checklist; the results it set stay. Evidence files stay in the project. "
        "Edit → Undo puts it back."
    )
    assert tab.tracer_model.rows == [] and tab.finding_model.rows == []
    # The checklist keeps the result the finding set; its detail panel no longer lists it.
    window.tabs.setCurrentWidget(view)
    view.table.selectRow(0)
    assert view.model.row_at(0).result == Result.PARTIALLY_MET
    assert view.detail.findings.count() == 0

    window.checklist_actions.undo_action.trigger()
    assert [row.id for row in tab.tracer_model.rows] == [tracer_id]
    tab.tracer_table.selectRow(0)
    assert [row.id for row in tab.finding_model.rows] == [finding_id]
    assert tab.finding_model.index(0, COL_FINDING_ACCEPTED).data() == "officer"
    assert view.detail.findings.count() == 1
    window.checklist_actions.redo_action.trigger()
    assert tab.tracer_model.rows == []
    with open_project(clinic) as project, project.session() as session:
        trail = (
            session.execute(
                select(col(AuditEvent.action), col(AuditEvent.details))
                .where(col(AuditEvent.entity) == "tracer")
                .order_by(col(AuditEvent.id))
            )
        ).all()
    assert [action for action, _details in trail] == [
        "plan_tracer",
        "delete_tracer",
        "restore_tracer",
        "delete_tracer",
    ]
    assert trail[2][1].startswith("undo")


def test_findings_and_actions_are_deleted_from_their_lists_and_a_locked_survey_refuses(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)
    checklist(window).table.selectRow(2)
    plan(window, monkeypatch, "Infection prevention")
    record(window, monkeypatch, "Hand-hygiene compliance 62 %", [])
    tab = tracers_tab(window)

    def fill_in_action(dialog: ActionDialog) -> int:
        dialog.what.setPlainText("Monthly hand-hygiene audits")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill_in_action)
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    asked = answer_questions(
        monkeypatch, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes
    )
    tab.action_table.selectRow(0)
    tab.deletion.delete_action_action.trigger()
    assert tab.action_model.rows == []
    tab.finding_table.selectRow(0)
    tab.deletion.delete_finding_action.trigger()
    assert tab.finding_model.rows == []
    assert asked == [
        "Delete the corrective action “Monthly hand-hygiene audits” for C0.2 ME 1? Evidence "
        "files stay in the project. Edit → Undo puts it back.",
        "Delete the finding “Hand-hygiene compliance 62 %” on C0.2 ME 1? Corrective actions "
        "answering it stay. Evidence files stay in the project. Edit → Undo puts it back.",
    ]
    window.checklist_actions.undo_action.trigger()
    window.checklist_actions.undo_action.trigger()
    assert len(tab.finding_model.rows) == 1
    assert tab.action_model.rows[0].finding_id == tab.finding_model.rows[0].id

    with open_project(clinic) as project, project.transaction() as session:
        set_locked(session, 1, True, user="admin")
    window.show_assessment()
    tab = tracers_tab(window)
    window.tabs.setCurrentWidget(tab)
    tab.tracer_table.selectRow(0)
    assert not tab.deletion.delete_tracer_action.isEnabled()
    assert not tab.deletion.delete_finding_action.isEnabled()
