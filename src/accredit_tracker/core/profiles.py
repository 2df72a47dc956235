"""Scoring profiles kept inside the project, seeded from the shipped definitions."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core import audit
from accredit_tracker.core.models import ScoringProfileRecord
from accredit_tracker.core.resources import resource_path
from accredit_tracker.core.scoring import load_builtin_profiles


def profile_names(session: Session) -> dict[str, str]:
    """Key → name of every scoring profile in the project, in the order they were added."""
    rows = session.execute(
        select(col(ScoringProfileRecord.key), col(ScoringProfileRecord.name)).order_by(
            col(ScoringProfileRecord.id)
        )
    )
    return {key: name for key, name in rows}


def install_builtin_profiles(session: Session, *, user: str) -> list[str]:
    """Add the shipped profiles the project does not have yet; returns the keys added."""
    present = set(session.execute(select(col(ScoringProfileRecord.key))).scalars())
    added = []
    for profile in load_builtin_profiles(resource_path("scoring_profiles")):
        if profile.key in present:
            continue
        definition = json.dumps(profile.to_dict(), ensure_ascii=False, indent=1)
        record = ScoringProfileRecord(key=profile.key, name=profile.name, definition=definition)
        session.add(record)
        session.flush()
        audit.record(
            session,
            user=user,
            action="add_scoring_profile",
            entity="scoring_profile",
            entity_id=record.id,
            new=profile.key,
        )
        added.append(profile.key)
    return added
