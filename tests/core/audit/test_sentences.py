"""Every recorded change reads as a sentence: no JSON, no internal names, dates in the reader's
format, undo said to be one."""

from __future__ import annotations

from datetime import UTC, date, datetime
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


def test_tracers_findings_and_corrective_actions_read_as_sentences(tmp_path: Path) -> None:
    with create_demo_project(tmp_path / "demo.accredit", user="officer") as project:
        sentences = told(project)
        with project.session() as session:
            shown = {
                entry.action: shown_values(entry)
                for entry in changes_in_order(session)
                if entry.action in ("update_action", "verify_action")
            }
    texts: dict[str, list[str]] = {entry.action: [] for entry, _ in sentences}
    for entry, text in sentences:
        texts[entry.action].append(text)
    for action in ("plan_tracer", "record_finding", "accept_finding", "raise_action",
                   "update_action", "verify_action"):  # fmt: skip
        assert texts[action], action
        for text in texts[action]:
            assert not any(name in text for name in (*INTERNAL_NAMES, "_", "Change recorded")), text
    assert (
        "Status of a corrective action set to In progress (was Planned)." in texts["update_action"]
    )
    assert any(t.startswith("Planned: System tracer “") for t in texts["plan_tracer"])
    assert any(t.startswith("Corrective action verified by Quality committee on ") and
               t.endswith(": Verified effective.") for t in texts["verify_action"])  # fmt: skip
    assert any(t.startswith("Finding on QPS.1 ME 3 recorded: “") for t in texts["record_finding"])
    # The window's Old → New column names an action's status by its label too.
    assert shown["verify_action"][1] in ("Verified effective", "Not effective")
    assert "_" not in "".join(shown["update_action"])


def test_a_tracer_done_and_a_finding_taken_back_read_as_sentences() -> None:
    def entry(action: str, entity: str, field: str, old: str, new: str) -> TrailEntry:
        return TrailEntry(1, datetime(2027, 3, 1, tzinfo=UTC), "ana", action, ChangeKind.OTHER,
                          entity, 1, None, "", "", 1, "Mock", field, old, new, "")  # fmt: skip

    assert sentence(entry("update_tracer", "tracer", "status", "planned", "done")) == (
        "Status of a tracer set to Done (was Planned)."
    )
    withdrawn = entry("withdraw_finding_acceptance", "finding", "result", "not_met", "")
    assert sentence(withdrawn) == (
        "A finding's acceptance into the checklist taken back (it had set Not met)."
    )
    due = entry("update_action", "corrective_action", "due_on", "", "2027-04-30")
    assert sentence(due, date_text=day_month_year) == (
        "Due date of a corrective action set to 30.04.2027."
    )
