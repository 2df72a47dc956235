"""Who may do what in a project shared on PostgreSQL, enforced by the server itself.

Each shared project (one database, or one schema of a database) gets four group roles, named
after it so that two projects on one server never share rights:

``accredit_<database>[_<schema>]_reader``
    reads everything, changes nothing (surveyors, leadership);
``…_officer``
    also sets results, work status, owners, departments, due dates and notes, attaches,
    links, unlinks and edits evidence, builds mappings between libraries, carries values
    through them and reviews what was carried, and records tracers, findings and corrective
    actions (a member of the reader role);
``…_administrator``
    also imports standards libraries, creates, locks and unlocks assessments, manages scoring
    profiles and deletes evidence files, tracers, findings and actions (a member of the
    officer role);
``…_owner``
    owns the tables and so runs the schema migrations a new version of the application brings.

None of them may write the audit trail: the server writes it, from triggers whose functions
run with the owner role's rights (migration 0006), which also keep locked assessments and
stored evidence as they are. That holds for the administrator too because the administrator
does not own the tables; a table's owner could always give itself back any right, so the owner
role is kept apart and given only to the account that upgrades the project (a DBA's).

:func:`create_roles` sets it all up (and can be run again at any time, e.g. after an upgrade
added a table); :func:`grant` and :func:`revoke` give a login account one of the roles;
:func:`refusal_message` turns the server's "permission denied" into a sentence for the user.
The schema is found from the project's URL (``?options=-csearch_path%3Dschema``, else
``public``); the work is done with the account of ``admin_url`` (a superuser, or an account
with CREATEROLE that may also change the tables' owner).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from accredit_tracker.core.assessment.assessments import EDITABLE_FIELDS
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate

READER = "reader"
OFFICER = "officer"
ADMINISTRATOR = "administrator"
OWNER = "owner"
ROLES = (READER, OFFICER, ADMINISTRATOR)
"""The roles of the people who use a project, from the least to the most it may do."""
GRANTABLE = (*ROLES, OWNER)

# PostgreSQL cuts longer names silently, which could make two projects share a role.
_MAX_NAME_BYTES = 63
_NAME_PART = re.compile(r"[A-Za-z0-9_-]+")
_COMMENT = "Accredit Tracker {role} of database {database}, schema {schema}"
INSUFFICIENT_PRIVILEGE = "42501"

# What an officer may write, table by table. The columns of an element assessment are those
# update_elements writes: the fields an officer edits and the version; who changed it and when
# the server stamps itself. Nobody writes the audit trail: the server's triggers do.
_ELEMENT_COLUMNS = (*EDITABLE_FIELDS, "version")
_ELEMENT_UPDATE = f"UPDATE ({', '.join(_ELEMENT_COLUMNS)})"
_OFFICER_WRITES: dict[str, tuple[str, ...]] = {
    "element_assessment": (_ELEMENT_UPDATE,),
    "evidence_content": ("INSERT",),
    "evidence_chunk": ("INSERT",),
    "evidence": ("INSERT", "UPDATE (name, description, review_date)"),
    "element_evidence": ("INSERT", "DELETE"),
    # Officers record tracers, findings and corrective actions, and change them; deleting
    # one is the administrator's.
    "tracer": ("INSERT", "UPDATE"),
    "finding": ("INSERT", "UPDATE"),
    "finding_element": ("INSERT",),
    "finding_evidence": ("INSERT",),
    "corrective_action": ("INSERT", "UPDATE"),
    "action_element": ("INSERT",),
    "action_evidence": ("INSERT",),
    # Crosswalks: officers build mappings, carry values through them and review what was
    # carried (creating the new assessment itself stays the administrator's).
    "mapping_set": ("INSERT", "UPDATE", "DELETE"),
    "mapping_row": ("INSERT", "UPDATE", "DELETE"),
    "carried_element": ("INSERT", "UPDATE (reviewed_at, reviewed_by)"),
    "carry_suggestion": ("INSERT", "UPDATE (decision, decided_at, decided_by)"),
}
# The administrator may write every table of the project's data, except the audit trail
# (written by the server) and Alembic's record of the schema revision (the owner's, by
# migrating); of an element assessment, not who changed it when (the server's stamp either).
_TRACER_TABLES = (
    "tracer",
    "finding",
    "finding_element",
    "finding_evidence",
    "corrective_action",
    "action_element",
    "action_evidence",
)
_DATA_TABLES = (
    "library",
    "chapter",
    "standard",
    "measurable_element",
    "scoring_profile",
    "project_setting",
    "assessment",
    "element_assessment",
    "evidence_content",
    "evidence_chunk",
    "evidence",
    "element_evidence",
    "mapping_set",
    "mapping_row",
    "carried_element",
    "carry_suggestion",
    *_TRACER_TABLES,
)
_ADMINISTRATOR_WRITES: dict[str, tuple[str, ...]] = {
    **{table: ("INSERT", "UPDATE", "DELETE") for table in _DATA_TABLES},
    "element_assessment": ("INSERT", _ELEMENT_UPDATE, "DELETE"),
}
_AUDIT_TABLE = "audit_event"


class RolesError(UserError):
    """The roles cannot be set up or granted as asked; the message is meant for the user."""


@dataclass(frozen=True)
class ProjectRoles:
    """The names of one shared project's group roles."""

    database: str
    schema: str
    reader: str
    officer: str
    administrator: str
    owner: str

    def name(self, role: str) -> str:
        if role not in GRANTABLE:
            raise RolesError(
                translate("Roles", "There is no role '{role}'; the roles are: {roles}.").format(
                    role=role, roles=", ".join(GRANTABLE)
                )
            )
        name: str = getattr(self, role)
        return name

    def all(self) -> tuple[str, ...]:
        return (self.reader, self.officer, self.administrator, self.owner)


