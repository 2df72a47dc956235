"""The demo project: the shipped synthetic library, imported for real, and a mock survey."""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import select
from sqlmodel import col

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
