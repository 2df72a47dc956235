"""Recording findings on a tracer and accepting the result they propose into the checklist:
every write, with its audit rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.evidence.attachments import attach_files, evidence_by_id
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.storage.models import ElementAssessment, MeasurableElement
from accredit_tracker.core.storage.stored_elements import stored_elements
from accredit_tracker.core.tracers.models import Finding, FindingElement, FindingEvidence, Tracer
from accredit_tracker.core.tracers.tracers import TracerError, open_assessment, tracer_by_id
from accredit_tracker.core.tracers.words import Impact, Likelihood
from accredit_tracker.core.vocabulary import Result

OBSERVED_COMPLIANCE = (Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET)
"""What a finding may say of its elements: met, partially met or not met."""


@dataclass(frozen=True)
class Acceptance:
    """What accepting a finding changed: each element's result before, and the version it
    was left at, so that the acceptance can be undone unless someone changed it since."""

    finding_id: int
    results_before: dict[int, str] = field(default_factory=dict)
    versions_after: dict[int, int] = field(default_factory=dict)


def finding_by_id(session: Session, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise TracerError(
            translate("Tracers", "Finding {id} is gone; someone may have deleted it.").format(
                id=finding_id
            )
        )
    return finding


def checked_elements(
    session: Session, assessment_id: int, element_assessment_ids: Sequence[int]
) -> list[tuple[int, str]]:
    """(element assessment id, element code) of each id given, in the order given; refused
    when there is none or one is not an element of the assessment."""
    wanted = list(dict.fromkeys(element_assessment_ids))
    if not wanted:
        raise TracerError(
            translate("Tracers", "Choose at least one measurable element it bears on.")
        )
    rows = session.execute(
        select(col(ElementAssessment.id), col(MeasurableElement.code))
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .where(col(ElementAssessment.id).in_(wanted))
    )
    codes = {row_id: code for row_id, code in rows}
    missing = [str(i) for i in wanted if i not in codes]
    if missing:
        raise TracerError(
            translate("Tracers", "Element assessment {ids} is not part of this assessment.").format(
                ids=", ".join(missing)
            )
        )
    return [(i, codes[i]) for i in wanted]


def record_finding(
    session: Session,
    *,
    tracer_id: int,
    observed: str,
    element_assessment_ids: Sequence[int],
    compliance: Result,
    user: str,
    location: str = "",
    likelihood: Likelihood = Likelihood.LIMITED,
    impact: Impact = Impact.LOW,
    evidence_files: Sequence[Path] = (),
    evidence_ids: Sequence[int] = (),
    monitor: TaskMonitor | None = None,
) -> int:
    """A finding on a tracer: what was seen, where, the elements it bears on (of the tracer's
    assessment), the compliance observed and its severity. Photos and documents go into the
    project's evidence store (content kept once however often it is attached) and are linked
    to the finding, as are evidence files already in the project. Returns its id."""
    tracer = tracer_by_id(session, tracer_id)
    open_assessment(session, tracer.assessment_id)
    observed = observed.strip()
    if not observed:
        raise TracerError(translate("Tracers", "A finding needs a description of what was seen."))
    if compliance not in OBSERVED_COMPLIANCE:
        raise TracerError(
            translate("Tracers", "A finding's compliance is met, partially met or not met.")
        )
    elements = checked_elements(session, tracer.assessment_id, element_assessment_ids)
    for evidence_id in evidence_ids:
        evidence_by_id(session, evidence_id)
    at = audit.now()
    finding = Finding(
        tracer_id=tracer_id,
        observed=observed,
        location=location.strip(),
        compliance=compliance,
        likelihood=likelihood,
        impact=impact,
        recorded_at=at,
        recorded_by=user,
    )
    session.add(finding)
    session.flush()
    assert finding.id is not None
    session.connection().execute(
        insert(FindingElement),
        [{"finding_id": finding.id, "element_assessment_id": i} for i, _code in elements],
    )
    linked = list(dict.fromkeys(evidence_ids))
    if evidence_files:
        attached = attach_files(
            session,
            evidence_files,
            [],
            user=user,
            description=translate("Tracers", "Finding {id}").format(id=finding.id),
            monitor=monitor,
        )
        # The same content given twice is one evidence file, linked once.
        linked = list(dict.fromkeys([*linked, *(a.evidence_id for a in attached.attached)]))
    if linked:
        session.connection().execute(
            insert(FindingEvidence),
            [{"finding_id": finding.id, "evidence_id": i} for i in linked],
        )
    audit.record(
        session,
        user=user,
        action="record_finding",
        entity="finding",
        entity_id=finding.id,
        assessment_id=tracer.assessment_id,
        new=observed,
        details=json.dumps(
            {
                "tracer": tracer_id,
                "elements": [code for _i, code in elements],
                "compliance": compliance.value,
                "likelihood": likelihood.value,
                "impact": impact.value,
                "location": finding.location,
                "evidence": linked,
            },
            ensure_ascii=False,
        ),
        at=at,
    )
    return finding.id


def finding_element_ids(session: Session, finding_id: int) -> list[int]:
    """The element assessments a finding bears on."""
    return list(
        session.execute(
            select(col(FindingElement.element_assessment_id))
            .where(col(FindingElement.finding_id) == finding_id)
            .order_by(col(FindingElement.element_assessment_id))
        ).scalars()
    )


def accept_finding(session: Session, finding_id: int, *, user: str) -> Acceptance:
    """Take the finding's observed compliance as the result of each of its elements, through
    the checklist's own service (one audit row per element changed, naming the finding), and
    mark the finding accepted. Refused when it was accepted already."""
    finding = finding_by_id(session, finding_id)
    tracer = tracer_by_id(session, finding.tracer_id)
    open_assessment(session, tracer.assessment_id)
    if finding.accepted_at is not None:
        raise TracerError(
            translate("Tracers", "Finding {id} was accepted already, by {who}.").format(
                id=finding_id, who=finding.accepted_by or "—"
            )
        )
    ids = finding_element_ids(session, finding_id)
    before = stored_elements(session, ids)
    written = update_elements(
        session,
        [ElementChange(i, {"result": finding.compliance}) for i in ids],
        user=user,
        details=f"accepted from finding {finding_id}",
    )
    _mark_accepted(session, finding_id, accepted=True, user=user)
    audit.record(
        session,
        user=user,
        action="accept_finding",
        entity="finding",
        entity_id=finding_id,
        assessment_id=tracer.assessment_id,
        field="result",
        new=finding.compliance.value,
        details=f"{len(written)} element(s) changed",
    )
    return Acceptance(
        finding_id,
        {i: before[i].result for i in written},
        {i: int(values["version"]) for i, values in written.items()},
    )


def withdraw_acceptance(session: Session, acceptance: Acceptance, *, user: str) -> None:
    """Undo an acceptance: the elements get back the results they had before it (refused,
    changing nothing, when someone changed one of them since) and the finding is no longer
    accepted; audited as the acceptance was."""
    finding = finding_by_id(session, acceptance.finding_id)
    tracer = session.get(Tracer, finding.tracer_id)
    assert tracer is not None
    update_elements(
        session,
        [
            ElementChange(i, {"result": Result(result)}, acceptance.versions_after.get(i))
            for i, result in acceptance.results_before.items()
        ],
        user=user,
        details=f"acceptance of finding {acceptance.finding_id} undone",
    )
    _mark_accepted(session, acceptance.finding_id, accepted=False, user=user)
    audit.record(
        session,
        user=user,
        action="withdraw_finding_acceptance",
        entity="finding",
        entity_id=acceptance.finding_id,
        assessment_id=tracer.assessment_id,
        field="result",
        old=finding.compliance.value,
    )


def _mark_accepted(session: Session, finding_id: int, *, accepted: bool, user: str) -> None:
    session.connection().execute(
        update(Finding)
        .where(col(Finding.id) == finding_id)
        .values(accepted_at=audit.now() if accepted else None, accepted_by=user if accepted else "")
    )
    session.expire_all()
