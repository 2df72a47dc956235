"""Locking an assessment after its survey: every path that changes it is refused, and
locking and unlocking are themselves audited."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker import cli
from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    ElementChange,
    update_elements,
)
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.results.importer import plan_results_import
from factories import element_assessment_ids, project_with_assessment, write_bytes


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def audit_of(path: Path) -> list[tuple[str, str, str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT action, user, old_value, new_value FROM audit_event "
            "WHERE entity = 'assessment' AND field = 'locked' ORDER BY id"
        ).fetchall()


@pytest.fixture
def project(project_path: Path) -> Path:
    opened, _ = project_with_assessment(project_path)
    opened.close()
    return project_path


def test_lock_refuses_every_change_until_unlocked(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--user", "head of quality", "lock", project)
    assert (code, out.strip()) == (0, "Assessment 'Mock survey' is now locked.")
    with open_project(project) as opened:
        element = element_assessment_ids(opened, 1)["C0.1 ME 1"]

    # The checklist's service, evidence from the command line, and a report taken back.
    change = ElementChange(element, {"result": Result.FULLY_MET})
    with (
        open_project(project) as opened,
        pytest.raises(AssessmentError, match="is locked"),
        opened.transaction() as session,
    ):
        update_elements(session, [change], user="ana")
    code, _, err = run(capsys, "attach", project, "C0.1 ME 1", write_bytes(tmp_path / "a.pdf", 10))
    assert code == 2 and "Assessment 'Mock survey' is locked; unlock it first." in err
    report = tmp_path / "report.xlsx"
    assert run(capsys, "report", project, report)[0] == 0  # reading it is fine
    book = load_workbook(report)
    book["Elements"]["E2"] = "Fully met"
    book.save(report)
    with open_project(project) as opened, pytest.raises(AssessmentError, match="is locked"):
        plan_results_import(opened, 1, report)

    code, out, _ = run(capsys, "lock", project)
    assert (code, out.strip()) == (0, "Assessment 'Mock survey' was already locked.")
    code, out, _ = run(capsys, "--user", "head of quality", "unlock", project, "--assessment", "1")
    assert (code, out.strip()) == (0, "Assessment 'Mock survey' is now unlocked.")
    assert run(capsys, "attach", project, "C0.1 ME 1", tmp_path / "a.pdf")[0] == 0
    assert audit_of(project) == [
        ("lock_assessment", "head of quality", "False", "True"),
        ("unlock_assessment", "head of quality", "True", "False"),
    ]


def test_locking_an_unknown_assessment_is_a_clear_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "lock", project, "--assessment", "Official survey 2027")
    assert code == 2 and "has no assessment named or numbered 'Official survey 2027'" in err
    assert audit_of(project) == []
