"""Results import (the Elements sheet round trip) speed and memory against a floor in the same run.

A project of 120,000 measurable elements and one assessment is built once with
``checklist_speed.build_project`` (the standards .xlsx imported for real, the assessment created
through the core service). The script then writes the assessment's Elements sheet as the Excel
report lays it out (openpyxl write-only mode; the 15 headers, element texts, the custom property
naming the assessment), as an officer returns it: every row with a new result (and, with
``--fields``, other fields changed too), every other cell as exported. It times:

- the floor: python-calamine reading every row of the file (``get_sheet_by_name`` and
  ``to_python``), plus raw ``sqlite3`` running one single-row ``UPDATE`` per row (the same
  fields, ``version = version + 1``) in one transaction with the project's pragmas
  (``synchronous = FULL``, WAL, foreign keys) and a durable commit;
- a second floor, the same plus one raw audit ``INSERT`` per changed field in the same
  transaction, as every change in the app must write: what SQLite alone costs for the audit;
- Accredit Tracker's round trip: ``plan_results_import`` (read, validate, match by code,
  compare) and ``apply_results_import`` (one transaction through ``update_elements``, with
  its audit rows), shown apart and together.
Each measurement runs in a fresh child process on a fresh copy of the project, after the
imports and the opening of the project. On Linux the kernel's peak-RSS mark is reset when the
clock starts, so the peak and its growth (Δ) over the RSS at the start are the work's own. Each
figure is the best of ``--repeat`` runs.

Usage: PYTHONPATH=src python benchmarks/round_trip_speed.py [--elements 120000] [--repeat 3]
       [--fields result owner due_date]
Goal: the round trip within 1.5 × the floor; peak memory under 500 MB at 120,000 elements.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import IntProperty, StringProperty

from evidence_speed import current_rss_mb, peak_rss_mb  # this folder is on sys.path as a script

GOAL = 1.5
HEADER = ["Chapter", "Standard", "Code", "Measurable element", "Result", "Points", "Status",
          "Owner", "Department", "Due date", "Notes", "Evidence", "Last changed", "Changed by",
          "Version"]  # fmt: skip
EXPORT_SQL = """
SELECT ea.id, c.code, s.code, me.code, me.text, ea.version
FROM element_assessment AS ea
JOIN measurable_element AS me ON me.id = ea.element_id
JOIN standard AS s ON s.id = me.standard_id
JOIN chapter AS c ON c.id = s.chapter_id
WHERE ea.assessment_id = ?
ORDER BY me.position
"""
NEW_RESULTS = [("Fully met", "fully_met"), ("Partially met", "partially_met"),
               ("Not met", "not_met"), ("Not applicable", "not_applicable")]  # fmt: skip
FIELD_CHOICES = ("result", "work_status", "owner", "due_date")
FIRST_DUE = date(2026, 9, 1)


def new_values(n: int) -> dict[str, Any]:
    """Row ``n``'s new value of each field, as the officer writes it in the sheet."""
    return {
        "result": NEW_RESULTS[n % len(NEW_RESULTS)][0],
        "work_status": "In progress",
        "owner": f"Officer {n % 40}",
        "due_date": FIRST_DUE + timedelta(days=n % 120),
    }


def write_elements(project: Path, assessment_id: int, target: Path, fields: list[str]) -> None:
    """The Elements sheet as exported, with every row's ``fields`` changed by the officer."""
    with sqlite3.connect(project) as connection:
        rows = connection.execute(EXPORT_SQL, (assessment_id,)).fetchall()
    workbook = Workbook(write_only=True)
    properties = workbook.custom_doc_props
    properties.append(IntProperty(name="accredit_assessment_id", value=assessment_id))
    exported_at = datetime.now(UTC).isoformat()
    properties.append(StringProperty(name="accredit_exported_at", value=exported_at))
    sheet = workbook.create_sheet("Elements")
    sheet.append(HEADER)
    for n, (_id, chapter, standard, code, text, version) in enumerate(rows):
        new = {name: value for name, value in new_values(n).items() if name in fields}
        sheet.append(
            [chapter, standard, code, text, new.get("result", "Not assessed"), None,
             new.get("work_status", "To do"), new.get("owner", ""), "", new.get("due_date"), "",
             0, None, "", version]
        )  # fmt: skip
    workbook.save(target)


# The children: each runs one measurement and prints its figures as JSON.


# Where each field is in the sheet, and how the floor turns the cell into the stored value.
COLUMNS = {"result": 4, "work_status": 6, "owner": 7, "due_date": 9}
STORED = {
    "result": dict(NEW_RESULTS).__getitem__,
    "work_status": {"In progress": "in_progress", "To do": "to_do"}.__getitem__,
    "owner": str,
    "due_date": lambda value: value.isoformat()[:10],
}


