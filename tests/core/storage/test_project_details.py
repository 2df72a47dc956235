"""The project's own details: the facility's name, set once for the project with an audit row,
and read back by the report, on a project file and a shared project alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.readiness.report_data import report_heading
from accredit_tracker.core.storage.models import AuditEvent
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.storage.project_details import (
    ProjectDetailsError,
    facility_name,
    set_facility_name,
)
from factories import project_with_assessment


def named(project: Project, name: str, user: str = "ana") -> bool:
    with project.transaction() as session:
        return set_facility_name(session, name, user=user)


def trail(project: Project) -> list[tuple[Any, ...]]:
    with project.session() as session:
        rows = session.execute(
            select(col(AuditEvent.user), col(AuditEvent.entity), col(AuditEvent.field),
                   col(AuditEvent.old_value), col(AuditEvent.new_value))
            .where(col(AuditEvent.action) == "set_facility_name").order_by(col(AuditEvent.id))
        )  # fmt: skip
        return [tuple(row) for row in rows]


def test_the_facility_name_is_kept_with_an_audit_row(project_target: Path | str) -> None:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        with project.session() as session:
            assert facility_name(session) is None
            assert report_heading(session, assessment_id, "hospital").facility == "hospital"
        assert named(project, "  City Hospital\nNo. 1 ") is True
        assert named(project, "Toshkent shahar klinik shifoxonasi", user="aziz") is True
        with project.session() as session:
            assert facility_name(session) == "Toshkent shahar klinik shifoxonasi"
            heading = report_heading(session, assessment_id, "hospital")
            assert heading.facility == "Toshkent shahar klinik shifoxonasi"
        assert trail(project) == [
            ("ana", "project_setting", "facility_name", None, "City Hospital No. 1"),
            ("aziz", "project_setting", "facility_name", "City Hospital No. 1",
             "Toshkent shahar klinik shifoxonasi"),
        ]  # fmt: skip


def test_the_same_name_again_changes_and_records_nothing(project_path: Path) -> None:
    project, _ = project_with_assessment(project_path)
    with project:
        named(project, "City Hospital")
        assert named(project, " City Hospital ") is False
        assert len(trail(project)) == 1


@pytest.mark.parametrize(
    ("name", "message"),
    [(" \n ", "The facility's name is empty."),
     ("x" * 201, "The facility's name is longer than 200 characters.")],
)  # fmt: skip
def test_an_empty_or_overlong_name_is_refused_and_nothing_changes(
    project_path: Path, name: str, message: str
) -> None:
    project, _ = project_with_assessment(project_path)
    with project:
        named(project, "City Hospital")
        with pytest.raises(ProjectDetailsError, match=message):
            named(project, name)
        with project.session() as session:
            assert facility_name(session) == "City Hospital"
        assert len(trail(project)) == 1
