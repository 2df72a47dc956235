"""Excel report (and CSV) export speed and memory against a floor measured in the same run.

For projects of 1,200 and 120,000 measurable elements (the library is written with
``import_speed.write_library`` and imported for real, the assessment created through the core
service, then filled through ``update_elements``: 60 % fully met, 15 % partially met, 10 % not
met, 5 % not applicable, 10 % not assessed, with owner, department, due date and notes on every
gap; and 100 evidence files linked to ten elements each), it times:

- report: ``write_report`` (Summary, Standards, Elements, Gaps, Surveyor flags and Evidence
  sheets; ``--audit-trail`` adds the Audit trail sheet), from the open project to the finished
  file in place;
- floor: openpyxl in write-only mode (with lxml, as installed) writing the same cell values into
  sheets of the same names, with no styling, no table, no chart and no database. The values are
  read beforehand, untimed, from a report the app wrote (with python-calamine), so they are the
  same by construction;
- csv: ``write_elements_csv``; its floor: ``csv.writer`` writing the same rows, read
  beforehand from the CSV the app wrote, to a UTF-8 file.

Every measurement runs in a fresh child process. Peak is the child's peak RSS over its whole life
(VmHWM on Linux: getrusage's figure would include the parent's memory at the fork); growth is
the rise of the peak during the measured work over the RSS when the clock started (Linux resets
the peak there; elsewhere growth is a lower bound).

Usage: python benchmarks/report_speed.py [--sizes 1200 120000] [--repeat 2] [--audit-trail]
Goal: report at most 1.5 × the floor at both sizes; peak memory under 300 MB at 120,000.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from child_memory import current_rss_mb, peak_rss_mb  # this folder is on sys.path

GOAL = 1.5
MB = 1024 * 1024
OWNERS = ["Dilnoza Karimova", "Aziz Rakhimov", "Нигора Усманова", "Olga Petrova", "Jasur Toshev"]
DEPARTMENTS = ["Quality", "Nursing", "Pharmacy", "Infection control", "Laboratory"]
EVIDENCE_FILES = 100
ELEMENTS_PER_FILE = 10


def build(workdir: Path, elements: int) -> tuple[Path, int]:
    """The benchmark project: the checklist benchmark's project, then results and evidence set
    through the app's services."""
    from sqlalchemy import select

    from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
    from accredit_tracker.core.evidence.attachments import attach_files
    from accredit_tracker.core.storage.models import ElementAssessment
    from accredit_tracker.core.storage.project import open_project
    from accredit_tracker.core.vocabulary import Result
    from checklist_speed import build_project  # this folder is on sys.path when run as a script

    path, assessment_id = build_project(workdir, elements)
    cycle = [Result.FULLY_MET] * 12 + [Result.PARTIALLY_MET] * 3 + [Result.NOT_MET] * 2
    cycle += [Result.NOT_APPLICABLE] + [Result.NOT_ASSESSED] * 2
    with open_project(path) as project:
        with project.session() as session:
            ids = list(
                session.execute(
                    select(ElementAssessment.id)
                    .where(ElementAssessment.assessment_id == assessment_id)
                    .order_by(ElementAssessment.id)
                ).scalars()
            )
        changes = []
        for n, element_assessment_id in enumerate(ids):
            result = cycle[n % len(cycle)]
            values: dict[str, Any] = {"result": result}
            if result in (Result.PARTIALLY_MET, Result.NOT_MET, Result.NOT_ASSESSED):
                values |= {
                    "owner": OWNERS[n % len(OWNERS)],
                    "department": DEPARTMENTS[n % len(DEPARTMENTS)],
                    "due_date": date(2026, 1, 1) + timedelta(days=n % 500),
                    "notes": f"Action {n}: update the policy, train the staff on the ward and "
                    "audit compliance monthly; report the results to the quality committee.",
                }
            changes.append(ElementChange(element_assessment_id, values))
        for start in range(0, len(changes), 5000):
            with project.transaction() as session:
                update_elements(session, changes[start : start + 5000], user="bench")
        sources = workdir / "evidence"
        sources.mkdir()
        step = max(1, len(ids) // (EVIDENCE_FILES * ELEMENTS_PER_FILE))
        for n in range(EVIDENCE_FILES):
            source = sources / f"Policy {n:03d} — qoʻl gigiyenasi.pdf"
            source.write_bytes(f"%PDF-1.4 evidence file {n}\n".encode() * 40)
            first = n * ELEMENTS_PER_FILE * step
            linked = ids[first : first + ELEMENTS_PER_FILE * step : step]
            if not linked:
                break
            review = date(2026, 1, 1) + timedelta(days=30 * n)
            with project.transaction() as session:
                attach_files(session, [source], linked, user="bench", review_date=review)
    return path, assessment_id


# Children: each runs one measurement and prints its figures as JSON.


def child(
    kind: str, project_path: str, assessment: str, target: str, reference: str, audit_trail: bool
) -> None:
    from openpyxl import Workbook  # noqa: F401  (imports are not timed)

    from accredit_tracker.core.library.libraries import library_counts
    from accredit_tracker.core.readiness.overview import overview
    from accredit_tracker.core.storage.project import open_project
    from accredit_tracker.interchange.report.workbook import write_elements_csv, write_report

    work: Any
    if kind in ("report", "csv"):
        project = open_project(Path(project_path))
        # What the app has done by the time the user asks for a report: shown the project and
        # the assessment's score.
        with project.session() as session:
            library_counts(session)
            overview(session, int(assessment))
    if kind == "report":

        def work() -> None:
            write_report(project, int(assessment), Path(target), include_audit_trail=audit_trail)
    elif kind == "csv":

        def work() -> None:
            write_elements_csv(project, int(assessment), Path(target))
    elif kind == "floor":
        sheets = workbook_values(Path(reference))

        def work() -> None:
            floor_workbook(sheets, Path(target))
    else:
        rows = csv_values(Path(reference))

        def work() -> None:
            floor_csv(rows, Path(target))

    peak_before = peak_rss_mb()
    baseline = current_rss_mb()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    peak_during = peak_rss_mb()
    growth = peak_during - baseline
    peak = max(peak_before, peak_during)
    # The same work again in the same process, as a second export from a running app.
    started = time.perf_counter()
    work()
    warm = time.perf_counter() - started
    figures = {"seconds": seconds, "warm_seconds": warm, "peak_mb": peak, "growth_mb": growth}
    print(json.dumps(figures))


def workbook_values(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet's cell values as the app wrote them (empty cells as None)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    sheets = []
    for name in workbook.sheet_names:
        rows = workbook.get_sheet_by_name(name).to_python()
        sheets.append((name, [[None if v == "" else v for v in row] for row in rows]))
    return sheets


def floor_workbook(sheets: list[tuple[str, list[list[Any]]]], target: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(target)


def csv_values(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def floor_csv(rows: list[list[str]], target: Path) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)


# The parent


def measure(
    kind: str, project: Path, assessment_id: int, target: Path, reference: Path, audit_trail: bool
) -> dict[str, float]:
    target.unlink(missing_ok=True)
    arguments = [kind, project, assessment_id, target, reference, "1" if audit_trail else "0"]
    output = subprocess.run(
        [sys.executable, __file__, "--child", *map(str, arguments)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    ).stdout
    return dict(json.loads(output))


COLUMNS = (
    f"{'elements':>9} {'what':<5} {'floor s':>8} {'ours s':>7} {'ratio':>6} "
    f"{'warm: floor s':>14} {'ours s':>7} {'ratio':>6} "
    f"{'floor MB':>9} {'ours MB':>8} {'floor Δ':>8} {'ours Δ':>7} {'file MB':>8}"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1200, 120_000])
    parser.add_argument("--repeat", type=int, default=2, help="runs per figure; the best counts")
    parser.add_argument("--audit-trail", action="store_true", help="add the Audit trail sheet")
    parser.add_argument("--child", nargs=6, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, project, assessment, target, reference, audit_trail = args.child
        child(kind, project, assessment, target, reference, audit_trail == "1")
        return
    print(COLUMNS, flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            workdir = Path(folder) / str(size)
            workdir.mkdir()
            started = time.perf_counter()
            project, assessment_id = build(workdir, size)
            took = time.perf_counter() - started
            print(f"  (project of {size:,} elements built in {took:.0f} s)", flush=True)
            for what, ours_kind, floor_kind in (
                ("xlsx", "report", "floor"),
                ("csv", "csv", "floorcsv"),
            ):
                reference = workdir / f"reference.{what}"
                target = workdir / f"out.{what}"

                run = partial(measure, project=project, assessment_id=assessment_id,
                              reference=reference, audit_trail=args.audit_trail)  # fmt: skip
                run(ours_kind, target=reference)  # the app's file, whose values the floor writes
                floors: list[dict[str, float]] = []
                ours: list[dict[str, float]] = []
                for _ in range(args.repeat):
                    floors.append(run(floor_kind, target=target))
                    ours.append(run(ours_kind, target=target))
                print(row(size, what, floors, ours, reference.stat().st_size / MB), flush=True)


def row(
    size: int, what: str, floors: list[dict[str, float]], ours: list[dict[str, float]], mb: float
) -> str:
    """One line of the table: best times (cold and warm), highest memory, each beside its
    floor."""
    best_floor = min(r["seconds"] for r in floors)
    best = min(r["seconds"] for r in ours)
    warm_floor = min(r["warm_seconds"] for r in floors)
    warm = min(r["warm_seconds"] for r in ours)
    ratio = best / best_floor
    mark = "" if ratio <= GOAL or what == "csv" else "  over goal"
    return (
        f"{size:>9,} {what:<5} {best_floor:>8.2f} {best:>7.2f} {ratio:>5.2f}× "
        f"{warm_floor:>14.2f} {warm:>7.2f} {warm / warm_floor:>5.2f}× "
        f"{max(r['peak_mb'] for r in floors):>9.0f} {max(r['peak_mb'] for r in ours):>8.0f} "
        f"{max(r['growth_mb'] for r in floors):>8.0f} {max(r['growth_mb'] for r in ours):>7.0f} "
        f"{mb:>8.1f}{mark}"
    )


if __name__ == "__main__":
    main()
