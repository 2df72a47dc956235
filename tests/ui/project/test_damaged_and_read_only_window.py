"""The window on a damaged project (the remembered one at start-up included) and on a read-only
one, and the installer's smoke test on a bad file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker import app
from accredit_tracker.core.storage.project import backup_before_migration, open_project
from accredit_tracker.ui.main_window import MainWindow
from accredit_tracker.ui.project.open_problem import OpenProblemBox
from damage import companions, read_only_folder, scribble_over_table
from windows import checklist, preferences_at, press

Window = Any
SMOKE_TEST_TIMEOUT_S = 120


def visible_problem_box() -> OpenProblemBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, OpenProblemBox) and widget.isVisible():
            return widget
    return None


def test_a_damaged_last_project_starts_on_the_no_project_screen(
    qtbot: QtBot, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The remembered project is damaged: the application starts all the same, says so in a
    box, and Open another project offers the file dialog."""
    backup = backup_before_migration(clinic, "0001")
    scribble_over_table(clinic, "assessment")
    preferences = preferences_at(tmp_path)
    preferences.last_project = str(clinic)
    asked: list[str] = []

    def choose_nothing(_parent: object, title: str, *_rest: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose_nothing)
    seen: dict[str, object] = {}

    def answer(tries: int = 500) -> None:
        """What the officer sees and does once the box is up."""
        box = visible_problem_box()
        if box is None:
            if tries:
                QTimer.singleShot(20, lambda: answer(tries - 1))
            return
        window = box.main_window
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        screen = window.centralWidget()
        seen["screen"] = screen.objectName() if screen is not None else ""
        seen["project"] = window.project
        box.open_button.click()

    # As the application starts: the window, then the project it starts with.
    window = app.show_main_window(preferences)
    qtbot.addWidget(window)
    app._windows.remove(window)
    path = app.starting_project(app.parse_arguments([]), preferences)
    assert path == clinic
    QTimer.singleShot(0, answer)
    assert not window.open_path(path, at_start=True)
    qtbot.waitUntil(lambda: bool(asked))
    assert str(seen["text"]).startswith(f"{clinic} is damaged (database disk image is malformed)")
    assert f"the newest beside it is {backup}." in str(seen["text"])
    assert sorted(seen["buttons"]) == [  # type: ignore[call-overload]
        "Close",
        "Open another project…",
        "Restore from a backup…",
        "Verify",
    ]
    assert seen["screen"] == "startPage"  # the ways to begin, behind the box
    assert seen["project"] is None
    assert asked == ["Open project"]
    assert preferences.last_project == str(clinic)  # still offered at the next start


def test_a_damaged_project_is_restored_from_its_backup(
    qtbot: QtBot, make_window: Window, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backup_before_migration(clinic, "0001")
    scribble_over_table(clinic, "assessment")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, _t, start, *_a: (start, "")
    )  # the newest backup is offered first; the officer takes it

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window: MainWindow = make_window()
    assert not window.open_path(clinic)
    qtbot.waitUntil(lambda: visible_problem_box() is not None)
    box = visible_problem_box()
    assert box is not None
    assert box.verify_button is not None
    box.verify_button.click()  # SQLite's check, then the box again
    assert shown[0].startswith("SQLite's check of clinic.accredit found it damaged:")
    qtbot.waitUntil(lambda: visible_problem_box() is not None)
    box = visible_problem_box()
    assert box is not None
    assert box.restore_button is not None
    box.restore_button.click()
    assert shown[1].startswith(f"Put a copy of {backup} in the place of clinic.accredit?")
    assert checklist(window).model.total == 12
    assert [p.name for p in clinic.parent.glob("clinic.accredit.damaged-*")] != []


