"""The checklist window over real project files, driven as an officer would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.app import ensure_demo_project
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.readiness.scoring import format_score, score_assessment
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.checklist.bulk_edit_dialog import BulkEditDialog
from accredit_tracker.ui.checklist.chapter_tree_model import ChapterTreeModel
from accredit_tracker.ui.checklist.element_table_model import COL_CODE, COL_OWNER, COL_TEXT
from accredit_tracker.ui.common.palette import NOT_ENOUGH_ASSESSED
from accredit_tracker.ui.main_window import MainWindow
from little_assessed import little_assessed_project
from windows import MakeWindow, checklist, preferences_at, press


def stored(path: Path) -> dict[str, tuple[Result, WorkStatus, str, str]]:
    with open_project(path) as project, project.session() as session:
        return {
            r.code: (r.result, r.work_status, r.owner, r.notes) for r in element_rows(session, 1)
        }


def test_demo_project_shows_tree_table_and_score(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.open_path(ensure_demo_project())
    view = checklist(window)
    assert window.windowTitle() == "Demo hospital — Accredit Tracker"
    assert window.assessment_box.currentText() == "Mock survey 2026"
    tree = view.tree_model
    labels = [tree.index(r, 0).data() for r in range(tree.rowCount())]
    assert labels[0].startswith("All elements\n")
    # Each chapter by its code and title, then how far it is met, on two lines.
    assert labels[1].startswith("IPSG · International Patient Safety Goals\n")
    assert " met · " in labels[1]
    assert len(labels) == 16
    assert view.filter_bar.count.text() == "1,225 of 1,225"
    assert "JCI-style points" in window.score_label.text()
    assert "provisional" in window.score_label.text()


def test_keys_set_results_and_move_down(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "3")
    press(qtbot, view, Qt.Key.Key_Down)
    press(qtbot, view, "1")
    press(qtbot, view, Qt.Key.Key_Down)
    press(qtbot, view, "4")
    saved = stored(clinic)
    assert [saved[c][0] for c in ("C0.1 ME 1", "C0.1 ME 2", "C0.2 ME 1", "C0.2 ME 2")] == [
        Result.NOT_MET, Result.FULLY_MET, Result.NOT_APPLICABLE, Result.NOT_ASSESSED,
    ]  # fmt: skip
    assert view.model.index(0, 2).data() == "Not met"
    qtbot.waitUntil(lambda: "provisional: 9 not assessed" in window.score_label.text())


def test_the_score_after_edits_and_undo_equals_a_fresh_score_of_the_database(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    qtbot.waitUntil(lambda: view.score is not None)
    before = ChapterTreeModel()
    before.set_score(view.score, view.chapter_titles, view.standard_texts)
    for key in ("1", Qt.Key.Key_Down, "2", Qt.Key.Key_Down, "3", Qt.Key.Key_Down, "4"):
        press(qtbot, view, key)
    view.table.selectAll()
    press(qtbot, view, "3")
    window.undo_stack.undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not view._score_timer.isActive())
    with open_project(clinic) as project, project.session() as session:
        fresh = score_assessment(
            view.profile, element_rows(session, 1), known_chapters=view.chapter_titles
        )
    assert fresh.counts[Result.FULLY_MET] == 1 and fresh.counts[Result.NOT_APPLICABLE] == 0
    assert view.score == fresh
    shown = f"{fresh.profile.name}: {format_score(fresh.profile, fresh.overall)} — "
    assert window.score_label.text().startswith(shown)
    # The tree, which took only the changed standards' and chapters' figures, reads as a tree
    # built from the fresh score does.
    rebuilt = ChapterTreeModel()
    rebuilt.set_score(fresh, view.chapter_titles, view.standard_texts)
    assert tree_texts(view.tree_model) == tree_texts(rebuilt)
    assert tree_texts(view.tree_model) != tree_texts(before)


def tree_texts(model: ChapterTreeModel) -> list[tuple[str, str, object]]:
    """Every node's label, tooltip and colour, chapters followed by their standards."""
    texts = []
    for row in range(model.rowCount()):
        chapter = model.index(row, 0)
        for index in [chapter] + [
            model.index(n, 0, chapter) for n in range(model.rowCount(chapter))
        ]:
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            colour = brush.color().name() if brush is not None else None
            texts.append((index.data(), index.data(Qt.ItemDataRole.ToolTipRole), colour))
    return texts


