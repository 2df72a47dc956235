"""A project shared on PostgreSQL, as two officers meet it in two windows: opening it by server
and password, seeing each other's changes within seconds, an edit to a changed element refused
with who changed it, and a lost connection that keeps what was typed and resumes."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlmodel import col

from accredit_tracker.core.assessment import named_rows
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.assessment.named_rows import NamedRows
from accredit_tracker.core.evidence.attachments import attach_files, update_evidence
from accredit_tracker.core.storage import change_notices
from accredit_tracker.core.storage.change_notices import ELEMENTS, ChangeNotice
from accredit_tracker.core.storage.credentials import without_password
from accredit_tracker.core.storage.models import Evidence
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.tracers.corrective_actions import raise_action
from accredit_tracker.core.tracers.tracers import plan_tracer
from accredit_tracker.core.tracers.words import TracerKind
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.checklist import view as checklist_view
from accredit_tracker.ui.main_window import MainWindow
from accredit_tracker.ui.project.shared_dialog import SharedProjectDialog
from factories import project_with_assessment, write_bytes
from shared_server import empty_schema
from windows import MakeWindow, checklist, preferences_at, press, shown_dashboard

POLL_MS = 200


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A shared project with one assessment; windows look for others' changes five times a
    second instead of every few seconds."""
    monkeypatch.setattr(checklist_view, "SHARED_POLL_MS", POLL_MS)
    with empty_schema() as url:
        project_with_assessment(url)[0].close()
        yield url


def open_window(qtbot: QtBot, folder: Path, url: str, user: str) -> MainWindow:
    window = MainWindow(preferences_at(folder), user=user)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(url)
    checklist(window)
    return window


def stored_results(url: str) -> dict[str, Result]:
    from accredit_tracker.core.storage.project import open_project

    with open_project(url) as project, project.session() as session:
        return {row.code: row.result for row in element_rows(session, 1)}


