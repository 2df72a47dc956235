"""Tracers, findings and corrective actions

Revision ID: 0009
Revises: 0003
Create Date: 2026-12-07 13:30:00

Tracers of an assessment, the findings recorded on them (linked to element assessments and to
evidence files), and corrective actions (linked to the elements they serve, to a finding and
to the evidence of their verification).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _words(name: str, *values: str) -> sa.Enum:
    """A text column of fixed words, as the models declare them (no CHECK, no native type)."""
    return sa.Enum(*values, name=name, native_enum=False, length=20)


_RESULTS = ("not_assessed", "fully_met", "partially_met", "not_met", "not_applicable")


def upgrade() -> None:
    op.create_table(
        "tracer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            _words("tracerkind", "individual", "system", "environment", "leadership", "document"),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("units", sa.String(), nullable=False),
        sa.Column("people", sa.String(), nullable=False),
        sa.Column("focus", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("status", _words("tracerstatus", "planned", "done"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tracer_assessment_id", "tracer", ["assessment_id"])
    op.create_table(
        "finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracer_id", sa.Integer(), nullable=False),
        sa.Column("observed", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("compliance", _words("result", *_RESULTS), nullable=False),
        sa.Column(
            "likelihood", _words("likelihood", "limited", "pattern", "widespread"), nullable=False
        ),
        sa.Column("impact", _words("impact", "low", "moderate", "high"), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("accepted_by", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["tracer_id"], ["tracer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_finding_tracer_id", "finding", ["tracer_id"])
    op.create_table(
        "finding_element",
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("element_assessment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["finding_id"], ["finding.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["element_assessment_id"], ["element_assessment.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("finding_id", "element_assessment_id"),
    )
    op.create_index(
        "ix_finding_element_element_assessment_id", "finding_element", ["element_assessment_id"]
    )
    op.create_table(
        "finding_evidence",
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["finding_id"], ["finding.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("finding_id", "evidence_id"),
    )
    op.create_table(
        "corrective_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("root_cause", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("department", sa.String(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            _words(
                "actionstatus",
                "planned",
                "in_progress",
                "done",
                "verified_effective",
                "not_effective",
            ),
            nullable=False,
        ),
        sa.Column("measure", sa.String(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("verified_by", sa.String(), nullable=False),
        sa.Column("verification", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["finding_id"], ["finding.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_corrective_action_assessment_id", "corrective_action", ["assessment_id"])
    op.create_index("ix_corrective_action_finding_id", "corrective_action", ["finding_id"])
    op.create_table(
        "action_element",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("element_assessment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["corrective_action.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["element_assessment_id"], ["element_assessment.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("action_id", "element_assessment_id"),
    )
    op.create_index(
        "ix_action_element_element_assessment_id", "action_element", ["element_assessment_id"]
    )
    op.create_table(
        "action_evidence",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["corrective_action.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("action_id", "evidence_id"),
    )


def downgrade() -> None:
    op.drop_table("action_evidence")
    op.drop_index("ix_action_element_element_assessment_id", table_name="action_element")
    op.drop_table("action_element")
    op.drop_index("ix_corrective_action_finding_id", table_name="corrective_action")
    op.drop_index("ix_corrective_action_assessment_id", table_name="corrective_action")
    op.drop_table("corrective_action")
    op.drop_table("finding_evidence")
    op.drop_index("ix_finding_element_element_assessment_id", table_name="finding_element")
    op.drop_table("finding_element")
    op.drop_index("ix_finding_tracer_id", table_name="finding")
    op.drop_table("finding")
    op.drop_index("ix_tracer_assessment_id", table_name="tracer")
    op.drop_table("tracer")
