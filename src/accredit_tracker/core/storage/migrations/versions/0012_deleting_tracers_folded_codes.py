"""The server records deleting tracers, findings and actions, and putting them back; element
codes are found by their folded form through an index

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 16:00:00

An administrator deletes a tracer (with its findings), a finding or a corrective action, and
may put it back (Edit → Undo). These tables have no triggers of the server's, so the
application says those changes through ``accredit_record_app`` (0011), which accepts a fixed
list of actions: this replaces the function with one that accepts the six new actions too,
from an administrator (or the owner) alone, as only they may delete these rows.

An element code typed as "pci.3.1 me2" is looked for blind to case and spaces; an index on
that folded form of the codes (the very expression core.assessment.element_lookup queries)
finds it without reading every element of the library.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The actions an officer (or an administrator) says on a server, as 0011 listed them; and
# those only an administrator says. core.audit.recording.APPLICATION_ACTIONS holds both (kept
# here so that the migration stays as it was whatever that module becomes).
OFFICER_ACTIONS = (
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
ADMINISTRATOR_ACTIONS = (
    "delete_tracer",
    "delete_finding",
    "delete_action",
    "restore_tracer",
    "restore_finding",
    "restore_action",
)


def _replace_function(administrator_actions: Sequence[str]) -> None:
    """(Re)create accredit_record_app accepting the officers' actions, and
    ``administrator_actions`` from administrators only."""
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    database, schema = connection.exec_driver_sql(
        "SELECT current_database(), current_schema()"
    ).one()
    # The project's roles, named as core.storage.roles names them; administrators are members
    # of the officer role. They need not exist yet: the function looks them up when called.
    stem = f"accredit_{database}" if schema == "public" else f"accredit_{database}_{schema}"
    officer = f"{stem}_officer".replace("'", "''")
    administrator = f"{stem}_administrator".replace("'", "''")
    everyone = ", ".join(f"'{a}'" for a in (*OFFICER_ACTIONS, *administrator_actions))
    administrators_only = ", ".join(f"'{a}'" for a in administrator_actions) or "NULL"
    path = f'SET search_path = pg_catalog, "{schema}", pg_temp'
    cursor = connection.connection.cursor()  # the driver's own: '%' is no placeholder
    try:
        cursor.execute(
            f"""CREATE OR REPLACE FUNCTION accredit_record_app(p_action text, p_entity text,
                p_entity_id integer, p_assessment_id integer, p_field text, p_old text,
                p_new text, p_details text)
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
            BEGIN
                IF p_action IS NULL OR NOT (p_action = ANY (ARRAY[{everyone}])) THEN
                    RAISE EXCEPTION 'the server writes the audit trail of this project'
                        USING ERRCODE = '42501';
                END IF;
                IF p_action = ANY (ARRAY[{administrators_only}]::text[]) THEN
                    IF NOT (accredit_is_owner() OR EXISTS (
                            SELECT 1 FROM pg_roles WHERE rolname = '{administrator}'
                            AND pg_has_role(session_user, oid, 'MEMBER'))) THEN
                        RAISE EXCEPTION 'only administrators delete tracers, findings and actions'
                            USING ERRCODE = '42501';
                    END IF;
                ELSIF NOT (accredit_is_owner() OR EXISTS (
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


FOLDED_CODE_INDEX = "ix_measurable_element_folded_code"


def upgrade() -> None:
    _replace_function(ADMINISTRATOR_ACTIONS)
    op.create_index(
        FOLDED_CODE_INDEX,
        "measurable_element",
        ["library_id", sa.text("lower(replace(code, ' ', ''))")],
    )


def downgrade() -> None:
    op.drop_index(FOLDED_CODE_INDEX, table_name="measurable_element")
    _replace_function(())
