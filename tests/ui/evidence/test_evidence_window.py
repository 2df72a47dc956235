"""Evidence in the checklist window: attach, drop, paste, link, open, save, unlink, undo."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.files import open_content
from accredit_tracker.core.evidence.queries import EvidenceRow, evidence_for_element
from accredit_tracker.core.storage.project import create_project, open_project
from accredit_tracker.ui.checklist.element_table_model import COL_EVIDENCE
from accredit_tracker.ui.evidence.attach_details_dialog import AttachDetailsDialog
from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog
from accredit_tracker.ui.main_window import MainWindow
from factories import element_assessment_ids, write_bytes
from windows import checklist

Window = Any  # the make_window fixture's factory
# Taken before the test set-up makes any unexpected message box fail the test: a test that
# expects a question puts the real one back and answers it as a person would.
REAL_QUESTION = QMessageBox.question


def ids(path: Path) -> dict[str, int]:
    with open_project(path) as project:
        return element_assessment_ids(project, 1)


def files_of(path: Path, code: str) -> list[EvidenceRow]:
    with open_project(path) as project, project.session() as session:
        return evidence_for_element(session, ids(path)[code])


def stored_contents(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM evidence_content").fetchone()[0])


def content_of(path: Path, row: EvidenceRow) -> bytes:
    with open_project(path) as project, project.session() as session:
        return b"".join(open_content(session, row.sha256))


def attach_in_core(path: Path, files: list[Path], codes: list[str], **details: Any) -> None:
    by_code = ids(path)
    with open_project(path) as project, project.transaction() as session:
        attach_files(session, files, [by_code[c] for c in codes], user="tester", **details)


def open_window(make_window: Window, clinic: Path) -> MainWindow:
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    return window


def select(window: MainWindow, code: str) -> None:
    view = checklist(window)
    view.table.selectRow(view.model.position_of(ids_by_window(window)[code]) or 0)


def ids_by_window(window: MainWindow) -> dict[str, int]:
    view = checklist(window)
    return {r.code: r.element_assessment_id for r in view.model.all_rows}


def drop_files(target: QWidget, files: list[Path], at: QPointF) -> None:
    """What a file manager's drag and drop delivers: enter, move, then drop."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), action, data, buttons, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(at.toPoint(), action, data, buttons, keys))
    drop = QDropEvent(at, action, data, buttons, keys)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def answer_details(
    qtbot: QtBot, *, description: str | None = None, review_in_days: int | None = None
) -> list[tuple[str, date | None]]:
    """Answer the next "Details of the files to attach" dialog as a person would: note what it
    offers, type a description and tick a review date when given, then click Attach (or
    Cancel when ``description`` is "cancel")."""
    offered: list[tuple[str, date | None]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AttachDetailsDialog):
            QTimer.singleShot(20, answer)
            return
        offered.append((dialog.description_text(), dialog.review_date()))
        if description == "cancel":
            dialog.reject()
            return
        if description is not None:
            dialog.description.setPlainText(description)
        if review_in_days is not None:
            dialog.has_review.setChecked(True)
            day = date.today() + timedelta(days=review_in_days)
            dialog.review.setDate(QDate(day.year, day.month, day.day))
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return offered


