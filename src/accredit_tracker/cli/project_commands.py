"""The project-file commands: create, copy, backup and verify, and the project's details."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import PROJECT_HELP, UsageError, with_password
from accredit_tracker.cli.command_line import EXIT_FAILURE, EXIT_OK
from accredit_tracker.cli.terminal import counted
from accredit_tracker.core.evidence.queries import evidence_library, format_size
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.integrity import (
    OtherProjectAtTarget,
    backup_project,
    check_project_file,
    verify_project,
)
from accredit_tracker.core.storage.project import (
    ProjectDamaged,
    create_project,
    newest_backup,
    open_project,
    project_target,
)
from accredit_tracker.core.storage.project_details import set_facility_name
from accredit_tracker.core.storage.transfer import copy_project
from accredit_tracker.demo import create_demo_project

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_create(commands: Commands) -> None:
    create = commands.add_parser("create", help="create a new project file")
    create.add_argument(
        "project",
        type=project_target,
        help="path of the new .accredit file, or the URL of an empty database",
    )
    create.add_argument(
        "--demo", action="store_true", help="fill it with the demo library and a mock survey"
    )
    create.set_defaults(handler=_create)


def add_verify(commands: Commands) -> None:
    verify = commands.add_parser(
        "verify",
        help="re-check every stored evidence file against its SHA-256 "
        "(exit 0 when intact, 1 listing what is damaged)",
    )
    verify.add_argument("project", type=project_target, help=PROJECT_HELP)
    verify.set_defaults(handler=_verify)


def add_backup(commands: Commands) -> None:
    backup = commands.add_parser(
        "backup", help="write a consistent copy of the project, even while it is open"
    )
    backup.add_argument("project", type=project_target, help=PROJECT_HELP)
    backup.add_argument(
        "target",
        type=Path,
        help="backup file (or folder) to write; an earlier backup of the project there is replaced",
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help="replace TARGET even when it holds a different project (not an earlier backup "
        "of this one)",
    )
    backup.set_defaults(handler=_backup)


def add_copy(commands: Commands) -> None:
    copy = commands.add_parser(
        "copy",
        help="copy a project into a new file or an empty shared database, or back, and check "
        "the copy (row counts, contents, every evidence file's SHA-256)",
    )
    copy.add_argument("source", type=project_target, help=PROJECT_HELP)
    copy.add_argument(
        "target",
        type=project_target,
        help="a new .accredit file, or an empty database's URL; leave the password out and "
        "give it in PGPASSWORD or ~/.pgpass (or at the prompt)",
    )
    copy.set_defaults(handler=_copy)


def add_project(commands: Commands) -> None:
    details = commands.add_parser(
        "project", help="the project's own details, such as the facility's name reports show"
    )
    actions = details.add_subparsers(dest="action", required=True, metavar="ACTION")
    set_name = actions.add_parser(
        "set-name", help="set the facility's name that reports show (instead of the file's)"
    )
    set_name.add_argument("project", type=project_target, help=PROJECT_HELP)
    set_name.add_argument("name", help='the facility\'s name, e.g. "City Hospital No. 1"')
    set_name.set_defaults(handler=_set_name)


def _set_name(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        changed = set_facility_name(session, args.name, user=user)
    name = " ".join(args.name.split())
    if changed:
        print(f"The facility of {project.name} is now named '{name}'.")
    else:
        print(f"The facility of {project.name} was already named '{name}'.")
    return EXIT_OK


def _create(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    path = args.project
    if args.demo:
        project = create_demo_project(path, user=user, monitor=monitor)
    else:
        project = create_project(path, user=user)
    with project, project.session() as session:
        counts = library_counts(session)
    what = f" with {counts[0].elements:,} measurable elements" if counts else ""
    print(f"Created {path}{what}.")
    return EXIT_OK


def _copy(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    source, target = args.source, args.target
    if isinstance(source, str):
        source = with_password(source)
    if isinstance(target, str):
        target = with_password(target)
    report = copy_project(source, target, user=user, monitor=monitor)
    evidence = counted(report.evidence_files, "evidence file")
    print(
        f"Copied {report.source} to {report.target}: {report.total_rows:,} rows, "
        f"{evidence} ({format_size(report.evidence_bytes)}); "
        "row counts, row contents and every evidence file's SHA-256 checked."
    )
    return EXIT_OK


def _verify(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    try:
        return _verify_project(args.project, monitor)
    except ProjectDamaged:
        if not isinstance(args.project, Path):
            raise
        return _verify_damaged_file(args.project)


def _verify_damaged_file(path: Path) -> int:
    """Say what SQLite's check finds in a file too damaged to open, and where a backup is."""
    found = check_project_file(path) or ["the file cannot be read as a project"]
    for message in found:
        print(f"database: {message}")
    backup = newest_backup(path)
    where = "" if backup is None else f"; the newest beside it is {backup}"
    print(
        f"accredit: {path.name} is damaged ({counted(len(found), 'problem')}); "
        f"restore it from a backup{where}.",
        file=sys.stderr,
    )
    return EXIT_FAILURE


def _verify_project(target: Path | str, monitor: TaskMonitor) -> int:
    with open_project(target) as project, project.session() as session:
        report = verify_project(session, monitor)
        files = len(evidence_library(session, today=date.today()))
    database, problems = report.database, report.content
    if report.note:
        print(report.note)
    if report.head is not None:
        print(f"audit trail: {report.head}")
    if report.sound:
        checked = f"{files} evidence file{'s' if files != 1 else ''} checked"
        print(f"{project.name}: {checked}, all intact; the audit trail's hash chain holds.")
        return EXIT_OK
    for message in database:
        print(f"database: {message}")
    for problem in problems:
        names = ", ".join(problem.names) or "no evidence file"
        print(f"{names} (sha256 {problem.sha256[:12]}…): {problem.problem}")
    if report.chain is not None:
        print(f"audit trail: the hash chain breaks at {report.chain}")
    found = len(database) + len(problems) + (report.chain is not None)
    advice = (
        "restore the files listed from a backup"
        if report.chain is None
        else "the audit trail was altered outside Accredit Tracker; compare it with a backup"
    )
    print(
        f"accredit: {project.name} is damaged ({found} problem{'s' if found != 1 else ''}); "
        f"{advice}.",
        file=sys.stderr,
    )
    return EXIT_FAILURE


def _backup(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        try:
            written = backup_project(
                project, args.target, monitor, replace_other_project=args.force
            )
        except OtherProjectAtTarget as error:
            raise UsageError(
                f"{error} Choose another name, or give --force to replace it."
            ) from None
    print(f"Backed up {project.name} to {written} ({format_size(written.stat().st_size)}).")
    return EXIT_OK
