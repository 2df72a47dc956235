"""Change notices for everything else a window shows

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07 16:00:00

Since 0007 a PostgreSQL server tells the windows that have the project open when element
results, evidence links or assessments change. The other shared data a window shows changes
too: tracers, findings and corrective actions (the Tracers tab, the dashboard), mapping sets
and rows, carried marks and suggestions (the checklist's review lists), libraries, chapters,
standards, measurable elements, scoring profiles and the project's settings (the whole
checklist), and evidence's own details (names, review dates: the expired-evidence figures).
Statement-level triggers on each of these tables send "<table>:*" on the project's channel
when a change is committed; the server sends one notice per table and transaction, however
many statements wrote to it. Project files (SQLite) have no server; nothing changes there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables and their triggers; core.storage.change_notices groups them by what they touch
# (kept here so that the migration stays as it was whatever that module becomes).
TABLES = (
    "tracer",
    "finding",
    "finding_element",
    "finding_evidence",
    "corrective_action",
    "action_element",
    "mapping_set",
    "mapping_row",
    "carried_element",
    "carry_suggestion",
    "library",
    "chapter",
    "standard",
    "measurable_element",
    "scoring_profile",
    "project_setting",
    "evidence",
)

_FUNCTION = "accredit_notice_of_table"

# The same payload for every statement of a transaction: PostgreSQL delivers it once.
_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(left('accredit:' || TG_TABLE_SCHEMA, 63), TG_TABLE_NAME || ':*');
    RETURN NULL;
END
$$
"""


def _trigger(table: str) -> str:
    return f"accredit_notice_{table}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # What is there already is kept (only the account that made a function may replace it).
    if not _function_exists(_FUNCTION):
        op.execute(_FUNCTION_SQL)
    for table in TABLES:
        if not _trigger_exists(_trigger(table), table):
            op.execute(
                f"CREATE TRIGGER {_trigger(table)} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {_FUNCTION}()"
            )


def _function_exists(name: str) -> bool:
    found = op.get_bind().execute(
        sa.text("SELECT to_regprocedure(:signature) IS NOT NULL"), {"signature": f"{name}()"}
    )
    return bool(found.scalar())


def _trigger_exists(name: str, table: str) -> bool:
    found = op.get_bind().execute(
        sa.text(
            "SELECT count(*) FROM pg_trigger WHERE tgname = :name AND tgrelid = to_regclass(:table)"
        ),
        {"name": name, "table": table},
    )
    return bool(found.scalar())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table)} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {_FUNCTION}()")
