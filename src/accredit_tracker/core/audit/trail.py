"""The project's audit trail read back: who changed what and when, filtered in SQL by person,
date, chapter, kind of change and text, newest first (or streamed oldest first for export).

The trail is only ever read here; rows are written by
:mod:`accredit_tracker.core.audit.recording` and never changed or removed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, and_, false, func, not_, or_, select
from sqlmodel import Session, col

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP
from accredit_tracker.core.storage.bulk_read import driver_moment
from accredit_tracker.core.storage.models import (
    Assessment,
    AuditEvent,
    Chapter,
    ElementAssessment,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.text import APOSTROPHES, search_key

ELEMENT_ENTITY: Final = "element_assessment"
"""The entity of rows about one element assessment (their ``entity_id`` is its id)."""
UPDATE_ELEMENT: Final = "update_element"
SHOWN_AT_MOST: Final = 5000
"""How many of the newest matching changes the history window lists."""
_BATCH: Final = 2000
_SEARCH_FUNCTION: Final = "accredit_search_key"


class ChangeKind(StrEnum):
    """A kind of change as the quality officer names it, for filtering and for the Kind column."""

    RESULT = "result"
    STATUS = "status"
    OWNER = "owner"
    DEPARTMENT = "department"
    DUE_DATE = "due date"
    NOTES = "notes"
    EVIDENCE = "evidence"
    ASSESSMENT = "assessment"
    LIBRARY_IMPORT = "library import"
    PROJECT = "project"
    TRACER = "tracers"
    FINDING = "findings"
    CORRECTIVE_ACTION = "corrective actions"
    MAPPING = "mappings"
    CARRIED = "carried values"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The kind as a heading or menu entry shows it ("Due date"), in English; shown
        through ``translate("ChangeKind", label)``."""
        return _KIND_LABELS[self]


# The context is the one the window translates these with (ui/insight/audit_trail_dialog.py).
_KIND_LABELS: Final = {
    ChangeKind.RESULT: QT_TRANSLATE_NOOP("ChangeKind", "Result"),
    ChangeKind.STATUS: QT_TRANSLATE_NOOP("ChangeKind", "Status"),
    ChangeKind.OWNER: QT_TRANSLATE_NOOP("ChangeKind", "Owner"),
    ChangeKind.DEPARTMENT: QT_TRANSLATE_NOOP("ChangeKind", "Department"),
    ChangeKind.DUE_DATE: QT_TRANSLATE_NOOP("ChangeKind", "Due date"),
    ChangeKind.NOTES: QT_TRANSLATE_NOOP("ChangeKind", "Notes"),
    ChangeKind.EVIDENCE: QT_TRANSLATE_NOOP("ChangeKind", "Evidence"),
    ChangeKind.ASSESSMENT: QT_TRANSLATE_NOOP("ChangeKind", "Assessment"),
    ChangeKind.LIBRARY_IMPORT: QT_TRANSLATE_NOOP("ChangeKind", "Library import"),
    ChangeKind.PROJECT: QT_TRANSLATE_NOOP("ChangeKind", "Project"),
    ChangeKind.TRACER: QT_TRANSLATE_NOOP("ChangeKind", "Tracers"),
    ChangeKind.FINDING: QT_TRANSLATE_NOOP("ChangeKind", "Findings"),
    ChangeKind.CORRECTIVE_ACTION: QT_TRANSLATE_NOOP("ChangeKind", "Corrective actions"),
    ChangeKind.MAPPING: QT_TRANSLATE_NOOP("ChangeKind", "Mappings"),
    ChangeKind.CARRIED: QT_TRANSLATE_NOOP("ChangeKind", "Carried values"),
    ChangeKind.OTHER: QT_TRANSLATE_NOOP("ChangeKind", "Other"),
}


_KIND_OF_FIELD: Final = {
    "result": ChangeKind.RESULT,
    "work_status": ChangeKind.STATUS,
    "owner": ChangeKind.OWNER,
    "department": ChangeKind.DEPARTMENT,
    "due_date": ChangeKind.DUE_DATE,
    "notes": ChangeKind.NOTES,
}
"""Kinds of an element's edit (action "update_element"), by the field it changed."""

