"""Keeping a project sound: re-checking stored evidence against its SHA-256, the audit trail
against its hash chain and a file's structure, and backups: writing one, and restoring one
over a damaged file."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.audit.chain import ChainBreak, ChainHead, chain_head, check_chain
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.partial_files import companions, partial_file
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.models import Evidence, EvidenceChunk, EvidenceContent
from accredit_tracker.core.storage.project import (
    PROJECT_SUFFIX,
    Project,
    is_project_file,
    online_copy,
    read_only_uri,
)

# Pages copied between progress reports and cancel checks: 4 MB with 4 KB pages.
BACKUP_PAGES_PER_STEP = 1024
# The stages reported, in English; the window shows them translated.
_VERIFYING = QT_TRANSLATE_NOOP("progress", "Verifying evidence")
_BACKING_UP = QT_TRANSLATE_NOOP("progress", "Backing up")


class BackupError(UserError):
    """A backup could not be made; the message is meant for the user."""


class OtherProjectAtTarget(BackupError):
    """The backup's target holds a different project, not an earlier backup of this one; it
    is replaced only when the user says so (``replace_other_project``)."""


@dataclass(frozen=True)
class ContentProblem:
    """Stored content that is not what its SHA-256 says, and the evidence files using it."""

    sha256: str
    names: tuple[str, ...]
    problem: str
    """What is wrong, in the current language."""


def verify_evidence(session: Session, monitor: TaskMonitor | None = None) -> list[ContentProblem]:
    """Read every stored content back, chunk by chunk, and compare it with its SHA-256.

    Reports chunks missing (a gap in their numbering, or bytes missing at the end), a size
    that is not the stored size, and a hash that does not match. An empty list means every
    evidence file reads back exactly as it was attached.
    """
    monitor = monitor or quiet()
    contents = session.execute(
        select(col(EvidenceContent.sha256), col(EvidenceContent.size)).order_by(
            col(EvidenceContent.sha256)
        )
    ).all()
    names = _names_by_content(session)
    total = sum(size for _, size in contents)
    done = 0
    problems = []
    monitor.report(_VERIFYING, 0, total)
    for sha256, size in contents:
        problem = _content_problem(session, sha256, size, monitor, done, total)
        if problem:
            problems.append(ContentProblem(sha256, names.get(sha256, ()), problem))
        done += size
        monitor.report(_VERIFYING, done, total)
    return problems


def _names_by_content(session: Session) -> dict[str, tuple[str, ...]]:
    rows = session.execute(
        select(col(Evidence.content_sha256), col(Evidence.name)).order_by(col(Evidence.id))
    )
    names: dict[str, list[str]] = {}
    for sha256, name in rows:
        names.setdefault(sha256, []).append(name)
    return {sha256: tuple(found) for sha256, found in names.items()}


def _content_problem(
    session: Session, sha256: str, size: int, monitor: TaskMonitor, before: int, total: int
) -> str:
    connection = session.connection()
    numbers = list(
        connection.execute(
            select(col(EvidenceChunk.seq))
            .where(col(EvidenceChunk.content_sha256) == sha256)
            .order_by(col(EvidenceChunk.seq))
        ).scalars()
    )
    if not numbers:
        return translate("Integrity", "every chunk is missing ({size:,} bytes expected)").format(
            size=size
        )
    gaps = _missing_numbers(numbers)
    if gaps:
        shown = ", ".join(str(n) for n in gaps[:10]) + ("…" if len(gaps) > 10 else "")
        return translate(
            "Integrity", "{missing} of {chunks} chunks missing (numbers {numbers})"
        ).format(missing=len(gaps), chunks=numbers[-1] + 1, numbers=shown)
    digest = hashlib.sha256()
    stored = 0
    statement = select(col(EvidenceChunk.data)).where(col(EvidenceChunk.content_sha256) == sha256)
    for seq in numbers:
        data = connection.execute(statement.where(col(EvidenceChunk.seq) == seq)).scalar_one()
        digest.update(data)
        stored += len(data)
        monitor.report(_VERIFYING, before + min(stored, size), total)
    if stored < size:
        return translate(
            "Integrity",
            "size mismatch: only {stored:,} of {size:,} bytes stored (missing at the end)",
        ).format(stored=stored, size=size)
    if stored > size:
        return translate(
            "Integrity", "size mismatch: {stored:,} bytes stored where {size:,} were expected"
        ).format(stored=stored, size=size)
    if digest.hexdigest() != sha256:
        return translate(
            "Integrity", "hash mismatch: the stored bytes are not the file that was attached"
        )
    return ""


def _missing_numbers(numbers: list[int]) -> list[int]:
    """Chunk numbers absent from 0 … the highest one (the list is sorted)."""
    present = set(numbers)
    return [n for n in range(numbers[-1] + 1) if n not in present]


@dataclass(frozen=True)
class VerifyReport:
    """What :func:`verify_project` found: damaged evidence, and the database's own check."""

    content: list[ContentProblem]
    database: list[str]
    """Problems SQLite's quick check found in the file's structure; empty when sound, and
    for a project on a database server, where this check is not made (see ``note``)."""
    database_checked: bool
    """False for a project on a database server: the server keeps its own storage sound
    (and its administrator checks it); only the evidence was re-hashed here."""
    chain: ChainBreak | None = None
    """The first audit-trail row that breaks the hash chain; None when the chain holds."""
    head: ChainHead | None = None
    """The end of the audit trail's chain: its row count and newest hash."""

    @property
    def sound(self) -> bool:
        return not self.content and not self.database and self.chain is None

    @property
    def note(self) -> str:
        """A sentence for the user saying what was not checked, or "" when everything was."""
        if self.database_checked:
            return ""
        return translate(
            "Integrity",
            "Every evidence file was re-read and compared with its SHA-256. The database's "
            "own structure is kept by its server and is not checked here; its administrator "
            "checks it with the server's tools.",
        )


