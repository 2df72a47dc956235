"""Crosswalks in the window, driven as an officer would over a real project with two editions:
a new assessment carried through a mapping from the New assessment dialog, the review list of
the checklist, keeping carried values, deciding suggestions, the dashboard's count, and the
two-pane mapping view with its suggestions, its coverage with the results of an assessment
and its export, and a mapping imported from a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.crosswalk.carrying import (
    decide_suggestion,
    review_counts,
    suggestions_for,
)
from accredit_tracker.core.crosswalk.mappings import mapped_rows, mapping_sets
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import ElementAssessment
from accredit_tracker.core.storage.project import Project, open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.crosswalk.carry_into_dialog import CarryIntoDialog
from accredit_tracker.ui.crosswalk.mapping_view import MappingView, NewMappingDialog
from accredit_tracker.ui.crosswalk.suggestions_dialog import SuggestionsDialog
from accredit_tracker.ui.main_window import MainWindow
from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog
from editions import import_the_mapping, two_editions
from factories import element_assessment_ids
from windows import MakeWindow, checklist, filled, shown_dashboard


@pytest.fixture
def editions_file(tmp_path: Path) -> Path:
    """Both editions, the survey of the old one and the mapping between them."""
    path = tmp_path / "editions.accredit"
    made = two_editions(path)
    import_the_mapping(made, tmp_path)
    made.project.close()
    return path


@pytest.fixture
def project(editions_file: Path) -> Iterator[Project]:
    with open_project(editions_file) as opened:
        yield opened


def press_ok(qtbot: QtBot, buttons: QDialogButtonBox | None) -> None:
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def carry_in_dialog(qtbot: QtBot, project: Project) -> int:
    dialog = NewAssessmentDialog(project, "officer")
    qtbot.addWidget(dialog)
    dialog.show()
    options = [dialog.start_from.itemText(i) for i in range(dialog.start_from.count())]
    through = "“Survey 2023” on another library, through the mapping “2021 to 2024”"
    assert through in options
    dialog.start_from.setCurrentIndex(options.index(through))
    assert not dialog.carry_evidence.isEnabled()
    assert dialog.library.currentText().startswith("Edition 2024")
    qtbot.keyClicks(dialog.name, "Survey 2025")
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.result() == NewAssessmentDialog.DialogCode.Accepted
    assert dialog.carry_summary is not None
    assert (dialog.carry_summary.carried, dialog.carry_summary.suggested) == (2, 4)
    assert dialog.assessment_id is not None
    return dialog.assessment_id


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def shown_codes(window: MainWindow) -> list[str]:
    view = checklist(window)
    return sorted(view.model.row_at(i).code for i in range(view.model.rowCount()))


def test_carry_then_review_in_the_checklist_until_the_dashboard_count_is_gone(
    qtbot: QtBot, make_window: MakeWindow, editions_file: Path
) -> None:
    window = make_window()
    window.open_path(editions_file)
    assert window.project is not None
    new = carry_in_dialog(qtbot, window.project)
    window.show_project()
    window.assessment_box.setCurrentIndex(window.assessment_box.findData(new))
    window.show_assessment()
    view = checklist(window)
    review = view.filter_bar.review
    assert review.isVisibleTo(window)
    review.setCurrentIndex(review.findText("Carried, not yet reviewed"))
    assert shown_codes(window) == ["A.1 ME 1", "A.1 ME 2"]
    dashboard = shown_dashboard(window)
    label = dashboard.findChild(QLabel, "carriedToReview")
    assert label is not None and label.isVisibleTo(window)
    assert "2 carried, not yet reviewed; 4 with suggestions" in label.text()
    window.tabs.setCurrentWidget(view)

    view.table.selectAll()
    window.crosswalk_actions.keep_action.trigger()
    assert shown_codes(window) == []
    filled(dashboard)
    assert "0 carried, not yet reviewed; 4 with suggestions" in label.text()

    review.setCurrentIndex(review.findText("Has suggestions"))
    assert shown_codes(window) == ["A.5 ME 1", "A.6 ME 1", "A.6 ME 2", "B.1 ME 1"]
    ids = element_assessment_ids(window.project, new)
    dialog = SuggestionsDialog(window.project, ids["B.1 ME 1"], "B.1 ME 1", "officer")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.findChild(QTableWidget, "suggestionTable")
    assert table is not None and table.rowCount() == 1
    assert [cell(table, 0, c) for c in (1, 2, 4)] == ["Intersect", "Fully met", "Open"]
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert cell(table, 0, 4) == "Accepted"
    assert not dialog.accept_button.isEnabled()
    with window.project.session() as session:
        stored = session.get(ElementAssessment, ids["B.1 ME 1"])
        assert stored is not None and stored.result == Result.FULLY_MET
        assert review_counts(session, new).suggested == 3
    # The rest rejected: nothing is left to review, and the dashboard says no more of it.
    with window.project.transaction() as session:
        for code in ("A.5 ME 1", "A.6 ME 1", "A.6 ME 2"):
            for suggestion in suggestions_for(session, ids[code]):
                decide_suggestion(session, suggestion.id, accept=False, user="officer")
    dashboard.refresh()
    filled(dashboard)
    assert not label.isVisibleTo(window)


def test_an_officer_carries_results_into_the_assessment_shown(
    qtbot: QtBot, make_window: MakeWindow, editions_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The administrator made the new edition's assessment; the officer fills it from the menu.
    with open_project(editions_file) as made, made.transaction() as session:
        new_library = max(c.library_id for c in library_counts(session))
        target = create_assessment(
            session, library_id=new_library, name="Survey 2025", user="administrator"
        )
    window = make_window()
    window.open_path(editions_file)
    assert window.project is not None
    window.assessment_box.setCurrentIndex(window.assessment_box.findData(target))
    window.show_assessment()
    view = checklist(window)
    action = window.crosswalk_actions.carry_into_action
    [assessment_menu] = [
        menu for menu in window.menuBar().findChildren(QMenu) if menu.title() == "&Assessment"
    ]
    assert action in assessment_menu.actions() and action.isEnabled()

    offered: list[str] = []

    def choose_and_carry() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CarryIntoDialog)
        offered.extend(dialog.source.itemText(i) for i in range(dialog.source.count()))
        press_ok(qtbot, dialog.buttons)

    QTimer.singleShot(0, choose_and_carry)
    action.trigger()
    assert offered == ["“Survey 2023” through the mapping “2021 to 2024”"]
    assert window.statusBar().currentMessage() == (
        "2 elements carried through the mapping, to review; 4 with suggestions."
    )
    review = view.filter_bar.review
    review.setCurrentIndex(review.findText("Carried, not yet reviewed"))
    assert shown_codes(window) == ["A.1 ME 1", "A.1 ME 2"]

    # A second time the assessment holds carried values: refused, and the dialog stays open.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))

    def carry_again() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CarryIntoDialog)
        press_ok(qtbot, dialog.buttons)
        assert dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(0, carry_again)
    action.trigger()
    assert len(warned) == 1 and "nothing has been recorded yet" in warned[0]


def test_the_mapping_view_shows_both_libraries_and_accepts_suggestions(
    qtbot: QtBot, project: Project, tmp_path: Path
) -> None:
    # A mapping started empty from the New mapping dialog, then built from suggestions.
    view = MappingView(project, "officer")
    qtbot.addWidget(view)
    view.show()
    new = NewMappingDialog(project, "officer", view)
    qtbot.addWidget(new)
    qtbot.keyClicks(new.name, "Built by hand")
    press_ok(qtbot, new.findChild(QDialogButtonBox))
    assert new.mapping_set_id is not None
    view._load_mappings(new.mapping_set_id)
    assert view.mapping.currentText() == "Built by hand: Edition 2021 → Edition 2024"
    sources = view.findChild(QTableWidget, "sourceElements")
    targets = view.findChild(QTableWidget, "targetElements")
    assert sources is not None and targets is not None
    assert (sources.rowCount(), targets.rowCount()) == (7, 7)
    assert "7 elements, 7 not mapped" in view.target_title.text()
    offered = [
        (
            cell(view.suggestions, r, 0).split(" — ")[0],
            cell(view.suggestions, r, 1).split(" — ")[0],
            cell(view.suggestions, r, 2),
        )
        for r in range(view.suggestions.rowCount())
    ]
    assert offered[:2] == [
        ("A.1 ME 1", "A.1 ME 1", "same code"),
        ("A.1 ME 2", "A.1 ME 2", "same code"),
    ]
    assert ("A.7 ME 1", "A.7 ME 1") not in [(t, s) for t, s, _ in offered]

    view.suggestions.selectRow(0)
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert "6 not mapped" in view.target_title.text()
    assert cell(targets, 0, 2) == "A.1 ME 1"
    remaining = view.suggestions.rowCount()
    qtbot.mouseClick(view.accept_all_button, Qt.MouseButton.LeftButton)
    assert view.suggestions.rowCount() == 0
    with project.session() as session:
        [built] = [m for m in mapping_sets(session) if m.name == "Built by hand"]
        rows = mapped_rows(session, built.id)
    assert len(rows) == 1 + remaining
    assert (rows[0].source.code, rows[0].relationship.value) == ("A.1 ME 1", "equal")


def test_elements_only_said_not_related_show_as_not_mapped(qtbot: QtBot, project: Project) -> None:
    # The imported mapping says B.2 ME 1 (dropped) is not related to A.7 ME 1 (new): neither
    # is mapped, and the panes show nothing mapped against them.
    view = MappingView(project, "officer")
    qtbot.addWidget(view)
    view.show()
    assert view.mapping.currentText() == "2021 to 2024: Edition 2021 → Edition 2024"
    assert "7 elements, 1 not mapped" in view.source_title.text()
    assert "7 elements, 1 not mapped" in view.target_title.text()
    sources = view.findChild(QTableWidget, "sourceElements")
    targets = view.findChild(QTableWidget, "targetElements")
    assert sources is not None and targets is not None
    by_code = {cell(targets, r, 0): cell(targets, r, 2) for r in range(targets.rowCount())}
    assert (by_code["A.7 ME 1"], by_code["A.1 ME 1"]) == ("—", "A.1 ME 1")
    by_code = {cell(sources, r, 0): cell(sources, r, 2) for r in range(sources.rowCount())}
    assert by_code["B.2 ME 1"] == "—"


def test_a_bad_mapping_file_is_explained_and_nothing_is_stored(
    qtbot: QtBot, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    bad = tmp_path / "bad.csv"
    bad.write_text("source,target,relationship\nA.1 ME 1,Z.9,equal\n", encoding="utf-8")
    dialog = NewMappingDialog(project, "officer")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "From a file")
    dialog.file.setText(str(bad))
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.mapping_set_id is None
    assert len(shown) == 1 and "row 2, column B: 'Z.9' is not an element" in shown[0]
    assert [m.name for m in project.read(mapping_sets)] == ["2021 to 2024"]


def visible_codes(table: QTableWidget) -> list[str]:
    return [cell(table, r, 0) for r in range(table.rowCount()) if not table.isRowHidden(r)]


def test_the_mapping_view_shows_the_coverage_with_the_results_of_the_assessment_chosen(
    qtbot: QtBot, project: Project
) -> None:
    with project.transaction() as session:
        old_library = library_counts(session)[0].library_id
        mock = create_assessment(session, library_id=old_library, name="Mock 2024", user="ana")
    changed = ElementChange(
        element_assessment_ids(project, mock)["A.1 ME 1"], {"result": Result.NOT_MET}
    )
    with project.transaction() as session:
        update_elements(session, [changed], user="ana")
    view = MappingView(project, "officer")
    qtbot.addWidget(view)
    view.show()
    targets = view.findChild(QTableWidget, "targetElements")
    sources = view.findChild(QTableWidget, "sourceElements")
    assert targets is not None and sources is not None
    choice = view.results_of
    # The newest assessment of the source library comes first and is shown.
    assert [choice.itemText(i) for i in range(choice.count())] == ["Mock 2024", "Survey 2023"]
    row = {cell(targets, r, 0): r for r in range(targets.rowCount())}
    assert cell(targets, row["A.1 ME 1"], 3) == "A.1 ME 1 (Equal) — Not met"

    choice.setCurrentIndex(choice.findText("Survey 2023"))
    assert cell(targets, row["A.1 ME 1"], 3) == "A.1 ME 1 (Equal) — Fully met"
    assert cell(targets, row["A.5 ME 1"], 3) == (
        "A.2 ME 2 (Subset) — Fully met; A.3 ME 1 (Subset) — Not met"
    )
    assert cell(targets, row["A.5 ME 1"], 4) == "Not met / Fully met"
    assert cell(targets, row["A.6 ME 2"], 4) == "Partially met"
    assert (cell(targets, row["A.7 ME 1"], 3), cell(targets, row["A.7 ME 1"], 4)) == ("—", "—")
    assert view.coverage_message.text() == (
        "1 of 7 target elements have no source element bearing on them; 1 source elements "
        "bear on nothing."
    )

    qtbot.mouseClick(view.only_unmapped, Qt.MouseButton.LeftButton)
    assert (visible_codes(targets), visible_codes(sources)) == (["A.7 ME 1"], ["B.2 ME 1"])
    qtbot.mouseClick(view.only_unmapped, Qt.MouseButton.LeftButton)
    assert len(visible_codes(targets)) == 7


def test_the_coverage_is_exported_from_the_mapping_view(
    qtbot: QtBot, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "coverage"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    view = MappingView(project, "officer")
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = target.with_name("coverage.xlsx")
    assert view.coverage_message.text() == f"Wrote {written}."
    book = load_workbook(written)
    assert book.sheetnames == ["Coverage", "Unmapped in Edition 2024", "Unmapped in Edition 2021"]
    rows = [[c.value for c in row] for row in book["Coverage"].iter_rows(values_only=False)]
    assert rows[4][:5] == ["A.6 ME 1", "Hand hygiene is audited each month", "A.1 ME 2",
                           "Superset", "Partially met"]  # fmt: skip
    assert [r[0].value for r in book["Unmapped in Edition 2021"].iter_rows(min_row=2)] == [
        "B.2 ME 1"
    ]
