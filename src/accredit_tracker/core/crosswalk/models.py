"""The crosswalk tables: mapping sets and their rows, values carried through a mapping, and
the suggestions an officer accepts or rejects."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, UniqueConstraint
from sqlalchemy import Enum as SAEnum
from sqlmodel import Field, SQLModel

from accredit_tracker.core.crosswalk.relationships import Relationship


class Decision(StrEnum):
    """What an officer made of a suggestion."""

    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


def _enum_column(enum: type[StrEnum], default: StrEnum | None = None) -> Column[StrEnum]:
    """A text column holding the enum's values, readable in plain SQL (as core.storage's)."""
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


class MappingSet(SQLModel, table=True):
    """A named mapping from one library of the project (the source) to another (the target)."""

    __tablename__ = "mapping_set"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    source_library_id: int = Field(foreign_key="library.id", index=True, ondelete="CASCADE")
    target_library_id: int = Field(foreign_key="library.id", index=True, ondelete="CASCADE")
    imported_from: str = ""
    created_at: datetime
    created_by: str = ""


class MappingRow(SQLModel, table=True):
    """One row of a mapping set: a source element or standard, its relationship to a target
    element or standard, why, and how strongly (0-10, as CISO Assistant rates it)."""

    __tablename__ = "mapping_row"

    id: int | None = Field(default=None, primary_key=True)
    mapping_set_id: int = Field(foreign_key="mapping_set.id", index=True, ondelete="CASCADE")
    source_element_id: int | None = Field(
        default=None, foreign_key="measurable_element.id", ondelete="CASCADE"
    )
    source_standard_id: int | None = Field(
        default=None, foreign_key="standard.id", ondelete="CASCADE"
    )
    target_element_id: int | None = Field(
        default=None, foreign_key="measurable_element.id", ondelete="CASCADE"
    )
    target_standard_id: int | None = Field(
        default=None, foreign_key="standard.id", ondelete="CASCADE"
    )
    relationship: Relationship = Field(sa_column=_enum_column(Relationship))
    rationale: str = ""
    strength: int | None = None
    position: int


class CarriedElement(SQLModel, table=True):
    """An element assessment whose values were carried through an equal mapping: "carried —
    review" until an officer keeps or changes them."""

    __tablename__ = "carried_element"

    element_assessment_id: int = Field(
        foreign_key="element_assessment.id", primary_key=True, ondelete="CASCADE"
    )
    source_element_assessment_id: int | None = Field(
        default=None, foreign_key="element_assessment.id", ondelete="SET NULL"
    )
    mapping_set_id: int | None = Field(
        default=None, foreign_key="mapping_set.id", ondelete="SET NULL"
    )
    reviewed_at: datetime | None = None
    reviewed_by: str = ""


class CarrySuggestion(SQLModel, table=True):
    """A source element that bears on a target element through a subset, superset or
    intersect mapping (or one of several equal ones): offered, never applied by itself."""

    __tablename__ = "carry_suggestion"
    __table_args__ = (UniqueConstraint("element_assessment_id", "source_element_assessment_id"),)

    id: int | None = Field(default=None, primary_key=True)
    element_assessment_id: int = Field(
        foreign_key="element_assessment.id", index=True, ondelete="CASCADE"
    )
    source_element_assessment_id: int = Field(
        foreign_key="element_assessment.id", ondelete="CASCADE"
    )
    relationship: Relationship = Field(sa_column=_enum_column(Relationship))
    decision: Decision = Field(
        default=Decision.OPEN, sa_column=_enum_column(Decision, Decision.OPEN)
    )
    decided_at: datetime | None = None
    decided_by: str = ""
