"""Mapping sets between two libraries of a project: storing them whole with their audit row,
finding a library's elements and standards by the codes a mapping file cites, reading them
back, and adding the rows an officer accepts in the window."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import AssessmentError
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.crosswalk.models import MappingRow, MappingSet
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.models import Assessment, Library, MeasurableElement, Standard

ELEMENT, STANDARD = "element", "standard"


class MappingError(UserError):
    """A mapping cannot be stored or used as asked; the message is meant for the user."""


@dataclass(frozen=True)
class Cited:
    """An element or a standard of a library, as a mapping row cites it."""

    kind: str  # ELEMENT or STANDARD
    id: int
    code: str
    text: str = ""


@dataclass(frozen=True)
class MappingLine:
    """One row of a mapping about to be stored: what it maps to what, and how."""

    source: Cited
    target: Cited
    relationship: Relationship
    rationale: str = ""
    strength: int | None = None


@dataclass(frozen=True)
class MappingSetSummary:
    id: int
    name: str
    source_library: str
    target_library: str
    source_library_id: int
    target_library_id: int
    rows: int
    imported_from: str


@dataclass(frozen=True)
class MappedRow:
    """A stored row, told by the codes and texts of what it maps."""

    id: int
    source: Cited
    target: Cited
    relationship: Relationship
    rationale: str
    strength: int | None


def code_key(code: str) -> str:
    """A code as a mapping file may cite it without regard to case, spaces, '_' or '-':
    "PCI.3.1 ME 2", "pci.3.1-me2" and "PCI.3.1_ME_2" all give "pci.3.1me2"."""
    return re.sub(r"[\s_\-]+", "", code.casefold())


class LibraryCodes:
    """Every element and standard of one library, found by its code as written or, failing
    that, by :func:`code_key` when only one of them has that key."""

    def __init__(self, session: Session, library_id: int) -> None:
        self.library_id = library_id
        self.exact: dict[str, Cited] = {}
        by_key: dict[str, list[Cited]] = {}
        elements = session.execute(
            select(
                col(MeasurableElement.id), col(MeasurableElement.code), col(MeasurableElement.text)
            )
            .where(col(MeasurableElement.library_id) == library_id)
            .order_by(col(MeasurableElement.position))
        )
        standards = session.execute(
            select(col(Standard.id), col(Standard.code), col(Standard.text))
            .where(col(Standard.library_id) == library_id)
            .order_by(col(Standard.position))
        )
        self.elements: list[Cited] = [Cited(ELEMENT, i, c, t) for i, c, t in elements]
        self.standards: list[Cited] = [Cited(STANDARD, i, c, t) for i, c, t in standards]
        for cited in (*self.standards, *self.elements):
            self.exact[cited.code] = cited  # an element wins over a standard of the same code
            by_key.setdefault(code_key(cited.code), []).append(cited)
        self._by_key = {key: found[0] for key, found in by_key.items() if len(found) == 1}

    def find(self, code: str) -> Cited | None:
        code = code.strip()
        return self.exact.get(code) or self._by_key.get(code_key(code))


def library_name(session: Session, library_id: int) -> str:
    library = session.get(Library, library_id)
    if library is None:
        raise MappingError(
            translate("Mappings", "There is no standards library with id {id}.").format(
                id=library_id
            )
        )
    return library.name


def check_new_mapping(
    session: Session, *, name: str, source_library_id: int, target_library_id: int
) -> str:
    """The new mapping set's name, trimmed, once its name and libraries are known to be fit:
    a name not yet used, two libraries of the project, not one library with itself."""
    name = name.strip()
    if not name:
        raise MappingError(translate("Mappings", "A mapping needs a name."))
    library_name(session, source_library_id)
    library_name(session, target_library_id)
    if source_library_id == target_library_id:
        raise MappingError(
            translate("Mappings", "A mapping goes from one library to another, not to itself.")
        )
    taken = session.execute(
        select(col(MappingSet.id)).where(col(MappingSet.name) == name)
    ).scalar_one_or_none()
    if taken is not None:
        raise MappingError(
            translate("Mappings", "There is already a mapping named '{name}'.").format(name=name)
        )
    return name


def create_mapping_set(
    session: Session,
    *,
    name: str,
    source_library_id: int,
    target_library_id: int,
    lines: Sequence[MappingLine],
    user: str,
    imported_from: str = "",
) -> int:
    """Store a new mapping set with all its rows and one audit row, in the caller's
    transaction; returns its id. The lines must cite elements and standards of the two
    libraries (as :class:`LibraryCodes` finds them); a pair mapped twice is refused."""
    name = check_new_mapping(
        session, name=name, source_library_id=source_library_id, target_library_id=target_library_id
    )
    _refuse_repeated_pairs(lines)
    inserted = session.connection().execute(
        insert(MappingSet).values(
            name=name,
            source_library_id=source_library_id,
            target_library_id=target_library_id,
            imported_from=imported_from,
            created_at=audit.now(),
            created_by=user,
        )
    )
    assert inserted.inserted_primary_key is not None
    mapping_set_id = int(inserted.inserted_primary_key[0])
    _insert_rows(session, mapping_set_id, lines, start=0)
    audit.record(
        session,
        user=user,
        action="create_mapping",
        entity="mapping_set",
        entity_id=mapping_set_id,
        new=name,
        details=f"{len(lines)} rows from library {source_library_id} to library "
        f"{target_library_id}" + (f"; imported from {imported_from}" if imported_from else ""),
    )
    return mapping_set_id


def add_mapping_rows(
    session: Session, mapping_set_id: int, lines: Sequence[MappingLine], *, user: str
) -> int:
    """Add rows to a mapping set (suggestions an officer accepted in the window), each with
    its audit row; a pair the set already maps is refused. Returns how many were added."""
    mapping = mapping_set_by_id(session, mapping_set_id)
    existing = [
        MappingLine(row.source, row.target, row.relationship)
        for row in mapped_rows(session, mapping_set_id)
    ]
    _refuse_repeated_pairs([*existing, *lines])
    start = session.execute(
        select(func.count()).where(col(MappingRow.mapping_set_id) == mapping_set_id)
    ).scalar_one()
    _insert_rows(session, mapping_set_id, lines, start=int(start))
    for line in lines:
        audit.record(
            session,
            user=user,
            action="add_mapping_row",
            entity="mapping_set",
            entity_id=mapping_set_id,
            field="row",
            new=f"{line.source.code} → {line.target.code}: {line.relationship.value}",
            details=mapping.name,
        )
    return len(lines)


def mapping_sets(session: Session) -> list[MappingSetSummary]:
    """Every mapping set of the project, with its libraries' names and its number of rows."""
    source, target = Library.__table__.alias("source"), Library.__table__.alias("target")  # type: ignore[attr-defined]
    counts = (
        select(col(MappingRow.mapping_set_id), func.count().label("rows"))
        .group_by(col(MappingRow.mapping_set_id))
        .subquery()
    )
    statement = (
        select(
            col(MappingSet.id),
            col(MappingSet.name),
            source.c.name,
            target.c.name,
            col(MappingSet.source_library_id),
            col(MappingSet.target_library_id),
            func.coalesce(counts.c.rows, 0),
            col(MappingSet.imported_from),
        )
        .join(source, source.c.id == MappingSet.source_library_id)
        .join(target, target.c.id == MappingSet.target_library_id)
        .outerjoin(counts, counts.c.mapping_set_id == MappingSet.id)
        .order_by(col(MappingSet.id))
    )
    return [MappingSetSummary(*row) for row in session.execute(statement)]


