"""What the library says about one measurable element beyond its text: the headings above it,
its guidance and the publisher's columns kept with it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlmodel import Session, col

from accredit_tracker.core.storage.models import ElementAssessment, MeasurableElement, Standard


@dataclass(frozen=True)
class ElementDetails:
    section_path: str = ""  # the headings between the element's standard and the element
    guidance: str = ""  # the element's own guidance
    standard_guidance: str = ""  # guidance given for its standard as a whole
    attributes: dict[str, str] = field(default_factory=dict)  # header → value, in file order

    @property
    def empty(self) -> bool:
        return not (self.section_path or self.guidance or self.standard_guidance or self.attributes)


def element_details(session: Session, element_assessment_id: int) -> ElementDetails:
    """The library details of the element an assessment row stands for."""
    row = session.execute(
        select(
            col(MeasurableElement.section_path),
            col(MeasurableElement.guidance),
            col(Standard.guidance),
            col(MeasurableElement.attributes),
        )
        .join(ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .where(col(ElementAssessment.id) == element_assessment_id)
    ).one_or_none()
    if row is None:
        return ElementDetails()
    section_path, guidance, standard_guidance, attributes = row
    return ElementDetails(section_path, guidance, standard_guidance, attributes_of(attributes))


def attributes_of(stored: str) -> dict[str, str]:
    """The attributes stored as JSON text; anything but an object of texts reads as none."""
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


# An attribute is offered as a filter when it takes at most this many values (a level, an
# implementation group), not when it is an identifier of every element.
FILTER_VALUES = 12


def filterable_attributes(session: Session, library_id: int) -> dict[str, list[str]]:
    """The attributes of the library's elements that take a small set of values shared by
    several elements (a level, an implementation group; not an identifier of each), with
    those values sorted; a value listing groups ("IG1, IG2") counts each group."""
    values: dict[str, set[str]] = {}
    carriers: dict[str, int] = {}  # attribute → how many elements have it
    statement = (
        select(col(MeasurableElement.attributes), func.count())
        .where(
            col(MeasurableElement.library_id) == library_id,
            col(MeasurableElement.attributes) != "",
        )
        .group_by(col(MeasurableElement.attributes))
    )
    for stored, count in session.execute(statement):
        for name, value in attributes_of(stored).items():
            carriers[name] = carriers.get(name, 0) + count
            found = values.setdefault(name, set())
            if len(found) <= FILTER_VALUES:
                found.update(_parts(value))
    return {
        name: sorted(found, key=str.casefold)
        for name, found in values.items()
        if len(found) <= FILTER_VALUES and len(found) < carriers[name]
    }


def elements_with_attribute(
    session: Session, assessment_id: int, name: str, value: str
) -> frozenset[int]:
    """The assessment rows whose element has the attribute with the value (or the value
    among the groups it lists)."""
    statement = (
        select(col(ElementAssessment.id), col(MeasurableElement.attributes))
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(
            col(ElementAssessment.assessment_id) == assessment_id,
            col(MeasurableElement.attributes) != "",
        )
    )
    memo: dict[str, bool] = {}
    kept = set()
    for row_id, stored in session.execute(statement):
        match = memo.get(stored)
        if match is None:
            match = memo[stored] = value in _parts(attributes_of(stored).get(name, ""))
        if match:
            kept.add(row_id)
    return frozenset(kept)


def _parts(value: str) -> list[str]:
    """The values a cell lists: "IG1, IG2" → ["IG1", "IG2"]; one value is itself."""
    parts = [p.strip() for p in value.replace(";", ",").split(",")]
    return [p for p in parts if p] or [value]


def attribute_names(session: Session, library_id: int) -> list[str]:
    """The names of the attributes the library's elements carry, as the file ordered them."""
    names: dict[str, None] = {}
    statement = select(col(MeasurableElement.attributes)).where(
        col(MeasurableElement.library_id) == library_id, col(MeasurableElement.attributes) != ""
    )
    for (stored,) in session.execute(statement.distinct()):
        names.update(dict.fromkeys(attributes_of(stored)))
    return list(names)


def attributes_by_row(session: Session, assessment_id: int) -> dict[int, dict[str, str]]:
    """Element assessment id → the attributes of its element, for the elements that have any."""
    statement = (
        select(col(ElementAssessment.id), col(MeasurableElement.attributes))
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .where(
            col(ElementAssessment.assessment_id) == assessment_id,
            col(MeasurableElement.attributes) != "",
        )
    )
    memo: dict[str, dict[str, str]] = {}
    found = {}
    for row_id, stored in session.execute(statement):
        attributes = memo.get(stored)
        if attributes is None:
            attributes = memo[stored] = attributes_of(stored)
        found[row_id] = attributes
    return found
