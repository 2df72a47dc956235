"""The coverage in the mapping view on a real X display: opened from the Assessment menu beside
the main window, it shows the results of the survey of the earlier edition on the later one's
elements, Export coverage… clicked as a person clicks it writes the workbook and says so, and
the main window is usable afterwards with the mapping view still open."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from accredit_tracker.ui.crosswalk.mapping_view import MappingView
from editions import import_the_mapping, two_editions
from on_screen import (
    DialogsSeen,
    Window,
    as_a_click,
    as_from_the_menu,
    assert_usable,
    click_as_a_person,
    open_window,
    save_as,
)

pytestmark = pytest.mark.real_display


@pytest.fixture
def editions_file(tmp_path: Path) -> Path:
    path = tmp_path / "editions.accredit"
    made = two_editions(path)
    import_the_mapping(made, tmp_path)
    made.project.close()
    return path


def test_the_coverage_shows_results_and_its_export_says_what_it_wrote(
    make_window: Window, editions_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "coverage.xlsx"
    save_as(target, monkeypatch)
    window = open_window(make_window, editions_file)
    as_from_the_menu(window.crosswalk_actions.mappings_action)
    view = window.side_windows["mappings"]
    assert isinstance(view, MappingView)
    handle = view.windowHandle()
    assert handle is not None and QTest.qWaitForWindowExposed(handle)
    assert view.results_of.currentText() == "Survey 2023"
    targets = view.findChild(QTableWidget, "targetElements")
    assert targets is not None
    cells = [(targets.item(r, 0), targets.item(r, 3)) for r in range(targets.rowCount())]
    shown = {code.text(): results.text() for code, results in cells if code and results}
    assert shown["A.1 ME 2"] == "A.2 ME 1 (Equal) — Not met"
    seen = DialogsSeen()
    as_a_click(lambda: click_as_a_person(view.export_button))
    assert view.coverage_message.text() == f"Wrote {target}."
    assert load_workbook(target).sheetnames[0] == "Coverage"
    assert seen.stop() == []  # quick work: neither a progress dialog nor a box in the way
    assert view.export_button.isEnabled()
    assert_usable(window, still_open=[view])
