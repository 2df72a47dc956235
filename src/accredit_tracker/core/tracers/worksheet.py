"""What a tracer's worksheet lists: the elements of its scope (chapters, standards or tags),
by chapter and standard, each with its text and typical evidence, the questions a surveyor
would ask."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.tracers.models import Tracer
from accredit_tracker.core.tracers.tracers import tracer_by_id


@dataclass(frozen=True)
class WorksheetElement:
    code: str
    text: str
    typical_evidence: str


@dataclass
class WorksheetStandard:
    chapter_code: str
    chapter_title: str
    code: str
    text: str
    elements: list[WorksheetElement] = field(default_factory=list)


@dataclass(frozen=True)
class Worksheet:
    tracer: Tracer
    assessment_name: str
    standards: list[WorksheetStandard]

    @property
    def element_count(self) -> int:
        return sum(len(s.elements) for s in self.standards)


def scope_parts(scope: str) -> list[str]:
    """The chapters, standards or tags a scope names, as typed."""
    return [part.strip() for part in scope.split(";") if part.strip()]


def _tags(tags: str) -> set[str]:
    return {tag.strip().casefold() for tag in tags.replace(";", ",").split(",") if tag.strip()}


def tracer_worksheet(session: Session, tracer_id: int) -> Worksheet:
    """The tracer's worksheet: every element of its assessment whose chapter code, standard
    code or one of whose tags its scope names (case aside), in library order."""
    tracer = tracer_by_id(session, tracer_id)
    assessment = session.get(Assessment, tracer.assessment_id)
    assert assessment is not None
    wanted = {part.casefold() for part in scope_parts(tracer.scope)}
    rows = session.execute(
        select(
            col(Chapter.code),
            col(Chapter.title),
            col(Standard.code),
            col(Standard.text),
            col(MeasurableElement.code),
            col(MeasurableElement.text),
            col(MeasurableElement.typical_evidence),
            col(MeasurableElement.tags),
        )
        .join(ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .join(Chapter, col(Chapter.id) == Standard.chapter_id)
        .where(col(ElementAssessment.assessment_id) == tracer.assessment_id)
        .order_by(col(Chapter.position), col(Standard.position), col(MeasurableElement.position))
    )
    standards: dict[str, WorksheetStandard] = {}
    for chapter, title, standard, text, code, element_text, evidence, tags in rows:
        if not wanted:
            break
        if (
            chapter.casefold() not in wanted
            and standard.casefold() not in wanted
            and not wanted & _tags(tags)
        ):
            continue
        section = standards.get(standard)
        if section is None:
            section = standards[standard] = WorksheetStandard(chapter, title, standard, text)
        section.elements.append(WorksheetElement(code, element_text, evidence))
    return Worksheet(tracer, assessment.name, list(standards.values()))