def floor(source: str, project: str, fields: list[str], with_audit: bool) -> None:
    """Raw calamine reading plus raw sqlite3 single-row updates: the least work possible."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(source).get_sheet_by_name("Elements").to_python()
    ids = json.loads(Path(source + ".ids.json").read_text())
    assignments = ", ".join(f"{name} = ?" for name in fields)
    update = f"UPDATE element_assessment SET {assignments}, version = version + 1 WHERE id = ?"
    audit = (
        "INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, field, "
        "old_value, new_value, details) VALUES (?, 'benchmark', 'update_element', "
        "'element_assessment', ?, 1, ?, '', ?, '')"
    )
    at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    readers = [(COLUMNS[name], STORED[name]) for name in fields]
    connection = sqlite3.connect(project)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    with connection:
        for row_id, row in zip(ids, rows[1:], strict=True):
            values = [stored(row[column]) for column, stored in readers]
            connection.execute(update, (*values, row_id))
            if with_audit:
                for name, value in zip(fields, values, strict=True):
                    connection.execute(audit, (at, row_id, name, value))
    connection.close()


def ours(source: str, project: Any, assessment_id: int) -> dict[str, float]:
    from accredit_tracker.interchange.results.importer import (
        apply_results_import,
        plan_results_import,
    )

    started = time.perf_counter()
    plan = plan_results_import(project, assessment_id, Path(source))
    planned = time.perf_counter()
    report = apply_results_import(project, plan, user="benchmark")
    applied = time.perf_counter()
    assert report.elements == plan.counts.rows, plan.counts
    return {"plan_seconds": planned - started, "apply_seconds": applied - planned}


def child(kind: str, source: str, project: str, assessment_id: int, fields: list[str]) -> None:
    opened = None
    if kind == "ours":
        import accredit_tracker.interchange.results.importer  # noqa: F401  (imports are not timed)
        from accredit_tracker.core.storage.project import open_project

        opened = open_project(Path(project))
    else:
        import python_calamine  # noqa: F401
    baseline = current_rss_mb()
    started = time.perf_counter()
    figures: dict[str, float] = {}
    if kind == "ours":
        figures = ours(source, opened, assessment_id)
    else:
        floor(source, project, fields, with_audit=kind == "floor+audit")
    figures["seconds"] = time.perf_counter() - started
    figures["peak_mb"] = peak_rss_mb()
    figures["baseline_mb"] = baseline
    print(json.dumps(figures))


def measure(
    kind: str, source: Path, built: Path, assessment_id: int, fields: list[str], workdir: Path
) -> dict[str, float]:
    """One measurement in a child process, on a fresh copy of the built project."""
    project = workdir / f"{kind}-{time.monotonic_ns()}.accredit"
    shutil.copyfile(built, project)
    try:
        output = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(source), str(project),
             str(assessment_id), *fields],
            check=True,
            capture_output=True,
            text=True,
        ).stdout  # fmt: skip
    finally:
        for leftover in (project, Path(f"{project}-wal"), Path(f"{project}-shm")):
            leftover.unlink(missing_ok=True)
    return dict(json.loads(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, default=120_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best counts")
    parser.add_argument(
        "--fields", nargs="+", choices=FIELD_CHOICES, default=["result"],
        help="the fields the officer changed in every row (default: result)",
    )  # fmt: skip
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, source, project, assessment_id, *fields = args.child
        child(kind, source, project, int(assessment_id), fields)
        return
    sys.path.insert(0, str(Path(__file__).parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from checklist_speed import build_project

    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        print(f"Building a project of {args.elements:,} elements…", flush=True)
        built, assessment_id = build_project(workdir, args.elements)
        source = workdir / "elements.xlsx"
        write_elements(built, assessment_id, source, args.fields)
        with sqlite3.connect(built) as connection:
            ids = [row[0] for row in connection.execute(EXPORT_SQL, (assessment_id,))]
        Path(f"{source}.ids.json").write_text(json.dumps(ids))
        size = source.stat().st_size / 1024 / 1024
        changed = ", ".join(args.fields)
        print(f"Elements sheet: {len(ids):,} rows, {size:.1f} MB; changed in every row: {changed}")
        runs: dict[str, list[dict[str, float]]] = {"floor": [], "floor+audit": [], "ours": []}
        for _ in range(args.repeat):
            for kind, results in runs.items():
                results.append(measure(kind, source, built, assessment_id, args.fields, workdir))
        best = {kind: min(results, key=lambda r: r["seconds"]) for kind, results in runs.items()}
        base, audited, app = best["floor"], best["floor+audit"], best["ours"]
        print(f"{'':<34} {'seconds':>8} {'÷ floor':>8} {'peak MB':>8} {'Δ MB':>6}")
        lines = [
            ("floor: calamine + sqlite3 updates", base),
            ("floor + audit inserts", audited),
            ("import: plan (read, compare)", None),
            ("import: apply (one transaction)", None),
            ("import: plan + apply", app),
        ]
        for label, figures in lines:
            if figures is None:
                key = "plan_seconds" if "plan (" in label else "apply_seconds"
                print(f"{label:<34} {app[key]:>8.3f} {app[key] / base['seconds']:>7.2f}×")
                continue
            seconds = figures["seconds"]
            print(
                f"{label:<34} {seconds:>8.3f} {seconds / base['seconds']:>7.2f}× "
                f"{figures['peak_mb']:>8.0f} {figures['peak_mb'] - figures['baseline_mb']:>6.0f}"
            )
        ratio = app["seconds"] / base["seconds"]
        verdict = "within" if ratio <= GOAL else "over"
        print(
            f"Round trip {ratio:.2f}× the floor ({verdict} the {GOAL}× goal); "
            f"{app['seconds'] / audited['seconds']:.2f}× the floor with audit inserts."
        )


if __name__ == "__main__":
    main()
