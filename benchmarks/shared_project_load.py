"""Twenty officers editing one shared project at once: throughput, latency and lost updates.

A project holding a library of ``--elements`` measurable elements (default 1,200; the .xlsx is
written with ``import_speed.write_library`` and imported for real) and one assessment is built
on PostgreSQL, in a fresh schema of the server at ``--url`` (or $ACCREDIT_TEST_POSTGRESQL)
dropped at the end, and, for comparison, in a SQLite project file in a temp folder. On each,
``--workers`` processes (default 20, started with multiprocessing's spawn) open the project
themselves, wait for each other, then for ``--seconds`` (default 20) each loop:

- pick a random element assessment and read its version and result (a short read of its own,
  as an officer's window shows the element);
- set a different random result through the real service, ``update_elements`` with
  ``ElementChange(id, {"result": ...}, expected_version=version)``, in one transaction, and
  read the row back in it to see whether the change is the worker's own.

Each committed change counts as accepted, with its latency (from the transaction's start to
the commit's return). ``EditConflict`` (another officer saved the element after it was read)
is a refusal, the correct behaviour, not an error. A change that finds the element already
holding that result stores nothing and counts as "already so". Database errors (SQLite's
"database is locked", say) count apart, by message.

The floor runs the same loop from the same number of processes, with the plain driver
(``psycopg`` or ``sqlite3``) and the project's settings: a plain ``SELECT`` of the version,
then one ``UPDATE element_assessment SET result, version, updated_at, updated_by WHERE id = ?
AND version = ?`` and a commit. A second floor adds the audit ``INSERT`` every change must
write in its transaction.

On PostgreSQL the app's loop then runs once more while a checklist window of the app, in the
script's own process (offscreen), has the project open and hears the server's change notices:
for every accepted change, the time from its commit returning (the wall clock, shared by the
processes) to its row being in that window's table (painted in the same pass of the event
loop) gives the delay another officer sees, printed as median, 95th percentile and worst.
A change overtaken by a later change to the same element before it was shown is counted apart.

Then the script checks that no update was lost. Every change a worker reports as accepted
(element, new version, result, officer) must be in the audit trail: the element's
"update_element" / "result" rows, in insertion order, are its versions 2, 3, …, so version v
is the (v - 1)-th row and must carry that result and officer. Every element's stored version
must be one more than its number of audit rows, and its stored result and version those of
its last accepted change. It prints "lost updates: 0" or each lost change, and exits with
status 1 when any is lost.

All traffic goes to a server on the loopback interface (the script refuses any other host) and
the script stops by itself.

Usage: PYTHONPATH=src python benchmarks/shared_project_load.py [--url URL] [--seconds 20]
       [--workers 20] [--elements 1200] [--backends postgresql sqlite]
Goal: accepted changes/s at least half the floor with audit inserts; p99 latency under 1 s;
no lost updates, ever; another officer's change shown within 0.5 s.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from import_speed import write_library  # this folder is on sys.path as a script

RESULTS = ("fully_met", "partially_met", "not_met", "not_applicable", "not_assessed")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
START_TIMEOUT_S = 300


class Accepted(NamedTuple):
    """A change a worker saw committed: the element's new version, its result, who made it."""

    element_id: int
    version: int
    result: str
    user: str


# The workers: each runs in its own spawned process and puts one report on the queue.


