"""Reading evidence content back out of the project: streamed chunk by chunk, checked
against its SHA-256, and saved to a file or exported as a folder per chapter and element."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Final

from sqlalchemy import func, select
from sqlmodel import Session, col

from accredit_tracker.core.evidence.attachments import evidence_by_id
from accredit_tracker.core.evidence.errors import DamagedContent, EvidenceError, EvidenceNotFound
from accredit_tracker.core.evidence.file_names import name_on_disk
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.partial_files import partial_file
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    ElementEvidence,
    Evidence,
    EvidenceChunk,
    EvidenceContent,
    MeasurableElement,
    Standard,
)

_EXPORTING: Final = QT_TRANSLATE_NOOP("progress", "Exporting evidence")
"""The stage an evidence export reports (in English; the window shows it translated)."""


@dataclass(frozen=True)
class NotExported:
    """An evidence file an export skipped, and why (in the current language)."""

    path: Path
    """Where it would have gone, relative to the export's folder."""
    problem: str


@dataclass(frozen=True)
class ExportedFile:
    """One evidence file of one element in an export, written or not."""

    chapter_code: str
    element_code: str
    name: str
    """The file's name in the project."""
    path: Path
    """Where it went (or would have gone), relative to the export's folder."""
    size: int
    sha256: str
    review_date: date | None
    problem: str = ""
    """Why it was not written; empty when it was."""


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    files: int
    """Files written (each one checked against its SHA-256)."""
    bytes: int
    not_exported: tuple[NotExported, ...] = ()
    """Files skipped: damaged in the project, or whose place would be outside the folder."""
    listed: tuple[ExportedFile, ...] = ()
    """Every file of the export in the order written, those skipped included (an index)."""


def open_content(session: Session, sha256: str) -> Iterator[bytes]:
    """The stored content's bytes, one chunk at a time, while the session stays open.

    The chunks are checked to be numbered 0, 1, 2… without gaps and to add up to the stored
    size before the first is returned; :class:`DamagedContent` otherwise.
    """
    connection = session.connection()
    size = connection.execute(
        select(col(EvidenceContent.size)).where(col(EvidenceContent.sha256) == sha256)
    ).scalar_one_or_none()
    if size is None:
        raise EvidenceNotFound(
            translate("Evidence", "The project holds no content with SHA-256 {sha256}.").format(
                sha256=sha256
            )
        )
    count, first, last, stored = connection.execute(
        select(
            func.count(),
            func.min(col(EvidenceChunk.seq)),
            func.max(col(EvidenceChunk.seq)),
            func.coalesce(func.sum(func.length(col(EvidenceChunk.data))), 0),
        ).where(col(EvidenceChunk.content_sha256) == sha256)
    ).one()
    if count == 0 or first != 0 or last != count - 1 or stored != size:
        raise DamagedContent(
            translate(
                "Evidence",
                "The stored content {sha256}… is damaged ({stored:,} of {size:,} bytes in "
                "{count} chunks); run Evidence → Verify stored files and restore it from a "
                "backup.",
            ).format(sha256=sha256[:12], stored=stored, size=size, count=count)
        )
    return _chunks(session, sha256, count)


def _chunks(session: Session, sha256: str, count: int) -> Iterator[bytes]:
    statement = select(col(EvidenceChunk.data)).where(col(EvidenceChunk.content_sha256) == sha256)
    for seq in range(count):
        data = (
            session.connection()
            .execute(statement.where(col(EvidenceChunk.seq) == seq))
            .scalar_one_or_none()
        )
        if data is None:
            raise DamagedContent(
                translate(
                    "Evidence",
                    "Chunk {seq} of the stored content {sha256}… is missing; "
                    "someone may have deleted it while it was being read.",
                ).format(seq=seq, sha256=sha256[:12])
            )
        yield data


def save_evidence(
    session: Session, evidence_id: int, target: Path, monitor: TaskMonitor | None = None
) -> Path:
    """Write an evidence file's content to ``target``.

    The bytes go to a temporary file in the target's folder, are checked against the
    SHA-256, and replace ``target`` only when complete: a failure or a cancel leaves any
    earlier file at ``target`` as it was.
    """
    evidence = evidence_by_id(session, evidence_id)
    sha256 = evidence.content_sha256
    size = _content_size(session, sha256)
    _write_content(session, sha256, size, Path(target), monitor or quiet(), evidence.name)
    return Path(target)


def _content_size(session: Session, sha256: str) -> int:
    content = session.get(EvidenceContent, sha256)
    if content is None:
        raise DamagedContent(
            translate("Evidence", "The stored content {sha256}… is missing.").format(
                sha256=sha256[:12]
            )
        )
    return content.size


def _write_content(
    session: Session, sha256: str, size: int, target: Path, monitor: TaskMonitor, name: str
) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise EvidenceError(
            translate("Evidence", "Cannot save {name}: the folder {folder} does not exist.").format(
                name=target.name, folder=folder
            )
        )
    if target.is_dir():
        raise EvidenceError(
            translate("Evidence", "Cannot save to {target}: it is a folder.").format(target=target)
        )
    stage = translate("progress", "Saving {name}").format(name=name)
    monitor.report(stage, 0, size)
    try:
        with partial_file(target) as partial:
            with open(partial.path, "wb") as file:
                _copy_content(session, sha256, size, file, monitor, stage)
                file.flush()
                os.fsync(file.fileno())
            partial.put_in_place()
    except OSError as error:
        raise EvidenceError(
            translate("Evidence", "Cannot save {name} in {folder}: {reason}.").format(
                name=target.name, folder=folder, reason=error.strerror or error
            )
        ) from error


