"""The corrective action commands: raise an action for a finding or for elements, list the
actions (or the overdue ones), move one on, verify a done one, delete one, write the
improvement plan, and list one person's work with its due dates as a calendar."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import (
    PROJECT_HELP,
    add_language_option,
    chosen_assessment,
    element_assessment_by_code,
    iso_date,
)
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.cli.terminal import counted
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.core.tracers.corrective_actions import (
    WORKING_STATUSES,
    action_by_id,
    raise_action,
    update_action,
    verify_action,
)
from accredit_tracker.core.tracers.my_work import WorkKind, my_work
from accredit_tracker.core.tracers.queries import actions_of
from accredit_tracker.core.tracers.removal import delete_action
from accredit_tracker.core.tracers.words import ActionStatus
from accredit_tracker.interchange.report.improvement_plan import write_improvement_plan
from accredit_tracker.interchange.report.work_calendar import write_work_calendar

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands

_ASSESSMENT_HELP = "assessment name or id (default: the most recently created)"


def add_action(commands: Commands) -> None:
    action = commands.add_parser("action", help="corrective actions: raise, list, move on, verify")
    actions = action.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = actions.add_parser("add", help="raise a corrective action")
    add.add_argument("project", type=project_target, help=PROJECT_HELP)
    add.add_argument("--what", required=True, help="what will be done")
    add.add_argument(
        "--element", dest="elements", action="append", default=[], metavar="CODE",
        help="a measurable element it serves (repeat for several; default: the finding's)",
    )  # fmt: skip
    add.add_argument("--finding", type=int, help="the finding it answers")
    add.add_argument("--root-cause", default="", help="the root cause it addresses")
    add.add_argument("--owner", default="", help="who is responsible")
    add.add_argument("--department", default="", help="the department doing it")
    add.add_argument(
        "--opened", type=iso_date, metavar="YYYY-MM-DD", help="when it was opened (default: today)"
    )
    add.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD", help="when it is due")
    add.add_argument("--measure", default="", help="how success will be measured")
    add.add_argument("--assessment", help=_ASSESSMENT_HELP)
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list the corrective actions by due date")
    listing.add_argument("project", type=project_target, help=PROJECT_HELP)
    listing.add_argument("--overdue", action="store_true", help="only those overdue today")
    listing.add_argument("--assessment", help=_ASSESSMENT_HELP)
    listing.set_defaults(handler=_list)

    status = actions.add_parser("status", help="move an action on: planned, in progress, done")
    status.add_argument("project", type=project_target, help=PROJECT_HELP)
    status.add_argument("id", type=int, help="the action's id (see `accredit action list`)")
    status.add_argument("status", choices=[s.value for s in WORKING_STATUSES])
    status.set_defaults(handler=_status)

    verify = actions.add_parser("verify", help="record whether a done action was effective")
    verify.add_argument("project", type=project_target, help=PROJECT_HELP)
    verify.add_argument("id", type=int, help="the action's id (see `accredit action list`)")
    outcome = verify.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--effective", action="store_true", help="the measure was met")
    outcome.add_argument("--not-effective", action="store_true", help="it was not")
    verify.add_argument("--by", required=True, help="who verified it")
    verify.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="when (default: today)")
    verify.add_argument("--result", default="", help="what the verification found")
    verify.add_argument(
        "--file", dest="files", type=Path, action="append", default=[], metavar="FILE",
        help="evidence of the verification (repeat for several)",
    )  # fmt: skip
    verify.set_defaults(handler=_verify)

    delete = actions.add_parser(
        "delete", help="delete an action (administrators; evidence files stay in the project)"
    )
    delete.add_argument("project", type=project_target, help=PROJECT_HELP)
    delete.add_argument("id", type=int, help="the action's id (see `accredit action list`)")
    delete.set_defaults(handler=_delete)


def add_plan(commands: Commands) -> None:
    plan = commands.add_parser(
        "plan",
        help="write a survey's improvement plan: each element not met or partially met with its "
        "findings, root causes, actions and verification (.xlsx)",
    )
    plan.add_argument("project", type=project_target, help=PROJECT_HELP)
    plan.add_argument("out", type=Path, help="the .xlsx file to write")
    plan.add_argument("--assessment", help=_ASSESSMENT_HELP)
    add_language_option(plan)
    plan.set_defaults(handler=_plan)


def _plan(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            assessment = chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        plan = write_improvement_plan(
            project, assessment.id, args.out, monitor=monitor, author=user
        )
    print(
        f"Wrote {plan.path} for '{assessment.name}': {counted(plan.elements, 'element')} not "
        f"met or partially met, {counted(plan.actions, 'action')}, {plan.overdue:,} overdue."
    )
    return EXIT_OK


def _add(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        assessment = chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        elements = [element_assessment_by_code(session, assessment, c) for c in args.elements]
        action_id = raise_action(
            session,
            assessment_id=assessment.id,
            what=args.what,
            element_assessment_ids=[element_id for _code, element_id in elements],
            finding_id=args.finding,
            root_cause=args.root_cause,
            owner=args.owner,
            department=args.department,
            opened_on=args.opened,
            due_on=args.due,
            measure=args.measure,
            user=user,
        )
    print(f"Action {action_id} raised in '{assessment.name}'.")
    return EXIT_OK


def _list(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    today = date.today()
    with open_project(args.project) as project, project.session() as session:
        assessment = chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        rows = actions_of(session, assessment.id, overdue_on=today if args.overdue else None)
    scope = "overdue corrective actions" if args.overdue else "corrective actions"
    if not rows:
        print(f"'{assessment.name}' has no {scope}.")
        return EXIT_OK
    print(f"{len(rows)} {scope} of '{assessment.name}':")
    for row in rows:
        due = row.due_on.isoformat() if row.due_on else "no due date"
        late = " OVERDUE" if row.overdue(today) else ""
        print(
            f"  {row.id:>4}  {row.what} [{', '.join(row.element_codes)}] — "
            f"{row.owner or 'no owner'}, due {due}{late}, {row.status.label.lower()}"
        )
        if row.measure:
            print(f"        Measure: {row.measure}")
        if row.verified_on is not None:
            print(
                f"        Verified {row.verified_on.isoformat()} by {row.verified_by}: "
                f"{row.verification}"
            )
    return EXIT_OK


def _status(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        changed = update_action(session, args.id, status=ActionStatus(args.status), user=user)
    label = ActionStatus(args.status).label.lower()
    print(f"Action {args.id} is {'now' if changed else 'already'} {label}.")
    return EXIT_OK


def _verify(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        verify_action(
            session,
            args.id,
            effective=args.effective,
            verified_by=args.by,
            verified_on=args.on,
            result=args.result,
            evidence_files=args.files,
            user=user,
            monitor=monitor,
        )
        status = action_by_id(session, args.id).status
    print(f"Action {args.id} verified: {status.label.lower()}.")
    return EXIT_OK


def _delete(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        removed = delete_action(session, args.id, user=user)
    print(f"Action {args.id} deleted: {removed.values['what']}")
    print("  Evidence files stay in the project.")
    return EXIT_OK


def add_my_work(commands: Commands) -> None:
    work = commands.add_parser(
        "my-work",
        help="list what one person is to do by due date (elements, actions, evidence reviews), "
        "and write the due dates as an .ics calendar",
    )
    work.add_argument("project", type=project_target, help=PROJECT_HELP)
    work.add_argument("--owner", required=True, help="the person, as named in owner fields")
    work.add_argument("--assessment", help="only this assessment (default: every unlocked one)")
    work.add_argument("--ics", type=Path, metavar="FILE", help="also write the due dates here")
    work.set_defaults(handler=_my_work)


_KIND_WORDS = {
    WorkKind.ELEMENT: "element",
    WorkKind.ACTION: "action",
    WorkKind.EVIDENCE_REVIEW: "evidence review",
}


def _my_work(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    today = date.today()
    with open_project(args.project) as project, project.session() as session:
        assessment_id = None
        if args.assessment is not None:
            assessment_id = chosen_assessment(session, args.project, args.assessment).id
        items = my_work(session, args.owner, today=today, assessment_id=assessment_id)
    owner = " ".join(args.owner.split())
    if not items:
        print(f"Nothing is assigned to {owner}.")
    else:
        print(f"{counted(len(items), 'item')} for {owner}, by due date:")
    for item in items:
        due = item.due.isoformat() if item.due else "no due date"
        late = " OVERDUE" if item.overdue else ""
        survey = f" ({item.assessment_name})" if item.assessment_name else ""
        print(f"  {due:<10}{late} {_KIND_WORDS[item.kind]}: {item.what}{survey}")
    if args.ics is not None:
        events = write_work_calendar(items, args.ics, owner=owner)
        print(f"Wrote {args.ics}: {counted(events, 'due date')}.")
    return EXIT_OK
