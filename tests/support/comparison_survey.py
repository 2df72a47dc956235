"""Two survey cycles of a 2 × 3 × 2 library with known results, shared by the comparison tests.

Mock survey → Official survey (started from the mock one), element by element:

- C0.1 ME 1 not met → fully met (improved); C0.1 ME 2 fully met → partially met (regressed)
- C0.2 ME 1 partially met both times (unchanged); C0.2 ME 2 not assessed → fully met (changed)
- C0.3 ME 1 fully met both times (unchanged); C0.3 ME 2 not applicable → fully met (changed)
- C1.1 ME 1 not assessed → not met (changed); C1.1 ME 2, C1.2 ME 1, C1.2 ME 2 not assessed
  both times (unchanged)
- C1.3 ME 1 only in the official survey (new); C1.3 ME 2 only in the mock one (removed)

JCI points: chapter C0 6.6 → 8.3 (+1.7); C1 — → 0.0; overall 6.6 → 6.2 (-0.4).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, project_with_assessment

MOCK_RESULTS = {
    "C0.1 ME 1": Result.NOT_MET,
    "C0.1 ME 2": Result.FULLY_MET,
    "C0.2 ME 1": Result.PARTIALLY_MET,
    "C0.3 ME 1": Result.FULLY_MET,
    "C0.3 ME 2": Result.NOT_APPLICABLE,
}
OFFICIAL_RESULTS = {
    "C0.1 ME 1": Result.FULLY_MET,
    "C0.1 ME 2": Result.PARTIALLY_MET,
    "C0.2 ME 2": Result.FULLY_MET,
    "C0.3 ME 2": Result.FULLY_MET,
    "C1.1 ME 1": Result.NOT_MET,
}
NEW_CODE, REMOVED_CODE = "C1.3 ME 1", "C1.3 ME 2"


@dataclass
class Surveys:
    project: Project
    mock_id: int
    official_id: int
    mock: dict[str, int]  # element code → element assessment id in Mock survey
    official: dict[str, int]


def set_results(project: Project, ids: dict[str, int], results: dict[str, Result]) -> None:
    with project.transaction() as session:
        update_elements(
            session,
            [ElementChange(ids[code], {"result": result}) for code, result in results.items()],
            user="tester",
        )


def delete_element_assessment(project: Project, element_assessment_id: int) -> None:
    """Remove one element assessment behind the services' back (no service deletes one)."""
    with project.engine.begin() as connection:
        connection.execute(
            text("DELETE FROM element_assessment WHERE id = :id"), {"id": element_assessment_id}
        )


@contextmanager
def two_surveys(target: Path | str, *, official_profile: str = "jci_points") -> Iterator[Surveys]:
    """The project above, open while the block runs."""
    project, mock_id = project_with_assessment(target)
    with project:
        set_results(project, element_assessment_ids(project, mock_id), MOCK_RESULTS)
        with project.transaction() as session:
            mock = session.get(Assessment, mock_id)
            assert mock is not None
            official_id = create_assessment(
                session,
                library_id=mock.library_id,
                name="Official survey",
                user="tester",
                profile_key=official_profile,
                based_on=mock_id,
            )
        set_results(project, element_assessment_ids(project, official_id), OFFICIAL_RESULTS)
        delete_element_assessment(project, element_assessment_ids(project, mock_id)[NEW_CODE])
        delete_element_assessment(
            project, element_assessment_ids(project, official_id)[REMOVED_CODE]
        )
        yield Surveys(
            project,
            mock_id,
            official_id,
            element_assessment_ids(project, mock_id),
            element_assessment_ids(project, official_id),
        )
