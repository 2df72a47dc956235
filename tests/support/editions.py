"""Two editions of a standards library in one project, made from real .xlsx files: the later
one renumbers, splits and merges elements, adds one and drops one; with a survey of the first."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.crosswalk.importer import import_mapping_file
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.interchange.standards.plan import ImportOptions
from factories import FLAT_HEADER, element_assessment_ids, write_bytes, write_xlsx


def _rows(elements: list[tuple[str, str, str]]) -> list[list[object]]:
    """Flat rows from (standard code, element number, element text)."""
    rows: list[list[object]] = [[*FLAT_HEADER]]
    for standard, number, text in elements:
        chapter = standard.split(".")[0]
        rows.append([chapter, f"Chapter {chapter}", standard, f"Standard {standard}", number, text])
    return rows


OLD_EDITION = _rows(
    [
        ("A.1", "1", "Hand hygiene is practised before patient contact"),
        ("A.1", "2", "Hand hygiene and glove use are audited each month"),
        ("A.2", "1", "Sterile supplies are stored off the floor"),
        ("A.2", "2", "Sterile supply expiry dates are checked"),
        ("A.3", "1", "Sterile supply stock is rotated"),
        ("B.1", "1", "Patients are identified by two identifiers"),
        ("B.2", "1", "Fax orders are confirmed by telephone"),  # dropped in the new edition
    ]
)
NEW_EDITION = _rows(
    [
        ("A.1", "1", "Hand hygiene is practised before patient contact"),  # = A.1 ME 1
        ("A.1", "2", "Sterile supplies are stored off the floor"),  # renumbered A.2 ME 1
        ("A.5", "1", "Sterile supply expiry and stock rotation are checked"),  # A.2.2 + A.3.1
        ("A.6", "1", "Hand hygiene is audited each month"),  # split of A.1 ME 2
        ("A.6", "2", "Glove use is audited each month"),  # split of A.1 ME 2
        ("A.7", "1", "Antimicrobial stewardship rounds are held weekly"),  # new
        ("B.1", "1", "Patients are identified by two identifiers before any procedure"),
    ]
)
MAPPING_ROWS: list[list[object]] = [
    ["Source code", "Target code", "Relationship", "Rationale", "Strength"],
    ["A.1 ME 1", "A.1 ME 1", "equal", "unchanged", 10],
    ["A.2 ME 1", "A.1 ME 2", "equal", "renumbered", 10],
    ["A.2 ME 2", "A.5 ME 1", "subset", "merged", 6],
    ["A.3 ME 1", "A.5 ME 1", "subset", "merged", 6],
    ["A.1 ME 2", "A.6 ME 1", "superset", "split", 5],
    ["A.1 ME 2", "A.6 ME 2", "superset", "split", 5],
    ["B.1 ME 1", "B.1 ME 1", "intersect", "before any procedure now", 7],
    ["B.2 ME 1", "A.7 ME 1", "not related", "", ""],
]


@dataclass
class Editions:
    project: Project
    old_library: int
    new_library: int
    survey: int  # an assessment of the old edition
    old: dict[str, int]  # element code → element assessment id in the survey
    evidence: list[int]  # the evidence ids attached: to A.1 ME 1, A.2 ME 2, A.1 ME 2


def two_editions(target: Path | str) -> Editions:
    """A project with both editions and a survey of the old one: results on most elements,
    an owner and notes on some, one piece of evidence on three."""
    folder = Path(tempfile.mkdtemp()) if isinstance(target, str) else target.parent
    old_file = write_xlsx(folder / "edition-2021.xlsx", OLD_EDITION)
    new_file = write_xlsx(folder / "edition-2024.xlsx", NEW_EDITION)
    project = create_project(target, user="tester")
    import_standards(project, old_file, ImportOptions(name="Edition 2021"), user="tester")
    import_standards(project, new_file, ImportOptions(name="Edition 2024"), user="tester")
    with project.transaction() as session:
        old_id, new_id = (c.library_id for c in library_counts(session))
        survey = create_assessment(session, library_id=old_id, name="Survey 2023", user="tester")
    old = element_assessment_ids(project, survey)
    values: dict[str, dict[str, Any]] = {
        "A.1 ME 1": {"result": Result.FULLY_MET, "owner": "Dr Karimova", "notes": "Observed"},
        "A.1 ME 2": {"result": Result.PARTIALLY_MET, "work_status": WorkStatus.IN_PROGRESS},
        "A.2 ME 1": {"result": Result.NOT_MET, "owner": "CSSD", "due_date": date(2027, 1, 31)},
        "A.2 ME 2": {"result": Result.FULLY_MET},
        "A.3 ME 1": {"result": Result.NOT_MET},
        "B.1 ME 1": {"result": Result.FULLY_MET, "department": "Wards"},
        "B.2 ME 1": {"result": Result.FULLY_MET},
    }
    files = [write_bytes(folder / f"evidence-{n}.pdf", 2000 + n, seed=n) for n in range(3)]
    with project.transaction() as session:
        update_elements(
            session,
            [ElementChange(old[code], change) for code, change in values.items()],
            user="ana",
        )
        evidence: list[int] = []
        for path, code in zip(files, ("A.1 ME 1", "A.2 ME 2", "A.1 ME 2"), strict=True):
            result = attach_files(session, [path], [old[code]], user="ana")
            evidence.extend(a.evidence_id for a in result.attached)
    return Editions(project, old_id, new_id, survey, old, evidence)


def import_the_mapping(made: Editions, folder: Path) -> int:
    """The mapping "2021 to 2024" (:data:`MAPPING_ROWS`, written as an .xlsx in ``folder``)
    imported into the project of both editions; its id."""
    return import_mapping_file(
        made.project,
        write_xlsx(folder / "mapping.xlsx", MAPPING_ROWS),
        name="2021 to 2024",
        source_library_id=made.old_library,
        target_library_id=made.new_library,
        user="ana",
    ).mapping_set_id
