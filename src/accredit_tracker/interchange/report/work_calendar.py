"""One person's due dates as an iCalendar (.ics) file, for Outlook or any calendar: an
all-day event on each due date, written into place when complete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.tracers.my_work import WorkItem, WorkKind
from accredit_tracker.interchange.report.target_file import check_target, replaced_when_complete

CALENDAR_SUFFIX = ".ics"


def _summary(item: WorkItem) -> str:
    if item.kind == WorkKind.ELEMENT:
        return translate("Report", "Due: {what}").format(what=item.what)
    if item.kind == WorkKind.ACTION:
        return translate("Report", "Action due: {what}").format(what=item.what)
    return translate("Report", "Review evidence: {what}").format(what=item.what)


def write_work_calendar(
    items: Sequence[WorkItem], target: Path, *, owner: str, now: datetime | None = None
) -> int:
    """Write the dated ``items`` to ``target`` as all-day events, each with a stable UID so
    that importing a newer file updates the events instead of doubling them. Returns how
    many events it holds."""
    target = Path(target)
    check_target(target, CALENDAR_SUFFIX)
    stamp = now or audit.now()
    calendar = Calendar()
    calendar.add("prodid", "-//Accredit Tracker//My work//EN")
    calendar.add("version", "2.0")
    calendar.add(
        "x-wr-calname", translate("Report", "Accreditation work: {owner}").format(owner=owner)
    )
    count = 0
    for item in items:
        if item.due is None:
            continue
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", _summary(item))
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        if item.assessment_name:
            event.add("description", item.assessment_name)
        calendar.add_component(event)
        count += 1
    with replaced_when_complete(target) as partial:
        partial.write_bytes(calendar.to_ical())
    return count
