"""Finding evidence files: an element's evidence list, the project's evidence library with
its filters, and the elements whose evidence is past its review date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session, col

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate, with_decimal_separator
from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    EvidenceContent,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.text import search_key


@dataclass(frozen=True)
class EvidenceRow:
    """One evidence file as the element's evidence list shows it."""

    id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str
    review_date: date | None
    description: str
    link_count: int

    def is_expired(self, today: date) -> bool:
        return self.review_date is not None and self.review_date < today


@dataclass(frozen=True)
class SupportedElement:
    """An element assessment an evidence file is linked to."""

    element_assessment_id: int
    assessment_id: int
    assessment_name: str
    chapter_code: str
    code: str


@dataclass(frozen=True)
class LibraryRow(EvidenceRow):
    """One evidence file in the project's evidence library, with every element it supports."""

    supports: tuple[SupportedElement, ...] = ()

    def element_codes(self, assessment_id: int | None = None) -> list[str]:
        """Codes of the elements it supports (in one assessment, or in all)."""
        return [s.code for s in self.supports if assessment_id in (None, s.assessment_id)]


_SIZE_UNITS = (
    QT_TRANSLATE_NOOP("Evidence", "{number} KB"),
    QT_TRANSLATE_NOOP("Evidence", "{number} MB"),
    QT_TRANSLATE_NOOP("Evidence", "{number} GB"),
    QT_TRANSLATE_NOOP("Evidence", "{number} TB"),
)


def format_size(size: int) -> str:
    """A size as people read it: "850 bytes", "1.2 MB", "200 MB"."""
    if size < 1024:
        return translate("Evidence", "{size:,} bytes").format(size=size)
    value = float(size)
    for unit in _SIZE_UNITS:
        value /= 1024
        if value < 1024 or unit == _SIZE_UNITS[-1]:
            number = with_decimal_separator(f"{value:.1f}".removesuffix(".0"))
            return translate("Evidence", unit).format(number=number)
    raise AssertionError("unreachable")


def evidence_file_select(*columns: Any) -> Select[Any]:
    """Select the facts of evidence files as :class:`EvidenceRow` orders them (id, name, media
    type, size, SHA-256, added at and by, review date, description), then ``columns``."""
    return select(
        col(Evidence.id),
        col(Evidence.name),
        col(Evidence.media_type),
        col(EvidenceContent.size),
        col(Evidence.content_sha256),
        col(Evidence.added_at),
        col(Evidence.added_by),
        col(Evidence.review_date),
        col(Evidence.description),
        *columns,
    ).join(EvidenceContent, col(EvidenceContent.sha256) == Evidence.content_sha256)


def assessment_evidence(assessment_id: int, *columns: Any) -> Select[Any]:
    """Select ``columns`` over the links from the assessment's element assessments to their
    evidence files, joined to those files."""
    return (
        select(*columns)
        .select_from(ElementEvidence)
        .join(Evidence, col(Evidence.id) == ElementEvidence.evidence_id)
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
    )


def _evidence_rows_statement() -> Any:
    links = (
        select(
            col(ElementEvidence.evidence_id).label("evidence_id"),
            func.count().label("links"),
        )
        .group_by(col(ElementEvidence.evidence_id))
        .subquery()
    )
    return evidence_file_select(func.coalesce(links.c.links, 0)).outerjoin(
        links, links.c.evidence_id == Evidence.id
    )


def evidence_for_element(session: Session, element_assessment_id: int) -> list[EvidenceRow]:
    """The evidence files linked to one element assessment, oldest first."""
    statement = (
        _evidence_rows_statement()
        .join(ElementEvidence, col(ElementEvidence.evidence_id) == Evidence.id)
        .where(col(ElementEvidence.element_assessment_id) == element_assessment_id)
        .order_by(col(Evidence.added_at), col(Evidence.id))
    )
    return [EvidenceRow(*row) for row in session.execute(statement)]


def evidence_library(
    session: Session,
    *,
    today: date,
    assessment_id: int | None = None,
    text: str | None = None,
    media_type: str | None = None,
    expired_on: date | None = None,
    review_within_days: int | None = None,
    unlinked_only: bool = False,
) -> list[LibraryRow]:
    """The project's evidence files, by name, each with every element it supports.

    Every filter that is set must match:
    - ``assessment_id``: linked to an element of that assessment (with ``unlinked_only``:
      linked to none of its elements);
    - ``unlinked_only``: supports no element (of the assessment, when one is given);
    - ``text``: in the name or description, ignoring case and apostrophe look-alikes;
    - ``media_type``: "application/pdf" exactly, or "image" for any image;
    - ``expired_on``: review date before that day;
    - ``review_within_days``: review date from ``today`` to ``today`` + that many days.
    """
    rows = [EvidenceRow(*row) for row in session.execute(_evidence_rows_statement())]
    supports = _supported_elements(session)
    needle = search_key(text.strip()) if text else ""
    kept = []
    for row in rows:
        linked = supports.get(row.id, ())
        if assessment_id is not None:
            in_assessment = any(s.assessment_id == assessment_id for s in linked)
            if in_assessment == unlinked_only:
                continue
        elif unlinked_only and linked:
            continue
        if needle and needle not in search_key(f"{row.name}\n{row.description}"):
            continue
        if media_type and not _media_type_matches(row.media_type, media_type):
            continue
        if expired_on is not None and not (
            row.review_date is not None and row.review_date < expired_on
        ):
            continue
        if review_within_days is not None and not (
            row.review_date is not None
            and today <= row.review_date <= today + timedelta(days=review_within_days)
        ):
            continue
        kept.append(LibraryRow(**vars(row), supports=linked))
    kept.sort(key=lambda r: (search_key(r.name), r.id))
    return kept


def _media_type_matches(media_type: str, wanted: str) -> bool:
    if "/" in wanted:
        return media_type == wanted
    return media_type.split("/", 1)[0] == wanted


def _supported_elements(session: Session) -> dict[int, tuple[SupportedElement, ...]]:
    rows = session.execute(
        select(
            col(ElementEvidence.evidence_id),
            col(ElementAssessment.id),
            col(Assessment.id),
            col(Assessment.name),
            col(Chapter.code),
            col(MeasurableElement.code),
        )
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .join(Chapter, col(Chapter.id) == Standard.chapter_id)
        .order_by(col(Assessment.id), col(MeasurableElement.position))
    )
    found: dict[int, list[SupportedElement]] = {}
    for evidence_id, *element in rows:
        found.setdefault(evidence_id, []).append(SupportedElement(*element))
    return {evidence_id: tuple(elements) for evidence_id, elements in found.items()}


def elements_with_expired_evidence(session: Session, assessment_id: int, today: date) -> set[int]:
    """Element assessments of the assessment with at least one evidence file whose review
    date has passed (is before ``today``)."""
    rows = session.execute(
        assessment_evidence(assessment_id, col(ElementEvidence.element_assessment_id))
        .where(col(Evidence.review_date) < today)
        .distinct()
    )
    return set(rows.scalars())
