"""Copying a whole project between a project file and a shared database, checked afterwards.

The copy goes into a new target only: a file that does not exist yet (built under a temporary
name and moved into place when complete) or an empty database (or schema). The target's schema
is made by the project's own migrations, then every table is copied in foreign-key order with
its primary keys, in batches, evidence chunks a few at a time, so memory stays flat however
large the evidence. The source is read in one consistent snapshot and never written.

Everything is written in one transaction on the target and checked before it commits: the row
count of every table, a digest of every table's rows, and every evidence file read back from
the target and hashed against its SHA-256. A failure, a mismatch or a cancel leaves no target.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from itertools import chain, zip_longest
from pathlib import Path
from typing import Any, Final

from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    LargeBinary,
    Select,
    String,
    Table,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel

# These register every table in SQLModel.metadata:
import accredit_tracker.core.storage.models
import accredit_tracker.core.tracers.models  # noqa: F401
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.evidence.attachments import CHUNKS_PER_INSERT
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.partial_files import partial_file
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.project import (
    APPLICATION_ID,
    NotAProject,
    ProjectError,
    ProjectNotFound,
    damaged,
    is_database_url,
    lock_migrations,
    read_only_engine,
    read_only_reason,
    read_only_uri,
    schema_head,
    server_engine,
    shown_url,
    sqlite_engine,
    upgrade_schema,
)
from accredit_tracker.core.storage.sqlite_errors import DAMAGE_CODES, sqlite_code

ROWS_PER_BATCH: Final = 2000
"""Rows read and written at a time, for tables without large binary values."""
BINARY_ROWS_PER_BATCH: Final = CHUNKS_PER_INSERT
"""Rows at a time for tables holding evidence chunks (about 1 MB each)."""
COPY_ACTION: Final = "copy_project"
"""The audit-trail action recorded on the target."""

# The stages reported, in English; the window shows them translated.
_COPYING: Final = QT_TRANSLATE_NOOP("progress", "Copying the project")
_COPYING_EVIDENCE: Final = QT_TRANSLATE_NOOP("progress", "Copying evidence")
_CHECKING: Final = QT_TRANSLATE_NOOP("progress", "Checking the copy")
_CHECKING_EVIDENCE: Final = QT_TRANSLATE_NOOP("progress", "Checking the copied evidence")
_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_CHUNKS: Final = SQLModel.metadata.tables["evidence_chunk"]
_CONTENTS: Final = SQLModel.metadata.tables["evidence_content"]
_EVIDENCE: Final = SQLModel.metadata.tables["evidence"]


class TransferError(ProjectError):
    """A project could not be copied; the message is meant for the user. Nothing was left
    at the target, and the source is as it was."""


@dataclass(frozen=True)
class TransferReport:
    """What :func:`copy_project` copied and checked."""

    source: str
    """Where the project came from, as shown to the user (a database URL without password)."""
    target: str
    rows: dict[str, int]
    """Table name → rows copied (each equal in source and target)."""
    evidence_files: int
    """Stored contents copied, each read back from the target and matching its SHA-256."""
    evidence_bytes: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def copy_project(
    source: Path | str,
    target: Path | str,
    *,
    user: str,
    monitor: TaskMonitor | None = None,
) -> TransferReport:
    """Copy the project at ``source`` into the new ``target``; each is a project file's path
    or a database URL (``postgresql+psycopg://…``).

    The target must be new: a file that does not exist yet, or a database (or schema) without
    tables. The source must be at this version's schema (open it once with this version
    first). After the copy, row counts, a digest of every table's rows and every evidence
    file's SHA-256 are checked on the target; any difference raises :class:`TransferError`
    saying what differs. The target records one audit row saying where the project came from
    and who copied it. Progress goes to ``monitor``; a cancel raises
    :class:`~accredit_tracker.core.progress.Cancelled`. On any error nothing is left at the
    target.
    """
    monitor = monitor or quiet()
    monitor.check()
    source_engine, source_shown = _open_source(source)
    try:
        if is_database_url(target):
            return _copy_to_database(source_engine, source_shown, str(target), user, monitor)
        return _copy_to_file(source_engine, source_shown, Path(target), user, monitor)
    finally:
        source_engine.dispose()


def _without_password(url: URL) -> str:
    """A database URL as the audit trail records it: without the password."""
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


# --- source -----------------------------------------------------------------------------------


def _open_source(source: Path | str) -> tuple[Engine, str]:
    """An engine on the source, after checking it holds a project at the current schema; the
    checks write nothing (a file is read read-only until then)."""
    if is_database_url(source):
        url = str(source)
        engine = server_engine(url)
        try:
            revision = _revision(engine)
        except SQLAlchemyError as error:
            engine.dispose()
            raise _database_error(url, error) from error
        shown = shown_url(url)
        if revision is None:
            engine.dispose()
            raise NotAProject(
                translate("Transfer", "{url} holds no Accredit Tracker project.").format(url=shown)
            )
    else:
        path = Path(source)
        revision = _file_revision(path)
        # A read-only project is copied without writing anything beside it.
        reason = read_only_reason(path)
        engine = read_only_engine(path, reason) if reason else sqlite_engine(path)
        shown = str(path)
    if revision != schema_head():
        engine.dispose()
        raise TransferError(
            translate(
                "Transfer",
                "{source} is at schema {revision}, not this version's {head}; open it once "
                "with this version of Accredit Tracker (which updates it), then copy it.",
            ).format(source=shown, revision=revision, head=schema_head())
        )
    return engine, shown


def _file_revision(path: Path) -> str | None:
    if not path.is_file():
        raise ProjectNotFound(
            translate("Transfer", "{path} does not exist or is not a file.").format(path=path)
        )
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        raise ProjectError(
            translate("Transfer", "Cannot read {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    if (
        len(header) < 100
        or not header.startswith(_SQLITE_MAGIC)
        or int.from_bytes(header[68:72], "big") != APPLICATION_ID
    ):
        raise NotAProject(
            translate("Transfer", "{name} is not an Accredit Tracker project.").format(
                name=path.name
            )
        )
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if read_only_reason(path):
            uri = read_only_uri(path)
        with closing(sqlite3.connect(uri, uri=True)) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        if sqlite_code(error) in DAMAGE_CODES:
            raise damaged(path, error) from error
        raise ProjectError(
            translate("Transfer", "Cannot read {path}: {reason}.").format(path=path, reason=error)
        ) from error
    return None if row is None else str(row[0])


def _revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection reading one consistent state of the source for the whole copy, even while
    others keep writing to it; nothing is written through it."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # The driver opens no transaction for reads; in WAL mode an explicit one reads
            # from a single snapshot until it ends (the connection's close rolls it back).
            connection.exec_driver_sql("BEGIN")
        else:
            connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        yield connection


# --- targets ------------------------------------------------------------------------------------


def _copy_to_file(
    source: Engine, source_shown: str, path: Path, user: str, monitor: TaskMonitor
) -> TransferReport:
    if path.exists():
        raise TransferError(
            translate(
                "Transfer", "{path} already exists; copy the project to a new file name."
            ).format(path=path)
        )
    if not path.parent.is_dir():
        raise ProjectNotFound(
            translate(
                "Transfer", "Cannot create {name}: the folder {folder} does not exist."
            ).format(name=path.name, folder=path.parent)
        )
    try:
        with partial_file(path) as partial:
            engine = sqlite_engine(partial.path)
            try:
                with engine.begin() as writer:
                    report = _copy(source, source_shown, writer, str(path), user, monitor)
            except SQLAlchemyError as error:
                raise _failed(path, error) from error
            finally:
                engine.dispose()
            with closing(sqlite3.connect(partial.path)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if path.exists():
                raise TransferError(
                    translate(
                        "Transfer",
                        "{path} appeared while the project was being copied; it is left alone.",
                    ).format(path=path)
                )
            partial.put_in_place()
    except OSError as error:
        raise TransferError(
            translate("Transfer", "Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    return report


def _copy_to_database(
    source: Engine, source_shown: str, url: str, user: str, monitor: TaskMonitor
) -> TransferReport:
    engine = server_engine(url)
    try:
        with engine.begin() as writer:
            # A second copy (or a create) into the same schema waits here, then finds it
            # no longer empty.
            lock_migrations(writer)
            tables = inspect(writer).get_table_names()
            if tables:
                raise TransferError(
                    translate(
                        "Transfer",
                        "{url} already holds tables ({tables}); copy the project into an "
                        "empty database (or schema) of its own.",
                    ).format(url=shown_url(url), tables=", ".join(sorted(tables)[:5]))
                )
            return _copy(source, source_shown, writer, shown_url(url), user, monitor)
    except SQLAlchemyError as error:
        raise _failed(shown_url(url), error) from error
    finally:
        engine.dispose()


def _failed(target: object, error: SQLAlchemyError) -> TransferError:
    reason = getattr(error, "orig", None) or error
    return TransferError(
        translate("Transfer", "Cannot copy the project to {target}: {reason}").format(
            target=target, reason=str(reason).strip()
        )
    )


def _database_error(url: str, error: SQLAlchemyError) -> ProjectError:
    reason = getattr(error, "orig", None) or error
    return ProjectError(
        translate("Transfer", "Cannot read the shared project {url}: {reason}").format(
            url=shown_url(url), reason=str(reason).strip()
        )
    )


# --- the copy -----------------------------------------------------------------------------------


def _copy(
    source: Engine,
    source_shown: str,
    writer: Connection,
    target_shown: str,
    user: str,
    monitor: TaskMonitor,
) -> TransferReport:
    """Create the schema, copy every table, check the copy and record it, all in ``writer``'s
    transaction; raises (so the caller rolls back) on any difference."""
    upgrade_schema(writer)  # no audit row, no built-in profiles: the copy brings its own
    _set_copying(writer, True)
    tables = _tables()
    with _snapshot(source) as reader:
        counts = {table.name: _count(reader, table) for table in tables}
        evidence_bytes = int(
            reader.execute(select(func.coalesce(func.sum(_CONTENTS.c.size), 0))).scalar_one()
        )
        copied: dict[str, int] = {}
        digests: dict[str, str] = {}
        progress = _RowProgress(monitor, sum(counts.values()) - counts[_CHUNKS.name])
        sizes: dict[str, int] = {}
        for table in tables:
            if table is _CHUNKS:
                copied[table.name] = _copy_chunks(reader, writer, sizes, evidence_bytes, monitor)
                continue
            keep = _remember_sizes(sizes) if table is _CONTENTS else None
            copied[table.name], digests[table.name] = _copy_table(
                reader, writer, table, progress, keep
            )
        if writer.dialect.name == "postgresql":
            _reset_sequences(writer, tables)
        _check(reader, writer, tables, copied, digests, counts, monitor)
    report = TransferReport(
        source=source_shown,
        target=target_shown,
        rows=copied,
        evidence_files=copied[_CONTENTS.name],
        evidence_bytes=evidence_bytes,
    )
    _set_copying(writer, False)
    with Session(bind=writer) as session:
        audit.record(
            session,
            user=user,
            action=COPY_ACTION,
            entity="project",
            details=json.dumps(
                {
                    "source": _source_location(source),
                    "rows": report.total_rows,
                    "evidence_files": report.evidence_files,
                    "evidence_bytes": report.evidence_bytes,
                },
                ensure_ascii=False,
            ),
        )
    return report


def _set_copying(writer: Connection, copying: bool) -> None:
    """On a server, tell its triggers that the rows written now are a copy of a whole project
    (honoured for the tables' owner only, whose copy this is): they write the copied rows, the
    audit trail's included, exactly as they were, and add no rows of their own."""
    if writer.dialect.name == "postgresql":
        writer.exec_driver_sql(
            "SELECT set_config('accredit.copying', %(value)s, true)",
            {"value": "on" if copying else ""},
        )


def _source_location(source: Engine) -> str:
    if source.url.get_backend_name() == "sqlite":
        return str(Path(str(source.url.database)).absolute())
    return _without_password(source.url)


def _tables() -> list[Table]:
    """Every table in foreign-key order, evidence chunks last (nothing refers to them), so the
    long stream of evidence bytes is one stage of its own."""
    tables = [t for t in SQLModel.metadata.sorted_tables if t is not _CHUNKS]
    return [*tables, _CHUNKS]


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _ordered(table: Table, connection: Connection) -> Select[Any]:
    """All of the table's rows, by primary key. Text keys sort by their bytes on PostgreSQL
    too (as SQLite sorts them), so both sides list rows in the same order."""
    keys: list[Any] = []
    for column in table.primary_key.columns:
        if connection.dialect.name == "postgresql" and isinstance(column.type, String):
            keys.append(column.collate("C"))
        else:
            keys.append(column)
    return select(table).order_by(*keys)


def _batch_size(table: Table) -> int:
    binary = any(isinstance(column.type, LargeBinary) for column in table.columns)
    return BINARY_ROWS_PER_BATCH if binary else ROWS_PER_BATCH


@contextmanager
def _batches(connection: Connection, table: Table) -> Iterator[Iterator[Sequence[Any]]]:
    """The table's rows by primary key, a batch at a time (a server-side cursor on
    PostgreSQL, SQLite's own stepping on a file), never the whole table in memory. The
    cursor is closed when the block ends, also on an error or a cancel."""
    size = _batch_size(table)
    statement = _ordered(table, connection).execution_options(yield_per=size)
    with connection.execute(statement) as result:
        yield result.partitions(size)


class _RowProgress:
    """Reports rows copied across all the tables as one stage."""

    def __init__(self, monitor: TaskMonitor, total: int) -> None:
        self._monitor = monitor
        self._total = total
        self._done = 0
        monitor.report(_COPYING, 0, total)

    def add(self, rows: int) -> None:
        self._done += rows
        self._monitor.report(_COPYING, self._done, self._total)


def _remember_sizes(sizes: dict[str, int]) -> Callable[[Sequence[Any]], None]:
    def keep(rows: Sequence[Any]) -> None:
        for row in rows:
            sizes[row.sha256] = row.size

    return keep


def _copy_table(
    reader: Connection,
    writer: Connection,
    table: Table,
    progress: _RowProgress,
    keep: Callable[[Sequence[Any]], None] | None,
) -> tuple[int, str]:
    """Copy one table's rows with their keys; returns how many and the digest of the source's
    rows (as :func:`_check` computes it again on the target)."""
    moments = _moment_columns(table)
    digest = hashlib.sha256()
    copied = 0
    with _batches(reader, table) as batches:
        for rows in batches:
            writer.execute(table.insert(), [_as_written(row, moments) for row in rows])
            _add_to_digest(digest, rows)
            if keep is not None:
                keep(rows)
            copied += len(rows)
            progress.add(len(rows))
    return copied, digest.hexdigest()


def _copy_chunks(
    reader: Connection,
    writer: Connection,
    sizes: Mapping[str, int],
    total_bytes: int,
    monitor: TaskMonitor,
) -> int:
    """Copy the evidence chunks a few at a time, hashing each content as it streams past:
    content already damaged in the source is refused here, rather than copied."""
    hasher = _ContentHasher(sizes)
    copied = 0
    monitor.report(_COPYING_EVIDENCE, 0, total_bytes)
    with _batches(reader, _CHUNKS) as batches:
        for rows in batches:
            writer.execute(_CHUNKS.insert(), [dict(row._mapping) for row in rows])
            hasher.add(rows)
            copied += len(rows)
            monitor.report(_COPYING_EVIDENCE, min(hasher.bytes, total_bytes), total_bytes)
    problems = _described(reader, hasher.finish())
    if problems:
        raise TransferError(
            translate(
                "Transfer",
                "The source's stored evidence is damaged, so it was not copied: {problems}. "
                "Run Evidence → Verify stored files on the source and restore those files "
                "from a backup.",
            ).format(problems="; ".join(problems))
        )
    return copied


def _reset_sequences(writer: Connection, tables: Iterable[Table]) -> None:
    """Point each id sequence past the copied ids, so that new rows get new ones."""
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = func.pg_get_serial_sequence(table.name, column.name)
        highest = select(func.max(column)).scalar_subquery()
        # setval ignores a NULL (an empty table): its sequence still starts at 1.
        writer.execute(select(func.setval(sequence, highest)))


# --- the check ----------------------------------------------------------------------------------


def _check(
    reader: Connection,
    writer: Connection,
    tables: Sequence[Table],
    copied: Mapping[str, int],
    digests: Mapping[str, str],
    counts: Mapping[str, int],
    monitor: TaskMonitor,
) -> None:
    """Compare the target's rows with what was read from the source; raise on any
    difference, naming the first differing row of each table that differs."""
    differences: list[str] = []
    for table in tables:
        found = _count(writer, table)
        if not found == copied[table.name] == counts[table.name]:
            differences.append(
                translate(
                    "Transfer", "{table}: {source:,} rows in the source, {target:,} in the copy"
                ).format(table=table.name, source=counts[table.name], target=found)
            )
    total = sum(copied[t.name] for t in tables if t is not _CHUNKS)
    done = 0
    monitor.report(_CHECKING, 0, total)
    for table in tables:
        if table is _CHUNKS:
            continue
        digest = hashlib.sha256()
        with _batches(writer, table) as batches:
            for rows in batches:
                _add_to_digest(digest, rows)
                done += len(rows)
                monitor.report(_CHECKING, done, total)
        if digest.hexdigest() != digests[table.name]:
            differences.append(_first_difference(reader, writer, table))
    differences.extend(_check_evidence(writer, monitor))
    if differences:
        raise TransferError(
            translate(
                "Transfer",
                "The copy does not match the source, so it was removed: {differences}.",
            ).format(differences="; ".join(differences[:10]))
        )


def _first_difference(reader: Connection, writer: Connection, table: Table) -> str:
    """What differs between the source's and the copy's rows of ``table``: the first row (by
    primary key) that is not the same, and its columns that differ."""
    keys = [column.key for column in table.primary_key.columns]
    with _batches(reader, table) as theirs, _batches(writer, table) as ours:
        pairs = zip_longest(chain.from_iterable(theirs), chain.from_iterable(ours))
        for source_row, copied_row in pairs:
            if source_row is None or copied_row is None:
                break
            source_values = dict(zip(source_row._fields, map(_plain, source_row), strict=True))
            copied_values = dict(zip(copied_row._fields, map(_plain, copied_row), strict=True))
            if source_values == copied_values:
                continue
            key = ", ".join(f"{k}={source_values[k]}" for k in keys)
            if any(source_values[k] != copied_values[k] for k in keys):
                return translate(
                    "Transfer", "{table}: the row {key} of the source is not in the copy"
                ).format(table=table.name, key=key)
            changed = [k for k in source_values if source_values[k] != copied_values[k]]
            return translate(
                "Transfer", "{table}: in the row {key}, {columns} differ ({shown})"
            ).format(
                table=table.name,
                key=key,
                columns=", ".join(changed),
                shown=", ".join(
                    f"{_short(source_values[k])} → {_short(copied_values[k])}" for k in changed
                ),
            )
    return translate("Transfer", "{table}: the copied rows differ from the source's").format(
        table=table.name
    )


def _short(value: object, limit: int = 40) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _check_evidence(writer: Connection, monitor: TaskMonitor) -> list[str]:
    """Read every stored content back from the target, chunk by chunk in order, and compare
    it with its SHA-256 and size."""
    sizes = {
        sha256: size
        for sha256, size in writer.execute(select(_CONTENTS.c.sha256, _CONTENTS.c.size))
    }
    total = sum(sizes.values())
    hasher = _ContentHasher(sizes)
    monitor.report(_CHECKING_EVIDENCE, 0, total)
    with _batches(writer, _CHUNKS) as batches:
        for rows in batches:
            hasher.add(rows)
            monitor.report(_CHECKING_EVIDENCE, min(hasher.bytes, total), total)
    return _described(writer, hasher.finish())


def _described(connection: Connection, problems: Sequence[tuple[str, str]]) -> list[str]:
    """Each damaged content named by the evidence files that use it, as the user knows them."""
    shown = problems[:5]
    names: dict[str, list[str]] = {}
    if shown:
        rows = connection.execute(
            select(_EVIDENCE.c.content_sha256, _EVIDENCE.c.name)
            .where(_EVIDENCE.c.content_sha256.in_([sha256 for sha256, _ in shown]))
            .order_by(_EVIDENCE.c.id)
        )
        for sha256, name in rows:
            names.setdefault(sha256, []).append(name)
    return [
        translate("Transfer", "{names} (SHA-256 {sha256}…): {problem}").format(
            names=", ".join(names.get(sha256, [])), sha256=sha256[:12], problem=problem
        )
        if sha256 in names
        else translate("Transfer", "SHA-256 {sha256}…: {problem}").format(
            sha256=sha256[:12], problem=problem
        )
        for sha256, problem in shown
    ]


class _ContentHasher:
    """Hashes evidence chunks streamed in (content, seq) order and tells which contents are
    not what their SHA-256 and size say: chunks missing, out of order, or different bytes."""

    def __init__(self, sizes: Mapping[str, int]) -> None:
        self._sizes = sizes
        self._seen: set[str] = set()
        self._current: str | None = None
        self._digest = hashlib.sha256()
        self._stored = 0
        self._next_seq = 0
        self._broken = False
        self.problems: list[tuple[str, str]] = []
        """(SHA-256, what is wrong with it) for each content found wrong."""
        self.bytes = 0

    def add(self, rows: Iterable[Any]) -> None:
        for row in rows:
            if row.content_sha256 != self._current:
                self._close()
                self._current = row.content_sha256
                self._seen.add(row.content_sha256)
            if row.seq != self._next_seq:
                self._broken = True
            self._next_seq = row.seq + 1
            self._digest.update(row.data)
            self._stored += len(row.data)
            self.bytes += len(row.data)

    def finish(self) -> list[tuple[str, str]]:
        self._close()
        for sha256 in sorted(set(self._sizes) - self._seen):
            if self._sizes[sha256]:
                self.problems.append((sha256, translate("Transfer", "every chunk is missing")))
        return self.problems

    def _close(self) -> None:
        sha256 = self._current
        if sha256 is not None:
            size = self._sizes.get(sha256)
            if size is None:
                problem = translate("Transfer", "chunks of content that is not recorded")
            elif self._broken:
                problem = translate("Transfer", "chunks missing")
            elif self._stored != size:
                problem = translate("Transfer", "{stored:,} of {size:,} bytes").format(
                    stored=self._stored, size=size
                )
            elif self._digest.hexdigest() != sha256:
                problem = translate("Transfer", "the bytes do not match the SHA-256")
            else:
                problem = ""
            if problem:
                self.problems.append((sha256, problem))
        self._current = None
        self._digest = hashlib.sha256()
        self._stored = 0
        self._next_seq = 0
        self._broken = False


# --- values -------------------------------------------------------------------------------------


def _moment_columns(table: Table) -> list[str]:
    return [column.key for column in table.columns if isinstance(column.type, DateTime)]


def _as_written(row: Any, moments: Sequence[str]) -> dict[str, Any]:
    """A source row as the target stores it. Moments go in UTC: SQLite keeps them without an
    offset (meaning UTC), and PostgreSQL would read an offset-less one in its own time zone."""
    values = dict(row._mapping)
    for key in moments:
        values[key] = _utc(values[key])
    return values


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _add_to_digest(digest: Any, rows: Iterable[Any]) -> None:
    encode = _JSON.encode
    for row in rows:
        values = [value if type(value) in _AS_IS else _plain(value) for value in row]
        digest.update(encode(values).encode())
        digest.update(b"\n")


_JSON: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# Values both databases return alike, digested as they are (most of them: a quick path).
_AS_IS: Final = frozenset({str, int, float, bool, type(None)})


def _plain(value: object) -> object:
    """A value as both databases give it back: moments as UTC ISO text, dates as ISO text,
    bytes as hex, enumerations as their stored value (booleans and numbers as they are)."""
    if isinstance(value, datetime):
        moment = _utc(value)
        assert moment is not None
        return moment.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, Enum):
        return value.value
    return value
