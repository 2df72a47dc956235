"""Assessments and the per-element work within them: every write, with its audit rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, literal, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.evidence.errors import EvidenceError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.bulk_read import driver_moment
from accredit_tracker.core.storage.models import (
    Assessment,
    ElementAssessment,
    ElementEvidence,
    Library,
    MeasurableElement,
    ScoringProfileRecord,
)
from accredit_tracker.core.storage.stored_elements import (
    StoredElement,
    server_stamps,
    storable,
    stored_elements,
    write_values,
)
from accredit_tracker.core.vocabulary import FIELD_LABELS, AssessmentKind, Result, WorkStatus

EDITABLE_FIELDS = ("result", "work_status", "owner", "department", "due_date", "notes")
_FIELD_TYPES: dict[str, Any] = {
    "result": Result,
    "work_status": WorkStatus,
    "owner": str,
    "department": str,
    "due_date": (date, type(None)),
    "notes": str,
}


class AssessmentError(UserError):
    """A change to an assessment was refused; the message is meant for the user."""


class EditConflict(AssessmentError):
    """Someone else saved the element since it was read; nothing was overwritten."""


class AssessmentLocked(AssessmentError, EvidenceError):
    """A change to a locked assessment, to one of its elements or to its evidence links, was
    refused. The one error for every such refusal: an :class:`AssessmentError` to callers that
    change assessments and an :class:`EvidenceError` to callers that change evidence."""

    def __init__(self, assessment_name: str) -> None:
        super().__init__(
            translate("Assessments", "Assessment '{name}' is locked; unlock it first.").format(
                name=assessment_name
            )
        )
        self.assessment_name = assessment_name


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
    ends_on: date | None = None,
    based_on: int | None = None,
    carry_evidence: bool = True,
) -> int:
    """A new assessment of the library, with one row for each element: 'not assessed', or
    carrying over the result, work status, owner and department of the ``based_on``
    assessment (an earlier survey cycle of the same library) and, with ``carry_evidence``,
    its evidence links. The survey's dates are optional; it cannot end before it starts.

    Carried links are recorded as one audit row on the new assessment giving their number
    and the assessment they came from (not one row per link: a large library has 100,000).
    """
    name = name.strip()
    if not name:
        raise AssessmentError(translate("Assessments", "An assessment needs a name."))
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise AssessmentError(
            translate(
                "Assessments", "The survey cannot end ({ends}) before it starts ({starts})."
            ).format(ends=ends_on.isoformat(), starts=starts_on.isoformat())
        )
    if session.get(Library, library_id) is None:
        raise AssessmentError(
            translate("Assessments", "There is no standards library with id {id}.").format(
                id=library_id
            )
        )
    profile = session.execute(
        select(ScoringProfileRecord).where(col(ScoringProfileRecord.key) == profile_key)
    ).scalar_one_or_none()
    if profile is None:
        raise AssessmentError(
            translate("Assessments", "There is no scoring profile named '{key}'.").format(
                key=profile_key
            )
        )
    assert profile.id is not None
    earlier = session.get(Assessment, based_on) if based_on is not None else None
    if based_on is not None and (earlier is None or earlier.library_id != library_id):
        raise AssessmentError(
            translate("Assessments", "The assessment to start from is not of the same library.")
        )
    details = f"kind={kind.value}; profile={profile_key}"
    if starts_on is not None:
        details += f"; starts={starts_on.isoformat()}"
    if ends_on is not None:
        details += f"; ends={ends_on.isoformat()}"
    if earlier is not None:
        details += f"; started from '{earlier.name}'"
    created_at = audit.now()
    audit.describe(session, user=user, at=created_at, action="create_assessment", details=details)
    assessment = Assessment(
        library_id=library_id,
        scoring_profile_id=profile.id,
        name=name,
        kind=kind,
        starts_on=starts_on,
        ends_on=ends_on,
        created_at=created_at,
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
    if earlier is not None and carry_evidence:
        carried_from = f"evidence links carried over from assessment {earlier.id} '{earlier.name}'"
        audit.describe(
            session, user=user, at=created_at, action="carry_evidence_links", details=carried_from
        )
        carried = _carry_evidence_links(session, earlier_id=earlier.id or 0, new_id=assessment.id)
        audit.record(
            session,
            user=user,
            action="carry_evidence_links",
            entity="assessment",
            entity_id=assessment.id,
            assessment_id=assessment.id,
            field="evidence",
            new=carried,
            details=carried_from,
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


def _carry_evidence_links(session: Session, *, earlier_id: int, new_id: int) -> int:
    """Link the new assessment's elements to the evidence their counterparts (same
    measurable element) in the earlier assessment have; returns the number of links made."""
    earlier = aliased(ElementAssessment)
    current = aliased(ElementAssessment)
    pairs = (
        select(col(current.id), col(ElementEvidence.evidence_id))
        .join(earlier, col(earlier.id) == col(ElementEvidence.element_assessment_id))
        .join(current, col(current.element_id) == col(earlier.element_id))
        .where(col(earlier.assessment_id) == earlier_id)
        .where(col(current.assessment_id) == new_id)
    )
    inserted = session.connection().execute(
        insert(ElementEvidence).from_select(["element_assessment_id", "evidence_id"], pairs),
        # Without it SQLAlchemy gives -1 for an INSERT … SELECT on PostgreSQL.
        execution_options={"preserve_rowcount": True},
    )
    return max(inserted.rowcount, 0)


def update_elements(
    session: Session, changes: Sequence[ElementChange], *, user: str, details: str = ""
) -> dict[int, dict[str, Any]]:
    """Apply changes to many element assessments; one audit row per changed field.

    Runs in the caller's transaction: either every change is stored or none is. A field that
    already holds the new value is left alone, and an element with nothing left to change
    keeps its version. ``details`` goes on every audit row (a results import names its file).
    Written in bulk, so a change to 100,000 elements costs little more than the database's work.

    Returns, by element assessment id, what is now stored for each element that changed: the
    fields written, with its new ``version``, ``updated_at`` and ``updated_by``, so that a
    window can show the change without reading the element again.
    """
    at = audit.now()
    for change in changes:
        _check_values(change.values)
    stored = stored_elements(session, [c.element_assessment_id for c in changes])
    written: dict[int, dict[str, Any]] = {}  # id → its new values (an id may come twice)
    events = audit.FieldEvents()
    entity_ids, assessment_ids, fields = events.entity_ids, events.assessment_ids, events.fields
    old_values, new_values = events.old_values, events.new_values
    for change in changes:
        row = stored.get(change.element_assessment_id)
        if row is None:
            raise AssessmentError(
                translate("Assessments", "Element assessment {id} is gone.").format(
                    id=change.element_assessment_id
                )
            )
        if row.locked:
            raise AssessmentLocked(row.assessment_name)
        earlier = written.get(row.id)
        new: dict[str, Any] = {}
        for name, given in change.values.items():
            value = storable(given)
            old = earlier[name] if earlier and name in earlier else row.value_of(name)
            if old == value:
                continue
            if not new and change.expected_version not in (None, row.version):
                raise EditConflict(_conflict_message(row, change.values))
            new[name] = value
            entity_ids.append(row.id)
            assessment_ids.append(row.assessment_id)
            fields.append(name)
            old_values.append(_audit_text(old))
            new_values.append(_audit_text(value))
        if not new:
            continue
        if earlier is None:
            written[row.id] = new
        else:
            earlier.update(new)
    audit.describe(session, user=user, at=at, action=audit.UPDATE_ELEMENT, details=details)
    if not write_values(session, stored, written, at=at, user=user):
        raise EditConflict(
            translate(
                "Assessments",
                "Someone else saved some of these elements at the same moment; nothing was "
                "changed. Reload and try again.",
            )
        )
    audit.record_many(
        session,
        events,
        user=user,
        action=audit.UPDATE_ELEMENT,
        entity="element_assessment",
        at=at,
        details=details,
    )
    if stored:
        # Objects the session may hold for these rows are stale now.
        session.expire_all()
    # A server stamps the rows itself (its login, its clock): what it stored is returned.
    stamps = (
        server_stamps(session, list(written))
        if written and session.connection().dialect.name == "postgresql"
        else {}
    )
    return {
        row_id: {
            **values,
            "version": stored[row_id].version + 1,
            "updated_at": stamps[row_id][0] if row_id in stamps else at,
            "updated_by": stamps[row_id][1] if row_id in stamps else user,
        }
        for row_id, values in written.items()
    }


def set_locked(session: Session, assessment_id: int, locked: bool, *, user: str) -> bool:
    """Lock an assessment after its survey (every change to it is then refused) or unlock it;
    either is an audited change. Returns False when it already was so, and records nothing."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise AssessmentError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    if assessment.locked == locked:
        return False
    audit.describe(session, user=user, at=audit.now())
    session.connection().execute(
        update(Assessment).where(col(Assessment.id) == assessment_id).values(locked=locked)
    )
    session.expire(assessment)
    audit.record(
        session,
        user=user,
        action="lock_assessment" if locked else "unlock_assessment",
        entity="assessment",
        entity_id=assessment_id,
        assessment_id=assessment_id,
        field="locked",
        old=not locked,
        new=locked,
    )
    return True


