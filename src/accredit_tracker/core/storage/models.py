"""The project's tables: standards library, assessments, evidence and the audit trail."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint
from sqlalchemy import Enum as SAEnum
from sqlmodel import Field, SQLModel

from accredit_tracker.core.vocabulary import AssessmentKind, Result, WorkStatus


def _enum_column(enum: type[StrEnum], default: StrEnum) -> Column[StrEnum]:
    """A text column holding the enum's values (not its Python names), readable in plain SQL."""
    return Column(
        SAEnum(
            enum,
            values_callable=lambda members: [m.value for m in members],
            native_enum=False,
            length=20,
            validate_strings=True,
        ),
        nullable=False,
        default=default,
    )


class Library(SQLModel, table=True):
    """One edition of a standards manual, as imported from a spreadsheet."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    publisher: str = ""
    edition: str = ""
    imported_from: str = ""
    imported_at: datetime
    imported_by: str = ""
    language: str = ""  # the language its texts are written in, as a locale code ("ru", "en")
    copyright: str = ""
    # SHA-256 of its chapters, standards and elements (libraries.content_digest); empty for
    # a library imported before digests were kept
    content_digest: str = ""


class Chapter(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("library_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    library_id: int = Field(foreign_key="library.id", index=True, ondelete="CASCADE")
    code: str
    title: str = ""
    position: int


class Standard(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("library_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    library_id: int = Field(foreign_key="library.id", ondelete="CASCADE")
    chapter_id: int = Field(foreign_key="chapter.id", index=True, ondelete="CASCADE")
    code: str
    text: str = ""
    section: str = ""
    guidance: str = ""
    position: int


class MeasurableElement(SQLModel, table=True):
    __tablename__ = "measurable_element"
    __table_args__ = (UniqueConstraint("library_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    library_id: int = Field(foreign_key="library.id", ondelete="CASCADE")
    standard_id: int = Field(foreign_key="standard.id", index=True, ondelete="CASCADE")
    number: str
    code: str
    text: str
    typical_evidence: str = ""
    tags: str = ""
    weight: float = 1.0
    search_key: str = ""
    position: int
    section_path: str = ""
    guidance: str = ""
    attributes: str = ""  # JSON object of header → value, or "" for none


class ScoringProfileRecord(SQLModel, table=True):
    """A scoring profile kept in the project as JSON, so it travels with the file."""

    __tablename__ = "scoring_profile"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str
    definition: str


class ProjectSetting(SQLModel, table=True):
    """One of the project's own details, such as the facility's name, by its key."""

    __tablename__ = "project_setting"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    value: str


class Assessment(SQLModel, table=True):
    """One survey cycle of the facility against one library."""

    id: int | None = Field(default=None, primary_key=True)
    library_id: int = Field(foreign_key="library.id", index=True)
    scoring_profile_id: int = Field(foreign_key="scoring_profile.id")
    name: str
    kind: AssessmentKind = Field(
        default=AssessmentKind.SELF, sa_column=_enum_column(AssessmentKind, AssessmentKind.SELF)
    )
    starts_on: date | None = None
    ends_on: date | None = None
    locked: bool = False
    created_at: datetime


class ElementAssessment(SQLModel, table=True):
    """The state of one measurable element within one assessment."""

    __tablename__ = "element_assessment"
    __table_args__ = (UniqueConstraint("assessment_id", "element_id"),)

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="assessment.id", ondelete="CASCADE")
    element_id: int = Field(foreign_key="measurable_element.id", index=True, ondelete="CASCADE")
    result: Result = Field(
        default=Result.NOT_ASSESSED, sa_column=_enum_column(Result, Result.NOT_ASSESSED)
    )
    work_status: WorkStatus = Field(
        default=WorkStatus.TO_DO, sa_column=_enum_column(WorkStatus, WorkStatus.TO_DO)
    )
    owner: str = ""
    department: str = ""
    due_date: date | None = None
    notes: str = ""
    version: int = 1
    updated_at: datetime | None = None
    updated_by: str = ""


class EvidenceContent(SQLModel, table=True):
    """File content stored once per SHA-256, split into chunks so large files stream."""

    __tablename__ = "evidence_content"

    sha256: str = Field(primary_key=True)
    size: int


class EvidenceChunk(SQLModel, table=True):
    __tablename__ = "evidence_chunk"

    content_sha256: str = Field(
        foreign_key="evidence_content.sha256", primary_key=True, ondelete="CASCADE"
    )
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Evidence(SQLModel, table=True):
    """A file as the user attached it: its name and dates, pointing at shared content."""

    id: int | None = Field(default=None, primary_key=True)
    content_sha256: str = Field(foreign_key="evidence_content.sha256", index=True)
    name: str
    media_type: str = ""
    description: str = ""
    review_date: date | None = None
    added_at: datetime
    added_by: str = ""


class ElementEvidence(SQLModel, table=True):
    """Links an evidence file to the element assessments it supports (many to many)."""

    __tablename__ = "element_evidence"

    element_assessment_id: int = Field(
        foreign_key="element_assessment.id", primary_key=True, ondelete="CASCADE"
    )
    evidence_id: int = Field(foreign_key="evidence.id", primary_key=True, ondelete="CASCADE")


class AuditEvent(SQLModel, table=True):
    """Append-only record of one change: who, when, what, old and new."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    user: str
    action: str
    entity: str
    entity_id: int | None = None
    assessment_id: int | None = Field(default=None, index=True)
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    details: str = ""
    chain_hash: str | None = None
    """SHA-256 over this row and the previous row's hash (core.audit.chain); None on rows
    written before the project had the chain."""
