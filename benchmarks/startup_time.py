"""Start-up time with the demo project open, against a floor that carries the project's data stack.

Each start is a fresh child process, timed in this process with ``time.perf_counter()`` from
just before it is started to its exit (best of ``--repeat``, after one untimed warm-up start of
each kind so that bytecode caches and the OS file cache are warm for both):

- bare-Qt floor (for information): a script that imports PySide6.QtWidgets and sqlalchemy,
  shows an empty QMainWindow, runs the event loop until the window has been painted, and exits;
- floor (the goal's): the same, importing ``accredit_tracker.core.storage.models``, which
  declares the project's tables with the data layer DESIGN.md prescribes (SQLModel,
  SQLAlchemy's ORM, pydantic), instead of bare sqlalchemy. The app must carry that stack, so
  the goal is measured against it; the bare-Qt floor splits the gap between the data stack and
  the app's own work;
- app: ``accredit_tracker.app.main([<demo project path>])``, the real entry point (logging,
  translator, settings, main window, open the project), with the event loop running until the
  element table of the checklist has been painted, then ``app.quit()``;
- app --demo: the same with ``main(["--demo"])``, the way the Start menu entry opens the demo.
The demo project is created once beforehand (``ensure_demo_project()``, not timed) in a temp
folder named by ``ACCREDIT_DATA_DIR``; settings and logs also go to temp folders
(``XDG_CONFIG_HOME``, ``ACCREDIT_LOG_DIR``), so the user's own are never touched. Both kinds
watch for the paint with the same application-wide event filter. Qt runs headless
(``QT_QPA_PLATFORM=offscreen``) unless ``--platform`` says otherwise.

It then runs the app child once under ``python -X importtime`` and lists the most expensive
imports, so that it is clear what to make lazy: the top-level imports of the child, the
packages (first import of each top-level name) with the chain of modules that imported them,
and whether spreadsheet, XML, migration and validation libraries load at start-up.

Usage: PYTHONPATH=src python benchmarks/startup_time.py [--repeat 5] [--top 10]
Goal: app start-up within 1.3 × the floor with the project's tables.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

GOAL = 1.3
BARE_FLOOR = "bare-Qt floor: PySide6 + SQLAlchemy"
DATA_FLOOR = "floor: + SQLModel, the project's tables"
SOURCE = Path(__file__).resolve().parents[1] / "src"
# Libraries whose cost at start-up is worth knowing: the spreadsheet, XML and migration ones
# are only needed to import, export or migrate; SQLModel brings pydantic along.
WATCHED = ("openpyxl", "python_calamine", "lxml", "defusedxml", "et_xmlfile", "alembic", "mako",
           "pydantic", "pydantic_core", "sqlmodel", "sqlalchemy", "platformdirs", "csv", "zipfile",
           "xml", "accredit_tracker.interchange", "accredit_tracker.demo")  # fmt: skip

_PAINT_WATCH = '''
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class PaintWatch(QObject):
    """Quits once ``painted(widget)`` holds for a widget that has just been painted."""

    def __init__(self, painted):
        super().__init__()
        self.painted = painted
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint and self.painted(watched):
            self.done = True
            QTimer.singleShot(0, QApplication.quit)  # after this paint has finished
        return False
'''

FLOOR_CHILD = (
    _PAINT_WATCH
    + """
import sqlalchemy  # noqa: F401  (the floor pays for the same database library)
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
watch = PaintWatch(lambda widget: widget is window)
app.installEventFilter(watch)
window.resize(1280, 720)
window.show()
app.exec()
window.close()
"""
)

# The goal's floor: the same window with the data layer DESIGN.md prescribes, the project's
# SQLModel tables, which bring SQLAlchemy's ORM and pydantic.
DATA_FLOOR_CHILD = FLOOR_CHILD.replace(
    "import sqlalchemy  # noqa: F401  (the floor pays for the same database library)",
    "import accredit_tracker.core.storage.models  # noqa: F401",
)
assert DATA_FLOOR_CHILD != FLOOR_CHILD

APP_CHILD = (
    _PAINT_WATCH
    + """
from PySide6.QtWidgets import QTableView


def checklist_painted(widget):
    table = widget.parent()
    return (
        isinstance(table, QTableView)
        and table.objectName() == "elementTable"
        and table.model().rowCount() > 0
    )


app = QApplication(sys.argv[:1])  # main() uses the running application
watch = PaintWatch(checklist_painted)
app.installEventFilter(watch)
from accredit_tracker.app import main  # noqa: E402

main(sys.argv[1:])
if not watch.done:
    sys.exit("The checklist was never painted.")
