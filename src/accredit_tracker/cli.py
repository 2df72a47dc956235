"""The `accredit` command: project files, standards import and summaries, without a display."""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from accredit_tracker import __version__
from accredit_tracker.core.audit import current_user
from accredit_tracker.core.libraries import library_counts
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.project import ProjectError, create_project, open_project
from accredit_tracker.core.readiness import AssessmentOverview, assessments, overview
from accredit_tracker.core.scoring import format_score
from accredit_tracker.demo import create_demo_project
from accredit_tracker.interchange.import_plan import LAYOUT_CHOICES, ImportOptions, parse_mapping
from accredit_tracker.interchange.problems import SpreadsheetError
from accredit_tracker.interchange.standards_import import import_standards
from accredit_tracker.logs import log_file, setup_logging

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad arguments or bad input; printed as is, exit code 2."""


class ProgressBar:
    """A one-line text progress bar on a terminal; silent when output goes to a file or pipe."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done != total):
            return
        self.last = now
        if total > 0:
            filled = self.width * done // total
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"\r{stage}: [{bar}] {100 * done // total:3d}%"
        else:
            line = f"\r{stage}: {done:,} rows"
        self.stream.write(line.ljust(70))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accredit",
        description="Accredit Tracker on the command line: project files, standards, readiness.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--user", help="name recorded in the audit trail (default: your login)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    create = commands.add_parser("create", help="create a new project file")
    create.add_argument("project", type=Path, help="path of the new .accredit file")
    create.add_argument(
        "--demo", action="store_true", help="fill it with the demo library and a mock survey"
    )

    imp = commands.add_parser("import", help="import a standards spreadsheet as a new library")
    imp.add_argument("project", type=Path, help="the .accredit project file")
    imp.add_argument("file", type=Path, help=".xlsx, .xlsm, .xls, .ods or .csv file")
    imp.add_argument("--sheet", help="sheet to read (default: the first with data)")
    imp.add_argument("--layout", choices=LAYOUT_CHOICES, default="auto")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="say which field a column holds, by header or letter (e.g. D=standard_code); "
        "repeat as needed",
    )
    imp.add_argument("--name", help="library name (default: the file name)")
    imp.add_argument("--publisher", default="")
    imp.add_argument("--edition", default="")

    summary = commands.add_parser("summary", help="print counts and scores per chapter")
    summary.add_argument("project", type=Path, help="the .accredit project file")
    summary.add_argument("--assessment", help="assessment name or id (default: all)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    user = args.user or current_user()
    bar = ProgressBar()
    monitor = TaskMonitor(bar)
    try:
        if args.command == "create":
            return _create(args.project, args.demo, user, monitor)
        if args.command == "import":
            return _import(args, user, monitor)
        return _summary(args.project, args.assessment)
    except (ProjectError, UsageError, ValueError) as error:
        bar.close()
        print(f"accredit: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SpreadsheetError as error:
        bar.close()
        print(f"accredit: cannot import; nothing was changed:\n{error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (Cancelled, KeyboardInterrupt):
        bar.close()
        print("accredit: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception:
        bar.close()
        log.error("Unexpected failure in %s:\n%s", args.command, traceback.format_exc())
        print(f"accredit: unexpected error; the details are in {log_file()}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        bar.close()


def _create(path: Path, demo: bool, user: str, monitor: TaskMonitor) -> int:
    if demo:
        project = create_demo_project(path, user=user, monitor=monitor)
    else:
        project = create_project(path, user=user)
    with project, project.session() as session:
        counts = library_counts(session)
    what = f" with {counts[0].elements:,} measurable elements" if counts else ""
    print(f"Created {path}{what}.")
    return EXIT_OK


def _import(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    options = ImportOptions(
        sheet=args.sheet,
        layout=args.layout,
        mapping=parse_mapping(args.map),
        name=args.name,
        publisher=args.publisher,
        edition=args.edition,
    )
    with open_project(args.project) as project:
        report = import_standards(project, args.file, options, user=user, monitor=monitor)
    for warning in report.warnings:
        print(f"note: {warning}", file=sys.stderr)
    library = report.library
    print(
        f"Imported '{library.name}' ({report.plan.layout} layout, sheet '{report.plan.sheet}'): "
        f"{len(library.chapters)} chapters, {library.standard_count:,} standards, "
        f"{library.element_count:,} measurable elements."
    )
    return EXIT_OK


def _summary(path: Path, which: str | None) -> int:
    with open_project(path) as project, project.session() as session:
        print(f"Project {project.name}")
        for counts in library_counts(session):
            print(
                f"  Library '{counts.name}': {counts.chapters} chapters, "
                f"{counts.standards:,} standards, {counts.elements:,} measurable elements"
            )
        chosen = [a for a in assessments(session) if which in (None, a.name, str(a.id))]
        if which is not None and not chosen:
            raise UsageError(f"{path.name} has no assessment named or numbered '{which}'.")
        for assessment in chosen:
            assert assessment.id is not None
            _print_overview(overview(session, assessment.id))
    return EXIT_OK


def _print_overview(view: AssessmentOverview) -> None:
    score = view.score
    profile = score.profile
    verdict = score.verdict
    print()
    print(f"Assessment '{view.name}' ({view.library_name}) — {profile.name}")
    provisional = " (provisional)" if verdict.provisional else ""
    print(f"  Overall: {format_score(profile, score.overall)} — {verdict.label}{provisional}")
    for reason in verdict.reasons:
        print(f"    {reason}")
    counts = ", ".join(f"{result.label.lower()} {n:,}" for result, n in score.counts.items())
    print(f"  Elements: {counts}")
    print(f"  {'Chapter':<8} {'Title':<45} {'Elements':>8} {'Score':>7}  Threshold")
    for chapter in score.chapters:
        title = view.chapter_titles.get(chapter.code, "")
        mark = {True: "met", False: "NOT met", None: "—"}[chapter.meets_threshold]
        print(
            f"  {chapter.code:<8} {title[:45]:<45} {chapter.elements:>8,} "
            f"{format_score(profile, chapter.score):>7}  {mark}"
        )


if __name__ == "__main__":
    sys.exit(main())
