"""Carrying an assessment to another library through a mapping set: the values of elements
mapped as equal are carried and marked "carried — review"; elements mapped by subset,
superset or intersect get suggestions an officer accepts or rejects one by one. Nothing is
ever set without a person's decision except through an equal mapping, and every carried value
is audited as carried."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, bindparam, insert, select, update
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    AssessmentLocked,
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.crosswalk.mappings import MappingError
from accredit_tracker.core.crosswalk.models import (
    CarriedElement,
    CarrySuggestion,
    Decision,
    MappingRow,
    MappingSet,
)
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.bulk_write import driver_executemany
from accredit_tracker.core.storage.models import (
    Assessment,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    MeasurableElement,
    ScoringProfileRecord,
)
from accredit_tracker.core.storage.stored_elements import stored_elements, write_values
from accredit_tracker.core.vocabulary import (
    RESULT_BY_VALUE,
    STATUS_BY_VALUE,
    AssessmentKind,
    Result,
    WorkStatus,
)

_IDS_AT_ONCE = 500  # ids in one IN (…): well within every database's limit on parameters
CARRIED_FIELDS = ("result", "work_status", "owner", "notes")
"""What an equal mapping carries of an element, besides its evidence links."""
_BLANK: dict[str, Any] = {
    "result": Result.NOT_ASSESSED,
    "work_status": WorkStatus.TO_DO,
    "owner": "",
    "notes": "",
}


@dataclass(frozen=True)
class CarrySummary:
    """What carrying made: the new assessment, how many elements got carried values and
    evidence links, and how many got suggestions (and how many suggestions in all)."""

    assessment_id: int
    carried: int
    evidence_links: int
    suggested: int
    suggestions: int


def carry_assessment(
    session: Session,
    source_assessment_id: int,
    mapping_set_id: int,
    *,
    name: str,
    kind: AssessmentKind = AssessmentKind.SELF,
    user: str,
    profile_key: str | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> CarrySummary:
    """A new assessment of the mapping's target library, scored under ``profile_key`` (by
    default the source assessment's profile), with the survey's dates if given, starting from
    the source assessment through the mapping, in the caller's transaction.

    An element mapped as equal from exactly one source element takes that element's result,
    work status, owner, notes and evidence links (the same stored files), and is marked
    "carried — review" when anything was carried. A mapping by subset, superset or intersect,
    one of several equal mappings onto one element, and any mapping of whole standards
    (whose elements need not correspond) only make suggestions. Not related rows are ignored.
    """
    source = session.get(Assessment, source_assessment_id)
    if source is None:
        raise AssessmentError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=source_assessment_id
            )
        )
    mapping = session.get(MappingSet, mapping_set_id)
    if mapping is None:
        raise MappingError(
            translate("Mappings", "There is no mapping with id {id}.").format(id=mapping_set_id)
        )
    if mapping.source_library_id != source.library_id:
        raise MappingError(
            translate(
                "Mappings",
                "Assessment '{assessment}' is not of the library mapping '{mapping}' starts from.",
            ).format(assessment=source.name, mapping=mapping.name)
        )
    profile = session.get(ScoringProfileRecord, source.scoring_profile_id)
    assert profile is not None and source.id is not None and mapping.id is not None
    new_id = create_assessment(
        session,
        library_id=mapping.target_library_id,
        name=name,
        user=user,
        kind=kind,
        profile_key=profile_key or profile.key,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    equal, suggested = _pairs(session, mapping)
    source_rows = _element_assessments(session, source.id)
    target_rows = _element_assessments(session, new_id)
    carried_pairs: list[tuple[int, int]] = []  # (target, source) element assessment ids
    suggestions: dict[int, dict[int, Relationship]] = defaultdict(dict)
    for target, sources in equal.items():
        if len(sources) == 1:
            carried_pairs.append((target_rows[target], source_rows[sources[0]]))
        else:
            for each in sources:
                suggestions[target_rows[target]][source_rows[each]] = Relationship.EQUAL
    carried_targets = {target for target, _ in carried_pairs}
    for target, by_source in suggested.items():
        if target_rows[target] in carried_targets:
            continue  # its equal source was carried; the looser ones add nothing to review
        for each, relationship in by_source.items():
            suggestions[target_rows[target]].setdefault(source_rows[each], relationship)
    details = (
        f"carried from assessment {source.id} '{source.name}' through mapping '{mapping.name}'"
    )
    carried, links = _carry_values(session, carried_pairs, source.id, user=user, details=details)
    _mark_carried(session, carried, mapping.id)
    count = _suggest(session, suggestions)
    audit.record(
        session,
        user=user,
        action="carry_assessment",
        entity="assessment",
        entity_id=new_id,
        assessment_id=new_id,
        new=name,
        details=f"{details}; {len(carried)} elements carried, {links} evidence links, "
        f"{len(suggestions)} elements with {count} suggestions",
    )
    return CarrySummary(new_id, len(carried), links, len(suggestions), count)


def _pairs(
    session: Session, mapping: MappingSet
) -> tuple[dict[int, list[int]], dict[int, dict[int, Relationship]]]:
    """The mapping's rows as element pairs: the source elements mapped as equal to each
    target element, and the looser relationships to each (by target, then source, the
    first row's relationship kept). A standard stands for all its elements."""
    equal: dict[int, list[int]] = defaultdict(list)
    suggested: dict[int, dict[int, Relationship]] = defaultdict(dict)
    rows = driver_rows(
        session,
        select(
            col(MappingRow.relationship),
            col(MappingRow.source_element_id),
            col(MappingRow.source_standard_id),
            col(MappingRow.target_element_id),
            col(MappingRow.target_standard_id),
        )
        .where(col(MappingRow.mapping_set_id) == mapping.id)
        .order_by(col(MappingRow.position)),
    )
    elements_of: dict[int, list[int]] | None = None  # read only when a standard is mapped
    for relationship, source_element, source_standard, target_element, target_standard in rows:
        if relationship == Relationship.NOT_RELATED:
            continue
        if (
            relationship == Relationship.EQUAL
            and source_element is not None
            and target_element is not None
        ):
            equal[target_element].append(source_element)
            continue
        if elements_of is None and (source_element is None or target_element is None):
            elements_of = _elements_by_standard(session, mapping)
        sources = (
            [source_element]
            if source_element is not None
            else (elements_of or {}).get(source_standard, [])
        )
        targets = (
            [target_element]
            if target_element is not None
            else (elements_of or {}).get(target_standard, [])
        )
        for target in targets:
            for each in sources:
                suggested[target].setdefault(each, Relationship(relationship))
    return equal, suggested


def _elements_by_standard(session: Session, mapping: MappingSet) -> dict[int, list[int]]:
    """The elements of each standard of the mapping's two libraries, in library order."""
    elements_of: dict[int, list[int]] = defaultdict(list)
    for element_id, standard_id in session.execute(
        select(col(MeasurableElement.id), col(MeasurableElement.standard_id))
        .where(
            col(MeasurableElement.library_id).in_(
                [mapping.source_library_id, mapping.target_library_id]
            )
        )
        .order_by(col(MeasurableElement.position))
    ):
        elements_of[standard_id].append(element_id)
    return elements_of


def _element_assessments(session: Session, assessment_id: int) -> dict[int, int]:
    """Measurable element id → its element assessment id within the assessment."""
    return dict(
        driver_rows(
            session,
            select(col(ElementAssessment.element_id), col(ElementAssessment.id)).where(
                col(ElementAssessment.assessment_id) == assessment_id
            ),
        )
    )


def _carry_values(
    session: Session, pairs: list[tuple[int, int]], source_id: int, *, user: str, details: str
) -> tuple[list[tuple[int, int]], int]:
    """Copy the carried fields and evidence links of each pair's source to its target (a new,
    blank element), with one audit row per carried value and one per carried element's links.
    Returns the pairs that carried anything and the number of links made."""
    at = audit.now()
    sources = stored_elements(session, [source for _, source in pairs])
    targets = stored_elements(session, [target for target, _ in pairs])
    links_of: dict[int, list[int]] = defaultdict(list)
    for row_id, evidence_id in driver_rows(
        session,
        select(col(ElementEvidence.element_assessment_id), col(ElementEvidence.evidence_id))
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .where(col(ElementAssessment.assessment_id) == source_id)
        .order_by(col(ElementEvidence.evidence_id)),
    ):
        links_of[row_id].append(evidence_id)
    written: dict[int, dict[str, Any]] = {}
    events = audit.FieldEvents()
    carried: list[tuple[int, int]] = []
    new_links: list[dict[str, int]] = []
    for target, source in pairs:
        row = sources[source]
        values = {
            "result": RESULT_BY_VALUE[row.result],
            "work_status": STATUS_BY_VALUE[row.work_status],
            "owner": row.owner,
            "notes": row.notes,
        }
        changed = {name: value for name, value in values.items() if value != _BLANK[name]}
        links = links_of.get(source, [])
        if not changed and not links:
            continue
        carried.append((target, source))
        if changed:
            written[target] = changed
        assessment_id = targets[target].assessment_id
        for name, value in changed.items():
            events.entity_ids.append(target)
            events.assessment_ids.append(assessment_id)
            events.fields.append(name)
            events.old_values.append(str.__str__(_BLANK[name]))
            events.new_values.append(str.__str__(value))
        if links:
            events.entity_ids.append(target)
            events.assessment_ids.append(assessment_id)
            events.fields.append("evidence")
            events.old_values.append("")
            events.new_values.append(", ".join(str(e) for e in links))
            new_links.extend({"element_assessment_id": target, "evidence_id": e} for e in links)
    write_values(session, targets, written, at=at, user=user)
    if new_links:
        session.connection().execute(insert(ElementEvidence), new_links)
    audit.record_many(
        session,
        events,
        user=user,
        action="carry_element",
        entity="element_assessment",
        at=at,
        details=details,
    )
    return carried, len(new_links)


def _mark_carried(session: Session, carried: list[tuple[int, int]], mapping_set_id: int) -> None:
    table = CarriedElement.__table__  # type: ignore[attr-defined]  # SQLModel hides it
    statement = insert(table).values(
        element_assessment_id=bindparam("b_target", type_=Integer()),
        source_element_assessment_id=bindparam("b_source", type_=Integer()),
        mapping_set_id=mapping_set_id,
        reviewed_by="",
    )
    driver_executemany(
        session,
        statement,
        {"b_target": [t for t, _ in carried], "b_source": [s for _, s in carried]},
    )


def _suggest(session: Session, suggestions: dict[int, dict[int, Relationship]]) -> int:
    rows = [
        {
            "element_assessment_id": target,
            "source_element_assessment_id": source,
            "relationship": relationship,
            "decision": Decision.OPEN,
            "decided_by": "",
        }
        for target, by_source in suggestions.items()
        for source, relationship in by_source.items()
    ]
    if rows:
        session.connection().execute(insert(CarrySuggestion), rows)
    return len(rows)


# --- suggestions and review ---------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """A source element offered for a target element: its code, text, result and evidence."""

    id: int
    element_assessment_id: int
    source_element_assessment_id: int
    source_code: str
    source_text: str
    source_assessment: str
    result: Result
    evidence: tuple[str, ...]
    relationship: Relationship
    decision: Decision


def suggestions_for(session: Session, element_assessment_id: int) -> list[Suggestion]:
    """The suggestions made for one element assessment, open ones first."""
    statement = (
        select(
            col(CarrySuggestion.id),
            col(CarrySuggestion.source_element_assessment_id),
            col(MeasurableElement.code),
            col(MeasurableElement.text),
            col(Assessment.name),
            col(ElementAssessment.result),
            col(CarrySuggestion.relationship),
            col(CarrySuggestion.decision),
        )
        .join(
            ElementAssessment,
            col(ElementAssessment.id) == CarrySuggestion.source_element_assessment_id,
        )
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
        .where(col(CarrySuggestion.element_assessment_id) == element_assessment_id)
        .order_by(col(MeasurableElement.position))
    )
    found = []
    for sid, source, code, text, assessment, result, relationship, decision in session.execute(
        statement
    ):
        names = tuple(
            session.execute(
                select(col(Evidence.name))
                .join(ElementEvidence, col(ElementEvidence.evidence_id) == Evidence.id)
                .where(col(ElementEvidence.element_assessment_id) == source)
                .order_by(col(Evidence.name))
            ).scalars()
        )
        found.append(
            Suggestion(
                sid,
                element_assessment_id,
                source,
                code,
                text,
                assessment,
                Result(result),
                names,
                Relationship(relationship),
                Decision(decision),
            )
        )
    found.sort(key=lambda s: s.decision != Decision.OPEN)
    return found


def decide_suggestion(session: Session, suggestion_id: int, *, accept: bool, user: str) -> None:
    """Accept a suggestion (the element takes the source element's result, and links its
    evidence, the same stored files) or reject it; either is audited, and a suggestion is
    decided once. Refused on a locked assessment."""
    suggestion = session.get(CarrySuggestion, suggestion_id)
    if suggestion is None:
        raise MappingError(
            translate("Mappings", "There is no suggestion with id {id}.").format(id=suggestion_id)
        )
    target = stored_elements(session, [suggestion.element_assessment_id])[
        suggestion.element_assessment_id
    ]
    if target.locked:
        raise AssessmentLocked(target.assessment_name)
    if suggestion.decision != Decision.OPEN:
        raise MappingError(translate("Mappings", "This suggestion has been decided already."))
    source = stored_elements(session, [suggestion.source_element_assessment_id])[
        suggestion.source_element_assessment_id
    ]
    detail = (
        f"suggestion {suggestion_id} from element assessment {source.id} "
        f"of '{source.assessment_name}'"
    )
    links = 0
    if accept:
        update_elements(
            session,
            [ElementChange(target.id, {"result": RESULT_BY_VALUE[source.result]})],
            user=user,
            details=f"accepted {detail}",
        )
        already = set(
            session.execute(
                select(col(ElementEvidence.evidence_id)).where(
                    col(ElementEvidence.element_assessment_id) == target.id
                )
            ).scalars()
        )
        offered = [
            e
            for e in session.execute(
                select(col(ElementEvidence.evidence_id)).where(
                    col(ElementEvidence.element_assessment_id) == source.id
                )
            ).scalars()
            if e not in already
        ]
        if offered:
            session.connection().execute(
                insert(ElementEvidence),
                [{"element_assessment_id": target.id, "evidence_id": e} for e in offered],
            )
        links = len(offered)
    decision = Decision.ACCEPTED if accept else Decision.REJECTED
    session.connection().execute(
        update(CarrySuggestion)
        .where(col(CarrySuggestion.id) == suggestion_id)
        .values(decision=decision, decided_at=audit.now(), decided_by=user)
    )
    session.expire_all()
    audit.record(
        session,
        user=user,
        action="accept_suggestion" if accept else "reject_suggestion",
        entity="element_assessment",
        entity_id=target.id,
        assessment_id=target.assessment_id,
        field="suggestion",
        old=Decision.OPEN.value,
        new=decision.value,
        details=detail + (f"; {links} evidence links" if accept else ""),
    )


def review_carried(session: Session, element_assessment_ids: list[int], *, user: str) -> int:
    """Mark carried elements reviewed ("keep": an officer has looked at what was carried, and
    kept or changed it); audited. Elements not carried, or reviewed already, are left alone.
    Refused on a locked assessment. Returns how many were marked."""
    stored = stored_elements(session, element_assessment_ids)
    for row in stored.values():
        if row.locked:
            raise AssessmentLocked(row.assessment_name)
    waiting: list[int] = []
    for start in range(0, len(element_assessment_ids), _IDS_AT_ONCE):
        waiting.extend(
            session.execute(
                select(col(CarriedElement.element_assessment_id))
                .where(
                    col(CarriedElement.element_assessment_id).in_(
                        element_assessment_ids[start : start + _IDS_AT_ONCE]
                    )
                )
                .where(col(CarriedElement.reviewed_at).is_(None))
            ).scalars()
        )
    if not waiting:
        return 0
    at = audit.now()
    for start in range(0, len(waiting), _IDS_AT_ONCE):
        session.connection().execute(
            update(CarriedElement)
            .where(
                col(CarriedElement.element_assessment_id).in_(waiting[start : start + _IDS_AT_ONCE])
            )
            .values(reviewed_at=at, reviewed_by=user)
        )
    events = audit.FieldEvents()
    for row_id in waiting:
        events.entity_ids.append(row_id)
        events.assessment_ids.append(stored[row_id].assessment_id)
        events.fields.append("carried")
        events.old_values.append("carried — review")
        events.new_values.append("reviewed")
    audit.record_many(
        session, events, user=user, action="review_carried", entity="element_assessment", at=at
    )
    return len(waiting)


@dataclass(frozen=True)
class ReviewCounts:
    """What is left to review in an assessment: carried elements not yet reviewed, and
    elements with suggestions still open."""

    carried: int
    suggested: int

    @property
    def total(self) -> int:
        return self.carried + self.suggested


def carried_to_review(session: Session, assessment_id: int) -> set[int]:
    """The element assessments of the assessment carried and not yet reviewed."""
    return set(
        session.execute(
            select(col(CarriedElement.element_assessment_id))
            .join(
                ElementAssessment, col(ElementAssessment.id) == CarriedElement.element_assessment_id
            )
            .where(col(ElementAssessment.assessment_id) == assessment_id)
            .where(col(CarriedElement.reviewed_at).is_(None))
        ).scalars()
    )


def with_open_suggestions(session: Session, assessment_id: int) -> set[int]:
    """The element assessments of the assessment with suggestions not yet decided."""
    return set(
        session.execute(
            select(col(CarrySuggestion.element_assessment_id))
            .join(
                ElementAssessment,
                col(ElementAssessment.id) == CarrySuggestion.element_assessment_id,
            )
            .where(col(ElementAssessment.assessment_id) == assessment_id)
            .where(col(CarrySuggestion.decision) == Decision.OPEN)
        ).scalars()
    )


def review_counts(session: Session, assessment_id: int) -> ReviewCounts:
    return ReviewCounts(
        len(carried_to_review(session, assessment_id)),
        len(with_open_suggestions(session, assessment_id)),
    )
