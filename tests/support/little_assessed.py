"""A project where one chapter is barely assessed: PCI fully assessed and met, MOI with 7 of its
84 elements assessed (all fully met), so MOI's score of 10.0 says nothing yet."""

from __future__ import annotations

from pathlib import Path

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.vocabulary import Result
from factories import FLAT_HEADER, element_assessment_ids, project_with_assessment

MOI_ELEMENTS = 84
MOI_ASSESSED = 7


def little_assessed_rows() -> list[list[object]]:
    """PCI: 2 standards of 5 elements; MOI: 12 standards of 7 elements."""
    rows: list[list[object]] = [list(FLAT_HEADER)]
    for chapter, title, standards, elements in (
        ("PCI", "Prevention and Control of Infections", 2, 5),
        ("MOI", "Management of Information", 12, 7),
    ):
        for s in range(1, standards + 1):
            for e in range(1, elements + 1):
                rows.append([chapter, title, f"{chapter}.{s}", f"Standard {chapter}.{s}", e,
                             f"Element {e} of {chapter}.{s}"])  # fmt: skip
    return rows


def little_assessed_project(path: Path) -> int:
    """Make the project at ``path``; returns the assessment's id."""
    project, assessment_id = project_with_assessment(path, little_assessed_rows())
    with project:
        ids = element_assessment_ids(project, assessment_id)
        met = [code for code in ids if code.startswith("PCI.")]
        met += [f"MOI.1 ME {e}" for e in range(1, MOI_ASSESSED + 1)]
        with project.transaction() as session:
            changes = [ElementChange(ids[code], {"result": Result.FULLY_MET}) for code in met]
            update_elements(session, changes, user="ana")
    return assessment_id