def test_add_attaches_files_to_the_element_and_undo_takes_them_off(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = write_bytes(tmp_path / "Hand hygiene policy.pdf", 5000)
    audit = write_bytes(tmp_path / "Audit Q3.xlsx", 3000, seed=1)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(policy), str(audit)], "")
    )
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 2")
    answer_details(qtbot)
    qtbot.mouseClick(view.detail.evidence.add_button, Qt.MouseButton.LeftButton)

    names = [r.name for r in files_of(clinic, "C0.1 ME 2")]
    assert sorted(names) == ["Audit Q3.xlsx", "Hand hygiene policy.pdf"]
    assert content_of(clinic, files_of(clinic, "C0.1 ME 2")[0]) in {
        policy.read_bytes(),
        audit.read_bytes(),
    }
    row = view.model.position_of(ids_by_window(window)["C0.1 ME 2"])
    assert row is not None
    assert view.model.index(row, COL_EVIDENCE).data() == "2"
    assert view.detail.evidence.files.topLevelItemCount() == 2
    assert view.detail.evidence.title.text() == "Evidence (2)"
    history = [view.detail.history.item(i).text() for i in range(view.detail.history.count())]
    assert any("Evidence: — → Hand hygiene policy.pdf" in line for line in history)

    assert window.undo_stack.count() == 1  # both files are one step
    window.undo_stack.undo()
    assert files_of(clinic, "C0.1 ME 2") == []
    assert view.model.index(row, COL_EVIDENCE).data() == ""
    window.undo_stack.redo()
    assert len(files_of(clinic, "C0.1 ME 2")) == 2
    assert stored_contents(clinic) == 2


def test_attaching_asks_for_details_remembered_for_each_type_of_file(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(chosen[-1])], ""))
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    add = view.detail.evidence.add_button

    chosen.append(write_bytes(tmp_path / "fire permit 2026.pdf", 700))
    offered = answer_details(qtbot, description="Signed by the fire service", review_in_days=180)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert offered == [("", None)]  # nothing remembered yet for PDF documents
    [permit] = files_of(clinic, "C0.1 ME 1")
    assert (permit.description, permit.review_date) == (
        "Signed by the fire service", date.today() + timedelta(days=180),
    )  # fmt: skip

    chosen.append(write_bytes(tmp_path / "fire permit 2027.pdf", 800, seed=2))
    offered = answer_details(qtbot)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert offered == [("Signed by the fire service", date.today() + timedelta(days=180))]
    assert len(files_of(clinic, "C0.1 ME 1")) == 2

    chosen.append(write_bytes(tmp_path / "ward photo.png", 300, seed=3))
    offered = answer_details(qtbot, description="cancel")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert offered == [("", None)]  # another type of file: its own memory
    assert len(files_of(clinic, "C0.1 ME 1")) == 2  # Cancel attached nothing

    window.preferences.ask_evidence_details = False  # as Edit → Preferences sets it
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert len(files_of(clinic, "C0.1 ME 1")) == 3  # attached without a question


