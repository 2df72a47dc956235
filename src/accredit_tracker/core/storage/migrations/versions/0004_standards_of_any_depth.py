"""Standards of any depth

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 13:30:00

Standards lists of any depth keep what does not fit chapter → standard → element: an element's
section path (the headings between its standard and itself), the guidance text published with
an element or a standard, and the columns of the file kept as they are (a JSON object of
header → value). Existing rows get empty values.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ELEMENT_COLUMNS = ("section_path", "guidance", "attributes")


def upgrade() -> None:
    for name in _ELEMENT_COLUMNS:
        op.add_column(
            "measurable_element",
            sa.Column(name, sa.String(), nullable=False, server_default=""),
        )
    op.add_column("standard", sa.Column("guidance", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("standard") as batch_op:
        batch_op.drop_column("guidance")
    with op.batch_alter_table("measurable_element") as batch_op:
        for name in _ELEMENT_COLUMNS:
            batch_op.drop_column(name)
