"""Corrective actions: raising one for elements found wanting or for a finding, moving it on,
and verifying whether it worked; every write, with its audit rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.tracers.findings import (
    checked_elements,
    finding_by_id,
    finding_element_ids,
)
from accredit_tracker.core.tracers.models import ActionElement, ActionEvidence, CorrectiveAction
from accredit_tracker.core.tracers.tracers import TracerError, open_assessment, tracer_by_id
from accredit_tracker.core.tracers.words import ActionStatus

WORKING_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE)
"""The statuses an officer moves an action through; the last two come with a verification."""

_EDITABLE: dict[str, Any] = {
    "what": str,
    "root_cause": str,
    "owner": str,
    "department": str,
    "due_on": (date, type(None)),
    "status": ActionStatus,
    "measure": str,
}


def action_by_id(session: Session, action_id: int) -> CorrectiveAction:
    action = session.get(CorrectiveAction, action_id)
    if action is None:
        raise TracerError(
            translate("Tracers", "Action {id} is gone; someone may have deleted it.").format(
                id=action_id
            )
        )
    return action


def _check_due(opened_on: date, due_on: date | None) -> None:
    if due_on is not None and due_on < opened_on:
        raise TracerError(
            translate(
                "Tracers", "An action cannot be due ({due}) before it was opened ({opened})."
            ).format(due=due_on.isoformat(), opened=opened_on.isoformat())
        )


def raise_action(
    session: Session,
    *,
    assessment_id: int,
    what: str,
    user: str,
    element_assessment_ids: Sequence[int] = (),
    finding_id: int | None = None,
    root_cause: str = "",
    owner: str = "",
    department: str = "",
    opened_on: date | None = None,
    due_on: date | None = None,
    measure: str = "",
) -> int:
    """A new corrective action of the assessment: the root cause it addresses, what will be
    done, by whom, by when and how success will be measured, for the elements it serves (by
    default, those of the finding it answers). Returns its id."""
    open_assessment(session, assessment_id)
    what = what.strip()
    if not what:
        raise TracerError(translate("Tracers", "An action needs to say what will be done."))
    opened_on = opened_on or date.today()
    _check_due(opened_on, due_on)
    if finding_id is not None:
        finding = finding_by_id(session, finding_id)
        if tracer_by_id(session, finding.tracer_id).assessment_id != assessment_id:
            raise TracerError(
                translate("Tracers", "Finding {id} is not part of this assessment.").format(
                    id=finding_id
                )
            )
        if not element_assessment_ids:
            element_assessment_ids = finding_element_ids(session, finding_id)
    elements = checked_elements(session, assessment_id, element_assessment_ids)
    at = audit.now()
    action = CorrectiveAction(
        assessment_id=assessment_id,
        finding_id=finding_id,
        what=what,
        root_cause=root_cause.strip(),
        owner=owner.strip(),
        department=department.strip(),
        opened_on=opened_on,
        due_on=due_on,
        measure=measure.strip(),
        created_at=at,
        created_by=user,
    )
    session.add(action)
    session.flush()
    assert action.id is not None
    session.connection().execute(
        insert(ActionElement),
        [{"action_id": action.id, "element_assessment_id": i} for i, _code in elements],
    )
    audit.record(
        session,
        user=user,
        action="raise_action",
        entity="corrective_action",
        entity_id=action.id,
        assessment_id=assessment_id,
        new=what,
        details=json.dumps(
            {
                "elements": [code for _i, code in elements],
                "finding": finding_id,
                "root_cause": action.root_cause,
                "owner": action.owner,
                "department": action.department,
                "opened_on": opened_on.isoformat(),
                "due_on": due_on.isoformat() if due_on else None,
                "measure": action.measure,
            },
            ensure_ascii=False,
        ),
        at=at,
    )
    return action.id


def update_action(session: Session, action_id: int, *, user: str, **values: Any) -> list[str]:
    """Change an action's description, root cause, owner, department, due date, status (up to
    done) or measure of success; one audit row per field changed. Returns the fields changed."""
    action = action_by_id(session, action_id)
    open_assessment(session, action.assessment_id)
    for name, value in values.items():
        expected = _EDITABLE.get(name)
        if expected is None or not isinstance(value, expected):
            raise TracerError(f"'{value!r}' is not a valid value for an action's {name}.")
    if "what" in values:
        values["what"] = values["what"].strip()
        if not values["what"]:
            raise TracerError(translate("Tracers", "An action needs to say what will be done."))
    if "status" in values and values["status"] not in WORKING_STATUSES:
        raise TracerError(
            translate("Tracers", "Whether an action was effective is recorded by verifying it.")
        )
    if "due_on" in values:
        _check_due(action.opened_on, values["due_on"])
    changed = {
        name: value.strip() if isinstance(value, str) and name != "status" else value
        for name, value in values.items()
        if getattr(action, name) != value
    }
    if not changed:
        return []
    old = {name: getattr(action, name) for name in changed}
    session.connection().execute(
        update(CorrectiveAction).where(col(CorrectiveAction.id) == action_id).values(**changed)
    )
    session.expire(action)
    at = audit.now()
    for name, value in changed.items():
        audit.record(
            session,
            user=user,
            action="update_action",
            entity="corrective_action",
            entity_id=action_id,
            assessment_id=action.assessment_id,
            field=name,
            old=_audit_text(old[name]),
            new=_audit_text(value),
            at=at,
        )
    return list(changed)


def verify_action(
    session: Session,
    action_id: int,
    *,
    effective: bool,
    verified_by: str,
    user: str,
    verified_on: date | None = None,
    result: str = "",
    evidence_files: Sequence[Path] = (),
    monitor: TaskMonitor | None = None,
) -> None:
    """Record whether a done action achieved its measure of success: when, by whom, what was
    found and the evidence of it (kept in the project's evidence store). Refused on an
    action not done yet, or one verified already."""
    action = action_by_id(session, action_id)
    open_assessment(session, action.assessment_id)
    if action.status != ActionStatus.DONE:
        raise TracerError(
            translate(
                "Tracers",
                "Only an action that is done can be verified; action {id} is '{status}'.",
            ).format(id=action_id, status=action.status.shown)
        )
    verified_on = verified_on or date.today()
    if verified_on < action.opened_on:
        raise TracerError(
            translate(
                "Tracers", "An action cannot be verified ({on}) before it was opened ({opened})."
            ).format(on=verified_on.isoformat(), opened=action.opened_on.isoformat())
        )
    verified_by = verified_by.strip()
    if not verified_by:
        raise TracerError(translate("Tracers", "Say who verified the action."))
    status = ActionStatus.EFFECTIVE if effective else ActionStatus.NOT_EFFECTIVE
    linked: list[int] = []
    if evidence_files:
        attached = attach_files(
            session,
            evidence_files,
            [],
            user=user,
            description=translate("Tracers", "Verification of action {id}").format(id=action_id),
            monitor=monitor,
        )
        # The same content given twice is one evidence file, linked once.
        linked = list(dict.fromkeys(a.evidence_id for a in attached.attached))
        session.connection().execute(
            insert(ActionEvidence),
            [{"action_id": action_id, "evidence_id": i} for i in linked],
        )
    session.connection().execute(
        update(CorrectiveAction)
        .where(col(CorrectiveAction.id) == action_id)
        .values(
            status=status,
            verified_on=verified_on,
            verified_by=verified_by,
            verification=result.strip(),
        )
    )
    session.expire(action)
    audit.record(
        session,
        user=user,
        action="verify_action",
        entity="corrective_action",
        entity_id=action_id,
        assessment_id=action.assessment_id,
        field="status",
        old=ActionStatus.DONE.value,
        new=status.value,
        details=json.dumps(
            {
                "verified_on": verified_on.isoformat(),
                "verified_by": verified_by,
                "result": result.strip(),
                "evidence": linked,
            },
            ensure_ascii=False,
        ),
    )


def action_element_ids(session: Session, action_id: int) -> list[int]:
    return list(
        session.execute(
            select(col(ActionElement.element_assessment_id))
            .where(col(ActionElement.action_id) == action_id)
            .order_by(col(ActionElement.element_assessment_id))
        ).scalars()
    )


def _audit_text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
