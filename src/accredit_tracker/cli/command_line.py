"""The frame every command hangs on: the top-level parser, the call of the chosen command's
handler, and how its outcome becomes a message and an exit code.

A command-group module adds its sub-commands to the parser and gives each one its handler with
``set_defaults(handler=...)``; :func:`run` calls it as ``handler(args, user, monitor)``. A
:class:`~accredit_tracker.core.errors.UserError` is the user's to fix: its message is printed
and the exit code is 2. Anything else is a bug: it is logged with its traceback and the exit
code is 1.

Ctrl+C and a termination request (SIGTERM, as ``kill`` or a service manager sends) stop the
command the same way: the work's own clean-up runs (no partial file is left), "cancelled" is
said, and the exit code is 130 or 143 as shells report a command that such a signal ended.
When the reader of the output goes away (``accredit summary … | head -1``), the command stops
writing and ends quietly with 141, as a program that the broken pipe ended.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
# 128 + the signal's number, as a shell reports a command that the signal ended.
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 130, 141, 143

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
        with language(ts_translator(chosen) if chosen else english), _termination_interrupts():
            code = handler(args, user, monitor)
            sys.stdout.flush()  # a reader that went away is told here, not at exit
            return code
    except BrokenPipeError:
        _discard_further_output()
        return EXIT_BROKEN_PIPE
    # A spreadsheet's problems are a UserError too, listed under a line of their own.
    except SpreadsheetError as error:
        bar.close()
        print(f"accredit: cannot import; nothing was changed:\n{error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except UserError as error:
        bar.close()
        print(f"accredit: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (Cancelled, KeyboardInterrupt) as stopped:
        bar.close()
        print("accredit: cancelled; nothing was changed.", file=sys.stderr)
        if isinstance(stopped, Terminated):
            return EXIT_TERMINATED
        return EXIT_INTERRUPTED if isinstance(stopped, KeyboardInterrupt) else EXIT_FAILURE
    except Exception:
        bar.close()
        log.error("Unexpected failure in %s:\n%s", args.command, traceback.format_exc())
        print(f"accredit: unexpected error; the details are in {log_file()}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        bar.close()


class Terminated(KeyboardInterrupt):
    """A termination request (SIGTERM) arrived: the command stops as on Ctrl+C."""


@contextmanager
def _termination_interrupts() -> Iterator[None]:
    """While the block runs, a termination request raises :class:`Terminated` in the main
    thread, so that the work's ``finally`` clean-up runs as on Ctrl+C; a second request
    during that clean-up is ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(_number: int, _frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    before = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _discard_further_output() -> None:
    """Send what is left of the standard output nowhere, so that nothing complains about the
    closed pipe when the program ends."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # not a real file (a test's captured output): nothing will be flushed to it