"""
)


def child_environment(workdir: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    # Compiled bytecode is kept, as an installed wheel or the bundle has it: without it every
    # start would compile the app's own modules from source (the floor's libraries have
    # theirs), which no user's start pays. It goes to a folder of the run, not the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM=platform,
        ACCREDIT_DATA_DIR=str(workdir / "data"),
        ACCREDIT_LOG_DIR=str(workdir / "logs"),
        XDG_CONFIG_HOME=str(workdir / "config"),
        PYTHONPATH=os.pathsep.join(p for p in (str(SOURCE), env.get("PYTHONPATH", "")) if p),
        PYTHONPYCACHEPREFIX=str(workdir / "bytecode"),
    )
    return env


def start(code: str, args: list[str], env: dict[str, str], flags: list[str] | None = None) -> float:
    """Seconds from starting a child process to its exit; it must succeed."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *(flags or []), "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"The child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return seconds


# Reading -X importtime


def import_times(code: str, args: list[str], env: dict[str, str]) -> list[ImportLine]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"The import-time run failed:\n{done.stderr[-3000:]}")
    return parse_importtime(done.stderr)


@dataclass
class ImportLine:
    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: ImportLine | None = None
    children: list[ImportLine] = field(default_factory=list)

    def chain(self) -> list[str]:
        names, node = [], self.parent
        while node is not None:
            names.append(node.name)
            node = node.parent
        return names[::-1]


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def parse_importtime(stderr: str) -> list[ImportLine]:
    """Lines in the order Python printed them; a module is printed after everything it
    imported, so the parent of a line is the next one that is less indented."""
    lines = [
        ImportLine(m[4], int(m[1]), int(m[2]), len(m[3]))
        for m in map(_IMPORT_LINE.match, stderr.splitlines())
        if m
    ]
    waiting: list[ImportLine] = []  # lines whose parent has not been printed yet
    for line in lines:
        while waiting and waiting[-1].depth > line.depth:
            child = waiting.pop()
            child.parent = line
            line.children.append(child)
        waiting.append(line)
    return lines


def report_imports(lines: list[ImportLine], top: int) -> None:
    shallowest = min(line.depth for line in lines)
    roots = [line for line in lines if line.depth == shallowest]
    total = sum(line.cumulative_us for line in roots)
    print(f"\nImports of the app child under -X importtime: {total / 1000:.0f} ms in all "
          "(the profiler itself adds some).")  # fmt: skip
    print("\nTop-level imports of the child, most expensive first (cumulative ms):")
    for line in sorted(roots, key=lambda r: -r.cumulative_us)[:top]:
        print(f"  {line.cumulative_us / 1000:8.1f}  {line.name}")

    print(
        f"\nThe {top} most expensive packages: own = time in the package's own modules, "
        "cumulative = from entering it until done (includes what it imported first); "
        "via = the modules that imported it:"
    )
    print(f"  {'own ms':>8} {'cum. ms':>8}  package")
    for name, own, cumulative, entry in package_costs(lines)[:top]:
        print(f"  {own / 1000:8.1f} {cumulative / 1000:8.1f}  {name:<16} via {_via(entry)}")

    ours = [line for line in lines if line.name.startswith("accredit_tracker.")]
    print("\nAccredit Tracker modules by time spent in their own imports (cumulative ms):")
    for line in sorted(ours, key=lambda r: -r.cumulative_us)[:top]:
        print(f"  {line.cumulative_us / 1000:8.1f}  {line.name}")

    print("\nLibraries worth watching (spreadsheets, XML, migrations, validation) at start-up:")
    names = {line.name: line for line in lines}
    packages = {name: (cumulative, entry) for name, _own, cumulative, entry in package_costs(lines)}
    for watched in WATCHED:
        if watched in packages:  # a whole package: every way into it, as in the table above
            cumulative, found = packages[watched]
        elif watched in names:
            found = names[watched]
            cumulative = found.cumulative_us
        else:
            print(f"  {'-':>8}  {watched:<30} not imported")
            continue
        print(f"  {cumulative / 1000:8.1f}  {watched:<30} via {_via(found)}")