_KIND_OF_ACTION: Final = {
    **dict.fromkeys(
        (
            "attach_evidence",
            "link_evidence",
            "unlink_evidence",
            "delete_evidence",
            "update_evidence",
            "merge_evidence",
        ),
        ChangeKind.EVIDENCE,
    ),
    **dict.fromkeys(
        (
            "create_assessment",
            "lock_assessment",
            "unlock_assessment",
            "set_scoring_profile",
            "carry_evidence_links",
        ),
        ChangeKind.ASSESSMENT,
    ),
    "import_library": ChangeKind.LIBRARY_IMPORT,
    **dict.fromkeys(
        ("create_project", "copy_project", "add_scoring_profile", "set_facility_name"),
        ChangeKind.PROJECT,
    ),
    **dict.fromkeys(
        ("plan_tracer", "update_tracer", "delete_tracer", "restore_tracer"), ChangeKind.TRACER
    ),
    **dict.fromkeys(
        (
            "record_finding",
            "accept_finding",
            "withdraw_finding_acceptance",
            "delete_finding",
            "restore_finding",
        ),
        ChangeKind.FINDING,
    ),
    **dict.fromkeys(
        ("raise_action", "update_action", "verify_action", "delete_action", "restore_action"),
        ChangeKind.CORRECTIVE_ACTION,
    ),
    **dict.fromkeys(("create_mapping", "add_mapping_row"), ChangeKind.MAPPING),
    **dict.fromkeys(
        (
            "carry_assessment",
            "carry_element",
            "accept_suggestion",
            "reject_suggestion",
            "review_carried",
        ),
        ChangeKind.CARRIED,
    ),
}
"""Kinds of every other recorded action."""


def kind_of(action: str, field: str) -> ChangeKind:
    """The kind of a recorded change, from its action and the field it changed."""
    if action == UPDATE_ELEMENT:
        return _KIND_OF_FIELD.get(field, ChangeKind.OTHER)
    return _KIND_OF_ACTION.get(action, ChangeKind.OTHER)


def trail_kinds() -> list[ChangeKind]:
    """Every kind of change, in the order the filter lists them."""
    return list(ChangeKind)


