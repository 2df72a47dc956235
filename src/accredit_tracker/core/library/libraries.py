"""Standards libraries: the validated shape an importer produces, and the service that stores it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, func, insert, select
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
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
    # The publisher's own reference for the element; without one it is cited by its
    # standard's code and number ("PCI.3.1 ME 2", see element_code).
    code: str = ""
    # The headings of the levels between the element's standard and the element itself.
    section_path: str = ""
    # Explanations the publisher gives with the requirement (annotations, notes).
    guidance: str = ""
    # Columns of the file kept as they are: header → value (empty values are left out).
    attributes: dict[str, str] = field(default_factory=dict)

    def cited_as(self, standard_code: str) -> str:
        """The element's code in the library."""
        return self.code or element_code(standard_code, self.number)


@dataclass(slots=True)
class StandardData:
    code: str
    text: str = ""
    section: str = ""
    elements: list[ElementData] = field(default_factory=list)
    # Explanations given for the standard as a whole (text rows with no requirement of their own).
    guidance: str = ""


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
    language: str = ""  # a locale code such as "ru", as the file gives it
    copyright: str = ""

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
    edition: str = ""

    @property
    def title(self) -> str:
        """The name as lists show it, with its edition when it has one: "JCI (8th edition)"."""
        return library_title(self.name, self.edition)


class LibraryAlreadyImported(UserError):
    """The list being imported is, chapter for chapter and element for element, one that the
    project already holds; nothing was written."""

    def __init__(self, name: str, edition: str) -> None:
        super().__init__(
            translate(
                "Libraries",
                "This list is already in the project as '{library}', with the same chapters, "
                "standards and measurable elements; nothing was imported.",
            ).format(library=library_title(name, edition))
        )
        self.name = name
        self.edition = edition


class NewEditionQuestion(UserError):
    """The project holds a library of the same name with different content: the import waits
    for the user to say that the list is a new edition, kept beside the earlier ones."""

    def __init__(self, name: str, editions: list[str]) -> None:
        super().__init__(
            translate(
                "Libraries",
                "The project already has a library named '{name}' with different content. "
                "Import this list as a new edition beside it?",
            ).format(name=name)
        )
        self.name = name
        self.editions = editions  # those stored, "" for a library stored without one


def library_title(name: str, edition: str) -> str:
    """A library's name as lists show it, with its edition when it has one."""
    if not edition:
        return name
    return translate("Libraries", "{name} (edition {edition})").format(name=name, edition=edition)


