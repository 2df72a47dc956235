"""Saving a file from a window: ask where (the file type's suffix added when the name lacks
it), write it in the background with progress and Cancel, and say in one warning why it could
not be written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.ui.common.background import run_with_progress

T = TypeVar("T")


@dataclass(frozen=True)
class FileKind:
    """A type of file offered in the save dialog: "Excel workbooks (*.xlsx)" and ".xlsx"."""

    description: str
    suffix: str


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What came of work run in the background: its result, or that the user cancelled it,
    or the expected error already shown to the user."""

    result: T | None = None
    cancelled: bool = False
    error: BaseException | None = None

    @property
    def done(self) -> bool:
        return not self.cancelled and self.error is None


@dataclass(frozen=True)
class SaveOutcome(Outcome[T]):
    """What came of saving a file; ``target`` is None when the user closed the file dialog."""

    target: Path | None = None

    @property
    def done(self) -> bool:
        return self.target is not None and super().done


def choose_save_path(
    parent: QWidget | None, title: str, proposed: Path, kinds: Sequence[FileKind] = ()
) -> Path | None:
    """The file the user names in a save dialog opened at ``proposed``, or None when they close
    it. A name without one of the ``kinds``' suffixes gets the suffix of the kind chosen in the
    dialog (the first kind when the dialog does not say)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(proposed), ";;".join(kind.description for kind in kinds)
    )
    if not path:
        return None
    target = Path(path)
    suffixes = {kind.suffix.lower() for kind in kinds}
    if kinds and target.suffix.lower() not in suffixes:
        kind = next((k for k in kinds if k.description == chosen), kinds[0])
        target = target.with_name(target.name + kind.suffix)
    return target


def run_with_warning(
    parent: QWidget | None,
    label: str,
    work: Callable[[TaskMonitor], T],
    *,
    failure_title: str,
    expected: tuple[type[Exception], ...] = (),
) -> Outcome[T]:
    """Run ``work`` with :func:`run_with_progress`; an ``expected`` error, or an OSError (a
    full disk, a folder without write rights), is shown in one warning box titled
    ``failure_title``. Any other error is a bug and is raised."""
    shown: tuple[type[Exception], ...] = (*expected, OSError)
    try:
        return Outcome(result=run_with_progress(parent, label, work))
    except Cancelled:
        return Outcome(cancelled=True)
    except shown as error:
        QMessageBox.warning(parent, failure_title, str(error))
        return Outcome(error=error)


def save_with_progress(
    parent: QWidget | None,
    *,
    title: str,
    proposed: Path,
    kinds: Sequence[FileKind] = (),
    label: Callable[[Path], str],
    work: Callable[[Path, TaskMonitor], T],
    failure_title: str,
    expected: tuple[type[Exception], ...] = (),
    busy: Sequence[QWidget] = (),
) -> SaveOutcome[T]:
    """Ask for the file (:func:`choose_save_path`), then run ``work(target, monitor)`` behind a
    progress dialog titled ``label(target)`` (:func:`run_with_warning`). The ``busy`` widgets
    (the button that started it) are disabled while the work runs, so it cannot be started
    twice. The caller says what was saved, or that it was cancelled, where it says such things."""
    target = choose_save_path(parent, title, proposed, kinds)
    if target is None:
        return SaveOutcome()
    for widget in busy:
        widget.setEnabled(False)
    try:
        outcome = run_with_warning(
            parent,
            label(target),
            lambda monitor: work(target, monitor),
            failure_title=failure_title,
            expected=expected,
        )
    finally:
        for widget in busy:
            widget.setEnabled(True)
    return SaveOutcome(outcome.result, outcome.cancelled, outcome.error, target)
