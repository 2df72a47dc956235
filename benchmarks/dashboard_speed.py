"""Readiness dashboard speed at 120,000 measurable elements and 500,000 audit rows, against the
raw SQL it needs, measured in the same run.

The project is the checklist benchmark's (``checklist_speed.build_project``: the library written
with ``import_speed.write_library`` and imported for real, one assessment created through the
core service). Then raw ``sqlite3`` fills it quickly and consistently:

- ``--audit-rows`` (500,000) "update_element" / "result" audit rows spread over the 180 days
  before today, each element's changes chained (every old value is the value before it), and
  each element's final result written to ``element_assessment``; the assessment is dated
  181 days ago;
- owners (one element in ten without), due dates on the gaps, a fifth of them done;
- 100 evidence files (half past their review date), each linked to ten elements.

Then, on the same file, alternating, best of ``--repeat``:

- app: ``core.dashboard.dashboard(session, assessment_id, today=...)`` in a fresh session of the
  open project (the GUI has the project open when it asks);
- floor: raw ``sqlite3`` running the aggregate queries the dashboard needs, the same SQL, read
  into Python with no further work: results per standard (GROUP BY standard and result),
  overdue elements per owner, result changes per hour from the audit trail, and the four
  warning queries (fully met without evidence, evidence past its review date, no owner, the
  elements of failing standards in passing chapters).

Each part is also timed on its own beside its queries (with the cyclic garbage collector
paused, as ``dashboard`` pauses it), to show where time above the floor goes.

Usage: PYTHONPATH=src python benchmarks/dashboard_speed.py [--elements 120000]
       [--audit-rows 500000] [--repeat 5] [--profile]
Goal: the dashboard within 2 × the floor.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

GOAL = 2.0
DAYS = 180
OWNERS = ["Dilnoza Karimova", "Aziz Rakhimov", "Нигора Усманова", "Olga Petrova", "Jasur Toshev"]
RESULTS = ["fully_met", "partially_met", "not_met", "not_applicable", "not_assessed"]
WEIGHTS = [50, 15, 10, 5, 20]
EVIDENCE_FILES = 100
ELEMENTS_PER_FILE = 10

COUNTS_SQL = """
SELECT c.code, s.code, s.id, ea.result, count(*)
FROM element_assessment AS ea
JOIN measurable_element AS me ON me.id = ea.element_id
JOIN standard AS s ON s.id = me.standard_id
JOIN chapter AS c ON c.id = s.chapter_id
WHERE ea.assessment_id = ?
GROUP BY s.id, ea.result
ORDER BY min(me.position)
"""
OVERDUE_SQL = """
SELECT trim(owner), count(*) FROM element_assessment
WHERE assessment_id = ? AND due_date < ? AND result NOT IN ('fully_met', 'not_applicable')
  AND work_status != 'done'
GROUP BY trim(owner)
"""
HISTORY_SQL = """
SELECT substr(at, 1, 13), old_value, new_value, count(*) FROM audit_event
WHERE assessment_id = ? AND action = 'update_element' AND field = 'result'
GROUP BY 1, old_value, new_value
"""
RAW_HISTORY_SQL = """
SELECT at, old_value, new_value FROM audit_event
WHERE assessment_id = ? AND action = 'update_element' AND field = 'result'
"""
NO_EVIDENCE_SQL = """
SELECT ea.id, me.code FROM element_assessment AS ea
JOIN measurable_element AS me ON me.id = ea.element_id
WHERE ea.assessment_id = ? AND ea.result = 'fully_met'
  AND NOT EXISTS (SELECT 1 FROM element_evidence AS ee WHERE ee.element_assessment_id = ea.id)