def test_result_button_in_the_detail_panel(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(2)
    button = view.detail.findChild(
        type(view.detail.result_buttons.button(0)), "result_partially_met"
    )
    assert button is not None and "key 2" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stored(clinic)["C0.2 ME 1"][0] == Result.PARTIALLY_MET


def test_undo_and_redo_go_through_the_audit_trail(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "1")
    assert stored(clinic)["C0.1 ME 1"][0] == Result.FULLY_MET
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(clinic)["C0.1 ME 1"][0] == Result.NOT_ASSESSED
    assert view.model.index(0, 2).data() == "Not assessed"
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(clinic)["C0.1 ME 1"][0] == Result.FULLY_MET
    with open_project(clinic) as project, project.session() as session:
        changes = session.execute(
            select(col(AuditEvent.old_value), col(AuditEvent.new_value), col(AuditEvent.user))
            .where(col(AuditEvent.field) == "result")
            .order_by(col(AuditEvent.id))
        ).all()
    assert changes == [
        ("not_assessed", "fully_met", "officer"),
        ("fully_met", "not_assessed", "officer"),
        ("not_assessed", "fully_met", "officer"),
    ]


def test_bulk_edit_of_a_selection_is_one_undo_step(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, view, "2")

    def fill_in(dialog: BulkEditDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData(WorkStatus.IN_PROGRESS))
        dialog.owner.setEditText("Nodira Tursunova")
        dialog.accept()
        return 1

    monkeypatch.setattr(BulkEditDialog, "exec", fill_in)
    window.checklist_actions.bulk_action.trigger()
    saved = stored(clinic)
    expected = (Result.PARTIALLY_MET, WorkStatus.IN_PROGRESS, "Nodira Tursunova", "")
    assert [saved[c] for c in ("C0.1 ME 1", "C0.1 ME 2", "C0.2 ME 1")] == [expected] * 3
    assert saved["C0.2 ME 2"][0] == Result.NOT_ASSESSED
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert stored(clinic)["C0.2 ME 1"][1:3] == (WorkStatus.TO_DO, "")
    assert stored(clinic)["C0.2 ME 1"][0] == Result.PARTIALLY_MET


def test_filters_combine_and_say_how_many_match(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "3")
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_bar.text.hasFocus()
    qtbot.keyClicks(view.filter_bar.text, "element 1 OF")
    qtbot.keyClick(view.filter_bar.text, Qt.Key.Key_Return)
    assert view.filter_bar.count.text() == "6 of 12"
    view.filter_bar.result.setCurrentIndex(view.filter_bar.result.findData(Result.NOT_MET))
    assert view.filter_bar.count.text() == "1 of 12"
    assert view.model.index(0, COL_CODE).data() == "C0.1 ME 1"
    view.filter_bar.text.clear()
    qtbot.waitUntil(lambda: view.filter_bar.count.text() == "1 of 12")


def test_choosing_a_chapter_in_the_tree_shows_its_elements(
    make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    chapter = view.tree_model.index_of("C1", None)
    view.tree.setCurrentIndex(chapter)
    assert view.filter_bar.count.text() == "6 of 12"
    assert {view.model.row_at(r).chapter_code for r in range(view.model.rowCount())} == {"C1"}
    standard = view.tree_model.index_of("C1", "C1.2")
    view.tree.setCurrentIndex(standard)
    assert view.filter_bar.count.text() == "2 of 12"


def test_notes_are_saved_as_you_type_and_on_close(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    qtbot.keyClicks(view.detail.notes, "Policy signed")
    qtbot.waitUntil(lambda: stored(clinic)["C0.1 ME 1"][3] == "Policy signed", timeout=3000)
    view.table.selectRow(1)
    qtbot.keyClicks(view.detail.notes, "Typed just before closing")
    window.close()
    assert stored(clinic)["C0.1 ME 2"][3] == "Typed just before closing"


def test_reopening_shows_what_was_saved_with_the_remembered_sort(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(3)
    view.detail.owner.setText("Zarina")
    view.detail.owner.editingFinished.emit()
    view.table.sortByColumn(COL_OWNER, Qt.SortOrder.DescendingOrder)
    window.close()

    again = make_window()
    assert again.open_path(clinic)
    view = checklist(again)
    assert view.model.index(0, COL_OWNER).data() == "Zarina"
    assert view.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_an_edit_to_an_element_changed_elsewhere_is_refused(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = make_window("ana"), make_window("bo")
    first.open_path(clinic)
    second.open_path(clinic)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    press(qtbot, checklist(first), "1")
    press(qtbot, checklist(second), "3")
    assert warnings and "ana changed this element" in warnings[0]
    assert stored(clinic)["C0.1 ME 1"][0] == Result.FULLY_MET
    assert checklist(second).model.index(0, 2).data() == "Fully met"  # reloaded
    assert second.undo_stack.count() == 0


def test_a_failed_open_keeps_the_current_project(
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    assert window.open_path(clinic)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bogus = tmp_path / "notes.accredit"
    bogus.write_text("not a project")
    assert not window.open_path(bogus)
    assert shown == ["notes.accredit is not an Accredit Tracker project (not a database file)."]
    assert window.windowTitle() == "clinic — Accredit Tracker"
    assert window.checklist is not None and window.project_actions.recent_projects()[0] == str(
        clinic
    )


def test_a_project_dropped_on_the_window_opens(make_window: MakeWindow, clinic: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(clinic))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.windowTitle() == "clinic — Accredit Tracker"


def test_new_assessment_starting_from_an_earlier_one(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog

    window = make_window()
    window.open_path(clinic)
    press(qtbot, checklist(window), "2")

    def fill_in(dialog: NewAssessmentDialog) -> int:
        dialog.name.setText("Official survey 2027")
        dialog.start_from.setCurrentIndex(1)
        dialog.accept()
        return 1

    monkeypatch.setattr(NewAssessmentDialog, "exec", fill_in)
    window.assessment_actions.new_assessment_action.trigger()
    assert window.assessment_box.currentText() == "Official survey 2027"
    assert checklist(window).model.index(0, 2).data() == "Partially met"
    with open_project(clinic) as project, project.session() as session:
        assert session.execute(select(func.count()).select_from(AuditEvent)).scalar_one() > 0


def test_a_change_made_in_another_window_shows_on_focus(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    first, second = make_window("ana"), make_window("bo")
    first.open_path(clinic)
    second.open_path(clinic)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    press(qtbot, checklist(first), "3")
    assert checklist(second).model.index(0, 2).data() == "Not assessed"
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.waitUntil(lambda: checklist(second).model.index(0, 2).data() == "Not met")


def test_the_tree_keeps_what_was_expanded_when_a_result_changes(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    for chapter in ("C0", "C1"):
        view.tree.expand(view.tree_model.index_of(chapter, None))
    press(qtbot, view, "1")
    qtbot.waitUntil(
        lambda: view.tree_model.index_of("C0", None).data().startswith("C0 · Chapter 0\n1 of 6 met")
    )
    assert view.tree.isExpanded(view.tree_model.index_of("C0", None))
    assert view.tree.isExpanded(view.tree_model.index_of("C1", None))
    assert view.tree_model.index_of("C0", "C0.1").data().startswith("C0.1\n1 of 2 met · ")


def test_sorting_keeps_the_selected_element_and_its_keys_act_on_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(2)
    chosen = view.current_row()
    assert chosen is not None and chosen.code == "C0.2 ME 1"
    header = view.table.horizontalHeader()
    on_text = QPoint(header.sectionViewportPosition(COL_TEXT) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=on_text)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=on_text)  # descending
    assert view.model.row_at(2).code != "C0.2 ME 1"  # the rows really moved
    assert header.sortIndicatorSection() == COL_TEXT
    current = view.current_row()
    assert current is not None and current.code == "C0.2 ME 1"
    assert view.detail.row is not None and view.detail.row.code == "C0.2 ME 1"
    press(qtbot, view, "1")
    saved = stored(clinic)
    assert saved["C0.2 ME 1"][0] == Result.FULLY_MET
    assert [code for code, values in saved.items() if values[0] == Result.FULLY_MET] == [
        "C0.2 ME 1"
    ]


def test_each_change_shows_in_the_history_and_sorting_again_places_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(1)
    press(qtbot, view, "1")
    press(qtbot, view, "3")
    qtbot.waitUntil(lambda: view.detail.history.count() == 2)  # the panel follows the row
    history = [view.detail.history.item(i).text() for i in range(view.detail.history.count())]
    assert len(history) == 2
    assert "Fully met → Not met" in history[0] and "Not assessed → Fully met" in history[1]
    assert stored(clinic)["C0.1 ME 2"][0] == Result.NOT_MET

    view.table.sortByColumn(COL_OWNER, Qt.SortOrder.DescendingOrder)
    view.table.selectRow(view.model.rowCount() - 1)
    moved = view.current_row()
    assert moved is not None
    view.detail.owner.setText("Zz last alphabetically")
    view.detail.owner.editingFinished.emit()
    assert view.model.row_at(view.model.rowCount() - 1).code == moved.code  # stays put
    view.table.sortByColumn(COL_OWNER, Qt.SortOrder.DescendingOrder)  # the same sort, asked again
    assert view.model.row_at(0).code == moved.code
    assert view.model.index(0, COL_OWNER).data() == "Zz last alphabetically"


def test_f1_lists_the_keys_including_the_result_keys(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: shown.append((title, text))
    )
    window = make_window()
    window.open_path(clinic)
    qtbot.keyClick(checklist(window).table, Qt.Key.Key_F1)
    [(title, text)] = shown
    assert title == "Keyboard shortcuts"
    assert "<b>1</b></td><td>Fully met" in text and "<b>0</b></td><td>Not assessed" in text
    assert "Ctrl+Shift+T" in text and "Ctrl+Shift+A" in text


def test_a_locked_assessment_is_shown_read_only_and_refuses_keys(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refused.append(text))
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    window.assessment_actions.lock_action.trigger()
    assert window.assessment_actions.lock_action.isChecked() and view.locked_banner.isVisible()
    assert not view.detail.result_buttons.button(0).isEnabled()
    assert not view.detail.evidence.add_button.isEnabled()
    press(qtbot, view, "1")
    assert refused == ["Assessment 'Mock survey' is locked; unlock it first."]
    assert stored(clinic)["C0.1 ME 1"][0] == Result.NOT_ASSESSED

    window.close_project()
    window.open_path(clinic)  # the lock is in the project, not in the window
    view = checklist(window)
    assert window.assessment_actions.lock_action.isChecked() and view.locked_banner.isVisible()
    window.assessment_actions.lock_action.trigger()  # unlock
    assert not view.locked_banner.isVisible() and view.detail.result_buttons.button(0).isEnabled()
    press(qtbot, view, "1")
    assert stored(clinic)["C0.1 ME 1"][0] == Result.FULLY_MET


def test_the_name_in_preferences_is_who_the_audit_trail_records(
    qtbot: QtBot,
    make_window: MakeWindow,
    clinic: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accredit_tracker.ui.project.preferences_dialog import PreferencesDialog

    def type_name(dialog: PreferencesDialog) -> int:
        assert dialog.user_name.text() == ""  # the account name is only the placeholder
        dialog.user_name.setText("  Dr. Aziza Xolmatova ")
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", type_name)
    window = MainWindow(preferences_at(clinic.parent))  # no name given: the preferences decide
    qtbot.addWidget(window)
    window.show()
    window.open_path(clinic)
    view = checklist(window)
    window.preference_actions.edit_preferences()
    press(qtbot, view, "2")
    with open_project(clinic) as project, project.session() as session:
        who = session.execute(
            select(col(AuditEvent.user)).where(col(AuditEvent.field) == "result")
        ).scalar_one()
    assert who == "Dr. Aziza Xolmatova"
    reopened = MainWindow(preferences_at(clinic.parent))
    qtbot.addWidget(reopened)
    assert reopened.user == "Dr. Aziza Xolmatova"


def test_side_windows_open_from_the_menus_and_close_with_the_project(
    make_window: MakeWindow,
    clinic: Path,
) -> None:
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    window.insight_actions.trail_action.trigger()
    window.insight_actions.compare_action.trigger()
    opened = dict(window.side_windows)
    assert set(opened) == {"audit_trail", "comparison"}
    assert all(w.isVisible() for w in opened.values())
    window.close_project()
    assert window.side_windows == {} and not any(w.isVisible() for w in opened.values())


def test_a_profile_loaded_from_a_file_rescores_the_window(
    make_window: MakeWindow,
    clinic: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accredit_tracker.core.resources import resource_path
    from accredit_tracker.ui.project.profile_dialog import ProfileDialog

    strict = json.loads(
        (resource_path("scoring_profiles") / "percentage_bands.json").read_text(encoding="utf-8")
    )
    strict.update(key="strict_bands", name="Strict bands")
    custom = tmp_path / "strict.json"
    custom.write_text(json.dumps(strict), encoding="utf-8")

    def load_and_choose(dialog: ProfileDialog) -> int:
        assert dialog.load_path(custom) is not None  # selected once loaded
        dialog.accept()
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", load_and_choose)
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    assert window.score_label.text().startswith("JCI-style points")
    window.assessment_actions.profile_action.trigger()
    assert view.profile.name == "Strict bands"
    assert window.score_label.text().startswith("Strict bands")


def test_the_tree_says_a_chapter_with_too_little_assessed_is_not_enough_assessed(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "hospital.accredit"
    little_assessed_project(path)  # MOI: 7 of 84 elements assessed, all fully met
    window = make_window()
    window.open_path(path)
    model = checklist(window).tree_model
    moi, pci = model.index_of("MOI", None), model.index_of("PCI", None)
    qtbot.waitUntil(lambda: "not enough assessed" in (moi.data() or ""))
    assert moi.data() == "MOI · Management of Information\n7 of 84 met · not enough assessed (10.0)"
    assert moi.data(Qt.ItemDataRole.ForegroundRole).color() == NOT_ENOUGH_ASSESSED  # grey
    assert moi.data(Qt.ItemDataRole.ToolTipRole).endswith(
        "Score 10.0 — not enough assessed to judge: 7 of 84 applicable elements "
        "(at least 80 % needed)"
    )
    assert pci.data().endswith("\n10 of 10 met · 10.0")
    assert pci.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1e7b34"  # meets
