"""Evidence files: attaching, linking, changing and deleting them, every write audited.

A file's content is stored once per SHA-256 inside the project, in chunks of
:data:`CHUNK_SIZE` bytes, so that storing a large file never holds it in memory.
Every write runs in the caller's transaction (``with project.transaction() as session:``):
when a function raises, :class:`~accredit_tracker.core.progress.Cancelled` included, the
transaction rolls back and the project is exactly as it was. Reading content back out is
:mod:`accredit_tracker.core.evidence.files`; finding files is
:mod:`accredit_tracker.core.evidence.queries`.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, col

from accredit_tracker.core.assessment.assessments import AssessmentLocked as AssessmentLocked
from accredit_tracker.core.audit import recording as audit

# The evidence errors are defined in their own module (the locked assessment's error derives
# from them) and imported from here as well, where the writes that raise them live.
from accredit_tracker.core.evidence.errors import DamagedContent as DamagedContent
from accredit_tracker.core.evidence.errors import EmptyFile as EmptyFile
from accredit_tracker.core.evidence.errors import EvidenceError as EvidenceError
from accredit_tracker.core.evidence.errors import EvidenceNotFound as EvidenceNotFound
from accredit_tracker.core.evidence.errors import (
    FileChangedWhileReading as FileChangedWhileReading,
)
from accredit_tracker.core.evidence.errors import FileMissing as FileMissing
from accredit_tracker.core.evidence.errors import FileTooLarge as FileTooLarge
from accredit_tracker.core.evidence.errors import FileUnreadable as FileUnreadable
from accredit_tracker.core.evidence.errors import NotAFile as NotAFile
from accredit_tracker.core.evidence.file_names import media_type_for, safe_file_name
from accredit_tracker.core.evidence.queries import format_size
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.models import (
    Assessment,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    EvidenceChunk,
    EvidenceContent,
)

CHUNK_SIZE = 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024
# Chunks written with one INSERT: fewer round trips, and still only a few MB in memory.
CHUNKS_PER_INSERT = 4


class _Keep(Enum):
    KEEP = "keep"


KEEP: Final = _Keep.KEEP
"""Passed for a field :func:`update_evidence` should leave as it is."""


@dataclass(frozen=True)
class AttachedFile:
    """One file attached by :func:`attach_files`: its new evidence row and where it went."""

    evidence_id: int
    name: str
    sha256: str
    size: int
    element_assessment_ids: tuple[int, ...]
    stored: bool
    """False when the project already held the same content (kept once, under its SHA-256)."""
    linked_existing: bool = False
    """True when the project already had an evidence file with this content: that file was
    linked (``evidence_id`` and ``name`` are its own) instead of adding a second one."""
    attached_name: str = ""
    """The name of the file on disk that was attached (differs from ``name`` when an existing
    file with the same content was linked)."""


@dataclass(frozen=True)
class AlreadyPresent:
    """A file not attached to an element because the element already has the same content."""

    name: str
    existing_name: str
    element_assessment_id: int
    evidence_id: int


@dataclass
class AttachResult:
    attached: list[AttachedFile] = field(default_factory=list)
    already_present: list[AlreadyPresent] = field(default_factory=list)


@dataclass(frozen=True)
class LinkResult:
    linked: tuple[int, ...]
    already_linked: tuple[int, ...]


@dataclass(frozen=True)
class UnlinkResult:
    was_linked: bool
    links_left: int

    @property
    def has_no_links(self) -> bool:
        """The evidence now supports no element; the user may want to delete it."""
        return self.links_left == 0


@dataclass(frozen=True)
class DeletedEvidence:
    name: str
    element_assessment_ids: tuple[int, ...]
    content_removed: bool
    """True when no other evidence row used the content, so its chunks went too."""


def evidence_by_id(session: Session, evidence_id: int) -> Evidence:
    """The evidence file's row; :class:`EvidenceNotFound` when it is not (or no longer) there."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise EvidenceNotFound(
            translate(
                "Evidence", "Evidence file {id} is gone; someone may have deleted it."
            ).format(id=evidence_id)
        )
    return evidence


# --- attaching -----------------------------------------------------------------------------