def verify_project(session: Session, monitor: TaskMonitor | None = None) -> VerifyReport:
    """Check an open project: SQLite's quick check of a project file's structure, then every
    stored evidence content re-read and re-hashed (:func:`verify_evidence`) and the audit
    trail's hash chain recomputed, on a project file and on a database server alike."""
    checked = session.connection().dialect.name == "sqlite"
    database = check_database(session) if checked else []
    content = verify_evidence(session, monitor)
    return VerifyReport(content, database, checked, check_chain(session), chain_head(session))


def check_database(session: Session) -> list[str]:
    """SQLite's own quick check of the project file's structure; an empty list when sound
    (and for a project on a database server, which checks itself)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return []
    found = [str(message) for (message,) in connection.exec_driver_sql("PRAGMA quick_check")]
    return [] if found == ["ok"] else found


def check_project_file(path: Path) -> list[str]:
    """SQLite's quick check of a project file that cannot be opened (it is damaged), read
    without writing anything beside it; an empty list when its structure is sound."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            found = [str(message) for (message,) in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if found == ["ok"] else found


def restore_backup(backup: Path, path: Path) -> Path | None:
    """Put a copy of ``backup`` in the place of the (damaged) project file ``path``.

    Nothing is lost: the damaged file, and its -wal and -shm files, are first moved aside to
    "<name>.damaged-<date and time>" (returned; None when there was no file to keep). The
    copy is made with SQLite's online backup under a temporary name and moved into place
    only when complete, and the backup itself is left as it was.
    """
    if not is_project_file(backup):
        raise BackupError(
            translate(
                "Integrity",
                "{backup} is not an Accredit Tracker project; choose a backup of {name}.",
            ).format(backup=backup, name=path.name)
        )
    if path.exists() and backup.resolve() == path.resolve():
        raise BackupError(
            translate(
                "Integrity", "{backup} is the damaged project itself; choose one of its backups."
            ).format(backup=backup)
        )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        with partial_file(path) as partial:
            online_copy(backup, partial.path)
            if path.exists():
                # The damaged file's -wal must go with it: left beside the restored file,
                # SQLite would replay it into the backup.
                for original in (path, *companions(path)):
                    if original.exists():
                        suffix = original.name[len(path.name) :]
                        original.replace(kept.with_name(kept.name + suffix))
            partial.put_in_place()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            translate("Integrity", "Cannot restore {backup} to {path}: {reason}.").format(
                backup=backup, path=path, reason=error
            )
        ) from error
    _sync_folder(path.parent)
    return kept if kept.exists() else None


