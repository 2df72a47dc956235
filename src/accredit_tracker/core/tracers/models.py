"""The tables of tracers, findings and corrective actions, beside the project's other tables."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from accredit_tracker.core.storage.models import _enum_column
from accredit_tracker.core.tracers.words import (
    ActionStatus,
    Impact,
    Likelihood,
    TracerKind,
    TracerStatus,
)
from accredit_tracker.core.vocabulary import Result


class Tracer(SQLModel, table=True):
    """One tracer of an assessment: a patient's pathway or a system followed through units."""

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="assessment.id", index=True, ondelete="CASCADE")
    kind: TracerKind = Field(
        default=TracerKind.INDIVIDUAL,
        sa_column=_enum_column(TracerKind, TracerKind.INDIVIDUAL),
    )
    held_on: date | None = None
    units: str = ""
    people: str = ""
    focus: str = ""
    scope: str = ""
    """The chapters, standards or tags whose elements its worksheet lists, separated by ';'."""
    status: TracerStatus = Field(
        default=TracerStatus.PLANNED, sa_column=_enum_column(TracerStatus, TracerStatus.PLANNED)
    )
    created_at: datetime
    created_by: str = ""


class Finding(SQLModel, table=True):
    """What was seen on a tracer, where, how far it complies and how severe it is."""

    id: int | None = Field(default=None, primary_key=True)
    tracer_id: int = Field(foreign_key="tracer.id", index=True, ondelete="CASCADE")
    observed: str
    location: str = ""
    compliance: Result = Field(
        default=Result.PARTIALLY_MET, sa_column=_enum_column(Result, Result.PARTIALLY_MET)
    )
    likelihood: Likelihood = Field(
        default=Likelihood.LIMITED, sa_column=_enum_column(Likelihood, Likelihood.LIMITED)
    )
    impact: Impact = Field(default=Impact.LOW, sa_column=_enum_column(Impact, Impact.LOW))
    accepted_at: datetime | None = None
    accepted_by: str = ""
    recorded_at: datetime
    recorded_by: str = ""


class FindingElement(SQLModel, table=True):
    """Links a finding to the element assessments it bears on (many to many)."""

    __tablename__ = "finding_element"

    finding_id: int = Field(foreign_key="finding.id", primary_key=True, ondelete="CASCADE")
    element_assessment_id: int = Field(
        foreign_key="element_assessment.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class FindingEvidence(SQLModel, table=True):
    """Links a finding to the photos and documents that show it (many to many)."""

    __tablename__ = "finding_evidence"

    finding_id: int = Field(foreign_key="finding.id", primary_key=True, ondelete="CASCADE")
    evidence_id: int = Field(foreign_key="evidence.id", primary_key=True, ondelete="CASCADE")


class CorrectiveAction(SQLModel, table=True):
    """What will be done about a finding or an element found wanting, by whom and by when,
    and whether it proved effective."""

    __tablename__ = "corrective_action"

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="assessment.id", index=True, ondelete="CASCADE")
    finding_id: int | None = Field(
        default=None, foreign_key="finding.id", index=True, ondelete="SET NULL"
    )
    what: str
    root_cause: str = ""
    owner: str = ""
    department: str = ""
    opened_on: date
    due_on: date | None = None
    status: ActionStatus = Field(
        default=ActionStatus.PLANNED, sa_column=_enum_column(ActionStatus, ActionStatus.PLANNED)
    )
    measure: str = ""
    verified_on: date | None = None
    verified_by: str = ""
    verification: str = ""
    created_at: datetime
    created_by: str = ""


class ActionElement(SQLModel, table=True):
    """Links a corrective action to the element assessments it serves (many to many)."""

    __tablename__ = "action_element"

    action_id: int = Field(foreign_key="corrective_action.id", primary_key=True, ondelete="CASCADE")
    element_assessment_id: int = Field(
        foreign_key="element_assessment.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class ActionEvidence(SQLModel, table=True):
    """Links a corrective action to the evidence of its verification (many to many)."""

    __tablename__ = "action_evidence"

    action_id: int = Field(foreign_key="corrective_action.id", primary_key=True, ondelete="CASCADE")
    evidence_id: int = Field(foreign_key="evidence.id", primary_key=True, ondelete="CASCADE")
