"""Saving a file from a window: the real save dialog answered as a person would, the suffix the
chosen file type adds, Cancel on the progress dialog, and the one warning an expected error
gets."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.ui.common.saving import FileKind, SaveOutcome, save_with_progress

REAL_WARNING = QMessageBox.warning  # taken before the GUI tests' guard replaces it
KINDS = (FileKind("Excel workbooks (*.xlsx)", ".xlsx"), FileKind("CSV files (*.csv)", ".csv"))


class LockedByOtherProgram(Exception):
    """Stands for the error a core writer raises when the file cannot be written."""


def visible(kind: type[QDialog]) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def when_shown(kind: type[QDialog], action: Callable[[QDialog], None], tries: int = 500) -> None:
    """Poll from the event loop the flow waits in until a ``kind`` dialog shows, then act."""
    dialog = visible(kind)
    if dialog is not None:
        action(dialog)
    elif tries > 0:
        QTimer.singleShot(20, lambda: when_shown(kind, action, tries - 1))


def type_file_name(qtbot: QtBot, name: str, kind: str | None = None) -> Callable[[QDialog], None]:
    """Answer the save dialog: pick the file type, enter the name, click Save. (The name is
    set whole: typed key by key, the dialog's completer keeps it from the Save button.)"""

    def answer(dialog: QDialog) -> None:
        if kind is not None:
            types = dialog.findChild(QComboBox, "fileTypeCombo")
            assert types is not None
            types.setCurrentIndex(types.findText(kind))
            types.activated.emit(types.currentIndex())
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None
        name_box.setText(name)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    return answer


@pytest.fixture(autouse=True)
def widget_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's own save dialog, which a test can find and type into, on every platform."""
    original = QFileDialog.getSaveFileName

    def without_native(*args: object, **kwargs: object) -> tuple[str, str]:
        options = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontConfirmOverwrite
        return original(*args, options=options, **kwargs)  # type: ignore[arg-type, misc]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(without_native))


def write_text(target: Path, monitor: TaskMonitor) -> int:
    monitor.report("Writing", 1, 1)
    target.write_text("chapter,score\n", encoding="utf-8")
    return 1


def save(
    tmp_path: Path,
    work: Callable[[Path, TaskMonitor], int] = write_text,
    busy: list[QWidget] | None = None,
) -> SaveOutcome[int]:
    return save_with_progress(
        None,
        title="Export the audit trail",
        proposed=tmp_path / "audit trail.xlsx",
        kinds=KINDS,
        label=lambda target: f"Writing {target.name}",
        work=work,
        failure_title="Audit trail not written",
        expected=(LockedByOtherProgram,),
        busy=busy or [],
    )


def test_the_chosen_file_type_adds_its_suffix_and_the_work_writes_there(
    qtbot: QtBot, tmp_path: Path
) -> None:
    button = QPushButton("Export…")
    qtbot.addWidget(button)
    enabled_while_writing: list[bool] = []

    def work(target: Path, monitor: TaskMonitor) -> int:
        enabled_while_writing.append(button.isEnabled())
        return write_text(target, monitor)

    QTimer.singleShot(
        0, lambda: when_shown(QFileDialog, type_file_name(qtbot, "march", "CSV files (*.csv)"))
    )
    outcome = save(tmp_path, work, busy=[button])

    assert outcome.done and outcome.result == 1
    assert outcome.target == tmp_path / "march.csv"
    assert (tmp_path / "march.csv").read_text(encoding="utf-8") == "chapter,score\n"
    assert enabled_while_writing == [False] and button.isEnabled()


def test_a_name_with_one_of_the_suffixes_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    QTimer.singleShot(0, lambda: when_shown(QFileDialog, type_file_name(qtbot, "March.XLSX")))
    outcome = save(tmp_path)
    assert outcome.target == tmp_path / "March.XLSX" and outcome.done


def test_closing_the_save_dialog_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    ran: list[Path] = []

    def work(target: Path, _monitor: TaskMonitor) -> int:
        ran.append(target)
        return 0

    QTimer.singleShot(
        0, lambda: when_shown(QFileDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    )
    outcome = save(tmp_path, work)
    assert outcome == SaveOutcome() and not outcome.done
    assert ran == [] and list(tmp_path.iterdir()) == []


def test_an_expected_error_is_said_in_one_warning_and_comes_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", REAL_WARNING)
    said: list[tuple[str, str]] = []

    def refuse(_target: Path, _monitor: TaskMonitor) -> int:
        raise LockedByOtherProgram("march.xlsx is open in another program; close it first.")

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.accept()

    def answer_then_read_warning(dialog: QDialog) -> None:
        QTimer.singleShot(0, lambda: when_shown(QMessageBox, read_and_close))
        type_file_name(qtbot, "march.xlsx")(dialog)

    QTimer.singleShot(0, lambda: when_shown(QFileDialog, answer_then_read_warning))
    outcome = save(tmp_path, refuse)

    assert said == [
        ("Audit trail not written", "march.xlsx is open in another program; close it first.")
    ]
    assert isinstance(outcome.error, LockedByOtherProgram)
    assert not outcome.done and not outcome.cancelled and outcome.target == tmp_path / "march.xlsx"


def test_an_unexpected_error_is_not_hidden_in_a_warning(qtbot: QtBot, tmp_path: Path) -> None:
    def broken(_target: Path, _monitor: TaskMonitor) -> int:
        raise KeyError("a bug")

    QTimer.singleShot(0, lambda: when_shown(QFileDialog, type_file_name(qtbot, "march.xlsx")))
    with pytest.raises(KeyError):
        save(tmp_path, broken)


def test_cancel_on_the_progress_dialog_comes_back_as_cancelled(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def slow(target: Path, monitor: TaskMonitor) -> int:
        deadline = time.monotonic() + 10  # a broken Cancel fails the test rather than hanging
        while time.monotonic() < deadline:
            monitor.report("Writing", 0, 0)
            time.sleep(0.005)
        return write_text(target, monitor)

    def press_cancel(dialog: QDialog) -> None:
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def answer_then_cancel(dialog: QDialog) -> None:
        QTimer.singleShot(0, lambda: when_shown(QProgressDialog, press_cancel))
        type_file_name(qtbot, "march")(dialog)

    QTimer.singleShot(0, lambda: when_shown(QFileDialog, answer_then_cancel))
    outcome = save(tmp_path, slow)

    assert outcome.cancelled and not outcome.done and outcome.error is None
    assert outcome.target == tmp_path / "march.xlsx"
    assert not (tmp_path / "march.xlsx").exists()
