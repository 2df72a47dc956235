"""The demo project: the shipped synthetic library, imported for real, and a mock survey with
its tracers, findings and corrective actions."""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.resources import resource_path
from accredit_tracker.core.storage.models import (
    Chapter,
    ElementAssessment,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.storage.project import PROJECT_SUFFIX, Project, create_project
from accredit_tracker.core.tracers.corrective_actions import (
    raise_action,
    update_action,
    verify_action,
)
from accredit_tracker.core.tracers.findings import accept_finding, record_finding
from accredit_tracker.core.tracers.tracers import plan_tracer
from accredit_tracker.core.tracers.words import (
    ActionStatus,
    Impact,
    Likelihood,
    TracerKind,
    TracerStatus,
)
from accredit_tracker.core.vocabulary import AssessmentKind, Result, WorkStatus
from accredit_tracker.interchange.standards.importer import ImportReport, import_standards
from accredit_tracker.interchange.standards.plan import ImportOptions

DEMO_LIBRARY = ("demo", "demo_standards.xlsx")
DEMO_ASSESSMENT = "Mock survey 2026"
# Chapters the demo officers have worked through, and how far (share of elements assessed).
_PROGRESS = {
    "IPSG": 1.0, "PCI": 0.95, "MMU": 0.9, "FMS": 0.8, "QPS": 0.75, "ACC": 0.6,
    "COP": 0.55, "AOP": 0.5, "GLD": 0.4, "SQE": 0.35, "PCC": 0.3, "ASC": 0.25, "MOI": 0.2,
}  # fmt: skip
_OWNERS = {
    "IPSG": ("Dilnoza Karimova", "Patient safety"),
    "ACC": ("Bekzod Aliyev", "Admissions"),
    "PCC": ("Madina Yusupova", "Patient relations"),
    "AOP": ("Dr. Timur Rakhimov", "Medicine"),
    "COP": ("Nodira Tursunova", "Nursing"),
    "ASC": ("Dr. Sardor Nazarov", "Surgery"),
    "MMU": ("Elena Petrova", "Pharmacy"),
    "QPS": ("Gulnora Ismoilova", "Quality"),
    "PCI": ("Dr. Aziza Xolmatova", "Infection control"),
    "GLD": ("Rustam Qodirov", "Administration"),
    "FMS": ("Jasur Ergashev", "Facilities"),
    "SQE": ("Olga Kim", "Human resources"),
    "MOI": ("Shahlo Rahimova", "Medical records"),
}
_NOTES = (
    "Policy approved by the medical council; training records filed.",
    "Audit in progress; results due next month.",
    "Observed on the ward round; staff could explain the procedure.",
    "Draft procedure awaiting sign-off.",
    "Gap found in the night shift; retraining planned.",
)


def demo_project_path() -> Path:
    """Where the demo project lives: the user's data folder (or ``ACCREDIT_DATA_DIR``)."""
    folder = Path(os.environ.get("ACCREDIT_DATA_DIR") or user_data_dir("accredit-tracker"))
    return folder / f"Demo hospital{PROJECT_SUFFIX}"


def ensure_demo_project(*, user: str, monitor: TaskMonitor | None = None) -> Path:
    """The demo project, created from the shipped library the first time it is asked for."""
    path = demo_project_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo_project(path, user=user, monitor=monitor).close()
    return path


def import_demo_library(
    project: Project, *, user: str, monitor: TaskMonitor | None = None
) -> ImportReport:
    """Read the shipped synthetic standards library into ``project`` (a project to try the
    application on before the facility's own standards are at hand)."""
    return import_standards(
        project,
        resource_path(*DEMO_LIBRARY),
        ImportOptions(
            name="Demo hospital standards (synthetic)",
            publisher="Accredit Tracker demo",
            edition="Demo 1.0",
        ),
        user=user,
        monitor=monitor,
    )


def create_demo_project(
    path: Path, *, user: str, monitor: TaskMonitor | None = None, today: date | None = None
) -> Project:
    """Create a project at ``path`` from the demo library with one partly filled assessment."""
    project = create_project(path, user=user)
    try:
        import_demo_library(project, user=user, monitor=monitor)
        _fill_mock_survey(project, user, today or date.today())
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    return project


def _fill_mock_survey(project: Project, user: str, today: date) -> None:
    chance = random.Random(2026)
    with project.transaction() as session:
        library_id = session.execute(select(col(Chapter.library_id))).scalars().first()
        assert library_id is not None
        assessment_id = create_assessment(
            session,
            library_id=library_id,
            name=DEMO_ASSESSMENT,
            kind=AssessmentKind.MOCK,
            user=user,
            starts_on=today - timedelta(days=30),
        )
        rows = session.execute(
            select(col(ElementAssessment.id), col(Chapter.code))
            .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
            .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
            .join(Chapter, col(Chapter.id) == Standard.chapter_id)
            .where(col(ElementAssessment.assessment_id) == assessment_id)
            .order_by(col(MeasurableElement.position))
        ).all()
        changes = []
        for element_assessment_id, chapter in rows:
            if chance.random() >= _PROGRESS.get(chapter, 0.0):
                continue
            result = chance.choices(
                (Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET, Result.NOT_APPLICABLE),
                weights=(70, 18, 7, 5),
            )[0]
            owner, department = _OWNERS[chapter]
            values: dict[str, object] = {
                "result": result,
                "owner": owner,
                "department": department,
                "work_status": WorkStatus.DONE
                if result in (Result.FULLY_MET, Result.NOT_APPLICABLE)
                else WorkStatus.IN_PROGRESS,
            }
            if result in (Result.PARTIALLY_MET, Result.NOT_MET):
                values["due_date"] = today + timedelta(days=chance.randint(-20, 90))
                values["notes"] = chance.choice(_NOTES)
            changes.append(ElementChange(element_assessment_id, values))
        update_elements(session, changes, user=user)
    _mock_tracers(project, assessment_id, user, today)


# The mock survey's tracers: kind, focus, units, people, worksheet scope, days before today
# it was held (None: planned for next week), and its findings as (chapter, element n of the
# chapter, what was seen, where, compliance, likelihood, impact, accepted into the checklist).
_Seen = tuple[str, int, str, str, Result, Likelihood, Impact, bool]
_TRACERS: tuple[tuple[TracerKind, str, str, str, str, int | None, list[_Seen]], ...] = (
    (TracerKind.INDIVIDUAL, "Elective hip replacement: pre-admission clinic to discharge",
     "Orthopaedics, Theatre 2, Ward 5", "Dilnoza Karimova, Dr. Sardor Nazarov", "ASC; COP", 12,
     [("ASC", 2, "Anaesthesia consent signed after the premedication was given", "Theatre 2",
       Result.PARTIALLY_MET, Likelihood.LIMITED, Impact.MODERATE, True),
      ("MMU", 3, "Concentrated potassium chloride ampoules in the ward treatment room",
       "Ward 5", Result.NOT_MET, Likelihood.LIMITED, Impact.HIGH, False),
      ("COP", 5, "Pain not reassessed within an hour of analgesia on two of three charts",
       "Ward 5", Result.PARTIALLY_MET, Likelihood.PATTERN, Impact.MODERATE, False)]),
    (TracerKind.SYSTEM, "Medication management: prescribing to administration",
     "Ward 3, Pharmacy", "Elena Petrova, Dilnoza Karimova", "MMU", 10,
     [("MMU", 3, "Concentrated potassium chloride stored on the ward outside the locked "
       "cupboard", "Ward 3 treatment room", Result.NOT_MET, Likelihood.PATTERN, Impact.HIGH,
       True)]),
    (TracerKind.SYSTEM, "Infection prevention and control: hand hygiene and device care",
     "ICU, Ward 3, Ward 5", "Dr. Aziza Xolmatova", "PCI", 8,
     [("PCI", 4, "Hand-hygiene compliance 62 % in 40 observations across three units",
       "ICU, Ward 3, Ward 5", Result.PARTIALLY_MET, Likelihood.WIDESPREAD, Impact.HIGH, True)]),
    (TracerKind.ENVIRONMENT, "Fire safety and medical gas storage round", "All floors",
     "Jasur Ergashev", "FMS", 6,
     [("FMS", 6, "Fire door to the stairwell wedged open with a chair", "Floor 2 corridor",
       Result.NOT_MET, Likelihood.LIMITED, Impact.HIGH, False)]),
    (TracerKind.LEADERSHIP, "Quality programme and data use with the executive team",
     "Administration", "Gulnora Ismoilova, Rustam Qodirov", "GLD; QPS", 4,
     [("QPS", 2, "Indicator data collected monthly but not reviewed by leaders since March",
       "Board minutes", Result.PARTIALLY_MET, Likelihood.PATTERN, Impact.LOW, False)]),
    (TracerKind.DOCUMENT, "Staff credential files: primary-source verification",
     "Human resources", "Olga Kim", "SQE", None, []),
)  # fmt: skip
# Corrective actions: (finding number in the order above, what, root cause, owner,
# department, due in days from today, status, measure of success).
_ACTIONS = (
    (0, "Consent checked at the theatre sign-in before premedication",
     "Sign-in checklist has no consent line", "Dr. Sardor Nazarov", "Surgery", 30,
     ActionStatus.IN_PROGRESS, "Audit of 20 cases monthly: 100 % consent before premedication"),
    (3, "Remove concentrated electrolytes from ward stock; pharmacy-prepared bags only",
     "Ward stock list never reviewed after the policy change", "Elena Petrova", "Pharmacy", -5,
     ActionStatus.PLANNED, "Weekly ward checks: no concentrated electrolytes found for 8 weeks"),
    (4, "Hand-hygiene champions on each unit with monthly feedback of audit results",
     "No feedback of audit results to staff", "Dr. Aziza Xolmatova", "Infection control", 90,
     ActionStatus.DONE, "≥ 90 % compliance in 30 observations monthly for 4 months in a row"),
    (5, "Door wedges removed; hold-open magnets fitted to the busiest fire doors",
     "Doors too heavy for trolley traffic", "Jasur Ergashev", "Facilities", -20,
     ActionStatus.EFFECTIVE, "No fire door found wedged in 4 weekly rounds"),
    (6, "Quality indicators a standing item of the monthly leadership meeting",
     "No owner for the indicator report", "Gulnora Ismoilova", "Quality", -10,
     ActionStatus.NOT_EFFECTIVE, "Minutes show indicators reviewed in 3 meetings running"),
)  # fmt: skip


def _chapter_elements(session: Session, assessment_id: int) -> dict[str, list[int]]:
    """Chapter code → its element assessments in library order."""
    found: dict[str, list[int]] = {}
    for row_id, chapter in session.execute(
        select(col(ElementAssessment.id), col(Chapter.code))
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .join(Chapter, col(Chapter.id) == Standard.chapter_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(MeasurableElement.position))
    ):
        found.setdefault(chapter, []).append(row_id)
    return found


def _mock_tracers(project: Project, assessment_id: int, user: str, today: date) -> None:
    """Tracers of every kind with findings across several chapters, some accepted into the
    checklist, actions in every status, and a finding the medication tracer repeats."""
    with project.transaction() as session:
        elements = _chapter_elements(session, assessment_id)
        findings: list[int] = []
        for kind, focus, units, people, scope, days_ago, seen in _TRACERS:
            tracer = plan_tracer(
                session,
                assessment_id=assessment_id,
                kind=kind,
                focus=focus,
                held_on=today - timedelta(days=days_ago) if days_ago else today + timedelta(7),
                units=units,
                people=people,
                scope=scope,
                status=TracerStatus.DONE if days_ago else TracerStatus.PLANNED,
                user=user,
            )
            for chapter, n, observed, where, result, likelihood, impact, accepted in seen:
                finding = record_finding(
                    session,
                    tracer_id=tracer,
                    observed=observed,
                    location=where,
                    element_assessment_ids=[elements[chapter][n]],
                    compliance=result,
                    likelihood=likelihood,
                    impact=impact,
                    user=user,
                )
                findings.append(finding)
                if accepted:
                    accept_finding(session, finding, user=user)
        for number, what, cause, owner, department, due, status, measure in _ACTIONS:
            action = raise_action(
                session,
                assessment_id=assessment_id,
                what=what,
                finding_id=findings[number],
                root_cause=cause,
                owner=owner,
                department=department,
                opened_on=today - timedelta(days=60),
                due_on=today + timedelta(days=due),
                measure=measure,
                user=user,
            )
            if status == ActionStatus.PLANNED:
                continue
            moves = [ActionStatus.IN_PROGRESS]
            if status != ActionStatus.IN_PROGRESS:
                moves.append(ActionStatus.DONE)
            for move in moves:
                update_action(session, action, status=move, user=user)
            if status in (ActionStatus.EFFECTIVE, ActionStatus.NOT_EFFECTIVE):
                verify_action(
                    session,
                    action,
                    effective=status == ActionStatus.EFFECTIVE,
                    verified_on=today,
                    verified_by="Quality committee",
                    result="Checked on the weekly round"
                    if status == ActionStatus.EFFECTIVE
                    else "Reviewed once in three meetings; the item is still dropped",
                    user=user,
                )
