"""The assessment commands: start a new assessment of a standards library (blank, or from an
earlier one's results) and list the project's assessments."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sqlmodel import Session

from accredit_tracker.cli.arguments import (
    PROJECT_HELP,
    UsageError,
    chosen_assessment,
    iso_date,
    project_shown,
)
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.library.libraries import LibraryCounts, library_counts
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.readiness.profiles import profile_names
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.core.vocabulary import AssessmentKind

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands

_KINDS = {kind.value.replace("_", "-"): kind for kind in AssessmentKind}
_DEFAULT_PROFILE = "jci_points"


def add_assessment(commands: Commands) -> None:
    assessment = commands.add_parser(
        "assessment", help="start a new assessment of a library, or list the assessments"
    )
    actions = assessment.add_subparsers(dest="action", required=True, metavar="ACTION")

    new = actions.add_parser(
        "new", help="start a new assessment: every element not assessed, or --from an earlier one"
    )
    new.add_argument("project", type=project_target, help=PROJECT_HELP)
    new.add_argument(
        "--library",
        help="the standards library, by name, 'name (edition X)' or id "
        "(default: the library of --from, or the project's only library)",
    )
    new.add_argument("--name", required=True, help="the assessment's name")
    new.add_argument(
        "--from",
        dest="based_on",
        metavar="ASSESSMENT",
        help="start from this earlier assessment's results, owners and evidence links (name or id)",
    )
    new.add_argument(
        "--without-evidence",
        action="store_true",
        help="with --from: do not link the earlier assessment's evidence files",
    )
    new.add_argument("--kind", choices=list(_KINDS), default="self")
    new.add_argument(
        "--profile",
        default=_DEFAULT_PROFILE,
        help=f"the scoring profile's key (default: {_DEFAULT_PROFILE})",
    )
    new.add_argument("--starts", type=iso_date, help="the survey's first day, YYYY-MM-DD")
    new.add_argument("--ends", type=iso_date, help="the survey's last day, YYYY-MM-DD")
    new.set_defaults(handler=_new)

    listing = actions.add_parser("list", help="list the assessments with their libraries")
    listing.add_argument("project", type=project_target, help=PROJECT_HELP)
    listing.set_defaults(handler=_list)


def _new(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            earlier = (
                chosen_assessment(session, args.project, args.based_on)
                if args.based_on is not None
                else None
            )
            if args.library is not None or earlier is None:
                library = _chosen_library(session, project_shown(args.project), args.library)
            else:
                library = next(
                    c for c in library_counts(session) if c.library_id == earlier.library_id
                )
            if args.profile not in profile_names(session):
                known = ", ".join(profile_names(session))
                raise UsageError(
                    f"there is no scoring profile '{args.profile}'; the project has: {known}."
                )
        with project.transaction() as session:
            assessment_id = create_assessment(
                session,
                library_id=library.library_id,
                name=args.name,
                user=user,
                kind=_KINDS[args.kind],
                profile_key=args.profile,
                starts_on=args.starts,
                ends_on=args.ends,
                based_on=earlier.id if earlier is not None else None,
                carry_evidence=not args.without_evidence,
            )
    start = f", starting from '{earlier.name}'" if earlier is not None else ""
    print(
        f"Created assessment {assessment_id} '{args.name.strip()}' of '{library.title}'"
        f"{start}: {library.elements:,} measurable elements."
    )
    return EXIT_OK


def _chosen_library(session: Session, project: str, which: str | None) -> LibraryCounts:
    """The library named (with or without its edition) or numbered ``which``; without one,
    the project's only library."""
    every = library_counts(session)
    if not every:
        raise UsageError(f"{project} has no standards library yet; import one first.")
    listed = "; ".join(f"{c.library_id}: {c.title}" for c in every)
    if which is None:
        if len(every) == 1:
            return every[0]
        raise UsageError(
            f"{project} has {len(every)} libraries; choose one with --library ({listed})."
        )
    key = " ".join(which.split()).casefold()
    for matches in (
        [c for c in every if c.title.casefold() == key],
        [c for c in every if c.name.casefold() == key],
        [c for c in every if str(c.library_id) == key],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UsageError(
                f"{project} has {len(matches)} editions of '{which}'; give the edition or the id "
                f"with --library ({listed})."
            )
    raise UsageError(f"{project} has no library named or numbered '{which}' ({listed}).")


def _list(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.session() as session:
        titles = {c.library_id: c.title for c in library_counts(session)}
        every = assessments(session)
        if not every:
            print(f"{project_shown(args.project)} has no assessment yet.")
            return EXIT_OK
        for assessment in every:
            kind = assessment.kind.value.replace("_", "-")
            locked = ", locked" if assessment.locked else ""
            dates = ""
            if assessment.starts_on is not None or assessment.ends_on is not None:
                starts = assessment.starts_on.isoformat() if assessment.starts_on else "…"
                ends = assessment.ends_on.isoformat() if assessment.ends_on else "…"
                dates = f", survey {starts} to {ends}"
            print(
                f"{assessment.id}\t{assessment.name}\t{kind}{locked}{dates}\t"
                f"library '{titles.get(assessment.library_id, '?')}'"
            )
    return EXIT_OK