def backup_project(
    project: Project,
    target: Path,
    monitor: TaskMonitor | None = None,
    *,
    replace_other_project: bool = False,
) -> Path:
    """Write a consistent copy of the open project to ``target`` with SQLite's online
    backup, while the project stays open and in use.

    The copy is built under a temporary name in the target's folder and moved into place
    only when complete, so a failure or a cancel leaves any earlier file at ``target`` as it
    was. Refuses the project file itself, and an existing file that is not a project. An
    existing project file is replaced when it is an earlier backup (or copy) of this project
    — it has the same first audit-trail row, written when the project was created — and a
    different project only with ``replace_other_project`` (:class:`OtherProjectAtTarget`
    otherwise). Returns the path written (``target``, or ``target/<project file name>`` for
    a folder).
    """
    monitor = monitor or quiet()
    if project.path is None:
        raise BackupError(
            translate(
                "Integrity",
                "{project} is shared on a database server, and this backup copies project "
                "files only. Back it up with the server's own tools (e.g. pg_dump), or copy "
                "it into a project file.",
            ).format(project=project.name)
        )
    source = project.path
    target = Path(target)
    if target.is_dir():
        target = target / source.name
    _check_target(source, target)
    if target.exists() and not replace_other_project:
        _check_same_project(project, target)
    monitor.report(_BACKING_UP, 0, 1)

    def progress(_status: int, remaining: int, pages: int) -> None:
        monitor.report(_BACKING_UP, pages - remaining, pages)

    try:
        with partial_file(target) as partial:
            online_copy(source, partial.path, pages=BACKUP_PAGES_PER_STEP, progress=progress)
            partial.put_in_place()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            translate("Integrity", "Cannot write the backup {target}: {reason}.").format(
                target=target, reason=error
            )
        ) from error
    _sync_folder(target.parent)
    return target


def _check_target(source: Path, target: Path) -> None:
    if not target.parent.is_dir():
        raise BackupError(
            translate(
                "Integrity", "Cannot back up to {target}: the folder {folder} does not exist."
            ).format(target=target, folder=target.parent)
        )
    if not target.exists():
        return
    if target.samefile(source):
        raise BackupError(
            translate(
                "Integrity",
                "{target} is the open project itself; choose another name for the backup.",
            ).format(target=target)
        )
    if any(sidecar.exists() for sidecar in companions(target)):
        raise BackupError(
            translate(
                "Integrity",
                "{target} seems to be open in another program (it has a -wal or -shm file "
                "beside it); close it there or choose another name.",
            ).format(target=target)
        )
    if not is_project_file(target):
        raise BackupError(
            translate(
                "Integrity",
                "{target} exists and is not an Accredit Tracker project; it is left alone. "
                "Choose a new name (ending in {suffix}).",
            ).format(target=target, suffix=PROJECT_SUFFIX)
        )


def refuse_other_project(project: Project, target: Path) -> None:
    """Raise :class:`OtherProjectAtTarget` when ``target`` is a project file that is not an
    earlier backup or copy of ``project``. Quick, so that a window can ask before backing up;
    :func:`backup_project` checks again."""
    if target.is_file() and is_project_file(target):
        _check_same_project(project, target)


def _check_same_project(project: Project, target: Path) -> None:
    """Raise :class:`OtherProjectAtTarget` unless the project file at ``target`` is an
    earlier backup or copy of ``project``: one whose audit trail starts with the same row."""
    with project.session() as session:
        ours = session.connection().exec_driver_sql(_FIRST_CHANGE).first()
    try:
        # Read as an unchanging file: opened otherwise, SQLite would make -wal and -shm files
        # beside it (no program has it open: :func:`_check_target` made sure).
        with closing(sqlite3.connect(read_only_uri(target), uri=True)) as connection:
            theirs = connection.execute(_FIRST_CHANGE).fetchone()
    except sqlite3.Error:
        theirs = None
    if ours is None or theirs is None or tuple(ours) != tuple(theirs):
        raise OtherProjectAtTarget(
            translate(
                "Integrity",
                "{target} holds a different project, not an earlier backup of {project}; "
                "it was left alone.",
            ).format(target=target, project=project.name)
        )


# The first change in a project's audit trail: its creation, with the moment to the
# microsecond; backups and copies keep it, so it tells a project from any other.
_FIRST_CHANGE = 'SELECT id, at, "user", action, entity FROM audit_event ORDER BY id LIMIT 1'


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows opening a folder (not on Windows)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
