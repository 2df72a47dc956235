"""The import dialog shows the tree a file maps to before anything is written, keeps columns
with one click, and removes a label repeated in every cell when asked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import MeasurableElement
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.ui.imports.standards_dialog import ImportDialog
from factories import write_xlsx


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with create_project(tmp_path / "p.accredit", user="tester") as project:
        yield project


def open_dialog(qtbot: QtBot, project: Project, path: Path) -> ImportDialog:
    dialog = ImportDialog(project, path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy)
    return dialog


def click(qtbot: QtBot, dialog: ImportDialog, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)


def tree_rows(dialog: ImportDialog, parent: QModelIndex | None = None) -> list[object]:
    """The mapped tree as shown: (code, text) of each row, with its children after it."""
    model = dialog.tree_box.model
    parent = parent or QModelIndex()
    shown: list[object] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        shown.append((index.data(), model.index(row, 1, parent).data()))
        children = tree_rows(dialog, index)
        if children:
            shown.append(children)
    return shown


def stored_libraries(project: Project) -> list[str]:
    with project.session() as session:
        return [c.name for c in library_counts(session)]


TWO_LEVEL: list[list[object]] = [
    ["ref_id", "name", "description", "assessable", "depth", "implementation_groups"],
    ["GV", "Governance", "", "", 1, ""],
    ["GV.1", "", "Roles are assigned.", "x", 2, "IG1"],
    ["GV.2", "", "Policies are approved.", "x", 2, "IG2"],
    ["BC", "Continuity", "A plan is tested yearly.", "x", 1, "IG1"],
]


def test_the_mapped_tree_is_shown_before_anything_is_written(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "two-level.xlsx", TWO_LEVEL))
    assert not dialog.tree_box.isVisible()
    assert dialog.field_box(5).currentText() == "Kept as an attribute"
    click(qtbot, dialog, dialog.check_button)
    assert dialog.tree_box.isVisible()
    assert tree_rows(dialog) == [
        ("GV", "Governance"),
        [
            ("GV.1", "Roles are assigned."),
            [("GV.1", "Roles are assigned.")],
            ("GV.2", "Policies are approved."),
            [("GV.2", "Policies are approved.")],
        ],
        ("BC", "Continuity"),
        [
            ("BC", "Continuity: A plan is tested yearly."),
            [("BC", "Continuity: A plan is tested yearly.")],
        ],
    ]
    assert dialog.tree_box.rules.isVisible()
    assert dialog.tree_box.rules.text().startswith("The outline is mapped so: a top-level row")
    assert "2 chapters, 3 standards, 3 measurable elements" in dialog.headline.text()
    assert stored_libraries(project) == []  # nothing is written until Import

    click(qtbot, dialog, dialog.import_button)
    assert stored_libraries(project) == ["two-level"]
    with project.session() as session:
        kept = session.execute(select(col(MeasurableElement.attributes))).scalars().all()
    assert [json.loads(k) for k in kept] == [
        {"implementation_groups": "IG1"}, {"implementation_groups": "IG2"},
        {"implementation_groups": "IG1"},
    ]  # fmt: skip


def test_columns_not_imported_are_kept_with_one_click(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    # Column G has values but no header.
    rows = [TWO_LEVEL[0][:5], *([*row[:5], "", row[5]] for row in TWO_LEVEL[1:])]
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "unnamed.xlsx", rows))
    box = dialog.field_box(4)  # column E, "depth"
    assert box.currentText() == "Depth"
    dialog.field_box(6)  # the column without a header is shown, read as nothing
    assert dialog.field_box(6).currentText() == "— ignore —"
    unread = dialog.columns_box.unread_label
    assert unread.isVisible() and unread.text() == "Not imported: G."
    click(qtbot, dialog, dialog.check_button)
    assert any(
        problem[2:]
        == (
            "G",
            "Column G is not imported; to keep it with each element, read it as "
            "“Kept as an attribute” (on the command line: --map G=attribute).",
        )
        for problem in _problems(dialog)
    )

    qtbot.mouseClick(dialog.columns_box.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.field_box(6).currentText() == "Kept as an attribute"
    assert not unread.isVisible() and not dialog.columns_box.keep_button.isVisible()
    assert dialog.check_result is None  # the columns changed: check again
    click(qtbot, dialog, dialog.check_button)
    click(qtbot, dialog, dialog.import_button)
    with project.session() as session:
        kept = session.execute(select(col(MeasurableElement.attributes))).scalars().all()
    assert [json.loads(k) for k in kept] == [{"G": "IG1"}, {"G": "IG2"}, {"G": "IG1"}]


def test_a_repeated_label_is_removed_when_ticked(
    qtbot: QtBot, tmp_path: Path, project: Project
) -> None:
    rows = [
        ["Ref", "Name", "Assessable"],
        ["C1", "Requirement: Staff", "no"],
        ["C1.1", "Requirement: Staff are trained.", "yes"],
        ["C1.2", "Requirement: Training is recorded.", "yes"],
    ]
    dialog = open_dialog(qtbot, project, write_xlsx(tmp_path / "labels.xlsx", rows))
    click(qtbot, dialog, dialog.check_button)
    [(check, _offer)] = dialog.tree_box.offer_checks
    assert check.text() == "Remove “Requirement:” from the start of every cell of column B"
    assert tree_rows(dialog)[0] == ("C1", "Requirement: Staff")

    check.click()
    assert dialog.check_result is None and dialog.tree_box.isVisible()
    click(qtbot, dialog, dialog.check_button)
    assert tree_rows(dialog)[0] == ("C1", "Staff")
    [(check, _offer)] = dialog.tree_box.offer_checks
    assert check.isChecked()  # still offered, and still ticked
    click(qtbot, dialog, dialog.import_button)
    with project.session() as session:
        texts = session.execute(select(col(MeasurableElement.text))).scalars().all()
    assert texts == ["Staff are trained.", "Training is recorded."]


def _problems(dialog: ImportDialog) -> list[tuple[str, ...]]:
    model = dialog.problems
    return [
        tuple(str(model.index(row, column).data() or "") for column in range(4))
        for row in range(model.rowCount())
    ]