def attach_files(
    session: Session,
    paths: Sequence[Path],
    element_assessment_ids: Sequence[int],
    *,
    user: str,
    description: str = "",
    review_date: date | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    monitor: TaskMonitor | None = None,
) -> AttachResult:
    """Attach files to element assessments; one new evidence row per new content. With no
    element assessments, the files go into the project's evidence library unlinked.

    Content the project already holds as an evidence file is never added a second time: that
    file is linked to the elements instead (``linked_existing`` on its :class:`AttachedFile`,
    which carries the existing file's id and name), so the library lists it once.

    Every file is checked (exists, is a file, not empty, within ``max_file_bytes``, readable)
    before anything is read. Each is then read twice in chunks: once to learn its SHA-256,
    and, only when the project does not hold that content yet, again to store it while the
    hash is computed anew, so a file changed in between is caught. An element that already
    has the same content is reported in ``already_present`` and left alone.

    All the files go in the caller's one transaction: a bad file, a failure or a cancel part
    way undoes the files before it too. Progress is reported per file, as "Checking <name>"
    then "Storing <name>", in bytes.
    """
    monitor = monitor or quiet()
    monitor.check()
    targets = _element_assessments(session, element_assessment_ids)
    sizes = [_checked_size(Path(path), max_file_bytes) for path in paths]
    result = AttachResult()
    at = audit.now()
    audit.describe(session, user=user, at=at)
    for path, size in zip(paths, sizes, strict=True):
        path = Path(path)
        name = safe_file_name(path.name)
        sha256 = _hash_file(
            path, size, monitor, translate("progress", "Checking {name}").format(name=name)
        )
        existing = _names_by_element(session, sha256, [t.id for t in targets])
        for target in targets:
            if target.id in existing:
                evidence_id, existing_name = existing[target.id]
                result.already_present.append(
                    AlreadyPresent(name, existing_name, target.id, evidence_id)
                )
        receiving = [t for t in targets if t.id not in existing]
        if targets and not receiving:
            continue
        twin = _evidence_with_content(session, sha256)
        if twin is not None:
            # The content is already an evidence file: link that one rather than keep a twin
            # (the library would list the same policy twice, and so would the report).
            twin_id, twin_name = twin
            _insert_links(session, twin_id, [t.id for t in receiving])
            for target in receiving:
                _record_element_change(
                    session, target, "link_evidence", twin_id, user, new=twin_name, at=at
                )
            result.attached.append(
                AttachedFile(
                    twin_id,
                    twin_name,
                    sha256,
                    size,
                    tuple(t.id for t in receiving),
                    stored=False,
                    linked_existing=True,
                    attached_name=name,
                )
            )
            continue
        stored = session.get(EvidenceContent, sha256) is None
        if stored:
            stage = translate("progress", "Storing {name}").format(name=name)
            _store_content(session, path, size, sha256, monitor, stage)
        evidence_id = _insert_evidence(
            session,
            sha256=sha256,
            name=name,
            description=description,
            review_date=review_date,
            at=at,
            user=user,
        )
        _insert_links(session, evidence_id, [t.id for t in receiving])
        audit.record(
            session,
            user=user,
            action="attach_evidence",
            entity="evidence",
            entity_id=evidence_id,
            new=name,
            details=json.dumps({"sha256": sha256, "size": size, "stored": stored}),
            at=at,
        )
        for target in receiving:
            _record_element_change(
                session, target, "attach_evidence", evidence_id, user, new=name, at=at
            )
        result.attached.append(
            AttachedFile(
                evidence_id,
                name,
                sha256,
                size,
                tuple(t.id for t in receiving),
                stored,
                attached_name=name,
            )
        )
    return result


def _evidence_with_content(session: Session, sha256: str) -> tuple[int, str] | None:
    """(id, name) of the oldest evidence file with this content, if the project has one."""
    row = session.execute(
        select(col(Evidence.id), col(Evidence.name))
        .where(col(Evidence.content_sha256) == sha256)
        .order_by(col(Evidence.id))
        .limit(1)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))


@dataclass(frozen=True)
class _Target:
    id: int
    assessment_id: int


def _element_assessments(session: Session, ids: Iterable[int]) -> list[_Target]:
    """The element assessments, in the order given, refusing missing ones and locked
    assessments."""
    wanted = list(dict.fromkeys(ids))
    rows = {
        row_id: (assessment_id, name, locked)
        for row_id, assessment_id, name, locked in session.execute(
            select(
                col(ElementAssessment.id),
                col(Assessment.id),
                col(Assessment.name),
                col(Assessment.locked),
            )
            .join(Assessment, col(Assessment.id) == ElementAssessment.assessment_id)
            .where(col(ElementAssessment.id).in_(wanted))
        )
    }
    targets = []
    for row_id in wanted:
        if row_id not in rows:
            raise EvidenceNotFound(
                translate("Assessments", "Element assessment {id} is gone.").format(id=row_id)
            )
        assessment_id, name, locked = rows[row_id]
        if locked:
            raise AssessmentLocked(name)
        targets.append(_Target(row_id, assessment_id))
    return targets


