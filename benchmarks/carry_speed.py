"""Carrying an assessment through a mapping, against a floor of raw sqlite3 in the same run.

A project is built once: a 120,000-element library imported for real in two editions (the
same codes, the second's chapter titles reworded, as a new edition keeps most elements), an
assessment of the first with every element given a result, an owner and notes (written
straight into the file: that is set-up, not what is measured), and an equal mapping of every
element to its namesake, stored through the core service. It times, each on a fresh copy of
the project:

- the floor: raw ``sqlite3`` doing the same copy in one transaction with the project's pragmas
  (``synchronous = FULL``, WAL, foreign keys) and a durable commit: the new assessment row, its
  element rows with the carried values in one ``INSERT … SELECT`` through the mapping rows
  (every target element is mapped, so these are all its rows), the "carried — review" marks,
  and the audit rows as the application writes them: the assessment's creation, one row per
  carried value (result, owner, notes) and one for the carrying as a whole, each chained to
  the one before by the same SHA-256 (computed in an SQL function as the rows are inserted,
  the cheapest way sqlite3 offers); the floor's trail is checked afterwards, untimed;
- Accredit Tracker's ``carry_assessment`` in one ``project.transaction()``: creating the
  assessment through ``create_assessment``, then the copy, links, marks and audit rows over a
  table of the pairs, and the suggestions.
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

from openpyxl import Workbook

from import_speed import (  # this folder is on sys.path as a script
    ELEMENTS_PER_STANDARD,
    HEADER,
    STANDARDS_PER_CHAPTER,
    write_library,
)

GOAL = 2.0


def write_new_edition(path: Path, elements: int) -> None:
    """The library of :func:`write_library` with every code kept and its chapter titles
    reworded: a new edition, which the project takes as a library of its own."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Standards")
    sheet.append(HEADER)
    for n in range(elements):
        s, e = divmod(n, ELEMENTS_PER_STANDARD)
        c, _ = divmod(s, STANDARDS_PER_CHAPTER)
        chapter = f"CH{c:03d}"
        standard = f"{chapter}.{s % STANDARDS_PER_CHAPTER + 1}"
        sheet.append(
            [chapter, f"Chapter {c}: patient care and safety (2024 edition)", standard,
             f"The hospital has a process for topic {s} that staff follow consistently.", e + 1,
             f"Measurable element {e + 1} of {standard}: the process is documented, staff are "
             "trained, and compliance is monitored with data used for improvement.",
             "Policy; training records; audit results", "policy, training"]
        )  # fmt: skip
    workbook.save(path)


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
    edition = workdir / f"library-{elements}-2024.xlsx"
    write_new_edition(edition, elements)
    path = workdir / "benchmark.accredit"
    project = create_project(path, user="bench")
    try:
        old = import_standards(project, source, ImportOptions(name="2021"), user="bench")
        new = import_standards(project, edition, ImportOptions(name="2024"), user="bench")
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
WHERE mr.mapping_set_id = :mapping
ORDER BY mr.position;
INSERT INTO carried_element (element_assessment_id, source_element_assessment_id,
    mapping_set_id, reviewed_by)
SELECT new.id, old.id, :mapping, ''
FROM mapping_row AS mr
JOIN element_assessment AS old
    ON old.element_id = mr.source_element_id AND old.assessment_id = :old
JOIN element_assessment AS new
    ON new.element_id = mr.target_element_id AND new.assessment_id = :new
WHERE mr.mapping_set_id = :mapping
ORDER BY mr.position;
"""
# One audit row per carried value. The new element rows are read by a range of their ids, in
# id order without a sort, so that the chain function sees the rows in the order they are
# inserted (the audit rows' ids follow on from the trail's last one).
FLOOR_AUDIT = """
INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, field, old_value,
    new_value, details, chain_hash)
SELECT :at, 'bench', 'carry_element', 'element_assessment', id, :new, '{field}', '{blank}',
    {field}, :details, chained(id, '{field}', '{blank}', {field})
