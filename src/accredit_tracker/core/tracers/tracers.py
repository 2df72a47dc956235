"""Planning tracers and recording what became of them: every write, with its audit row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import AssessmentLocked
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.tracers.models import Tracer
from accredit_tracker.core.tracers.words import TracerKind, TracerStatus


class TracerError(UserError):
    """A tracer, finding or action was refused as asked; the message is meant for the user."""


def open_assessment(session: Session, assessment_id: int) -> Assessment:
    """The assessment to record in; refused when it is gone or locked after its survey."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise TracerError(
            translate("Tracers", "There is no assessment with id {id}.").format(id=assessment_id)
        )
    if assessment.locked:
        raise AssessmentLocked(assessment.name)
    return assessment


def tracer_by_id(session: Session, tracer_id: int) -> Tracer:
    tracer = session.get(Tracer, tracer_id)
    if tracer is None:
        raise TracerError(
            translate("Tracers", "Tracer {id} is gone; someone may have deleted it.").format(
                id=tracer_id
            )
        )
    return tracer


def plan_tracer(
    session: Session,
    *,
    assessment_id: int,
    kind: TracerKind,
    focus: str,
    user: str,
    held_on: date | None = None,
    units: str = "",
    people: str = "",
    scope: str = "",
    status: TracerStatus = TracerStatus.PLANNED,
) -> int:
    """A new tracer of the assessment: what it follows (a patient's pathway, told without
    anything that identifies the patient, or a system), when, through which units and run by
    whom, and the chapters, standards or tags whose elements its worksheet lists (``scope``,
    separated by ';'). Returns its id."""
    open_assessment(session, assessment_id)
    focus = focus.strip()
    if not focus:
        raise TracerError(
            translate(
                "Tracers", "A tracer needs a focus: the patient's pathway or the system it follows."
            )
        )
    tracer = Tracer(
        assessment_id=assessment_id,
        kind=kind,
        focus=focus,
        held_on=held_on,
        units=units.strip(),
        people=people.strip(),
        scope="; ".join(part.strip() for part in scope.split(";") if part.strip()),
        status=status,
        created_at=audit.now(),
        created_by=user,
    )
    session.add(tracer)
    session.flush()
    assert tracer.id is not None
    details = f"kind={kind.value}; status={status.value}"
    if held_on is not None:
        details += f"; held_on={held_on.isoformat()}"
    if tracer.units:
        details += f"; units={tracer.units}"
    if tracer.people:
        details += f"; people={tracer.people}"
    if tracer.scope:
        details += f"; scope={tracer.scope}"
    audit.record(
        session,
        user=user,
        action="plan_tracer",
        entity="tracer",
        entity_id=tracer.id,
        assessment_id=assessment_id,
        new=focus,
        details=details,
    )
    return tracer.id


def set_tracer_status(session: Session, tracer_id: int, status: TracerStatus, *, user: str) -> bool:
    """Mark a tracer planned or done (audited). Returns False when it already was so."""
    tracer = tracer_by_id(session, tracer_id)
    open_assessment(session, tracer.assessment_id)
    if tracer.status == status:
        return False
    old = tracer.status
    session.connection().execute(
        update(Tracer).where(col(Tracer.id) == tracer_id).values(status=status)
    )
    session.expire(tracer)
    audit.record(
        session,
        user=user,
        action="update_tracer",
        entity="tracer",
        entity_id=tracer_id,
        assessment_id=tracer.assessment_id,
        field="status",
        old=old.value,
        new=status.value,
    )
    return True
