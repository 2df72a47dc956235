"""Assessments and the per-element work within them: every write, with its audit rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, literal, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from accredit_tracker.core import audit
from accredit_tracker.core.models import (
    Assessment,
    ElementAssessment,
    Library,
    MeasurableElement,
    ScoringProfileRecord,
)
from accredit_tracker.core.vocabulary import AssessmentKind, Result, WorkStatus

EDITABLE_FIELDS = ("result", "work_status", "owner", "department", "due_date", "notes")
_FIELD_TYPES: dict[str, Any] = {
    "result": Result,
    "work_status": WorkStatus,
    "owner": str,
    "department": str,
    "due_date": (date, type(None)),
    "notes": str,
}


class AssessmentError(Exception):
    """A change to an assessment was refused; the message is meant for the user."""


class EditConflict(AssessmentError):
    """Someone else saved the element since it was read; nothing was overwritten."""


@dataclass(frozen=True)
class ElementChange:
    """New values for some fields of one element assessment.

    ``expected_version`` is the version the editor last saw; when the stored row has moved on,
    the change is refused with :class:`EditConflict` instead of overwriting someone's work.
    """

    element_assessment_id: int
    values: dict[str, Any] = field(default_factory=dict)
    expected_version: int | None = None


def create_assessment(
    session: Session,
    *,
    library_id: int,
    name: str,
    user: str,
    kind: AssessmentKind = AssessmentKind.SELF,
    profile_key: str = "jci_points",
    starts_on: date | None = None,
    based_on: int | None = None,
) -> int:
    """A new assessment of the library, with one row for each element: 'not assessed', or
    carrying over the result, work status, owner and department of the ``based_on``
    assessment (an earlier survey cycle of the same library)."""
    name = name.strip()
    if not name:
        raise AssessmentError("An assessment needs a name.")
    if session.get(Library, library_id) is None:
        raise AssessmentError(f"There is no standards library with id {library_id}.")
    profile = session.execute(
        select(ScoringProfileRecord).where(col(ScoringProfileRecord.key) == profile_key)
    ).scalar_one_or_none()
    if profile is None:
        raise AssessmentError(f"There is no scoring profile named '{profile_key}'.")
    assert profile.id is not None
    earlier = session.get(Assessment, based_on) if based_on is not None else None
    if based_on is not None and (earlier is None or earlier.library_id != library_id):
        raise AssessmentError("The assessment to start from is not of the same library.")
    assessment = Assessment(
        library_id=library_id,
        scoring_profile_id=profile.id,
        name=name,
        kind=kind,
        starts_on=starts_on,
        created_at=audit.now(),
    )
    session.add(assessment)
    session.flush()
    assert assessment.id is not None
    elements = select(
        literal(assessment.id),
        col(MeasurableElement.id),
        literal(Result.NOT_ASSESSED.value),
        literal(WorkStatus.TO_DO.value),
        literal(""),
        literal(""),
        literal(""),
        literal(1),
        literal(""),
    ).where(col(MeasurableElement.library_id) == library_id)
    session.connection().execute(
        insert(ElementAssessment).from_select(
            [
                "assessment_id",
                "element_id",
                "result",
                "work_status",
                "owner",
                "department",
                "notes",
                "version",
                "updated_by",
            ],
            elements,
        )
    )
    if earlier is not None:
        _carry_over(session, earlier_id=based_on or 0, new_id=assessment.id)
    details = f"kind={kind.value}; profile={profile_key}"
    if earlier is not None:
        details += f"; started from '{earlier.name}'"
    audit.record(
        session,
        user=user,
        action="create_assessment",
        entity="assessment",
        entity_id=assessment.id,
        assessment_id=assessment.id,
        new=name,
        details=details,
    )
    return assessment.id


_CARRIED_OVER = ("result", "work_status", "owner", "department")


def _carry_over(session: Session, *, earlier_id: int, new_id: int) -> None:
    earlier = aliased(ElementAssessment)
    current = ElementAssessment.__table__.c  # type: ignore[attr-defined]  # SQLModel hides it

    def earlier_value(name: str) -> Any:
        return (
            select(getattr(earlier, name))
            .where(col(earlier.assessment_id) == earlier_id)
            .where(col(earlier.element_id) == current.element_id)
            .scalar_subquery()
        )

    session.connection().execute(
        update(ElementAssessment)
        .where(current.assessment_id == new_id)
        .where(
            select(col(earlier.id))
            .where(col(earlier.assessment_id) == earlier_id)
            .where(col(earlier.element_id) == current.element_id)
            .exists()
        )
        .values({name: earlier_value(name) for name in _CARRIED_OVER})
    )


def update_elements(session: Session, changes: Sequence[ElementChange], *, user: str) -> None:
    """Apply changes to many element assessments; one audit row per changed field.

    Runs in the caller's transaction: either every change is stored or none is.
    """
    at = audit.now()
    for change in changes:
        _check_values(change.values)
    stored = _stored_rows(session, [c.element_assessment_id for c in changes])
    connection = session.connection()
    for change in changes:
        row = stored.get(change.element_assessment_id)
        if row is None:
            raise AssessmentError(f"Element assessment {change.element_assessment_id} is gone.")
        if row.locked:
            raise AssessmentError(f"Assessment '{row.assessment_name}' is locked; unlock it first.")
        new = {k: v for k, v in change.values.items() if getattr(row, k) != v}
        if not new:
            continue
        statement = (
            update(ElementAssessment)
            .where(col(ElementAssessment.id) == row.id)
            .values(**new, version=row.version + 1, updated_at=at, updated_by=user)
        )
        if change.expected_version is not None:
            statement = statement.where(col(ElementAssessment.version) == change.expected_version)
        if connection.execute(statement).rowcount != 1:
            raise EditConflict(
                f"{row.updated_by or 'Someone'} changed this element at "
                f"{row.updated_at:%Y-%m-%d %H:%M} after you opened it; reload to see their version."
            )
        for name, value in new.items():
            audit.record(
                session,
                user=user,
                action="update_element",
                entity="element_assessment",
                entity_id=row.id,
                assessment_id=row.assessment_id,
                field=name,
                old=_audit_text(getattr(row, name)),
                new=_audit_text(value),
                at=at,
            )
    if stored:
        # Objects the session may hold for these rows are stale now.
        session.expire_all()


def _stored_rows(session: Session, ids: list[int]) -> dict[int, Any]:
    """The stored state of element assessments, with their assessment's lock, by id."""
    rows = session.connection().execute(
        select(
            *ElementAssessment.__table__.columns,  # type: ignore[attr-defined]
            col(Assessment.locked),
            col(Assessment.name).label("assessment_name"),
        )
        .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
        .where(col(ElementAssessment.id).in_(ids))
    )
    return {row.id: row for row in rows}


def _check_values(values: dict[str, Any]) -> None:
    for name, value in values.items():
        expected = _FIELD_TYPES.get(name)
        if expected is None:
            raise AssessmentError(f"'{name}' is not a field an officer can change.")
        if not isinstance(value, expected):
            raise AssessmentError(f"'{value!r}' is not a valid value for {name}.")


def _audit_text(value: object) -> str:
    if isinstance(value, Result | WorkStatus):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