@dataclass(frozen=True)
class TrailFilter:
    """Which changes to list; every part that is set must match (they combine).

    ``since`` and ``until`` are days of the computer's calendar, both included; ``text`` is
    looked for in who, the element's code, the old and new values and the details, ignoring
    case and apostrophe look-alikes.
    """

    assessment_id: int | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None
    chapter_code: str | None = None
    kinds: frozenset[str] | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One recorded change, with the element, chapter and assessment it was about."""

    id: int
    at: datetime
    """In UTC."""
    user: str
    action: str
    kind: ChangeKind
    entity: str
    entity_id: int | None
    element_assessment_id: int | None
    """The element assessment changed, when the change was about one."""
    element_code: str
    chapter_code: str
    assessment_id: int | None
    assessment_name: str
    field: str
    old_value: str
    new_value: str
    details: str


def audit_trail(
    session: Session,
    *,
    assessment_id: int | None = None,
    user: str | None = None,
    since: date | None = None,
    until: date | None = None,
    chapter_code: str | None = None,
    kinds: frozenset[str] | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> list[TrailEntry]:
    """The changes that match, newest first; at most ``limit`` of them when given."""
    wanted = TrailFilter(assessment_id, user, since, until, chapter_code, kinds, text)
    return newest_changes(session, wanted, limit=limit)


def newest_changes(
    session: Session, wanted: TrailFilter, *, limit: int | None = None
) -> list[TrailEntry]:
    """As :func:`audit_trail`, with the filter given as one value."""
    statement = _matching(session, _trail_select(), wanted).order_by(col(AuditEvent.id).desc())
    if limit is not None:
        statement = statement.limit(limit)
    return [_entry(row) for row in session.connection().execute(statement)]


def newest_changes_in_pages(
    session: Session, wanted: TrailFilter, *, limit: int | None = None, page: int = 500
) -> Iterator[list[TrailEntry]]:
    """As :func:`newest_changes`, handed over ``page`` changes at a time as they are read, so
    that a window can show the first ones while the rest are still on their way."""
    statement = _matching(session, _trail_select(), wanted).order_by(col(AuditEvent.id).desc())
    if limit is not None:
        statement = statement.limit(limit)
    connection = session.connection().execution_options(yield_per=page)
    # Closed also when the reader stops early, as in changes_in_order.
    with connection.execute(statement) as result:
        for batch in result.partitions():
            yield list(map(_entry, batch))


def changes_in_order(session: Session, wanted: TrailFilter | None = None) -> Iterator[TrailEntry]:
    """The changes that match, oldest first, read a few thousand at a time so that a trail of
    500,000 changes is never in memory at once."""
    statement = _matching(session, _trail_select(), wanted or TrailFilter())
    connection = session.connection().execution_options(yield_per=_BATCH)
    # Closed also when the reader stops early (closes this iterator): on PostgreSQL the rows
    # come from a cursor on the server, which must not be left open.
    with connection.execute(statement.order_by(col(AuditEvent.id))) as result:
        for batch in result.partitions():
            yield from map(_entry, batch)


def count_changes(session: Session, wanted: TrailFilter | None = None) -> int:
    """How many changes match."""
    wanted = wanted or TrailFilter()
    statement = select(func.count()).select_from(AuditEvent)
    if wanted.chapter_code is not None or wanted.text:
        statement = _joined(statement)
    return int(session.execute(_matching(session, statement, wanted)).scalar_one())


def trail_people(session: Session) -> list[str]:
    """Everyone who has changed something, for the person filter, in alphabetical order."""
    names = session.execute(select(col(AuditEvent.user)).distinct()).scalars()
    return sorted((name for name in names if name), key=str.casefold)


def trail_chapters(session: Session) -> list[str]:
    """The chapter codes of the project's libraries, for the chapter filter, in library order."""
    rows = session.execute(
        select(col(Chapter.code))
        .group_by(col(Chapter.code))
        .order_by(func.min(col(Chapter.library_id)), func.min(col(Chapter.position)))
    )
    return [code for (code,) in rows]


def _trail_select() -> Select[Any]:
    columns: tuple[Any, ...] = (
        col(AuditEvent.id),
        col(AuditEvent.at),
        col(AuditEvent.user),
        col(AuditEvent.action),
        col(AuditEvent.entity),
        col(AuditEvent.entity_id),
        col(ElementAssessment.id),
        func.coalesce(col(MeasurableElement.code), ""),
        func.coalesce(col(Chapter.code), ""),
        col(AuditEvent.assessment_id),
        func.coalesce(col(Assessment.name), ""),
        col(AuditEvent.field),
        func.coalesce(col(AuditEvent.old_value), ""),
        func.coalesce(col(AuditEvent.new_value), ""),
        col(AuditEvent.details),
    )
    return _joined(select(*columns).select_from(AuditEvent))


