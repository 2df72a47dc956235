"""Deleting a tracer (with its findings), a finding or a corrective action, and putting one back
as it was (Edit → Undo): every write, with audit rows that say what was there.

Deleting is the administrator's: on a shared project the server grants DELETE on these tables
to administrators alone and refuses anyone else, in words naming the role that is needed.
Evidence files stay in the project's store; only their links to what is deleted go. The
actions that answered a deleted finding stay too (they serve their elements still), no longer
tied to it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.models import ElementAssessment, Evidence, MeasurableElement
from accredit_tracker.core.tracers.corrective_actions import action_by_id
from accredit_tracker.core.tracers.findings import finding_by_id
from accredit_tracker.core.tracers.models import (
    ActionElement,
    ActionEvidence,
    CorrectiveAction,
    Finding,
    FindingElement,
    FindingEvidence,
    Tracer,
)
from accredit_tracker.core.tracers.tracers import TracerError, open_assessment, tracer_by_id


@dataclass(frozen=True)
class RemovedFinding:
    """A deleted finding as it was stored: its columns, the element assessments it bore on,
    its evidence files and the actions that answered it."""

    values: dict[str, Any]
    element_ids: tuple[int, ...]
    evidence_ids: tuple[int, ...]
    action_ids: tuple[int, ...]

    @property
    def id(self) -> int:
        return int(self.values["id"])


@dataclass(frozen=True)
class RemovedTracer:
    """A deleted tracer as it was stored, with the findings deleted with it."""

    values: dict[str, Any]
    findings: tuple[RemovedFinding, ...]

    @property
    def id(self) -> int:
        return int(self.values["id"])


@dataclass(frozen=True)
class RemovedAction:
    """A deleted corrective action as it was stored, with the element assessments it served
    and the evidence of its verification."""

    values: dict[str, Any]
    element_ids: tuple[int, ...]
    evidence_ids: tuple[int, ...]

    @property
    def id(self) -> int:
        return int(self.values["id"])


@dataclass(frozen=True)
class TracerContents:
    """What deleting a tracer takes with it, for the question asked first."""

    focus: str
    findings: int
    accepted_findings: int
    answering_actions: int


def may_delete(session: Session) -> bool:
    """Whether this login may delete tracers, findings and actions: anyone in a project file;
    on a shared project, whoever the server grants it (administrators and the owner)."""
    if session.connection().dialect.name != "postgresql":
        return True
    return bool(
        session.connection()
        .exec_driver_sql("SELECT has_table_privilege('tracer', 'DELETE')")
        .scalar()
    )


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # SQLModel hides it
    return table


def _stored(session: Session, model: type, row_id: int) -> dict[str, Any]:
    table = _table(model)
    return dict(session.execute(select(table).where(table.c.id == row_id)).mappings().one())


def _ids(session: Session, statement: Any) -> tuple[int, ...]:
    return tuple(int(i) for i in session.execute(statement).scalars())


def _linked(session: Session, column: Any, key: Any, key_id: int) -> tuple[int, ...]:
    """The ``column`` values of the rows whose ``key`` is ``key_id``, in order."""
    return _ids(session, select(col(column)).where(col(key) == key_id).order_by(col(column)))


def tracer_contents(session: Session, tracer_id: int) -> TracerContents:
    """How many findings (accepted ones among them) and answering actions a tracer has."""
    tracer = tracer_by_id(session, tracer_id)
    findings = session.execute(
        select(col(Finding.id), col(Finding.accepted_at)).where(col(Finding.tracer_id) == tracer_id)
    ).all()
    ids = [finding_id for finding_id, _at in findings]
    actions = (
        _ids(
            session,
            select(col(CorrectiveAction.id)).where(col(CorrectiveAction.finding_id).in_(ids)),
        )
        if ids
        else ()
    )
    return TracerContents(
        tracer.focus,
        len(findings),
        sum(1 for _id, at in findings if at is not None),
        len(actions),
    )


def _codes(session: Session, element_assessment_ids: Sequence[int]) -> list[str]:
    """The codes of these element assessments' elements, in library order."""
    if not element_assessment_ids:
        return []
    return list(
        session.execute(
            select(col(MeasurableElement.code))
            .join(ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id)
            .where(col(ElementAssessment.id).in_(element_assessment_ids))
            .order_by(col(MeasurableElement.position))
        ).scalars()
    )