def test_files_dropped_on_a_row_go_to_that_element(
    make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    minutes = write_bytes(tmp_path / "IPC committee minutes.docx", 2000)
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    row = view.model.position_of(ids_by_window(window)["C0.2 ME 1"])
    assert row is not None
    centre = view.table.visualRect(view.model.index(row, 1)).center()
    drop_files(view.table.viewport(), [minutes], QPointF(centre))
    assert [r.name for r in files_of(clinic, "C0.2 ME 1")] == ["IPC committee minutes.docx"]
    assert files_of(clinic, "C0.1 ME 1") == []


def test_files_dropped_on_the_detail_panel_go_to_the_selected_elements(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    training = write_bytes(tmp_path / "training register.pdf", 1500)
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    panel = view.detail.evidence
    drop_files(panel, [training], QPointF(panel.rect().center()))
    for code in ("C0.1 ME 1", "C0.1 ME 2"):
        assert [r.name for r in files_of(clinic, code)] == ["training register.pdf"]
    assert stored_contents(clinic) == 1


def test_a_pasted_screenshot_becomes_a_png_named_by_date_and_time(
    make_window: Window, clinic: Path
) -> None:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e7b34"))
    QGuiApplication.clipboard().setImage(image)
    window = open_window(make_window, clinic)
    select(window, "C1.1 ME 1")
    window.evidence_actions.paste_action.trigger()
    [row] = files_of(clinic, "C1.1 ME 1")
    assert row.name.startswith(f"Screenshot {date.today():%Y-%m-%d} ") and row.name.endswith(".png")
    assert row.media_type == "image/png"
    pasted = QImage.fromData(content_of(clinic, row))
    assert (pasted.width(), pasted.height()) == (64, 40)
    assert pasted.pixelColor(10, 10) == QColor("#1e7b34")


def test_the_same_content_twice_on_one_element_says_where_it_already_is(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = write_bytes(tmp_path / "policy.pdf", 4000)
    copy = tmp_path / "policy (copy).pdf"
    copy.write_bytes(original.read_bytes())
    attach_in_core(clinic, [original], ["C0.1 ME 1"])
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    drop_files(view.detail.evidence, [copy], QPointF(view.detail.evidence.rect().center()))
    assert said == ["Not attached again:\n• policy (copy).pdf is already attached as “policy.pdf”."]
    assert [r.name for r in files_of(clinic, "C0.1 ME 1")] == ["policy.pdf"]
    assert window.undo_stack.count() == 0


def test_content_already_in_the_project_links_that_file_and_says_so(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = write_bytes(tmp_path / "policy.pdf", 4000)
    copy = tmp_path / "policy (copy).pdf"
    copy.write_bytes(original.read_bytes())
    attach_in_core(clinic, [original], ["C0.1 ME 1"])
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.2 ME 1")
    drop_files(view.detail.evidence, [copy], QPointF(view.detail.evidence.rect().center()))
    assert said == [
        "The project already holds the same content, so no copy was added:\n"
        "• policy (copy).pdf is already in the project as “policy.pdf”; that file is linked."
    ]
    [linked] = files_of(clinic, "C0.2 ME 1")
    assert (linked.name, linked.link_count) == ("policy.pdf", 2)
    with sqlite3.connect(clinic) as connection:
        assert connection.execute("SELECT count(*) FROM evidence").fetchone() == (1,)
    assert view.detail.evidence.files.topLevelItemCount() == 1
    window.undo_stack.undo()
    assert files_of(clinic, "C0.2 ME 1") == []
    assert [r.name for r in files_of(clinic, "C0.1 ME 1")] == ["policy.pdf"]


@pytest.mark.parametrize(
    ("make_bad", "expected"),
    [
        (lambda folder: write_bytes(folder / "empty.pdf", 0), "empty"),
        (lambda folder: folder / "gone.pdf", "does not exist"),
        (lambda folder: folder, "folder"),
    ],
)
def test_bad_files_are_refused_with_a_message_and_nothing_is_stored(
    make_window: Window,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_bad: Any,
    expected: str,
) -> None:
    good = write_bytes(tmp_path / "good.pdf", 1000)
    bad = make_bad(tmp_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window = open_window(make_window, clinic)
    select(window, "C0.1 ME 1")
    checklist(window).evidence.attach([good, bad], [ids(clinic)["C0.1 ME 1"]])
    assert len(warned) == 1 and expected in warned[0].lower()
    assert files_of(clinic, "C0.1 ME 1") == [] and stored_contents(clinic) == 0


def test_the_size_limit_comes_from_the_preferences(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    video = write_bytes(tmp_path / "handover.mp4", 2 * 1024 * 1024 + 1)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window = open_window(make_window, clinic)

    def one_megabyte(dialog: Any) -> int:
        dialog.max_file_mb.setValue(1)
        return 1

    monkeypatch.setattr(
        "accredit_tracker.ui.project.preferences_dialog.PreferencesDialog.exec", one_megabyte
    )
    window.preference_actions.edit_preferences()
    assert window.preferences.max_file_mb == 1
    select(window, "C0.1 ME 1")
    checklist(window).evidence.attach([video], [ids(clinic)["C0.1 ME 1"]])
    assert len(warned) == 1 and "handover.mp4" in warned[0] and "1 MB" in warned[0]
    assert stored_contents(clinic) == 0


def test_linking_from_the_library_shares_one_stored_copy(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "Fire safety plan.pdf", 3000)], ["C0.1 ME 1"])
    attach_in_core(clinic, [write_bytes(tmp_path / "Menu.pdf", 100, seed=3)], ["C0.1 ME 2"])

    def pick_fire_plan(dialog: EvidenceLibraryDialog) -> int:
        dialog.text.setText("fire SAFETY")
        assert dialog.model.rowCount() == 1
        assert [r.name for r in dialog.chosen()] == ["Fire safety plan.pdf"]
        assert dialog.link_button.isEnabled()
        return 1

    monkeypatch.setattr(EvidenceLibraryDialog, "exec", pick_fire_plan)
    window = open_window(make_window, clinic)
    select(window, "C1.3 ME 2")
    window.evidence_actions.link_action.trigger()
    assert [r.name for r in files_of(clinic, "C1.3 ME 2")] == ["Fire safety plan.pdf"]
    assert files_of(clinic, "C1.3 ME 2")[0].link_count == 2
    assert stored_contents(clinic) == 2
    window.undo_stack.undo()
    assert files_of(clinic, "C1.3 ME 2") == []
    assert [r.name for r in files_of(clinic, "C0.1 ME 1")] == ["Fire safety plan.pdf"]


def test_unlinking_a_shared_file_asks_nothing_and_can_be_undone(
    make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "policy.pdf", 900)], ["C0.1 ME 1", "C0.2 ME 1"])
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    view.detail.evidence.unlink_action.trigger()  # no message box: the conftest would fail
    assert files_of(clinic, "C0.1 ME 1") == []
    assert [r.link_count for r in files_of(clinic, "C0.2 ME 1")] == [1]
    window.undo_stack.undo()
    assert [r.name for r in files_of(clinic, "C0.1 ME 1")] == ["policy.pdf"]


@pytest.mark.parametrize(
    ("choice", "kept"), [("Remove from project", False), ("Keep in library", True)]
)
def test_unlinking_the_last_link_asks_whether_to_remove_the_file(
    make_window: Window,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    kept: bool,
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "old checklist.pdf", 700)], ["C0.1 ME 1"])
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == choice]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    view.detail.evidence.unlink_action.trigger()
    assert len(asked) == 1 and "“old checklist.pdf” supports no other element" in asked[0]
    assert files_of(clinic, "C0.1 ME 1") == []
    assert stored_contents(clinic) == (1 if kept else 0)
    assert window.undo_stack.count() == (1 if kept else 0)