def _copy_content(
    session: Session,
    sha256: str,
    size: int,
    file: BinaryIO,
    monitor: TaskMonitor,
    stage: str,
) -> None:
    digest = hashlib.sha256()
    done = 0
    for chunk in open_content(session, sha256):
        digest.update(chunk)
        file.write(chunk)
        done += len(chunk)
        monitor.report(stage, done, size)
    if digest.hexdigest() != sha256:
        raise DamagedContent(
            translate(
                "Evidence",
                "The stored content {sha256}… does not match its SHA-256; it is damaged. "
                "Run Evidence → Verify stored files and restore it from a backup.",
            ).format(sha256=sha256[:12])
        )


def export_evidence(
    session: Session,
    folder: Path,
    assessment_id: int,
    monitor: TaskMonitor | None = None,
) -> ExportReport:
    """Write every evidence file of an assessment into
    ``folder/<chapter code>/<element code>/<name>``, one copy per element it supports.

    Names are made safe for any file system; two different files of one element with the
    same name get " (2)", " (3)"… Files already in the folder with those names are replaced.
    A file whose stored content is damaged is skipped, and so is one whose place would be
    outside ``folder`` (a sub-folder there that is a link to elsewhere): the others are
    still written, and the report lists those skipped.
    """
    monitor = monitor or quiet()
    if session.get(Assessment, assessment_id) is None:
        raise EvidenceNotFound(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    rows = session.execute(
        select(
            col(Chapter.code),
            col(MeasurableElement.code),
            col(Evidence.id),
            col(Evidence.name),
            col(Evidence.content_sha256),
            col(EvidenceContent.size),
            col(Evidence.review_date),
        )
        .join(ElementEvidence, col(ElementEvidence.evidence_id) == Evidence.id)
        .join(EvidenceContent, col(EvidenceContent.sha256) == Evidence.content_sha256)
        .join(ElementAssessment, col(ElementAssessment.id) == ElementEvidence.element_assessment_id)
        .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
        .join(Standard, col(Standard.id) == MeasurableElement.standard_id)
        .join(Chapter, col(Chapter.id) == Standard.chapter_id)
        .where(col(ElementAssessment.assessment_id) == assessment_id)
        .order_by(col(MeasurableElement.position), col(Evidence.name), col(Evidence.id))
    ).all()
    total = sum(row[5] for row in rows)
    done = written = written_bytes = 0
    taken: dict[Path, set[str]] = {}
    skipped: list[NotExported] = []
    listed: list[ExportedFile] = []
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        root = folder.resolve()
    except OSError as error:
        raise _cannot_create(folder, error) from error
    for chapter_code, element_code, _, name, sha256, size, review_date in rows:
        parts = (name_on_disk(chapter_code), name_on_disk(element_code))
        file_name = _free_name(name_on_disk(name), taken.setdefault(Path(*parts), set()))
        problem = ""
        try:
            place = _folder_inside(folder, root, parts)
            _write_content(
                session, sha256, size, place / file_name, _within(monitor, done, total), name
            )
        except (DamagedContent, _Outside) as error:
            problem = str(error)
            skipped.append(NotExported(Path(*parts, file_name), problem))
        else:
            written += 1
            written_bytes += size
        listed.append(
            ExportedFile(
                chapter_code,
                element_code,
                name,
                Path(*parts, file_name),
                size,
                sha256,
                review_date,
                problem,
            )
        )
        done += size
        monitor.report(_EXPORTING, done, total)
    return ExportReport(folder, written, written_bytes, tuple(skipped), tuple(listed))


class _Outside(EvidenceError):
    """An export's file would land outside its folder."""


def _folder_inside(folder: Path, root: Path, parts: tuple[str, ...]) -> Path:
    """``folder/part/part…``, made where missing; :class:`_Outside` when one of them already
    there leads out of ``folder`` (``root`` is ``folder`` resolved), checked before anything
    is made inside it."""
    place = folder
    for part in parts:
        place = place / part
        try:
            if not place.resolve().is_relative_to(root):
                raise _Outside(
                    translate(
                        "Evidence",
                        "{folder} leads to {target}, outside {root}; nothing is written "
                        "through it.",
                    ).format(folder=place, root=folder, target=place.resolve())
                )
            place.mkdir(exist_ok=True)
        except OSError as error:
            raise _cannot_create(place, error) from error
    return place


def _cannot_create(folder: Path, error: OSError) -> EvidenceError:
    return EvidenceError(
        translate("Evidence", "Cannot create {folder}: {reason}.").format(
            folder=folder, reason=error.strerror or error
        )
    )


def _within(monitor: TaskMonitor, before: int, total: int) -> TaskMonitor:
    """A monitor for one file that reports it as progress through the whole export."""
    return TaskMonitor(
        lambda _stage, done, _total: monitor.report(_EXPORTING, before + done, total)
    )


def _free_name(name: str, taken: set[str]) -> str:
    """``name``, or "name (2).ext" and so on when the folder already has it (in any case)."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    suffix = f".{extension}" if dot else ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.casefold())
    return candidate
