"""The report commands: an assessment's Excel audit report (or its elements as CSV), the audit
trail, and the comparison of two assessments."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import (
    PROJECT_HELP,
    UsageError,
    add_delimiter_option,
    add_language_option,
    chosen_assessment,
    chosen_delimiter,
)
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.cli.terminal import counted
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.comparison import compare_assessments
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.interchange.report.audit_trail import write_audit_trail
from accredit_tracker.interchange.report.comparison import write_comparison
from accredit_tracker.interchange.report.workbook import write_elements_csv, write_report

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_report(commands: Commands) -> None:
    report = commands.add_parser(
        "report",
        help="write an assessment's Excel audit report (or, with --csv, its elements table)",
    )
    report.add_argument("project", type=project_target, help=PROJECT_HELP)
    report.add_argument("out", type=Path, help="the .xlsx file to write (a .csv file with --csv)")
    report.add_argument(
        "--assessment", help="assessment name or id (default: the most recently created)"
    )
    report.add_argument(
        "--audit-trail", action="store_true", help="add a sheet with every change in the assessment"
    )
    report.add_argument(
        "--include-not-assessed",
        action="store_true",
        help="list the elements not assessed yet on the action plan (Gaps sheet) too",
    )
    report.add_argument(
        "--csv", action="store_true", help="write the elements table as CSV (UTF-8) instead"
    )
    add_language_option(report)
    add_delimiter_option(report)
    report.set_defaults(handler=_report)


def add_audit_trail(commands: Commands) -> None:
    trail = commands.add_parser(
        "audit-trail", help="write the audit trail (who changed what, when) to .xlsx or .csv"
    )
    trail.add_argument("project", type=project_target, help=PROJECT_HELP)
    trail.add_argument("out", type=Path, help="the .xlsx or .csv file to write")
    trail.add_argument("--assessment", help="only changes in this assessment (name or id)")
    add_language_option(trail)
    add_delimiter_option(trail)
    trail.set_defaults(handler=_audit_trail)


def add_compare(commands: Commands) -> None:
    compare = commands.add_parser(
        "compare",
        help="compare two assessments: each chapter then and now, and what became of each element",
    )
    compare.add_argument("project", type=project_target, help=PROJECT_HELP)
    compare.add_argument("earlier", help="the earlier assessment (name or id)")
    compare.add_argument("later", help="the later assessment (name or id)")
    compare.add_argument("--out", type=Path, help="also write the comparison to this .xlsx file")
    add_language_option(compare)
    compare.set_defaults(handler=_compare)


def _report(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    if args.csv and args.audit_trail:
        raise UsageError(
            "--audit-trail adds a sheet to the Excel report; it does not go with --csv."
        )
    if args.delimiter is not None and not args.csv:
        raise UsageError("--delimiter separates the fields of a CSV file; it goes with --csv.")
    if args.csv and args.include_not_assessed:
        raise UsageError(
            "--include-not-assessed chooses what the Excel report's action plan lists; "
            "it does not go with --csv."
        )
    with open_project(args.project) as project:
        with project.session() as session:
            assessment = chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        if args.csv:
            delimiter = chosen_delimiter(args)
            rows = write_elements_csv(
                project, assessment.id, args.out, monitor, delimiter=delimiter
            )
            print(f"Wrote {args.out}: {rows:,} measurable elements of '{assessment.name}'.")
            return EXIT_OK
        report = write_report(
            project,
            assessment.id,
            args.out,
            include_audit_trail=args.audit_trail,
            include_not_assessed=args.include_not_assessed,
            monitor=monitor,
            author=user,
        )
    trail = "" if report.audit_events is None else f", {counted(report.audit_events, 'change')}"
    print(
        f"Wrote {report.path} for '{assessment.name}': {report.elements:,} measurable elements, "
        f"{report.gaps:,} on the action plan, {counted(report.evidence_files, 'evidence file')}"
        f"{trail}."
    )
    return EXIT_OK


def _audit_trail(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    path, out, which = args.project, args.out, args.assessment
    if args.delimiter is not None and out.suffix.lower() != ".csv":
        raise UsageError(
            "--delimiter separates the fields of a CSV file; it goes with a .csv file name."
        )
    with open_project(path) as project:
        with project.session() as session:
            assessment = None if which is None else chosen_assessment(session, path, which)
        assessment_id = None if assessment is None else assessment.id
        changes = write_audit_trail(
            project,
            out,
            assessment_id=assessment_id,
            monitor=monitor,
            delimiter=chosen_delimiter(args),
        )
    scope = "" if assessment is None else f" in '{assessment.name}'"
    print(f"Wrote {out}: {counted(changes, 'change')}{scope}.")
    return EXIT_OK


def _compare(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            earlier = chosen_assessment(session, args.project, args.earlier)
            later = chosen_assessment(session, args.project, args.later)
            assert earlier.id is not None and later.id is not None
            comparison = compare_assessments(session, earlier.id, later.id)
        if args.out is not None:
            write_comparison(project, earlier.id, later.id, args.out, monitor=monitor)
    print(f"'{comparison.earlier_name}' → '{comparison.later_name}'")
    if comparison.profiles_differ:
        print(
            f"  Scored under different profiles: {comparison.earlier_profile.name} then, "
            f"{comparison.later_profile.name} now."
        )
    print(f"  {'Chapter':<8} {'Title':<45} {'Then':>7} {'Now':>7} {'Change':>7}")
    for chapter in (*comparison.chapters, comparison.overall):
        code = chapter.code or "Overall"
        title = "" if not chapter.code else chapter.title
        print(
            f"  {code:<8} {title[:45]:<45} {chapter.earlier_text:>7} "
            f"{chapter.later_text:>7} {chapter.change_text:>7}"
        )
    counts = ", ".join(f"{change.value} {n:,}" for change, n in comparison.counts.items())
    print(f"  Elements: {counts}")
    if args.out is not None:
        print(f"Wrote {args.out}.")
    return EXIT_OK
