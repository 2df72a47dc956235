"""Standards import speed and memory against a floor measured in the same run.

For flat libraries of 1,200 and 120,000 measurable elements, and for outlines five levels deep
of 10,000 and 120,000 assessable rows (chapter, part, section, standard, element, with an
annotation and an implementation-group column kept as an attribute), written as .xlsx here, it
times:
- the floor: python-calamine reading every row of the file (and, for an outline, following its
  levels with a stack), plus raw ``sqlite3`` ``executemany`` of the same chapters, standards and
  elements into an empty project of the same schema;
- Accredit Tracker's real import (``import_standards``: read, validate, store in one transaction).
Each measurement runs in a fresh process so that its peak memory (max RSS) is its own.

Usage: python benchmarks/import_speed.py [--sizes 1200 120000] [--tree-sizes 10000 120000]
       [--repeat 3]
Goal: import time at most 1.5 × the floor at every size; peak memory under 400 MB at 120,000.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADER = ["Chapter", "Chapter title", "Standard", "Standard text", "ME", "Measurable element",
          "Typical evidence", "Tags"]  # fmt: skip
ELEMENTS_PER_STANDARD = 4
STANDARDS_PER_CHAPTER = 25


def write_library(path: Path, elements: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Standards")
    sheet.append(HEADER)
    for n in range(elements):
        s, e = divmod(n, ELEMENTS_PER_STANDARD)
        c, _ = divmod(s, STANDARDS_PER_CHAPTER)
        chapter = f"CH{c:03d}"
        standard = f"{chapter}.{s % STANDARDS_PER_CHAPTER + 1}"
        sheet.append(
            [chapter, f"Chapter {c} on patient care and safety", standard,
             f"The hospital has a process for topic {s} that staff follow consistently.", e + 1,
             f"Measurable element {e + 1} of {standard}: the process is documented, staff are "
             "trained, and compliance is monitored with data used for improvement.",
             "Policy; training records; audit results", "policy, training"]
        )  # fmt: skip
    workbook.save(path)


TREE_HEADER = ["assessable", "depth", "ref_id", "name", "description", "annotation",
               "implementation_groups"]  # fmt: skip
PARTS_PER_CHAPTER = 4
SECTIONS_PER_PART = 5
STANDARDS_PER_SECTION = 5


def write_tree(path: Path, elements: int) -> None:
    """An outline five levels deep, as compliance-framework libraries publish theirs."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("framework_content")
    sheet.append(TREE_HEADER)
    per_section = STANDARDS_PER_SECTION * ELEMENTS_PER_STANDARD
    per_part = SECTIONS_PER_PART * per_section
    per_chapter = PARTS_PER_CHAPTER * per_part
    for n in range(elements):
        chapter, part, section = n // per_chapter, n // per_part, n // per_section
        standard, element = divmod(n, ELEMENTS_PER_STANDARD)
        if n % per_chapter == 0:
            sheet.append(["", 1, f"C{chapter}", f"Chapter {chapter} on patient care", "", "", ""])
        if n % per_part == 0:
            sheet.append(["", 2, f"C{chapter}.P{part}", f"Part {part}", "", "", ""])
        if n % per_section == 0:
            sheet.append(["", 3, f"C{chapter}.P{part}.S{section}", f"Section {section}", "", "",
                          ""])  # fmt: skip
        code = f"C{chapter}.P{part}.S{section}.{standard}"
        if element == 0:
            sheet.append(["", 4, code, f"Standard {standard}",
                          f"The hospital has a process for topic {standard}.", "", ""])  # fmt: skip
        sheet.append(
            ["x", 5, f"{code}.{element + 1}", "",
             f"Requirement {element + 1} of {code}: the process is documented, staff are "
             "trained, and compliance is monitored with data used for improvement.",
             "Look for minutes of the last two reviews.", "IG1" if element % 2 else "IG2"]
        )  # fmt: skip
    workbook.save(path)


def tree_floor(source: str, project: str) -> None:
    """Raw calamine reading, levels followed with a stack, and raw sqlite3 inserts."""
    import sqlite3

    from python_calamine import CalamineWorkbook

    rows = iter(CalamineWorkbook.from_path(source).get_sheet_by_index(0).iter_rows())
    next(rows)
    chapters: list[tuple[int, str, str, int]] = []
    standards: list[tuple[int, int, str, str, str, int]] = []
    elements = []
    stack: list[str] = []
    for assessable, depth, code, name, text, annotation, groups in rows:
        level = int(depth)
        del stack[level - 1 :]
        stack.append(f"{code} {name}")
        if level == 1:
            chapters.append((len(chapters) + 1, code, name, len(chapters)))
        elif assessable:
            elements.append((1, len(standards), code, code, text, "", "", 1.0,
                             f"{code}\n{text}".casefold(), len(elements), "", annotation,
                             json.dumps({"implementation_groups": groups})))  # fmt: skip
        elif level == 4:
            standards.append((len(standards) + 1, len(chapters), code, f"{name}: {text}",
                              " / ".join(stack[1:3]), len(standards)))  # fmt: skip
    connection = sqlite3.connect(project)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")
    with connection:
        connection.execute(
            "INSERT INTO library (id, name, publisher, edition, imported_from, imported_at, "
            "imported_by) VALUES (1, 'x', '', '', '', '2026-01-01', '')"
        )
        connection.executemany(
            "INSERT INTO chapter (id, library_id, code, title, position) VALUES (?, 1, ?, ?, ?)",
            chapters,
        )
        connection.executemany(
            "INSERT INTO standard (id, library_id, chapter_id, code, text, section, position) "
            "VALUES (?, 1, ?, ?, ?, ?, ?)",
            standards,
        )
        connection.executemany(
            "INSERT INTO measurable_element (library_id, standard_id, number, code, text, "
            "typical_evidence, tags, weight, search_key, position, section_path, guidance, "
            "attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            elements,
        )
    connection.close()


