"""Results, work statuses and checklist fields by their translated names, as the officer reads
them in tables, menus and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from accredit_tracker.core.vocabulary import FIELD_LABELS, Result, WorkStatus


def result_label(result: Result) -> str:
    return QCoreApplication.translate("Result", result.label)


def status_label(status: WorkStatus) -> str:
    return QCoreApplication.translate("WorkStatus", status.label)


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate("Field", label) if label is not None else name


def value_label(name: str, value: str) -> str:
    """An audit-trail value as the user knows it ("fully_met" → "Fully met")."""
    if name == "result" and value in Result._value2member_map_:
        return result_label(Result(value))
    if name == "work_status" and value in WorkStatus._value2member_map_:
        return status_label(WorkStatus(value))
    return value