def mapping_set_named(session: Session, which: str) -> MappingSetSummary:
    """The mapping set named (or numbered) ``which``."""
    every = mapping_sets(session)
    found = [m for m in every if m.name == which] or [
        m for m in every if m.name.casefold() == which.strip().casefold() or str(m.id) == which
    ]
    if not found:
        raise MappingError(
            translate("Mappings", "There is no mapping named '{name}'.").format(name=which)
        )
    return found[0]


def mapped_rows(session: Session, mapping_set_id: int) -> list[MappedRow]:
    """The rows of a mapping set in the order they were stored."""
    mapping = mapping_set_by_id(session, mapping_set_id)
    sources = LibraryCodes(session, mapping.source_library_id)
    targets = LibraryCodes(session, mapping.target_library_id)
    source_by_id = _by_id(sources)
    target_by_id = _by_id(targets)
    rows = session.execute(
        select(MappingRow)
        .where(col(MappingRow.mapping_set_id) == mapping_set_id)
        .order_by(col(MappingRow.position))
    ).scalars()
    found = []
    for row in rows:
        assert row.id is not None
        source = (
            source_by_id[ELEMENT, row.source_element_id]
            if row.source_element_id is not None
            else source_by_id[STANDARD, row.source_standard_id]
        )
        target = (
            target_by_id[ELEMENT, row.target_element_id]
            if row.target_element_id is not None
            else target_by_id[STANDARD, row.target_standard_id]
        )
        found.append(
            MappedRow(row.id, source, target, row.relationship, row.rationale, row.strength)
        )
    return found


def _by_id(codes: LibraryCodes) -> dict[tuple[str, int | None], Cited]:
    return {(cited.kind, cited.id): cited for cited in (*codes.elements, *codes.standards)}


def mapping_set_by_id(session: Session, mapping_set_id: int) -> MappingSet:
    """The mapping set, or a clear refusal when there is none with that id."""
    mapping = session.get(MappingSet, mapping_set_id)
    if mapping is None:
        raise MappingError(
            translate("Mappings", "There is no mapping with id {id}.").format(id=mapping_set_id)
        )
    return mapping


def source_assessment(session: Session, mapping: MappingSet, assessment_id: int) -> Assessment:
    """An assessment of the library ``mapping`` starts from, or a clear refusal when there is
    none with that id or it is of another library."""
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise AssessmentError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    if assessment.library_id != mapping.source_library_id:
        raise MappingError(
            translate(
                "Mappings",
                "Assessment '{assessment}' is not of the library mapping '{mapping}' starts from.",
            ).format(assessment=assessment.name, mapping=mapping.name)
        )
    return assessment


def _refuse_repeated_pairs(lines: Sequence[MappingLine]) -> None:
    seen: set[tuple[str, int, str, int]] = set()
    for line in lines:
        pair = (line.source.kind, line.source.id, line.target.kind, line.target.id)
        if pair in seen:
            raise MappingError(
                translate("Mappings", "{source} is mapped to {target} twice.").format(
                    source=line.source.code, target=line.target.code
                )
            )
        seen.add(pair)


def _insert_rows(
    session: Session, mapping_set_id: int, lines: Sequence[MappingLine], *, start: int
) -> None:
    if not lines:
        return
    session.connection().execute(
        insert(MappingRow),
        [
            {
                "mapping_set_id": mapping_set_id,
                "source_element_id": line.source.id if line.source.kind == ELEMENT else None,
                "source_standard_id": line.source.id if line.source.kind == STANDARD else None,
                "target_element_id": line.target.id if line.target.kind == ELEMENT else None,
                "target_standard_id": line.target.id if line.target.kind == STANDARD else None,
                "relationship": line.relationship,
                "rationale": line.rationale,
                "strength": line.strength,
                "position": start + number,
            }
            for number, line in enumerate(lines)
        ],
    )