def test_open_gives_the_system_a_copy_and_save_as_writes_the_same_bytes(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = write_bytes(tmp_path / "Isolation audit.xlsx", 70_000)
    attach_in_core(clinic, [original], ["C0.1 ME 1"])
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    target = tmp_path / "out" / "audit copy.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    view.detail.evidence.open_button.click()
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "Isolation audit.xlsx" and copy.read_bytes() == original.read_bytes()
    assert copy.parent != original.parent
    view.detail.evidence.save_action.trigger()
    assert target.read_bytes() == original.read_bytes()


def test_expired_evidence_is_marked_and_filtered(
    make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    attach_in_core(
        clinic,
        [write_bytes(tmp_path / "licence.pdf", 300)],
        ["C0.2 ME 2", "C1.1 ME 1"],
        review_date=date.today() - timedelta(days=1),
    )
    attach_in_core(
        clinic,
        [write_bytes(tmp_path / "current.pdf", 300, seed=2)],
        ["C0.1 ME 1"],
        review_date=date.today() + timedelta(days=10),
    )
    window = open_window(make_window, clinic)
    view = checklist(window)
    row = view.model.position_of(ids_by_window(window)["C0.2 ME 2"])
    assert row is not None
    assert view.model.index(row, COL_EVIDENCE).data() == "⚠ 1"
    assert "past the review date" in view.model.index(row, COL_EVIDENCE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    view.filter_bar.evidence.setCurrentIndex(view.filter_bar.evidence.findText("Expired evidence"))
    assert [view.model.row_at(i).code for i in range(view.model.rowCount())] == [
        "C0.2 ME 2",
        "C1.1 ME 1",
    ]
    assert view.filter_bar.count.text() == "2 of 12"


def test_edit_details_sets_a_review_date_and_undo_restores_it(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "scan.pdf", 300)], ["C0.1 ME 1"])
    expiry = date.today() + timedelta(days=90)

    def fill_in(dialog: Any) -> int:
        dialog.name.setText("Signed hand hygiene policy.pdf")
        dialog.has_review.setChecked(True)
        dialog.review.setDate(expiry)
        return 1

    monkeypatch.setattr(
        "accredit_tracker.ui.evidence.details_dialog.EvidenceDetailsDialog.exec", fill_in
    )
    window = open_window(make_window, clinic)
    view = checklist(window)
    select(window, "C0.1 ME 1")
    view.detail.evidence.edit_action.trigger()
    [row] = files_of(clinic, "C0.1 ME 1")
    assert (row.name, row.review_date) == ("Signed hand hygiene policy.pdf", expiry)
    item = view.detail.evidence.files.topLevelItem(0)
    assert item is not None
    shown = item.text(2)
    assert shown == f"{expiry.month}/{expiry.day}/{expiry.year}"  # American English
    window.undo_stack.undo()
    [row] = files_of(clinic, "C0.1 ME 1")
    assert (row.name, row.review_date) == ("scan.pdf", None)


def test_the_library_filters_and_jumps_to_an_element(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    attach_in_core(
        clinic,
        [write_bytes(tmp_path / "expired permit.pdf", 300)],
        ["C1.2 ME 2"],
        review_date=date.today() - timedelta(days=3),
    )
    attach_in_core(clinic, [write_bytes(tmp_path / "photo.png", 300, seed=4)], [])
    window = open_window(make_window, clinic)
    view = checklist(window)
    view.filter_bar.text.setText("C0.1")
    view.filter_bar.text.returnPressed.emit()
    window.evidence_actions.library_action.trigger()
    dialog = window.evidence_library
    assert dialog is not None
    assert dialog.model.rowCount() == 2
    dialog.unlinked.setChecked(True)
    assert [r.name for r in dialog.model.rows] == ["photo.png"]
    dialog.unlinked.setChecked(False)
    dialog.expired.setChecked(True)
    assert [r.name for r in dialog.model.rows] == ["expired permit.pdf"]
    dialog.supports.setCurrentRow(0)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    current = view.current_row()
    assert current is not None and current.code == "C1.2 ME 2"
    assert view.filter_bar.text.text() == ""
    dialog.close()


def test_verify_lists_a_damaged_file(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "minutes.pdf", 5000)], ["C0.1 ME 1"])
    with sqlite3.connect(clinic) as connection:
        connection.execute("UPDATE evidence_chunk SET data = zeroblob(5000)")
    shown: list[tuple[str, str]] = []

    def show(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    window = open_window(make_window, clinic)
    window.evidence_actions.verify_action.trigger()
    [(text, details)] = shown
    assert "1 stored files no longer match" in text
    assert "minutes.pdf" in details


def test_verify_names_the_audit_row_someone_edited_outside_the_program(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "minutes.pdf", 5000)], ["C0.1 ME 1"])
    with sqlite3.connect(clinic) as connection:
        edited = connection.execute("SELECT max(id) - 1 FROM audit_event").fetchone()[0]
        connection.execute("UPDATE audit_event SET user = 'someone.else' WHERE id = ?", (edited,))
    shown: list[tuple[str, str]] = []

    def show(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    window = open_window(make_window, clinic)
    window.evidence_actions.verify_action.trigger()
    [(text, details)] = shown
    assert f"its hash chain breaks at row {edited}." in text
    assert f"audit trail row {edited} (" in details and "someone.else" in details


def test_back_up_writes_a_project_that_opens_with_the_same_evidence(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach_in_core(clinic, [write_bytes(tmp_path / "plan.pdf", 40_000)], ["C0.1 ME 1"])
    target = tmp_path / "backups" / "clinic backup.accredit"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window = open_window(make_window, clinic)
    window.project_actions.backup_action.trigger()
    assert [r.name for r in files_of(target, "C0.1 ME 1")] == ["plan.pdf"]
    assert content_of(target, files_of(target, "C0.1 ME 1")[0]) == content_of(
        clinic, files_of(clinic, "C0.1 ME 1")[0]
    )
    assert said == [f"Backed up to {target}."]


@pytest.mark.parametrize(
    ("answer", "replaced"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)],
    ids=["replace", "keep"],
)
def test_backing_up_over_a_different_project_asks_first(
    make_window: Window,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    replaced: bool,
    qtbot: QtBot,
) -> None:
    """The question is a real message box, answered by a click once it shows."""
    attach_in_core(clinic, [write_bytes(tmp_path / "plan.pdf", 4000)], ["C0.1 ME 1"])
    pharmacy = tmp_path / "pharmacy.accredit"
    create_project(pharmacy, user="pharmacist").close()
    before = pharmacy.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pharmacy), ""))
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    asked: list[tuple[str, str, QMessageBox.StandardButton]] = []

    def answer_the_question(tries: int = 500) -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            if tries:
                QTimer.singleShot(10, lambda: answer_the_question(tries - 1))
            return
        default = box.defaultButton()
        asked.append((box.windowTitle(), box.text(), box.standardButton(default)))
        qtbot.mouseClick(box.button(answer), Qt.MouseButton.LeftButton)

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window = open_window(make_window, clinic)
    QTimer.singleShot(0, answer_the_question)
    window.project_actions.backup_action.trigger()
    assert asked == [
        (
            "Replace a different project?",
            "pharmacy.accredit holds a different project, not an earlier backup of clinic.\n\n"
            "Replace it with this backup? Everything in that project, its evidence included, "
            "is lost.",
            QMessageBox.StandardButton.No,
        )
    ]
    if replaced:
        assert [r.name for r in files_of(pharmacy, "C0.1 ME 1")] == ["plan.pdf"]
        assert said == [f"Backed up to {pharmacy}."]
    else:
        assert pharmacy.read_bytes() == before
        assert said == []
        message = window.statusBar().currentMessage()
        assert message == f"Backup not made; {pharmacy} was left alone."
    assert sorted(p.name for p in tmp_path.glob("*pharmacy*")) == ["pharmacy.accredit"]


