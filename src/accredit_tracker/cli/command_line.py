"""The frame every command hangs on: the top-level parser, the call of the chosen command's
handler, and how its outcome becomes a message and an exit code.

A command-group module adds its sub-commands to the parser and gives each one its handler with
``set_defaults(handler=...)``; :func:`run` calls it as ``handler(args, user, monitor)``. A
:class:`~accredit_tracker.core.errors.UserError` is the user's to fix: its message is printed
and the exit code is 2. Anything else is a bug: it is logged with its traceback and the exit
code is 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from accredit_tracker import __version__
from accredit_tracker.cli.arguments import with_password
from accredit_tracker.cli.terminal import ProgressBar
from accredit_tracker.core.audit.recording import current_user
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import english, language
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.logs import log_file, setup_logging

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

Handler: TypeAlias = Callable[[argparse.Namespace, str, TaskMonitor], int]
"""A command's work: its parsed arguments, the user recorded in the audit trail and the
progress monitor in, the exit code out."""

log = logging.getLogger(__name__)


def new_parser() -> tuple[argparse.ArgumentParser, Commands]:
    """The top-level parser with the options every command shares, and the group its
    sub-commands are added to."""
    parser = argparse.ArgumentParser(
        prog="accredit",
        description="Accredit Tracker on the command line: project files, standards, readiness, "
        "evidence.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--user", help="name recorded in the audit trail (default: your login)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    return parser, commands


def run(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> int:
    """Parse ``argv``, run the chosen command and return the exit code to end with."""
    setup_logging()
    args = parser.parse_args(argv)
    user = args.user or current_user()
    bar = ProgressBar()
    monitor = TaskMonitor(bar)
    chosen = getattr(args, "language", None)
    if isinstance(getattr(args, "project", None), str):
        args.project = with_password(args.project)
    handler: Handler = args.handler
    try:
        with language(ts_translator(chosen) if chosen else english):
            return handler(args, user, monitor)
    # A spreadsheet's problems are a UserError too, listed under a line of their own.
    except SpreadsheetError as error:
        bar.close()
        print(f"accredit: cannot import; nothing was changed:\n{error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except UserError as error:
        bar.close()
        print(f"accredit: {error}", file=sys.stderr)
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
