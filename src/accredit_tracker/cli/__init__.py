"""The `accredit` command: project files, standards import, summaries, evidence, tracers and
reports, without a display.

Each command group has its own module, which adds its sub-commands to the parser and gives
each one its handler; :mod:`accredit_tracker.cli.command_line` runs the one chosen.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from accredit_tracker.cli import (
    action_commands,
    assessment_commands,
    checklist_commands,
    evidence_commands,
    mapping_commands,
    project_commands,
    report_commands,
    results_commands,
    roles_commands,
    standards_commands,
    tracer_commands,
)
from accredit_tracker.cli.command_line import new_parser, run

# The sub-commands in the order `accredit --help` lists them.
_SUB_COMMANDS = (
    project_commands.add_create,
    standards_commands.add_import,
    mapping_commands.add_mapping,
    assessment_commands.add_assessment,
    checklist_commands.add_summary,
    evidence_commands.add_attach,
    evidence_commands.add_evidence,
    evidence_commands.add_export_evidence,
    project_commands.add_verify,
    project_commands.add_backup,
    report_commands.add_report,
    report_commands.add_audit_trail,
    report_commands.add_compare,
    results_commands.add_take_back,
    tracer_commands.add_tracer,
    action_commands.add_action,
    action_commands.add_plan,
    action_commands.add_my_work,
    checklist_commands.add_lock_and_unlock,
    project_commands.add_copy,
    project_commands.add_project,
    roles_commands.add_roles,
)


def build_parser() -> argparse.ArgumentParser:
    """The `accredit` parser with every sub-command."""
    parser, commands = new_parser()
    for add in _SUB_COMMANDS:
        add(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `accredit` with ``argv`` (by default the process's arguments); the exit code."""
    return run(build_parser(), argv)
