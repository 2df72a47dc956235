"""The mapping commands: import a mapping between two libraries, list and show mappings, carry
an assessment to another library through one, and write the coverage of one library by the
other with an assessment's results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from accredit_tracker.cli.arguments import (
    PROJECT_HELP,
    UsageError,
    add_language_option,
    chosen_assessment,
)
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.core.crosswalk.carrying import (
    CarrySummary,
    carry_assessment,
    carry_into_assessment,
)
from accredit_tracker.core.crosswalk.mappings import mapped_rows, mapping_set_named, mapping_sets
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.core.vocabulary import AssessmentKind
from accredit_tracker.interchange.crosswalk.coverage_report import write_coverage_report
from accredit_tracker.interchange.crosswalk.importer import import_mapping_file

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_mapping(commands: Commands) -> None:
    mapping = commands.add_parser(
        "mapping", help="mappings between two libraries, and carrying an assessment through one"
    )
    actions = mapping.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = actions.add_parser(
        "import",
        help="import a mapping from a spreadsheet, CSV or CISO Assistant mapping YAML",
    )
    imp.add_argument("project", type=project_target, help=PROJECT_HELP)
    imp.add_argument(
        "file",
        type=Path,
        help=".xlsx, .ods or .csv (source code, target code, relationship, rationale) or a "
        "requirement_mapping_set .yaml",
    )
    imp.add_argument("--source", required=True, help="the library mapped from (name or id)")
    imp.add_argument("--target", required=True, help="the library mapped to (name or id)")
    imp.add_argument("--name", help="the mapping's name (default: the file name)")
    imp.set_defaults(handler=_import)
    listing = actions.add_parser("list", help="list the project's mappings")
    listing.add_argument("project", type=project_target, help=PROJECT_HELP)
    listing.set_defaults(handler=_list)
    show = actions.add_parser("show", help="print a mapping's rows")
    show.add_argument("project", type=project_target, help=PROJECT_HELP)
    show.add_argument("mapping", help="mapping name or id")
    show.set_defaults(handler=_show)
    carry = actions.add_parser(
        "carry",
        help="a new assessment of the mapping's target library (--name), or one made already "
        "in which nothing is recorded yet (--into), carried from an assessment of its source "
        "library: equal elements carried (to review), others suggested",
    )
    carry.add_argument("project", type=project_target, help=PROJECT_HELP)
    carry.add_argument(
        "--from", dest="source", required=True, help="the assessment to carry (name or id)"
    )
    carry.add_argument("--mapping", required=True, help="mapping name or id")
    into = carry.add_mutually_exclusive_group(required=True)
    into.add_argument("--name", help="the new assessment's name")
    into.add_argument(
        "--into",
        metavar="ASSESSMENT",
        help="carry into this assessment of the target library, made already and with nothing "
        "recorded yet (name or id): what an officer may do on a shared project",
    )
    carry.add_argument(
        "--kind",
        choices=[k.value for k in AssessmentKind],
        default=AssessmentKind.SELF.value,
        help="the new assessment's kind (with --name)",
    )
    carry.set_defaults(handler=_carry)
    cover = actions.add_parser(
        "coverage",
        help="write an .xlsx with, for each element of the mapping's target library, the source "
        "elements bearing on it and their results, and the elements unmapped in each library",
    )
    cover.add_argument("project", type=project_target, help=PROJECT_HELP)
    cover.add_argument("mapping", help="mapping name or id")
    cover.add_argument(
        "--assessment",
        help="the assessment of the source library whose results are shown (name or id; "
        "default: its newest)",
    )
    cover.add_argument("--output", required=True, type=Path, help="the .xlsx file to write")
    add_language_option(cover)
    cover.set_defaults(handler=_coverage)


def _library_id(session: Session, which: str) -> int:
    every = library_counts(session)
    found = [c for c in every if c.name == which] or [
        c
        for c in every
        if c.name.casefold() == which.strip().casefold() or str(c.library_id) == which
    ]
    if len(found) > 1:
        ids = ", ".join(str(c.library_id) for c in found)
        raise UsageError(f"{len(found)} libraries are named '{which}'; give its id ({ids}).")
    if not found:
        raise UsageError(f"There is no library named or numbered '{which}'.")
    return found[0].library_id


def _import(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            source = _library_id(session, args.source)
            target = _library_id(session, args.target)
        report = import_mapping_file(
            project,
            args.file,
            name=args.name or args.file.stem,
            source_library_id=source,
            target_library_id=target,
            user=user,
        )
    for warning in report.warnings:
        print(f"note: {warning}", file=sys.stderr)
    print(f"Imported mapping '{args.name or args.file.stem}': {report.rows:,} rows.")
    return EXIT_OK


def _list(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.session() as session:
        found = mapping_sets(session)
    if not found:
        print("No mappings yet.")
    for m in found:
        print(f"{m.id}  {m.name}: '{m.source_library}' → '{m.target_library}', {m.rows:,} rows")
    return EXIT_OK


def _show(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.session() as session:
        mapping = mapping_set_named(session, args.mapping)
        rows = mapped_rows(session, mapping.id)
    print(f"Mapping '{mapping.name}': '{mapping.source_library}' → '{mapping.target_library}'")
    for row in rows:
        strength = f" [{row.strength}]" if row.strength is not None else ""
        rationale = f" — {row.rationale}" if row.rationale else ""
        print(
            f"  {row.source.code}  {row.relationship.value}  {row.target.code}{strength}{rationale}"
        )
    return EXIT_OK


def _carry(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        source = chosen_assessment(session, Path(project.name), args.source)
        mapping = mapping_set_named(session, args.mapping)
        assert source.id is not None
        if args.into is not None:
            target = chosen_assessment(session, Path(project.name), args.into)
            assert target.id is not None
            summary = carry_into_assessment(session, source.id, mapping.id, target.id, user=user)
            done = f"Carried into '{target.name}'"
        else:
            summary = carry_assessment(
                session,
                source.id,
                mapping.id,
                name=args.name,
                kind=AssessmentKind(args.kind),
                user=user,
            )
            done = f"Created '{args.name.strip()}'"
    print(carried_sentence(done, source.name, mapping.name, summary))
    return EXIT_OK


def _coverage(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            mapping = mapping_set_named(session, args.mapping)
            if args.assessment is not None:
                assessment_id = chosen_assessment(session, Path(project.name), args.assessment).id
            else:
                of_source = [
                    a for a in assessments(session) if a.library_id == mapping.source_library_id
                ]
                newest = max(of_source, key=lambda a: (a.created_at, a.id or 0), default=None)
                assessment_id = None if newest is None else newest.id
        found = write_coverage_report(
            project, mapping.id, assessment_id, args.output, monitor=monitor
        )
    results = (
        f"results of '{found.assessment_name}'"
        if found.assessment_name
        else f"no results ('{found.source_library}' has no assessment)"
    )
    print(
        f"Wrote {args.output}: {len(found.targets):,} elements of '{found.target_library}' with "
        f"{results}; {len(found.unmapped_targets):,} unmapped there, "
        f"{len(found.unmapped_sources):,} unmapped in '{found.source_library}'."
    )
    return EXIT_OK


def carried_sentence(done: str, source: str, mapping: str, summary: CarrySummary) -> str:
    """What carrying made, after ``done`` ("Created 'Survey 2025'")."""
    return (
        f"{done} from '{source}' through '{mapping}': {summary.carried:,} elements carried "
        f"(to review), {summary.evidence_links:,} evidence links, {summary.suggested:,} "
        "elements with suggestions."
    )
