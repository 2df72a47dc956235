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
from accredit_tracker.core.audit.sentences import sentence, value_text
from accredit_tracker.core.audit.trail import TrailEntry, changes_in_order
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
