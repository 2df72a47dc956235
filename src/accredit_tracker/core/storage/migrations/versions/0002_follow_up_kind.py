"""Follow-up surveys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 14:20:00

An assessment's kind may now be "follow_up". The column is a VARCHAR(20) without a CHECK
constraint, so no table changes; the revision marks projects that may hold the new value, so an
older version of the app refuses them ("made by a newer version") instead of failing on it.
"""

from collections.abc import Sequence

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
