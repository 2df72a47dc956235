"""Crosswalks

Revision ID: 0010
Revises: 0003
Create Date: 2026-12-07 13:40:00

Mapping sets between two libraries of a project and their rows; the element assessments
whose values were carried through a mapping, until reviewed; and the suggestions offered for
elements mapped by subset, superset or intersect.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RELATIONSHIPS = ("equal", "subset", "superset", "intersect", "not_related")
_DECISIONS = ("open", "accepted", "rejected")


def _enum(name: str, values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20)


def upgrade() -> None:
    op.create_table(
        "mapping_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("source_library_id", sa.Integer(), nullable=False),
        sa.Column("target_library_id", sa.Integer(), nullable=False),
        sa.Column("imported_from", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["source_library_id"], ["library.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["target_library_id"], ["library.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    with op.batch_alter_table("mapping_set") as batch:
        batch.create_index("ix_mapping_set_source_library_id", ["source_library_id"])
        batch.create_index("ix_mapping_set_target_library_id", ["target_library_id"])
    op.create_table(
        "mapping_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mapping_set_id", sa.Integer(), nullable=False),
        sa.Column("source_element_id", sa.Integer(), nullable=True),
        sa.Column("source_standard_id", sa.Integer(), nullable=True),
        sa.Column("target_element_id", sa.Integer(), nullable=True),
        sa.Column("target_standard_id", sa.Integer(), nullable=True),
        sa.Column("relationship", _enum("relationship", _RELATIONSHIPS), nullable=False),
        sa.Column("rationale", sa.String(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["mapping_set_id"], ["mapping_set.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["source_element_id"], ["measurable_element.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["source_standard_id"], ["standard.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["target_element_id"], ["measurable_element.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["target_standard_id"], ["standard.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mapping_row") as batch:
        batch.create_index("ix_mapping_row_mapping_set_id", ["mapping_set_id"])
    op.create_table(
        "carried_element",
        sa.Column("element_assessment_id", sa.Integer(), nullable=False),
        sa.Column("source_element_assessment_id", sa.Integer(), nullable=True),
        sa.Column("mapping_set_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["element_assessment_id"], ["element_assessment.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_element_assessment_id"], ["element_assessment.id"], ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["mapping_set_id"], ["mapping_set.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("element_assessment_id"),
    )
    op.create_table(
        "carry_suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("element_assessment_id", sa.Integer(), nullable=False),
        sa.Column("source_element_assessment_id", sa.Integer(), nullable=False),
        sa.Column("relationship", _enum("relationship", _RELATIONSHIPS), nullable=False),
        sa.Column("decision", _enum("decision", _DECISIONS), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["element_assessment_id"], ["element_assessment.id"], ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_element_assessment_id"], ["element_assessment.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("element_assessment_id", "source_element_assessment_id"),
    )
    with op.batch_alter_table("carry_suggestion") as batch:
        batch.create_index("ix_carry_suggestion_element_assessment_id", ["element_assessment_id"])


def downgrade() -> None:
    op.drop_table("carry_suggestion")
    op.drop_table("carried_element")
    op.drop_table("mapping_row")
    op.drop_table("mapping_set")
