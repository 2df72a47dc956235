"""The server records tracers, findings, actions and mappings too

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 14:50:00

Since 0006 a PostgreSQL server writes the audit trail itself, from triggers on the tables it
guards, and no role may insert into it. Tracers, findings, corrective actions, mappings and the
values carried through them have no such triggers: their rows are said by the application
through one function of the server's, which accepts only those actions, only from an officer
(or an administrator, or the owner), and stamps each row with the login and the server's
clock, as the triggers do. Nothing changes in a project file, where the application writes its
rows itself.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The actions the application says on a server; core.audit.recording.APPLICATION_ACTIONS
# (kept here so that the migration stays as it was whatever that module becomes).
ACTIONS = (
    "plan_tracer",
    "update_tracer",
    "record_finding",
    "accept_finding",
    "withdraw_finding_acceptance",
    "raise_action",
    "update_action",
    "verify_action",
    "create_mapping",
    "add_mapping_row",
    "carry_assessment",
    "carry_element",
    "accept_suggestion",
    "reject_suggestion",
    "review_carried",
)
SIGNATURE = "accredit_record_app(text, text, integer, integer, text, text, text, text)"


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    database, schema = connection.exec_driver_sql(
        "SELECT current_database(), current_schema()"
    ).one()
    # The project's officer role, named as core.storage.roles names it; administrators are
    # its members. It need not exist yet: the function looks it up by name when called.
    stem = f"accredit_{database}" if schema == "public" else f"accredit_{database}_{schema}"
    officer = f"{stem}_officer".replace("'", "''")
    listed = ", ".join(f"'{action}'" for action in ACTIONS)
    path = f'SET search_path = pg_catalog, "{schema}", pg_temp'
    cursor = connection.connection.cursor()  # the driver's own: '%' is no placeholder
    try:
        cursor.execute(
            f"""CREATE FUNCTION accredit_record_app(p_action text, p_entity text,
                p_entity_id integer, p_assessment_id integer, p_field text, p_old text,
                p_new text, p_details text)
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
            BEGIN
                IF p_action IS NULL OR NOT (p_action = ANY (ARRAY[{listed}])) THEN
                    RAISE EXCEPTION 'the server writes the audit trail of this project'
                        USING ERRCODE = '42501';
                END IF;
                IF NOT (accredit_is_owner() OR EXISTS (
                        SELECT 1 FROM pg_roles WHERE rolname = '{officer}'
                        AND pg_has_role(session_user, oid, 'MEMBER'))) THEN
                    RAISE EXCEPTION 'only officers and administrators record this'
                        USING ERRCODE = '42501';
                END IF;
                PERFORM accredit_record(p_action, p_entity, p_entity_id, p_assessment_id,
                    p_field, p_old, p_new, p_details);
            END $$"""
        )
    finally:
        cursor.close()
    # Anyone may call it; the function itself decides who may record what.
    connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
