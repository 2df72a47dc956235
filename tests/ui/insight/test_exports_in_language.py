"""Every export of the window while it speaks English, Russian or Uzbek, with the shipped
compiled translations: the audit report (with its audit trail), the elements CSV, the audit
trail and the comparison from their windows, and the dashboard as PDF. Each file comes out in
the window's language with its numbers as numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accredit_tracker.ui.common.language import apply_language
from accredit_tracker.ui.insight.audit_trail_dialog import AuditTrailDialog
from accredit_tracker.ui.insight.comparison_dialog import ComparisonDialog
from accredit_tracker.ui.main_window import MainWindow
from comparison_survey import two_surveys
from exports_in_language import (
    SHIPPED_LANGUAGES,
    Words,
    check_audit_trail_csv,
    check_audit_trail_xlsx,
    check_comparison,
    check_elements_csv,
    check_report,
)
from windows import checklist, shown_dashboard

Window = Any


@pytest.fixture(params=SHIPPED_LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def window(language: str, make_window: Window, project_path: Path) -> MainWindow:
    """The window in ``language``, over two survey cycles with scores of a tenth of a point
    (chapter C0 6.6 then 8.3: "6,6" in Russian and Uzbek)."""
    with two_surveys(project_path):
        pass
    assert apply_language(language) == language
    opened: MainWindow = make_window()
    opened.open_path(project_path)
    checklist(opened)
    return opened


@pytest.fixture
def saved_as(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The file dialog answers with the last path put in the list; the offer to open the
    written file is declined."""
    targets: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(targets[-1]), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    return targets


def test_the_audit_report_and_the_elements_csv(
    window: MainWindow, language: str, saved_as: list[Path], tmp_path: Path
) -> None:
    report, table = tmp_path / "отчёт.xlsx", tmp_path / "элементы.csv"
    saved_as.append(report)
    window.insight_actions.report_trail_action.trigger()
    saved_as.append(table)
    window.insight_actions.csv_action.trigger()
    check_report(report, language)
    check_elements_csv(table, language)


def test_the_audit_trail_from_its_window(
    window: MainWindow, language: str, saved_as: list[Path], tmp_path: Path, qtbot: QtBot
) -> None:
    window.insight_actions.show_audit_trail()
    dialog = cast(AuditTrailDialog, window.side_windows["audit_trail"])
    for target in (tmp_path / "журнал.xlsx", tmp_path / "журнал.csv"):
        saved_as.append(target)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    check_audit_trail_xlsx(tmp_path / "журнал.xlsx", language)
    check_audit_trail_csv(tmp_path / "журнал.csv", language)


def test_the_comparison_from_its_window(
    window: MainWindow, language: str, saved_as: list[Path], tmp_path: Path, qtbot: QtBot
) -> None:
    window.insight_actions.show_comparison()
    dialog = cast(ComparisonDialog, window.side_windows["comparison"])
    qtbot.waitUntil(dialog.export_button.isEnabled)  # once the comparison is worked out
    target = tmp_path / "сравнение.xlsx"
    saved_as.append(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    check_comparison(target, language)


@pytest.mark.qt_log_ignore("QPdfEngine: unable to create a gradient")
def test_the_dashboard_as_pdf(window: MainWindow, language: str, tmp_path: Path) -> None:
    dashboard = shown_dashboard(window)
    assert dashboard.pdf_button.text() == Words(language)("Save as PDF…", "DashboardView")
    target = dashboard.save_pdf(tmp_path / "панель.pdf")
    assert target is not None and target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 5000
