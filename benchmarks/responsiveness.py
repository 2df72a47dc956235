"""Event-loop stalls while an officer works through a large project, against a bare Qt floor.

A project of ``--elements`` measurable elements (default 120,000; built as in
``checklist_speed.py``) gets ``--audit-rows`` rows of audit trail (default 500,000, inserted
with raw ``sqlite3`` as earlier changes by other officers). In one process (headless:
``QT_QPA_PLATFORM=offscreen``), with the window shown, a scenario runs on a 150 ms timer, as
an officer's keys come:

- ``--ticks`` elements (default 200) get a result each: key "1", "2" or "3" on the table,
  then Down to the next element, one key every 150 ms;
- every 25th element, a note is typed in the detail panel (and saved after its pause);
- every 50th element, the chapter tree switches to another chapter;
- at the end, the audit trail window opens (and reads the whole trail) and then the
  dashboard tab; the stalls until the dashboard shows its figures (read in the background)
  count as the dashboard's, and the second after that as "idle".

Meanwhile a precise 1 ms timer notes every turn of the event loop; a stall is the time
between two turns. The script prints the longest stall and the 99th percentile, for the
whole run and for each kind of step (the stalls from a step until the next one).

The floor runs the same keys, Down moves and chapter switches on a bare ``QTableView`` over
a plain ``QAbstractTableModel`` of the same rows read with raw ``sqlite3``: a result key runs
the ``UPDATE`` and its audit ``INSERT`` in one durable commit and repaints the row
(``dataChanged``); a chapter switch filters the rows in Python and resets the model. The
floor has no notes, audit trail or dashboard.

Usage: QT_QPA_PLATFORM=offscreen PYTHONPATH=src python benchmarks/responsiveness.py
       [--elements 120000] [--audit-rows 500000] [--ticks 200]
Goal: longest stall ≤ 50 ms, 99th percentile ≤ 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from checklist_speed import (  # this folder is on sys.path when run as a script
    ROWS_SQL,
    BareModel,
    build_project,
    quiet_offscreen,
    shown_window,
)

KEY_MS = 150  # one key every 150 ms
LONGEST_GOAL_MS = 50.0
P99_GOAL_MS = 16.0
STEP_KINDS = ("result key", "notes", "chapter", "audit trail", "dashboard", "idle")


class StallMeter(QObject):
    """Notes each turn of the event loop with a precise 1 ms timer; the gaps between turns
    are the stalls, each filed under the step that was running."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._turn)
        self.step = "idle"
        self.gaps: dict[str, list[float]] = {}
        self._last: float | None = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _turn(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.setdefault(self.step, []).append(now - self._last)
        self._last = now

    def figures(self, step: str | None = None) -> tuple[float, float, int]:
        """Longest stall and 99th percentile in ms, and how many turns, of one step (or all)."""
        gaps = sorted(g for name, found in self.gaps.items() if step in (None, name) for g in found)
        if not gaps:
            return float("nan"), float("nan"), 0
        return gaps[-1] * 1000, gaps[min(len(gaps) - 1, int(0.99 * len(gaps)))] * 1000, len(gaps)


def run_scenario(
    meter: StallMeter,
    steps: list[tuple[str, Callable[[], None]]],
    settled: Callable[[], bool] = lambda: True,
) -> None:
    """Run each step on a 150 ms timer while the meter notes the loop's turns; returns once
    the last step and what it started are over: its stalls count as the last step's until
    ``settled()`` holds (at most two minutes), then a second more as "idle"."""
    loop = QEventLoop()
    pending = list(steps)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(KEY_MS)
    deadline: list[float] = []

    def next_step() -> None:
        if not pending:
            if not deadline:
                deadline.append(time.monotonic() + 120)
            if not settled() and time.monotonic() < deadline[0]:
                return  # the timer looks again in 150 ms
            timer.stop()
            meter.step = "idle"
            QTimer.singleShot(1000, loop.quit)  # what the last step started runs out
            return
        meter.step, action = pending.pop(0)
        action()

    timer.timeout.connect(next_step)
    meter.start()
    timer.start()
    loop.exec()
    meter.stop()


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def key(widget: Any, text_or_key: Any) -> None:
    QTest.keyClick(widget, text_or_key)


# The app


def app_steps(window: Any, ticks: int) -> list[tuple[str, Callable[[], None]]]:
    view = window.checklist
    table = view.table
    chapters = [view.tree_model.index(row, 0) for row in range(1, view.tree_model.rowCount())]
    steps: list[tuple[str, Callable[[], None]]] = []
    for tick in range(ticks):
        if tick and tick % 50 == 0:
            chapter = chapters[(tick // 50) % len(chapters)]
            steps.append(("chapter", lambda c=chapter: _choose_chapter(view, c)))
        steps.append(("result key", lambda t=tick: key(table, "123"[t % 3])))
        if tick % 25 == 10:
            steps.append(("notes", lambda t=tick: _type_note(view, t)))
        steps.append(("result key", lambda: key(table, Qt.Key.Key_Down)))
    steps.append(("audit trail", window.insight_actions.trail_action.trigger))
    steps.append(("dashboard", lambda: window.tabs.setCurrentWidget(window.dashboard)))
    steps.append(("dashboard", lambda: None))
    return steps


def _choose_chapter(view: Any, index: Any) -> None:
    view.tree.setCurrentIndex(index)
    view.table.setFocus()


def _type_note(view: Any, tick: int) -> None:
    notes = view.detail.notes
    notes.setFocus()
    QTest.keyClicks(notes, f"checked {tick}")
    view.table.setFocus()


def measure_app(workdir: Path, path: Path, ticks: int) -> StallMeter:
    from accredit_tracker.ui.common.preferences import Preferences
    from accredit_tracker.ui.main_window import MainWindow

    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = shown_window(MainWindow(Preferences(settings), user="bench"))
    if not window.open_path(path):
        raise RuntimeError(f"The app could not open {path}.")
    view = window.checklist
    deadline = time.monotonic() + 120
    while view.score is None and time.monotonic() < deadline:
        settle(50)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    settle(500)
    meter = StallMeter()

    def settled() -> bool:
        trail = window.side_windows.get("audit_trail")
        trail_busy = trail is not None and trail.reading.busy  # type: ignore[attr-defined]
        return not trail_busy and window.dashboard is not None and not window.dashboard.busy

    run_scenario(meter, app_steps(window, ticks), settled)
    trail = window.side_windows.get("audit_trail")
    if trail is not None:
        deadline = time.monotonic() + 120
        while getattr(trail, "reading", None) is not None and trail.reading.busy:
            settle(50)
            if time.monotonic() > deadline:
                break
    window.close_project()
    window.close()
    settle(100)
    return meter


# The floor


class BareTable(QTableView):
    """A bare table whose result keys write with raw sqlite3, as the floor of key handling."""

    def __init__(self, connection: sqlite3.Connection, assessment_id: int) -> None:
        super().__init__()
        self.connection = connection
        self.assessment_id = assessment_id

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text in ("1", "2", "3"):
            model = self.model()
            assert isinstance(model, BareModel)
            row = self.currentIndex().row()
            values = model.rows[row]
            result = {"1": "fully_met", "2": "partially_met", "3": "not_met"}[text]
            self.connection.execute(
                "UPDATE element_assessment SET result = ?, version = version + 1 WHERE id = ?",
                (result, values[0]),
            )
            self.connection.execute(
                "INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, "
                "field, old_value, new_value, details) VALUES (datetime('now'), 'bench', "
                "'update_element', 'element_assessment', ?, ?, 'result', ?, ?, '')",
                (values[0], self.assessment_id, values[3], result),
            )
            self.connection.commit()
            model.rows[row] = (*values[:3], result, *values[4:])
            model.dataChanged.emit(model.index(row, 0), model.index(row, 7))
            return
        super().keyPressEvent(event)


def measure_floor(path: Path, assessment_id: int, ticks: int) -> StallMeter:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = FULL")
    rows = connection.execute(ROWS_SQL, (assessment_id,)).fetchall()
    host = shown_window(QMainWindow())
    table = BareTable(connection, assessment_id)
    model = BareModel(rows)
    table.setModel(model)
    host.setCentralWidget(table)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    settle(300)
    prefixes = sorted({r[1].split(".")[0] for r in rows})

    def choose_chapter(prefix: str) -> None:
        model.filter(prefix.casefold() + ".")
        table.setCurrentIndex(model.index(0, 0))

    steps: list[tuple[str, Callable[[], None]]] = []
    for tick in range(ticks):
        if tick and tick % 50 == 0:
            prefix = prefixes[(tick // 50) % len(prefixes)]
            steps.append(("chapter", lambda p=prefix: choose_chapter(p)))
        steps.append(("result key", lambda t=tick: key(table, "123"[t % 3])))
        steps.append(("result key", lambda: key(table, Qt.Key.Key_Down)))
    meter = StallMeter()
    run_scenario(meter, steps)
    connection.close()
    host.close()
    settle(100)
    return meter


def add_audit_rows(path: Path, assessment_id: int, count: int) -> None:
    """Earlier changes by other officers, so that the trail is as long as asked."""
    connection = sqlite3.connect(path)
    ids = [row[0] for row in connection.execute(
        "SELECT id FROM element_assessment WHERE assessment_id = ?", (assessment_id,)
    )]  # fmt: skip
    connection.executemany(
        "INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, field, "
        "old_value, new_value, details) VALUES (datetime('2025-01-01', ? || ' seconds'), ?, "
        "'update_element', 'element_assessment', ?, ?, 'result', 'not_assessed', 'not_met', '')",
        ((n * 30, f"officer-{n % 20:02d}", ids[n % len(ids)], assessment_id) for n in range(count)),
    )
    connection.commit()
    connection.close()


def report(name: str, meter: StallMeter) -> None:
    longest, p99, turns = meter.figures()
    verdict = "ok" if longest <= LONGEST_GOAL_MS and p99 <= P99_GOAL_MS else "over"
    print(f"{name:<28} {longest:>9.1f} {p99:>8.1f} {turns:>8,}  {verdict}")
    for step in STEP_KINDS:
        longest, p99, turns = meter.figures(step)
        if turns:
            print(f"  {step:<26} {longest:>9.1f} {p99:>8.1f} {turns:>8,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, default=120_000)
    parser.add_argument("--audit-rows", type=int, default=500_000)
    parser.add_argument("--ticks", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(quiet_offscreen)
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        started = time.perf_counter()
        path, assessment_id = build_project(workdir, args.elements)
        add_audit_rows(path, assessment_id, args.audit_rows)
        print(f"Built a project of {args.elements:,} elements and {args.audit_rows:,} audit rows "
              f"in {time.perf_counter() - started:.1f} s.", flush=True)  # fmt: skip
        floor = measure_floor(path, assessment_id, args.ticks)
        app = measure_app(workdir, path, args.ticks)
    print(f"\nEvent-loop stalls over {args.ticks} result keys, one every {KEY_MS} ms "
          f"(goal: longest ≤ {LONGEST_GOAL_MS:.0f} ms, p99 ≤ {P99_GOAL_MS:.0f} ms):\n")  # fmt: skip
    print(f"{'':<28} {'longest':>9} {'p99':>8} {'turns':>8}")
    report("floor: bare QTableView", floor)
    report("app: the checklist window", app)


if __name__ == "__main__":
    main()
