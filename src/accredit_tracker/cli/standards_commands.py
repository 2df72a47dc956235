"""The standards command: import a standards spreadsheet or library file as a new library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import PROJECT_HELP, UsageError
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.core.library.libraries import NewEditionQuestion, library_title
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.interchange.standards.plan import (
    LAYOUT_CHOICES,
    ImportOptions,
    parse_mapping,
    parse_prefixes,
)

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_import(commands: Commands) -> None:
    imp = commands.add_parser("import", help="import a standards spreadsheet as a new library")
    imp.add_argument("project", type=project_target, help=PROJECT_HELP)
    imp.add_argument(
        "file",
        type=Path,
        help=".xlsx, .xlsm, .xls, .ods or .csv file, or an open framework library (.yaml, .yml)",
    )
    imp.add_argument(
        "--sheet",
        help="sheet to read, in any case (default: the sheet whose headers are a standards list's)",
    )
    imp.add_argument("--layout", choices=LAYOUT_CHOICES, default="auto")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="say which field a column holds, by header or letter (e.g. D=standard_code); "
        "repeat as needed",
    )
    imp.add_argument(
        "--strip-prefix",
        action="append",
        default=[],
        metavar="COLUMN=TEXT",
        help="remove a label repeated at the start of a column's cells, by header or letter "
        "(e.g. 'D=Requirement:'); repeat as needed",
    )
    imp.add_argument(
        "--name", help="library name (default: the name the file gives, else the file name)"
    )
    imp.add_argument("--publisher", default="", help="default: the provider the file gives")
    imp.add_argument("--edition", default="", help="default: the version the file gives")
    imp.add_argument(
        "--new-edition",
        action="store_true",
        help="the project has a library of this name: keep this file beside it as a new "
        "edition (named by --edition, else by today's date)",
    )
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    options = ImportOptions(
        sheet=args.sheet,
        layout=args.layout,
        mapping=parse_mapping(args.map),
        strip_prefixes=parse_prefixes(args.strip_prefix),
        name=args.name,
        publisher=args.publisher,
        edition=args.edition,
    )
    with open_project(args.project) as project:
        try:
            report = import_standards(
                project,
                args.file,
                options,
                user=user,
                monitor=monitor,
                new_edition=args.new_edition,
            )
        except NewEditionQuestion as question:
            stored = ", ".join(library_title(question.name, e) for e in question.editions)
            raise UsageError(
                f"the project already has a library named '{question.name}' with different "
                f"content ({stored}); nothing was imported. To keep this file beside it as a new "
                "edition, run the command again with --new-edition (and --edition TEXT to name "
                "the edition), or give it another --name."
            ) from None
    if report.plan.reason:
        print(f"note: {report.plan.reason}", file=sys.stderr)
    for warning in report.warnings:
        print(f"note: {warning}", file=sys.stderr)
    library = report.library
    print(
        f"Imported '{report.title}' ({report.plan.layout} layout, sheet '{report.plan.sheet}'): "
        f"{len(library.chapters)} chapters, {library.standard_count:,} standards, "
        f"{library.element_count:,} measurable elements."
    )
    return EXIT_OK
