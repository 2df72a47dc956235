"""The roles command: who may read or change a shared project (create its roles, grant or
revoke them, list their members, drop them)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import UsageError, with_password
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage import roles

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_roles(commands: Commands) -> None:
    access = commands.add_parser(
        "roles",
        help="who may read or change a shared project: create its roles, grant them to logins",
    )
    access.add_argument("action", choices=("create", "grant", "revoke", "list", "drop"))
    access.add_argument("project", help="the shared project's URL")
    access.add_argument("login", nargs="?", help="with grant and revoke: the login role")
    access.add_argument("role", nargs="?", choices=roles.GRANTABLE, help="with grant and revoke")
    access.add_argument(
        "--admin",
        required=True,
        help="URL of an account that may create roles (only its user and password are used)",
    )
    access.add_argument(
        "--dry-run", action="store_true", help="with create: print the SQL, change nothing"
    )
    access.set_defaults(handler=_roles)


def _roles(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    admin = with_password(args.admin)
    if args.action in ("grant", "revoke") and not args.login:
        raise UsageError(f"roles {args.action} needs the login to {args.action}.")
    if args.action == "grant" and not args.role:
        raise UsageError("roles grant needs the role: " + ", ".join(roles.GRANTABLE) + ".")
    if args.action == "list":
        for role, members in roles.role_members(admin, args.project).items():
            print(f"{role}: {', '.join(members) or '—'}")
        return EXIT_OK
    if args.action == "create":
        done = roles.create_roles(admin, args.project, dry_run=args.dry_run)
    elif args.action == "grant":
        done = roles.grant(admin, args.project, args.login, args.role)
    elif args.action == "revoke":
        done = roles.revoke(admin, args.project, args.login, args.role)
    else:
        done = roles.drop_roles(admin, args.project)
    print(roles.statements_for_dba(done) if done else "Nothing to change.")
    return EXIT_OK
