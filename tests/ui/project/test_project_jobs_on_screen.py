"""File → Back up project and Copy project to a file on a real X display: the outcome is said
in a box on top, Cancel during a long copy stops it and leaves no file, and the window is
usable afterwards."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.queries import evidence_for_element
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
    save_as,
    the_button,
)

pytestmark = pytest.mark.real_display

EVIDENCE_FILES = 25
EVIDENCE_FILE_BYTES = 8_000_000  # 200 MB in all: copying and checking it takes seconds


def evidence_names(path: Path) -> list[str]:
    with open_project(path) as project, project.session() as session:
        element = element_assessment_ids(project, 1)["C0.1 ME 1"]
        return sorted(row.name for row in evidence_for_element(session, element))


def test_the_backup_says_where_the_copy_is_and_ok_returns_to_the_window(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_project(clinic) as project, project.transaction() as session:
        element = element_assessment_ids(project, 1)["C0.1 ME 1"]
        attach_files(session, [write_bytes(tmp_path / "plan.pdf", 50_000)], [element], user="t")
    target = tmp_path / "backups" / "clinic backup.accredit"
    target.parent.mkdir()
    save_as(target, monkeypatch)
    window = open_window(make_window, clinic)
    told = answer_when_shown(message("Backed up to"), the_button(QMessageBox.StandardButton.Ok))
    as_from_the_menu(window.project_actions.backup_action)
    assert told.stuck == []
    assert told.on_top and told.taken
    assert told.text == f"Backed up to {target}."
    assert evidence_names(target) == ["plan.pdf"]
    assert_usable(window)


def test_cancel_during_a_long_copy_leaves_no_file_and_the_window_usable(
    make_window: Window, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    originals = tmp_path / "originals"
    originals.mkdir()
    files = [
        write_bytes(originals / f"scan {n}.pdf", EVIDENCE_FILE_BYTES, seed=n)
        for n in range(EVIDENCE_FILES)
    ]
    with open_project(clinic) as project, project.transaction() as session:
        element = element_assessment_ids(project, 1)["C0.1 ME 1"]
        attach_files(session, files, [element], user="tester")
    target = tmp_path / "clinic copy.accredit"
    save_as(target, monkeypatch)
    window = open_window(make_window, clinic)
    before = set(tmp_path.iterdir())
    report = TaskMonitor.report

    def as_on_a_slow_disk(monitor: TaskMonitor, stage: str, done: int, total: int) -> None:
        # The evidence is copied at the pace of a slow disk, so the copy is still running
        # after the officer has read the dialog, however fast this machine is.
        if stage == "Copying evidence":
            time.sleep(0.05)
        report(monitor, stage, done, total)

    monkeypatch.setattr(TaskMonitor, "report", as_on_a_slow_disk)

    def showing_progress(progress: QProgressDialog) -> bool:
        """The bar has moved while the evidence is still being copied (a Cancel during the
        last check of a finished copy may come too late to stop it, by design)."""
        copying = "Copying evidence" in progress.labelText()
        return copying and 0 < progress.value() < progress.maximum()

    cancel = answer_when_shown(progress_dialog, cancel_of, ready=showing_progress)
    told = answer_when_shown(
        message("The copy was cancelled; nothing was written."),
        the_button(QMessageBox.StandardButton.Ok),
    )
    as_from_the_menu(window.project_actions.copy_file_action)
    assert cancel.stuck == [] and told.stuck == []
    assert cancel.on_top and cancel.taken
    assert cancel.text.startswith("Copying clinic\n") and " of " in cancel.text
    assert told.on_top and told.taken
    assert not target.exists()
    assert sorted(p.name for p in set(tmp_path.iterdir()) - before) in ([], ["settings.ini"])
    assert window.project is not None and window.project.path == clinic
    assert len(evidence_names(clinic)) == EVIDENCE_FILES
    assert_usable(window)