def test_an_unlinked_file_can_be_removed_from_the_library(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    video = write_bytes(tmp_path / "ward round.mp4", 30_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(video)], ""))
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    window = open_window(make_window, clinic)
    select(window, "C0.1 ME 1")
    window.preferences.ask_evidence_details = False
    window.evidence_actions.attach_action.trigger()
    window.undo_stack.undo()  # the attach, undone, leaves the file in the library, unlinked
    assert files_of(clinic, "C0.1 ME 1") == [] and stored_contents(clinic) == 1
    window.evidence_actions.library_action.trigger()
    dialog = window.evidence_library
    assert dialog is not None
    dialog.unlinked.setChecked(True)
    assert [r.name for r in dialog.model.rows] == ["ward round.mp4"]
    dialog.remove_button.click()
    assert asked == [
        "Remove “ward round.mp4” (29.3 KB) from the project? It supports no element. "
        "This cannot be undone."
    ]
    assert dialog.model.rowCount() == 0 and stored_contents(clinic) == 0
    dialog.close()


def test_the_library_closes_with_the_project_it_shows(make_window: Window, clinic: Path) -> None:
    window = open_window(make_window, clinic)
    window.evidence_actions.library_action.trigger()
    first = window.evidence_library
    assert first is not None and first.isVisible()
    first.close()
    assert window.evidence_library is None
    window.evidence_actions.library_action.trigger()
    second = window.evidence_library
    assert second is not None and second.isVisible()
    window.close_project()
    assert window.evidence_library is None and not second.isVisible()
