"""The dashboard tab over a real project: figures, a chapter bar and a warning that open the
checklist, and the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.common.palette import CHART_NO_SCORE as NO_SCORE
from accredit_tracker.ui.insight.dashboard_charts import ChapterBars
from accredit_tracker.ui.main_window import MainWindow
from little_assessed import little_assessed_project
from windows import checklist, press

Window = Any


def dashboard_of(window: MainWindow) -> Any:
    assert window.dashboard is not None
    window.tabs.setCurrentWidget(window.dashboard)
    return window.dashboard


def test_the_dashboard_shows_the_scores_results_and_warnings(
    qtbot: QtBot, make_window: Window, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "1")  # C0.1 ME 1 fully met, without evidence
    press(qtbot, view, Qt.Key.Key_Down)
    press(qtbot, view, "3")  # C0.1 ME 2 not met
    dashboard = dashboard_of(window)
    assert "Mock survey" in dashboard.heading.text()
    assert [bar.code for bar in dashboard.chapters.bars] == ["C0", "C1"]
    # C0.1 has 10 and 0 points; the chapter's other standards have no score yet.
    assert dashboard.chapters.bars[0].score_text == "5.0"
    counts = {piece.label: piece.count for piece in dashboard.results.slices}
    assert (counts["Fully met"], counts["Not met"], counts["Not assessed"]) == (1, 1, 10)
    warnings = [
        dashboard.warnings.topLevelItem(i).text(0)
        for i in range(dashboard.warnings.topLevelItemCount())
    ]
    assert "Fully met without evidence (1)" in warnings


def test_a_chapter_bar_and_a_warning_open_the_checklist(
    qtbot: QtBot, make_window: Window, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "1")
    dashboard = dashboard_of(window)
    bars: ChapterBars = dashboard.chapters
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(bars.width() // 2, 24 + 12))
    assert window.tabs.currentWidget() is view
    codes = {view.model.row_at(i).chapter_code for i in range(view.model.rowCount())}
    assert codes == {"C1"} and view.model.rowCount() == 6

    dashboard = dashboard_of(window)
    unowned = next(
        dashboard.warnings.topLevelItem(i)
        for i in range(dashboard.warnings.topLevelItemCount())
        if dashboard.warnings.topLevelItem(i).text(0).startswith("Fully met without evidence")
    )
    dashboard.warnings.itemActivated.emit(unowned.child(0), 0)
    assert window.tabs.currentWidget() is view
    current = view.current_row()
    assert current is not None and current.code == "C0.1 ME 1"


@pytest.mark.qt_log_ignore("QPdfEngine: unable to create a gradient")
def test_the_dashboard_saves_as_pdf(make_window: Window, clinic: Path, tmp_path: Path) -> None:
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    dashboard = dashboard_of(window)
    target = dashboard.save_pdf(tmp_path / "dashboard.pdf")
    assert target is not None and target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 5000


def test_a_chapter_with_too_little_assessed_reads_not_enough_assessed_in_grey(
    qtbot: QtBot, make_window: Window, tmp_path: Path
) -> None:
    path = tmp_path / "hospital.accredit"
    little_assessed_project(path)  # MOI: 7 of 84 elements assessed, all fully met
    window = make_window()
    window.open_path(path)
    bars: ChapterBars = dashboard_of(window).chapters
    moi, pci = (next(b for b in bars.bars if b.code == code) for code in ("MOI", "PCI"))
    assert bars.score_label(moi) == "10.0 · not enough assessed"
    assert (moi.meets, pci.meets, bars.score_label(pci)) == (None, True, "10.0")
    qtbot.waitUntil(lambda: bars.isVisible() and bars.width() > 300)
    image = bars.grab().toImage()
    row = bars.bars.index(moi)
    bar_pixel = image.pixelColor(bars.width() // 3, row * 24 + 12)
    assert bar_pixel.name() == NO_SCORE.name(), (bars.size(), bar_pixel.name())