def project_roles(database: str, schema: str = "public") -> ProjectRoles:
    """The role names of the project in ``database`` (and ``schema``): e.g.
    ``accredit_quality_officer``, or ``accredit_quality_cycle2026_officer`` for schema
    ``cycle2026``. Refuses names that would not make a clear role name of at most 63 bytes."""
    for part in (database, schema):
        if not _NAME_PART.fullmatch(part):
            raise RolesError(
                translate(
                    "Roles",
                    "The project's roles are named after its database and schema, so these "
                    "may hold only letters, digits, '_' and '-'; '{name}' does not.",
                ).format(name=part)
            )
    stem = f"accredit_{database}" if schema == "public" else f"accredit_{database}_{schema}"
    names = {role: f"{stem}_{role}" for role in GRANTABLE}
    longest = max(names.values(), key=lambda n: len(n.encode()))
    if len(longest.encode()) > _MAX_NAME_BYTES:
        raise RolesError(
            translate(
                "Roles",
                "The role name {name} would be longer than PostgreSQL's 63 bytes; use a "
                "shorter database or schema name for the shared project.",
            ).format(name=longest)
        )
    return ProjectRoles(database, schema, **names)


# --- setting up -----------------------------------------------------------------------------


def create_roles(admin_url: str, project_url: str, *, dry_run: bool = False) -> list[str]:
    """Create the project's group roles (those missing), give the tables to the owner role,
    and grant each role its rights, revoking any others they had on the project's tables.
    Returns the SQL statements it ran, in order. Safe to run again: a second run creates
    nothing and grants the same rights; run it after an upgrade that added tables.

    With ``dry_run`` it runs them in a transaction that it rolls back, so the statements
    can be read (or handed to a DBA) first.
    """
    with _admin_connection(admin_url, project_url) as (connection, roles):
        run = _Runner(connection)
        q = run.quote
        existing = _existing_roles(connection, roles)
        for role in GRANTABLE:
            name = roles.name(role)
            comment = _COMMENT.format(role=role, database=roles.database, schema=roles.schema)
            if name in existing:
                if existing[name] != comment:
                    raise RolesError(
                        translate(
                            "Roles",
                            "The role {name} already exists on this server but was not made "
                            "for this project; drop or rename it, or use another database "
                            "name.",
                        ).format(name=name)
                    )
                continue
            run(f"CREATE ROLE {q(name)} NOLOGIN")
            run(f"COMMENT ON ROLE {q(name)} IS {_literal(comment)}")
        reader, officer, administrator, owner = (q(name) for name in roles.all())
        groups = f"{reader}, {officer}, {administrator}"
        schema = q(roles.schema)
        for member, group in ((roles.officer, roles.reader), (roles.administrator, roles.officer)):
            if not _is_member(connection, member, group, direct=True):
                run(f"GRANT {q(group)} TO {q(member)}")
        run(f"GRANT CONNECT ON DATABASE {q(roles.database)} TO {reader}, {owner}")
        run(f"GRANT USAGE ON SCHEMA {schema} TO {reader}")
        run(f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {owner}")
        tables = _tables(connection, roles.schema)
        for table, table_owner in tables.items():
            if table_owner != roles.owner:
                run(f"ALTER TABLE {schema}.{q(table)} OWNER TO {owner}")
        sequences = _sequences(connection, roles.schema)
        for table in tables:
            target = f"{schema}.{q(table)}"
            run(f"REVOKE ALL ON TABLE {target} FROM {groups}")
            run(f"GRANT SELECT ON TABLE {target} TO {reader}")
            for grants, role in (
                (_OFFICER_WRITES, officer),
                (_ADMINISTRATOR_WRITES, administrator),
            ):
                rights = grants.get(table, ())
                if rights:
                    run(f"GRANT {', '.join(rights)} ON TABLE {target} TO {role}")
                if "INSERT" in rights and table in sequences:
                    sequence = f"{schema}.{q(sequences[table])}"
                    run(f"GRANT USAGE ON SEQUENCE {sequence} TO {role}")
        for function in _guard_functions(connection, roles.schema):
            # The triggers' functions run with their owner's rights: the owner role's, which
            # alone may add audit rows.
            run(f"ALTER FUNCTION {function} OWNER TO {owner}")
        if _AUDIT_TABLE in tables:
            # Even the owner's own right to change audit rows goes; as owner it could take it
            # back, which is a deliberate act a migration or a DBA would have to make.
            run(f"REVOKE UPDATE, DELETE, TRUNCATE ON TABLE {schema}.{q(_AUDIT_TABLE)} FROM {owner}")
        run(
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
            f"GRANT SELECT ON TABLES TO {reader}"
        )
        if dry_run:
            connection.rollback()
        else:
            connection.commit()
        return run.done


def grant(admin_url: str, project_url: str, login: str, role: str) -> list[str]:
    """Give the account ``login`` the ``role`` (reader, officer, administrator or owner) in
    this project; returns the statements run. Reader, officer and administrator replace one
    another: the account keeps only the one given. The owner role (migrations) comes on top
    of whichever it has."""
    with _admin_connection(admin_url, project_url) as (connection, roles):
        run = _Runner(connection)
        group = roles.name(role)
        _check_roles_exist(connection, roles)
        _check_login(connection, login, roles)
        if role in ROLES:
            for other in ROLES:
                name = roles.name(other)
                if other != role and _is_member(connection, login, name, direct=True):
                    run(f"REVOKE {run.quote(name)} FROM {run.quote(login)}")
        if not _is_member(connection, login, group, direct=True):
            run(f"GRANT {run.quote(group)} TO {run.quote(login)}")
        connection.commit()
        return run.done


def revoke(admin_url: str, project_url: str, login: str, role: str | None = None) -> list[str]:
    """Take ``role`` (by default every role of this project) from the account ``login``;
    returns the statements run (none when it had no such role)."""
    with _admin_connection(admin_url, project_url) as (connection, roles):
        run = _Runner(connection)
        names = [roles.name(role)] if role is not None else list(roles.all())
        _check_login(connection, login, roles)
        for name in names:
            if _is_member(connection, login, name, direct=True):
                run(f"REVOKE {run.quote(name)} FROM {run.quote(login)}")
        connection.commit()
        return run.done


def role_members(admin_url: str, project_url: str) -> dict[str, list[str]]:
    """Role (reader, officer, administrator, owner) → the accounts given it, sorted."""
    with _admin_connection(admin_url, project_url) as (connection, roles):
        _check_roles_exist(connection, roles)
        own = set(roles.all())
        members: dict[str, list[str]] = {}
        for role in GRANTABLE:
            rows = connection.exec_driver_sql(
                "SELECT m.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = %(group)s ORDER BY m.rolname",
                {"group": roles.name(role)},
            )
            members[role] = [name for (name,) in rows if name not in own]
        return members


def drop_roles(admin_url: str, project_url: str) -> list[str]:
    """Undo :func:`create_roles`: the tables go back to the account of ``admin_url`` and the
    project's roles are dropped (their members lose them). The data stays as it is."""
    with _admin_connection(admin_url, project_url) as (connection, roles):
        run = _Runner(connection)
        present = [name for name in roles.all() if name in _existing_roles(connection, roles)]
        if not present:
            return []
        names = ", ".join(run.quote(name) for name in present)
        run(f"REASSIGN OWNED BY {names} TO CURRENT_USER")
        run(f"DROP OWNED BY {names}")
        run(f"DROP ROLE {names}")
        connection.commit()
        return run.done


def assume_owner_role(connection: Connection) -> bool:
    """Before migrating a shared project: when the account is a member of the project's owner
    role, act as that role until the transaction ends, so that tables a migration adds belong
    to it like the others. Returns whether it did. Does nothing on SQLite."""
    if connection.dialect.name != "postgresql":
        return False
    database, schema, user = connection.exec_driver_sql(
        "SELECT current_database(), current_schema(), current_user"
    ).one()
    try:
        owner = project_roles(database, schema or "public").owner
    except RolesError:
        return False
    member = connection.exec_driver_sql(
        "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = %(owner)s",
        {"owner": owner},
    ).scalar()
    if not member or user == owner:
        return False
    quoted = connection.dialect.identifier_preparer.quote_identifier(owner)
    connection.exec_driver_sql(f"SET LOCAL ROLE {quoted}")
    return True


# --- telling the user -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Needs:
    action: str
    role: str


def refusal_message(error: BaseException, account: str | None = None) -> str | None:
    """The sentence to show when the server refused a change for lack of rights (SQLSTATE
    42501: a psycopg ``InsufficientPrivilege``, or SQLAlchemy's ``ProgrammingError`` around
    it); None for any other error. ``account`` is the login name the project was opened with.
    The action and the role it needs are read from the refused statement."""
    driver_error = getattr(error, "orig", None) or error
    state = getattr(driver_error, "sqlstate", None) or getattr(driver_error, "pgcode", None)
    if state != INSUFFICIENT_PRIVILEGE:
        return None
    statement = getattr(error, "statement", None) or ""
    verb, table = _refused_write(statement)
    if table is None:
        table = _table_in_message(str(driver_error))
    if table == _AUDIT_TABLE:  # written by the server's triggers alone
        return translate(
            "Roles",
            "The audit trail of a shared project cannot be changed or deleted, by any account.",
        )
    needs = _needs(verb, table, statement)
    who = account or translate("Roles", "unknown")
    if needs is None:
        return translate(
            "Roles",
            "Your account ({account}) may not make this change to this shared project; ask the "
            "project's administrator.",
        ).format(account=who)
    return translate(
        "Roles",
        "Your account ({account}) may not change this shared project: {action} needs the "
        "{role} role; ask the project's administrator.",
    ).format(account=who, action=needs.action, role=_role_title(needs.role))


# The SQLSTATEs the server's guards raise (see migration 0006): a locked assessment, stored
# evidence that stays as attached, and rows that belong to what they were created with.
ASSESSMENT_LOCKED = "AT001"
EVIDENCE_KEPT = "AT002"
KEPT_TOGETHER = "AT003"


def guard_refusal(error: BaseException) -> UserError | None:
    """The error to raise, in the user's words, when one of the server's guards refused a
    change (None for any other error): a locked assessment gives the very
    :class:`AssessmentLocked` the application gives itself."""
    from accredit_tracker.core.assessment.assessments import AssessmentLocked

    driver_error = getattr(error, "orig", None) or error
    state = getattr(driver_error, "sqlstate", None) or getattr(driver_error, "pgcode", None)
    if state == ASSESSMENT_LOCKED:
        diagnostics = getattr(driver_error, "diag", None)
        name = getattr(diagnostics, "message_detail", None) or ""
        return AssessmentLocked(name)
    if state == EVIDENCE_KEPT:
        return RolesError(
            translate(
                "Roles",
                "An evidence file's stored content cannot be changed, by any account: it "
                "stays exactly as it was attached. Attach the new version as a file of its "
                "own.",
            )
        )
    if state == KEPT_TOGETHER:
        return RolesError(
            translate(
                "Roles",
                "This shared project does not allow that change: an assessment's elements "
                "are made when it is created, and a standards library is changed only by "
                "importing it.",
            )
        )
    return None


def _role_title(role: str) -> str:
    titles = {
        READER: translate("Roles", "reader"),
        OFFICER: translate("Roles", "officer"),
        ADMINISTRATOR: translate("Roles", "administrator"),
        OWNER: translate("Roles", "owner"),
    }
    return titles[role]


_WRITE = re.compile(
    r"""^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|CREATE|ALTER|DROP)\s+
    (?:(?:ONLY|TABLE|INDEX|IF\s+EXISTS|IF\s+NOT\s+EXISTS)\s+)*
    (?:"?[^\s."]+"?\.)?"?([^\s."(]+)"?""",
    re.IGNORECASE | re.VERBOSE,
)
_MESSAGE_TABLE = re.compile(r'(?:table|relation|sequence) "?([^\s"]+)"?', re.IGNORECASE)


def _refused_write(statement: str) -> tuple[str, str | None]:
    found = _WRITE.match(statement)
    if found is None:
        return "", None
    verb = found.group(1).split()[0].upper()
    return verb, found.group(2).lower()


def _table_in_message(message: str) -> str | None:
    found = _MESSAGE_TABLE.search(message)
    return found.group(1).lower() if found else None


def _needs(verb: str, table: str | None, statement: str) -> _Needs | None:
    if verb in ("CREATE", "ALTER", "DROP") or table == "alembic_version":
        return _Needs(translate("Roles", "upgrading it to this version of Accredit Tracker"), OWNER)
    if table is None:
        return None
    if table == "element_assessment":
        if verb == "INSERT":
            return _Needs(translate("Roles", "creating an assessment"), ADMINISTRATOR)
        return _Needs(
            translate(
                "Roles", "changing results, work status, owners, departments, due dates or notes"
            ),
            OFFICER,
        )
    if table in ("evidence", "evidence_content", "evidence_chunk", "element_evidence"):
        if verb == "DELETE" and table != "element_evidence":
            return _Needs(translate("Roles", "deleting an evidence file"), ADMINISTRATOR)
        if verb == "DELETE":
            return _Needs(translate("Roles", "unlinking evidence"), OFFICER)
        if verb == "UPDATE":
            return _Needs(translate("Roles", "editing an evidence file's details"), OFFICER)
        return _Needs(translate("Roles", "attaching or linking evidence"), OFFICER)
    if table == "assessment":
        if verb == "INSERT":
            return _Needs(translate("Roles", "creating an assessment"), ADMINISTRATOR)
        set_clause = statement.upper().split(" WHERE ", 1)[0]
        if "LOCKED" in set_clause:
            return _Needs(translate("Roles", "locking or unlocking an assessment"), ADMINISTRATOR)
        if "SCORING_PROFILE_ID" in set_clause:
            return _Needs(
                translate("Roles", "choosing an assessment's scoring profile"), ADMINISTRATOR
            )
        return _Needs(translate("Roles", "changing an assessment"), ADMINISTRATOR)
    if table in ("library", "chapter", "standard", "measurable_element"):
        return _Needs(translate("Roles", "importing a standards library"), ADMINISTRATOR)
    if table == "scoring_profile":
        return _Needs(translate("Roles", "adding a scoring profile"), ADMINISTRATOR)
    if table == "project_setting":
        return _Needs(translate("Roles", "changing the project's details"), ADMINISTRATOR)
    if table in ("mapping_set", "mapping_row"):
        return _Needs(translate("Roles", "building a mapping between libraries"), OFFICER)
    if table in ("carried_element", "carry_suggestion"):
        return _Needs(
            translate("Roles", "carrying values through a mapping or reviewing them"), OFFICER
        )
    if table in _TRACER_TABLES:
        if verb == "DELETE":
            return _Needs(
                translate("Roles", "deleting a tracer, a finding or an action"), ADMINISTRATOR
            )
        return _Needs(
            translate("Roles", "recording tracers, findings or corrective actions"), OFFICER
        )
    return None


# --- the server -----------------------------------------------------------------------------


class _Runner:
    """Runs statements on the driver's own cursor (names may hold '%' or ':', which would
    be taken for parameters otherwise) and keeps them, for the caller to show."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.quote = connection.dialect.identifier_preparer.quote_identifier
        self.done: list[str] = []

    def __call__(self, statement: str) -> None:
        cursor = self.connection.connection.cursor()
        try:
            cursor.execute(statement)
        finally:
            cursor.close()
        self.done.append(statement)


@contextmanager
def _admin_connection(
    admin_url: str, project_url: str
) -> Iterator[tuple[Connection, ProjectRoles]]:
    """A connection to the project's database and schema with the account of ``admin_url``,
    in a transaction the caller commits (anything else rolls back), and the project's roles."""
    admin, project = make_url(admin_url), make_url(project_url)
    if not project.drivername.startswith("postgresql"):
        raise RolesError(
            translate("Roles", "Roles are for projects shared on a PostgreSQL server.")
        )
    url = project.set(username=admin.username, password=admin.password)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            database, schema = connection.exec_driver_sql(
                "SELECT current_database(), current_schema()"
            ).one()
            if schema is None:
                raise RolesError(
                    translate(
                        "Roles", "The schema named in {url} does not exist on the server."
                    ).format(url=project.render_as_string(hide_password=True))
                )
            revision_table = connection.exec_driver_sql(
                "SELECT to_regclass(format('%%I.alembic_version', %(schema)s::text))",
                {"schema": schema},
            ).scalar()
            if revision_table is None:
                raise RolesError(
                    translate(
                        "Roles",
                        "{url} holds no Accredit Tracker project; create it first "
                        "(accredit create), then its roles.",
                    ).format(url=project.render_as_string(hide_password=True))
                )
            yield connection, project_roles(database, schema)
    finally:
        engine.dispose()


def _existing_roles(connection: Connection, roles: ProjectRoles) -> dict[str, str | None]:
    """Those of the project's role names that exist → their comment."""
    rows = connection.exec_driver_sql(
        "SELECT rolname, shobj_description(oid, 'pg_authid') FROM pg_roles "
        "WHERE rolname = ANY(%(names)s)",
        {"names": list(roles.all())},
    )
    return {name: comment for name, comment in rows}


def _check_roles_exist(connection: Connection, roles: ProjectRoles) -> None:
    missing = set(roles.all()) - set(_existing_roles(connection, roles))
    if missing:
        raise RolesError(
            translate(
                "Roles",
                "This project has no roles yet (e.g. {name} is missing); create them first "
                "(accredit roles create).",
            ).format(name=sorted(missing)[0])
        )


def _check_login(connection: Connection, login: str, roles: ProjectRoles) -> None:
    found = connection.exec_driver_sql(
        "SELECT rolsuper FROM pg_roles WHERE rolname = %(login)s", {"login": login}
    ).one_or_none()
    if found is None:
        raise RolesError(
            translate(
                "Roles",
                "There is no account named {login} on this server; create it first "
                "(CREATE ROLE … LOGIN PASSWORD …).",
            ).format(login=login)
        )
    if login in roles.all():
        raise RolesError(
            translate("Roles", "{login} is one of the project's own roles, not an account.").format(
                login=login
            )
        )


def _is_member(connection: Connection, member: str, group: str, *, direct: bool = False) -> bool:
    if direct:
        query = (
            "SELECT EXISTS (SELECT 1 FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = %(group)s AND m.rolname = %(member)s)"
        )
    else:
        query = "SELECT pg_has_role(%(member)s, %(group)s, 'MEMBER')"
    return bool(connection.exec_driver_sql(query, {"member": member, "group": group}).scalar())


def _tables(connection: Connection, schema: str) -> dict[str, str]:
    """The schema's tables → their owner."""
    rows = connection.exec_driver_sql(
        "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = %(schema)s "
        "ORDER BY tablename",
        {"schema": schema},
    )
    return {table: owner for table, owner in rows}


def _sequences(connection: Connection, schema: str) -> dict[str, str]:
    """The schema's tables → the sequence numbering their id column (serial or identity)."""
    rows = connection.exec_driver_sql(
        "SELECT t.relname, s.relname FROM pg_class s "
        "JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid "
        "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "JOIN pg_namespace n ON n.oid = s.relnamespace "
        "WHERE s.relkind = 'S' AND n.nspname = %(schema)s",
        {"schema": schema},
    )
    return {table: sequence for table, sequence in rows}


def _guard_functions(connection: Connection, schema: str) -> list[str]:
    """The schema's functions behind the triggers that write the audit trail and guard the
    data (named accredit_…), as "schema.name(argument types)"."""
    rows = connection.exec_driver_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = %(schema)s AND p.proname LIKE 'accredit\\_%%' "
        "ORDER BY p.proname",
        {"schema": schema},
    )
    quote = connection.dialect.identifier_preparer.quote_identifier
    return [f"{quote(schema)}.{signature.rsplit('.', 1)[-1]}" for (signature,) in rows]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def statements_for_dba(statements: Sequence[str]) -> str:
    """The statements as one SQL script a DBA can read or run with psql."""
    return "".join(f"{statement};\n" for statement in statements)