def _checked_size(path: Path, max_file_bytes: int) -> int:
    """The file's size, after the checks that need no reading."""
    try:
        status = path.stat()
    except FileNotFoundError as error:
        raise FileMissing(
            translate("Evidence", "{path} does not exist.").format(path=path)
        ) from error
    except OSError as error:
        raise _cannot_read(path, error) from error
    if stat.S_ISDIR(status.st_mode):
        raise NotAFile(
            translate(
                "Evidence", "{path} is a folder, not a file; attach the files inside it instead."
            ).format(path=path)
        )
    if not stat.S_ISREG(status.st_mode):
        raise NotAFile(
            translate(
                "Evidence", "{path} is not a regular file (a device, pipe or socket)."
            ).format(path=path)
        )
    if status.st_size == 0:
        raise EmptyFile(
            translate(
                "Evidence", "{path} is empty (0 bytes); there is nothing to keep as evidence."
            ).format(path=path)
        )
    if status.st_size > max_file_bytes:
        size, limit = format_size(status.st_size), format_size(max_file_bytes)
        if size == limit:
            exact = translate("Evidence", "{size} ({bytes:,} bytes)")
            size = exact.format(size=size, bytes=status.st_size)
            limit = exact.format(size=limit, bytes=max_file_bytes)
        raise FileTooLarge(
            translate(
                "Evidence", "{path} is {size}; an evidence file may be at most {limit}."
            ).format(path=path, size=size, limit=limit)
        )
    try:
        with open(path, "rb"):
            pass
    except OSError as error:
        raise _unreadable(path, error) from error
    return status.st_size


def _unreadable(path: Path, error: OSError) -> EvidenceError:
    if isinstance(error, FileNotFoundError):
        return FileChangedWhileReading(
            translate(
                "Evidence", "{path} disappeared while it was being read; nothing was attached."
            ).format(path=path)
        )
    if isinstance(error, PermissionError):
        return FileUnreadable(
            translate("Evidence", "{path} cannot be read: permission denied.").format(path=path)
        )
    return _cannot_read(path, error)


def _cannot_read(path: Path, error: OSError) -> FileUnreadable:
    return FileUnreadable(
        translate("Evidence", "{path} cannot be read: {reason}.").format(
            path=path, reason=error.strerror or error
        )
    )


def _file_chunks(path: Path, size: int, monitor: TaskMonitor, stage: str) -> Iterator[bytes]:
    """The file's bytes in chunks of at most CHUNK_SIZE; refuses a file whose length is not
    the ``size`` seen before reading."""
    done = 0
    monitor.report(stage, 0, size)
    try:
        with open(path, "rb") as file:
            while chunk := file.read(CHUNK_SIZE):
                done += len(chunk)
                if done > size:
                    raise FileChangedWhileReading(
                        translate(
                            "Evidence",
                            "{path} grew while it was being read (it was {size:,} bytes); "
                            "nothing was attached. Close the program writing it and try again.",
                        ).format(path=path, size=size)
                    )
                yield chunk
                monitor.report(stage, done, size)
    except OSError as error:
        raise _unreadable(path, error) from error
    if done < size:
        raise FileChangedWhileReading(
            translate(
                "Evidence",
                "{path} shrank while it was being read (it was {size:,} bytes, only {done:,} "
                "could be read); nothing was attached. Close the program writing it and try "
                "again.",
            ).format(path=path, size=size, done=done)
        )


def _hash_file(path: Path, size: int, monitor: TaskMonitor, stage: str) -> str:
    digest = hashlib.sha256()
    for chunk in _file_chunks(path, size, monitor, stage):
        digest.update(chunk)
    return digest.hexdigest()


