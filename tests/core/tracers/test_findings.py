"""Tracers and findings in the core: planning, recording, accepting a finding into the
checklist and undoing it, each audited, refused on bad input and on a locked assessment."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import (
    AssessmentLocked,
    create_assessment,
    set_locked,
)
from accredit_tracker.core.storage.models import (
    AuditEvent,
    ElementAssessment,
    EvidenceContent,
)
from accredit_tracker.core.tracers.findings import (
    accept_finding,
    record_finding,
    withdraw_acceptance,
)
from accredit_tracker.core.tracers.models import Finding, Tracer
from accredit_tracker.core.tracers.queries import (
    earlier_findings,
    findings_of,
    repeat_findings_by_chapter,
    tracers_of,
)
from accredit_tracker.core.tracers.tracers import TracerError, plan_tracer, set_tracer_status
from accredit_tracker.core.tracers.words import Impact, Likelihood, TracerKind, TracerStatus
from accredit_tracker.core.vocabulary import Result
from evidence_survey import Survey, count
from factories import write_bytes


def _tracer(survey: Survey) -> int:
    with survey.project.transaction() as session:
        return plan_tracer(
            session,
            assessment_id=survey.assessment_id,
            kind=TracerKind.SYSTEM,
            focus="Medication management: prescribing to administration",
            held_on=date(2026, 11, 3),
            units="Ward 3, Pharmacy",
            people="N. Karimova, A. Petrov",
            user="ana",
        )


def _result(survey: Survey, element_assessment_id: int) -> Result:
    with survey.project.session() as session:
        row = session.get(ElementAssessment, element_assessment_id)
        assert row is not None
        return row.result


def test_a_finding_is_recorded_on_a_tracer_with_its_elements_and_evidence(
    survey: Survey, tmp_path: Path
) -> None:
    tracer_id = _tracer(survey)
    photo = write_bytes(tmp_path / "fridge.jpg", 3000)
    same_photo = write_bytes(tmp_path / "fridge again.jpg", 3000)
    with survey.project.transaction() as session:
        finding_id = record_finding(
            session,
            tracer_id=tracer_id,
            observed="Insulin pens in the ward fridge without opening dates",
            location="Ward 3 treatment room",
            element_assessment_ids=[survey.element(0), survey.element(2)],
            compliance=Result.PARTIALLY_MET,
            likelihood=Likelihood.PATTERN,
            impact=Impact.HIGH,
            evidence_files=[photo, same_photo],
            user="ana",
        )
    with survey.project.session() as session:
        [tracer] = tracers_of(session, survey.assessment_id)
        [finding] = findings_of(session, survey.assessment_id, tracer_id=tracer_id)
        on_element = findings_of(
            session, survey.assessment_id, element_assessment_id=survey.element(2)
        )
        audit = session.execute(
            select(AuditEvent).where(col(AuditEvent.entity) == "finding")
        ).scalar_one()
    assert (tracer.kind, tracer.status, tracer.findings) == (
        TracerKind.SYSTEM,
        TracerStatus.PLANNED,
        1,
    )
    assert finding.id == finding_id
    assert finding.element_codes == ("C0.1 ME 1", "C0.2 ME 1")
    # The same picture given twice is one evidence file, under the name it came with first.
    assert finding.evidence_names == ("fridge.jpg",)
    assert [f.id for f in on_element] == [finding_id]
    # The same photo twice is kept once in the store.
    assert count(survey.project, EvidenceContent) == 1
    assert (audit.action, audit.user, audit.assessment_id) == (
        "record_finding",
        "ana",
        survey.assessment_id,
    )
    assert "C0.2 ME 1" in audit.details
    # Nothing changes in the checklist until the finding is accepted.
    assert _result(survey, survey.element(0)) == Result.NOT_ASSESSED


def test_accepting_a_finding_sets_its_elements_result_and_undoing_restores_it(
    survey: Survey,
) -> None:
    tracer_id = _tracer(survey)
    with survey.project.transaction() as session:
        finding_id = record_finding(
            session,
            tracer_id=tracer_id,
            observed="No hand-hygiene audit since June",
            element_assessment_ids=[survey.element(1)],
            compliance=Result.NOT_MET,
            user="ana",
        )
    with survey.project.transaction() as session:
        acceptance = accept_finding(session, finding_id, user="ben")
    assert _result(survey, survey.element(1)) == Result.NOT_MET
    with survey.project.session() as session:
        [finding] = findings_of(session, survey.assessment_id)
        element_rows = (
            session.execute(
                select(col(AuditEvent.details))
                .where(col(AuditEvent.entity) == "element_assessment")
                .where(col(AuditEvent.entity_id) == survey.element(1))
            )
            .scalars()
            .all()
        )
    assert finding.accepted and finding.accepted_by == "ben"
    assert element_rows == [f"accepted from finding {finding_id}"]
    with survey.project.transaction() as session, pytest.raises(TracerError, match="already"):
        accept_finding(session, finding_id, user="ben")

    with survey.project.transaction() as session:
        withdraw_acceptance(session, acceptance, user="ben")
    assert _result(survey, survey.element(1)) == Result.NOT_ASSESSED
    with survey.project.session() as session:
        [finding] = findings_of(session, survey.assessment_id)
        actions = (
            session.execute(
                select(col(AuditEvent.action))
                .where(col(AuditEvent.entity) == "finding")
                .order_by(col(AuditEvent.id))
            )
            .scalars()
            .all()
        )
    assert not finding.accepted
    assert actions == ["record_finding", "accept_finding", "withdraw_finding_acceptance"]


def _rows(survey: Survey) -> tuple[int, ...]:
    with survey.project.session() as session:
        return tuple(
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Tracer, Finding, AuditEvent)
        )


def test_bad_findings_are_refused_with_a_clear_message_and_change_nothing(
    survey: Survey,
) -> None:
    tracer_id = _tracer(survey)
    before = _rows(survey)
    bad: list[tuple[dict[str, Any], str]] = [
        ({"element_assessment_ids": []}, "at least one measurable element"),
        ({"observed": "  "}, "what was seen"),
        ({"compliance": Result.NOT_APPLICABLE}, "met, partially met or not met"),
        ({"element_assessment_ids": [999_999]}, "not part of this assessment"),
    ]
    for change, message in bad:
        arguments = {
            "tracer_id": tracer_id,
            "observed": "Expired gloves",
            "element_assessment_ids": [survey.element(0)],
            "compliance": Result.NOT_MET,
            "user": "ana",
            **change,
        }
        with survey.project.transaction() as session, pytest.raises(TracerError, match=message):
            record_finding(session, **arguments)
        assert _rows(survey) == before
    with survey.project.transaction() as session, pytest.raises(TracerError, match="focus"):
        plan_tracer(
            session,
            assessment_id=survey.assessment_id,
            kind=TracerKind.INDIVIDUAL,
            focus="",
            user="ana",
        )
    assert _rows(survey) == before


def test_a_locked_assessment_refuses_tracers_and_findings(survey: Survey) -> None:
    tracer_id = _tracer(survey)
    with survey.project.transaction() as session:
        finding_id = record_finding(
            session,
            tracer_id=tracer_id,
            observed="Fire door propped open",
            element_assessment_ids=[survey.element(3)],
            compliance=Result.NOT_MET,
            user="ana",
        )
        set_locked(session, survey.assessment_id, True, user="admin")
    before = _rows(survey)
    attempts = [
        lambda session: plan_tracer(
            session,
            assessment_id=survey.assessment_id,
            kind=TracerKind.ENVIRONMENT,
            focus="Fire safety round",
            user="ana",
        ),
        lambda session: set_tracer_status(session, tracer_id, TracerStatus.DONE, user="ana"),
        lambda session: accept_finding(session, finding_id, user="ana"),
        lambda session: record_finding(
            session,
            tracer_id=tracer_id,
            observed="Another",
            element_assessment_ids=[survey.element(3)],
            compliance=Result.NOT_MET,
            user="ana",
        ),
    ]
    for attempt in attempts:
        with survey.project.transaction() as session, pytest.raises(AssessmentLocked):
            attempt(session)
    assert _rows(survey) == before
    assert _result(survey, survey.element(3)) == Result.NOT_ASSESSED


def test_a_finding_on_an_element_an_earlier_survey_found_wanting_is_a_repeat(
    survey: Survey,
) -> None:
    earlier_tracer = _tracer(survey)
    with survey.project.transaction() as session:
        record_finding(
            session,
            tracer_id=earlier_tracer,
            observed="Unlabelled syringes in the anaesthesia room",
            element_assessment_ids=[survey.element(0)],
            compliance=Result.NOT_MET,
            user="ana",
        )
        later = create_assessment(
            session, library_id=1, name="Official survey", based_on=survey.assessment_id, user="ana"
        )
        same_element, other_element = (
            session.execute(
                select(col(ElementAssessment.id))
                .where(col(ElementAssessment.assessment_id) == later)
                .order_by(col(ElementAssessment.element_id))
            )
            .scalars()
            .all()[:2]
        )
        tracer = plan_tracer(
            session, assessment_id=later, kind=TracerKind.SYSTEM, focus="Medication", user="ana"
        )
        repeat = record_finding(
            session,
            tracer_id=tracer,
            observed="Unlabelled syringes again",
            element_assessment_ids=[same_element],
            compliance=Result.PARTIALLY_MET,
            user="ana",
        )
        record_finding(
            session,
            tracer_id=tracer,
            observed="Something new",
            element_assessment_ids=[other_element],
            compliance=Result.PARTIALLY_MET,
            user="ana",
        )
    with survey.project.session() as session:
        found = {f.id: f.repeat for f in findings_of(session, later)}
        earlier = earlier_findings(session, later, [same_element])
        by_chapter = repeat_findings_by_chapter(session, later)
        # The earlier survey's own findings are no repeats: nothing came before it.
        assert not any(f.repeat for f in findings_of(session, survey.assessment_id))
    assert found == {repeat: True, repeat + 1: False}
    assert [(e.assessment_name, e.observed) for e in earlier] == [
        ("Mock survey", "Unlabelled syringes in the anaesthesia room")
    ]
    assert by_chapter == {"C0": 1}


def test_an_elements_findings_say_which_repeat_one_made_earlier_in_the_same_survey(
    survey: Survey,
) -> None:
    tracer_id = _tracer(survey)
    observed = ["Doors propped open", "Doors propped open again", "Fire plan out of date"]
    on = [[survey.element(0)], [survey.element(0), survey.element(1)], [survey.element(1)]]
    with survey.project.transaction() as session:
        ids = [
            record_finding(
                session,
                tracer_id=tracer_id,
                observed=text,
                element_assessment_ids=elements,
                compliance=Result.PARTIALLY_MET,
                user="ana",
            )
            for text, elements in zip(observed, on, strict=True)
        ]
    with survey.project.session() as session:
        everything = {f.id: f.repeat for f in findings_of(session, survey.assessment_id)}
        first_element = findings_of(
            session, survey.assessment_id, element_assessment_id=survey.element(0)
        )
        second_element = findings_of(
            session, survey.assessment_id, element_assessment_id=survey.element(1)
        )
        of_tracer = findings_of(session, survey.assessment_id, tracer_id=tracer_id)
        no_earlier_survey = earlier_findings(session, survey.assessment_id, [survey.element(0)])
        this_survey = earlier_findings(
            session, survey.assessment_id, [survey.element(0)], this_survey_too=True
        )
    # The second finding repeats the first on its first element; the third comes after the
    # second on its element.
    assert everything == {ids[0]: False, ids[1]: True, ids[2]: True}
    assert [(f.id, f.repeat) for f in first_element] == [(ids[1], True), (ids[0], False)]
    assert [(f.id, f.repeat) for f in second_element] == [(ids[2], True), (ids[1], True)]
    assert {f.id: f.repeat for f in of_tracer} == everything
    assert no_earlier_survey == []
    assert sorted(e.observed for e in this_survey) == observed[:2]
