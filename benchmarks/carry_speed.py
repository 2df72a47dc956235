"""Carrying an assessment through a mapping, against a floor of raw sqlite3 in the same run.

A project is built once: the same 120,000-element library imported twice for real (two
editions with the same codes), an assessment of the first with every element given a result,
an owner and notes (written straight into the file: that is set-up, not what is measured), and
an equal mapping of every element to its namesake, stored through the core service. It times,
each on a fresh copy of the project:

- the floor: raw ``sqlite3`` doing the same copy in one transaction with the project's pragmas
  (``synchronous = FULL``, WAL, foreign keys) and a durable commit: the new assessment row, its
  element rows with the carried values in one ``INSERT … SELECT`` through the mapping rows,
  the "carried — review" marks, and one audit row per carried value (result, owner, notes),
  each an ``INSERT … SELECT``;
- Accredit Tracker's ``carry_assessment`` in one ``project.transaction()``: creating the
  assessment through ``create_assessment``, reading the mapping, writing the carried values
  with their guarded bulk UPDATE, the marks, and the audit rows.
Each figure is the best of ``--repeat`` runs.

Usage: PYTHONPATH=src python benchmarks/carry_speed.py [--elements 120000] [--repeat 3]
Goal: carrying within 2 × the floor at 120,000 elements.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from import_speed import write_library  # this folder is on sys.path as a script

GOAL = 2.0


def build_project(workdir: Path, elements: int) -> tuple[Path, int, int]:
    """The project, its survey of the first edition and the mapping to the second."""
    from accredit_tracker.core.assessment.assessments import create_assessment
    from accredit_tracker.core.crosswalk.mappings import (
        LibraryCodes,
        MappingLine,
        create_mapping_set,
    )
    from accredit_tracker.core.crosswalk.relationships import Relationship
    from accredit_tracker.core.storage.project import create_project
    from accredit_tracker.interchange.standards.importer import import_standards
    from accredit_tracker.interchange.standards.plan import ImportOptions

    source = workdir / f"library-{elements}.xlsx"
    write_library(source, elements)
    path = workdir / "benchmark.accredit"
    project = create_project(path, user="bench")
    try:
        old = import_standards(project, source, ImportOptions(name="2021"), user="bench")
        new = import_standards(project, source, ImportOptions(name="2024"), user="bench")
        with project.transaction() as session:
            survey = create_assessment(
                session, library_id=old.library_id, name="Survey", user="bench"
            )
            sources = LibraryCodes(session, old.library_id)
            targets = LibraryCodes(session, new.library_id)
            lines = [
                MappingLine(element, targets.exact[element.code], Relationship.EQUAL)
                for element in sources.elements
            ]
            mapping = create_mapping_set(
                session,
                name="2021 to 2024",
                source_library_id=old.library_id,
                target_library_id=new.library_id,
                lines=lines,
                user="bench",
            )
    finally:
        project.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(
        "UPDATE element_assessment SET result = 'fully_met', owner = 'Officer ' || (id % 40), "
        "notes = 'Checked on the ward' WHERE assessment_id = ?",
        (survey,),
    )
    # Into the file itself, so that a copy of the file alone holds it.
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path, survey, mapping


FLOOR_SQL = """
INSERT INTO element_assessment (assessment_id, element_id, result, work_status, owner,
    department, notes, version, updated_at, updated_by)
SELECT :new, mr.target_element_id, ea.result, ea.work_status, ea.owner, '', ea.notes, 2,
    :at, 'bench'
FROM mapping_row AS mr
JOIN element_assessment AS ea
    ON ea.element_id = mr.source_element_id AND ea.assessment_id = :old
WHERE mr.mapping_set_id = :mapping;
INSERT INTO carried_element (element_assessment_id, source_element_assessment_id,
    mapping_set_id, reviewed_by)
SELECT new.id, old.id, :mapping, ''
FROM mapping_row AS mr
JOIN element_assessment AS old
    ON old.element_id = mr.source_element_id AND old.assessment_id = :old
JOIN element_assessment AS new
    ON new.element_id = mr.target_element_id AND new.assessment_id = :new
WHERE mr.mapping_set_id = :mapping;
"""
FLOOR_AUDIT = """
INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, field, old_value,
    new_value, details)
SELECT :at, 'bench', 'carry_element', 'element_assessment', id, :new, '{field}', '', {field},
    'carried'
FROM element_assessment WHERE assessment_id = :new
"""


def floor(path: Path, survey: int, mapping: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    at = datetime.now(UTC).isoformat(sep=" ")
    start = time.perf_counter()
    connection.execute("BEGIN")
    new = connection.execute(
        "INSERT INTO assessment (library_id, scoring_profile_id, name, kind, locked, created_at)"
        " SELECT target_library_id, 1, 'Carried', 'self', 0, ? FROM mapping_set WHERE id = ?",
        (at, mapping),
    ).lastrowid
    values = {"new": new, "old": survey, "mapping": mapping, "at": at}
    for statement in FLOOR_SQL.split(";"):
        if statement.strip():
            connection.execute(statement, values)
    for field in ("result", "owner", "notes"):
        connection.execute(FLOOR_AUDIT.format(field=field), {"new": new, "at": at})
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def ours(path: Path, survey: int, mapping: int) -> float:
    from accredit_tracker.core.crosswalk.carrying import carry_assessment
    from accredit_tracker.core.storage.project import open_project

    with open_project(path) as project:
        start = time.perf_counter()
        with project.transaction() as session:
            summary = carry_assessment(session, survey, mapping, name="Carried", user="bench")
        elapsed = time.perf_counter() - start
    assert summary.carried > 0
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--elements", type=int, default=120_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="carry-speed-"))
    try:
        print(f"Building a project of 2 × {args.elements:,} elements …", file=sys.stderr)
        path, survey, mapping = build_project(workdir, args.elements)
        best: dict[str, float] = {}
        for run in range(args.repeat):
            for name, measure in (("floor", floor), ("carry", ours)):
                copy = workdir / f"{name}-{run}.accredit"
                shutil.copy(path, copy)
                seconds = measure(copy, survey, mapping)
                best[name] = min(best.get(name, seconds), seconds)
                copy.unlink()
        ratio = best["carry"] / best["floor"]
        print(f"elements          {args.elements:>10,}")
        print(f"floor (sqlite3)   {best['floor']:>10.2f} s")
        print(f"carry_assessment  {best['carry']:>10.2f} s")
        verdict = "within" if ratio <= GOAL else "OVER"
        print(f"ratio             {ratio:>10.2f} ×  ({verdict} the goal of {GOAL} ×)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