def app_worker(
    number: int, target: str, ids: list[int], seconds: float, barrier: Any, queue: Any
) -> None:
    """One officer saving results through ``update_elements`` for ``seconds``."""
    from sqlalchemy.exc import DBAPIError

    from accredit_tracker.core.assessment.assessments import (
        EditConflict,
        ElementChange,
        update_elements,
    )
    from accredit_tracker.core.storage.models import ElementAssessment
    from accredit_tracker.core.storage.project import open_project
    from accredit_tracker.core.vocabulary import Result

    user = f"officer-{number:02d}"
    table = ElementAssessment.__table__  # type: ignore[attr-defined]
    read = select(table.c.version, table.c.result)
    read_back = select(table.c.version, table.c.updated_by)
    chance = random.Random(number)
    project = open_project(Path(target) if "://" not in target else target)
    accepted: list[Accepted] = []
    latencies: list[float] = []
    committed_at: list[float] = []  # the wall clock as each accepted commit returned
    counts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    barrier.wait(START_TIMEOUT_S)
    started = time.monotonic()
    deadline = started + seconds
    while time.monotonic() < deadline:
        element_id = chance.choice(ids)
        try:
            with project.session() as session:
                version, current = session.execute(read.where(table.c.id == element_id)).one()
            new = Result(chance.choice([r for r in RESULTS if r != current]))
            change = ElementChange(element_id, {"result": new}, expected_version=version)
            clock = time.perf_counter()
            with project.transaction() as session:
                update_elements(session, [change], user=user)
                stored = session.execute(read_back.where(table.c.id == element_id)).one()
            elapsed = time.perf_counter() - clock
            wall = time.time()
        except EditConflict:
            counts["refused"] += 1
            continue
        except DBAPIError as error:
            errors[_first_line(error.orig or error)] += 1
            continue
        if tuple(stored) == (version + 1, user):
            accepted.append(Accepted(element_id, version + 1, new.value, user))
            latencies.append(elapsed)
            committed_at.append(wall)
        else:
            counts["already so"] += 1
    elapsed_total = time.monotonic() - started
    project.close()
    queue.put(
        {"accepted": accepted, "latencies": latencies, "counts": counts, "errors": errors,
         "seconds": elapsed_total, "committed_at": committed_at}
    )  # fmt: skip


def floor_worker(
    number: int,
    target: str,
    ids: list[int],
    seconds: float,
    barrier: Any,
    queue: Any,
    with_audit: bool,
) -> None:
    """The same loop with the plain driver: a SELECT, one guarded UPDATE (and, with
    ``with_audit``, the audit INSERT) and a commit."""
    user = f"floor-{number:02d}"
    if "://" in target:
        import psycopg

        url = make_url(target)
        schema = str(url.query["options"]).removeprefix("-csearch_path=")
        connection: Any = psycopg.connect(
            host=url.host, port=url.port, user=url.username, password=url.password,
            dbname=url.database, options=f"-csearch_path={schema}",
        )  # fmt: skip
        mark = "%s"
        driver_error: type[Exception] = psycopg.Error
    else:
        connection = sqlite3.connect(target, timeout=5.0)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        mark = "?"
        driver_error = sqlite3.Error
    read = f"SELECT version, result FROM element_assessment WHERE id = {mark}"
    update = (
        f"UPDATE element_assessment SET result = {mark}, version = {mark}, updated_at = {mark}, "
        f"updated_by = {mark} WHERE id = {mark} AND version = {mark}"
    )
    audit = (
        'INSERT INTO audit_event (at, "user", action, entity, entity_id, assessment_id, field, '
        f"old_value, new_value, details) VALUES ({mark}, {mark}, 'update_element', "
        f"'element_assessment', {mark}, 1, 'result', {mark}, {mark}, '')"
    )
    chance = random.Random(1000 + number)
    latencies: list[float] = []
    counts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    barrier.wait(START_TIMEOUT_S)
    started = time.monotonic()
    deadline = started + seconds
    while time.monotonic() < deadline:
        element_id = chance.choice(ids)
        try:
            version, current = connection.execute(read, (element_id,)).fetchone()
            connection.commit()
            new = chance.choice([r for r in RESULTS if r != current])
            at: Any = datetime.now(UTC)
            if mark == "?":
                at = at.strftime("%Y-%m-%d %H:%M:%S.%f")
            clock = time.perf_counter()
            changed = connection.execute(
                update, (new, version + 1, at, user, element_id, version)
            ).rowcount
            if changed and with_audit:
                connection.execute(audit, (at, user, element_id, current, new))
            connection.commit()
            elapsed = time.perf_counter() - clock
        except driver_error as error:
            connection.rollback()
            errors[_first_line(error)] += 1
            continue
        if changed:
            counts["accepted"] += 1
            latencies.append(elapsed)
        else:
            counts["refused"] += 1
    elapsed_total = time.monotonic() - started
    connection.close()
    queue.put(
        {"accepted": [], "latencies": latencies, "counts": counts, "errors": errors,
         "seconds": elapsed_total}
    )  # fmt: skip


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0][:100] if str(error).strip() else type(error).__name__