def _evidence_names(session: Session, evidence_ids: Sequence[int]) -> list[str]:
    if not evidence_ids:
        return []
    return list(
        session.execute(
            select(col(Evidence.name))
            .where(col(Evidence.id).in_(evidence_ids))
            .order_by(col(Evidence.id))
        ).scalars()
    )


def _text(value: object) -> object:
    """A stored value as the audit details keep it: days and moments as ISO text, words as
    their stored value."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _removed_finding(session: Session, finding_id: int) -> RemovedFinding:
    return RemovedFinding(
        _stored(session, Finding, finding_id),
        _linked(
            session, FindingElement.element_assessment_id, FindingElement.finding_id, finding_id
        ),
        _linked(session, FindingEvidence.evidence_id, FindingEvidence.finding_id, finding_id),
        _linked(session, CorrectiveAction.id, CorrectiveAction.finding_id, finding_id),
    )


def _finding_facts(session: Session, removed: RemovedFinding) -> str:
    values = removed.values
    return json.dumps(
        {
            "tracer": values["tracer_id"],
            "elements": _codes(session, removed.element_ids),
            "compliance": _text(values["compliance"]),
            "likelihood": _text(values["likelihood"]),
            "impact": _text(values["impact"]),
            "location": values["location"],
            "recorded_by": values["recorded_by"],
            "recorded_at": _text(values["recorded_at"]),
            "accepted": values["accepted_at"] is not None,
            "evidence": _evidence_names(session, removed.evidence_ids),
            "actions": list(removed.action_ids),
        },
        ensure_ascii=False,
    )


def _delete_findings(session: Session, finding_ids: Sequence[int]) -> None:
    """Delete findings and their links; the actions that answered them stay, untied."""
    if not finding_ids:
        return
    connection = session.connection()
    connection.execute(
        update(CorrectiveAction)
        .where(col(CorrectiveAction.finding_id).in_(finding_ids))
        .values(finding_id=None)
    )
    connection.execute(
        delete(FindingEvidence).where(col(FindingEvidence.finding_id).in_(finding_ids))
    )
    connection.execute(
        delete(FindingElement).where(col(FindingElement.finding_id).in_(finding_ids))
    )
    connection.execute(delete(Finding).where(col(Finding.id).in_(finding_ids)))


def delete_finding(session: Session, finding_id: int, *, user: str) -> RemovedFinding:
    """Delete a finding and its links to elements and evidence (the files stay in the
    project); the actions that answered it stay, no longer tied to it. Refused on a locked
    assessment. Returns what was deleted, to put it back with :func:`restore_finding`."""
    finding = finding_by_id(session, finding_id)
    tracer = tracer_by_id(session, finding.tracer_id)
    open_assessment(session, tracer.assessment_id)
    removed = _removed_finding(session, finding_id)
    facts = _finding_facts(session, removed)
    session.expunge(finding)
    # Deleted first: on a server, anyone but an administrator is refused here, in words that
    # name the role needed.
    _delete_findings(session, [finding_id])
    audit.record(
        session,
        user=user,
        action="delete_finding",
        entity="finding",
        entity_id=finding_id,
        assessment_id=tracer.assessment_id,
        old=finding.observed,
        details=facts,
    )
    return removed


def delete_tracer(session: Session, tracer_id: int, *, user: str) -> RemovedTracer:
    """Delete a tracer with its findings (each audited as deleted too) and their links; the
    evidence files stay in the project and the actions that answered the findings stay, no
    longer tied to them. Refused on a locked assessment. Returns what was deleted, to put it
    back with :func:`restore_tracer`."""
    tracer = tracer_by_id(session, tracer_id)
    open_assessment(session, tracer.assessment_id)
    values = _stored(session, Tracer, tracer_id)
    finding_ids = _linked(session, Finding.id, Finding.tracer_id, tracer_id)
    findings = tuple(_removed_finding(session, i) for i in finding_ids)
    facts = [_finding_facts(session, removed) for removed in findings]
    focus = tracer.focus
    session.expunge(tracer)
    # Deleted first: on a server, anyone but an administrator is refused here, in words that
    # name the role needed.
    _delete_findings(session, finding_ids)
    session.connection().execute(delete(Tracer).where(col(Tracer.id) == tracer_id))
    for removed, details in zip(findings, facts, strict=True):
        audit.record(
            session,
            user=user,
            action="delete_finding",
            entity="finding",
            entity_id=removed.id,
            assessment_id=tracer.assessment_id,
            old=str(removed.values["observed"]),
            details=details,
        )
    audit.record(
        session,
        user=user,
        action="delete_tracer",
        entity="tracer",
        entity_id=tracer_id,
        assessment_id=tracer.assessment_id,
        old=focus,
        details=_tracer_facts(values, len(findings)),
    )
    return RemovedTracer(values, findings)


def _tracer_facts(values: dict[str, Any], findings: int) -> str:
    return json.dumps(
        {
            "kind": _text(values["kind"]),
            "status": _text(values["status"]),
            "held_on": _text(values["held_on"]),
            "units": values["units"],
            "people": values["people"],
            "scope": values["scope"],
            "findings": findings,
        },
        ensure_ascii=False,
    )


def delete_action(session: Session, action_id: int, *, user: str) -> RemovedAction:
    """Delete a corrective action and its links to elements and to the evidence of its
    verification (the files stay in the project). Refused on a locked assessment. Returns
    what was deleted, to put it back with :func:`restore_action`."""
    action = action_by_id(session, action_id)
    open_assessment(session, action.assessment_id)
    removed = RemovedAction(
        _stored(session, CorrectiveAction, action_id),
        _linked(session, ActionElement.element_assessment_id, ActionElement.action_id, action_id),
        _linked(session, ActionEvidence.evidence_id, ActionEvidence.action_id, action_id),
    )
    facts = _action_facts(session, removed)
    session.expunge(action)
    # Deleted first: on a server, anyone but an administrator is refused here, in words that
    # name the role needed.
    connection = session.connection()
    connection.execute(delete(ActionEvidence).where(col(ActionEvidence.action_id) == action_id))
    connection.execute(delete(ActionElement).where(col(ActionElement.action_id) == action_id))
    connection.execute(delete(CorrectiveAction).where(col(CorrectiveAction.id) == action_id))
    audit.record(
        session,
        user=user,
        action="delete_action",
        entity="corrective_action",
        entity_id=action_id,
        assessment_id=action.assessment_id,
        old=action.what,
        details=facts,
    )
    return removed


def _action_facts(session: Session, removed: RemovedAction) -> str:
    values = removed.values
    return json.dumps(
        {
            "elements": _codes(session, removed.element_ids),
            "finding": values["finding_id"],
            "owner": values["owner"],
            "department": values["department"],
            "status": _text(values["status"]),
            "opened_on": _text(values["opened_on"]),
            "due_on": _text(values["due_on"]),
            "measure": values["measure"],
            "root_cause": values["root_cause"],
            "verified_on": _text(values["verified_on"]),
            "verified_by": values["verified_by"],
            "verification": values["verification"],
            "evidence": _evidence_names(session, removed.evidence_ids),
        },
        ensure_ascii=False,
    )


# --- putting back -------------------------------------------------------------------------


def _refuse_taken(session: Session, model: type, row_id: int, message: str) -> None:
    if session.get(model, row_id) is not None:
        raise TracerError(message)


def _existing_evidence(session: Session, evidence_ids: Sequence[int]) -> list[int]:
    """The evidence files still in the project (one deleted since is not linked again)."""
    if not evidence_ids:
        return []
    return list(
        session.execute(
            select(col(Evidence.id))
            .where(col(Evidence.id).in_(evidence_ids))
            .order_by(col(Evidence.id))
        ).scalars()
    )


def _put_back_finding(session: Session, removed: RemovedFinding) -> None:
    connection = session.connection()
    connection.execute(insert(_table(Finding)).values(**removed.values))
    if removed.element_ids:
        connection.execute(
            insert(FindingElement),
            [{"finding_id": removed.id, "element_assessment_id": i} for i in removed.element_ids],
        )
    evidence = _existing_evidence(session, removed.evidence_ids)
    if evidence:
        connection.execute(
            insert(FindingEvidence),
            [{"finding_id": removed.id, "evidence_id": i} for i in evidence],
        )
    if removed.action_ids:
        # Tied again to the actions that answered it, unless one has been tied elsewhere.
        connection.execute(
            update(CorrectiveAction)
            .where(col(CorrectiveAction.id).in_(removed.action_ids))
            .where(col(CorrectiveAction.finding_id).is_(None))
            .values(finding_id=removed.id)
        )


def _restored_facts(**facts: object) -> str:
    return json.dumps(facts, ensure_ascii=False)


def restore_finding(session: Session, removed: RemovedFinding, *, user: str) -> None:
    """Put a deleted finding back with the same id, elements, evidence still in the project
    and answering actions; refused when its tracer is gone or its assessment is locked."""
    tracer = tracer_by_id(session, int(removed.values["tracer_id"]))
    open_assessment(session, tracer.assessment_id)
    _refuse_taken(
        session,
        Finding,
        removed.id,
        translate("Tracers", "Finding {id} is there already; nothing was put back.").format(
            id=removed.id
        ),
    )
    _put_back_finding(session, removed)
    audit.record(
        session,
        user=user,
        action="restore_finding",
        entity="finding",
        entity_id=removed.id,
        assessment_id=tracer.assessment_id,
        new=str(removed.values["observed"]),
        details=_restored_facts(tracer=tracer.id, elements=_codes(session, removed.element_ids)),
    )


def restore_tracer(session: Session, removed: RemovedTracer, *, user: str) -> None:
    """Put a deleted tracer back with the same id and its findings as they were; refused when
    its assessment is gone or locked."""
    assessment_id = int(removed.values["assessment_id"])
    open_assessment(session, assessment_id)
    _refuse_taken(
        session,
        Tracer,
        removed.id,
        translate("Tracers", "Tracer {id} is there already; nothing was put back.").format(
            id=removed.id
        ),
    )
    session.connection().execute(insert(_table(Tracer)).values(**removed.values))
    for finding in removed.findings:
        _refuse_taken(
            session,
            Finding,
            finding.id,
            translate("Tracers", "Finding {id} is there already; nothing was put back.").format(
                id=finding.id
            ),
        )
        _put_back_finding(session, finding)
        audit.record(
            session,
            user=user,
            action="restore_finding",
            entity="finding",
            entity_id=finding.id,
            assessment_id=assessment_id,
            new=str(finding.values["observed"]),
            details=_restored_facts(
                tracer=removed.id, elements=_codes(session, finding.element_ids)
            ),
        )
    audit.record(
        session,
        user=user,
        action="restore_tracer",
        entity="tracer",
        entity_id=removed.id,
        assessment_id=assessment_id,
        new=str(removed.values["focus"]),
        details=_restored_facts(findings=len(removed.findings)),
    )


def restore_action(session: Session, removed: RemovedAction, *, user: str) -> None:
    """Put a deleted corrective action back with the same id, elements and evidence still in
    the project; tied to its finding again if that is still there. Refused when its
    assessment is locked."""
    values = dict(removed.values)
    assessment_id = int(values["assessment_id"])
    open_assessment(session, assessment_id)
    _refuse_taken(
        session,
        CorrectiveAction,
        removed.id,
        translate("Tracers", "Action {id} is there already; nothing was put back.").format(
            id=removed.id
        ),
    )
    if values["finding_id"] is not None and session.get(Finding, values["finding_id"]) is None:
        values["finding_id"] = None
    connection = session.connection()
    connection.execute(insert(_table(CorrectiveAction)).values(**values))
    if removed.element_ids:
        connection.execute(
            insert(ActionElement),
            [{"action_id": removed.id, "element_assessment_id": i} for i in removed.element_ids],
        )
    evidence = _existing_evidence(session, removed.evidence_ids)
    if evidence:
        connection.execute(
            insert(ActionEvidence),
            [{"action_id": removed.id, "evidence_id": i} for i in evidence],
        )
    audit.record(
        session,
        user=user,
        action="restore_action",
        entity="corrective_action",
        entity_id=removed.id,
        assessment_id=assessment_id,
        new=str(values["what"]),
        details=_restored_facts(elements=_codes(session, removed.element_ids)),
    )