FROM element_assessment WHERE id > :before AND {field} <> '{blank}' ORDER BY id
"""
FLOOR_ONE_AUDIT_ROW = """
INSERT INTO audit_event (at, user, action, entity, entity_id, assessment_id, field, old_value,
    new_value, details, chain_hash)
VALUES (:at, 'bench', :action, 'assessment', :new, :new, '', NULL, 'Carried', :details,
    chained_row(:action, :new, :details))
"""
CARRIED_VALUES = (("result", "not_assessed"), ("owner", ""), ("notes", ""))


class FloorChain:
    """The audit trail's chain as the floor writes it: each row's hash over the previous
    one's and the row, by the application's own :func:`link`."""

    def __init__(self, connection: sqlite3.Connection, at: datetime, new: int) -> None:
        from accredit_tracker.core.audit.chain import link

        self.link = link
        self.at, self.new = at, new
        self.last_id, self.previous = connection.execute(
            "SELECT id, chain_hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()

    def element(self, entity_id: int, field: str, old: str, new: str) -> str:
        self.last_id += 1
        self.previous = self.link(
            self.previous,
            (self.last_id, self.at, "bench", "carry_element", "element_assessment", entity_id,
             self.new, field, old, new, DETAILS),
        )  # fmt: skip
        return self.previous

    def assessment(self, action: str, entity_id: int, details: str) -> str:
        self.last_id += 1
        self.previous = self.link(
            self.previous,
            (self.last_id, self.at, "bench", action, "assessment", entity_id, entity_id, "",
             None, "Carried", details),
        )  # fmt: skip
        return self.previous


DETAILS = "carried from assessment 1 'Survey' through mapping '2021 to 2024'"


def floor(path: Path, survey: int, mapping: int) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    at = datetime.now(UTC)
    stored_at = at.replace(tzinfo=None).isoformat(sep=" ")
    start = time.perf_counter()
    connection.execute("BEGIN")
    (before,) = connection.execute("SELECT max(id) FROM element_assessment").fetchone()
    new = connection.execute(
        "INSERT INTO assessment (library_id, scoring_profile_id, name, kind, locked, created_at)"
        " SELECT target_library_id, 1, 'Carried', 'self', 0, ? FROM mapping_set WHERE id = ?",
        (stored_at, mapping),
    ).lastrowid
    assert new is not None
    chain = FloorChain(connection, at, new)
    connection.create_function("chained", 4, chain.element)
    connection.create_function("chained_row", 3, lambda a, n, d: chain.assessment(a, n, d))
    values = {"new": new, "old": survey, "mapping": mapping, "at": stored_at, "before": before}
    one_row = {"at": stored_at, "new": new}
    connection.execute(
        FLOOR_ONE_AUDIT_ROW, {**one_row, "action": "create_assessment", "details": "kind=self"}
    )
    for statement in FLOOR_SQL.split(";"):
        if statement.strip():
            connection.execute(statement, values)
    for field, blank in CARRIED_VALUES:
        connection.execute(
            FLOOR_AUDIT.format(field=field, blank=blank),
            {"new": new, "at": stored_at, "before": before, "details": DETAILS},
        )
    connection.execute(
        FLOOR_ONE_AUDIT_ROW, {**one_row, "action": "carry_assessment", "details": DETAILS}
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    check_floor(path, before)
    return elapsed


def check_floor(path: Path, before: int) -> None:
    """That the floor did the work: every element carried and marked, and its trail chained."""
    from accredit_tracker.core.audit.chain import check_chain
    from accredit_tracker.core.storage.project import open_project

    with open_project(path) as project, project.session() as session:
        assert check_chain(session) is None, "the floor's audit trail does not chain"
    connection = sqlite3.connect(path)
    carried, marked, events = connection.execute(
        "SELECT (SELECT count(*) FROM element_assessment WHERE id > ?), "
        "(SELECT count(*) FROM carried_element), "
        "(SELECT count(*) FROM audit_event WHERE action = 'carry_element')",
        (before,),
    ).fetchone()
    connection.close()
    assert carried == marked and events == 3 * carried, (carried, marked, events)


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