def _joined(statement: Select[Any]) -> Select[Any]:
    """The statement with each change's element, its chapter and its assessment joined on."""
    return (
        statement.outerjoin(
            ElementAssessment,
            and_(
                col(AuditEvent.entity) == ELEMENT_ENTITY,
                col(ElementAssessment.id) == AuditEvent.entity_id,
            ),
        )
        .outerjoin(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .outerjoin(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .outerjoin(Chapter, col(Chapter.id) == Standard.chapter_id)
        .outerjoin(Assessment, col(Assessment.id) == AuditEvent.assessment_id)
    )


def _matching(session: Session, statement: Select[Any], wanted: TrailFilter) -> Select[Any]:
    """The statement narrowed to the changes ``wanted`` asks for."""
    if wanted.assessment_id is not None:
        statement = statement.where(col(AuditEvent.assessment_id) == wanted.assessment_id)
    if wanted.user is not None:
        statement = statement.where(col(AuditEvent.user) == wanted.user)
    if wanted.since is not None:
        statement = statement.where(col(AuditEvent.at) >= _utc_start(wanted.since))
    if wanted.until is not None:
        statement = statement.where(col(AuditEvent.at) < _utc_start(wanted.until + timedelta(1)))
    if wanted.chapter_code is not None:
        statement = statement.where(col(Chapter.code) == wanted.chapter_code)
    if wanted.kinds is not None:
        statement = statement.where(_of_kinds(wanted.kinds))
    needle = search_key(wanted.text.strip()) if wanted.text else ""
    if needle:
        folded = _folded(session, _searched_text(), needle)
        statement = statement.where(folded.contains(needle, autoescape=True))
    return statement


def _utc_start(day: date) -> datetime:
    """The moment the computer's calendar day begins, in UTC as the trail stores it."""
    return datetime.combine(day, time()).astimezone(UTC)


def _kind_condition(kind: ChangeKind) -> ColumnElement[bool]:
    action, field = col(AuditEvent.action), col(AuditEvent.field)
    fields = [name for name, k in _KIND_OF_FIELD.items() if k == kind]
    actions = [name for name, k in _KIND_OF_ACTION.items() if k == kind]
    if fields:
        return and_(action == UPDATE_ELEMENT, field.in_(fields))
    if actions:
        return action.in_(actions)
    return false()


def _of_kinds(kinds: frozenset[str]) -> ColumnElement[bool]:
    known = [k for k in ChangeKind if k != ChangeKind.OTHER]
    conditions = [_kind_condition(k) for k in known if k in kinds]
    if ChangeKind.OTHER in kinds:
        conditions.append(not_(or_(*(_kind_condition(k) for k in known))))
    return or_(false(), *conditions)


def _searched_text() -> ColumnElement[str]:
    """Who, the element's code, old and new values and details, one per line."""
    parts: Sequence[Any] = (
        col(AuditEvent.user),
        func.coalesce(col(MeasurableElement.code), ""),
        func.coalesce(col(AuditEvent.old_value), ""),
        func.coalesce(col(AuditEvent.new_value), ""),
        col(AuditEvent.details),
    )
    joined: Any = parts[0]
    for part in parts[1:]:
        joined = joined + "\n" + part
    return joined  # type: ignore[no-any-return]


def _folded(session: Session, text: ColumnElement[str], needle: str) -> ColumnElement[str]:
    """``text`` folded as :func:`search_key` folds it, as far as finding ``needle`` needs.

    The database's lower() does for a needle of plain ASCII letters without an apostrophe (and
    is several times quicker); other needles, Cyrillic ones for instance, are looked for in
    text folded exactly, on SQLite through a function registered on the connection, on
    PostgreSQL with its own functions.
    """
    connection = session.connection()
    if needle.isascii() and "'" not in needle:
        return func.lower(text)
    if connection.dialect.name == "sqlite":
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver.create_function(_SEARCH_FUNCTION, 1, _search_key_or_none, deterministic=True)
        return getattr(func, _SEARCH_FUNCTION)(text)  # type: ignore[no-any-return]
    # Elsewhere the apostrophe look-alikes are replaced in SQL, and lower() folds the case of
    # every letter the database's character type knows (all of them under a UTF-8 locale).
    if "'" in needle:
        text = func.translate(text, APOSTROPHES, "'" * len(APOSTROPHES))
    return func.lower(text)


def _search_key_or_none(value: str | None) -> str | None:
    return None if value is None else search_key(value)


def _entry(row: Sequence[Any]) -> TrailEntry:
    (
        event_id,
        at,
        user,
        action,
        entity,
        entity_id,
        element_assessment_id,
        element_code,
        chapter_code,
        assessment_id,
        assessment_name,
        field,
        old,
        new,
        details,
    ) = row
    moment = driver_moment(at)
    assert moment is not None
    return TrailEntry(
        event_id,
        moment,
        user,
        action,
        kind_of(action, field),
        entity,
        entity_id,
        element_assessment_id,
        element_code,
        chapter_code,
        assessment_id,
        assessment_name,
        field,
        old,
        new,
        details,
    )
