"""The checklist commands: a summary of counts and scores per chapter, and locking or
unlocking an assessment."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from accredit_tracker.cli.arguments import PROJECT_HELP, UsageError, chosen_assessment
from accredit_tracker.cli.command_line import EXIT_OK
from accredit_tracker.core.assessment.assessments import set_locked
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.overview import AssessmentOverview, assessments, overview
from accredit_tracker.core.readiness.scoring import format_score
from accredit_tracker.core.storage.project import open_project, project_target
from accredit_tracker.core.storage.project_details import facility_name

if TYPE_CHECKING:
    from accredit_tracker.cli.command_line import Commands


def add_summary(commands: Commands) -> None:
    summary = commands.add_parser("summary", help="print counts and scores per chapter")
    summary.add_argument("project", type=project_target, help=PROJECT_HELP)
    summary.add_argument("--assessment", help="assessment name or id (default: all)")
    summary.set_defaults(handler=_summary)


def add_lock_and_unlock(commands: Commands) -> None:
    for name, what, handler in (
        ("lock", "lock an assessment after its survey: every change to it is then refused", _lock),
        ("unlock", "unlock an assessment so that it can be changed again (audited)", _unlock),
    ):
        locking = commands.add_parser(name, help=what)
        locking.add_argument("project", type=project_target, help=PROJECT_HELP)
        locking.add_argument(
            "--assessment", help="assessment name or id (default: the most recently created)"
        )
        locking.set_defaults(handler=handler)


def _summary(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    path, which = args.project, args.assessment
    with open_project(path) as project, project.session() as session:
        print(f"Project {project.name}")
        facility = facility_name(session)
        if facility is not None:
            print(f"  Facility: {facility}")
        for counts in library_counts(session):
            print(
                f"  Library '{counts.title}': {counts.chapters} chapters, "
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
        if chapter.too_little_assessed:
            mark = "not enough assessed"
        else:
            mark = {True: "met", False: "NOT met", None: "—"}[chapter.meets_threshold]
        print(
            f"  {chapter.code:<8} {title[:45]:<45} {chapter.elements:>8,} "
            f"{format_score(profile, chapter.score):>7}  {mark}"
        )


def _lock(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    return _set_locked(args, locked=True, user=user)


def _unlock(args: argparse.Namespace, user: str, monitor: TaskMonitor) -> int:
    return _set_locked(args, locked=False, user=user)


def _set_locked(args: argparse.Namespace, *, locked: bool, user: str) -> int:
    path = args.project
    with open_project(path) as project, project.transaction() as session:
        assessment = chosen_assessment(session, path, args.assessment)
        assert assessment.id is not None
        name = assessment.name
        changed = set_locked(session, assessment.id, locked, user=user)
    state = "locked" if locked else "unlocked"
    print(f"Assessment '{name}' {'is now' if changed else 'was already'} {state}.")
    return EXIT_OK
