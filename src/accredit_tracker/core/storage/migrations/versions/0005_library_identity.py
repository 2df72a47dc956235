"""Library identity

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-07 13:15:00

A library records the language of its texts, its copyright notice and a digest of its
content, so that importing the same list twice is recognised and a new edition of a list
is kept beside the earlier one. Libraries imported before keep an empty digest, which is
worked out from their stored rows when it is needed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("language", "copyright", "content_digest")


def upgrade() -> None:
    with op.batch_alter_table("library") as batch:
        for name in _COLUMNS:
            batch.add_column(sa.Column(name, sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("library") as batch:
        for name in reversed(_COLUMNS):
            batch.drop_column(name)
