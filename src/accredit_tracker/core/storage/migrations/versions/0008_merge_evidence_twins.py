"""Merge evidence twins

Revision ID: 0008
Revises: 0003
Create Date: 2026-12-07 13:30:00

Attaching content the project already holds now links the evidence file already there. Older
projects may hold twins: two or more evidence files with the same SHA-256 (the library listed
the same policy twice, and so did the report). Each set of twins becomes its oldest file, which
takes over every element the others supported, and a description or review date it lacks; one
audit row per merged file says which file it became.
"""

import getpass
import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MERGE_ACTION = "merge_evidence"

_evidence = sa.table(
    "evidence",
    sa.column("id", sa.Integer),
    sa.column("content_sha256", sa.String),
    sa.column("name", sa.String),
    sa.column("description", sa.String),
    sa.column("review_date", sa.Date),
)
_links = sa.table(
    "element_evidence",
    sa.column("element_assessment_id", sa.Integer),
    sa.column("evidence_id", sa.Integer),
)
_audit = sa.table(
    "audit_event",
    sa.column("at", sa.DateTime),
    sa.column("user", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("assessment_id", sa.Integer),
    sa.column("field", sa.String),
    sa.column("old_value", sa.String),
    sa.column("new_value", sa.String),
    sa.column("details", sa.String),
)


def _account() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def upgrade() -> None:
    connection = op.get_bind()
    twinned = sa.select(_evidence.c.content_sha256).group_by(_evidence.c.content_sha256)
    twinned = twinned.having(sa.func.count() > 1)
    rows = connection.execute(
        sa.select(
            _evidence.c.id,
            _evidence.c.content_sha256,
            _evidence.c.name,
            _evidence.c.description,
            _evidence.c.review_date,
        )
        .where(_evidence.c.content_sha256.in_(twinned))
        .order_by(_evidence.c.content_sha256, _evidence.c.id)
    ).all()
    by_content: dict[str, list[sa.Row]] = {}  # type: ignore[type-arg]
    for row in rows:
        by_content.setdefault(row.content_sha256, []).append(row)
    at, user = datetime.now(UTC), _account()
    for sha256, (kept, *twins) in by_content.items():
        linked = set(
            connection.execute(
                sa.select(_links.c.element_assessment_id).where(_links.c.evidence_id == kept.id)
            ).scalars()
        )
        filled: dict[str, object] = {}
        for twin in twins:
            moved = []
            for (element_assessment_id,) in connection.execute(
                sa.select(_links.c.element_assessment_id).where(_links.c.evidence_id == twin.id)
            ).all():
                if element_assessment_id not in linked:
                    linked.add(element_assessment_id)
                    moved.append(element_assessment_id)
            connection.execute(sa.delete(_links).where(_links.c.evidence_id == twin.id))
            if moved:
                connection.execute(
                    sa.insert(_links),
                    [{"element_assessment_id": i, "evidence_id": kept.id} for i in moved],
                )
            if not (kept.description or filled.get("description")) and twin.description:
                filled["description"] = twin.description
            if kept.review_date is None and "review_date" not in filled and twin.review_date:
                filled["review_date"] = twin.review_date
            connection.execute(sa.delete(_evidence).where(_evidence.c.id == twin.id))
            connection.execute(
                sa.insert(_audit).values(
                    at=at,
                    user=user,
                    action=MERGE_ACTION,
                    entity="evidence",
                    entity_id=kept.id,
                    assessment_id=None,
                    field="",
                    old_value=twin.name,
                    new_value=kept.name,
                    details=json.dumps(
                        {"sha256": sha256, "merged": twin.id, "element_assessments": moved}
                    ),
                )
            )
        if filled:
            connection.execute(
                sa.update(_evidence).where(_evidence.c.id == kept.id).values(**filled)
            )


def downgrade() -> None:
    # The twins were copies of one content; keeping it once loses nothing to restore.
    pass
