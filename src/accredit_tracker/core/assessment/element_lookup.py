"""Finding a measurable element of an assessment by its code as a person types it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import func, literal_column, select
from sqlmodel import Session, col

from accredit_tracker.core.storage.models import Assessment, ElementAssessment, MeasurableElement

# How many codes one query names (well under the smallest limit on bound values).
_CHUNK = 500


class CodeMatch(NamedTuple):
    """An element assessment found by code, with the element's code as stored."""

    code: str
    element_assessment_id: int


def element_assessments_by_code(session: Session, assessment_id: int, code: str) -> list[CodeMatch]:
    """The assessment's element assessments whose element has the code ``code``: the one
    that matches exactly when there is one, otherwise every one that matches ignoring case
    and spaces ("pci.3.1 me2" finds "PCI.3.1 ME 2"), in library order. Empty when none
    does; more than one means the code as typed is ambiguous.
    """
    return element_assessments_by_codes(session, assessment_id, [code])[code]


def element_assessments_by_codes(
    session: Session, assessment_id: int, codes: Iterable[str]
) -> dict[str, list[CodeMatch]]:
    """Each code typed → its matches, as :func:`element_assessments_by_code` finds them.

    Only the elements with the codes typed are read (by the library's index on its codes), not
    the assessment's every element; a code matched by none exactly is then looked for blind
    to case and spaces, by the index on the codes' folded form.
    """
    wanted = list(dict.fromkeys(codes))
    found: dict[str, list[CodeMatch]] = {code: [] for code in wanted}
    library_id = session.execute(
        select(col(Assessment.library_id)).where(col(Assessment.id) == assessment_id)
    ).scalar_one_or_none()
    if library_id is None or not wanted:
        return found
    for code, match in _matches(
        session, assessment_id, library_id, col(MeasurableElement.code), wanted
    ):
        found[code].append(match)
    by_fold: dict[str, list[str]] = {}
    for code in wanted:
        if not found[code]:
            by_fold.setdefault(folded_code(code), []).append(code)
    if by_fold:
        # The expression of migration 0012's index, written out (not as bound values) so that
        # the database uses it. SQLite's lower() folds ASCII letters alone; the fold is
        # checked again here.
        stored_fold = func.lower(
            func.replace(col(MeasurableElement.code), literal_column("' '"), literal_column("''"))
        )
        for fold, match in _matches(session, assessment_id, library_id, stored_fold, list(by_fold)):
            if folded_code(match.code) == fold:
                for code in by_fold[fold]:
                    found[code].append(match)
    return found


def _matches(
    session: Session, assessment_id: int, library_id: int, key: object, values: list[str]
) -> list[tuple[str, CodeMatch]]:
    """(value of ``key`` matched, match) for the assessment's elements whose ``key`` is one of
    ``values``, in library order."""
    rows: list[tuple[int, str, CodeMatch]] = []
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        for position, matched, code, element_assessment_id in session.execute(
            select(
                col(MeasurableElement.position),
                key,  # type: ignore[call-overload]
                col(MeasurableElement.code),
                col(ElementAssessment.id),
            )
            .join(ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id)
            .where(col(MeasurableElement.library_id) == library_id)
            .where(key.in_(chunk))  # type: ignore[attr-defined]
            .where(col(ElementAssessment.assessment_id) == assessment_id)
        ):
            rows.append((position, matched, CodeMatch(code, element_assessment_id)))
    rows.sort(key=lambda row: (row[0], row[2].element_assessment_id))
    return [(matched, match) for _position, matched, match in rows]


def folded_code(code: str) -> str:
    """The code blind to case and spaces, as codes are matched when none matches exactly."""
    return "".join(code.split()).casefold()
