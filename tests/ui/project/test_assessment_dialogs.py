"""The New assessment and Scoring profile dialogs, driven as a user would over a real project."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import set_locked
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    ElementAssessment,
    ElementEvidence,
    ScoringProfileRecord,
)
from accredit_tracker.core.storage.project import Project, open_project
from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog
from accredit_tracker.ui.project.profile_dialog import NAME, RULES, ProfileDialog
from factories import element_assessment_ids, write_bytes

STRICT = {
    "key": "strict_points",
    "name": "Strict points",
    "kind": "points",
    "points": {"fully_met": 10, "partially_met": 5, "not_met": 0},
    "thresholds": {"standard": 8, "chapter": 9, "overall": 9.5},
}


@pytest.fixture
def project(clinic: Path) -> Iterator[Project]:
    with open_project(clinic) as opened:
        yield opened


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def press_ok(qtbot: QtBot, buttons: QDialogButtonBox | None) -> None:
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def new_dialog(qtbot: QtBot, project: Project) -> NewAssessmentDialog:
    dialog = NewAssessmentDialog(project, "officer")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def links_of(project: Project, assessment_id: int) -> int:
    with project.session() as session:
        return len(
            session.execute(
                select(col(ElementEvidence.evidence_id))
                .join(
                    ElementAssessment,
                    col(ElementAssessment.id) == ElementEvidence.element_assessment_id,
                )
                .where(col(ElementAssessment.assessment_id) == assessment_id)
            ).all()
        )


# --- New assessment ------------------------------------------------------------------------


def test_survey_dates_are_stored(qtbot: QtBot, project: Project) -> None:
    dialog = new_dialog(qtbot, project)
    qtbot.keyClicks(dialog.name, "Official survey 2027")
    assert not dialog.starts_on.edit.isEnabled()
    qtbot.mouseClick(dialog.starts_on.check, Qt.MouseButton.LeftButton)
    assert dialog.starts_on.edit.isEnabled()
    dialog.starts_on.edit.setDate(QDate(2027, 3, 1))
    dialog.ends_on.check.setChecked(True)
    dialog.ends_on.edit.setDate(QDate(2027, 3, 5))
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.result() == NewAssessmentDialog.DialogCode.Accepted
    with project.session() as session:
        stored = session.get(Assessment, dialog.assessment_id)
        assert stored is not None
        assert (stored.name, stored.starts_on, stored.ends_on) == (
            "Official survey 2027",
            date(2027, 3, 1),
            date(2027, 3, 5),
        )


def test_dates_left_unticked_stay_empty(qtbot: QtBot, project: Project) -> None:
    dialog = new_dialog(qtbot, project)
    qtbot.keyClicks(dialog.name, "Self-assessment")
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    with project.session() as session:
        stored = session.get(Assessment, dialog.assessment_id)
        assert stored is not None
        assert (stored.starts_on, stored.ends_on) == (None, None)


def test_an_end_before_the_start_is_explained_and_nothing_is_stored(
    qtbot: QtBot, project: Project, warnings: list[str]
) -> None:
    dialog = new_dialog(qtbot, project)
    qtbot.keyClicks(dialog.name, "Official survey")
    dialog.starts_on.set_value(date(2027, 3, 5))
    dialog.ends_on.set_value(date(2027, 3, 1))
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert warnings == ["The survey cannot end (3/1/2027) before it starts (3/5/2027)."]
    assert dialog.isVisible()
    assert dialog.assessment_id is None
    with project.session() as session:
        assert len(session.execute(select(col(Assessment.id))).all()) == 1


@pytest.mark.parametrize(("carry", "expected_links"), [(True, 2), (False, 0)])
def test_starting_from_an_earlier_one_carries_links_when_ticked(
    qtbot: QtBot, project: Project, tmp_path: Path, carry: bool, expected_links: int
) -> None:
    elements = list(element_assessment_ids(project, 1).values())
    with project.transaction() as session:
        attach_files(
            session, [write_bytes(tmp_path / "policy.pdf", 300)], elements[:2], user="tester"
        )
    dialog = new_dialog(qtbot, project)
    assert not dialog.carry_evidence.isEnabled()
    assert dialog.carry_evidence.isChecked()
    qtbot.keyClicks(dialog.name, "Official survey")
    dialog.start_from.setCurrentIndex(1)
    assert dialog.carry_evidence.isEnabled()
    if not carry:
        qtbot.mouseClick(dialog.carry_evidence, Qt.MouseButton.LeftButton)
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.assessment_id is not None
    assert links_of(project, dialog.assessment_id) == expected_links
    assert links_of(project, 1) == 2


# --- Scoring profile -----------------------------------------------------------------------


def profile_dialog(qtbot: QtBot, project: Project) -> ProfileDialog:
    dialog = ProfileDialog(project, 1, "officer")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_names(dialog: ProfileDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def profile_key(project: Project) -> str:
    with project.session() as session:
        assessment = session.get(Assessment, 1)
        assert assessment is not None
        record = session.get(ScoringProfileRecord, assessment.scoring_profile_id)
        assert record is not None
        return record.key


def test_lists_profiles_with_the_current_one_selected(qtbot: QtBot, project: Project) -> None:
    dialog = profile_dialog(qtbot, project)
    assert shown_names(dialog) == [
        "JCI-style points (10 / 5 / 0)",
        "Share of elements fully met (75 / 85 / 95 %)",
    ]
    assert dialog.model.index(0, RULES).data() == (
        "points 10 / 5 / 0; standard ≥ 5, chapter ≥ 8, overall ≥ 9; "
        "judged once 80 % of applicable elements are assessed"
    )
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0


def test_ok_stores_the_chosen_profile(qtbot: QtBot, project: Project) -> None:
    dialog = profile_dialog(qtbot, project)
    dialog.table.selectRow(1)
    press_ok(qtbot, dialog.buttons)
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert dialog.changed
    assert profile_key(project) == "percentage_bands"
    with project.session() as session:
        actions = session.execute(select(col(AuditEvent.action), col(AuditEvent.user))).all()
    assert ("set_scoring_profile", "officer") in [tuple(a) for a in actions]


def test_cancel_changes_nothing(qtbot: QtBot, project: Project) -> None:
    dialog = profile_dialog(qtbot, project)
    dialog.table.selectRow(1)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert profile_key(project) == "jci_points"


def test_load_from_file_adds_and_selects_the_profile(
    qtbot: QtBot, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "strict.json"
    path.write_text(json.dumps(STRICT), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    dialog = profile_dialog(qtbot, project)
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert shown_names(dialog)[-1] == "Strict points"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 2
    press_ok(qtbot, dialog.buttons)
    assert profile_key(project) == "strict_points"


def test_a_bad_file_is_explained_and_nothing_is_added(
    qtbot: QtBot,
    project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    path = tmp_path / "custom.json"
    path.write_text(json.dumps({**STRICT, "points": {"fully_met": "ten"}}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    dialog = profile_dialog(qtbot, project)
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert warnings[0].startswith("custom.json: scoring profile 'strict_points': ")
    assert "'points.fully_met' must be a number" in warnings[0]
    assert len(shown_names(dialog)) == 2
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0


def test_a_cancelled_file_choice_does_nothing(
    qtbot: QtBot, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    dialog = profile_dialog(qtbot, project)
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert len(shown_names(dialog)) == 2


def test_a_locked_assessment_keeps_its_profile(
    qtbot: QtBot, project: Project, warnings: list[str]
) -> None:
    with project.transaction() as session:
        set_locked(session, 1, True, user="tester")
    dialog = profile_dialog(qtbot, project)
    dialog.table.selectRow(1)
    press_ok(qtbot, dialog.buttons)
    assert warnings == ["Assessment 'Mock survey' is locked; unlock it first."]
    assert dialog.isVisible()
    assert profile_key(project) == "jci_points"
