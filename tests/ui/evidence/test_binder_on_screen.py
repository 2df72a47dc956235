"""Evidence → Export evidence binder… on a real X display: the binder and its index are
written behind a progress dialog, a box says what was written, Cancel keeps what was written
and says so, and the window is usable afterwards."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project
from factories import element_assessment_ids, write_bytes
from on_screen import (
    Window,
    answer_when_shown,
    as_from_the_menu,
    assert_usable,
    cancel_of,
    message,
    open_window,
    progress_dialog,
    the_button,
)

pytestmark = pytest.mark.real_display


def with_evidence(clinic: Path, folder: Path, files: int, size: int) -> None:
    sources = [write_bytes(folder / f"record {n}.pdf", size, seed=n) for n in range(files)]
    with open_project(clinic) as project:
        ids = element_assessment_ids(project, 1)
        with project.transaction() as session:
            attach_files(session, sources, [ids["C0.1 ME 1"], ids["C1.2 ME 2"]], user="ana")


def choose_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder dialog answers ``folder``: the native dialog is not what is tested."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))


def test_the_binder_and_its_index_are_written_and_said(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    with_evidence(clinic, sources, files=2, size=3000)
    usb = tmp_path / "usb"
    usb.mkdir()
    choose_folder(usb, monkeypatch)
    window = open_window(make_window, clinic)
    told = answer_when_shown(
        message("lists every file, its element and SHA-256"),
        the_button(QMessageBox.StandardButton.Close),
    )
    as_from_the_menu(window.evidence_actions.binder_action)
    assert told.stuck == [] and told.on_top and told.taken
    [binder] = usb.iterdir()
    assert binder.name.startswith("Evidence binder – Mock survey ")
    assert told.text == (
        f"Files exported: 4 (11.7 KB), to {binder}. Evidence index.xlsx lists every file, its "
        "element and SHA-256."
    )
    written = sorted(p.relative_to(binder).as_posix() for p in binder.rglob("*") if p.is_file())
    assert written == [
        "C0/C0.1 ME 1/record 0.pdf", "C0/C0.1 ME 1/record 1.pdf",
        "C1/C1.2 ME 2/record 0.pdf", "C1/C1.2 ME 2/record 1.pdf",
        "Evidence index.xlsx",
    ]  # fmt: skip
    index = load_workbook(binder / "Evidence index.xlsx").active
    assert len(list(index.iter_rows(min_row=2))) == 4
    assert_usable(window)


def test_cancel_keeps_the_files_written_so_far_and_says_so(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    with_evidence(clinic, sources, files=12, size=2_000_000)
    usb = tmp_path / "usb"
    usb.mkdir()
    choose_folder(usb, monkeypatch)
    window = open_window(make_window, clinic)
    report = TaskMonitor.report

    def as_on_a_slow_stick(monitor: TaskMonitor, stage: str, done: int, total: int) -> None:
        # Written at the pace of a slow USB stick, so the export is still running after the
        # officer has read the dialog, however fast this machine is.
        if stage == "Exporting evidence":
            time.sleep(0.05)
        report(monitor, stage, done, total)

    monkeypatch.setattr(TaskMonitor, "report", as_on_a_slow_stick)

    def showing_progress(progress: QProgressDialog) -> bool:
        return 0 < progress.value() < progress.maximum()

    cancel = answer_when_shown(progress_dialog, cancel_of, ready=showing_progress)
    told = answer_when_shown(
        message("The files written so far are in"), the_button(QMessageBox.StandardButton.Ok)
    )
    as_from_the_menu(window.evidence_actions.binder_action)
    assert cancel.stuck == [] and told.stuck == []
    assert cancel.on_top and cancel.taken and told.on_top and told.taken
    [binder] = usb.iterdir()
    assert not (binder / "Evidence index.xlsx").exists()
    assert len([p for p in binder.rglob("*.pdf")]) < 24
    assert_usable(window)
