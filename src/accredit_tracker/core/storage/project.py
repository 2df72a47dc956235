"""Creating and opening project files: checks, backups before migrating, and the engine."""

from __future__ import annotations

import glob
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

if TYPE_CHECKING:
    from alembic.config import Config

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.crosswalk import models as _crosswalk_tables  # noqa: F401  (registers them)
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.partial_files import partial_file
from accredit_tracker.core.readiness.profiles import install_builtin_profiles
from accredit_tracker.core.storage.sqlite_errors import (
    DAMAGE_CODES,
    LOCK_CODES,
    SQLITE_FULL,
    SQLITE_READONLY,
    WRITE_REFUSED_CODES,
    disk_full,
    explain_errors,
    project_busy,
    server_disk_full,
    sqlite_code,
)

PROJECT_SUFFIX = ".accredit"
# Written into the SQLite header (PRAGMA application_id) by the first migration, so that a
# project file is told apart from any other SQLite database. Bytes spell "ACTR".
APPLICATION_ID = 0x41435452
DEFAULT_BUSY_TIMEOUT_MS = 5000
# Seconds to wait for a database server to answer before saying it cannot be reached.
CONNECT_TIMEOUT_S = 10
# After a checkpoint SQLite writes the -wal file again from its start without shrinking it,
# so one large evidence file would leave it that large; with this limit, the first commit
# after such a restart cuts it back to this size.
WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")

Arguments = ParamSpec("Arguments")
Answer = TypeVar("Answer")


class ProjectError(UserError):
    """A project cannot be created or opened; the message is meant for the user."""


class ProjectNotFound(ProjectError):
    """The path does not exist (or its folder does not)."""


class NotAProject(ProjectError):
    """The file is not an Accredit Tracker project."""


class NewerProjectVersion(ProjectError):
    """The file was saved by a newer version with a schema this one does not know."""


class ProjectReadOnly(ProjectError):
    """The file (or its folder) cannot be written: such a project is opened for reading only,
    and every change to it is refused with this error."""


class ProjectDamaged(ProjectError):
    """SQLite found the file's structure damaged (or no database where one was), on opening
    or in any later query."""


class ProjectLocked(ProjectError):
    """Another program holds the file's write lock."""


class AccessRefused(ProjectError):
    """The database server refused the change: the account lacks the role it needs."""


class _WriteRefused(Exception):
    """SQLite refused to write a project file (or beside it) that the permissions said it
    may: an access list, a share or a file system that says one thing and does another."""

    def __init__(self, error: sqlite3.Error) -> None:
        super().__init__(str(error))
        self.error = error