ORDER BY me.position
"""
EXPIRED_SQL = """
SELECT ea.id, me.code, ev.name FROM element_evidence AS ee
JOIN evidence AS ev ON ev.id = ee.evidence_id
JOIN element_assessment AS ea ON ea.id = ee.element_assessment_id
JOIN measurable_element AS me ON me.id = ea.element_id
WHERE ea.assessment_id = ? AND ev.review_date < ?
ORDER BY me.position, ev.name
"""
NO_OWNER_SQL = """
SELECT ea.id, me.code FROM element_assessment AS ea
JOIN measurable_element AS me ON me.id = ea.element_id
WHERE ea.assessment_id = ? AND trim(ea.owner) = '' AND ea.result != 'not_applicable'
ORDER BY me.position
"""
STANDARD_ELEMENTS_SQL = """
SELECT me.standard_id, ea.id, me.code FROM element_assessment AS ea
JOIN measurable_element AS me ON me.id = ea.element_id
WHERE ea.assessment_id = ? AND me.standard_id IN ({marks})
ORDER BY me.position
"""


# The project


def build(workdir: Path, elements: int, audit_rows: int, today: date) -> tuple[Path, int]:
    """The checklist benchmark's project, then results, audit rows, owners, due dates and
    evidence written with raw sqlite3 (consistent with one another)."""
    from checklist_speed import build_project  # this folder is on sys.path when run as a script

    path, assessment_id = build_project(workdir, elements)
    rng = random.Random(20260601)
    connection = sqlite3.connect(path)
    ids = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM element_assessment WHERE assessment_id = ? ORDER BY id",
            (assessment_id,),
        )
    ]
    start = datetime.combine(today, datetime.min.time(), UTC) - timedelta(days=DAYS)
    step = timedelta(days=DAYS) / audit_rows
    current = dict.fromkeys(ids, "not_assessed")
    rows = []
    choices = rng.choices(RESULTS, WEIGHTS, k=audit_rows)
    touched = rng.choices(ids, k=audit_rows)
    for n, (element_id, new) in enumerate(zip(touched, choices, strict=True)):
        old = current[element_id]
        if new == old:
            new = "fully_met" if old != "fully_met" else "partially_met"
        current[element_id] = new
        at = (start + step * n).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append((at, element_id, assessment_id, old, new))
    connection.executemany(
        "INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, field, "
        "old_value, new_value, details) VALUES (?, 'bench', 'update_element', "
        "'element_assessment', ?, ?, 'result', ?, ?, '')",
        rows,
    )
    updates = []
    for element_id, result in current.items():
        owner = "" if rng.random() < 0.1 else rng.choice(OWNERS)
        gap = result in ("partially_met", "not_met", "not_assessed")
        due = (today + timedelta(days=rng.randint(-60, 60))).isoformat() if gap else None
        status = "done" if rng.random() < 0.2 else "in_progress"
        updates.append((result, owner, due, status, element_id))
    connection.executemany(
        "UPDATE element_assessment SET result = ?, owner = ?, due_date = ?, work_status = ? "
        "WHERE id = ?",
        updates,
    )
    connection.execute(
        "UPDATE assessment SET created_at = ? WHERE id = ?",
        ((start - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S.%f"), assessment_id),
    )
    for n in range(EVIDENCE_FILES):
        sha = f"{n:064x}"
        review = today + timedelta(days=-30 if n % 2 else 30)
        connection.execute("INSERT INTO evidence_content (sha256, size) VALUES (?, 1)", (sha,))
        evidence_id = connection.execute(
            "INSERT INTO evidence (content_sha256, name, media_type, description, review_date, "
            "added_at, added_by) VALUES (?, ?, 'application/pdf', '', ?, ?, 'bench')",
            (sha, f"evidence {n:03d}.pdf", review.isoformat(), start.isoformat(" ")),
        ).lastrowid
        linked = rng.sample(ids, ELEMENTS_PER_FILE)
        connection.executemany(
            "INSERT INTO element_evidence (element_assessment_id, evidence_id) VALUES (?, ?)",
            [(element_id, evidence_id) for element_id in linked],
        )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
    return path, assessment_id


# The floor


def floor_queries(
    connection: sqlite3.Connection, assessment_id: int, today: date, failing: list[int]
) -> dict[str, float]:
    """Every query the dashboard needs, its rows fetched into Python; seconds per query."""
    day = today.isoformat()
    marks = ",".join("?" * len(failing))
    queries: list[tuple[str, str, tuple[Any, ...]]] = [
        ("scores", COUNTS_SQL, (assessment_id,)),
        ("overdue", OVERDUE_SQL, (assessment_id, day)),
        ("history", HISTORY_SQL, (assessment_id,)),
        ("warnings", NO_EVIDENCE_SQL, (assessment_id,)),
        ("warnings", EXPIRED_SQL, (assessment_id, day)),
        ("warnings", NO_OWNER_SQL, (assessment_id,)),
    ]
    if failing:
        queries.append(
            ("warnings", STANDARD_ELEMENTS_SQL.format(marks=marks), (assessment_id, *failing))
        )
    seconds: dict[str, float] = {}
    for part, sql, parameters in queries:
        started = time.perf_counter()
        connection.execute(sql, parameters).fetchall()
        seconds[part] = seconds.get(part, 0.0) + time.perf_counter() - started
    return seconds


def failing_standard_ids(dashboard: Any, ids: dict[tuple[str, str], int]) -> list[int]:
    """Ids of the standards the fourth warning lists, found untimed through the app's reader."""
    from accredit_tracker.core.readiness.warnings import WarningKind

    codes = {
        (standard.chapter_code, standard.code)
        for warning in dashboard.warnings
        if warning.kind is WarningKind.FAILING_STANDARD_IN_PASSING_CHAPTER
        for standard in warning.standards
    }
    return [ids[key] for key in codes]


# The app