def test_opening_asks_for_the_password_and_never_stores_it(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = str(make_url(shared).password)
    asked: list[str] = []

    def type_password(dialog: SharedProjectDialog) -> int:
        asked.append(dialog.host.text())
        dialog.password.setText(password)
        return 1

    monkeypatch.setattr(SharedProjectDialog, "exec", type_password)
    window = MainWindow(preferences_at(tmp_path), user="dilnoza")
    qtbot.addWidget(window)
    assert window.open_path(without_password(shared))  # as the recent-projects list has it
    assert asked == ["127.0.0.1"]
    assert checklist(window).model.total == 12
    assert "postgres" in window.windowTitle()
    window.close()
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "127.0.0.1" in settings
    assert password not in settings


def test_a_wrong_password_is_explained_and_nothing_opens(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    window = MainWindow(preferences_at(tmp_path), user="dilnoza")
    qtbot.addWidget(window)
    wrong = make_url(shared).set(password="not-the-password").render_as_string(False)
    assert not window.open_path(wrong)
    assert window.project is None
    [message] = said
    assert "127.0.0.1" in message and "not-the-password" not in message


def test_a_change_shows_in_the_other_window_and_a_stale_edit_is_refused(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_window(qtbot, tmp_path / "first", shared, "dilnoza")
    second = open_window(qtbot, tmp_path / "second", shared, "aziz")
    mine, theirs = checklist(first), checklist(second)
    theirs.table.selectRow(3)
    press(qtbot, mine, "2")  # Dilnoza: the first element partially met
    qtbot.waitUntil(lambda: theirs.model.row_at(0).result == Result.PARTIALLY_MET, timeout=3000)
    assert theirs.current_row() is not None and theirs.current_row() == theirs.model.row_at(3)

    # Aziz's window has not heard yet when Dilnoza changes the element again...
    theirs.stop_watching()
    press(qtbot, mine, "3")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    theirs.table.selectRow(0)
    press(qtbot, theirs, "1")  # ...so his edit of the stale row is refused, not stored.
    [message] = said
    assert "dilnoza" in message
    assert stored_results(shared)[mine.model.row_at(0).code] == Result.NOT_MET


def test_the_server_tells_the_other_window_of_a_change_without_any_polling(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checklist_view, "SHARED_POLL_MS", 600_000)  # a poll would be too late
    first = open_window(qtbot, tmp_path / "first", shared, "dilnoza")
    second = open_window(qtbot, tmp_path / "second", shared, "aziz")
    mine, theirs = checklist(first), checklist(second)
    qtbot.waitUntil(lambda: mine.listening and theirs.listening, timeout=5000)
    assert not theirs._poll.isActive()
    assert second.watching_label.isHidden()
    theirs.table.selectRow(5)
    press(qtbot, mine, "2")
    qtbot.waitUntil(lambda: theirs.model.row_at(0).result == Result.PARTIALLY_MET, timeout=3000)
    mine.table.selectRow(1)
    press(qtbot, mine, "3")
    qtbot.waitUntil(lambda: theirs.model.row_at(1).result == Result.NOT_MET, timeout=3000)
    assert theirs.current_row() == theirs.model.row_at(5)  # Aziz's place is kept
    qtbot.waitUntil(lambda: theirs.score == mine.score)  # scored again shortly after
    assert theirs.tree_model.index(0, 0).data() == mine.tree_model.index(0, 0).data()


def test_the_rows_a_notice_names_come_read_and_never_older_than_what_is_shown(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checklist_view, "SHARED_POLL_MS", 600_000)
    readers: list[str] = []

    def noting_the_reader(session: Any, assessment_id: int, only: Any = None) -> Any:
        readers.append(threading.current_thread().name)
        return element_rows(session, assessment_id, only)

    monkeypatch.setattr(named_rows, "element_rows", noting_the_reader)
    first = open_window(qtbot, tmp_path / "first", shared, "dilnoza")
    second = open_window(qtbot, tmp_path / "second", shared, "aziz")
    mine, theirs = checklist(first), checklist(second)
    qtbot.waitUntil(lambda: mine.listening and theirs.listening, timeout=5000)
    before = theirs.model.row_at(0)
    press(qtbot, mine, "2")
    qtbot.waitUntil(lambda: theirs.model.row_at(0).result == Result.PARTIALLY_MET, timeout=3000)
    # Read on the listening thread, not the window's: the window only shows the rows.
    assert readers and set(readers) == {"change notices"}
    assert theirs.model.row_at(0).updated_by == "dilnoza"

    # Rows read before a later change arrive after it: the newer row stays.
    element_id = before.element_assessment_id
    late = NamedRows(frozenset({element_id}), [before], 0)
    theirs._others_saved([ChangeNotice(ELEMENTS, frozenset({element_id}))], late)
    assert theirs.model.row_at(0).result == Result.PARTIALLY_MET


def test_without_notices_from_the_server_the_window_looks_every_few_seconds_and_says_so(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_window(qtbot, tmp_path / "first", shared, "dilnoza")
    # The second window's listening connection cannot reach the server; its work can.
    unreachable = change_notices.driver_address(
        make_url(shared).set(port=1).render_as_string(hide_password=False)
    )
    monkeypatch.setattr(change_notices, "driver_address", lambda _url: unreachable)
    second = open_window(qtbot, tmp_path / "second", shared, "aziz")
    theirs = checklist(second)
    qtbot.waitUntil(second.watching_label.isVisible, timeout=5000)
    assert second.watching_label.text() == (
        "Others' changes: looked for every 0 s (no notices from the server)"
    )
    assert "refused" in second.watching_label.toolTip()
    assert theirs._poll.isActive() and not theirs.listening
    press(qtbot, checklist(first), "4")
    qtbot.waitUntil(lambda: theirs.model.row_at(0).result == Result.NOT_APPLICABLE, timeout=3000)


def test_a_lost_connection_keeps_the_typed_notes_and_saves_them_when_it_is_back(
    qtbot: QtBot, shared: str, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path, shared, "dilnoza")
    view = checklist(window)
    view.table.selectRow(0)
    engine = view.project.engine
    # The server goes out of reach: the same project, on a port where nothing listens.
    view.project.engine = create_engine(make_url(shared).set(port=1), pool_pre_ping=True)
    view.detail.notes.setPlainText("Policy signed by the medical director.")
    view.detail.flush_notes()
    assert view.connection_banner.isVisibleTo(view)
    assert view.detail.notes.toPlainText() == "Policy signed by the medical director."
    view.project.engine = engine  # the server answers again
    qtbot.waitUntil(lambda: not view.connection_banner.isVisibleTo(view), timeout=3000)
    qtbot.waitUntil(lambda: view.model.row_at(0).notes.startswith("Policy signed"), timeout=3000)


def test_a_server_restart_costs_one_reconnect_not_an_error(
    qtbot: QtBot, shared: str, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path, shared, "dilnoza")
    view = checklist(window)
    with view.project.engine.connect() as connection:
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    admin = create_engine(make_url(shared).set(query={}))
    with admin.begin() as connection:
        connection.exec_driver_sql(f"SELECT pg_terminate_backend({int(str(pid))})")
    admin.dispose()
    press(qtbot, view, "1")
    assert stored_results(shared)[view.model.row_at(0).code] == Result.FULLY_MET
    assert not view.connection_banner.isVisibleTo(view)


def test_a_project_file_is_copied_to_a_shared_database_and_opened_there(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accredit_tracker.ui.project import copy_dialog as project_copy

    window: MainWindow = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "1")
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    with empty_schema() as url:
        monkeypatch.setattr(project_copy, "choose_database_target", lambda _parent: url)
        window.project_actions.copy_shared_action.trigger()
        assert asked and "checked" in asked[0]
        assert window.project is not None and window.project.path is None
        copied = checklist(window)
        assert copied.model.total == 12
        assert copied.model.row_at(0).result == Result.FULLY_MET
        window.close_project()


def test_a_reader_sees_the_project_and_is_told_why_a_change_is_refused(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from accredit_tracker.core.storage import roles

    login = f"reader_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(shared).set(query={}))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD 'surveyor'"))
    try:
        roles.create_roles(shared, shared)
        roles.grant(shared, shared, login, roles.READER)
        as_reader = make_url(shared).set(username=login, password="surveyor")
        window = open_window(qtbot, tmp_path, as_reader.render_as_string(False), login)
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
        view = checklist(window)
        press(qtbot, view, "1")
        [message] = said
        assert login in message and "officer" in message
        assert stored_results(shared)[view.model.row_at(0).code] == Result.NOT_ASSESSED
        window.close()
    finally:
        roles.drop_roles(shared, shared)
        with admin.begin() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {login}"))
        admin.dispose()


def test_others_tracers_actions_and_evidence_dates_show_in_the_tab_in_front(
    qtbot: QtBot, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checklist_view, "SHARED_POLL_MS", 600_000)  # a poll would be too late
    window = open_window(qtbot, tmp_path / "window", shared, "aziz")
    view = checklist(window)
    qtbot.waitUntil(lambda: view.listening, timeout=5000)
    assert window.tracers is not None
    window.tabs.setCurrentWidget(window.tracers)
    other = open_project(shared)  # another officer, on a connection of their own
    try:
        with other.transaction() as session:
            plan_tracer(
                session, assessment_id=1, kind=TracerKind.SYSTEM, focus="Sharps", user="dilnoza"
            )
        tracers = window.tracers.tracer_model
        qtbot.waitUntil(lambda: [row.focus for row in tracers.rows] == ["Sharps"], timeout=3000)

        dashboard = shown_dashboard(window)
        assert "No corrective actions yet" in dashboard.action_figures.text()
        element = view.model.row_at(0)
        with other.transaction() as session:
            raise_action(
                session, assessment_id=1, what="Train the ward", user="dilnoza",
                element_assessment_ids=[element.element_assessment_id],
                due_on=date.today() - timedelta(days=1), opened_on=date.today() - timedelta(days=9),
            )  # fmt: skip
        qtbot.waitUntil(lambda: "Overdue: 1" in dashboard.action_figures.text(), timeout=3000)

        window.tabs.setCurrentWidget(view)
        with other.transaction() as session:
            attach_files(
                session, [write_bytes(tmp_path / "policy.pdf", 300)],
                [element.element_assessment_id], user="dilnoza",
            )  # fmt: skip
        qtbot.waitUntil(lambda: view.model.row_at(0).evidence_count == 1, timeout=3000)
        with other.session() as session:
            evidence_id = session.execute(select(col(Evidence.id))).scalar_one()
        with other.transaction() as session:
            update_evidence(
                session, evidence_id, user="dilnoza", review_date=date.today() - timedelta(1)
            )
        qtbot.waitUntil(lambda: view.model.row_at(0).expired_evidence == 1, timeout=3000)
    finally:
        other.close()
