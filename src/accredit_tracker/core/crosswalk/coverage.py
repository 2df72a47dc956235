"""Coverage across programmes: for each element of a mapping's target library, the source
elements that bear on it and their results in an assessment of the source library, and the
elements no row maps on either side.

A row mapping a whole standard bears through every element of that standard: a source
standard puts each of its elements on the target, and a target standard receives the source
on each of its elements, so that every target element lists the source elements (with their
own results) behind it. A "not related" row maps nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.crosswalk.mappings import mapping_set_by_id, source_assessment
from accredit_tracker.core.crosswalk.models import MappingRow
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.models import (
    ElementAssessment,
    Library,
    MeasurableElement,
)
from accredit_tracker.core.vocabulary import (
    RESULT_BY_VALUE,
    STATUS_BY_VALUE,
    Result,
    WorkStatus,
)

RESULT_RANK = {Result.NOT_MET: 0, Result.PARTIALLY_MET: 1, Result.FULLY_MET: 2}
"""The results that place an element on the scale from worst to best; "not assessed" and
"not applicable" say nothing of how well a target element is covered."""


@dataclass(frozen=True)
class Bearing:
    """A source element bearing on a target element: how it relates, and its result and work
    status in the chosen assessment (None when no assessment was chosen)."""

    code: str
    text: str
    relationship: Relationship
    result: Result | None
    work_status: WorkStatus | None


@dataclass(frozen=True)
class CoveredElement:
    """A target element and the source elements bearing on it, in the mapping's order."""

    code: str
    text: str
    bearing: tuple[Bearing, ...]

    @property
    def worst(self) -> Result | None:
        """The worst met, partly met or not met result among the bearing elements."""
        ranked = self._ranked()
        return min(ranked, key=RESULT_RANK.__getitem__) if ranked else None

    @property
    def best(self) -> Result | None:
        """The best met, partly met or not met result among the bearing elements."""
        ranked = self._ranked()
        return max(ranked, key=RESULT_RANK.__getitem__) if ranked else None

    def _ranked(self) -> list[Result]:
        return [b.result for b in self.bearing if b.result in RESULT_RANK]


@dataclass(frozen=True)
class UnmappedSource:
    """A source element that bears on no target element, with its result (None when no
    assessment was chosen): what the target programme leaves out."""

    code: str
    text: str
    result: Result | None


@dataclass(frozen=True)
class Coverage:
    """Every target element with what bears on it, in library order, and the unmapped
    elements of each library."""

    mapping_name: str
    source_library: str
    target_library: str
    assessment_name: str  # "" when no assessment was chosen
    targets: list[CoveredElement]
    unmapped_sources: list[UnmappedSource]

    @property
    def unmapped_targets(self) -> list[CoveredElement]:
        """The target elements nothing bears on."""
        return [target for target in self.targets if not target.bearing]


def coverage(session: Session, mapping_set_id: int, source_assessment_id: int | None) -> Coverage:
    """The coverage of the mapping's target library by its source library, with the results of
    ``source_assessment_id`` (an assessment of the source library; None for none). Read in five
    queries, so it stays quick for libraries of 100,000 elements."""
    mapping = mapping_set_by_id(session, mapping_set_id)
    assessment_name = ""
    results: dict[int, tuple[Result, WorkStatus]] = {}
    if source_assessment_id is not None:
        assessment = source_assessment(session, mapping, source_assessment_id)
        assessment_name = assessment.name
        results = {
            element_id: (RESULT_BY_VALUE[result], STATUS_BY_VALUE[status])
            for element_id, result, status in driver_rows(
                session,
                select(
                    col(ElementAssessment.element_id),
                    col(ElementAssessment.result),
                    col(ElementAssessment.work_status),
                ).where(col(ElementAssessment.assessment_id) == source_assessment_id),
            )
        }
    sources = _elements(session, mapping.source_library_id)
    targets = _elements(session, mapping.target_library_id)
    source_standards = _by_standard(sources)
    target_standards = _by_standard(targets)
    rows = driver_rows(
        session,
        select(
            col(MappingRow.source_element_id),
            col(MappingRow.source_standard_id),
            col(MappingRow.target_element_id),
            col(MappingRow.target_standard_id),
            col(MappingRow.relationship),
        )
        .where(col(MappingRow.mapping_set_id) == mapping_set_id)
        .order_by(col(MappingRow.position)),
    )
    bearing: dict[int, dict[int, Relationship]] = {}  # target id → source id → relationship
    mapped_sources: set[int] = set()
    for source_element, source_standard, target_element, target_standard, kind in rows:
        relationship = Relationship(kind)
        if relationship == Relationship.NOT_RELATED:
            continue
        from_ids = (
            [source_element]
            if source_element is not None
            else source_standards.get(source_standard, [])
        )
        to_ids = (
            [target_element]
            if target_element is not None
            else target_standards.get(target_standard, [])
        )
        mapped_sources.update(from_ids)
        for target_id in to_ids:
            on_target = bearing.setdefault(target_id, {})
            for source_id in from_ids:
                on_target.setdefault(source_id, relationship)  # the first row says it
    covered = []
    for target_id, (code, text, _standard) in targets.items():
        bearing_sources = bearing.get(target_id, {})
        found = []
        for source_id, relationship in bearing_sources.items():
            source_code, source_text, _ = sources[source_id]
            result, status = results.get(source_id, (None, None))
            found.append(Bearing(source_code, source_text, relationship, result, status))
        covered.append(CoveredElement(code, text, tuple(found)))
    unmapped = [
        UnmappedSource(code, text, results.get(source_id, (None, None))[0])
        for source_id, (code, text, _standard) in sources.items()
        if source_id not in mapped_sources
    ]
    return Coverage(
        mapping.name,
        _library_name(session, mapping.source_library_id),
        _library_name(session, mapping.target_library_id),
        assessment_name,
        covered,
        unmapped,
    )


def _elements(session: Session, library_id: int) -> dict[int, tuple[str, str, int]]:
    """Element id → (code, text, standard id) in library order."""
    return {
        element_id: (code, text, standard_id)
        for element_id, code, text, standard_id in driver_rows(
            session,
            select(
                col(MeasurableElement.id),
                col(MeasurableElement.code),
                col(MeasurableElement.text),
                col(MeasurableElement.standard_id),
            )
            .where(col(MeasurableElement.library_id) == library_id)
            .order_by(col(MeasurableElement.position), col(MeasurableElement.id)),
        )
    }


def _by_standard(elements: dict[int, Any]) -> dict[int, list[int]]:
    """Standard id → its element ids, in library order."""
    found: dict[int, list[int]] = {}
    for element_id, (_code, _text, standard_id) in elements.items():
        found.setdefault(standard_id, []).append(element_id)
    return found


def _library_name(session: Session, library_id: int) -> str:
    library = session.get(Library, library_id)
    assert library is not None  # the mapping's libraries go with it (ON DELETE CASCADE)
    return library.name