def test_a_read_only_project_is_browsed_and_exported_but_not_changed(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refused.append(text))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    report = tmp_path / "report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(report), ""))
    received = tmp_path / "received"  # the settings stay writable beside it
    received.mkdir()
    clinic = clinic.rename(received / clinic.name)
    with read_only_folder(received):
        window: MainWindow = make_window()
        assert window.open_path(clinic)
        view = checklist(window)
        assert view.read_only_banner.isVisible()
        assert f"the read-only folder {clinic.parent}" in view.read_only_banner.text()
        assert not view.locked_banner.isVisible()
        detail = view.detail
        assert not detail.result_buttons.button(0).isEnabled()
        assert not detail.status.isEnabled() and not detail.owner.isEnabled()
        assert detail.notes.isReadOnly()
        assert not detail.evidence.add_button.isEnabled()
        assert not view.table.acceptDrops()
        off = [
            window.checklist_actions.bulk_action,
            window.checklist_actions.result_menu.menuAction(),
            window.import_actions.import_action,
            window.import_actions.take_back_action,
            window.evidence_actions.attach_action,
            window.evidence_actions.paste_action,
            window.evidence_actions.link_action,
            window.assessment_actions.new_assessment_action,
            window.assessment_actions.lock_action,
            window.assessment_actions.profile_action,
        ]
        assert [a.text() for a in off if a.isEnabled()] == []
        on = [
            window.insight_actions.report_action,
            window.insight_actions.csv_action,
            window.evidence_actions.library_action,
            window.evidence_actions.verify_action,
            window.project_actions.backup_action,
            window.project_actions.copy_file_action,
        ]
        assert [a.text() for a in on if not a.isEnabled()] == []

        view.filter_bar.text.setText("standard C1.")  # browsing and filtering work
        qtbot.waitUntil(lambda: view.model.rowCount() == 6)
        press(qtbot, view, "1")  # a result key gets the refusal and its reason
        assert refused == [
            f"This project is read-only: it is in the read-only folder {clinic.parent}. "
            "Save a copy to change it."
        ]
        window.insight_actions.report_action.trigger()
        assert asked and f"Wrote {report}" in asked[-1]
        window.close_project()
        assert companions(clinic) == []
    with open_project(clinic) as project:
        assert not project.read_only


def run_smoke_test(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "accredit_tracker.app", "--smoke-test", *arguments],
        capture_output=True,
        text=True,
        timeout=SMOKE_TEST_TIMEOUT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def test_the_smoke_test_on_a_damaged_file_prints_why_and_fails(clinic: Path) -> None:
    scribble_over_table(clinic, "assessment")
    done = run_smoke_test(str(clinic))
    assert done.returncode == 1
    assert done.stderr.startswith(f"accredit-tracker: {clinic} is damaged (")
    assert "Traceback" not in done.stderr


def test_the_smoke_test_on_a_file_that_is_no_project_prints_why_and_fails(tmp_path: Path) -> None:
    notes = tmp_path / "notes.accredit"
    notes.write_text("minutes of the meeting")
    done = run_smoke_test(str(notes))
    assert done.returncode == 1
    assert "notes.accredit is not an Accredit Tracker project" in done.stderr


def test_the_smoke_test_opens_a_read_only_project(clinic: Path) -> None:
    clinic.chmod(0o444)
    try:
        done = run_smoke_test(str(clinic))
    finally:
        clinic.chmod(0o644)
    assert done.returncode == 0, done.stderr
    assert "12 measurable elements shown" in done.stdout
    assert companions(clinic) == []


def test_a_newer_last_project_at_start_offers_no_restore(
    qtbot: QtBot, make_window: Window, clinic: Path
) -> None:
    """Restoring a backup would not mend a project saved by a newer version: the box says
    what to do and offers only another project."""
    with closing(sqlite3.connect(clinic)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    window: MainWindow = make_window()
    assert not window.open_path(clinic, at_start=True)
    qtbot.waitUntil(lambda: visible_problem_box() is not None)
    box = visible_problem_box()
    assert box is not None
    assert "newer version of Accredit Tracker" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Close", "Open another project…"]
    box.close_button.click()
    qtbot.waitUntil(lambda: visible_problem_box() is None)
    assert window.project is None
