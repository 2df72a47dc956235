"""Reading the coverage of one library by another through a mapping, and writing it to a
workbook, at the size of a large library.

The project of ``carry_speed``: a library imported for real in two editions, an assessment of
the first with every element given a result, and an equal mapping of every element to its
namesake. It times, each the best of ``--repeat`` runs:

- ``coverage``: every target element with the source element bearing on it and its result,
  and the unmapped elements of both libraries, read in one session;
- ``write_coverage_report``: the same, written to an .xlsx file (three sheets).

Usage: PYTHONPATH=src python benchmarks/coverage_speed.py [--elements 120000] [--repeat 3]
Goal: under 1 s to read and 3 s to write at 1,200 elements; under 10 s and 60 s at 120,000.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from carry_speed import build_project  # this folder is on sys.path as a script

GOALS = {1_200: (1.0, 3.0), 120_000: (10.0, 60.0)}
"""Elements → the most seconds reading and writing may take."""


def main() -> None:
    from accredit_tracker.core.crosswalk.coverage import coverage
    from accredit_tracker.core.storage.project import open_project
    from accredit_tracker.interchange.crosswalk.coverage_report import write_coverage_report

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--elements", type=int, default=120_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="coverage-speed-"))
    try:
        print(f"Building a project of 2 × {args.elements:,} elements …", file=sys.stderr)
        path, survey, mapping = build_project(workdir, args.elements)
        best: dict[str, float] = {}
        with open_project(path) as project:
            for _run in range(args.repeat):
                start = time.perf_counter()
                found = project.read(coverage, mapping, survey)
                read = time.perf_counter() - start
                assert len(found.targets) == args.elements and not found.unmapped_sources
                start = time.perf_counter()
                write_coverage_report(project, mapping, survey, workdir / "coverage.xlsx")
                written = time.perf_counter() - start
                best["read"] = min(best.get("read", read), read)
                best["write"] = min(best.get("write", written), written)
        goal = GOALS.get(min(GOALS, key=lambda size: abs(size - args.elements)))
        print(f"elements               {args.elements:>10,}")
        print(f"coverage (read)        {best['read']:>10.2f} s   goal {goal[0]:.0f} s")
        print(f"write_coverage_report  {best['write']:>10.2f} s   goal {goal[1]:.0f} s")
        over = best["read"] > goal[0] or best["write"] > goal[1]
        print("OVER the goal" if over else "within the goal")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