def set_profile(session: Session, assessment_id: int, profile_id: int, *, user: str) -> bool:
    """Score the assessment under another scoring profile of the project; audited with the
    old and new profile keys. Refused on a locked assessment, whose verdict must stay as
    surveyed. Returns False when it already used that profile, and records nothing."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise AssessmentError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    profile = session.get(ScoringProfileRecord, profile_id)
    if profile is None:
        raise AssessmentError(
            translate("Assessments", "There is no scoring profile with id {id}.").format(
                id=profile_id
            )
        )
    if assessment.locked:
        raise AssessmentLocked(assessment.name)
    if assessment.scoring_profile_id == profile_id:
        return False
    old = session.get(ScoringProfileRecord, assessment.scoring_profile_id)
    audit.describe(session, user=user, at=audit.now())
    session.connection().execute(
        update(Assessment)
        .where(col(Assessment.id) == assessment_id)
        .values(scoring_profile_id=profile_id)
    )
    session.expire(assessment)
    audit.record(
        session,
        user=user,
        action="set_scoring_profile",
        entity="assessment",
        entity_id=assessment_id,
        assessment_id=assessment_id,
        field="scoring_profile",
        old=old.key if old is not None else None,
        new=profile.key,
        details=profile.name,
    )
    return True


def _now_says(row: StoredElement, fields: Iterable[str]) -> str:
    """The stored values of the fields being changed, for a conflict message:
    " It now says: Result: Fully met; Owner: Dr Karimova." """
    parts = []
    for name in fields:
        value = getattr(row, name, None)
        if name == "result":
            shown = translate("Result", Result(row.result).label)
        elif name == "work_status":
            shown = translate("WorkStatus", WorkStatus(row.work_status).label)
        else:
            shown = str(value or "—")
            shown = shown if len(shown) <= 80 else shown[:79] + "…"
        parts.append(f"{translate('Field', FIELD_LABELS.get(name, name))}: {shown}")
    if not parts:
        return ""
    return " " + translate("Assessments", "It now says: {values}.").format(values="; ".join(parts))


def _conflict_message(row: StoredElement, fields: Iterable[str] = ()) -> str:
    # Stored in UTC, told in the computer's time zone.
    stored = driver_moment(row.updated_at)
    changed = stored.astimezone() if stored is not None else None
    who = row.updated_by
    if changed is None:
        if who:
            text = translate(
                "Assessments",
                "{who} changed this element meanwhile after you opened it; "
                "reload to see their version.",
            )
        else:
            text = translate(
                "Assessments",
                "Someone changed this element meanwhile after you opened it; "
                "reload to see their version.",
            )
    elif who:
        text = translate(
            "Assessments",
            "{who} changed this element at {when} after you opened it; "
            "reload to see their version.",
        )
    else:
        text = translate(
            "Assessments",
            "Someone changed this element at {when} after you opened it; "
            "reload to see their version.",
        )
    when = f"{changed:%Y-%m-%d %H:%M}" if changed is not None else ""
    return text.format(who=who, when=when) + _now_says(row, fields)


def _check_values(values: dict[str, Any]) -> None:
    for name, value in values.items():
        expected = _FIELD_TYPES.get(name)
        if expected is None:
            raise AssessmentError(f"'{name}' is not a field an officer can change.")
        if not isinstance(value, expected):
            raise AssessmentError(f"'{value!r}' is not a valid value for {name}.")


def _audit_text(value: object) -> str:
    if isinstance(value, str):
        # Text as it is; a Result or WorkStatus as its stored value (what str.__str__ gives a
        # StrEnum member, much faster than its .value).
        return str.__str__(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
