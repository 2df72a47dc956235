"""File → Import standards on a real X display: the import dialog is checked and imported
with mouse clicks, the outcome is said in a box on top, and the window is usable afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.ui.imports.standards_dialog import ImportDialog
from factories import flat_rows, write_xlsx
from on_screen import (
    DialogsSeen,
    Window,
    answer_when_shown,
    as_from_the_menu,
    assert_usable,
    message,
    open_from,
    open_window,
    the_button,
)

pytestmark = pytest.mark.real_display


def libraries(path: Path) -> list[tuple[str, int]]:
    with open_project(path) as project, project.session() as session:
        return [(c.name, c.elements) for c in library_counts(session)]


def check_then_import(dialog: ImportDialog) -> QAbstractButton:
    """Check first; once the check is clean, Import."""
    return dialog.import_button if dialog.check_result is not None else dialog.check_button


def idle(dialog: ImportDialog) -> bool:
    return not dialog.busy and (dialog.check_button.isEnabled() or dialog.import_button.isEnabled())


def test_an_imported_library_is_announced_on_top_and_ok_returns_to_the_window(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_xlsx(tmp_path / "jci-8th.xlsx", flat_rows(chapters=3, standards=4, elements=2))
    open_from(source, monkeypatch)
    window = open_window(make_window, clinic)
    seen = DialogsSeen()
    dialog = answer_when_shown(lambda d: isinstance(d, ImportDialog), check_then_import, ready=idle)
    told = answer_when_shown(
        message("is now in the project"), the_button(QMessageBox.StandardButton.No)
    )
    as_from_the_menu(window.import_actions.import_action)
    assert dialog.stuck == [] and told.stuck == []
    assert dialog.on_top and dialog.taken
    assert told.on_top and told.taken
    assert told.text == (
        "The library “jci-8th” is now in the project: 3 chapters, 12 standards, 24 measurable "
        "elements.\n\nStart an assessment against it now?"
    )
    assert libraries(clinic) == [("Test library", 12), ("jci-8th", 24)]
    # A small file reads in a moment: no progress dialog flashes up for it.
    assert seen.stop() == ["ImportDialog", "QMessageBox"]
    assert_usable(window)
