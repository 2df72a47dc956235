"""The fixed words of the domain: element results, work statuses, assessment kinds."""

from __future__ import annotations

from enum import StrEnum

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP


class Result(StrEnum):
    """A surveyor's finding for one measurable element."""

    NOT_ASSESSED = "not_assessed"
    FULLY_MET = "fully_met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """The result's name in English; shown through ``translate("Result", label)``."""
        return _RESULT_LABELS[self]


# The context is the one the window translates these with (ui/checklist/element_table_model.py).
_RESULT_LABELS = {
    Result.NOT_ASSESSED: QT_TRANSLATE_NOOP("Result", "Not assessed"),
    Result.FULLY_MET: QT_TRANSLATE_NOOP("Result", "Fully met"),
    Result.PARTIALLY_MET: QT_TRANSLATE_NOOP("Result", "Partially met"),
    Result.NOT_MET: QT_TRANSLATE_NOOP("Result", "Not met"),
    Result.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Result", "Not applicable"),
}


class WorkStatus(StrEnum):
    """How far the department's work on an element has got, apart from its result."""

    TO_DO = "to_do"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        """The status's name in English; shown through ``translate("WorkStatus", label)``."""
        return _STATUS_LABELS[self]


FIELD_LABELS = {
    "result": QT_TRANSLATE_NOOP("Field", "Result"),
    "work_status": QT_TRANSLATE_NOOP("Field", "Status"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "department": QT_TRANSLATE_NOOP("Field", "Department"),
    "due_date": QT_TRANSLATE_NOOP("Field", "Due date"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "evidence": QT_TRANSLATE_NOOP("Field", "Evidence"),
}
"""The English name of each field an officer changes (and of an element's evidence), by its
stored name; shown through ``translate("Field", label)``, as the window's history does."""

_STATUS_LABELS = {
    WorkStatus.TO_DO: QT_TRANSLATE_NOOP("WorkStatus", "To do"),
    WorkStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("WorkStatus", "In progress"),
    WorkStatus.DONE: QT_TRANSLATE_NOOP("WorkStatus", "Done"),
}


class AssessmentKind(StrEnum):
    """Which kind of survey cycle an assessment records."""

    SELF = "self"
    MOCK = "mock"
    OFFICIAL = "official"
    FOLLOW_UP = "follow_up"


RESULT_BY_VALUE = {result.value: result for result in Result}
"""Stored value → result: a plain dict, quicker than ``Result(value)`` over 100,000 rows."""
STATUS_BY_VALUE = {status.value: status for status in WorkStatus}
"""Stored value → work status, likewise."""
