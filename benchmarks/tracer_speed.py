"""Tracers tab speed at 120,000 measurable elements with 5,000 findings and 10,000 corrective
actions, against a bare Qt floor measured in the same run.

The project is built with ``checklist_speed.build_project`` (a library written with
``import_speed.write_library`` and imported for real, one assessment), then 250 tracers with
20 findings each and 10,000 actions (each serving two elements, a third of them overdue) are
recorded through the core services in one transaction. In one process with a
``QApplication`` (headless: ``QT_QPA_PLATFORM=offscreen``) it times:

- open: a ``TracersView`` made and set as the central widget of an already shown window, until
  its actions table (the longest of its three) has painted; floor: raw ``sqlite3`` reading the
  same rows (tracers with their finding counts, the first tracer's findings with their element
  codes, every action with its element codes), three plain ``QAbstractTableModel``s and bare
  ``QTableView``s in a splitter, until the actions table has painted.
- filter: the tab's "Overdue only" switch turned on, until the actions table has repainted
  (the tab asks the database again); floor: the overdue rule applied to the bare model's rows
  in Python and a model reset, until repainted.
Each figure is the best of ``--repeat`` runs.

Usage: QT_QPA_PLATFORM=offscreen PYTHONPATH=src python benchmarks/tracer_speed.py
       [--elements 120000] [--findings 5000] [--actions 10000] [--repeat 3]
Goal: every figure within 2 × its floor.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, qInstallMessageHandler
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableView

from checklist_speed import (  # this folder is on sys.path when run as a script
    GOAL,
    PaintWatch,
    build_project,
    painted,
    quiet_offscreen,
    settle,
    shown_window,
)

FINDINGS_PER_TRACER = 20
TODAY = date.today()
TRACERS_SQL = """
SELECT t.id, t.held_on, t.kind, t.focus, t.units, t.status, count(f.id)
FROM tracer AS t LEFT JOIN finding AS f ON f.tracer_id = t.id
WHERE t.assessment_id = ? GROUP BY t.id ORDER BY t.held_on DESC, t.id DESC
"""
FINDINGS_SQL = """
SELECT f.id, f.observed, group_concat(me.code, ', '), f.compliance, f.likelihood, f.location,
       f.accepted_by
FROM finding AS f
JOIN finding_element AS fe ON fe.finding_id = f.id
JOIN element_assessment AS ea ON ea.id = fe.element_assessment_id
JOIN measurable_element AS me ON me.id = ea.element_id
WHERE f.tracer_id = ? GROUP BY f.id ORDER BY f.recorded_at DESC, f.id DESC
"""
ACTIONS_SQL = """
SELECT a.id, a.what, group_concat(me.code, ', '), a.owner, a.department, a.due_on, a.status,
       a.measure
FROM corrective_action AS a
JOIN action_element AS ae ON ae.action_id = a.id
JOIN element_assessment AS ea ON ea.id = ae.element_assessment_id
JOIN measurable_element AS me ON me.id = ea.element_id
WHERE a.assessment_id = ? GROUP BY a.id ORDER BY a.due_on IS NULL, a.due_on, a.id
"""
OPEN_STATUSES = ("planned", "in_progress")


def seed(path: Path, assessment_id: int, findings: int, actions: int) -> None:
    """Tracers, findings and actions recorded through the core services."""
    from sqlalchemy import select
    from sqlmodel import col

    from accredit_tracker.core.storage.models import ElementAssessment
    from accredit_tracker.core.storage.project import open_project
    from accredit_tracker.core.tracers.corrective_actions import raise_action
    from accredit_tracker.core.tracers.findings import record_finding
    from accredit_tracker.core.tracers.tracers import plan_tracer
    from accredit_tracker.core.tracers.words import TracerKind
    from accredit_tracker.core.vocabulary import Result

    with open_project(path) as project, project.transaction() as session:
        ids = list(
            session.execute(
                select(col(ElementAssessment.id))
                .where(col(ElementAssessment.assessment_id) == assessment_id)
                .order_by(col(ElementAssessment.id))
            ).scalars()
        )
        kinds = list(TracerKind)
        tracer = 0
        for n in range(findings):
            if n % FINDINGS_PER_TRACER == 0:
                tracer = plan_tracer(
                    session,
                    assessment_id=assessment_id,
                    kind=kinds[n // FINDINGS_PER_TRACER % len(kinds)],
                    focus=f"Tracer {n // FINDINGS_PER_TRACER} through the medical wards",
                    held_on=TODAY - timedelta(days=n // FINDINGS_PER_TRACER),
                    units="Ward 3, Pharmacy",
                    user="bench",
                )
            record_finding(
                session,
                tracer_id=tracer,
                observed=f"Observation {n}: labels missing on two of five items checked",
                location="Treatment room",
                element_assessment_ids=[ids[(n * 23) % len(ids)]],
                compliance=Result.PARTIALLY_MET,
                user="bench",
            )
        for n in range(actions):
            raise_action(
                session,
                assessment_id=assessment_id,
                what=f"Action {n}: retrain staff and audit monthly",
                element_assessment_ids=[ids[(n * 7) % len(ids)], ids[(n * 7 + 1) % len(ids)]],
                owner=f"Owner {n % 40}",
                department="Quality",
                opened_on=TODAY - timedelta(days=200),
                due_on=TODAY + timedelta(days=(n % 3 - 1) * 30),
                measure="≥ 90 % for 4 months",
                user="bench",
            )


class BareModel(QAbstractTableModel):
    """Tuples read with sqlite3, shown as they are."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.all = self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.all[0]) - 1 if self.all else 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column() + 1]
        return None

    def overdue_only(self) -> None:
        today = TODAY.isoformat()
        self.beginResetModel()
        self.rows = [r for r in self.all if r[5] and r[5] < today and r[6] in OPEN_STATUSES]
        self.endResetModel()


