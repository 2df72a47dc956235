"""The `accredit` command: project files, standards import, summaries, evidence and reports,
without a display."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlmodel import Session

from accredit_tracker import __version__
from accredit_tracker.core.assessment.assessments import set_locked
from accredit_tracker.core.assessment.element_lookup import element_assessments_by_code
from accredit_tracker.core.audit.recording import current_user
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.evidence.files import export_evidence
from accredit_tracker.core.evidence.queries import LibraryRow, evidence_library, format_size
from accredit_tracker.core.i18n import english, language
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import Cancelled, TaskMonitor
from accredit_tracker.core.readiness.comparison import compare_assessments
from accredit_tracker.core.readiness.overview import AssessmentOverview, assessments, overview
from accredit_tracker.core.readiness.scoring import format_score
from accredit_tracker.core.storage import roles
from accredit_tracker.core.storage.credentials import with_known_password
from accredit_tracker.core.storage.integrity import (
    backup_project,
    verify_project,
)
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import (
    create_project,
    open_project,
    project_target,
    shown_url,
)
from accredit_tracker.core.storage.transfer import copy_project
from accredit_tracker.core.translations import available_languages, ts_translator
from accredit_tracker.demo import create_demo_project
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.report.audit_trail import write_audit_trail
from accredit_tracker.interchange.report.comparison import write_comparison
from accredit_tracker.interchange.report.workbook import (
    write_elements_csv,
    write_report,
)
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.interchange.standards.plan import LAYOUT_CHOICES, ImportOptions, parse_mapping
from accredit_tracker.logs import log_file, setup_logging

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
PROJECT_HELP = (
    "the .accredit project file, or a shared project's URL "
    "(postgresql+psycopg://user@server/database)"
)
log = logging.getLogger(__name__)


class UsageError(UserError):
    """Bad arguments or bad input; printed as is, exit code 2."""


class ProgressBar:
    """A one-line text progress bar on a terminal; silent when output goes to a file or pipe."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done != total):
            return
        self.last = now
        if total > 0:
            filled = self.width * done // total
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"\r{stage}: [{bar}] {100 * done // total:3d}%"
        else:
            line = f"\r{stage}: {done:,} rows"
        self.stream.write(line.ljust(70))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accredit",
        description="Accredit Tracker on the command line: project files, standards, readiness, "
        "evidence.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--user", help="name recorded in the audit trail (default: your login)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    create = commands.add_parser("create", help="create a new project file")
    create.add_argument(
        "project",
        type=project_target,
        help="path of the new .accredit file, or the URL of an empty database",
    )
    create.add_argument(
        "--demo", action="store_true", help="fill it with the demo library and a mock survey"
    )

    imp = commands.add_parser("import", help="import a standards spreadsheet as a new library")
    imp.add_argument("project", type=project_target, help=PROJECT_HELP)
    imp.add_argument("file", type=Path, help=".xlsx, .xlsm, .xls, .ods or .csv file")
    imp.add_argument("--sheet", help="sheet to read (default: the first with data)")
    imp.add_argument("--layout", choices=LAYOUT_CHOICES, default="auto")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="say which field a column holds, by header or letter (e.g. D=standard_code); "
        "repeat as needed",
    )
    imp.add_argument("--name", help="library name (default: the file name)")
    imp.add_argument("--publisher", default="")
    imp.add_argument("--edition", default="")

    summary = commands.add_parser("summary", help="print counts and scores per chapter")
    summary.add_argument("project", type=project_target, help=PROJECT_HELP)
    summary.add_argument("--assessment", help="assessment name or id (default: all)")

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
        "--review-date", type=_iso_date, metavar="YYYY-MM-DD", help="when to review the files"
    )

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

    export = commands.add_parser(
        "export-evidence",
        help="write an assessment's evidence into FOLDER/<chapter>/<element>/<file>",
    )
    export.add_argument("project", type=project_target, help=PROJECT_HELP)
    export.add_argument("folder", type=Path, help="folder to write into (created if missing)")
    export.add_argument(
        "--assessment", help="assessment name or id (default: the most recently created)"
    )

    verify = commands.add_parser(
        "verify",
        help="re-check every stored evidence file against its SHA-256 "
        "(exit 0 when intact, 1 listing what is damaged)",
    )
    verify.add_argument("project", type=project_target, help=PROJECT_HELP)

    backup = commands.add_parser(
        "backup", help="write a consistent copy of the project, even while it is open"
    )
    backup.add_argument("project", type=project_target, help=PROJECT_HELP)
    backup.add_argument("target", type=Path, help="backup file (or folder) to write")

    report = commands.add_parser(
        "report",
        help="write an assessment's Excel audit report (or, with --csv, its elements table)",
    )
    report.add_argument("project", type=project_target, help=PROJECT_HELP)
    report.add_argument("out", type=Path, help="the .xlsx file to write (a .csv file with --csv)")
    report.add_argument(
        "--assessment", help="assessment name or id (default: the most recently created)"
    )
    report.add_argument(
        "--audit-trail", action="store_true", help="add a sheet with every change in the assessment"
    )
    report.add_argument(
        "--csv", action="store_true", help="write the elements table as CSV (UTF-8) instead"
    )
    _language_option(report)
    trail = commands.add_parser(
        "audit-trail", help="write the audit trail (who changed what, when) to .xlsx or .csv"
    )
    trail.add_argument("project", type=project_target, help=PROJECT_HELP)
    trail.add_argument("out", type=Path, help="the .xlsx or .csv file to write")
    trail.add_argument("--assessment", help="only changes in this assessment (name or id)")
    _language_option(trail)
    compare = commands.add_parser(
        "compare",
        help="compare two assessments: each chapter then and now, and what became of each element",
    )
    compare.add_argument("project", type=project_target, help=PROJECT_HELP)
    compare.add_argument("earlier", help="the earlier assessment (name or id)")
    compare.add_argument("later", help="the later assessment (name or id)")
    compare.add_argument("--out", type=Path, help="also write the comparison to this .xlsx file")
    _language_option(compare)
    for name, what in (
        ("lock", "lock an assessment after its survey: every change to it is then refused"),
        ("unlock", "unlock an assessment so that it can be changed again (audited)"),
    ):
        locking = commands.add_parser(name, help=what)
        locking.add_argument("project", type=project_target, help=PROJECT_HELP)
        locking.add_argument(
            "--assessment", help="assessment name or id (default: the most recently created)"
        )
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
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD") from None


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=available_languages(),
        help="the language of the file's sheet names, headers and results (default: English)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    user = args.user or current_user()
    bar = ProgressBar()
    monitor = TaskMonitor(bar)
    chosen = getattr(args, "language", None)
    if isinstance(getattr(args, "project", None), str):
        args.project = _with_password(args.project)
    try:
        with language(ts_translator(chosen) if chosen else english):
            return _run(args, user, monitor)
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