# Running the workers


class Run(NamedTuple):
    accepted: list[Accepted]
    latencies: list[float]
    counts: Counter[str]
    errors: Counter[str]
    seconds: float
    committed_at: list[float]  # for each accepted change, the wall clock at its commit

    @property
    def committed(self) -> int:
        return len(self.latencies)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_workers(
    workers: int,
    target: str,
    ids: list[int],
    seconds: float,
    waiting: Callable[[], None] | None = None,
    **kind: Any,
) -> Run:
    """Start ``workers`` spawned processes of the floor (``with_audit`` given) or the app, let
    them go together once all are ready, and gather their reports; ``waiting`` is called
    again and again meanwhile (a window's event loop runs in it)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers + 1)
    queue = context.Queue()
    function = floor_worker if kind else app_worker
    processes = [
        context.Process(
            target=function, args=(n, target, ids, seconds, barrier, queue), kwargs=kind
        )
        for n in range(1, workers + 1)
    ]
    for process in processes:
        process.start()
    try:
        barrier.wait(START_TIMEOUT_S)
        if waiting is None:
            reports = [queue.get(timeout=seconds + 120) for _ in processes]
        else:
            reports = []
            deadline = time.monotonic() + seconds + 120
            while len(reports) < len(processes) and time.monotonic() < deadline:
                waiting()
                while not queue.empty():
                    reports.append(queue.get())
            if len(reports) < len(processes):
                raise TimeoutError("the workers did not report")
    finally:
        for process in processes:
            # A window's event loop keeps running while the workers end: joining them
            # outright would hold back the last changes' notices for seconds.
            deadline = time.monotonic() + 30
            while process.is_alive() and time.monotonic() < deadline:
                if waiting is None:
                    process.join(timeout=deadline - time.monotonic())
                else:
                    waiting()
                    process.join(timeout=0)
            if process.is_alive():
                process.terminate()
    run = Run([], [], Counter(), Counter(), 0.0, [])
    for report in reports:
        run.accepted.extend(report["accepted"])
        run.latencies.extend(report["latencies"])
        run.committed_at.extend(report.get("committed_at", []))
        run.counts.update(report["counts"])
        run.errors.update(report["errors"])
    return run._replace(seconds=max(report["seconds"] for report in reports))


# The project on each database


def loopback_only(url: str) -> str:
    host = make_url(url).host or ""
    if host not in LOOPBACK:
        raise SystemExit(
            f"refusing {host!r}: the benchmark loads its server with many connections, so it "
            "only runs against a server on 127.0.0.1"
        )
    return url


@contextmanager
def fresh_schema(server: str) -> Iterator[str]:
    """A URL whose tables go to a new, empty schema of the server, dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url: URL = make_url(server).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text("SET lock_timeout = '10s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def build_project(target: Path | str, source: Path) -> list[int]:
    """The benchmark project at ``target``, built through the app's own import and assessment
    services; returns its element assessments' ids."""
    from accredit_tracker.core.assessment.assessments import create_assessment
    from accredit_tracker.core.storage.models import ElementAssessment
    from accredit_tracker.core.storage.project import create_project
    from accredit_tracker.interchange.standards.importer import import_standards

    with closing(create_project(target, user="bench")) as project:
        report = import_standards(project, source, user="bench")
        with project.transaction() as session:
            assessment_id = create_assessment(
                session, library_id=report.library_id, name="Shared survey", user="bench"
            )
            table = ElementAssessment.__table__  # type: ignore[attr-defined]
            return list(
                session.execute(
                    select(table.c.id).where(table.c.assessment_id == assessment_id)
                ).scalars()
            )


def lost_updates(target: Path | str, accepted: list[Accepted]) -> list[str]:
    """Every accepted change that the audit trail or the stored element does not show."""
    from accredit_tracker.core.storage.models import AuditEvent, ElementAssessment
    from accredit_tracker.core.storage.project import open_project

    audit = AuditEvent.__table__  # type: ignore[attr-defined]
    elements = ElementAssessment.__table__  # type: ignore[attr-defined]
    trails: dict[int, list[tuple[str, str | None]]] = {}
    with closing(open_project(target)) as project, project.session() as session:
        rows = session.execute(
            select(audit.c.entity_id, audit.c.user, audit.c.new_value)
            .where(audit.c.entity == "element_assessment")
            .where(audit.c.action == "update_element")
            .where(audit.c.field == "result")
            .order_by(audit.c.id)
        )
        for element_id, user, new_value in rows:
            trails.setdefault(element_id, []).append((user, new_value))
        stored = {
            element_id: (version, result)
            for element_id, version, result in session.execute(
                select(elements.c.id, elements.c.version, elements.c.result)
            )
        }
    problems: list[str] = []
    last: dict[int, Accepted] = {}
    for change in sorted(accepted, key=lambda c: (c.element_id, c.version)):
        trail = trails.get(change.element_id, [])
        position = change.version - 2  # version 1 is the new assessment's, with no audit row
        if not 0 <= position < len(trail) or trail[position] != (change.user, change.result):
            found = trail[position] if 0 <= position < len(trail) else "no row"
            problems.append(f"{change}: not in the audit trail (its row there: {found})")
        previous = last.get(change.element_id)
        if previous is not None and previous.version == change.version:
            problems.append(f"{change} and {previous}: both accepted at the same version")
        last[change.element_id] = change
    for element_id, (version, result) in stored.items():
        trail = trails.get(element_id, [])
        if version != len(trail) + 1:
            problems.append(
                f"element assessment {element_id}: version {version} but {len(trail)} audit rows"
            )
        final = last.get(element_id)
        if final is not None and (version, result) != (final.version, final.result):
            problems.append(
                f"element assessment {element_id}: stores {str(result)!r} at version {version}, "
                f"but the last accepted change is {final}"
            )
    return problems


def server_settings(url: str) -> str:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            values = [
                connection.execute(text(f"SHOW {name}")).scalar_one()
                for name in ("fsync", "synchronous_commit")
            ]
    finally:
        engine.dispose()
    return f"fsync = {values[0]}, synchronous_commit = {values[1]}"


# Another officer's window


class BareListener:
    """The floor of being told: a plain psycopg connection listening on the project's
    channel in a thread of this process and, after each batch of notices, a plain SELECT of
    the named elements' result and version on a second connection; it notes when each
    element's row was read."""

    def __init__(self, url: str) -> None:
        import threading

        import psycopg

        from accredit_tracker.core.storage.change_notices import ChangeNotice, channel

        self.heard: list[tuple[float, frozenset[int] | None]] = []
        self._stop = threading.Event()
        address = make_url(url).set(drivername="postgresql").render_as_string(False)
        connection = psycopg.connect(address, autocommit=True)
        reader = psycopg.connect(address, autocommit=True)
        schema = connection.execute("SELECT current_schema()").fetchone()
        assert schema is not None
        connection.execute(f'LISTEN "{channel(str(schema[0]))}"')
        read = "SELECT id, result, version FROM element_assessment"

        def listen() -> None:
            while not self._stop.is_set():
                batch = [n.payload for n in connection.notifies(timeout=0.1, stop_after=1)]
                batch += [n.payload for n in connection.notifies(timeout=0)]
                named: set[int] = set()
                everything = False
                for payload in batch:
                    ids = ChangeNotice.from_payload(payload).ids
                    if ids is None:
                        everything = True
                    else:
                        named |= ids
                if everything:
                    reader.execute(read).fetchall()
                elif named:
                    reader.execute(read + " WHERE id = ANY(%s)", (sorted(named),)).fetchall()
                else:
                    continue
                self.heard.append((time.time(), None if everything else frozenset(named)))
            connection.close()
            reader.close()

        self._thread = threading.Thread(target=listen, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def delays(self, run: Run) -> Iterator[float]:
        """For each accepted change, from its commit to the first read of its element after
        a notice (the server sends the notice as the commit ends, a moment before the client
        hears that the commit is done, so a read up to 50 ms before counts)."""
        for change, at in zip(run.accepted, run.committed_at, strict=True):
            heard = next(
                (
                    when
                    for when, named in self.heard
                    if when >= at - 0.05 and (named is None or change.element_id in named)
                ),
                None,
            )
            if heard is not None:
                yield max(heard - at, 0.0)


def shown_in_another_window(url: str, ids: list[int], args: argparse.Namespace) -> None:
    """Run the app's workers again while a checklist window (this process, offscreen) has the
    project open, and print how long each accepted change took from its commit to being in
    that window's table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from accredit_tracker.core.storage.models import Assessment
    from accredit_tracker.core.storage.project import open_project
    from accredit_tracker.ui.checklist.view import ChecklistView

    application = QApplication.instance() or QApplication(sys.argv[:1])

    def spin(ms: int = 50) -> None:
        """Run the window's event loop for ``ms`` (it sleeps while nothing happens)."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    project = open_project(url)
    with project.session() as session:
        assessment_id = session.execute(select(Assessment.id)).scalar_one()  # type: ignore[call-overload]
    view = ChecklistView(project, assessment_id, "watching officer", QUndoStack())
    view.resize(1280, 720)
    view.show()
    deadline = time.monotonic() + 10
    while not view.listening and time.monotonic() < deadline:
        spin()
    if not view.listening:
        print(f"  another window: no change notices ({view.watching_reason}); not measured")
        return
    shown: dict[tuple[int, int], float] = {}
    replace_rows = view.model.replace_rows

    def noting_when_shown(rows: list[Any]) -> None:
        replace_rows(rows)
        now = time.time()
        for row in rows:
            shown.setdefault((row.element_assessment_id, row.version), now)

    view.model.replace_rows = noting_when_shown  # type: ignore[method-assign]
    floor = BareListener(url)
    run = run_workers(args.workers, url, ids, args.seconds, waiting=spin)
    spin(2000)  # the last notices
    floor.stop()
    floor_delays = sorted(floor.delays(run))
    delays = sorted(
        shown[(change.element_id, change.version)] - at
        for change, at in zip(run.accepted, run.committed_at, strict=True)
        if (change.element_id, change.version) in shown
    )
    latest: dict[int, int] = {}
    for change in run.accepted:
        latest[change.element_id] = max(latest.get(change.element_id, 0), change.version)
    never = [
        (element, version) for element, version in latest.items() if (element, version) not in shown
    ]
    polled = view._poll.isActive()
    view.stop_watching()
    view.close()
    project.close()
    application.processEvents()
    if not delays:
        print("  another window: no change was shown")
        return
    print(f"  commit → shown in another window ({args.workers} officers saving):")
    print(f"  {'':<28} {'changes':>8} {'median':>8} {'p95':>8} {'worst':>8}")
    for name, figures in (
        ("floor: LISTEN + SELECT", floor_delays),
        ("app: checklist window", delays),
    ):
        if figures:
            print(
                f"  {name:<28} {len(figures):>8,} {figures[len(figures) // 2] * 1000:>5.0f} ms "
                f"{figures[int(0.95 * (len(figures) - 1))] * 1000:>5.0f} ms "
                f"{figures[-1] * 1000:>5.0f} ms"
            )
    print(
        f"  {len(run.accepted) - len(delays):,} of {len(run.accepted):,} changes were overtaken "
        f"by a later change to the same element before they were shown; last changes never "
        f"shown: {len(never)}; polling while notices arrive: {'yes' if polled else 'no'}"
    )


# Report


def print_run(name: str, run: Run, floor_rate: float | None) -> None:
    rate = run.committed / run.seconds
    ratio = f"{rate / floor_rate:6.2f} ×" if floor_rate else "   floor"
    errors = sum(run.errors.values())
    print(
        f"  {name:<28} {rate:8.1f}/s {ratio}  refused {run.counts['refused']:6d}  "
        f"errors {errors:5d}  p50 {run.percentile(0.5) * 1000:7.1f} ms  "
        f"p99 {run.percentile(0.99) * 1000:7.1f} ms"
    )
    if run.counts["already so"]:
        print(f"  {'':<28} already so (nothing to store): {run.counts['already so']}")
    for message, count in run.errors.most_common(3):
        print(f"  {'':<28} {count} × {message}")


def measure(backend: str, target: Path | str, source: Path, args: argparse.Namespace) -> list[str]:
    """Build the project at ``target``, run the app and both floors on it, print the figures;
    returns the lost updates."""
    clock = time.perf_counter()
    ids = build_project(target, source)
    print(f"\n{backend}: {len(ids):,} element assessments, built in "
          f"{time.perf_counter() - clock:.1f} s; {args.workers} processes × "
          f"{args.seconds:g} s each")  # fmt: skip
    if isinstance(target, str):
        print(f"  server: {server_settings(target)}")
    app = run_workers(args.workers, str(target), ids, args.seconds)
    lost = lost_updates(target, app.accepted)
    floor = run_workers(args.workers, str(target), ids, args.seconds, with_audit=False)
    floor_audit = run_workers(args.workers, str(target), ids, args.seconds, with_audit=True)
    floor_rate = floor.committed / floor.seconds
    print(f"  {'':<28} {'accepted':>10} {'÷ floor':>8}")
    print_run("floor: UPDATE", floor, None)
    print_run("floor: UPDATE + audit INSERT", floor_audit, floor_rate)
    print_run("app: update_elements", app, floor_rate)
    audit_rate = floor_audit.committed / floor_audit.seconds
    if audit_rate:
        ratio = app.committed / app.seconds / audit_rate
        print(f"  {'':<28} app ÷ floor with audit: {ratio:.2f} ×")
    print(f"  checked {len(app.accepted):,} accepted changes against the audit trail")
    print(f"  lost updates: {len(lost)}")
    for problem in lost[:50]:
        print(f"    {problem}")
    if isinstance(target, str):
        shown_in_another_window(target, ids, args)
    return lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--url",
        default=os.environ.get("ACCREDIT_TEST_POSTGRESQL", ""),
        help="a PostgreSQL server on 127.0.0.1 (default: $ACCREDIT_TEST_POSTGRESQL)",
    )
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--elements", type=int, default=1200)
    parser.add_argument(
        "--backends", nargs="+", choices=("postgresql", "sqlite"), default=["postgresql", "sqlite"]
    )
    args = parser.parse_args()
    if "postgresql" in args.backends and not args.url:
        raise SystemExit("no PostgreSQL server: give --url or set ACCREDIT_TEST_POSTGRESQL")
    lost: list[str] = []
    with tempfile.TemporaryDirectory(prefix="accredit-shared-") as folder:
        workdir = Path(folder)
        source = workdir / f"library-{args.elements}.xlsx"
        write_library(source, args.elements)
        for backend in args.backends:
            if backend == "postgresql":
                with fresh_schema(loopback_only(args.url)) as url:
                    lost += measure(backend, url, source, args)
            else:
                lost += measure(backend, workdir / "shared.accredit", source, args)
    sys.exit(1 if lost else 0)


if __name__ == "__main__":
    main()