def app_parts(session: Any, assessment_id: int, today: date) -> dict[str, float]:
    """The dashboard's parts one by one, each with what it does beyond its queries."""
    from accredit_tracker.core.readiness.dashboard import overdue_by_owner, result_counts
    from accredit_tracker.core.readiness.history import readiness_history
    from accredit_tracker.core.readiness.overview import chapter_titles, profile_of
    from accredit_tracker.core.readiness.scoring import score_counts
    from accredit_tracker.core.readiness.warnings import quality_warnings
    from accredit_tracker.core.storage.models import Assessment

    seconds: dict[str, float] = {}

    def timed(part: str, action: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        value = action()
        seconds[part] = time.perf_counter() - started
        return value

    assessment = session.get(Assessment, assessment_id)
    profile = profile_of(session, assessment)
    titles = chapter_titles(session, assessment.library_id)

    def scores() -> Any:
        counts, ids = result_counts(session, assessment_id)
        return score_counts(profile, counts, known_chapters=titles), ids

    score, ids = timed("scores", scores)
    timed("overdue", lambda: overdue_by_owner(session, assessment_id, today=today))
    timed("history", lambda: readiness_history(session, assessment_id, today=today))
    timed("warnings", lambda: quality_warnings(
        session, assessment_id, today=today, score=score, standard_ids=ids))  # fmt: skip
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, default=120_000)
    parser.add_argument("--audit-rows", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the best counts")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = parser.parse_args()

    from accredit_tracker.core.readiness.dashboard import dashboard, result_counts
    from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
    from accredit_tracker.core.storage.project import open_project

    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path, assessment_id = build(Path(folder), args.elements, args.audit_rows, today)
        print(f"Built a project of {args.elements:,} elements and {args.audit_rows:,} audit rows "
              f"in {time.perf_counter() - started:.1f} s; measuring (best of {args.repeat}).",
              flush=True)  # fmt: skip
        with open_project(path) as project:
            with project.session() as session:
                found = dashboard(session, assessment_id, today=today)
                ids = result_counts(session, assessment_id)[1]
            failing = failing_standard_ids(found, ids)
            connection = sqlite3.connect(path)
            floor_runs: list[float] = []
            app_runs: list[float] = []
            floor_parts: list[dict[str, float]] = []
            app_part_runs: list[dict[str, float]] = []
            raw_history: list[float] = []
            for _ in range(args.repeat):
                gc.collect()
                started = time.perf_counter()
                floor_parts.append(floor_queries(connection, assessment_id, today, failing))
                floor_runs.append(time.perf_counter() - started)
                gc.collect()
                with project.session() as session:
                    started = time.perf_counter()
                    dashboard(session, assessment_id, today=today)
                    app_runs.append(time.perf_counter() - started)
                with project.session() as session, paused_garbage_collection():
                    app_part_runs.append(app_parts(session, assessment_id, today))
                started = time.perf_counter()
                connection.execute(RAW_HISTORY_SQL, (assessment_id,)).fetchall()
                raw_history.append(time.perf_counter() - started)
            connection.close()
            if args.profile:
                profile = cProfile.Profile()
                with project.session() as session:
                    profile.runcall(dashboard, session, assessment_id, today=today)
                out = io.StringIO()
                pstats.Stats(profile, stream=out).strip_dirs().sort_stats("cumulative") \
                    .print_stats(25)  # fmt: skip
                print(out.getvalue())

    floor_s, app_s = min(floor_runs), min(app_runs)
    print(f"\n{'figure':<34} {'floor ms':>9} {'app ms':>9} {'ratio':>7}  goal ≤ {GOAL:.0f}×")
    verdict = "ok" if app_s / floor_s <= GOAL else "over"
    print(f"{'dashboard':<34} {floor_s * 1000:>9.1f} {app_s * 1000:>9.1f} "
          f"{app_s / floor_s:>6.2f}×  {verdict}")  # fmt: skip
    for part in ("scores", "overdue", "history", "warnings"):
        part_floor = min(run[part] for run in floor_parts)
        part_app = min(run[part] for run in app_part_runs)
        print(f"{'  ' + part:<34} {part_floor * 1000:>9.1f} {part_app * 1000:>9.1f} "
              f"{part_app / part_floor:>6.2f}×")  # fmt: skip
    flagged = {w.kind.value: w.count for w in found.warnings}
    print(
        f"\nnote: the dashboard holds {len(found.chapters):,} chapters, "
        f"{len(found.score.standards):,} standards, {len(found.history)} days of history and "
        f"flags {flagged}."
    )
    print(
        f"note: reading the {args.audit_rows:,} result changes row by row instead "
        f"(no GROUP BY) takes {min(raw_history) * 1000:.1f} ms on its own."
    )


if __name__ == "__main__":
    main()