def content_digest(chapters: list[ChapterData]) -> str:
    """SHA-256, in hex, of a canonical form of the chapters, standards and elements.

    Two lists with the same codes, titles, texts, sections, evidence, tags and weights in the
    same order have the same digest, whatever their name, file or layout; the digest of a
    stored library (:func:`stored_digest`) is the digest of the list it was imported from.
    The canonical form is one compact JSON array per chapter (JSON's encoder runs in C, which
    keeps 100,000 elements well under a second).
    """
    digest = hashlib.sha256()
    for chapter in chapters:
        canonical = [
            chapter.code,
            chapter.title,
            [
                [
                    s.code,
                    s.text,
                    s.section,
                    [
                        [e.number, e.text, e.typical_evidence, e.tags, float(e.weight)]
                        for e in s.elements
                    ],
                ]
                for s in chapter.standards
            ],
        ]
        digest.update(json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def stored_digest(session: Session, library_id: int) -> str:
    """The content digest of a stored library: the recorded one, or for a library imported
    before digests were kept, the one worked out from its stored rows."""
    library = session.get(Library, library_id)
    assert library is not None
    if library.content_digest:
        return library.content_digest
    return content_digest(_stored_chapters(session, library_id))


def _stored_chapters(session: Session, library_id: int) -> list[ChapterData]:
    """A stored library's chapters, standards and elements, in their imported order."""
    chapters: dict[int, ChapterData] = {}
    standards: dict[int, StandardData] = {}
    chapter_rows = session.execute(
        select(col(Chapter.id), col(Chapter.code), col(Chapter.title))
        .where(col(Chapter.library_id) == library_id)
        .order_by(col(Chapter.position))
    )
    for chapter_id, code, title in chapter_rows:
        chapters[chapter_id] = ChapterData(code, title)
    standard_rows = session.execute(
        select(
            col(Standard.id),
            col(Standard.chapter_id),
            col(Standard.code),
            col(Standard.text),
            col(Standard.section),
        )
        .where(col(Standard.library_id) == library_id)
        .order_by(col(Standard.position))
    )
    for standard_id, chapter_id, code, text, section in standard_rows:
        standard = StandardData(code, text, section)
        standards[standard_id] = standard
        chapters[chapter_id].standards.append(standard)
    element_rows = session.execute(
        select(
            col(MeasurableElement.standard_id),
            col(MeasurableElement.number),
            col(MeasurableElement.text),
            col(MeasurableElement.typical_evidence),
            col(MeasurableElement.tags),
            col(MeasurableElement.weight),
        )
        .where(col(MeasurableElement.library_id) == library_id)
        .order_by(col(MeasurableElement.position))
    )
    for standard_id, number, text, evidence, tags, weight in element_rows:
        standards[standard_id].elements.append(ElementData(number, text, evidence, tags, weight))
    return list(chapters.values())


def check_library_identity(
    session: Session, data: LibraryData, *, new_edition: bool
) -> tuple[str, bool]:
    """Refuse a list the project already holds, and ask before a same-named different one.

    Raises :class:`LibraryAlreadyImported` when a stored library has the same content, and,
    unless ``new_edition``, :class:`NewEditionQuestion` when one has the same name (blind to
    case and spacing). Returns the list's content digest and whether a library of the same
    name is stored.
    """
    digest = content_digest(data.chapters)
    same_name: list[Library] = []
    for library in session.execute(select(Library).order_by(col(Library.id))).scalars():
        assert library.id is not None
        if stored_digest(session, library.id) == digest:
            raise LibraryAlreadyImported(library.name, library.edition)
        if _name_key(library.name) == _name_key(data.name):
            same_name.append(library)
    if same_name and not new_edition:
        raise NewEditionQuestion(same_name[0].name, [library.edition for library in same_name])
    return digest, bool(same_name)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def new_edition_label(session: Session, data: LibraryData) -> str:
    """The edition a new edition is stored under: the one given, else the import date; made
    distinct from the editions of the same name already stored by a number after it."""
    taken = {
        library.edition
        for library in session.execute(select(Library)).scalars()
        if _name_key(library.name) == _name_key(data.name)
    }
    base = data.edition or audit.now().date().isoformat()
    label, number = base, 2
    while label in taken:
        label, number = f"{base} ({number})", number + 1
    return label


def element_code(standard_code: str, number: str) -> str:
    """How a measurable element is cited: "PCI.3.1 ME 2"."""
    return f"{standard_code} ME {number}"


def import_library(
    session: Session,
    data: LibraryData,
    *,
    user: str,
    monitor: TaskMonitor | None = None,
    new_edition: bool = False,
) -> int:
    """Store a new library with its chapters, standards and elements; returns its id.

    A list the project already holds is refused (:class:`LibraryAlreadyImported`); a list
    named as a stored library but with other content is refused with
    :class:`NewEditionQuestion` unless ``new_edition`` says to keep it beside the earlier
    editions, under its own edition (:func:`new_edition_label`).

    Runs inside the caller's transaction (``project.transaction()``), so a failure or a
    cancellation part-way leaves the project exactly as it was. Rows are written with bulk
    inserts, not one ORM object per row, which keeps a 100,000-element import fast.
    """
    monitor = monitor or quiet()
    total = data.element_count
    monitor.report(_SAVING, 0, total)
    digest, named_before = check_library_identity(session, data, new_edition=new_edition)
    edition = new_edition_label(session, data) if named_before else data.edition
    audit.describe(session, user=user, at=audit.now())
    connection = session.connection()
    inserted = connection.execute(
        insert(Library).values(
            name=data.name,
            publisher=data.publisher,
            edition=edition,
            imported_from=data.source,
            imported_at=audit.now(),
            imported_by=user,
            language=data.language,
            copyright=data.copyright,
            content_digest=digest,
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
        ("library_id", "chapter_id", "code", "text", "section", "guidance", "position"),
        [
            (library_id, chapter_ids[chapter.code], s.code, s.text, s.section, s.guidance, position)
            for position, (chapter, s) in enumerate(
                (chapter, s) for chapter in data.chapters for s in chapter.standards
            )
        ],
    )
    standard_ids = _ids_by_code(connection, Standard, library_id)

    columns = (
        "library_id", "standard_id", "number", "code", "text", "typical_evidence", "tags",
        "weight", "search_key", "position", "section_path", "guidance", "attributes",
    )  # fmt: skip
    batch: list[tuple[Any, ...]] = []
    attribute_texts: dict[tuple[tuple[str, str], ...], str] = {}
    done = 0
    for chapter in data.chapters:
        for standard in chapter.standards:
            standard_id = standard_ids[standard.code]
            for element in standard.elements:
                code = element.cited_as(standard.code)
                attributes = ""
                if element.attributes:
                    # Elements share a few attribute sets (a level, a group): each is
                    # written as JSON once.
                    key = tuple(element.attributes.items())
                    attributes = attribute_texts.get(key) or attribute_texts.setdefault(
                        key, json.dumps(element.attributes, ensure_ascii=False)
                    )
                batch.append(
                    (
                        library_id, standard_id, element.number, code, element.text,
                        element.typical_evidence, element.tags, element.weight,
                        search_key(f"{code}\n{element.text}"), done, element.section_path,
                        element.guidance, attributes,
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
                "edition": edition,
                "digest": digest,
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
                edition=library.edition,
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
