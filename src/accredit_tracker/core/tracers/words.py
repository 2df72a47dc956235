"""The fixed words of tracers: their kinds and statuses, a finding's severity, an action's
status."""

from __future__ import annotations

from enum import StrEnum

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate


class _Labelled(StrEnum):
    """A stored value with an English label, shown through ``translate("Tracers", label)``."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def shown(self) -> str:
        """The label in the current language."""
        return translate("Tracers", _LABELS[self])


class TracerKind(_Labelled):
    """What a tracer follows: one patient's care, one system, a round of the premises, an
    interview with leaders, or a review of documents."""

    INDIVIDUAL = "individual"
    SYSTEM = "system"
    ENVIRONMENT = "environment"
    LEADERSHIP = "leadership"
    DOCUMENT = "document"


class TracerStatus(_Labelled):
    PLANNED = "planned"
    DONE = "done"


class Likelihood(_Labelled):
    """How widely a finding was seen: the rows of a SAFER-style matrix."""

    LIMITED = "limited"
    PATTERN = "pattern"
    WIDESPREAD = "widespread"


class Impact(_Labelled):
    """How much harm a finding could do: the columns of a SAFER-style matrix."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class ActionStatus(_Labelled):
    """How far a corrective action has got, up to whether it proved effective."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    EFFECTIVE = "verified_effective"
    NOT_EFFECTIVE = "not_effective"


OPEN_ACTION_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
"""An action in one of these is still to be done, and overdue once its due date has passed."""

_LABELS: dict[StrEnum, str] = {
    TracerKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Tracers", "Individual patient tracer"),
    TracerKind.SYSTEM: QT_TRANSLATE_NOOP("Tracers", "System tracer"),
    TracerKind.ENVIRONMENT: QT_TRANSLATE_NOOP("Tracers", "Environment round"),
    TracerKind.LEADERSHIP: QT_TRANSLATE_NOOP("Tracers", "Leadership interview"),
    TracerKind.DOCUMENT: QT_TRANSLATE_NOOP("Tracers", "Document review"),
    TracerStatus.PLANNED: QT_TRANSLATE_NOOP("Tracers", "Planned"),
    TracerStatus.DONE: QT_TRANSLATE_NOOP("Tracers", "Done"),
    Likelihood.LIMITED: QT_TRANSLATE_NOOP("Tracers", "Limited"),
    Likelihood.PATTERN: QT_TRANSLATE_NOOP("Tracers", "Pattern"),
    Likelihood.WIDESPREAD: QT_TRANSLATE_NOOP("Tracers", "Widespread"),
    Impact.LOW: QT_TRANSLATE_NOOP("Tracers", "Low"),
    Impact.MODERATE: QT_TRANSLATE_NOOP("Tracers", "Moderate"),
    Impact.HIGH: QT_TRANSLATE_NOOP("Tracers", "High"),
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Tracers", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Tracers", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Tracers", "Done"),
    ActionStatus.EFFECTIVE: QT_TRANSLATE_NOOP("Tracers", "Verified effective"),
    ActionStatus.NOT_EFFECTIVE: QT_TRANSLATE_NOOP("Tracers", "Not effective"),
}


def severity(likelihood: Likelihood, impact: Impact) -> str:
    """A finding's place in the matrix, as "Pattern × High" in the current language."""
    return f"{likelihood.shown} × {impact.shown}"