def _with_password(url: str) -> str:
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


def _run(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    if args.command == "create":
        return _create(args.project, args.demo, user, monitor)
    if args.command == "import":
        return _import(args, user, monitor)
    if args.command == "attach":
        return _attach(args, user, monitor)
    if args.command == "evidence":
        return _evidence(args.project, args.assessment, args.expired, args.unlinked)
    if args.command == "export-evidence":
        return _export_evidence(args.project, args.folder, args.assessment, monitor)
    if args.command == "verify":
        return _verify(args.project, monitor)
    if args.command == "backup":
        return _backup(args.project, args.target, monitor)
    if args.command == "report":
        return _report(args, user, monitor)
    if args.command == "audit-trail":
        return _audit_trail(args.project, args.out, args.assessment, monitor)
    if args.command == "compare":
        return _compare(args, monitor)
    if args.command == "roles":
        return _roles(args)
    if args.command == "copy":
        return _copy(args, user, monitor)
    if args.command in ("lock", "unlock"):
        return _lock(args.project, args.assessment, args.command == "lock", user)
    return _summary(args.project, args.assessment)


def _copy(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    source, target = args.source, args.target
    if isinstance(source, str):
        source = _with_password(source)
    if isinstance(target, str):
        target = _with_password(target)
    report = copy_project(source, target, user=user, monitor=monitor)
    evidence = _counted(report.evidence_files, "evidence file")
    print(
        f"Copied {report.source} to {report.target}: {report.total_rows:,} rows, "
        f"{evidence} ({format_size(report.evidence_bytes)}); "
        "row counts, row contents and every evidence file's SHA-256 checked."
    )
    return EXIT_OK


def _roles(args: argparse.Namespace) -> int:
    admin = _with_password(args.admin)
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


def _create(path: Path, demo: bool, user: str, monitor: TaskMonitor) -> int:
    if demo:
        project = create_demo_project(path, user=user, monitor=monitor)
    else:
        project = create_project(path, user=user)
    with project, project.session() as session:
        counts = library_counts(session)
    what = f" with {counts[0].elements:,} measurable elements" if counts else ""
    print(f"Created {path}{what}.")
    return EXIT_OK


def _import(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    options = ImportOptions(
        sheet=args.sheet,
        layout=args.layout,
        mapping=parse_mapping(args.map),
        name=args.name,
        publisher=args.publisher,
        edition=args.edition,
    )
    with open_project(args.project) as project:
        report = import_standards(project, args.file, options, user=user, monitor=monitor)
    for warning in report.warnings:
        print(f"note: {warning}", file=sys.stderr)
    library = report.library
    print(
        f"Imported '{library.name}' ({report.plan.layout} layout, sheet '{report.plan.sheet}'): "
        f"{len(library.chapters)} chapters, {library.standard_count:,} standards, "
        f"{library.element_count:,} measurable elements."
    )
    return EXIT_OK


def _summary(path: Path, which: str | None) -> int:
    with open_project(path) as project, project.session() as session:
        print(f"Project {project.name}")
        for counts in library_counts(session):
            print(
                f"  Library '{counts.name}': {counts.chapters} chapters, "
                f"{counts.standards:,} standards, {counts.elements:,} measurable elements"
            )
        chosen = [a for a in assessments(session) if which in (None, a.name, str(a.id))]
        if which is not None and not chosen:
            raise UsageError(f"{path.name} has no assessment named or numbered '{which}'.")
        for assessment in chosen:
            assert assessment.id is not None
            _print_overview(overview(session, assessment.id))
    return EXIT_OK


def _print_overview(view: AssessmentOverview) -> None:
    score = view.score
    profile = score.profile
    verdict = score.verdict
    print()
    print(f"Assessment '{view.name}' ({view.library_name}) — {profile.name}")
    provisional = " (provisional)" if verdict.provisional else ""
    print(f"  Overall: {format_score(profile, score.overall)} — {verdict.label}{provisional}")
    for reason in verdict.reasons:
        print(f"    {reason}")
    counts = ", ".join(f"{result.label.lower()} {n:,}" for result, n in score.counts.items())
    print(f"  Elements: {counts}")
    print(f"  {'Chapter':<8} {'Title':<45} {'Elements':>8} {'Score':>7}  Threshold")
    for chapter in score.chapters:
        title = view.chapter_titles.get(chapter.code, "")
        mark = {True: "met", False: "NOT met", None: "—"}[chapter.meets_threshold]
        print(
            f"  {chapter.code:<8} {title[:45]:<45} {chapter.elements:>8,} "
            f"{format_score(profile, chapter.score):>7}  {mark}"
        )


def _attach(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project, project.transaction() as session:
        assessment = _chosen_assessment(session, args.project, args.assessment)
        code, element_assessment_id = _element_assessment(session, assessment, args.code)
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
        reused = "" if attached.stored else ", content already in the project"
        print(f"  {attached.name} ({format_size(attached.size)}{reused})")
    for present in result.already_present:
        print(
            f"{present.name} is already attached to {where} as '{present.existing_name}'; "
            "not attached again."
        )
    return EXIT_OK


def _evidence(path: Path, which: str | None, expired: bool, unlinked: bool) -> int:
    today = date.today()
    with open_project(path) as project, project.session() as session:
        assessment = None if which is None else _chosen_assessment(session, path, which)
        rows = evidence_library(
            session,
            today=today,
            assessment_id=None if assessment is None else assessment.id,
            expired_on=today if expired else None,
            unlinked_only=unlinked,
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


def _export_evidence(path: Path, folder: Path, which: str | None, monitor: TaskMonitor) -> int:
    with open_project(path) as project, project.session() as session:
        assessment = _chosen_assessment(session, path, which)
        assert assessment.id is not None
        report = export_evidence(session, folder, assessment.id, monitor)
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    print(
        f"Exported {files} ({format_size(report.bytes)}) of '{assessment.name}' to {report.folder}."
    )
    return EXIT_OK


def _verify(path: Path | str, monitor: TaskMonitor) -> int:
    with open_project(path) as project, project.session() as session:
        report = verify_project(session, monitor)
        files = len(evidence_library(session, today=date.today()))
    database, problems = report.database, report.content
    if report.note:
        print(report.note)
    if report.sound:
        print(
            f"{project.name}: {files} evidence file{'s' if files != 1 else ''} checked, all intact."
        )
        return EXIT_OK
    for message in database:
        print(f"database: {message}")
    for problem in problems:
        names = ", ".join(problem.names) or "no evidence file"
        print(f"{names} (sha256 {problem.sha256[:12]}…): {problem.problem}")
    found = len(database) + len(problems)
    print(
        f"accredit: {project.name} is damaged ({found} problem{'s' if found != 1 else ''}); "
        "restore the files listed from a backup.",
        file=sys.stderr,
    )
    return EXIT_FAILURE


def _backup(path: Path, target: Path, monitor: TaskMonitor) -> int:
    with open_project(path) as project:
        written = backup_project(project, target, monitor)
    print(f"Backed up {project.name} to {written} ({format_size(written.stat().st_size)}).")
    return EXIT_OK


def _report(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    if args.csv and args.audit_trail:
        raise UsageError(
            "--audit-trail adds a sheet to the Excel report; it does not go with --csv."
        )
    with open_project(args.project) as project:
        with project.session() as session:
            assessment = _chosen_assessment(session, args.project, args.assessment)
        assert assessment.id is not None
        if args.csv:
            rows = write_elements_csv(project, assessment.id, args.out, monitor)
            print(f"Wrote {args.out}: {rows:,} measurable elements of '{assessment.name}'.")
            return EXIT_OK
        report = write_report(
            project,
            assessment.id,
            args.out,
            include_audit_trail=args.audit_trail,
            monitor=monitor,
            author=user,
        )
    trail = "" if report.audit_events is None else f", {_counted(report.audit_events, 'change')}"
    print(
        f"Wrote {report.path} for '{assessment.name}': {report.elements:,} measurable elements, "
        f"{report.gaps:,} on the action plan, {_counted(report.evidence_files, 'evidence file')}"
        f"{trail}."
    )
    return EXIT_OK


def _audit_trail(path: Path, out: Path, which: str | None, monitor: TaskMonitor) -> int:
    with open_project(path) as project:
        with project.session() as session:
            assessment = None if which is None else _chosen_assessment(session, path, which)
        assessment_id = None if assessment is None else assessment.id
        changes = write_audit_trail(project, out, assessment_id=assessment_id, monitor=monitor)
    scope = "" if assessment is None else f" in '{assessment.name}'"
    print(f"Wrote {out}: {_counted(changes, 'change')}{scope}.")
    return EXIT_OK


def _compare(args: argparse.Namespace, monitor: TaskMonitor) -> int:
    with open_project(args.project) as project:
        with project.session() as session:
            earlier = _chosen_assessment(session, args.project, args.earlier)
            later = _chosen_assessment(session, args.project, args.later)
            assert earlier.id is not None and later.id is not None
            comparison = compare_assessments(session, earlier.id, later.id)
        if args.out is not None:
            write_comparison(project, earlier.id, later.id, args.out, monitor=monitor)
    print(f"'{comparison.earlier_name}' → '{comparison.later_name}'")
    if comparison.profiles_differ:
        print(
            f"  Scored under different profiles: {comparison.earlier_profile.name} then, "
            f"{comparison.later_profile.name} now."
        )
    print(f"  {'Chapter':<8} {'Title':<45} {'Then':>7} {'Now':>7} {'Change':>7}")
    for chapter in (*comparison.chapters, comparison.overall):
        code = chapter.code or "Overall"
        title = "" if not chapter.code else chapter.title
        print(
            f"  {code:<8} {title[:45]:<45} {chapter.earlier_text:>7} "
            f"{chapter.later_text:>7} {chapter.change_text:>7}"
        )
    counts = ", ".join(f"{change.value} {n:,}" for change, n in comparison.counts.items())
    print(f"  Elements: {counts}")
    if args.out is not None:
        print(f"Wrote {args.out}.")
    return EXIT_OK


def _counted(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _lock(path: Path, which: str | None, locked: bool, user: str) -> int:
    with open_project(path) as project, project.transaction() as session:
        assessment = _chosen_assessment(session, path, which)
        assert assessment.id is not None
        name = assessment.name
        changed = set_locked(session, assessment.id, locked, user=user)
    state = "locked" if locked else "unlocked"
    print(f"Assessment '{name}' {'is now' if changed else 'was already'} {state}.")
    return EXIT_OK


def _chosen_assessment(session: Session, path: Path, which: str | None) -> Assessment:
    """The assessment named (or numbered) ``which``; by default the most recently created."""
    every = assessments(session)
    if not every:
        raise UsageError(f"{path.name} has no assessment yet; create one first.")
    if which is None:
        return max(every, key=lambda a: (a.created_at, a.id or 0))
    named = [a for a in every if a.name == which] or [
        a for a in every if a.name.casefold() == which.strip().casefold()
    ]
    if len(named) > 1:
        ids = ", ".join(str(a.id) for a in named)
        raise UsageError(
            f"{path.name} has {len(named)} assessments named '{which}'; give its id ({ids})."
        )
    chosen = named or [a for a in every if str(a.id) == which.strip()]
    if not chosen:
        raise UsageError(f"{path.name} has no assessment named or numbered '{which}'.")
    return chosen[0]


def _element_assessment(session: Session, assessment: Assessment, code: str) -> tuple[str, int]:
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


if __name__ == "__main__":
    sys.exit(main())
