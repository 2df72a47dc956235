"""Standards libraries: the validated shape an importer produces, and the service that stores it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, func, insert, select
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.models import Chapter, Library, MeasurableElement, Standard
from accredit_tracker.core.text import search_key

_BATCH = 5000
_SAVING = QT_TRANSLATE_NOOP("progress", "Saving standards")
"""The stage an import reports, in English; the window shows it translated."""


@dataclass(slots=True)
class ElementData:
    number: str
    text: str
    typical_evidence: str = ""
    tags: str = ""
    weight: float = 1.0


@dataclass(slots=True)
class StandardData:
    code: str
    text: str = ""
    section: str = ""
    elements: list[ElementData] = field(default_factory=list)


@dataclass(slots=True)
class ChapterData:
    code: str
    title: str = ""
    standards: list[StandardData] = field(default_factory=list)


@dataclass(slots=True)
class LibraryData:
    """A whole standards library, already validated, ready to be stored in one transaction."""

    name: str
    chapters: list[ChapterData]
    publisher: str = ""
    edition: str = ""
    source: str = ""

    @property
    def standard_count(self) -> int:
        return sum(len(chapter.standards) for chapter in self.chapters)

    @property
    def element_count(self) -> int:
        return sum(len(s.elements) for c in self.chapters for s in c.standards)


@dataclass(frozen=True)
class LibraryCounts:
    library_id: int
    name: str
    chapters: int
    standards: int
    elements: int


def element_code(standard_code: str, number: str) -> str:
    """How a measurable element is cited: "PCI.3.1 ME 2"."""
    return f"{standard_code} ME {number}"


def import_library(
    session: Session, data: LibraryData, *, user: str, monitor: TaskMonitor | None = None
) -> int:
    """Store a new library with its chapters, standards and elements; returns its id.

    Runs inside the caller's transaction (``project.transaction()``), so a failure or a
    cancellation part-way leaves the project exactly as it was. Rows are written with bulk
    inserts, not one ORM object per row, which keeps a 100,000-element import fast.
    """
    monitor = monitor or quiet()
    total = data.element_count
    monitor.report(_SAVING, 0, total)
    audit.describe(session, user=user, at=audit.now())
    connection = session.connection()
    inserted = connection.execute(
        insert(Library).values(
            name=data.name,
            publisher=data.publisher,
            edition=data.edition,
            imported_from=data.source,
            imported_at=audit.now(),
            imported_by=user,
        )
    ).inserted_primary_key
    assert inserted is not None
    library_id = int(inserted[0])
    _insert_many(
        connection,
        Chapter,
        ("library_id", "code", "title", "position"),
        [(library_id, c.code, c.title, i) for i, c in enumerate(data.chapters)],
    )
    chapter_ids = _ids_by_code(connection, Chapter, library_id)
    _insert_many(
        connection,
        Standard,
        ("library_id", "chapter_id", "code", "text", "section", "position"),
        [
            (library_id, chapter_ids[chapter.code], s.code, s.text, s.section, position)
            for position, (chapter, s) in enumerate(
                (chapter, s) for chapter in data.chapters for s in chapter.standards
            )
        ],
    )
    standard_ids = _ids_by_code(connection, Standard, library_id)

    columns = (
        "library_id", "standard_id", "number", "code", "text", "typical_evidence", "tags",
        "weight", "search_key", "position",
    )  # fmt: skip
    batch: list[tuple[Any, ...]] = []
    done = 0
    for chapter in data.chapters:
        for standard in chapter.standards:
            standard_id = standard_ids[standard.code]
            for element in standard.elements:
                code = element_code(standard.code, element.number)
                batch.append(
                    (
                        library_id, standard_id, element.number, code, element.text,
                        element.typical_evidence, element.tags, element.weight,
                        search_key(f"{code}\n{element.text}"), done,
                    )
                )  # fmt: skip
                done += 1
                if len(batch) == _BATCH:
                    _insert_many(connection, MeasurableElement, columns, batch)
                    batch = []
                    monitor.report(_SAVING, done, total)
    if batch:
        _insert_many(connection, MeasurableElement, columns, batch)
    monitor.report(_SAVING, total, total)

    audit.record(
        session,
        user=user,
        action="import_library",
        entity="library",
        entity_id=library_id,
        new=data.name,
        details=json.dumps(
            {
                "source": data.source,
                "chapters": len(data.chapters),
                "standards": data.standard_count,
                "elements": total,
            },
            ensure_ascii=False,
        ),
    )
    return library_id


def library_counts(session: Session) -> list[LibraryCounts]:
    """Every library in the project with its numbers of chapters, standards and elements."""
    counts = []
    for library in session.execute(select(Library).order_by(col(Library.id))).scalars():
        assert library.id is not None
        counts.append(
            LibraryCounts(
                library_id=library.id,
                name=library.name,
                chapters=_count(session, Chapter, library.id),
                standards=_count(session, Standard, library.id),
                elements=_count(session, MeasurableElement, library.id),
            )
        )
    return counts


def _count(session: Session, table: Any, library_id: int) -> int:
    statement = select(func.count()).select_from(table).where(table.library_id == library_id)
    return int(session.execute(statement).scalar_one())


def _ids_by_code(connection: Connection, table: Any, library_id: int) -> dict[str, int]:
    rows = connection.execute(select(table.code, table.id).where(table.library_id == library_id))
    return {code: row_id for code, row_id in rows}


def _insert_many(
    connection: Connection, table: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Bulk insert through the driver's executemany.

    The statement is compiled by SQLAlchemy for the connection's dialect, but the rows go to
    the driver as they are: SQLAlchemy's per-row parameter processing costs more than the
    inserts themselves at 100,000 rows. The values must already be driver-ready (no enums,
    no timezone-aware datetimes).
    """
    sql, order = _compiled_insert(connection.dialect, table, columns)
    if order is None:
        connection.exec_driver_sql(sql, [dict(zip(columns, row, strict=True)) for row in rows])
        return
    if order != tuple(range(len(columns))):
        rows = [tuple(row[i] for i in order) for row in rows]
    connection.exec_driver_sql(sql, rows)


@lru_cache(maxsize=32)
def _compiled_insert(
    dialect: Dialect, table: Any, columns: tuple[str, ...]
) -> tuple[str, tuple[int, ...] | None]:
    """The INSERT statement's text and, for positional drivers, the order of its parameters."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    positions = compiled.positiontup
    if positions is None:
        return compiled.string, None
    return compiled.string, tuple(columns.index(name) for name in positions)
