"""The demo project's mock survey shows the whole loop on first start: tracers of every kind,
findings across chapters, some accepted into the checklist, actions in every status, and a
repeat finding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from accredit_tracker.core.storage.models import ElementAssessment
from accredit_tracker.core.tracers.queries import (
    actions_of,
    findings_of,
    repeat_findings_by_chapter,
    tracers_of,
)
from accredit_tracker.core.tracers.words import ActionStatus, TracerKind
from accredit_tracker.demo import create_demo_project


def test_the_demo_survey_has_tracers_findings_and_actions(tmp_path: Path) -> None:
    today = date(2026, 6, 1)
    with (
        create_demo_project(tmp_path / "demo.accredit", user="ana", today=today) as project,
        project.session() as session,
    ):
        tracers = tracers_of(session, 1)
        findings = findings_of(session, 1)
        actions = actions_of(session, 1)
        repeats = repeat_findings_by_chapter(session, 1)
        accepted = [f for f in findings if f.accepted]
        results = {
            f.id: [session.get(ElementAssessment, i).result for i in f.element_ids]  # type: ignore[union-attr]
            for f in accepted
        }
    assert {t.kind for t in tracers} == set(TracerKind)
    assert len({code.split(".")[0] for f in findings for code in f.element_codes}) >= 5
    assert accepted and len(accepted) < len(findings)
    assert all(result == [f.compliance] for f in accepted for result in [results[f.id]])
    assert {a.status for a in actions} == set(ActionStatus)
    # One is overdue on the day the demo is made, so the filter and the dashboard show it.
    assert [a.status for a in actions if a.overdue(today)] == [ActionStatus.PLANNED]
    assert repeats == {"MMU": 1}
    assert [f.observed for f in findings if f.repeat] == [
        "Concentrated potassium chloride stored on the ward outside the locked cupboard"
    ]