def _store_content(
    session: Session, path: Path, size: int, sha256: str, monitor: TaskMonitor, stage: str
) -> None:
    connection = session.connection()
    connection.execute(insert(EvidenceContent).values(sha256=sha256, size=size))
    statement = insert(EvidenceChunk)
    digest = hashlib.sha256()
    batch: list[dict[str, Any]] = []
    # A batch is hashed on a second thread while SQLite writes it (both release the GIL);
    # one worker hashes the chunks in the order they were read.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence-hash") as hasher:
        for seq, chunk in enumerate(_file_chunks(path, size, monitor, stage)):
            hashed = hasher.submit(digest.update, chunk)
            batch.append({"content_sha256": sha256, "seq": seq, "data": chunk})
            if len(batch) == CHUNKS_PER_INSERT:
                connection.execute(statement, batch)
                hashed.result()
                batch = []
        if batch:
            connection.execute(statement, batch)
            hashed.result()
    if digest.hexdigest() != sha256:
        raise FileChangedWhileReading(
            translate(
                "Evidence",
                "{path} changed while it was being read; nothing was attached. "
                "Close the program writing it and try again.",
            ).format(path=path)
        )


def _names_by_element(
    session: Session, sha256: str, element_assessment_ids: list[int]
) -> dict[int, tuple[int, str]]:
    """Element assessment id → (evidence id, name) of evidence with this content it has."""
    rows = session.execute(
        select(col(ElementEvidence.element_assessment_id), col(Evidence.id), col(Evidence.name))
        .join(Evidence, col(Evidence.id) == ElementEvidence.evidence_id)
        .where(col(Evidence.content_sha256) == sha256)
        .where(col(ElementEvidence.element_assessment_id).in_(element_assessment_ids))
        .order_by(col(Evidence.id))
    )
    found: dict[int, tuple[int, str]] = {}
    for element_assessment_id, evidence_id, name in rows:
        found.setdefault(element_assessment_id, (evidence_id, name))
    return found


def _insert_evidence(
    session: Session,
    *,
    sha256: str,
    name: str,
    description: str,
    review_date: date | None,
    at: datetime,
    user: str,
) -> int:
    inserted = (
        session.connection()
        .execute(
            insert(Evidence).values(
                content_sha256=sha256,
                name=name,
                media_type=media_type_for(name),
                description=description.strip(),
                review_date=review_date,
                added_at=at,
                added_by=user,
            )
        )
        .inserted_primary_key
    )
    assert inserted is not None
    return int(inserted[0])


def _insert_links(session: Session, evidence_id: int, element_assessment_ids: list[int]) -> None:
    if not element_assessment_ids:
        return
    session.connection().execute(
        insert(ElementEvidence),
        [{"element_assessment_id": i, "evidence_id": evidence_id} for i in element_assessment_ids],
    )


def _record_element_change(
    session: Session,
    target: _Target,
    action: str,
    evidence_id: int,
    user: str,
    *,
    old: str | None = None,
    new: str | None = None,
    at: datetime | None = None,
) -> None:
    """An audit row on the element assessment, so that the element's history shows it."""
    audit.record(
        session,
        user=user,
        action=action,
        entity="element_assessment",
        entity_id=target.id,
        assessment_id=target.assessment_id,
        field="evidence",
        old=old,
        new=new,
        details=f"evidence {evidence_id}",
        at=at,
    )


# --- linking, changing and deleting --------------------------------------------------------


def link_evidence(
    session: Session, evidence_id: int, element_assessment_ids: Sequence[int], *, user: str
) -> LinkResult:
    """Link an evidence file to more element assessments; pairs already linked are left
    alone and reported, so linking twice (or undoing an unlink) is safe."""
    evidence = evidence_by_id(session, evidence_id)
    targets = _element_assessments(session, element_assessment_ids)
    linked_now = _linked_ids(session, evidence_id)
    new = [t for t in targets if t.id not in linked_now]
    if new:
        at = audit.now()
        audit.describe(session, user=user, at=at)
        _insert_links(session, evidence_id, [t.id for t in new])
        for target in new:
            _record_element_change(
                session, target, "link_evidence", evidence_id, user, new=evidence.name, at=at
            )
    return LinkResult(
        linked=tuple(t.id for t in new),
        already_linked=tuple(t.id for t in targets if t.id in linked_now),
    )


def unlink_evidence(
    session: Session, evidence_id: int, element_assessment_id: int, *, user: str
) -> UnlinkResult:
    """Take an evidence file off one element assessment (the file stays in the project).

    Unlinking a pair that is not linked changes nothing and says so (``was_linked``), so
    undoing a link twice is safe. ``has_no_links`` tells whether the file now supports no
    element at all.
    """
    evidence = evidence_by_id(session, evidence_id)
    [target] = _element_assessments(session, [element_assessment_id])
    audit.describe(session, user=user, at=audit.now())
    removed = (
        session.connection()
        .execute(
            delete(ElementEvidence)
            .where(col(ElementEvidence.evidence_id) == evidence_id)
            .where(col(ElementEvidence.element_assessment_id) == element_assessment_id)
        )
        .rowcount
    )
    if removed:
        _record_element_change(
            session, target, "unlink_evidence", evidence_id, user, old=evidence.name
        )
    return UnlinkResult(was_linked=bool(removed), links_left=len(_linked_ids(session, evidence_id)))