def package_costs(lines: list[ImportLine]) -> list[tuple[str, int, int, ImportLine]]:
    """(package, own µs, cumulative µs, main entry) for each top-level name but ours, most
    expensive first. An entry is a line whose parent belongs to another package."""
    own: dict[str, int] = {}
    entries: dict[str, list[ImportLine]] = {}
    for line in lines:
        package = line.name.split(".")[0]
        own[package] = own.get(package, 0) + line.self_us
        if line.parent is None or line.parent.name.split(".")[0] != package:
            entries.setdefault(package, []).append(line)
    costs = [
        (package, own[package], sum(e.cumulative_us for e in found),
         max(found, key=lambda e: e.cumulative_us))
        for package, found in entries.items()
        if package != "accredit_tracker"
    ]  # fmt: skip
    return sorted(costs, key=lambda c: -c[2])


def _via(line: ImportLine) -> str:
    """The importing chain, shortened to the modules of this project and the first foreign one."""
    chain = line.chain()
    ours = [n for n in chain if n.startswith("accredit_tracker")]
    if not ours:
        return " → ".join(chain[-3:]) or "(a top-level import, or one made inside a function)"
    last = chain.index(ours[-1])
    return " → ".join([*ours, *chain[last + 1 : last + 2]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="starts per kind; the best counts")
    parser.add_argument("--top", type=int, default=10, help="lines per import list")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        env = child_environment(workdir, args.platform)
        # The demo project, made once and not timed.
        made = subprocess.run(
            [sys.executable, "-c",
             "from accredit_tracker.app import ensure_demo_project; print(ensure_demo_project())"],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        demo = Path(made)
        kinds = {
            BARE_FLOOR: (FLOOR_CHILD, []),
            DATA_FLOOR: (DATA_FLOOR_CHILD, []),
            "app: main([demo project path])": (APP_CHILD, [str(demo)]),
            "app: main(['--demo'])": (APP_CHILD, ["--demo"]),
        }
        for code, child_args in kinds.values():
            start(code, child_args, env)  # warm-up, untimed
        runs: dict[str, list[float]] = {name: [] for name in kinds}
        for _ in range(args.repeat):  # interleaved, so that a busy moment hits every kind
            for name, (code, child_args) in kinds.items():
                runs[name].append(start(code, child_args, env))
        floor = min(runs[BARE_FLOOR])
        data_floor = min(runs[DATA_FLOOR])

        print(f"Start-up to a painted window, best of {args.repeat} child processes "
              f"(QT_QPA_PLATFORM={args.platform}):\n")  # fmt: skip
        print(f"{'start':<38} {'best ms':>8} {'median ms':>10} {'÷ floor':>8} {'÷ bare Qt':>10}"
              f"  goal ≤ {GOAL}× the floor")  # fmt: skip
        for name, seconds in runs.items():
            best = min(seconds)
            median = sorted(seconds)[len(seconds) // 2]
            ratio = best / data_floor
            verdict = (
                "" if name in (BARE_FLOOR, DATA_FLOOR) else ("ok" if ratio <= GOAL else "over")
            )
            print(f"{name:<38} {best * 1000:>8.0f} {median * 1000:>10.0f} "
                  f"{ratio:>7.2f}× {best / floor:>9.2f}×  {verdict}")  # fmt: skip
        app = min(runs["app: main([demo project path])"])
        stack_ms, own_ms = (data_floor - floor) * 1000, (app - data_floor) * 1000
        print(f"\nOf the app's {(app - floor) * 1000:.0f} ms over the bare-Qt floor, importing the "
              f"SQLModel tables (SQLAlchemy's ORM, pydantic) takes {stack_ms:.0f} ms; the rest, "
              f"{own_ms:.0f} ms, is the app's own modules, window and project "
              f"({app / data_floor:.2f}× the floor with the tables).")  # fmt: skip

        by_path = import_times(APP_CHILD, [str(demo)], env)
        report_imports(by_path, args.top)
        with_demo = import_times(APP_CHILD, ["--demo"], env)
        known = {line.name for line in by_path}
        extra = [
            line for line in with_demo
            if line.name not in known and (line.parent is None or line.parent.name in known)
        ]  # fmt: skip
        print(f"\nImported only by main(['--demo']) (the demo project already exists): "
              f"{sum(line.cumulative_us for line in extra) / 1000:.0f} ms")  # fmt: skip
        for line in sorted(extra, key=lambda r: -r.cumulative_us)[: args.top]:
            print(f"  {line.cumulative_us / 1000:8.1f}  {line.name:<40} via {_via(line)}")
            for child in sorted(line.children, key=lambda r: -r.cumulative_us)[:6]:
                print(f"  {child.cumulative_us / 1000:8.1f}    {child.name}")
        watched = [w for w in WATCHED if w not in known and any(x.name == w for x in with_demo)]
        print(f"  libraries from the list above that --demo loads: {', '.join(watched) or 'none'}")


if __name__ == "__main__":
    main()