def floor(source: str, project: str) -> None:
    """Raw calamine reading plus raw sqlite3 inserts of the same rows: the least work possible."""
    import sqlite3

    from python_calamine import CalamineWorkbook

    rows = iter(CalamineWorkbook.from_path(source).get_sheet_by_index(0).iter_rows())
    next(rows)
    chapters: dict[str, int] = {}
    standards: dict[str, tuple[int, int]] = {}  # code → (id, chapter id)
    elements = []
    for chapter, _title, standard, _text, number, element, evidence, tags in rows:
        chapter_id = chapters.setdefault(chapter, len(chapters) + 1)
        standard_id, _ = standards.setdefault(standard, (len(standards) + 1, chapter_id))
        code = f"{standard} ME {int(number)}"
        elements.append((1, standard_id, str(int(number)), code, element, evidence, tags, 1.0,
                         code.casefold(), len(elements)))  # fmt: skip
    connection = sqlite3.connect(project)
    # The project's own connection settings, so that both sides check the same constraints
    # and commit as durably.
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")
    with connection:
        connection.execute(
            "INSERT INTO library (id, name, publisher, edition, imported_from, imported_at, "
            "imported_by) VALUES (1, 'x', '', '', '', '2026-01-01', '')"
        )
        connection.executemany(
            "INSERT INTO chapter (id, library_id, code, title, position) VALUES (?, 1, ?, '', ?)",
            [(i, code, i) for code, i in chapters.items()],
        )
        connection.executemany(
            "INSERT INTO standard (id, library_id, chapter_id, code, text, section, position) "
            "VALUES (?, 1, ?, ?, '', '', ?)",
            [(i, chapter_id, code, i) for code, (i, chapter_id) in standards.items()],
        )
        connection.executemany(
            "INSERT INTO measurable_element (library_id, standard_id, number, code, text, "
            "typical_evidence, tags, weight, search_key, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            elements,
        )
    connection.close()


def ours(source: str, project: str) -> None:
    from accredit_tracker.interchange.standards.importer import import_standards

    import_standards(OPENED[project], Path(source), user="benchmark")


# Projects opened (and shown) before the clock starts: opening is not importing.
OPENED: dict[str, Any] = {}


def measure(kind: str, source: Path, workdir: Path) -> dict[str, float]:
    """Run one measurement in a child process; returns seconds and peak RSS in MB."""
    from accredit_tracker.core.storage.project import create_project

    project = workdir / f"{kind}-{time.monotonic_ns()}.accredit"
    create_project(project, user="benchmark").close()
    if kind == "ours":
        create_project(Path(str(project).replace(".accredit", "-again.accredit"))).close()
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(source), str(project)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(output))


def child(kind: str, source: str, project: str) -> None:
    import accredit_tracker.interchange.standards.importer  # noqa: F401  (imports are not timed)

    if kind == "ours":
        from accredit_tracker.core.library.libraries import library_counts
        from accredit_tracker.core.storage.project import open_project

        OPENED[project] = opened = open_project(Path(project))
        # What the app does when it shows a project, long before the user imports into it.
        with opened.session() as session:
            library_counts(session)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    {"floor": floor, "tree-floor": tree_floor, "ours": ours}[kind](source, project)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"seconds": seconds, "peak_mb": peak, "baseline_mb": baseline}
    if kind == "ours":
        # The same import again in the same process, as a second import in a running app:
        # statements are compiled and caches are warm.
        second = project.replace(".accredit", "-again.accredit")
        OPENED[second] = open_project(Path(second))
        started = time.perf_counter()
        ours(source, second)
        figures["warm_seconds"] = time.perf_counter() - started
    print(json.dumps(figures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1200, 120_000])
    parser.add_argument("--tree-sizes", type=int, nargs="*", default=[10_000, 120_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best counts")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"{'shape':>7} {'elements':>9} {'floor s':>8} {'import s':>9} {'ratio':>6} "
          f"{'warm s':>7} {'ratio':>6} {'floor MB':>9} {'import MB':>10} "
          f"{'import Δ MB':>12}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        cases = [("flat", size) for size in args.sizes]
        cases += [("tree", size) for size in args.tree_sizes]
        for shape, size in cases:
            source = workdir / f"{shape}-{size}.xlsx"
            (write_library if shape == "flat" else write_tree)(source, size)
            kind = "floor" if shape == "flat" else "tree-floor"
            floors = [measure(kind, source, workdir) for _ in range(args.repeat)]
            imports = [measure("ours", source, workdir) for _ in range(args.repeat)]
            best_floor = min(floors, key=lambda r: r["seconds"])
            best = min(imports, key=lambda r: r["seconds"])
            warm = min(r["warm_seconds"] for r in imports)
            peak_floor = max(r["peak_mb"] for r in floors)
            peak = max(r["peak_mb"] for r in imports)
            delta = max(r["peak_mb"] - r["baseline_mb"] for r in imports)
            print(
                f"{shape:>7} {size:>9,} {best_floor['seconds']:>8.3f} {best['seconds']:>9.3f} "
                f"{best['seconds'] / best_floor['seconds']:>5.2f}× "
                f"{warm:>7.3f} {warm / best_floor['seconds']:>5.2f}× "
                f"{peak_floor:>9.0f} {peak:>10.0f} {delta:>12.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
