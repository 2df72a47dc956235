"""The Tracers tab on a real X display, its dialogs answered as a person answers them: plan a
tracer through its dialog, save its worksheet as a PDF, record a finding through its dialog,
accept it into the checklist, and delete it again after the question, then undo that."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton

from accredit_tracker.core.tracers.words import TracerKind
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.tracers.finding_dialog import FindingDialog
from accredit_tracker.ui.tracers.table_models import COL_FINDING_ACCEPTED, COL_TRACER_FOCUS
from accredit_tracker.ui.tracers.tracer_dialog import TracerDialog
from on_screen import (
    Window,
    answer_when_shown,
    as_a_click,
    as_from_the_menu,
    assert_usable,
    click_as_a_person,
    message,
    open_window,
    save_as,
    the_button,
)
from windows import checklist

pytestmark = [
    pytest.mark.real_display,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext"),
]


def ok_of(dialog: QDialog) -> QPushButton:
    """The OK button of a dialog's button box."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def fill_in_tracer(dialog: TracerDialog) -> bool:
    """What a person types into the tracer dialog before clicking OK."""
    if not dialog.focus.toPlainText():
        dialog.kind.setCurrentIndex(dialog.kind.findData(TracerKind.SYSTEM))
        dialog.focus.setPlainText("Medication management: prescribing to administration")
        dialog.units.setText("Ward 3, Pharmacy")
        dialog.scope.setText("C0.1")
    return True


def fill_in_finding(dialog: FindingDialog) -> bool:
    if not dialog.observed.toPlainText():
        dialog.observed.setPlainText("Insulin pens in the ward fridge without opening dates")
        dialog.location.setText("Ward 3 treatment room")
        dialog.compliance.setCurrentIndex(dialog.compliance.findData(Result.NOT_MET))
    return True


def test_plan_a_tracer_save_its_worksheet_record_and_accept_a_finding_on_screen(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(make_window, clinic)
    view = checklist(window)
    view.table.selectRow(0)  # C0.1 ME 1: the element the finding bears on

    planned = answer_when_shown(lambda d: isinstance(d, TracerDialog), ok_of, ready=fill_in_tracer)
    as_from_the_menu(window.tracer_actions.new_tracer_action)
    assert planned.taken and planned.on_top and planned.stuck == []
    tab = window.tracers
    assert tab is not None and window.tabs.currentWidget() is tab
    assert tab.tracer_model.index(0, COL_TRACER_FOCUS).data() == (
        "Medication management: prescribing to administration"
    )

    pdf = tmp_path / "worksheet.pdf"
    save_as(pdf, monkeypatch)
    as_a_click(lambda: click_as_a_person(tab.worksheet_button))
    assert pdf.stat().st_size > 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "System tracer: Medication management" in text
    assert "C0.1 ME 1" in text and "C0.1 ME 2" in text
    assert "C0.2 ME 1" not in text  # outside the tracer's scope

    recorded = answer_when_shown(
        lambda d: isinstance(d, FindingDialog), ok_of, ready=fill_in_finding
    )
    as_a_click(lambda: click_as_a_person(tab.finding_button))
    assert recorded.taken and recorded.on_top and recorded.stuck == []
    [finding] = tab.finding_model.rows
    assert finding.element_codes == ("C0.1 ME 1",)

    as_a_click(lambda: click_as_a_person(tab.accept_button))
    assert tab.finding_model.index(0, COL_FINDING_ACCEPTED).data() == "officer"
    assert view.model.row_at(0).result == Result.NOT_MET

    # Deleting it asks first, naming it; the answer reaches the box, and Undo puts it back.
    tab.finding_table.selectRow(0)
    asked = answer_when_shown(
        message("Insulin pens in the ward fridge"), the_button(QMessageBox.StandardButton.Yes)
    )
    as_a_click(tab.deletion.delete_finding_action.trigger)
    assert asked.taken and asked.on_top
    assert "It was accepted into the checklist; the results it set stay." in asked.text
    assert tab.finding_model.rows == []
    as_from_the_menu(window.checklist_actions.undo_action)
    assert [row.id for row in tab.finding_model.rows] == [finding.id]

    window.tabs.setCurrentWidget(view)
    view.table.selectRow(1)
    assert_usable(window)
