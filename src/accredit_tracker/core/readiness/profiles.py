"""Scoring profiles kept inside the project: the shipped ones and any loaded from a file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.scoring import (
    ProfileKind,
    ScoringProfile,
    load_builtin_profiles,
)
from accredit_tracker.core.resources import resource_path
from accredit_tracker.core.storage.models import ScoringProfileRecord

MAX_PROFILE_FILE_BYTES = 1_000_000
"""A profile is a few hundred bytes; anything far larger is not one."""


class ProfileError(UserError):
    """A scoring profile could not be read or installed; the message is meant for the user."""


@dataclass(frozen=True)
class InstalledProfile:
    """A scoring profile stored in the project, with its row id."""

    id: int
    profile: ScoringProfile


def profile_names(session: Session) -> dict[str, str]:
    """Key → name of every scoring profile in the project, in the order they were added."""
    rows = session.execute(
        select(col(ScoringProfileRecord.key), col(ScoringProfileRecord.name)).order_by(
            col(ScoringProfileRecord.id)
        )
    )
    return {key: name for key, name in rows}


def installed_profiles(session: Session) -> list[InstalledProfile]:
    """Every scoring profile in the project, in the order they were added."""
    rows = session.execute(
        select(col(ScoringProfileRecord.id), col(ScoringProfileRecord.definition)).order_by(
            col(ScoringProfileRecord.id)
        )
    )
    return [
        InstalledProfile(row_id, ScoringProfile.from_dict(json.loads(definition)))
        for row_id, definition in rows
    ]


def profile_summary(profile: ScoringProfile) -> str:
    """One line saying what the profile demands, e.g. "points 10 / 5 / 0; standard ≥ 5, chapter
    ≥ 8, overall ≥ 9; judged once 80 % of applicable elements are assessed" (in the current
    language)."""
    coverage = translate(
        "Profiles", "{rules}; judged once {percent} % of applicable elements are assessed"
    )
    return coverage.format(
        rules=_rules_summary(profile), percent=_number(100 * profile.coverage_threshold)
    )


def _rules_summary(profile: ScoringProfile) -> str:
    """What the profile demands of the scores."""
    if profile.kind is ProfileKind.POINTS:
        assert profile.points is not None and profile.thresholds is not None
        points, thresholds = profile.points, profile.thresholds
        rules = []
        if thresholds.standard is not None:
            rules.append(
                translate("Profiles", "standard ≥ {value}").format(
                    value=_number(thresholds.standard)
                )
            )
        if thresholds.chapter is not None:
            rules.append(
                translate("Profiles", "chapter ≥ {value}").format(value=_number(thresholds.chapter))
            )
        if thresholds.overall is not None:
            rules.append(
                translate("Profiles", "overall ≥ {value}").format(value=_number(thresholds.overall))
            )
        scale = translate("Profiles", "points {fully_met} / {partially_met} / {not_met}").format(
            fully_met=_number(points.fully_met),
            partially_met=_number(points.partially_met),
            not_met=_number(points.not_met),
        )
        demands = ", ".join(rules) if rules else translate("Profiles", "no thresholds")
        return translate("Profiles", "{scale}; {thresholds}").format(
            scale=scale, thresholds=demands
        )
    bands = ", ".join(
        translate("Profiles", "{label} ≥ {percent} %").format(
            label=band.label, percent=_number(band.min_percent)
        )
        for band in profile.bands
    )
    return translate("Profiles", "{bands}; below: {label}").format(
        bands=bands, label=profile.below_label
    )


def _number(value: float) -> str:
    return f"{value:g}"


def load_profile_file(path: Path) -> ScoringProfile:
    """Read and validate a scoring profile from a JSON file.

    Raises :class:`ProfileError` naming the file and saying what is wrong: missing or
    unreadable, not JSON, or not a valid profile (which field, and why).
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PROFILE_FILE_BYTES:
            raise ProfileError(
                translate("Profiles", "{file}: too large to be a scoring profile.").format(
                    file=path.name
                )
            )
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ProfileError(
            translate("Profiles", "{file}: the file does not exist.").format(file=path.name)
        ) from None
    except UnicodeDecodeError:
        raise ProfileError(
            translate("Profiles", "{file}: not a JSON text file (it is not UTF-8).").format(
                file=path.name
            )
        ) from None
    except OSError as error:
        raise ProfileError(
            translate("Profiles", "{file}: cannot be read ({reason}).").format(
                file=path.name, reason=error.strerror or error
            )
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProfileError(
            translate(
                "Profiles", "{file}: not valid JSON (line {line}, column {column}: {reason})."
            ).format(file=path.name, line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    try:
        return ScoringProfile.from_dict(data)
    except ValueError as error:
        raise ProfileError(
            translate("Profiles", "{file}: {problem}.").format(file=path.name, problem=error)
        ) from None


def install_profile(session: Session, profile: ScoringProfile, *, user: str) -> int:
    """Store a scoring profile in the project (audited) and return its id.

    Installing a profile the project already holds, with the same definition, changes
    nothing and returns the stored id. A different profile under a key already in use is
    refused: assessments scored under that key would change their verdict silently.
    """
    definition = json.dumps(profile.to_dict(), ensure_ascii=False, indent=1)
    existing: ScoringProfileRecord | None = session.execute(
        select(ScoringProfileRecord).where(col(ScoringProfileRecord.key) == profile.key)
    ).scalar_one_or_none()
    if existing is not None:
        assert existing.id is not None
        stored = ScoringProfile.from_dict(json.loads(existing.definition))
        if stored == profile:
            return existing.id
        raise ProfileError(
            translate(
                "Profiles",
                "The project already has a different scoring profile with the key "
                "'{key}' (\"{name}\"). Give the new profile another key, "
                "e.g. '{free_key}', and load it again.",
            ).format(key=profile.key, name=existing.name, free_key=_free_key(session, profile.key))
        )
    return _add(session, profile.key, profile.name, definition, user=user)


def install_builtin_profiles(session: Session, *, user: str) -> list[str]:
    """Add the shipped profiles the project does not have yet; returns the keys added."""
    present = set(session.execute(select(col(ScoringProfileRecord.key))).scalars())
    added = []
    for profile in load_builtin_profiles(resource_path("scoring_profiles")):
        if profile.key in present:
            continue
        definition = json.dumps(profile.to_dict(), ensure_ascii=False, indent=1)
        _add(session, profile.key, profile.name, definition, user=user)
        added.append(profile.key)
    return added


def _add(session: Session, key: str, name: str, definition: str, *, user: str) -> int:
    audit.describe(session, user=user, at=audit.now())
    record = ScoringProfileRecord(key=key, name=name, definition=definition)
    session.add(record)
    session.flush()
    assert record.id is not None
    audit.record(
        session,
        user=user,
        action="add_scoring_profile",
        entity="scoring_profile",
        entity_id=record.id,
        new=key,
    )
    return record.id


def _free_key(session: Session, key: str) -> str:
    present = set(session.execute(select(col(ScoringProfileRecord.key))).scalars())
    number = 2
    while f"{key}_{number}" in present:
        number += 1
    return f"{key}_{number}"
