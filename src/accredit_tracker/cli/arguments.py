"""What the commands' arguments share: the project (a file, or a shared project's URL with its
password), dates, the language and CSV separator options, and the assessment a name or id
stands for and the measurable element a code stands for."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlmodel import Session

from accredit_tracker.core.assessment.element_lookup import element_assessments_by_code
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.credentials import with_known_password
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import shown_url
from accredit_tracker.core.translations import available_languages
from accredit_tracker.interchange.report.csv_format import (
    DELIMITER_NAMES,
    delimiter_named,
    language_delimiter,
)

PROJECT_HELP = (
    "the .accredit project file, or a shared project's URL "
    "(postgresql+psycopg://user@server/database)"
)


class UsageError(UserError):
    """Bad arguments or bad input; printed as is, exit code 2."""


def iso_date(text: str) -> date:
    """An argument type: a date typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD") from None


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """The --language option of the commands that write a file for people to read."""
    parser.add_argument(
        "--language",
        choices=available_languages(),
        help="the language of the file's sheet names, headers and results (default: English)",
    )


def add_delimiter_option(parser: argparse.ArgumentParser) -> None:
    """The --delimiter option of the commands that may write a CSV file."""
    parser.add_argument(
        "--delimiter",
        choices=list(DELIMITER_NAMES.values()),
        help="what separates a CSV file's fields: ',' or ';' (then numbers get a decimal "
        "comma) or 'tab' (default: ';' with --language ru or uz_Latn, as Excel there expects, "
        "else ',')",
    )


def chosen_delimiter(args: argparse.Namespace) -> str:
    """The CSV separator the --delimiter option names, or the one of the --language."""
    if args.delimiter is not None:
        return delimiter_named(args.delimiter)
    return language_delimiter(args.language)


def with_password(url: str) -> str:
    """A shared project's URL ready to connect: its own password, the system keyring's, or
    the one psycopg finds itself (PGPASSWORD, ~/.pgpass); asked for at a terminal otherwise.
    The password is never printed or logged."""
    ready = with_known_password(url)
    if ready is not None:
        return ready
    told = os.environ.get("PGPASSWORD") or os.environ.get("PGPASSFILE")
    if told or (Path.home() / ".pgpass").exists() or not sys.stdin.isatty():
        return url
    password = getpass.getpass(f"Password for {shown_url(url)}: ")
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def project_shown(project: Path | str) -> str:
    """The project as messages name it: the file's name, or the shared project's URL without
    its password."""
    return project.name if isinstance(project, Path) else shown_url(project)


def chosen_assessment(session: Session, path: Path | str, which: str | None) -> Assessment:
    """The assessment named (or numbered) ``which``; by default the most recently created."""
    every = assessments(session)
    shown = project_shown(path)
    if not every:
        raise UsageError(f"{shown} has no assessment yet; create one first.")
    if which is None:
        return max(every, key=lambda a: (a.created_at, a.id or 0))
    named = [a for a in every if a.name == which] or [
        a for a in every if a.name.casefold() == which.strip().casefold()
    ]
    if len(named) > 1:
        ids = ", ".join(str(a.id) for a in named)
        raise UsageError(
            f"{shown} has {len(named)} assessments named '{which}'; give its id ({ids})."
        )
    chosen = named or [a for a in every if str(a.id) == which.strip()]
    if not chosen:
        raise UsageError(f"{shown} has no assessment named or numbered '{which}'.")
    return chosen[0]


def element_assessment_by_code(
    session: Session, assessment: Assessment, code: str
) -> tuple[str, int]:
    """The element's code as stored and its element assessment id, found by its code as
    typed: exactly, or ignoring case and spaces ("pci.3.1 me2")."""
    assert assessment.id is not None
    matches = element_assessments_by_code(session, assessment.id, code)
    if len(matches) == 1:
        return matches[0]
    if matches:
        codes = ", ".join(match.code for match in matches)
        raise UsageError(
            f"'{code}' matches several measurable elements ({codes}); type it exactly."
        )
    raise UsageError(
        f"Assessment '{assessment.name}' has no measurable element '{code}' "
        '(codes look like "PCI.3.1 ME 2").'
    )
