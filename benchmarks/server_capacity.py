"""What one hospital's shared project costs a PostgreSQL server: bytes per row and the reads
that grow with the audit trail, as the figures behind docs/scale.md.

In a fresh schema of the server at ``--url`` (or $ACCREDIT_TEST_POSTGRESQL; loopback only,
dropped at the end), a project is built through the app's own services: a library of
``--elements`` measurable elements (default 1,200) and ``--assessments`` assessments of it
(default 20: two a year for ten years). Then ``--audit-rows`` rows of audit trail (default
500,000: ten years of changes, see docs/scale.md) are copied in with psycopg's COPY, spread
over ten years, twenty officers and every element, and ``--evidence-mb`` megabytes of
evidence are stored through the app's ``attach_files`` (default 20, in 1 MB files).

It prints, per table, the rows and the bytes on disk with indexes (``pg_total_relation_size``)
and the bytes per row; then the time of the reads a window makes that grow with the trail
(best of 3): the change counter, the history window's newest 5,000 changes unfiltered and
filtered by officer and by text, and one element's history; and the checklist's read of one
assessment.

Usage: PYTHONPATH=src python benchmarks/server_capacity.py [--url URL] [--elements 1200]
       [--assessments 20] [--audit-rows 500000] [--evidence-mb 20]
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from import_speed import write_library  # this folder is on sys.path when run as a script
from shared_project_load import fresh_schema, loopback_only

TABLES = ("element_assessment", "audit_event", "evidence", "element_evidence", "evidence_chunk",
          "evidence_content", "measurable_element", "assessment")  # fmt: skip


def build(url: str, workdir: Path, args: argparse.Namespace) -> list[int]:
    """The project, through the app's services; returns the assessments' ids."""
    from accredit_tracker.core.assessment.assessments import create_assessment
    from accredit_tracker.core.storage.project import create_project
    from accredit_tracker.interchange.standards.importer import import_standards

    source = workdir / "library.xlsx"
    write_library(source, args.elements)
    assessments = []
    with closing(create_project(url, user="bench")) as project:
        report = import_standards(project, source, user="bench")
        for n in range(args.assessments):
            with project.transaction() as session:
                assessments.append(
                    create_assessment(
                        session, library_id=report.library_id, name=f"Survey {n + 1}", user="bench"
                    )
                )
        if args.evidence_mb:
            from accredit_tracker.core.evidence.attachments import attach_files

            with project.session() as session:
                first = session.execute(
                    text("SELECT id FROM element_assessment ORDER BY id LIMIT :n"),
                    {"n": args.evidence_mb},
                ).scalars()
                targets = list(first)
            for n, element in enumerate(targets):
                path = workdir / f"evidence-{n}.pdf"
                path.write_bytes(os.urandom(1024 * 1024))
                with project.transaction() as session:
                    attach_files(session, [path], [element], user="bench")
    return assessments


def copy_audit_rows(url: str, rows: int) -> None:
    """Ten years of changes by twenty officers to every element, copied in at once."""
    import psycopg

    address = make_url(url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(address) as connection:
        ids = [r[0] for r in connection.execute("SELECT id, assessment_id FROM element_assessment")]
        assessment_of = dict(connection.execute("SELECT id, assessment_id FROM element_assessment"))
        ten_years = 10 * 365 * 24 * 3600
        buffer = io.StringIO()
        for n in range(rows):
            element = ids[n % len(ids)]
            second = n * ten_years // rows
            buffer.write(
                f"2016-01-01 00:00:00+00\t{second}\tofficer-{n % 20:02d}\tupdate_element\t"
                f"element_assessment\t{element}\t{assessment_of[element]}\tresult\tnot_assessed\t"
                f"{'fully_met' if n % 3 else 'not_met'}\t\n"
            )
        buffer.seek(0)
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE TEMPORARY TABLE incoming (at timestamptz, seconds integer, "
                '"user" text, action text, entity text, entity_id integer, assessment_id integer, '
                "field text, old_value text, new_value text, details text)"
            )
            with cursor.copy("COPY incoming FROM STDIN") as copy:
                while chunk := buffer.read(1 << 20):
                    copy.write(chunk)
            cursor.execute(
                'INSERT INTO audit_event (at, "user", action, entity, entity_id, assessment_id, '
                "field, old_value, new_value, details) SELECT at + seconds * interval '1 second', "
                '"user", action, entity, entity_id, assessment_id, field, old_value, new_value, '
                "details FROM incoming ORDER BY at + seconds * interval '1 second'"
            )
        connection.execute("ANALYZE")


def sizes(url: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        print(f"\n{'table':<22} {'rows':>12} {'MB with indexes':>16} {'bytes a row':>12}")
        total = 0
        for table in TABLES:
            rows = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            size = connection.execute(
                text("SELECT pg_total_relation_size(to_regclass(:t))"), {"t": table}
            ).scalar_one()
            total += size
            per_row = f"{size / rows:,.0f}" if rows else "—"
            print(f"{table:<22} {rows:>12,} {size / 1e6:>16,.1f} {per_row:>12}")
        everything = connection.execute(
            text(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
            )
        ).scalar_one()
        print(f"{'the whole project':<22} {'':>12} {int(everything) / 1e6:>16,.1f}")
    engine.dispose()


def best(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def reads(url: str, assessment_id: int) -> None:
    from accredit_tracker.core.assessment.checklist import (
        change_counter,
        element_history,
        element_rows,
    )
    from accredit_tracker.core.audit.trail import TrailFilter, count_changes, newest_changes
    from accredit_tracker.core.storage.project import open_project

    with closing(open_project(url)) as project, project.session() as session:
        element = element_rows(session, assessment_id)[0].element_assessment_id
        timed = {
            "change counter (max audit id)": lambda: change_counter(session),
            "trail: newest 5,000": lambda: newest_changes(session, TrailFilter(), limit=5000),
            "trail: count all": lambda: count_changes(session, TrailFilter()),
            "trail: one officer, newest 5,000": lambda: newest_changes(
                session, TrailFilter(user="officer-07"), limit=5000
            ),
            "trail: text 'not_met', newest 5,000": lambda: newest_changes(
                session, TrailFilter(text="not met"), limit=5000
            ),
            "one element's history": lambda: element_history(session, element),
            "checklist: one assessment's rows": lambda: element_rows(session, assessment_id),
        }
        print(f"\n{'read (best of 3)':<40} {'ms':>8}")
        for name, action in timed.items():
            print(f"{name:<40} {best(action) * 1000:>8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("ACCREDIT_TEST_POSTGRESQL", ""))
    parser.add_argument("--elements", type=int, default=1200)
    parser.add_argument("--assessments", type=int, default=20)
    parser.add_argument("--audit-rows", type=int, default=500_000)
    parser.add_argument("--evidence-mb", type=int, default=20)
    args = parser.parse_args()
    if not args.url:
        raise SystemExit("no PostgreSQL server: give --url or set ACCREDIT_TEST_POSTGRESQL")
    with tempfile.TemporaryDirectory() as folder, fresh_schema(loopback_only(args.url)) as url:
        started = time.perf_counter()
        assessments = build(url, Path(folder), args)
        copy_audit_rows(url, args.audit_rows)
        print(f"Built in {time.perf_counter() - started:.1f} s: {args.elements:,} elements, "
              f"{args.assessments} assessments, {args.audit_rows:,} audit rows, "
              f"{args.evidence_mb} MB of evidence.")  # fmt: skip
        sizes(url)
        reads(url, assessments[-1])


if __name__ == "__main__":
    main()