def bare_open(host: QMainWindow, path: Path, assessment_id: int) -> tuple[float, Any]:
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    tracers = connection.execute(TRACERS_SQL, (assessment_id,)).fetchall()
    findings = connection.execute(FINDINGS_SQL, (tracers[0][0],)).fetchall()
    actions = connection.execute(ACTIONS_SQL, (assessment_id,)).fetchall()
    connection.close()
    splitter = QSplitter(Qt.Orientation.Vertical)
    views = []
    for rows in (tracers, findings, actions):
        view = QTableView()
        view.setModel(BareModel(rows))
        splitter.addWidget(view)
        views.append(view)
    watch = PaintWatch(views[-1].viewport())
    host.setCentralWidget(splitter)
    ended = painted(watch, "the bare actions table to paint")
    views[-1].viewport().removeEventFilter(watch)
    return ended - started, views[-1]


def bare_filter(view: QTableView) -> float:
    watch = PaintWatch(view.viewport())
    started = time.perf_counter()
    view.model().overdue_only()  # type: ignore[attr-defined]
    ended = painted(watch, "the bare actions table to repaint")
    view.viewport().removeEventFilter(watch)
    return ended - started


def app_open(host: QMainWindow, project: Any, assessment_id: int) -> tuple[float, Any]:
    from accredit_tracker.ui.tracers.view import TracersView

    started = time.perf_counter()
    view = TracersView(project, assessment_id, "bench", QUndoStack(host))
    watch = PaintWatch(view.action_table.viewport())
    host.setCentralWidget(view)
    ended = painted(watch, "the actions table to paint")
    view.action_table.viewport().removeEventFilter(watch)
    return ended - started, view


def app_filter(view: Any) -> float:
    watch = PaintWatch(view.action_table.viewport())
    started = time.perf_counter()
    view.overdue_only.setChecked(True)
    ended = painted(watch, "the actions table to repaint")
    view.action_table.viewport().removeEventFilter(watch)
    return ended - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--elements", type=int, default=120_000)
    parser.add_argument("--findings", type=int, default=5_000)
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication([])
    from accredit_tracker.core.storage.project import open_project

    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        started = time.perf_counter()
        path, assessment_id = build_project(workdir, args.elements)
        seed(path, assessment_id, args.findings, args.actions)
        print(
            f"Built {args.elements:,} elements, {args.findings:,} findings and "
            f"{args.actions:,} actions in {time.perf_counter() - started:.1f} s"
        )
        figures: dict[str, list[float]] = {}
        host = shown_window(QMainWindow())
        with open_project(path) as project:
            for _ in range(args.repeat):
                took, bare_view = bare_open(host, path, assessment_id)
                figures.setdefault("open floor", []).append(took)
                settle()
                figures.setdefault("filter floor", []).append(bare_filter(bare_view))
                settle()
                took, view = app_open(host, project, assessment_id)
                figures.setdefault("open", []).append(took)
                settle()
                figures.setdefault("filter", []).append(app_filter(view))
                settle()
        host.close()
        del app
    print(f"{'':<8} {'app':>9} {'floor':>9} {'ratio':>7}")
    for name in ("open", "filter"):
        mine, floor = min(figures[name]), min(figures[f"{name} floor"])
        ratio = mine / floor
        mark = "ok" if ratio <= GOAL else f"over the {GOAL:g}× goal"
        print(f"{name:<8} {mine * 1000:>7.1f}ms {floor * 1000:>7.1f}ms {ratio:>6.2f}×  {mark}")


if __name__ == "__main__":
    main()