class Project:
    """An open project: where it lives and the engine that reaches it.

    ``read_only_reason`` says why a project file may only be read (its file or its folder is
    read-only); such a project is browsed, searched and exported, and every change is refused.
    """

    def __init__(
        self, url: str, engine: Engine, path: Path | None, read_only_reason: str = ""
    ) -> None:
        self.url = url
        self.engine = engine
        self.path = path
        self.read_only_reason = read_only_reason

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def refuse_if_read_only(self) -> None:
        """Raise :class:`ProjectReadOnly` when this project may only be read."""
        if self.read_only:
            raise ProjectReadOnly(read_only_refusal(self.read_only_reason))

    @property
    def name(self) -> str:
        if self.path is not None:
            return self.path.name.removesuffix(PROJECT_SUFFIX)
        url = make_url(self.url)
        return f"{url.database} ({url.host})" if url.host else str(url.database)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception.
        Refused at once on a read-only project, since every unit of work writes."""
        self.refuse_if_read_only()
        try:
            with self.session() as session, session.begin():
                yield session
        except DBAPIError as error:
            refused = _refusal(error, self.url)
            if refused is None:
                raise
            raise refused from error

    def read(
        self,
        query: Callable[Concatenate[Session, Arguments], Answer],
        *args: Arguments.args,
        **kwargs: Arguments.kwargs,
    ) -> Answer:
        """What the core query ``query(session, *args, **kwargs)`` answers, asked in a session
        of its own: for a window that shows what one query reads."""
        with self.session() as session:
            return query(session, *args, **kwargs)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def known_revisions() -> list[str]:
    """The schema revisions this version knows, oldest first.

    Each migration file is named after its revision id ("0002_evidence_review.py" holds
    revision "0002"), so this is read from the file names without importing Alembic, which
    keeps opening an up-to-date project fast. A test checks the names against Alembic's view.
    """
    names = (p.name.split("_", 1)[0] for p in (_MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return sorted(names)


def schema_head() -> str:
    return known_revisions()[-1]


def sqlite_engine(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine on a project file with WAL (kept to :data:`WAL_SIZE_LIMIT_BYTES` once
    checkpointed), foreign keys, a busy timeout and durable commits."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000},
        poolclass=NullPool if busy_timeout_ms == 0 else None,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA journal_size_limit = {int(WAL_SIZE_LIMIT_BYTES)}")
        # In WAL mode NORMAL may lose the last commits on power loss; FULL does not.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    explain_sqlite_errors(engine, path)
    return engine


def read_only_engine(path: Path, reason: str) -> Engine:
    """An engine that only reads a project file that may not be written, and leaves nothing
    beside it: SQLite opens it immutable, so it makes no -wal or -shm file (which WAL mode
    needs for any other reader, and which a read-only folder cannot take, or a read-only file
    would leave behind read-only). Every write is refused with :class:`ProjectReadOnly`."""
    uri = read_only_uri(path)
    engine = create_engine(
        f"sqlite:///{path}",  # what the engine reports as its database; not how it connects
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    explain_sqlite_errors(engine, path, read_only_reason=reason)
    return engine


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing, locking or creating anything."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def explain_sqlite_errors(engine: Engine, path: Path, read_only_reason: str = "") -> None:
    """Raise, in place of SQLite's own error, :class:`ProjectDamaged` when a query on the
    engine finds the file damaged (on opening or long after), :class:`ProjectBusy` when
    another program kept its write lock past the busy timeout, :class:`DiskFull` when its
    disk has no room, and on a read-only project :class:`ProjectReadOnly` when something
    tries to write."""

    def explanation(error: BaseException) -> Exception | None:
        code = sqlite_code(error)
        if code in DAMAGE_CODES:
            return damaged(path, error)
        if code in LOCK_CODES:
            return project_busy(path.name)
        if code == SQLITE_FULL:
            return disk_full(path)
        if code == SQLITE_READONLY and read_only_reason:
            return ProjectReadOnly(read_only_refusal(read_only_reason))
        return None

    explain_errors(engine, explanation)


def damaged(path: Path, error: BaseException) -> ProjectDamaged:
    """The error saying that ``path`` is damaged, what SQLite found, and how to recover."""
    reason = str(getattr(error, "orig", None) or error)
    backup = newest_backup(path)
    if backup is None:
        advice = translate(
            "Project",
            "Run “accredit verify {path}” to see what is damaged, and restore it from your "
            "latest backup (none was found beside it).",
        )
    else:
        advice = translate(
            "Project",
            "Run “accredit verify {path}” to see what is damaged, and restore it from a "
            "backup; the newest beside it is {backup}.",
        )
    return ProjectDamaged(
        translate("Project", "{path} is damaged ({reason}).").format(path=path, reason=reason)
        + " "
        + advice.format(path=path, backup=backup)
    )


def newest_backup(path: Path) -> Path | None:
    """The newest backup of a project file kept beside it: the copy made before a migration
    ("hospital.accredit.20260105-101500.rev0003.bak") or one written by File → Back up
    project under its suggested name ("hospital 2026-01-05.accredit")."""
    stem = path.name.removesuffix(PROJECT_SUFFIX)
    try:
        candidates = [
            *path.parent.glob(f"{glob.escape(path.name)}.*.bak"),
            *path.parent.glob(f"{glob.escape(stem)} ????-??-??*{PROJECT_SUFFIX}"),
        ]
        dated = [(c.stat().st_mtime, c) for c in candidates if is_project_file(c)]
    except OSError:
        return None
    return max(dated)[1] if dated else None


def is_project_file(path: Path) -> bool:
    """Whether ``path`` starts like an Accredit Tracker project file (read, never opened)."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(_SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def read_only_reason(path: Path) -> str:
    """Why the project file ``path`` may not be written ("" when it may), in words that
    complete "This project is read-only: …"."""
    if not os.access(path.parent, os.W_OK):
        # SQLite writes its -wal and -shm files beside the project; on a read-only disk (a
        # CD, a share mounted read-only) this is the folder too.
        return translate("Project", "it is in the read-only folder {folder}").format(
            folder=path.parent
        )
    mode = path.stat().st_mode
    # Root may write anything; the owner's write bit still says whether the user meant it.
    if not os.access(path, os.W_OK) or not mode & stat.S_IWUSR:
        return translate("Project", "the file {name} is read-only").format(name=path.name)
    return ""


