"""The dashboard tab over a real project: figures, a chapter bar and a warning that open the
checklist, and the PDF."""

from __future__ import annotations

import re
import subprocess
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from accredit_tracker.core.readiness.dashboard import dashboard as dashboard_figures
from accredit_tracker.core.storage.models import Assessment, AuditEvent
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.storage.project_details import set_facility_name
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.common.palette import CHART_NO_SCORE as NO_SCORE
from accredit_tracker.ui.insight import dashboard_view
from accredit_tracker.ui.insight.dashboard_charts import ChapterBars
from accredit_tracker.ui.insight.dashboard_view import read_figures
from accredit_tracker.ui.main_window import MainWindow
from little_assessed import little_assessed_project
from windows import checklist, press, shown_dashboard

Window = Any


def dashboard_of(window: MainWindow) -> Any:
    return shown_dashboard(window)


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


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as a PDF reader extracts it (only vector text can be)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def test_the_dashboard_saves_as_a_landscape_document_with_text_and_page_numbers(
    qtbot: QtBot, make_window: Window, clinic: Path, tmp_path: Path
) -> None:
    with open_project(clinic) as project, project.transaction() as session:
        set_facility_name(session, "Tashkent City Hospital No. 1", user="ana")
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    for owner in ("Dilnoza Karimova", "Olga Kim"):
        view.detail.owner.setText(owner)
        view.detail.owner.editingFinished.emit()
        row = view.current_row()
        assert row is not None
        view.change({row.element_assessment_id: {"due_date": date.today() - timedelta(3)}})
        press(qtbot, view, Qt.Key.Key_Down)
    dashboard = dashboard_of(window)
    assert dashboard.no_history.isVisibleTo(dashboard) and not dashboard.history.isVisibleTo(
        dashboard
    )
    target = dashboard.save_pdf(tmp_path / "dashboard.pdf")
    assert target is not None
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True)
    assert "842 x 595 pts (A4)" in info.stdout  # landscape
    pages = pdf_pages(target)
    assert len(pages) >= 1
    for number_, page in enumerate(pages, start=1):
        assert "Tashkent City Hospital No. 1" in page
        assert f"Page {number_} of {len(pages)}" in page
        assert "click" not in page.casefold()
    whole = "\n".join(pages)
    assert "Mock survey" in whole and re.search(r"C0\s+Chapter 0", whole)
    assert "Readiness over time appears once results have been recorded" in whole
    assert "Dilnoza Karimova" in whole and "Olga Kim" in whole


def test_readiness_over_time_shows_from_two_days_of_history(
    qtbot: QtBot, make_window: Window, clinic: Path
) -> None:
    with open_project(clinic) as project, project.transaction() as session:
        session.execute(update(AuditEvent).values(at=datetime.now(UTC) - timedelta(days=3)))
        session.execute(update(Assessment).values(created_at=datetime.now(UTC) - timedelta(days=3)))
    window = make_window()
    window.open_path(clinic)
    press(qtbot, checklist(window), "1")
    dashboard = dashboard_of(window)
    assert dashboard.history.isVisibleTo(dashboard)
    assert not dashboard.no_history.isVisibleTo(dashboard)


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
    bar_pixel = image.pixelColor(int(bars.width() * 0.6), row * 24 + 12)
    assert bar_pixel.name() == NO_SCORE.name(), (bars.size(), bar_pixel.name())


def test_the_tab_says_it_is_reading_then_shows_what_the_core_computes(
    qtbot: QtBot, make_window: Window, clinic: Path, monkeypatch: Any
) -> None:
    # The read waits at a gate, as a read of a large trail would take its time.
    gate = threading.Event()
    reads: list[int] = []

    def slow_read(project: Any, assessment_id: int, today: date) -> Any:
        reads.append(assessment_id)
        assert gate.wait(10)
        return read_figures(project, assessment_id, today)

    monkeypatch.setattr(dashboard_view, "read_figures", slow_read)
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    press(qtbot, view, "1")  # C0.1 ME 1 fully met
    dashboard = window.dashboard
    assert dashboard is not None
    window.tabs.setCurrentWidget(dashboard)
    state = dashboard.findChild(QLabel, "dashboardState")
    assert state is not None
    # The tab is there at once, painted, saying it is reading; the window still answers.
    qtbot.waitUntil(lambda: len(reads) == 1)
    assert dashboard.busy and state.isVisible() and state.text() == "Reading…"
    assert not dashboard.grab().isNull()
    assert [bar.code for bar in dashboard.chapters.bars] == []
    # A change made meanwhile, and a second read that supersedes the first.
    window.tabs.setCurrentWidget(view)
    press(qtbot, view, Qt.Key.Key_Down)
    press(qtbot, view, "3")  # C0.1 ME 2 not met
    window.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: len(reads) == 2)
    assert state.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not dashboard.busy)
    assert not state.isVisible()

    assert window.project is not None
    with window.project.session() as session:
        core = dashboard_figures(session, dashboard.assessment_id, today=date.today())
    assert f"{core.overall_text} — {core.verdict.label}" in dashboard.heading.text()
    assert [(bar.code, bar.score_text) for bar in dashboard.chapters.bars] == [
        (chapter.code, chapter.score_text) for chapter in core.chapters
    ]
    shown = {piece.label: piece.count for piece in dashboard.results.slices}
    assert (shown["Fully met"], shown["Not met"], shown["Not assessed"]) == (1, 1, 10)
    assert shown == {result_label(r): core.distribution.get(r, 0) for r in Result}


def test_a_long_warning_lists_its_first_elements_and_says_how_many_more(
    qtbot: QtBot, make_window: Window, clinic: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(dashboard_view, "LISTED_ELEMENTS", 5)
    window = make_window()
    window.open_path(clinic)
    checklist(window)
    dashboard = dashboard_of(window)
    unowned = next(
        dashboard.warnings.topLevelItem(i)
        for i in range(dashboard.warnings.topLevelItemCount())
        if dashboard.warnings.topLevelItem(i).text(0).startswith("No owner")
    )
    assert unowned.text(0).endswith("(12)")
    children = [unowned.child(i).text(0) for i in range(unowned.childCount())]
    listed = ["C0.1 ME 1", "C0.1 ME 2", "C0.2 ME 1", "C0.2 ME 2", "C0.3 ME 1"]
    assert children == [*listed, "… and 7 more"]
