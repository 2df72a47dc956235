"""Readiness day by day, rebuilt from the result changes in the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.readiness.dashboard import dashboard
from accredit_tracker.core.readiness.history import ReadinessPoint, readiness_history
from accredit_tracker.core.storage.models import Assessment, AuditEvent
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result
from damage import triggers_off
from evidence_survey import Survey
from factories import element_assessment_ids

F, P, A, X = Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_APPLICABLE, Result.NOT_ASSESSED


def stored_moment(day: date, hour: int = 12) -> datetime:
    """``hour`` o'clock on ``day`` in the computer's time zone, in UTC as the project stores it."""
    return datetime(day.year, day.month, day.day, hour).astimezone().astimezone(UTC)


def last_event(project: Project) -> int:
    with project.session() as session:
        return int(session.execute(select(func.coalesce(func.max(AuditEvent.id), 0))).scalar_one())


def on_day(project: Project, day: date, *changes: tuple[int, dict[str, Any]]) -> None:
    """Save ``changes`` (one save each, in order), then move their audit rows to ``day``."""
    last = last_event(project)
    for hour, (element_assessment_id, values) in enumerate(changes, start=9):
        with project.transaction() as session:
            update_elements(session, [ElementChange(element_assessment_id, values)], user="ana")
        with project.engine.begin() as connection:
            triggers_off(connection)  # the server would keep the time it wrote
            connection.execute(
                update(AuditEvent)
                .where(col(AuditEvent.id) > last)
                .values(at=stored_moment(day, hour))
            )
        last = last_event(project)


def created_on(project: Project, assessment_id: int, day: date) -> None:
    with project.engine.begin() as connection:
        connection.execute(
            update(Assessment)
            .where(col(Assessment.id) == assessment_id)
            .values(created_at=stored_moment(day, 8))
        )


def history(project: Project, assessment_id: int, today: date) -> list[tuple[Any, ...]]:
    with project.session() as session:
        points = readiness_history(session, assessment_id, today=today)
    return [(p.day.day, p.fully_met, p.assessed, p.applicable) for p in points]


def test_each_day_shows_the_results_at_its_end(survey: Survey) -> None:
    project, e = survey.project, survey.element
    created_on(project, survey.assessment_id, date(2026, 5, 1))
    on_day(project, date(2026, 5, 2), (e(0), {"result": F}), (e(1), {"result": P}))
    on_day(project, date(2026, 5, 4), (e(2), {"result": F}), (e(2), {"result": X}),
           (e(3), {"result": A}), (e(4), {"owner": "Aziz"}))  # fmt: skip
    on_day(project, date(2026, 5, 5), (e(1), {"result": F}))
    on_day(project, date(2026, 5, 7), (e(5), {"result": F}))
    assert history(project, survey.assessment_id, date(2026, 5, 6)) == [
        (1, 0, 0, 12),
        (2, 1, 2, 12),
        (3, 1, 2, 12),
        (4, 1, 2, 11),
        (5, 2, 2, 11),
        (6, 2, 2, 11),
    ]
    assert history(project, survey.assessment_id, date(2026, 5, 7))[-1] == (7, 3, 3, 11)


def test_the_dashboard_carries_the_history(survey: Survey) -> None:
    project = survey.project
    created_on(project, survey.assessment_id, date(2026, 5, 1))
    on_day(project, date(2026, 5, 2), (survey.element(0), {"result": F}))
    with project.session() as session:
        found = dashboard(session, survey.assessment_id, today=date(2026, 5, 3))
    assert found.history == (
        ReadinessPoint(date(2026, 5, 1), 0, 0, 12),
        ReadinessPoint(date(2026, 5, 2), 1, 1, 12),
        ReadinessPoint(date(2026, 5, 3), 1, 1, 12),
    )


def test_created_today_gives_one_point(survey: Survey) -> None:
    created_on(survey.project, survey.assessment_id, date(2026, 5, 1))
    assert history(survey.project, survey.assessment_id, date(2026, 5, 1)) == [(1, 0, 0, 12)]


def test_results_carried_over_from_an_earlier_assessment_are_the_starting_point(
    survey: Survey,
) -> None:
    project, earlier = survey.project, survey.assessment_id
    created_on(project, earlier, date(2026, 1, 10))
    on_day(project, date(2026, 1, 11), (survey.element(0), {"result": F}),
           (survey.element(1), {"result": F}), (survey.element(2), {"result": A}))  # fmt: skip
    with project.transaction() as session:
        found = session.get(Assessment, earlier)
        assert found is not None
        later = create_assessment(session, library_id=found.library_id, name="Re-survey",
                                  user="ana", based_on=earlier)  # fmt: skip
    created_on(project, later, date(2026, 5, 1))
    ids = element_assessment_ids(project, later)
    on_day(project, date(2026, 5, 2), (ids["C0.1 ME 1"], {"result": P}),
           (ids["C1.3 ME 2"], {"result": F}))  # fmt: skip
    assert history(project, later, date(2026, 5, 3)) == [
        (1, 2, 2, 11),
        (2, 2, 3, 11),
        (3, 2, 3, 11),
    ]
    assert history(project, earlier, date(2026, 1, 12)) == [
        (10, 0, 0, 12),
        (11, 2, 2, 11),
        (12, 2, 2, 11),
    ]
