"""Another program holding a project file's write lock past the busy timeout: the change is
refused with a message for the user, nothing of it is stored, and it succeeds once the lock
is released."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.storage.sqlite_errors import ProjectBusy
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, project_with_assessment


def test_a_change_while_another_program_writes_is_refused_as_busy(project_path: Path) -> None:
    created, assessment_id = project_with_assessment(project_path)
    element_id = element_assessment_ids(created, assessment_id)["C0.1 ME 1"]
    created.close()
    project = open_project(project_path, busy_timeout_ms=100)
    change = [ElementChange(element_id, {"result": Result.FULLY_MET}, 1)]
    with closing(sqlite3.connect(project_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        busy = pytest.raises(ProjectBusy, match=r"is busy in another program .*; nothing was")
        with busy, project.transaction() as session:
            update_elements(session, change, user="officer")
        other.execute("ROLLBACK")
    with project.transaction() as session:
        assert (
            update_elements(session, change, user="officer")[element_id]["result"]
            == Result.FULLY_MET
        )
    project.close()
