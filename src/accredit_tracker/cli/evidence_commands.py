"""The evidence commands: attach files to a measurable element, list the evidence files, and
export an assessment's evidence into a folder per chapter and element, with an index."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import (
    PROJECT_HELP,
    chosen_assessment,
    element_assessment_by_code,
    iso_date,
)
from accredit_tracker.cli.command_line import EXIT_FAILURE, EXIT_OK
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.queries import LibraryRow, evidence_library, format_size
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.interchange.report.evidence_binder import export_evidence_binder

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_attach(commands: Commands) -> None:
    attach = commands.add_parser(
        "attach", help="attach evidence files to a measurable element of an assessment"
    )
    attach.add_argument("project", type=project_target, help=PROJECT_HELP)
    attach.add_argument("code", help='measurable element code, e.g. "PCI.3.1 ME 2"')
    attach.add_argument("files", type=Path, nargs="+", metavar="FILE", help="files to attach")
    attach.add_argument(
        "--assessment", help="assessment name or id (default: the most recently created)"
    )
    attach.add_argument("--description", default="", help="what the files show")
    attach.add_argument(
        "--review-date", type=iso_date, metavar="YYYY-MM-DD", help="when to review the files"
    )
    attach.set_defaults(handler=_attach)


def add_evidence(commands: Commands) -> None:
    evidence = commands.add_parser("evidence", help="list evidence files with their links")
    evidence.add_argument("project", type=project_target, help=PROJECT_HELP)
    evidence.add_argument("--assessment", help="only files linked in this assessment (name or id)")
    evidence.add_argument(
        "--expired", action="store_true", help="only files whose review date has passed"
    )
    evidence.add_argument(
        "--unlinked",
        action="store_true",
        help="only files supporting no element (of the assessment, when given)",
    )
    evidence.set_defaults(handler=_evidence)


def add_export_evidence(commands: Commands) -> None:
    export = commands.add_parser(
        "export-evidence",
        help="write an assessment's evidence into FOLDER/<chapter>/<element>/<file>, with an "
        "index workbook listing every file, its element and SHA-256 "
        "(exit 0 when every file was written, 1 listing those that were not)",
    )
    export.add_argument("project", type=project_target, help=PROJECT_HELP)
    export.add_argument("folder", type=Path, help="folder to write into (created if missing)")
    export.add_argument(
        "--assessment", help="assessment name or id (default: the most recently created)"
    )
    export.set_defaults(handler=_export_evidence)


def _attach(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        assessment = chosen_assessment(session, args.project, args.assessment)
        code, element_assessment_id = element_assessment_by_code(session, assessment, args.code)
        result = attach_files(
            session,
            args.files,
            [element_assessment_id],
            user=user,
            description=args.description,
            review_date=args.review_date,
            monitor=monitor,
        )
    where = f"{code} in '{assessment.name}'"
    if result.attached:
        print(f"Attached to {where}:")
    for attached in result.attached:
        if attached.linked_existing:
            print(
                f"  {attached.attached_name} ({format_size(attached.size)}): the project already "
                f"holds this content as '{attached.name}'; linked that file instead of adding "
                "a copy"
            )
        else:
            print(f"  {attached.name} ({format_size(attached.size)})")
    for present in result.already_present:
        print(
            f"{present.name} is already attached to {where} as '{present.existing_name}'; "
            "not attached again."
        )
    return EXIT_OK


def _evidence(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    path, which = args.project, args.assessment
    today = date.today()
    with open_project(path) as project, project.session() as session:
        assessment = None if which is None else chosen_assessment(session, path, which)
        rows = evidence_library(
            session,
            today=today,
            assessment_id=None if assessment is None else assessment.id,
            expired_on=today if args.expired else None,
            unlinked_only=args.unlinked,
        )
    scope = "" if assessment is None else f" of '{assessment.name}'"
    if not rows:
        print(f"No evidence files{scope} match.")
        return EXIT_OK
    print(f"{len(rows)} evidence file{'s' if len(rows) != 1 else ''}{scope}:")
    print(f"  {'ID':>5}  {'Name':<40} {'Size':>9}  {'Review':<18} {'Added':<10}  Supports")
    for row in rows:
        review = "" if row.review_date is None else row.review_date.isoformat()
        if row.is_expired(today):
            review += " expired"
        print(
            f"  {row.id:>5}  {row.name[:40]:<40} {format_size(row.size):>9}  {review:<18} "
            f"{row.added_at:%Y-%m-%d}  {_supports(row) or '—'}"
        )
    return EXIT_OK


def _supports(row: LibraryRow) -> str:
    by_assessment: dict[str, list[str]] = {}
    for element in row.supports:
        by_assessment.setdefault(element.assessment_name, []).append(element.code)
    return "; ".join(f"{', '.join(codes)} ({name})" for name, codes in by_assessment.items())


def _export_evidence(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    path = args.project
    with open_project(path) as project:
        with project.session() as session:
            assessment = chosen_assessment(session, path, args.assessment)
        assert assessment.id is not None
        binder = export_evidence_binder(project, args.folder, assessment.id, monitor)
    report = binder.export
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    print(
        f"Exported {files} ({format_size(report.bytes)}) of '{assessment.name}' to {report.folder}."
    )
    print(f"Index of every file, its element and SHA-256: {binder.index}")
    if not report.not_exported:
        return EXIT_OK
    print("Not exported:")
    for skipped in report.not_exported:
        print(f"  {skipped.path.as_posix()}: {skipped.problem}")
    count = len(report.not_exported)
    print(
        f"accredit: {count} evidence file{'s were' if count != 1 else ' was'} not exported "
        "(listed above); the others were.",
        file=sys.stderr,
    )
    return EXIT_FAILURE