def delete_evidence(session: Session, evidence_id: int, *, user: str) -> DeletedEvidence:
    """Delete an evidence file and its links; its content (and chunks) go too when no other
    evidence row uses them. Refused when it supports an element of a locked assessment."""
    evidence = evidence_by_id(session, evidence_id)
    targets = _element_assessments(session, sorted(_linked_ids(session, evidence_id)))
    connection = session.connection()
    at = audit.now()
    others = connection.execute(
        select(func.count())
        .select_from(Evidence)
        .where(col(Evidence.content_sha256) == evidence.content_sha256)
        .where(col(Evidence.id) != evidence_id)
    ).scalar_one()
    content_removed = others == 0
    details = json.dumps(
        {
            "sha256": evidence.content_sha256,
            "content_removed": content_removed,
            "element_assessments": [t.id for t in targets],
        }
    )
    audit.describe(session, user=user, at=at, action="delete_evidence", details=details)
    for target in targets:
        _record_element_change(
            session, target, "delete_evidence", evidence_id, user, old=evidence.name, at=at
        )
    connection.execute(
        delete(ElementEvidence).where(col(ElementEvidence.evidence_id) == evidence_id)
    )
    connection.execute(delete(Evidence).where(col(Evidence.id) == evidence_id))
    session.expunge(evidence)
    if content_removed:
        connection.execute(
            delete(EvidenceChunk).where(
                col(EvidenceChunk.content_sha256) == evidence.content_sha256
            )
        )
        connection.execute(
            delete(EvidenceContent).where(col(EvidenceContent.sha256) == evidence.content_sha256)
        )
    audit.record(
        session,
        user=user,
        action="delete_evidence",
        entity="evidence",
        entity_id=evidence_id,
        old=evidence.name,
        details=details,
        at=at,
    )
    return DeletedEvidence(evidence.name, tuple(t.id for t in targets), content_removed)


def update_evidence(
    session: Session,
    evidence_id: int,
    *,
    user: str,
    name: str | _Keep = KEEP,
    description: str | _Keep = KEEP,
    review_date: date | _Keep | None = KEEP,
) -> list[str]:
    """Change an evidence file's name, description or review date (``None`` clears it);
    one audit row per changed field. Returns the names of the fields that changed.

    A new name is made safe as on attaching; its media type stays the content's. Refused when
    the file supports an element of a locked assessment, whose evidence must stay as surveyed.
    """
    evidence = evidence_by_id(session, evidence_id)
    _element_assessments(session, sorted(_linked_ids(session, evidence_id)))
    values: dict[str, Any] = {}
    if not isinstance(name, _Keep):
        if not name.strip():
            raise EvidenceError(translate("Evidence", "An evidence file needs a name."))
        values["name"] = safe_file_name(name)
    if not isinstance(description, _Keep):
        values["description"] = description.strip()
    if not isinstance(review_date, _Keep):
        if review_date is not None and not isinstance(review_date, date):
            raise EvidenceError(f"'{review_date!r}' is not a valid review date.")
        values["review_date"] = review_date
    old = {key: getattr(evidence, key) for key in values}
    changed = {key: value for key, value in values.items() if old[key] != value}
    if not changed:
        return []
    at = audit.now()
    audit.describe(session, user=user, at=at)
    session.connection().execute(
        update(Evidence).where(col(Evidence.id) == evidence_id).values(**changed)
    )
    # The file's name (its new one, when renamed) goes with each change, so that the audit
    # trail can say which file it was about even after the file is gone.
    name_now = str(changed.get("name", evidence.name))
    session.expire(evidence)
    for key, value in changed.items():
        audit.record(
            session,
            user=user,
            action="update_evidence",
            entity="evidence",
            entity_id=evidence_id,
            field=key,
            old=_audit_text(old[key]),
            new=_audit_text(value),
            details=name_now if key != "name" else "",
            at=at,
        )
    return list(changed)


def _audit_text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _linked_ids(session: Session, evidence_id: int) -> set[int]:
    return set(
        session.execute(
            select(col(ElementEvidence.element_assessment_id)).where(
                col(ElementEvidence.evidence_id) == evidence_id
            )
        ).scalars()
    )
