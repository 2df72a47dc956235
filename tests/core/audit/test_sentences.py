"""Every recorded change reads as a sentence: no JSON, no internal names, dates in the reader's
format, undo said to be one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    set_locked,
    set_profile,
    update_elements,
)
from accredit_tracker.core.audit.recording import undoing
from accredit_tracker.core.audit.sentences import sentence, shown_values, value_text
from accredit_tracker.core.audit.trail import ChangeKind, TrailEntry, changes_in_order
from accredit_tracker.core.evidence.attachments import (
    attach_files,
    delete_evidence,
    unlink_evidence,
    update_evidence,
)
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.profiles import installed_profiles, profile_names
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.tracers.corrective_actions import (
    raise_action,
    update_action,
    verify_action,
)
from accredit_tracker.core.tracers.findings import accept_finding, record_finding
from accredit_tracker.core.tracers.removal import delete_action, delete_tracer
from accredit_tracker.core.tracers.tracers import plan_tracer, set_tracer_status
from accredit_tracker.core.tracers.words import ActionStatus, TracerKind, TracerStatus
from accredit_tracker.core.vocabulary import AssessmentKind, Result
from accredit_tracker.demo import create_demo_project
from factories import element_assessment_ids, project_with_assessment, write_bytes

INTERNAL_NAMES = ("{", "sha256", "kind=", "profile=", "review_date", "due_date", "jci_points",
                  "work_status", "fully_met", "not_assessed", "True", "False")  # fmt: skip


def day_month_year(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def told(project: Project) -> list[tuple[TrailEntry, str]]:
    with project.session() as session:
        names = profile_names(session)
        return [
            (entry, sentence(entry, date_text=day_month_year, profile_names=names))
            for entry in changes_in_order(session)
        ]


def test_a_day_of_work_reads_as_sentences_without_internal_names(tmp_path: Path) -> None:
    project, mock_id = project_with_assessment(tmp_path / "clinic.accredit")
    ids = element_assessment_ids(project, mock_id)
    policy = write_bytes(tmp_path / "policy.pdf", 2048)
    with project:
        with project.transaction() as session:
            update_elements(
                session,
                [
                    ElementChange(
                        ids["C0.1 ME 1"],
                        {
                            "result": Result.FULLY_MET,
                            "due_date": date(2027, 3, 31),
                            "owner": "Nodira",
                        },
                    )
                ],
                user="ana",
            )
            [attached] = attach_files(session, [policy], [ids["C0.1 ME 1"]], user="ana").attached
            update_evidence(
                session, attached.evidence_id, user="ana", review_date=date(2027, 1, 31)
            )
            unlink_evidence(session, attached.evidence_id, ids["C0.1 ME 1"], user="ana")
            delete_evidence(session, attached.evidence_id, user="ana")
            library_id = library_counts(session)[0].library_id
            official = create_assessment(
                session,
                library_id=library_id,
                name="Official survey",
                user="bob",
                kind=AssessmentKind.OFFICIAL,
                starts_on=date(2027, 5, 3),
                ends_on=date(2027, 5, 6),
                based_on=mock_id,
            )
            set_locked(session, mock_id, True, user="bob")
            other = next(p for p in installed_profiles(session) if p.profile.key != "jci_points")
            set_profile(session, official, other.id, user="bob")
        sentences = told(project)
    texts = [text for _, text in sentences]
    for text in texts:
        assert not any(name in text for name in INTERNAL_NAMES), text
        assert text.endswith("."), text
    assert "Result of C0.1 ME 1 set to Fully met (was Not assessed)." in texts
    assert "Due date of C0.1 ME 1 set to 31.03.2027." in texts
    assert "Owner of C0.1 ME 1 set to “Nodira”." in texts
    assert "Evidence file “policy.pdf” (2 KB) added to the project." in texts
    assert "“policy.pdf” linked to C0.1 ME 1 as evidence." in texts
    assert "Review date of “policy.pdf” set to 31.01.2027." in texts
    assert "“policy.pdf” taken off C0.1 ME 1; the file stays in the project." in texts
    assert "Evidence file “policy.pdf” removed from the project." in texts
    assert (
        "Assessment “Official survey” created: official survey, scored with "
        "“JCI-style points (10 / 5 / 0)”, from 03.05.2027 to 06.05.2027, started from "
        "“Mock survey”."
    ) in texts
    assert "Assessment “Mock survey” locked." in texts
    assert (
        f"Assessment “Official survey” now scored with “{other.profile.name}” "
        "(was “JCI-style points (10 / 5 / 0)”)."
    ) in texts
    assert texts[0] == "Project created."
    assert any(t.startswith("Standards library “") and "measurable elements" in t for t in texts)


def test_an_undo_is_labelled_as_one(tmp_path: Path) -> None:
    project, mock_id = project_with_assessment(tmp_path / "clinic.accredit")
    element = element_assessment_ids(project, mock_id)["C0.2 ME 1"]
    with project:
        with project.transaction() as session:
            update_elements(session, [ElementChange(element, {"notes": "Checked"})], user="ana")
        with undoing(), project.transaction() as session:
            update_elements(session, [ElementChange(element, {"notes": ""})], user="ana")
        *_, (_, done_text), (_, undone_text) = told(project)
    assert done_text == "Notes of C0.2 ME 1 set to “Checked”."
    assert undone_text == "Undo: Notes of C0.2 ME 1 cleared (was “Checked”)."


def test_values_read_as_the_window_shows_them() -> None:
    assert value_text("result", "partially_met") == "Partially met"
    assert value_text("work_status", "in_progress") == "In progress"
    assert value_text("due_date", "2027-03-31", date_text=day_month_year) == "31.03.2027"
    assert value_text("locked", "True") == "Locked"
    assert value_text("scoring_profile", "jci_points", profile_names={"jci_points": "JCI"}) == "JCI"
    assert value_text("owner", "Ana") == "Ana"


def test_tracers_findings_and_actions_read_as_sentences_under_their_own_kinds(
    tmp_path: Path,
) -> None:
    project, mock_id = project_with_assessment(tmp_path / "clinic.accredit")
    ids = element_assessment_ids(project, mock_id)
    with project:
        with project.transaction() as session:
            tracer_id = plan_tracer(
                session,
                assessment_id=mock_id,
                kind=TracerKind.SYSTEM,
                focus="Medication management",
                held_on=date(2026, 11, 3),
                units="Ward 3",
                user="ana",
            )
            set_tracer_status(session, tracer_id, TracerStatus.DONE, user="ana")
            finding_id = record_finding(
                session,
                tracer_id=tracer_id,
                observed="Insulin pens without opening dates",
                element_assessment_ids=[ids["C0.1 ME 1"], ids["C0.2 ME 1"]],
                compliance=Result.PARTIALLY_MET,
                user="ana",
            )
            accept_finding(session, finding_id, user="ana")
            action_id = raise_action(
                session,
                assessment_id=mock_id,
                what="Label opened pens",
                finding_id=finding_id,
                owner="Nodira",
                opened_on=date(2026, 11, 4),
                due_on=date(2027, 1, 31),
                user="ana",
            )
            update_action(session, action_id, status=ActionStatus.DONE, user="ana")
            verify_action(
                session,
                action_id,
                effective=True,
                verified_by="Quality committee",
                verified_on=date(2027, 2, 10),
                user="ana",
            )
            delete_action(session, action_id, user="admin")
            delete_tracer(session, tracer_id, user="admin")
        told_rows = told(project)
    tracer_kinds = (ChangeKind.TRACER, ChangeKind.FINDING, ChangeKind.CORRECTIVE_ACTION)
    followed = [(entry.kind, text) for entry, text in told_rows if entry.kind in tracer_kinds]
    for _kind, text in followed:
        assert not any(name in text for name in INTERNAL_NAMES), text
    assert followed == [
        (ChangeKind.TRACER, "Tracer “Medication management” planned: System tracer, "
                            "03.11.2026, Ward 3."),
        (ChangeKind.TRACER, f"Tracer {tracer_id} marked Done (was Planned)."),
        (ChangeKind.FINDING, "Finding recorded on C0.1 ME 1, C0.2 ME 1 (Partially met): "
                             "“Insulin pens without opening dates”."),
        (ChangeKind.FINDING, f"Finding {finding_id} accepted into the checklist: its elements "
                             "set to Partially met."),
        (ChangeKind.CORRECTIVE_ACTION, "Corrective action raised for C0.1 ME 1, C0.2 ME 1 "
                                       "(owner Nodira, due 31.01.2027): “Label opened pens”."),
        (ChangeKind.CORRECTIVE_ACTION, f"Status of action {action_id} set to Done (was "
                                       "Planned)."),
        (ChangeKind.CORRECTIVE_ACTION, f"Action {action_id} verified by Quality committee on "
                                       "10.02.2027: Verified effective."),
        (ChangeKind.CORRECTIVE_ACTION, "Corrective action for C0.1 ME 1, C0.2 ME 1 (owner "
                                       "Nodira, due 31.01.2027, Verified effective) deleted: "
                                       "“Label opened pens”."),
        (ChangeKind.FINDING, "Finding on C0.1 ME 1, C0.2 ME 1 (Partially met) deleted: "
                             "“Insulin pens without opening dates”."),
        (ChangeKind.TRACER, "Tracer “Medication management” (System tracer, 03.11.2026, "
                            "Ward 3) deleted with its findings (1)."),
    ]  # fmt: skip


def test_the_old_and_new_columns_name_an_actions_status_by_its_label(tmp_path: Path) -> None:
    with (
        create_demo_project(tmp_path / "demo.accredit", user="officer") as project,
        project.session() as session,
    ):
        shown = [
            shown_values(entry)
            for entry in changes_in_order(session)
            if entry.action in ("update_action", "verify_action") and entry.field == "status"
        ]
    assert shown
    labels = {label for pair in shown for label in pair if label}
    assert labels <= {"Planned", "In progress", "Done", "Verified effective", "Not effective"}
    assert "Verified effective" in labels
