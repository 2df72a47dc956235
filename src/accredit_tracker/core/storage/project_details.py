"""The project's own details (the facility's name), read and changed with an audit row."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.errors import UserError
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.models import ProjectSetting

FACILITY_NAME = "facility_name"
MAX_FACILITY_NAME = 200
"""Characters a facility's name may have: it heads every page of the report."""


class ProjectDetailsError(UserError):
    """A project detail was refused; the message is meant for the user."""


def facility_name(session: Session) -> str | None:
    """The facility's name as set for the project; ``None`` when it was never set."""
    return session.execute(
        select(col(ProjectSetting.value)).where(col(ProjectSetting.key) == FACILITY_NAME)
    ).scalar_one_or_none()


def set_facility_name(session: Session, name: str, *, user: str) -> bool:
    """Set the facility's name that reports show (audited with the old and new name).

    Spaces and line breaks run together into one space; an empty name, or one longer than
    :data:`MAX_FACILITY_NAME`, is refused. Returns False when the name already was that, and
    records nothing."""
    name = " ".join(name.split())
    if not name:
        raise ProjectDetailsError(translate("ProjectDetails", "The facility's name is empty."))
    if len(name) > MAX_FACILITY_NAME:
        raise ProjectDetailsError(
            translate(
                "ProjectDetails", "The facility's name is longer than {limit} characters."
            ).format(limit=MAX_FACILITY_NAME)
        )
    setting = session.execute(
        select(ProjectSetting).where(col(ProjectSetting.key) == FACILITY_NAME)
    ).scalar_one_or_none()
    old = None if setting is None else setting.value
    if old == name:
        return False
    audit.describe(session, user=user, at=audit.now())
    if setting is None:
        setting = ProjectSetting(key=FACILITY_NAME, value=name)
        session.add(setting)
    else:
        setting.value = name
    session.flush()
    audit.record(
        session,
        user=user,
        action="set_facility_name",
        entity="project_setting",
        entity_id=setting.id,
        field=FACILITY_NAME,
        old=old,
        new=name,
    )
    return True
