"""The assessment commands: start a new assessment of a standards library (blank, from an
earlier one's results, or through a mapping from another library's) and list the project's
assessments."""

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
from accredit_tracker.cli.mapping_commands import carried_sentence
from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.crosswalk.carrying import carry_assessment
from accredit_tracker.core.crosswalk.mappings import mapping_set_named
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
        "--mapping",
        metavar="MAPPING",
        help="with --from an assessment of another library: carry it through this mapping "
        "(name or id) to the mapping's target library; equal elements carried (to review), "
        "others suggested",
    )
    new.add_argument(
        "--without-evidence",
        action="store_true",
        help="with --from: do not link the earlier assessment's evidence files",
    )
    new.add_argument("--kind", choices=list(_KINDS), default="self")
    new.add_argument(
        "--profile",
        help=f"the scoring profile's key (default: {_DEFAULT_PROFILE}; with --mapping, the "
        "profile of the assessment carried)",
    )
    new.add_argument("--starts", type=iso_date, help="the survey's first day, YYYY-MM-DD")
    new.add_argument("--ends", type=iso_date, help="the survey's last day, YYYY-MM-DD")
    new.set_defaults(handler=_new)

    listing = actions.add_parser("list", help="list the assessments with their libraries")
    listing.add_argument("project", type=project_target, help=PROJECT_HELP)
    listing.set_defaults(handler=_list)


def _new(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    if args.mapping is not None:
        return _new_through_mapping(args, user)
    profile = args.profile or _DEFAULT_PROFILE
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
            _check_profile(session, profile)
        with project.transaction() as session:
            assessment_id = create_assessment(
                session,
                library_id=library.library_id,
                name=args.name,
                user=user,
                kind=_KINDS[args.kind],
                profile_key=profile,
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


def _check_profile(session: Session, profile: str) -> None:
    if profile not in profile_names(session):
        known = ", ".join(profile_names(session))
        raise UsageError(f"there is no scoring profile '{profile}'; the project has: {known}.")


def _new_through_mapping(args: argparse.Namespace, user: str) -> int:
    """``assessment new --from A --mapping M``: a new assessment carried through a mapping."""
    if args.based_on is None:
        raise UsageError("--mapping needs --from: the assessment to carry through it.")
    if args.library is not None or args.without_evidence:
        raise UsageError(
            "with --mapping the library is the mapping's target, and evidence links are "
            "carried with the values; leave out --library and --without-evidence."
        )
    with open_project(args.project) as project:
        if args.profile is not None:
            with project.session() as session:
                _check_profile(session, args.profile)
        with project.transaction() as session:
            source = chosen_assessment(session, args.project, args.based_on)
            mapping = mapping_set_named(session, args.mapping)
            assert source.id is not None
            summary = carry_assessment(
                session,
                source.id,
                mapping.id,
                name=args.name,
                kind=_KINDS[args.kind],
                user=user,
                profile_key=args.profile,
                starts_on=args.starts,
                ends_on=args.ends,
            )
    done = f"Created assessment {summary.assessment_id} '{args.name.strip()}'"
    print(carried_sentence(done, source.name, mapping.name, summary))
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
