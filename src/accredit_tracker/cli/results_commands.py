"""The take-back command: results filled in offline on a report's Elements sheet, previewed by
row and column and stored only when asked (``--apply``).

A file with any problem, conflict or row that matches no element changes nothing, even with
``--apply``, and ends with exit code 2: a script then knows that the file needs a look, instead
of having stored part of it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accredit_tracker.cli.arguments import PROJECT_HELP, UsageError, chosen_assessment
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.cli.terminal import counted
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.report.columns import FIELD_HEADERS
from accredit_tracker.interchange.results.importer import (
    apply_results_import,
    exported_from,
    plan_results_import,
)
from accredit_tracker.interchange.results.plan import ResultsImportPlan

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands

_SHOWN_TEXT = 60  # characters of a text value shown in the preview


def add_take_back(commands: Commands) -> None:
    take_back = commands.add_parser(
        "take-back",
        help="take back results filled in on a report's Elements sheet: preview, then --apply",
    )
    take_back.add_argument("project", type=project_target, help=PROJECT_HELP)
    take_back.add_argument("report", type=Path, help="the filled-in report (.xlsx, .ods, .xls)")
    take_back.add_argument(
        "--assessment",
        help="assessment name or id (default: the one the report was exported from)",
    )
    take_back.add_argument(
        "--apply",
        action="store_true",
        help="store the changes (audited); without it nothing is changed",
    )
    take_back.set_defaults(handler=_take_back)


def _take_back(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            which = args.assessment
            origin = exported_from(args.report) if which is None else None
            if origin is not None and session.get(Assessment, origin) is not None:
                which = str(origin)
            assessment = chosen_assessment(session, args.project, which)
        assert assessment.id is not None
        plan = plan_results_import(project, assessment.id, args.report, monitor)
        _print_preview(plan)
        counts = plan.counts
        blocking = [
            counted(number, noun)
            for number, noun in (
                (counts.problems, "problem"),
                (counts.conflicts, "conflict"),
                (counts.unmatched, "unmatched row"),
            )
            if number
        ]
        if blocking:
            raise UsageError(
                f"{plan.file}: {', '.join(blocking)}; nothing was changed. Correct the file "
                "(or export the report again) and run again."
            )
        if not plan.changes:
            print("Nothing to change.")
            return EXIT_OK
        if not args.apply:
            print(f"Nothing was changed; run again with --apply to store {_changes(plan)}.")
            return EXIT_OK
        report = apply_results_import(project, plan, user=user)
    print(
        f"Stored {counted(report.changes, 'change')} to "
        f"{counted(report.elements, 'element')} of '{plan.assessment_name}', audited as "
        f"imported from {plan.file}."
    )
    return EXIT_OK


def _print_preview(plan: ResultsImportPlan) -> None:
    counts = plan.counts
    print(f"{plan.file}, sheet '{plan.sheet}', into '{plan.assessment_name}':")
    print(
        f"  {counted(counts.rows, 'row')} read: {_changes(plan)}, "
        f"{counted(counts.unchanged, 'row')} changing nothing. Only the Elements sheet is read; "
        "blank cells change nothing, (clear) erases."
    )
    if plan.changes:
        print("Changes:")
        for change in plan.changes:
            field = FIELD_HEADERS.get(change.field, change.field)
            print(
                f"  row {change.row}, {change.code}, {field}: {_shown(change.old)} → "
                f"{_shown(change.new)}"
            )
    if plan.cut:
        print("Cut in the export, kept as stored:")
        for cell in plan.cut:
            print(f"  {cell}")
    if plan.conflicts:
        print("Conflicts (not imported):")
        for conflict in plan.conflicts:
            print(f"  {conflict}")
    if plan.unmatched:
        print("Rows matching no element:")
        for row in plan.unmatched:
            print(f"  row {row.row}: '{row.code}'")
    for title, problems in (("Problems:", plan.problems), ("Warnings:", plan.warnings)):
        if problems:
            print(title)
            for problem in problems:
                print(f"  {problem}")


def _changes(plan: ResultsImportPlan) -> str:
    elements = counted(plan.counts.changed_elements, "element")
    return f"{counted(plan.counts.changes, 'change')} to {elements}"


def _shown(value: Any) -> str:
    """A value as the preview shows it: results and statuses by name, dates as YYYY-MM-DD,
    text on one line and cut short; "(empty)" for nothing."""
    if isinstance(value, Result | WorkStatus):
        return value.label
    if isinstance(value, date):
        return value.isoformat()
    if value is None or value == "":
        return "(empty)"
    text = " ".join(str(value).split())
    if len(text) > _SHOWN_TEXT:
        text = text[: _SHOWN_TEXT - 1] + "…"
    return f"'{text}'"
