"""The first day on a fresh settings folder: the start page, then New project's guided flow
(facility, the bundled library, the first assessment) through to the checklist."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.storage.project_details import facility_name
from accredit_tracker.interchange.standards.importer import read_standards
from accredit_tracker.interchange.standards.template import write_template
from accredit_tracker.ui.project.new_project_wizard import NewProjectWizard
from accredit_tracker.ui.project.start_page import StartPage
from windows import MakeWindow, checklist


def the_wizard() -> NewProjectWizard | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, NewProjectWizard) and w.isVisible()
        ),
        None,
    )


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_first_day_goes_from_the_start_page_to_a_checklist(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = window.centralWidget()
    assert isinstance(page, StartPage)
    assert not window.assessment_actions.new_assessment_action.isEnabled()
    target = tmp_path / "projects" / "St Luke.accredit"
    target.parent.mkdir()
    seen: dict[str, object] = {}

    def fill_in(tries: int = 200) -> None:
        wizard = the_wizard()
        if wizard is None:
            if tries:
                QTimer.singleShot(20, lambda: fill_in(tries - 1))
            return
        facility = wizard.facility_page
        commit = QWizard.WizardButton.CommitButton
        seen["next before a name"] = wizard.button(commit).isEnabled()
        qtbot.keyClicks(facility.facility, "St Luke's Hospital")
        facility.file.clear()
        qtbot.keyClicks(facility.file, str(target))
        click(qtbot, wizard, commit)
        standards = wizard.standards_page
        assert wizard.currentPage() is standards
        qtbot.mouseClick(standards.demo_library, Qt.MouseButton.LeftButton)
        click(qtbot, wizard, commit)
        first = wizard.assessment_page
        assert wizard.currentPage() is first
        seen["summary"] = first.summary.text()
        first.name.selectAll()
        qtbot.keyClicks(first.name, "Self-assessment, spring")
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert seen["next before a name"] is False
    assert str(seen["summary"]).startswith(
        "Read “Demo hospital standards (synthetic)”: 15 chapters"
    )
    view = checklist(window)
    assert window.centralWidget() is not page
    assert window.assessment_box.currentText() == "Self-assessment, spring"
    assert view.model.total > 1000
    assert window.windowTitle().startswith("St Luke")
    assert window.assessment_actions.new_assessment_action.isEnabled()
    assert window.preferences.recent_projects == [str(target.resolve())]
    window.close()
    with open_project(target) as project, project.session() as session:
        assert facility_name(session) == "St Luke's Hospital"


def test_a_recent_project_opens_from_the_start_page(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    assert window.open_path(clinic)
    window.close_project()
    page = window.centralWidget()
    assert isinstance(page, StartPage)
    assert page.recent.count() == 1
    page.recent.setFocus()
    qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert window.project is not None and window.project.path == clinic
    assert checklist(window).model.total == 12


def test_the_template_workbook_reads_back_as_a_library(tmp_path: Path) -> None:
    template = tmp_path / "Standards template.xlsx"
    write_template(template)
    library = read_standards(template).library
    assert [c.code for c in library.chapters] == ["IPSG"]
    assert library.standard_count == 1 and library.element_count == 2


def test_the_template_is_offered_to_save_from_the_standards_page(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    target = tmp_path / "ours.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    wizard = NewProjectWizard(window.preferences, "officer", window)
    qtbot.addWidget(wizard)
    button = wizard.standards_page.findChild(QPushButton, "saveTemplate")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert str(target) in wizard.standards_page.template_note.text()


def test_the_demo_project_opens_from_the_start_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = window.centralWidget()
    assert isinstance(page, StartPage)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    view = checklist(window)
    assert window.windowTitle() == "Demo hospital — Accredit Tracker"
    assert view.model.total == 1225


def test_new_assessment_waits_for_a_library_and_an_import_offers_one(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accredit_tracker.core.storage.project import create_project
    from accredit_tracker.interchange.standards.importer import import_standards
    from accredit_tracker.ui.imports import standards_dialog
    from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog
    from factories import flat_rows, write_xlsx

    path = tmp_path / "empty.accredit"
    create_project(path, user="tester").close()
    window = make_window()
    window.open_path(path)
    assert not window.assessment_actions.new_assessment_action.isEnabled()

    source = write_xlsx(tmp_path / "ours.xlsx", flat_rows(chapters=2, standards=2, elements=2))
    monkeypatch.setattr(
        standards_dialog,
        "choose_and_import",
        lambda _parent, project, user, _preferences: import_standards(project, source, user=user),
    )
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    offered: list[str] = []

    def start(dialog: NewAssessmentDialog) -> int:
        offered.append(dialog.library.currentText())
        dialog.name.setText("Baseline")
        dialog.accept()
        return 1

    monkeypatch.setattr(NewAssessmentDialog, "exec", start)
    window.import_actions.import_action.trigger()
    assert asked == [
        "The library “ours” is now in the project: 2 chapters, 4 standards, 8 measurable "
        "elements.\n\nStart an assessment against it now?"
    ]
    assert offered == ["ours (8 elements)"]
    assert window.assessment_actions.new_assessment_action.isEnabled()
    assert window.assessment_box.currentText() == "Baseline"
    assert checklist(window).model.total == 8
