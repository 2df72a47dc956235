"""The tracer commands: plan a tracer, list an assessment's tracers and findings, record a
finding on a tracer, accept a finding's result into the checklist, and delete a tracer or a
finding."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import (
    PROJECT_HELP,
    UsageError,
    chosen_assessment,
    element_assessment_by_code,
    iso_date,
)
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.cli.terminal import counted
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.core.tracers.findings import (
    OBSERVED_COMPLIANCE,
    accept_finding,
    record_finding,
)
from accredit_tracker.core.tracers.queries import FindingRow, findings_of, tracers_of
from accredit_tracker.core.tracers.removal import delete_finding, delete_tracer, tracer_contents
from accredit_tracker.core.tracers.tracers import TracerError, plan_tracer, tracer_by_id
from accredit_tracker.core.tracers.words import Impact, Likelihood, TracerKind, TracerStatus
from accredit_tracker.core.vocabulary import Result

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands

_ASSESSMENT_HELP = "assessment name or id (default: the most recently created)"


def add_tracer(commands: Commands) -> None:
    tracer = commands.add_parser(
        "tracer", help="tracers of an assessment and the findings recorded on them"
    )
    actions = tracer.add_subparsers(dest="action", required=True, metavar="ACTION")

    new = actions.add_parser("new", help="plan a tracer")
    new.add_argument("project", type=project_target, help=PROJECT_HELP)
    new.add_argument(
        "--kind", required=True, choices=[k.value for k in TracerKind], help="what it follows"
    )
    new.add_argument(
        "--focus",
        required=True,
        help="the patient's pathway (nothing that identifies the patient) or the system",
    )
    new.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="when it is held")
    new.add_argument("--units", default="", help="the units it visits")
    new.add_argument("--people", default="", help="who runs it")
    new.add_argument(
        "--scope",
        default="",
        help="chapters, standards or tags whose elements its worksheet lists, separated by ';'",
    )
    new.add_argument("--done", action="store_true", help="record it as held already")
    new.add_argument("--assessment", help=_ASSESSMENT_HELP)
    new.set_defaults(handler=_new)

    listing = actions.add_parser("list", help="list the tracers and their findings")
    listing.add_argument("project", type=project_target, help=PROJECT_HELP)
    listing.add_argument("--assessment", help=_ASSESSMENT_HELP)
    listing.set_defaults(handler=_list)

    finding = actions.add_parser("finding", help="findings on a tracer")
    finding_actions = finding.add_subparsers(dest="finding_action", required=True, metavar="ACTION")
    add = finding_actions.add_parser("add", help="record a finding on a tracer")
    add.add_argument("project", type=project_target, help=PROJECT_HELP)
    add.add_argument("tracer", type=int, help="the tracer's id (see `accredit tracer list`)")
    add.add_argument("--observed", required=True, help="what was seen")
    add.add_argument(
        "--element",
        dest="elements",
        action="append",
        default=[],
        metavar="CODE",
        help='a measurable element it bears on, e.g. "MMU.4 ME 1" (repeat for several)',
    )
    add.add_argument(
        "--compliance",
        required=True,
        choices=[r.value for r in OBSERVED_COMPLIANCE],
        help="the compliance observed, proposed as the elements' result",
    )
    add.add_argument("--where", default="", help="where it was seen")
    add.add_argument(
        "--likelihood",
        choices=[w.value for w in Likelihood],
        default=Likelihood.LIMITED.value,
        help="how widely it was seen (default: limited)",
    )
    add.add_argument(
        "--impact",
        choices=[w.value for w in Impact],
        default=Impact.LOW.value,
        help="how much harm it could do (default: low)",
    )
    add.add_argument(
        "--file", dest="files", type=Path, action="append", default=[], metavar="FILE",
        help="a photo or document showing it (repeat for several)",
    )  # fmt: skip
    add.set_defaults(handler=_add_finding)

    accept = actions.add_parser(
        "accept", help="take a finding's compliance as the result of its elements (audited)"
    )
    accept.add_argument("project", type=project_target, help=PROJECT_HELP)
    accept.add_argument("finding", type=int, help="the finding's id (see `accredit tracer list`)")
    accept.set_defaults(handler=_accept)

    remove = finding_actions.add_parser(
        "delete", help="delete a finding (administrators; evidence files stay in the project)"
    )
    remove.add_argument("project", type=project_target, help=PROJECT_HELP)
    remove.add_argument("finding", type=int, help="the finding's id (see `accredit tracer list`)")
    remove.set_defaults(handler=_delete_finding)

    delete = actions.add_parser(
        "delete", help="delete a tracer (administrators; with --with-findings, its findings too)"
    )
    delete.add_argument("project", type=project_target, help=PROJECT_HELP)
    delete.add_argument("tracer", type=int, help="the tracer's id (see `accredit tracer list`)")
    delete.add_argument(
        "--with-findings",
        action="store_true",
        help="delete the tracer's findings with it (refused without, when it has any)",
    )
    delete.set_defaults(handler=_delete)


def _new(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        assessment = chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        tracer_id = plan_tracer(
            session,
            assessment_id=assessment.id,
            kind=TracerKind(args.kind),
            focus=args.focus,
            held_on=args.date,
            units=args.units,
            people=args.people,
            scope=args.scope,
            status=TracerStatus.DONE if args.done else TracerStatus.PLANNED,
            user=user,
        )
    print(f"Tracer {tracer_id} planned in '{assessment.name}': {' '.join(args.focus.split())}")
    return EXIT_OK


def _list(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.session() as session:
        assessment = chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        tracers = tracers_of(session, assessment.id)
        findings = findings_of(session, assessment.id)
    if not tracers:
        print(f"'{assessment.name}' has no tracers yet.")
        return EXIT_OK
    by_tracer: dict[int, list[FindingRow]] = {}
    for finding in findings:
        by_tracer.setdefault(finding.tracer_id, []).append(finding)
    print(f"Tracers of '{assessment.name}':")
    for tracer in tracers:
        held = tracer.held_on.isoformat() if tracer.held_on else "no date"
        print(
            f"  {tracer.id:>4}  {tracer.kind.label} — {tracer.focus} "
            f"({held}; {tracer.status.label.lower()})"
        )
        if tracer.units or tracer.people:
            print(f"        Units: {tracer.units or '—'}; people: {tracer.people or '—'}")
        for finding in by_tracer.get(tracer.id, []):
            accepted = f"; accepted by {finding.accepted_by}" if finding.accepted else ""
            if finding.repeat:
                accepted += "; repeat finding"
            print(
                f"        Finding {finding.id}: {finding.observed} "
                f"[{', '.join(finding.element_codes)}] {finding.compliance.label.lower()}, "
                f"{finding.likelihood.label.lower()} × {finding.impact.label.lower()}{accepted}"
            )
    return EXIT_OK


def _add_finding(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        tracer = tracer_by_id(session, args.tracer)
        assessment = chosen_assessment(session, args.project, str(tracer.assessment_id))
        if not args.elements:
            raise TracerError("A finding needs at least one measurable element: give --element.")
        elements = [element_assessment_by_code(session, assessment, c) for c in args.elements]
        finding_id = record_finding(
            session,
            tracer_id=args.tracer,
            observed=args.observed,
            element_assessment_ids=[element_id for _code, element_id in elements],
            compliance=Result(args.compliance),
            location=args.where,
            likelihood=Likelihood(args.likelihood),
            impact=Impact(args.impact),
            evidence_files=args.files,
            user=user,
            monitor=monitor,
        )
    codes = ", ".join(code for code, _id in elements)
    print(f"Finding {finding_id} recorded on tracer {args.tracer}: {codes}.")
    return EXIT_OK


def _accept(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        acceptance = accept_finding(session, args.finding, user=user)
    changed = len(acceptance.results_before)
    print(
        f"Finding {args.finding} accepted: {changed} element{'s' if changed != 1 else ''} changed."
    )
    return EXIT_OK


def _delete(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        contents = tracer_contents(session, args.tracer)
        if contents.findings and not args.with_findings:
            accepted = (
                f", {contents.accepted_findings} of them accepted into the checklist"
                if contents.accepted_findings
                else ""
            )
            raise UsageError(
                f"Tracer {args.tracer} has {counted(contents.findings, 'finding')}{accepted}; "
                "give --with-findings to delete them with it."
            )
        delete_tracer(session, args.tracer, user=user)
    went = f" with its {counted(contents.findings, 'finding')}" if contents.findings else ""
    print(f"Tracer {args.tracer} ({contents.focus}) deleted{went}.")
    _say_what_stays(contents.accepted_findings, contents.answering_actions, answered="them")
    return EXIT_OK


def _delete_finding(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        removed = delete_finding(session, args.finding, user=user)
    print(f"Finding {args.finding} deleted: {removed.values['observed']}")
    accepted = 1 if removed.values["accepted_at"] is not None else 0
    _say_what_stays(accepted, len(removed.action_ids))
    return EXIT_OK


def _say_what_stays(accepted: int, actions: int, *, answered: str = "it") -> None:
    """What deleting left in place; ``answered``: what the actions answered ("it", "them")."""
    if accepted:
        print("  The results accepted into the checklist stay there.")
    if actions:
        stays = "stays" if actions == 1 else "stay"
        print(
            f"  {counted(actions, 'corrective action')} answering {answered} {stays}, no longer "
            "tied to a finding."
        )
    print("  Evidence files stay in the project.")
