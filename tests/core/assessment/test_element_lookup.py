"""Finding an assessment's measurable element by its code as typed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.assessment.element_lookup import (
    CodeMatch,
    element_assessments_by_code,
    element_assessments_by_codes,
)
from accredit_tracker.core.library.libraries import (
    ChapterData,
    ElementData,
    LibraryData,
    StandardData,
    import_library,
)
from accredit_tracker.core.storage.project import Project, create_project
from factories import element_assessment_ids


@dataclass
class Elements:
    project: Project
    assessment_id: int
    ids: dict[str, int]  # element code → element assessment id

    def find(self, code: str) -> list[CodeMatch]:
        with self.project.session() as session:
            return element_assessments_by_code(session, self.assessment_id, code)

    def match(self, code: str) -> CodeMatch:
        return CodeMatch(code, self.ids[code])


@pytest.fixture
def elements(project_target: Path | str) -> Iterator[Elements]:
    """Elements "PCI.3.1 ME 2", "PCI.3.1 ME 1a" and "PCI.3.1 ME 1 A" in one assessment."""
    rows = [ElementData(number, "Staff clean their hands.") for number in ("2", "1a", "1 A")]
    standard = StandardData("PCI.3.1", elements=rows)
    library = LibraryData(name="Demo", chapters=[ChapterData("PCI", standards=[standard])])
    with create_project(project_target, user="ana") as project:
        with project.transaction() as session:
            library_id = import_library(session, library, user="ana")
            assessment_id = create_assessment(
                session, library_id=library_id, name="Mock survey", user="ana"
            )
        yield Elements(project, assessment_id, element_assessment_ids(project, assessment_id))


def test_code_as_stored_is_found(elements: Elements) -> None:
    assert elements.find("PCI.3.1 ME 2") == [elements.match("PCI.3.1 ME 2")]


def test_case_and_spaces_are_ignored(elements: Elements) -> None:
    assert elements.find(" pci.3.1 me2 ") == [elements.match("PCI.3.1 ME 2")]


def test_an_exact_match_wins_over_looser_ones(elements: Elements) -> None:
    assert elements.find("PCI.3.1 ME 1 A") == [elements.match("PCI.3.1 ME 1 A")]


def test_a_code_matching_several_elements_finds_them_all_in_library_order(
    elements: Elements,
) -> None:
    assert elements.find("pci.3.1 me 1a ") == [
        elements.match("PCI.3.1 ME 1a"),
        elements.match("PCI.3.1 ME 1 A"),
    ]


def test_unknown_code_finds_nothing(elements: Elements) -> None:
    assert elements.find("PCI.3.1 ME 3") == []
    assert elements.find("") == []


def test_several_codes_typed_are_looked_up_together(elements: Elements) -> None:
    typed = ["PCI.3.1 ME 2", "pci.3.1 me 1a", "PCI.3.1 ME 9", "PCI.3.1 ME 1 A"]
    with elements.project.session() as session:
        found = element_assessments_by_codes(session, elements.assessment_id, typed)
    assert found == {
        "PCI.3.1 ME 2": [elements.match("PCI.3.1 ME 2")],
        "pci.3.1 me 1a": [elements.match("PCI.3.1 ME 1a"), elements.match("PCI.3.1 ME 1 A")],
        "PCI.3.1 ME 9": [],
        "PCI.3.1 ME 1 A": [elements.match("PCI.3.1 ME 1 A")],
    }
