"""Edit → Project details: the facility's name typed in the dialog is kept in the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.storage.project_details import facility_name
from accredit_tracker.ui.project.project_details_dialog import ProjectDetailsDialog
from windows import MakeWindow


def stored_name(path: Path) -> str | None:
    with open_project(path) as project, project.session() as session:
        return facility_name(session)


def test_the_facility_name_typed_in_project_details_is_kept(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window(user="nodira")
    action = window.preference_actions.project_details_action
    assert not action.isEnabled()  # no project open yet
    assert window.open_path(clinic)
    assert action.isEnabled()
    seen: list[str] = []

    def type_the_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProjectDetailsDialog)
        seen.append(dialog.facility_name.placeholderText())
        qtbot.keyClicks(dialog.facility_name, "Toshkent shahar klinik shifoxonasi")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, type_the_name)
    action.trigger()
    assert seen == ["clinic"]  # the project's name stands in until a name is set
    assert stored_name(clinic) == "Toshkent shahar klinik shifoxonasi"


def test_ok_waits_for_a_name_and_cancel_keeps_the_old_one(qtbot: QtBot, clinic: Path) -> None:
    with open_project(clinic) as project:
        dialog = ProjectDetailsDialog(project, "nodira")
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.facility_name, "   ")
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.facility_name, "City Hospital")
        assert ok.isEnabled()
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert stored_name(clinic) is None