def read_only_refusal(reason: str) -> str:
    """The message refusing a change to a read-only project."""
    return translate(
        "Project", "This project is read-only: {reason}. Save a copy to change it."
    ).format(reason=reason)


def create_project(target: Path | str, *, user: str | None = None) -> Project:
    """Create a new, empty project at ``target`` and open it: a project file, or an empty
    database given by its URL (a project shared on a PostgreSQL server).

    A file is built under a temporary name and moved into place only when complete, and a
    database is set up in one transaction, so a failure leaves nothing behind.
    """
    if is_database_url(target):
        return _create_in_database(str(target), user or audit.current_user())
    path = Path(target)
    if path.exists():
        raise ProjectError(
            translate(
                "Project", "{path} already exists; choose another name or open it instead."
            ).format(path=path)
        )
    if not path.parent.is_dir():
        raise ProjectNotFound(
            translate(
                "Project", "Cannot create {name}: the folder {folder} does not exist."
            ).format(name=path.name, folder=path.parent)
        )
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        engine = sqlite_engine(partial)
        try:
            _migrate(engine)
            _initialise(engine, user or audit.current_user())
        finally:
            engine.dispose()
        _checkpoint(partial)
        partial.replace(path)
    except OSError as error:
        raise ProjectError(
            translate("Project", "Cannot create {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
    return open_project(path)


def open_project(target: Path | str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Project:
    """Open a project file (or a database URL), migrating it to the current schema.

    Every check runs before anything is written: a missing path, a file that is not a project,
    one written by a newer version, a damaged or locked file each raise a
    :class:`ProjectError` with a message for the user, and leave the file as it was. A file
    that may not be written (or in a folder that may not) is opened for reading only.
    """
    if is_database_url(target):
        return _open_url(str(target))
    path = Path(target)
    _check_project_file(path)
    reason = read_only_reason(path)
    if reason:
        return _open_read_only(path, reason)
    try:
        revision = _read_revision(path)
        _check_writable(path, busy_timeout_ms)
    except _WriteRefused as refused:
        reason = translate("Project", "SQLite may not write to it or beside it ({reason})")
        return _open_read_only(path, reason.format(reason=refused.error))
    if revision != schema_head():
        backup_before_migration(path, revision)
    engine = sqlite_engine(path, busy_timeout_ms)
    if revision != schema_head():
        try:
            _migrate(engine)
        except Exception:
            engine.dispose()
            raise
    return Project(f"sqlite:///{path}", engine, path)


def _open_read_only(path: Path, reason: str) -> Project:
    """Open a project that may not be written, for reading only, leaving nothing beside it."""
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        # Its last changes are still in the -wal file, which only a writer takes into the
        # file; reading past them would show the project as it was before them.
        raise ProjectReadOnly(
            translate(
                "Project",
                "{name} cannot be opened: {reason}, and its last changes are still in "
                "{wal} beside it. Make the project writable and open it once, or copy both "
                "files to a folder where you may write and open the copy.",
            ).format(name=path.name, reason=reason, wal=wal.name)
        )
    revision = _read_revision(path, uri=read_only_uri(path))
    if revision != schema_head():
        raise ProjectReadOnly(
            translate(
                "Project",
                "{name} was saved by an earlier version of Accredit Tracker and must be "
                "updated, which cannot be done while {reason}. Copy it to a folder where you "
                "may write and open the copy.",
            ).format(name=path.name, reason=reason)
        )
    engine = read_only_engine(path, reason)
    return Project(f"sqlite:///{path}", engine, path, read_only_reason=reason)


def backup_before_migration(path: Path, revision: str | None) -> Path:
    """Copy the file aside (consistently, with SQLite's online backup) before a migration. The
    copy is written under a partial name and takes its own name only when complete, so a
    copy cut short (a full disk, a killed process) never passes for a backup."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{stamp}.rev{revision or 'none'}.bak")
    with partial_file(backup) as partial:
        online_copy(path, partial.path)
        partial.put_in_place()
    return backup


def online_copy(
    source: Path,
    target: Path,
    *,
    pages: int = -1,
    progress: Callable[[int, int, int], object] | None = None,
) -> None:
    """Copy a project file with SQLite's online backup: a consistent copy even while other
    connections use it (and, from a read-only project, without writing anything beside it).
    ``pages`` and ``progress`` are passed to ``sqlite3`` as they are."""
    reader = (
        sqlite3.connect(read_only_uri(source), uri=True)
        if read_only_reason(source)
        else sqlite3.connect(source)
    )
    with closing(reader) as origin, closing(sqlite3.connect(target)) as copy:
        try:
            origin.backup(copy, pages=pages, progress=progress)
        except sqlite3.DatabaseError as error:
            if sqlite_code(error) in DAMAGE_CODES:
                raise damaged(source, error) from error
            raise


def project_target(text: str) -> Path | str:
    """A project as typed on a command line or kept in settings: a database URL as it is,
    anything else a file path."""
    return text if is_database_url(text) else Path(text)


def is_database_url(target: Path | str) -> bool:
    """Whether ``target`` names a database server ("postgresql+psycopg://…"), not a file."""
    return isinstance(target, str) and "://" in target


def shown_url(url: str) -> str:
    """The URL as messages and settings may show it: the password masked."""
    try:
        parsed = make_url(url)
        if "@" not in (parsed.host or ""):
            return parsed.render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        pass
    # Not a URL SQLAlchemy reads as meant (an "@" in the password reads as part of the
    # server's name): mask everything between "user:" and the last "@" before the database.
    return re.sub(r"(://[^:/@]*:)[^/]*@", r"\1***@", url)


def server_engine(url: str) -> Engine:
    """An engine on a shared project's database. Connections are checked before use, so a
    server restart or a dropped network costs one reconnect, not an error. A server that
    does not answer is given up after :data:`CONNECT_TIMEOUT_S` (unless the URL says
    otherwise), and a URL that names no database Accredit Tracker can use is a
    :class:`ProjectError`."""
    try:
        parsed = make_url(url)
        if "@" in (parsed.host or ""):
            raise ValueError(translate("Project", "an @ in the password must be written %40"))
        options: dict[str, Any] = {}
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
        engine = create_engine(parsed, pool_pre_ping=True, **options)
    except (ArgumentError, ValueError, NoSuchModuleError, ImportError) as error:
        raise ProjectError(
            translate(
                "Project",
                "{url} is not the address of a database Accredit Tracker can use ({reason}); "
                "a shared project's address looks like "
                "postgresql+psycopg://user@server:5432/database.",
            ).format(url=shown_url(url), reason=error)
        ) from error
    name = f"{parsed.database} ({parsed.host})" if parsed.host else str(parsed.database)
    explain_errors(engine, lambda error: disk_full(name) if server_disk_full(error) else None)
    return engine


def _create_in_database(url: str, user: str) -> Project:
    engine = server_engine(url)
    try:
        with engine.begin() as connection:
            # Checked under the migration lock, so that of two people creating (or copying a
            # project into) the same place at once, the second finds the first's tables.
            lock_migrations(connection)
            _check_empty(connection, url)
            upgrade_schema(connection)
            with Session(bind=connection) as session:
                audit.record(session, user=user, action="create_project", entity="project")
                install_builtin_profiles(session, user=user)
                session.flush()
    except ProjectError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        raise _server_error(url, error) from error
    return Project(url, engine, None)


def _check_empty(connection: Connection, url: str) -> None:
    """Refuse a place that already holds a project or any other table."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    _check_schema(connection, url)
    if MigrationContext.configure(connection).get_current_revision() is not None:
        raise ProjectError(
            translate("Project", "{url} already holds a project; open it instead.").format(
                url=shown_url(url)
            )
        )
    if inspect(connection).get_table_names():
        raise NotAProject(
            translate(
                "Project",
                "{url} already holds other tables; a shared project needs an empty "
                "database (or schema) of its own.",
            ).format(url=shown_url(url))
        )


def _check_schema(connection: Connection, url: str) -> None:
    """On PostgreSQL, refuse a search_path naming only schemas that do not exist: tables
    would have nowhere to go."""
    if connection.dialect.name != "postgresql":
        return
    if connection.exec_driver_sql("SELECT current_schema()").scalar() is None:
        search_path = connection.exec_driver_sql("SHOW search_path").scalar()
        schemas = [name.strip().strip('"') for name in str(search_path).split(",")]
        hidden = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_namespace WHERE nspname = ANY(%(names)s)",
            {"names": schemas},
        ).scalar()
        if hidden:
            raise AccessRefused(
                translate(
                    "Project",
                    "{url}: your account has no role in this shared project; ask the "
                    "project's administrator to grant you one.",
                ).format(url=shown_url(url))
            )
        raise ProjectError(
            translate(
                "Project",
                "{url}: the schema {schema} does not exist on the server; ask its "
                "administrator to create it, or check its name in the address.",
            ).format(url=shown_url(url), schema=search_path)
        )


def _open_url(url: str) -> Project:
    engine = server_engine(url)
    try:
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            _check_schema(connection, url)
            current = MigrationContext.configure(connection).get_current_revision()
        if current is None:
            raise NotAProject(
                translate(
                    "Project",
                    "{url} holds no Accredit Tracker project; create one there first "
                    "(File → New project, or accredit create).",
                ).format(url=shown_url(url))
            )
        _check_known_revision(shown_url(url), current)
        if current != schema_head():
            _migrate(engine)
    except ProjectError:
        engine.dispose()
        raise
    except Exception as error:
        engine.dispose()
        raise _refusal(error, url) or _server_error(url, error) from error
    return Project(url, engine, None)


def _refusal(error: BaseException, url: str) -> UserError | None:
    """The server's "permission denied" as a sentence naming the role that is needed, and a
    refusal by one of its guards (a locked assessment, say) as the application words it."""
    if not url.startswith("postgresql"):
        return None
    from accredit_tracker.core.storage.roles import guard_refusal, refusal_message

    guarded = guard_refusal(error)
    if guarded is not None:
        return guarded
    message = refusal_message(error, make_url(url).username)
    return None if message is None else AccessRefused(message)


def _server_error(url: str, error: Exception) -> ProjectError:
    reason = getattr(error, "orig", None) or error
    return ProjectError(
        translate("Project", "Cannot open the shared project {url}: {reason}").format(
            url=shown_url(url), reason=str(reason).strip()
        )
    )


def _check_project_file(path: Path) -> None:
    if not path.exists():
        raise ProjectNotFound(translate("Project", "{path} does not exist.").format(path=path))
    if path.is_dir():
        raise NotAProject(
            translate(
                "Project", "{path} is a folder, not an Accredit Tracker project file."
            ).format(path=path)
        )
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except PermissionError as error:
        raise ProjectError(
            translate("Project", "{path} cannot be read: permission denied.").format(path=path)
        ) from error
    if not header:
        raise NotAProject(
            translate("Project", "{name} is empty; it is not an Accredit Tracker project.").format(
                name=path.name
            )
        )
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise NotAProject(
            translate(
                "Project", "{name} is not an Accredit Tracker project (not a database file)."
            ).format(name=path.name)
        )
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotAProject(
            translate(
                "Project",
                "{name} is a database, but not an Accredit Tracker project; "
                "create a new project and import its data instead.",
            ).format(name=path.name)
        )


def _read_revision(path: Path, uri: str | None = None) -> str | None:
    """The schema revision recorded in the file, read without writing anything (through
    ``uri`` when given)."""
    uri = uri or f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        code = sqlite_code(error)
        if code in LOCK_CODES:
            raise _locked(path) from error
        if code in DAMAGE_CODES:
            raise damaged(path, error) from error
        if code in WRITE_REFUSED_CODES and uri.endswith("mode=ro"):
            raise _WriteRefused(error) from error  # its header was read: a -shm is missing
        raise NotAProject(
            translate("Project", "{name} is damaged or not a project ({reason}).").format(
                name=path.name, reason=error
            )
        ) from error
    revision = row[0] if row else None
    _check_known_revision(path.name, revision)
    return revision


def _check_known_revision(where: str, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerProjectVersion(
            translate(
                "Project",
                "{name} was saved by a newer version of Accredit Tracker (schema {revision}); "
                "update Accredit Tracker to open it.",
            ).format(name=where, revision=revision)
        )


def _check_writable(path: Path, busy_timeout_ms: int) -> None:
    """Refuse a file another program holds the write lock of (found by taking it)."""
    try:
        with closing(sqlite3.connect(path, timeout=busy_timeout_ms / 1000)) as connection:
            connection.isolation_level = None
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
    except sqlite3.DatabaseError as error:
        code = sqlite_code(error)
        if code in LOCK_CODES:
            raise _locked(path) from error
        if code in DAMAGE_CODES:
            raise damaged(path, error) from error
        if code in WRITE_REFUSED_CODES:
            raise _WriteRefused(error) from error
        raise ProjectError(
            translate("Project", "Cannot open {name}: {reason}.").format(
                name=path.name, reason=error
            )
        ) from error


def _locked(path: Path) -> ProjectLocked:
    return ProjectLocked(
        translate(
            "Project",
            "{name} is locked by another program that is writing to it; "
            "wait for it to finish or close it there, then try again.",
        ).format(name=path.name)
    )


def _initialise(engine: Engine, user: str) -> None:
    with Session(engine) as session, session.begin():
        audit.record(session, user=user, action="create_project", entity="project")
        install_builtin_profiles(session, user=user)


def _migrate(engine: Engine) -> None:
    with engine.begin() as connection:
        upgrade_schema(connection)


def upgrade_schema(connection: Connection) -> None:
    """Bring the schema to the head revision in the connection's transaction. On a server,
    whoever opens first migrates while the others wait on a lock, then find nothing to do."""
    from alembic import command

    lock_migrations(connection)
    if connection.dialect.name == "postgresql":
        from accredit_tracker.core.storage.roles import assume_owner_role

        assume_owner_role(connection)  # tables a migration adds belong to the project's owner
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def lock_migrations(connection: Connection) -> None:
    """On a server, wait for (then hold until the transaction ends) the lock that lets one
    connection at a time create, migrate or fill a project. The lock is the schema's own, so a
    long copy into one schema does not hold up projects in other schemas of the database.
    Taking it twice is harmless."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            f"SELECT pg_advisory_xact_lock({APPLICATION_ID}, hashtext(current_schema()))"
        )


def _checkpoint(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
