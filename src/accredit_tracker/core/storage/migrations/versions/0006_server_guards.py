"""Audit chain and server guards

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-07 13:20:00

Every audit row gets a hash over its content and the previous row's hash (a hash chain); an
existing trail's chain starts at the upgrade, with a row saying so. On PostgreSQL the server
then writes the audit trail itself, from triggers on the project's tables, with the login and
its own clock; refuses changes to a locked assessment (its elements, evidence links and
settings) and its deletion to everyone but the tables' owner; keeps stored evidence as it was
attached; and refuses any change to an audit row, the owner's included.

The functions run with their owner's rights (SECURITY DEFINER) and a fixed search_path, so
that the project's roles, which may not write the audit trail, still get it written.
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHAIN_STARTED = "start_audit_chain"
CHAIN_STARTED_DETAILS = (
    "The audit trail is hash-chained from this row on; the rows before it were written "
    "before the chain existed and are not covered by it."
)
# The advisory lock that puts one transaction at a time at the end of the chain ("ACHN").
CHAIN_LOCK = 0x4143484E


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("chain_hash", sa.String(), nullable=True))
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
        cursor = connection.connection.cursor()  # the driver's own: '%' is no placeholder
        try:
            for statement in _server_statements(str(schema)):
                cursor.execute(statement)
        finally:
            cursor.close()
    _start_chain(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for table, names in _TRIGGERS.items():
            for name in names:
                connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        for function in _FUNCTIONS:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function} CASCADE")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("chain_hash")


def _start_chain(connection: sa.Connection) -> None:
    """In a project whose trail already has rows, add the row that starts the chain (the
    server's trigger hashes it; in a file it is hashed here, in the chain's own form)."""
    if connection.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == 0:
        return
    last_id = int(connection.exec_driver_sql("SELECT max(id) FROM audit_event").scalar() or 0)
    at = datetime.now(UTC).replace(tzinfo=None)
    row = [last_id + 1, at, "", CHAIN_STARTED, "project", None, None, "", None, None]
    row.append(CHAIN_STARTED_DETAILS)
    user = connection.exec_driver_sql(
        "SELECT session_user" if connection.dialect.name == "postgresql" else "SELECT ''"
    ).scalar()
    row[2] = str(user or "")
    chain_hash = None if connection.dialect.name == "postgresql" else _link("", row)
    table = sa.table(
        "audit_event",
        *(sa.column(name) for name in (*_HASHED, "chain_hash")),
    )
    values = dict(zip(_HASHED, row, strict=True))
    connection.execute(table.insert().values(**values, chain_hash=chain_hash))


_HASHED = (
    "id",
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "assessment_id",
    "field",
    "old_value",
    "new_value",
    "details",
)


def _link(previous: str, row: Sequence[object]) -> str:
    """The chain's hash of a row, as core.audit.chain computes it (kept here so the migration
    stays as it was whatever that module becomes)."""
    parts = []
    for value in row:
        if value is None:
            parts.append("-|")
            continue
        text = value.strftime("%Y-%m-%dT%H:%M:%S.%f") if isinstance(value, datetime) else str(value)
        parts.append(f"{len(text)}:{text}|")
    return hashlib.sha256((previous + "".join(parts)).encode("utf-8")).hexdigest()


_FUNCTIONS = (
    "accredit_is_owner()",
    "accredit_quiet()",
    "accredit_new_here(xid)",
    "accredit_assessment_new_here(integer)",
    "accredit_library_new_here(integer)",
    "accredit_who()",
    "accredit_when()",
    "accredit_details()",
    "accredit_record(text, text, integer, integer, text, text, text, text)",
    "accredit_refuse_locked(integer)",
    "accredit_refuse_evidence_change(text)",
    "accredit_chain_part(text)",
    "accredit_chain_audit_row()",
    "accredit_keep_audit_rows()",
    "accredit_guard_element()",
    "accredit_audit_element()",
    "accredit_audit_element_deleted()",
    "accredit_guard_assessment()",
    "accredit_audit_assessment()",
    "accredit_guard_link()",
    "accredit_audit_links_added()",
    "accredit_audit_links_removed()",
    "accredit_guard_evidence()",
    "accredit_audit_evidence()",
    "accredit_guard_content()",
    "accredit_audit_content_deleted()",
    "accredit_guard_chunk()",
    "accredit_audit_library_imported()",
    "accredit_guard_library_part()",
    "accredit_audit_row()",
    "accredit_audit_scoring_profile()",
    "accredit_audit_setting()",
)

_TRIGGERS = {
    "audit_event": ("accredit_chain", "accredit_keep", "accredit_keep_truncate"),
    "element_assessment": ("accredit_guard", "accredit_audit", "accredit_audit_deleted"),
    "assessment": ("accredit_guard", "accredit_audit"),
    "element_evidence": ("accredit_guard", "accredit_audit_added", "accredit_audit_removed"),
    "evidence": ("accredit_guard", "accredit_audit"),
    "evidence_content": ("accredit_guard", "accredit_audit_deleted"),
    "evidence_chunk": ("accredit_guard",),
    "library": ("accredit_audit_imported", "accredit_audit"),
    "chapter": ("accredit_guard", "accredit_audit"),
    "standard": ("accredit_guard", "accredit_audit"),
    "measurable_element": ("accredit_guard", "accredit_audit"),
    "scoring_profile": ("accredit_audit",),
    "project_setting": ("accredit_audit",),
}


def _server_statements(schema: str) -> list[str]:
    """The functions and triggers, for the project in ``schema``."""
    path = f'SET search_path = pg_catalog, "{schema}", pg_temp'
    definer = f"LANGUAGE plpgsql SECURITY DEFINER {path}"
    statements = [
        # Whether the login is a member of the role owning the tables (or a superuser): the
        # owner is not held by the locks, as it could drop them anyway.
        f"""CREATE FUNCTION accredit_is_owner() RETURNS boolean {definer} STABLE AS $$
        BEGIN
            RETURN pg_has_role(session_user,
                (SELECT relowner FROM pg_class WHERE oid = 'audit_event'::regclass), 'MEMBER');
        END $$""",
        # A copy of a whole project into this database (by the owner only) brings its trail
        # with it: its rows are written as they were, and no others.
        f"""CREATE FUNCTION accredit_quiet() RETURNS boolean {definer} STABLE AS $$
        BEGIN
            RETURN coalesce(current_setting('accredit.copying', true), '') = 'on'
                AND accredit_is_owner();
        END $$""",
        # Whether a row (by its xmin) was written by the current transaction.
        f"""CREATE FUNCTION accredit_new_here(row_xmin xid) RETURNS boolean {definer} STABLE AS $$
        BEGIN
            RETURN row_xmin = xid(pg_current_xact_id());
        END $$""",
        # Whether the assessment was created in this transaction: its creation's audit row,
        # which only these functions write, is.
        f"""CREATE FUNCTION accredit_assessment_new_here(p_assessment integer) RETURNS boolean
        {definer} STABLE AS $$
        BEGIN
            RETURN EXISTS (SELECT 1 FROM audit_event WHERE entity = 'assessment'
                AND entity_id = p_assessment AND action = 'create_assessment'
                AND accredit_new_here(xmin));
        END $$""",
        # Whether the library was imported in this transaction (and not changed since).
        f"""CREATE FUNCTION accredit_library_new_here(p_library integer) RETURNS boolean
        {definer} STABLE AS $$
        BEGIN
            RETURN EXISTS (SELECT 1 FROM library WHERE id = p_library
                    AND accredit_new_here(xmin))
                AND NOT EXISTS (SELECT 1 FROM audit_event WHERE entity = 'library'
                    AND entity_id = p_library AND accredit_new_here(xmin));
        END $$""",
        # Who made a change and when: the login at the server's time; for the tables' owner,
        # who could write any row anyway (and copies or replays whole projects), the name and
        # time the application gives, when it gives them.
        f"""CREATE FUNCTION accredit_who() RETURNS text {definer} STABLE AS $$
        BEGIN
            IF accredit_is_owner() THEN
                RETURN coalesce(nullif(current_setting('accredit.user', true), ''),
                    session_user);
            END IF;
            RETURN session_user;
        END $$""",
        f"""CREATE FUNCTION accredit_when() RETURNS timestamp {definer} STABLE AS $$
        DECLARE
            v_given text := nullif(current_setting('accredit.at', true), '');
        BEGIN
            IF v_given IS NOT NULL AND accredit_is_owner() THEN
                RETURN v_given::timestamptz AT TIME ZONE 'UTC';
            END IF;
            RETURN now() AT TIME ZONE 'UTC';
        END $$""",
        f"""CREATE FUNCTION accredit_details() RETURNS text {definer} STABLE AS $$
        BEGIN
            RETURN coalesce(current_setting('accredit.details', true), '');
        END $$""",
        f"""CREATE FUNCTION accredit_record(p_action text, p_entity text, p_entity_id integer,
            p_assessment_id integer, p_field text, p_old text, p_new text, p_details text)
        RETURNS void {definer} AS $$
        BEGIN
            INSERT INTO audit_event (at, "user", action, entity, entity_id, assessment_id,
                field, old_value, new_value, details)
            VALUES (accredit_when(), accredit_who(), p_action, p_entity, p_entity_id,
                p_assessment_id, coalesce(p_field, ''), p_old, p_new, coalesce(p_details, ''));
        END $$""",
        f"""CREATE FUNCTION accredit_refuse_locked(p_assessment integer) RETURNS void
        {definer} AS $$
        DECLARE
            v_name text;
        BEGIN
            SELECT name INTO v_name FROM assessment WHERE id = p_assessment;
            RAISE EXCEPTION 'Assessment ''%'' is locked; unlock it first.', v_name
                USING ERRCODE = 'AT001', DETAIL = v_name;
        END $$""",
        f"""CREATE FUNCTION accredit_refuse_evidence_change(p_what text) RETURNS void
        {definer} AS $$
        BEGIN
            RAISE EXCEPTION 'Stored evidence cannot be changed: %', p_what
                USING ERRCODE = 'AT002';
        END $$""",
        # --- the audit trail: chained, and never changed -----------------------------------
        f"""CREATE FUNCTION accredit_chain_part(p_value text) RETURNS text
        LANGUAGE sql IMMUTABLE {path} AS $$
            SELECT CASE WHEN p_value IS NULL THEN '-|'
                ELSE length(p_value)::text || ':' || p_value || '|' END
        $$""",
        f"""CREATE FUNCTION accredit_chain_audit_row() RETURNS trigger {definer} AS $$
        DECLARE
            v_last_id integer;
            v_last_hash text;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NEW;
            END IF;
            -- One transaction at a time appends to the chain, until it commits.
            PERFORM pg_advisory_xact_lock({CHAIN_LOCK}, hashtext(current_schema()));
            SELECT id, chain_hash INTO v_last_id, v_last_hash
                FROM audit_event ORDER BY id DESC LIMIT 1;
            IF v_last_id IS NOT NULL AND NEW.id <= v_last_id THEN
                -- numbered before another transaction's rows that committed first
                NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
            END IF;
            IF NOT accredit_is_owner() THEN
                NEW."user" := session_user;
                NEW.at := now() AT TIME ZONE 'UTC';
            END IF;
            NEW.chain_hash := encode(sha256(convert_to(coalesce(v_last_hash, '')
                || accredit_chain_part(NEW.id::text)
                || accredit_chain_part(to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
                || accredit_chain_part(NEW."user")
                || accredit_chain_part(NEW.action)
                || accredit_chain_part(NEW.entity)
                || accredit_chain_part(NEW.entity_id::text)
                || accredit_chain_part(NEW.assessment_id::text)
                || accredit_chain_part(NEW.field)
                || accredit_chain_part(NEW.old_value)
                || accredit_chain_part(NEW.new_value)
                || accredit_chain_part(NEW.details), 'UTF8')), 'hex');
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION accredit_keep_audit_rows() RETURNS trigger {definer} AS $$
        BEGIN
            RAISE EXCEPTION 'The audit trail cannot be changed or deleted.'
                USING ERRCODE = '42501';
        END $$""",
        """CREATE TRIGGER accredit_chain BEFORE INSERT ON audit_event
            FOR EACH ROW EXECUTE FUNCTION accredit_chain_audit_row()""",
        """CREATE TRIGGER accredit_keep BEFORE UPDATE OR DELETE ON audit_event
            FOR EACH ROW EXECUTE FUNCTION accredit_keep_audit_rows()""",
        """CREATE TRIGGER accredit_keep_truncate BEFORE TRUNCATE ON audit_event
            FOR EACH STATEMENT EXECUTE FUNCTION accredit_keep_audit_rows()""",
        # --- element assessments ------------------------------------------------------------
        f"""CREATE FUNCTION accredit_guard_element() RETURNS trigger {definer} AS $$
        DECLARE
            v_locked boolean;
            v_new boolean;
        BEGIN
            IF accredit_quiet() THEN
                RETURN coalesce(NEW, OLD);
            END IF;
            SELECT locked, accredit_assessment_new_here(id) INTO v_locked, v_new
                FROM assessment WHERE id = coalesce(OLD.assessment_id, NEW.assessment_id);
            IF accredit_is_owner() THEN
                NULL;
            ELSIF TG_OP = 'INSERT' THEN
                IF NOT coalesce(v_new, false) THEN
                    RAISE EXCEPTION 'An assessment''s elements are made when it is created.'
                        USING ERRCODE = 'AT003';
                END IF;
            ELSIF v_locked THEN
                PERFORM accredit_refuse_locked(OLD.assessment_id);
            ELSIF TG_OP = 'UPDATE' AND (NEW.assessment_id <> OLD.assessment_id
                    OR NEW.element_id <> OLD.element_id OR NEW.id <> OLD.id) THEN
                RAISE EXCEPTION 'An element assessment stays with its assessment and element.'
                    USING ERRCODE = 'AT003';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' AND NOT coalesce(v_new, false) THEN
                NEW.updated_by := accredit_who();
                NEW.updated_at := accredit_when();
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION accredit_audit_element() RETURNS trigger {definer} AS $$
        DECLARE
            v_action text := 'update_element';
            v_details text := accredit_details();
        BEGIN
            IF accredit_quiet() OR accredit_assessment_new_here(NEW.assessment_id) THEN
                RETURN NULL;  -- made (or carried over) with its new assessment
            END IF;
            IF NEW.result IS DISTINCT FROM OLD.result THEN
                PERFORM accredit_record(v_action, 'element_assessment', NEW.id,
                    NEW.assessment_id, 'result', coalesce(OLD.result, ''),
                    coalesce(NEW.result, ''), v_details);
            END IF;
            IF NEW.work_status IS DISTINCT FROM OLD.work_status THEN
                PERFORM accredit_record(v_action, 'element_assessment', NEW.id,
                    NEW.assessment_id, 'work_status', coalesce(OLD.work_status, ''),
                    coalesce(NEW.work_status, ''), v_details);
            END IF;
            IF NEW.owner IS DISTINCT FROM OLD.owner THEN
                PERFORM accredit_record(v_action, 'element_assessment', NEW.id,
                    NEW.assessment_id, 'owner', coalesce(OLD.owner, ''),
                    coalesce(NEW.owner, ''), v_details);
            END IF;
            IF NEW.department IS DISTINCT FROM OLD.department THEN
                PERFORM accredit_record(v_action, 'element_assessment', NEW.id,
                    NEW.assessment_id, 'department', coalesce(OLD.department, ''),
                    coalesce(NEW.department, ''), v_details);
            END IF;
            IF NEW.due_date IS DISTINCT FROM OLD.due_date THEN
                PERFORM accredit_record(v_action, 'element_assessment', NEW.id,
                    NEW.assessment_id, 'due_date', coalesce(OLD.due_date::text, ''),
                    coalesce(NEW.due_date::text, ''), v_details);
            END IF;
            IF NEW.notes IS DISTINCT FROM OLD.notes THEN
                PERFORM accredit_record(v_action, 'element_assessment', NEW.id,
                    NEW.assessment_id, 'notes', coalesce(OLD.notes, ''),
                    coalesce(NEW.notes, ''), v_details);
            END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE FUNCTION accredit_audit_element_deleted() RETURNS trigger {definer} AS $$
        BEGIN
            -- Not when its assessment (or library) is being deleted: that has its own row.
            IF NOT accredit_quiet()
                    AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
                    AND EXISTS (SELECT 1 FROM measurable_element WHERE id = OLD.element_id) THEN
                PERFORM accredit_record('delete_element', 'element_assessment', OLD.id,
                    OLD.assessment_id, '', OLD.result, NULL, accredit_details());
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_guard BEFORE INSERT OR UPDATE OR DELETE ON element_assessment
            FOR EACH ROW EXECUTE FUNCTION accredit_guard_element()""",
        """CREATE TRIGGER accredit_audit AFTER UPDATE ON element_assessment
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_element()""",
        """CREATE TRIGGER accredit_audit_deleted AFTER DELETE ON element_assessment
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_element_deleted()""",
        # --- assessments --------------------------------------------------------------------
        f"""CREATE FUNCTION accredit_guard_assessment() RETURNS trigger {definer} AS $$
        BEGIN
            IF TG_OP = 'INSERT' OR accredit_quiet() OR accredit_is_owner() THEN
                RETURN coalesce(NEW, OLD);
            END IF;
            IF TG_OP = 'DELETE' THEN
                IF OLD.locked THEN
                    PERFORM accredit_refuse_locked(OLD.id);
                END IF;
                RETURN OLD;
            END IF;
            IF OLD.locked AND (NEW.id, NEW.library_id, NEW.scoring_profile_id, NEW.name,
                    NEW.kind, NEW.starts_on, NEW.ends_on, NEW.created_at)
                    IS DISTINCT FROM (OLD.id, OLD.library_id, OLD.scoring_profile_id,
                    OLD.name, OLD.kind, OLD.starts_on, OLD.ends_on, OLD.created_at) THEN
                -- unlocking is a change of its own; nothing else changes while locked
                PERFORM accredit_refuse_locked(OLD.id);
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION accredit_audit_assessment() RETURNS trigger {definer} AS $$
        DECLARE
            v_old_key text;
            v_new_key text;
            v_new_name text;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' THEN
                PERFORM accredit_record('create_assessment', 'assessment', NEW.id, NEW.id, '',
                    NULL, NEW.name, accredit_details());
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN
                PERFORM accredit_record('delete_assessment', 'assessment', OLD.id, OLD.id, '',
                    OLD.name, NULL, accredit_details());
                RETURN NULL;
            END IF;
            IF NEW.locked IS DISTINCT FROM OLD.locked THEN
                PERFORM accredit_record(
                    CASE WHEN NEW.locked THEN 'lock_assessment' ELSE 'unlock_assessment' END,
                    'assessment', NEW.id, NEW.id, 'locked',
                    CASE WHEN OLD.locked THEN 'True' ELSE 'False' END,
                    CASE WHEN NEW.locked THEN 'True' ELSE 'False' END, '');
            END IF;
            IF NEW.scoring_profile_id IS DISTINCT FROM OLD.scoring_profile_id THEN
                SELECT key INTO v_old_key FROM scoring_profile WHERE id = OLD.scoring_profile_id;
                SELECT key, name INTO v_new_key, v_new_name FROM scoring_profile
                    WHERE id = NEW.scoring_profile_id;
                PERFORM accredit_record('set_scoring_profile', 'assessment', NEW.id, NEW.id,
                    'scoring_profile', v_old_key, v_new_key, v_new_name);
            END IF;
            IF NEW.name IS DISTINCT FROM OLD.name THEN
                PERFORM accredit_record('update_assessment', 'assessment', NEW.id, NEW.id,
                    'name', OLD.name, NEW.name, accredit_details());
            END IF;
            IF (NEW.kind, NEW.starts_on, NEW.ends_on, NEW.library_id, NEW.created_at)
                    IS DISTINCT FROM
                    (OLD.kind, OLD.starts_on, OLD.ends_on, OLD.library_id, OLD.created_at) THEN
                PERFORM accredit_record('update_assessment', 'assessment', NEW.id, NEW.id,
                    'details', row_to_json(OLD)::text, row_to_json(NEW)::text,
                    accredit_details());
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_guard BEFORE INSERT OR UPDATE OR DELETE ON assessment
            FOR EACH ROW EXECUTE FUNCTION accredit_guard_assessment()""",
        """CREATE TRIGGER accredit_audit AFTER INSERT OR UPDATE OR DELETE ON assessment
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_assessment()""",
        # --- evidence links -----------------------------------------------------------------
        f"""CREATE FUNCTION accredit_guard_link() RETURNS trigger {definer} AS $$
        DECLARE
            v_assessment integer;
            v_locked boolean;
        BEGIN
            IF accredit_quiet() OR accredit_is_owner() THEN
                RETURN coalesce(NEW, OLD);
            END IF;
            SELECT a.id, a.locked INTO v_assessment, v_locked
                FROM element_assessment ea JOIN assessment a ON a.id = ea.assessment_id
                WHERE ea.id = coalesce(NEW.element_assessment_id, OLD.element_assessment_id);
            IF v_locked THEN
                PERFORM accredit_refuse_locked(v_assessment);
            END IF;
            RETURN coalesce(NEW, OLD);
        END $$""",
        f"""CREATE FUNCTION accredit_audit_links_added() RETURNS trigger {definer} AS $$
        DECLARE
            r record;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            -- Links carried over to an assessment created in this transaction: one row.
            FOR r IN SELECT a.id, count(*) AS links FROM added
                    JOIN element_assessment ea ON ea.id = added.element_assessment_id
                    JOIN assessment a ON a.id = ea.assessment_id
                    WHERE accredit_assessment_new_here(a.id) GROUP BY a.id ORDER BY a.id LOOP
                PERFORM accredit_record('carry_evidence_links', 'assessment', r.id, r.id,
                    'evidence', NULL, r.links::text, accredit_details());
            END LOOP;
            FOR r IN SELECT ea.id, ea.assessment_id, e.id AS evidence_id, e.name,
                    accredit_new_here(e.xmin) AS attached FROM added
                    JOIN element_assessment ea ON ea.id = added.element_assessment_id
                    JOIN assessment a ON a.id = ea.assessment_id
                    JOIN evidence e ON e.id = added.evidence_id
                    WHERE NOT accredit_assessment_new_here(a.id) ORDER BY ea.id LOOP
                PERFORM accredit_record(
                    CASE WHEN r.attached THEN 'attach_evidence' ELSE 'link_evidence' END,
                    'element_assessment', r.id, r.assessment_id, 'evidence', NULL, r.name,
                    'evidence ' || r.evidence_id);
            END LOOP;
            RETURN NULL;
        END $$""",
        f"""CREATE FUNCTION accredit_audit_links_removed() RETURNS trigger {definer} AS $$
        DECLARE
            r record;
            v_action text := CASE
                WHEN current_setting('accredit.action', true) = 'delete_evidence'
                THEN 'delete_evidence' ELSE 'unlink_evidence' END;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            FOR r IN SELECT ea.id, ea.assessment_id, e.id AS evidence_id, e.name FROM removed
                    JOIN element_assessment ea ON ea.id = removed.element_assessment_id
                    JOIN evidence e ON e.id = removed.evidence_id ORDER BY ea.id LOOP
                PERFORM accredit_record(v_action, 'element_assessment', r.id,
                    r.assessment_id, 'evidence', r.name, NULL, 'evidence ' || r.evidence_id);
            END LOOP;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_guard BEFORE INSERT OR UPDATE OR DELETE ON element_evidence
            FOR EACH ROW EXECUTE FUNCTION accredit_guard_link()""",
        """CREATE TRIGGER accredit_audit_added AFTER INSERT ON element_evidence
            REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION accredit_audit_links_added()""",
        """CREATE TRIGGER accredit_audit_removed AFTER DELETE ON element_evidence
            REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION accredit_audit_links_removed()""",
        # --- evidence files and their stored content ----------------------------------------
        f"""CREATE FUNCTION accredit_guard_evidence() RETURNS trigger {definer} AS $$
        DECLARE
            v_assessment integer;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NEW;
            END IF;
            IF NEW.content_sha256 <> OLD.content_sha256 THEN
                PERFORM accredit_refuse_evidence_change('an evidence file keeps its content');
            END IF;
            IF (NEW.id, NEW.media_type, NEW.added_at, NEW.added_by)
                    IS DISTINCT FROM (OLD.id, OLD.media_type, OLD.added_at, OLD.added_by) THEN
                PERFORM accredit_refuse_evidence_change('when and by whom it was attached');
            END IF;
            IF NOT accredit_is_owner() THEN
                SELECT a.id INTO v_assessment FROM element_evidence ee
                    JOIN element_assessment ea ON ea.id = ee.element_assessment_id
                    JOIN assessment a ON a.id = ea.assessment_id
                    WHERE ee.evidence_id = OLD.id AND a.locked ORDER BY a.id LIMIT 1;
                IF v_assessment IS NOT NULL THEN
                    PERFORM accredit_refuse_locked(v_assessment);
                END IF;
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION accredit_audit_evidence() RETURNS trigger {definer} AS $$
        DECLARE
            v_size bigint;
            v_stored boolean;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' THEN
                SELECT size, accredit_new_here(xmin) INTO v_size, v_stored
                    FROM evidence_content WHERE sha256 = NEW.content_sha256;
                PERFORM accredit_record('attach_evidence', 'evidence', NEW.id, NULL, '', NULL,
                    NEW.name, format('{{"sha256": "%s", "size": %s, "stored": %s}}',
                    NEW.content_sha256, v_size, CASE WHEN v_stored THEN 'true' ELSE 'false' END));
            ELSIF TG_OP = 'DELETE' THEN
                PERFORM accredit_record('delete_evidence', 'evidence', OLD.id, NULL, '',
                    OLD.name, NULL, accredit_details());
            ELSE
                IF NEW.name IS DISTINCT FROM OLD.name THEN
                    PERFORM accredit_record('update_evidence', 'evidence', NEW.id, NULL, 'name',
                        OLD.name, NEW.name, '');
                END IF;
                IF NEW.description IS DISTINCT FROM OLD.description THEN
                    PERFORM accredit_record('update_evidence', 'evidence', NEW.id, NULL,
                        'description', coalesce(OLD.description, ''),
                        coalesce(NEW.description, ''), '');
                END IF;
                IF NEW.review_date IS DISTINCT FROM OLD.review_date THEN
                    PERFORM accredit_record('update_evidence', 'evidence', NEW.id, NULL,
                        'review_date', coalesce(OLD.review_date::text, ''),
                        coalesce(NEW.review_date::text, ''), '');
                END IF;
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_guard BEFORE UPDATE ON evidence
            FOR EACH ROW EXECUTE FUNCTION accredit_guard_evidence()""",
        """CREATE TRIGGER accredit_audit AFTER INSERT OR UPDATE OR DELETE ON evidence
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_evidence()""",
        f"""CREATE FUNCTION accredit_guard_content() RETURNS trigger {definer} AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                PERFORM accredit_refuse_evidence_change('stored content is never rewritten');
            END IF;
            IF EXISTS (SELECT 1 FROM evidence WHERE content_sha256 = OLD.sha256) THEN
                PERFORM accredit_refuse_evidence_change('its content is in use');
            END IF;
            RETURN OLD;
        END $$""",
        f"""CREATE FUNCTION accredit_audit_content_deleted() RETURNS trigger {definer} AS $$
        BEGIN
            -- Content whose last evidence file was deleted in this transaction goes with it,
            -- and that deletion has its row; any other removal gets its own.
            IF NOT accredit_quiet() AND NOT EXISTS (SELECT 1 FROM audit_event
                    WHERE accredit_new_here(xmin) AND action = 'delete_evidence'
                    AND entity = 'evidence' AND strpos(details, OLD.sha256) > 0) THEN
                PERFORM accredit_record('delete_evidence_content', 'evidence_content', NULL,
                    NULL, '', OLD.sha256, NULL, '');
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_guard BEFORE UPDATE OR DELETE ON evidence_content
            FOR EACH ROW EXECUTE FUNCTION accredit_guard_content()""",
        """CREATE TRIGGER accredit_audit_deleted AFTER DELETE ON evidence_content
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_content_deleted()""",
        f"""CREATE FUNCTION accredit_guard_chunk() RETURNS trigger {definer} AS $$
        BEGIN
            IF accredit_quiet() THEN
                RETURN coalesce(NEW, OLD);
            END IF;
            IF TG_OP = 'INSERT' THEN
                IF NOT EXISTS (SELECT 1 FROM evidence_content WHERE
                        sha256 = NEW.content_sha256 AND accredit_new_here(xmin)) THEN
                    PERFORM accredit_refuse_evidence_change(
                        'chunks are stored only with their new content');
                END IF;
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                PERFORM accredit_refuse_evidence_change('stored content is never rewritten');
            END IF;
            IF EXISTS (SELECT 1 FROM evidence WHERE content_sha256 = OLD.content_sha256) THEN
                PERFORM accredit_refuse_evidence_change('its content is in use');
            END IF;
            RETURN OLD;
        END $$""",
        """CREATE TRIGGER accredit_guard BEFORE INSERT OR UPDATE OR DELETE ON evidence_chunk
            FOR EACH ROW EXECUTE FUNCTION accredit_guard_chunk()""",
        # --- the standards library ----------------------------------------------------------
        # One row per import, when it commits: the counts are known only then.
        f"""CREATE FUNCTION accredit_audit_library_imported() RETURNS trigger {definer} AS $$
        BEGIN
            IF accredit_quiet() OR NOT EXISTS (SELECT 1 FROM library WHERE id = NEW.id)
                    OR EXISTS (SELECT 1 FROM audit_event WHERE entity = 'library'
                        AND entity_id = NEW.id AND action = 'import_library') THEN
                RETURN NULL;  -- gone again, or copied with the trail that records it
            END IF;
            PERFORM accredit_record('import_library', 'library', NEW.id, NULL, '', NULL,
                NEW.name, format('{{"source": %s, "chapters": %s, "standards": %s, '
                    '"elements": %s}}', to_json(NEW.imported_from)::text,
                    (SELECT count(*) FROM chapter WHERE library_id = NEW.id),
                    (SELECT count(*) FROM standard WHERE library_id = NEW.id),
                    (SELECT count(*) FROM measurable_element WHERE library_id = NEW.id)));
            RETURN NULL;
        END $$""",
        """CREATE CONSTRAINT TRIGGER accredit_audit_imported AFTER INSERT ON library
            DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_library_imported()""",
        # Chapters, standards and elements are added only with their library.
        f"""CREATE FUNCTION accredit_guard_library_part() RETURNS trigger {definer} AS $$
        BEGIN
            IF NOT accredit_quiet() AND NOT accredit_is_owner()
                    AND NOT accredit_library_new_here(NEW.library_id) THEN
                RAISE EXCEPTION 'A standards library is changed only by importing it again.'
                    USING ERRCODE = 'AT003';
            END IF;
            RETURN NEW;
        END $$""",
        # Any other change to the library, the scoring profiles or the settings: a row
        # holding the row as it was and as it is.
        f"""CREATE FUNCTION accredit_audit_row() RETURNS trigger {definer} AS $$
        DECLARE
            v_id integer;
            v_old text;
            v_new text;
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN
                v_id := OLD.id;
                v_old := row_to_json(OLD)::text;
            ELSE
                v_id := NEW.id;
                v_new := row_to_json(NEW)::text;
                IF TG_OP = 'UPDATE' THEN
                    v_old := row_to_json(OLD)::text;
                END IF;
            END IF;
            IF TG_TABLE_NAME <> 'library' THEN
                IF TG_OP = 'DELETE' THEN
                    IF NOT EXISTS (SELECT 1 FROM library WHERE id = OLD.library_id) THEN
                        RETURN NULL;  -- goes with its library, which has its own row
                    END IF;
                ELSIF accredit_library_new_here(NEW.library_id) THEN
                    RETURN NULL;  -- part of an import
                END IF;
            END IF;
            PERFORM accredit_record(lower(TG_OP) || '_' || TG_TABLE_NAME, TG_TABLE_NAME, v_id,
                NULL, '', v_old, v_new, accredit_details());
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_audit AFTER UPDATE OR DELETE ON library
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_row()""",
        *(
            statement
            for table in ("chapter", "standard", "measurable_element")
            for statement in (
                f"""CREATE TRIGGER accredit_guard BEFORE INSERT ON {table}
                    FOR EACH ROW EXECUTE FUNCTION accredit_guard_library_part()""",
                f"""CREATE TRIGGER accredit_audit AFTER INSERT OR UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION accredit_audit_row()""",
            )
        ),
        f"""CREATE FUNCTION accredit_audit_scoring_profile() RETURNS trigger {definer} AS $$
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' THEN
                PERFORM accredit_record('add_scoring_profile', 'scoring_profile', NEW.id, NULL,
                    '', NULL, NEW.key, '');
            ELSIF TG_OP = 'UPDATE' THEN
                PERFORM accredit_record('update_scoring_profile', 'scoring_profile', NEW.id,
                    NULL, '', row_to_json(OLD)::text, row_to_json(NEW)::text, '');
            ELSE
                PERFORM accredit_record('delete_scoring_profile', 'scoring_profile', OLD.id,
                    NULL, '', row_to_json(OLD)::text, NULL, '');
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_audit AFTER INSERT OR UPDATE OR DELETE ON scoring_profile
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_scoring_profile()""",
        f"""CREATE FUNCTION accredit_audit_setting() RETURNS trigger {definer} AS $$
        BEGIN
            IF accredit_quiet() THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'DELETE' THEN
                PERFORM accredit_record('delete_project_setting', 'project_setting', OLD.id,
                    NULL, OLD.key, OLD.value, NULL, '');
            ELSIF TG_OP = 'INSERT' OR NEW.value IS DISTINCT FROM OLD.value
                    OR NEW.key IS DISTINCT FROM OLD.key THEN
                PERFORM accredit_record(
                    CASE WHEN NEW.key = 'facility_name' THEN 'set_facility_name'
                        ELSE 'set_project_setting' END,
                    'project_setting', NEW.id, NULL, NEW.key,
                    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.value END, NEW.value, '');
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER accredit_audit AFTER INSERT OR UPDATE OR DELETE ON project_setting
            FOR EACH ROW EXECUTE FUNCTION accredit_audit_setting()""",
    ]
    # Nobody calls these but the triggers: a login that could call accredit_record itself
    # could write any row it liked.
    statements += [f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC" for function in _FUNCTIONS]
    return statements
