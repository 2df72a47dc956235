"""Change notices on a shared project

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-07 13:30:00

On PostgreSQL, the server tells the windows that have the project open when a change to
element results, evidence links or assessments is committed: statement-level triggers send
a ``pg_notify`` on the project's channel, ``accredit:<schema>`` (cut to PostgreSQL's 63
characters). The payload names the table and, for elements, the element assessments that
changed ("element_assessment:4,17"), or "*" for more than fit in one notice (200). A
notice is delivered when the transaction commits and never if it rolls back. Project files
(SQLite) have no server to notify others; nothing changes there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOST_IDS = 200  # element ids named in one notice; more are sent as "*"


def _elements_function(name: str, changed_ids: str) -> str:
    """A trigger function that names the element assessments a statement touched;
    ``changed_ids`` selects them (as "id") from the trigger's transition table."""
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids text;
    counted integer;
BEGIN
    SELECT count(*), string_agg(id::text, ',' ORDER BY id)
      INTO counted, ids
      FROM (SELECT DISTINCT id FROM ({changed_ids}) AS changed LIMIT {_MOST_IDS + 1}) AS touched;
    IF counted = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify(
        left('accredit:' || TG_TABLE_SCHEMA, 63),
        'element_assessment:' || CASE WHEN counted > {_MOST_IDS} THEN '*' ELSE ids END
    );
    RETURN NULL;
END
$$
"""


_ASSESSMENTS_FUNCTION = """
CREATE OR REPLACE FUNCTION accredit_notice_of_assessments() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(left('accredit:' || TG_TABLE_SCHEMA, 63), 'assessment:*');
    RETURN NULL;
END
$$
"""


def _element_triggers() -> list[tuple[str, str, str, str]]:
    """(trigger, table, event, select of the changed element assessment ids as "id")."""
    return [
        ("accredit_notice_element_update", "element_assessment", "UPDATE",
         "SELECT id FROM new_rows"),
        ("accredit_notice_evidence_insert", "element_evidence", "INSERT",
         "SELECT element_assessment_id AS id FROM new_rows"),
        ("accredit_notice_evidence_delete", "element_evidence", "DELETE",
         "SELECT element_assessment_id AS id FROM old_rows"),
    ]  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # What is there already is kept (a project brought back to an older revision by hand
    # keeps its functions, which only the account that made them may replace).
    # A function per trigger, each reading its own transition table without dynamic SQL.
    for trigger, table, event, ids in _element_triggers():
        rows = "NEW TABLE AS new_rows" if event != "DELETE" else "OLD TABLE AS old_rows"
        function = f"{trigger}_function"
        if not _function_exists(function):
            op.execute(_elements_function(function, ids))
        if not _trigger_exists(trigger, table):
            op.execute(
                f"CREATE TRIGGER {trigger} AFTER {event} ON {table} REFERENCING {rows} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
            )
    if not _function_exists("accredit_notice_of_assessments"):
        op.execute(_ASSESSMENTS_FUNCTION)
    if not _trigger_exists("accredit_notice_assessment", "assessment"):
        op.execute(
            "CREATE TRIGGER accredit_notice_assessment AFTER INSERT OR UPDATE OR DELETE "
            "ON assessment FOR EACH STATEMENT EXECUTE FUNCTION accredit_notice_of_assessments()"
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
    op.execute("DROP TRIGGER IF EXISTS accredit_notice_assessment ON assessment")
    op.execute("DROP FUNCTION IF EXISTS accredit_notice_of_assessments()")
    for trigger, table, _event, _ids in _element_triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {trigger}_function()")
