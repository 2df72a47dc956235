"""Carrying an assessment to another library through a mapping set: the values of elements
mapped as equal are carried and marked "carried — review"; elements mapped by subset,
superset or intersect get suggestions an officer accepts or rejects one by one. Nothing is
ever set without a person's decision except through an equal mapping, and every carried value
is audited as carried."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, insert, select, text, update
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    AssessmentLocked,
    EditConflict,
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.crosswalk.mappings import (
    MappingError,
    mapping_set_by_id,
    source_assessment,
)
from accredit_tracker.core.crosswalk.models import (
    CarriedElement,
    CarrySuggestion,
    Decision,
    MappingSet,
)
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.models import (
    Assessment,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    MeasurableElement,
    ScoringProfileRecord,
)
from accredit_tracker.core.storage.stored_elements import stored_elements
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, AssessmentKind, Result

_IDS_AT_ONCE = 500  # ids in one IN (…): well within every database's limit on parameters
CARRIED_FIELDS = ("result", "work_status", "owner", "notes")
"""What an equal mapping carries of an element, besides its evidence links."""


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
    source, mapping = _source_and_mapping(session, source_assessment_id, mapping_set_id)
    profile = session.get(ScoringProfileRecord, source.scoring_profile_id)
    assert profile is not None
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
    return _carry_through(session, source, mapping, new_id, user=user, new=name)


def carry_into_assessment(
    session: Session,
    source_assessment_id: int,
    mapping_set_id: int,
    target_assessment_id: int,
    *,
    user: str,
) -> CarrySummary:
    """Carry the source assessment through the mapping into an assessment of the mapping's
    target library that exists already (made by the administrator) and in which nothing has
    been recorded yet, in the caller's transaction: the same values, links, marks and
    suggestions as :func:`carry_assessment` makes, written as an officer may (changing
    elements, never adding any). Refused when the assessment is locked, is not of the
    mapping's target library, or holds anything already: a result, work status, owner,
    department, due date, notes, evidence, or values carried or suggested before."""
    source, mapping = _source_and_mapping(session, source_assessment_id, mapping_set_id)
    target = session.get(Assessment, target_assessment_id)
    if target is None:
        raise AssessmentError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=target_assessment_id
            )
        )
    if target.library_id != mapping.target_library_id:
        raise MappingError(
            translate(
                "Mappings",
                "Assessment '{assessment}' is not of the library mapping '{mapping}' leads to.",
            ).format(assessment=target.name, mapping=mapping.name)
        )
    if target.locked:
        raise AssessmentLocked(target.name)
    if _recorded_in(session, target_assessment_id):
        raise MappingError(
            translate(
                "Mappings",
                "Values can be carried only into an assessment in which nothing has been "
                "recorded yet; '{assessment}' holds results, notes, evidence or carried "
                "values already.",
            ).format(assessment=target.name)
        )
    return _carry_through(session, source, mapping, target_assessment_id, user=user, new=None)


def _source_and_mapping(
    session: Session, source_assessment_id: int, mapping_set_id: int
) -> tuple[Assessment, MappingSet]:
    mapping = mapping_set_by_id(session, mapping_set_id)
    return source_assessment(session, mapping, source_assessment_id), mapping


# An element assessment as a new assessment makes it: nothing recorded.
_UNTOUCHED = (
    "ea.result = 'not_assessed' AND ea.work_status = 'to_do' AND ea.owner = '' "
    "AND ea.department = '' AND ea.due_date IS NULL AND ea.notes = ''"
)


def _recorded_in(session: Session, assessment_id: int) -> bool:
    """Whether anything was recorded in the assessment: an element's value, an evidence
    link, a carried value or a suggestion."""
    found = session.execute(
        text(
            "SELECT 1 FROM element_assessment AS ea WHERE ea.assessment_id = :assessment "
            f"AND (NOT ({_UNTOUCHED}) "
            "OR EXISTS (SELECT 1 FROM element_evidence AS ee "
            "WHERE ee.element_assessment_id = ea.id) "
            "OR EXISTS (SELECT 1 FROM carried_element AS ce "
            "WHERE ce.element_assessment_id = ea.id) "
            "OR EXISTS (SELECT 1 FROM carry_suggestion AS cs "
            "WHERE cs.element_assessment_id = ea.id)) "
            "LIMIT 1"
        ),
        {"assessment": assessment_id},
    ).first()
    return found is not None


def _carry_through(
    session: Session,
    source: Assessment,
    mapping: MappingSet,
    target_id: int,
    *,
    user: str,
    new: str | None,
) -> CarrySummary:
    """Carry ``source`` through ``mapping`` into the untouched assessment ``target_id`` (made
    by this transaction when ``new`` gives its name), and record the carrying as a whole."""
    assert source.id is not None and mapping.id is not None
    details = (
        f"carried from assessment {source.id} '{source.name}' through mapping '{mapping.name}'"
    )
    if new is None:
        # Into an existing assessment: on a server its triggers record each value and link,
        # with these words.
        audit.describe(session, user=user, action="carry_element", details=details)
    carried, links, single = _carry_values(
        session, source.id, mapping.id, target_id, user=user, details=details, into=new is None
    )
    suggestions = _suggestions(session, mapping, source.id, target_id, single)
    count = _suggest(session, suggestions)
    into = "" if new is not None else "into an assessment made before; "
    audit.record(
        session,
        user=user,
        action="carry_assessment",
        entity="assessment",
        entity_id=target_id,
        assessment_id=target_id,
        new=new,
        details=f"{details}; {into}{carried} elements carried, {links} evidence links, "
        f"{len(suggestions)} elements with {count} suggestions",
    )
    return CarrySummary(target_id, carried, links, len(suggestions), count)


# Each target element mapped as equal from exactly one source element (element to element).
_SINGLE_EQUAL_TARGETS = (
    "SELECT target_element_id FROM mapping_row WHERE mapping_set_id = :mapping "
    "AND relationship = 'equal' AND source_element_id IS NOT NULL "
    "AND target_element_id IS NOT NULL GROUP BY target_element_id HAVING count(*) = 1"
)
# Whether a pair of the table carries anything: a value that is not a new element's, or a link.
_CARRIES = (
    "(result <> 'not_assessed' OR work_status <> 'to_do' OR owner <> '' OR notes <> '' "
    "OR links > 0)"
)
_CARRIES_VALUE = (
    "(p.result <> 'not_assessed' OR p.work_status <> 'to_do' OR p.owner <> '' OR p.notes <> '')"
)


def _carry_values(
    session: Session,
    source_id: int,
    mapping_id: int,
    target_id: int,
    *,
    user: str,
    details: str,
    into: bool,
) -> tuple[int, int, bool]:
    """Copy the carried fields and evidence links of each element mapped as equal from exactly
    one source element to its (untouched) target, mark it "carried — review", and record one
    audit row per carried value and one per carried element's links: all in a few statements
    over a table of the pairs, not element by element. Returns how many elements carried
    anything, how many links were made, and whether any element was mapped so."""
    connection = session.connection()
    postgresql = connection.dialect.name == "postgresql"
    at = audit.now()
    keys = {"source": source_id, "target": target_id, "mapping": mapping_id}
    connection.exec_driver_sql("DROP TABLE IF EXISTS carry_pair")
    connection.exec_driver_sql(
        "CREATE TEMPORARY TABLE carry_pair ("
        + (
            "seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            if postgresql
            else "seq INTEGER PRIMARY KEY, "
        )
        + "target_id integer NOT NULL, source_id integer NOT NULL, result text NOT NULL, "
        "work_status text NOT NULL, owner text NOT NULL, notes text NOT NULL, "
        "links integer NOT NULL, linked text)"
    )
    linked = (
        "string_agg(ee.evidence_id::text, ', ' ORDER BY ee.evidence_id)"
        if postgresql
        else "group_concat(ee.evidence_id, ', ')"  # in the order of the link table's key
    )
    # The pairs, in the order of the mapping's rows; the source's values and links with
    # them, so that what follows reads this table alone.
    pairs = connection.execute(
        text(
            "INSERT INTO carry_pair (target_id, source_id, result, work_status, owner, "
            "notes, links, linked) "
            "SELECT t.id, s.id, s.result, s.work_status, s.owner, s.notes, "
            "(SELECT count(*) FROM element_evidence AS ee "
            "WHERE ee.element_assessment_id = s.id), "
            f"(SELECT {linked} FROM element_evidence AS ee "
            "WHERE ee.element_assessment_id = s.id) "
            "FROM mapping_row AS mr "
            "JOIN element_assessment AS s ON s.assessment_id = :source "
            "AND s.element_id = mr.source_element_id "
            "JOIN element_assessment AS t ON t.assessment_id = :target "
            "AND t.element_id = mr.target_element_id "
            "WHERE mr.mapping_set_id = :mapping AND mr.relationship = 'equal' "
            "AND mr.source_element_id IS NOT NULL "
            f"AND mr.target_element_id IN ({_SINGLE_EQUAL_TARGETS}) "
            "ORDER BY mr.position"
        ),
        keys,
    ).rowcount
    _copy_values(session, at=at, user=user, into=into, postgresql=postgresql)
    links = connection.exec_driver_sql(
        "INSERT INTO element_evidence (element_assessment_id, evidence_id) "
        "SELECT p.target_id, ee.evidence_id FROM carry_pair AS p "
        "JOIN element_evidence AS ee ON ee.element_assessment_id = p.source_id "
        "WHERE p.links > 0 ORDER BY p.seq, ee.evidence_id"
    ).rowcount
    marked = connection.execute(
        text(
            "INSERT INTO carried_element (element_assessment_id, "
            "source_element_assessment_id, mapping_set_id, reviewed_by) "
            f"SELECT target_id, source_id, :mapping, '' FROM carry_pair WHERE {_CARRIES} "
            "ORDER BY seq"
        ),
        {"mapping": mapping_id},
    ).rowcount
    if not (into and postgresql):
        # A server's triggers record what changes in an assessment made before.
        audit.record_selected(
            session,
            _CARRIED_CHANGES,
            {"target": target_id},
            user=user,
            action="carry_element",
            entity="element_assessment",
            at=at,
            details=details,
        )
    # (Had anything failed, the transaction's rollback would take the table away.)
    connection.exec_driver_sql("DROP TABLE carry_pair")
    return marked, links, pairs > 0


# One audit row per carried value (the old value being a new element's) and one per carried
# element's links, element by element in the mapping's order.
_CARRIED_CHANGES = (
    "SELECT target_id, :target, field, old_value, new_value FROM ("
    "SELECT seq, 1 AS n, target_id, 'result' AS field, 'not_assessed' AS old_value, "
    "result AS new_value FROM carry_pair WHERE result <> 'not_assessed' "
    "UNION ALL SELECT seq, 2, target_id, 'work_status', 'to_do', work_status FROM carry_pair "
    "WHERE work_status <> 'to_do' "
    "UNION ALL SELECT seq, 3, target_id, 'owner', '', owner FROM carry_pair WHERE owner <> '' "
    "UNION ALL SELECT seq, 4, target_id, 'notes', '', notes FROM carry_pair WHERE notes <> '' "
    "UNION ALL SELECT seq, 5, target_id, 'evidence', '', linked FROM carry_pair "
    "WHERE links > 0) AS carried ORDER BY seq, n"
)


def _copy_values(session: Session, *, at: datetime, user: str, into: bool, postgresql: bool) -> int:
    """Write the pairs' values onto their targets (a version higher; who and when, where the
    application stamps them); returns how many elements changed. Into an assessment made
    before, a target someone has recorded something in since it was checked is not
    overwritten: the carrying is refused as a conflicting edit."""
    # A server stamps who changed a row and when itself, and lets nobody else write them.
    stamped = "" if postgresql else ", updated_at = :at, updated_by = :user"
    untouched = f" AND {_UNTOUCHED.replace('ea.', 'element_assessment.')}" if into else ""
    table = ElementAssessment.__table__  # type: ignore[attr-defined]  # SQLModel hides it
    statement = text(
        "UPDATE element_assessment SET result = p.result, work_status = p.work_status, "
        f"owner = p.owner, notes = p.notes, version = element_assessment.version + 1{stamped} "
        "FROM carry_pair AS p WHERE element_assessment.id = p.target_id "
        f"AND {_CARRIES_VALUE}{untouched}"
    )
    if not postgresql:
        statement = statement.bindparams(bindparam("at", type_=table.c.updated_at.type))
    connection = session.connection()
    changed = connection.execute(statement, {"at": at, "user": user}).rowcount
    if into:
        expected = connection.exec_driver_sql(
            f"SELECT count(*) FROM carry_pair AS p WHERE {_CARRIES_VALUE}"
        ).scalar_one()
        if changed != expected:
            raise EditConflict(
                translate(
                    "Assessments",
                    "Someone else saved some of these elements at the same moment; nothing was "
                    "changed. Reload and try again.",
                )
            )
    return int(changed)


def _suggestions(
    session: Session, mapping: MappingSet, source_id: int, target_id: int, single: bool
) -> dict[int, dict[int, Relationship]]:
    """The suggestions to make, by target element assessment then source element assessment:
    every mapping but the single equal ones (carried), except onto an element that had a
    single equal mapping (what was carried is reviewed instead)."""
    equal, suggested = _pairs(session, mapping)
    if not equal and not suggested:
        return {}
    carried_targets: set[int] = set()
    if single and suggested:
        carried_targets = {
            element
            for (element,) in session.execute(text(_SINGLE_EQUAL_TARGETS), {"mapping": mapping.id})
        }
    source_rows = _element_assessments(session, source_id)
    target_rows = _element_assessments(session, target_id)
    suggestions: dict[int, dict[int, Relationship]] = defaultdict(dict)
    for target, sources in equal.items():
        for each in sources:
            suggestions[target_rows[target]][source_rows[each]] = Relationship.EQUAL
    for target, by_source in suggested.items():
        if target in carried_targets:
            continue  # its equal source was carried; the looser ones add nothing to review
        for each, relationship in by_source.items():
            suggestions[target_rows[target]].setdefault(source_rows[each], relationship)
    return suggestions


def _pairs(
    session: Session, mapping: MappingSet
) -> tuple[dict[int, list[int]], dict[int, dict[int, Relationship]]]:
    """The mapping's rows that make suggestions, as element pairs: the source elements mapped
    as equal to each target element that has several, and the looser relationships to each
    (by target, then source, the first row's relationship kept). A standard stands for all
    its elements. The single equal mappings (carried) are not read."""
    equal: dict[int, list[int]] = defaultdict(list)
    suggested: dict[int, dict[int, Relationship]] = defaultdict(dict)
    rows = session.execute(
        text(
            "SELECT relationship, source_element_id, source_standard_id, target_element_id, "
            "target_standard_id FROM mapping_row WHERE mapping_set_id = :mapping "
            "AND relationship <> 'not_related' AND NOT (relationship = 'equal' "
            "AND source_element_id IS NOT NULL AND target_element_id IS NOT NULL "
            f"AND target_element_id IN ({_SINGLE_EQUAL_TARGETS})) ORDER BY position"
        ),
        {"mapping": mapping.id},
    )
    elements_of: dict[int, list[int]] | None = None  # read only when a standard is mapped
    for relationship, source_element, source_standard, target_element, target_standard in rows:
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
    for sid, source, code, words, assessment, result, relationship, decision in session.execute(
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
                words,
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
