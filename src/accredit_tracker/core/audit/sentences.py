"""Each recorded change told as one sentence an officer or a surveyor reads without knowing how
the project stores it: no JSON, no internal names, results and statuses by their labels, dates
as the reader's calendar shows them, and an undo said to be one."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Final

from accredit_tracker.core.audit.recording import UNDO_DETAILS
from accredit_tracker.core.audit.trail import TrailEntry
from accredit_tracker.core.evidence.queries import format_size
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.tracers.words import ActionStatus, TracerKind, TracerStatus
from accredit_tracker.core.vocabulary import FIELD_LABELS, AssessmentKind, Result, WorkStatus

_CONTEXT: Final = "AuditSentence"
LONG_TEXT: Final = 80
"""Free text (notes, descriptions) longer than this many characters is cut with "…" in a
sentence; the Old → New column and its tooltip keep it whole."""

DateText = Callable[[date], str]

_KIND_WORDS: Final = {
    AssessmentKind.SELF.value: QT_TRANSLATE_NOOP("AuditSentence", "self-assessment"),
    AssessmentKind.MOCK.value: QT_TRANSLATE_NOOP("AuditSentence", "mock survey"),
    AssessmentKind.OFFICIAL.value: QT_TRANSLATE_NOOP("AuditSentence", "official survey"),
    AssessmentKind.FOLLOW_UP.value: QT_TRANSLATE_NOOP("AuditSentence", "follow-up survey"),
}
_OTHER_FIELDS: Final = {
    "name": QT_TRANSLATE_NOOP("AuditSentence", "Name"),
    "description": QT_TRANSLATE_NOOP("AuditSentence", "Description"),
    "review_date": QT_TRANSLATE_NOOP("AuditSentence", "Review date"),
    "locked": QT_TRANSLATE_NOOP("AuditSentence", "Locked"),
    "scoring_profile": QT_TRANSLATE_NOOP("AuditSentence", "Scoring profile"),
    "facility_name": QT_TRANSLATE_NOOP("AuditSentence", "Facility name"),
    "status": QT_TRANSLATE_NOOP("AuditSentence", "Status"),
    "what": QT_TRANSLATE_NOOP("AuditSentence", "What will be done"),
    "root_cause": QT_TRANSLATE_NOOP("AuditSentence", "Root cause"),
    "due_on": QT_TRANSLATE_NOOP("AuditSentence", "Due date"),
    "measure": QT_TRANSLATE_NOOP("AuditSentence", "Measure of success"),
    "suggestion": QT_TRANSLATE_NOOP("AuditSentence", "Suggestion"),
    "row": QT_TRANSLATE_NOOP("AuditSentence", "Mapping row"),
    "carried": QT_TRANSLATE_NOOP("AuditSentence", "Carried value"),
}
"""Names of the fields recorded outside the checklist (evidence files, assessments, project,
tracers, corrective actions, mappings)."""
_DATE_FIELDS: Final = ("due_date", "review_date", "due_on")


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this module's context, translated."""
    return translate(_CONTEXT, text)


def is_undo(entry: TrailEntry) -> bool:
    """Whether the change undid an earlier one (Edit → Undo)."""
    return entry.details == UNDO_DETAILS or entry.details.startswith(f"{UNDO_DETAILS}; ")


def own_details(entry: TrailEntry) -> str:
    """The change's details without the mark an undo adds."""
    if entry.details == UNDO_DETAILS:
        return ""
    return entry.details.removeprefix(f"{UNDO_DETAILS}; ")


def sentence(
    entry: TrailEntry,
    *,
    date_text: DateText = date.isoformat,
    profile_names: Mapping[str, str] | None = None,
) -> str:
    """The change as one sentence in the current language ("Result of PCI.3.1 ME 2 set to
    Fully met (was Not assessed)."); an undo begins "Undo:".

    ``date_text`` writes a day as the reader's calendar does; ``profile_names`` gives a
    scoring profile's name by its key.
    """
    told = _told(entry, date_text, profile_names or {})
    if is_undo(entry):
        return translate("AuditSentence", "Undo: {change}").format(change=told)
    return told


def _told(entry: TrailEntry, date_text: DateText, profiles: Mapping[str, str]) -> str:
    action, details = entry.action, own_details(entry)
    element = entry.element_code or translate("AuditSentence", "an element")
    old, new = entry.old_value, entry.new_value
    if action == "update_element":
        told = _element_change(entry.field, element, old, new, date_text)
        source = details.removeprefix("imported from ")
        if details.startswith("imported from "):
            told += " " + translate("AuditSentence", "Taken back from {file}.").format(file=source)
        return told
    if action in ("attach_evidence", "link_evidence") and entry.entity == "element_assessment":
        return translate("AuditSentence", "“{file}” linked to {element} as evidence.").format(
            file=new, element=element
        )
    if action == "attach_evidence":
        facts = _facts(details)
        size = facts.get("size")
        if isinstance(size, int):
            return translate(
                "AuditSentence", "Evidence file “{file}” ({size}) added to the project."
            ).format(file=new, size=format_size(size))
        return translate("AuditSentence", "Evidence file “{file}” added to the project.").format(
            file=new
        )
    if action == "unlink_evidence":
        return translate(
            "AuditSentence", "“{file}” taken off {element}; the file stays in the project."
        ).format(file=old, element=element)
    if action == "delete_evidence" and entry.entity == "element_assessment":
        return translate(
            "AuditSentence", "{element} lost “{file}”, which was removed from the project."
        ).format(file=old, element=element)
    if action == "delete_evidence":
        return translate(
            "AuditSentence", "Evidence file “{file}” removed from the project."
        ).format(file=old)
    if action == "update_evidence":
        return _evidence_change(entry.field, details, old, new, date_text)
    if action == "merge_evidence":
        return translate(
            "AuditSentence",
            "Evidence file “{twin}” merged into “{file}”, which has the same content; "
            "it supports the elements of both.",
        ).format(twin=old, file=new)
    if action == "create_assessment":
        return _new_assessment(new or entry.assessment_name, details, date_text, profiles)
    if action == "carry_evidence_links":
        earlier = _quoted_name(details)
        if earlier:
            return translate(
                "AuditSentence", "{count} evidence links carried over from “{earlier}”."
            ).format(count=new or 0, earlier=earlier)
        return translate("AuditSentence", "{count} evidence links carried over.").format(
            count=new or 0
        )
    if action == "lock_assessment":
        return translate("AuditSentence", "Assessment “{name}” locked.").format(
            name=entry.assessment_name
        )
    if action == "unlock_assessment":
        return translate("AuditSentence", "Assessment “{name}” unlocked.").format(
            name=entry.assessment_name
        )
    if action == "set_scoring_profile":
        return translate(
            "AuditSentence", "Assessment “{name}” now scored with “{profile}” (was “{was}”)."
        ).format(
            name=entry.assessment_name,
            profile=details or profiles.get(new, new),
            was=profiles.get(old, old),
        )
    if action == "import_library":
        return _library_import(new, details)
    if action == "create_project":
        return translate("AuditSentence", "Project created.")
    if action == "copy_project":
        facts = _facts(details)
        return translate("AuditSentence", "Project copied from {source}.").format(
            source=facts.get("source") or translate("AuditSentence", "another project")
        )
    if action == "add_scoring_profile":
        return translate("AuditSentence", "Scoring profile “{profile}” added.").format(
            profile=profiles.get(new, new)
        )
    if action == "set_facility_name":
        if not old:
            return translate("AuditSentence", "Facility name set to “{name}”.").format(name=new)
        return translate(
            "AuditSentence", "Facility name changed to “{name}” (was “{old}”)."
        ).format(name=new, old=old)
    follow_up = _follow_up(entry, details, date_text)
    if follow_up is not None:
        return follow_up
    return translate("AuditSentence", "Change recorded: {old} → {new}.").format(
        old=old or "—", new=new or "—"
    )


# --- tracers, findings, corrective actions, mappings and what is carried through them -------

_STATUS_WORDS: Final = {
    **{status.value: status.label for status in TracerStatus},
    **{status.value: status.label for status in ActionStatus},
}
"""The label of a tracer's or an action's status by its stored value (translated in the
"Tracers" context, as the Tracers tab shows them)."""
_TRACER_KINDS: Final = {kind.value: kind.label for kind in TracerKind}


def _follow_up(entry: TrailEntry, details: str, date_text: DateText) -> str | None:
    """The sentence of a change to a tracer, a finding or a corrective action, or of a
    mapping and what was carried through it; None for any other change."""
    told = _tracer_change(entry, details, date_text)
    if told is None:
        told = _finding_change(entry, details)
    if told is None:
        told = _action_change(entry, details, date_text)
    if told is None:
        told = _mapping_change(entry, details, date_text)
    return told


def _codes(facts: Mapping[str, Any]) -> str:
    codes = facts.get("elements")
    if isinstance(codes, list) and codes:
        return ", ".join(str(code) for code in codes)
    return translate("AuditSentence", "its elements")


def _word(value: object, words: Mapping[str, str], context: str = "Tracers") -> str:
    text = str(value or "")
    return translate(context, words[text]) if text in words else text


def _tracer_facts(facts: Mapping[str, Any], date_text: DateText) -> str:
    """ "System tracer, 3 Nov 2026, Ward 3": its kind, day and units, those it has."""
    parts = [_word(facts.get("kind"), _TRACER_KINDS)]
    held_on = facts.get("held_on")
    if held_on:
        parts.append(_day(str(held_on), date_text))
    if facts.get("units"):
        parts.append(str(facts["units"]))
    return ", ".join(part for part in parts if part)


def _tracer_change(entry: TrailEntry, details: str, date_text: DateText) -> str | None:
    action = entry.action
    if action == "plan_tracer":
        # Details as "kind=system; status=planned; held_on=2026-11-03; units=Ward 3".
        facts = dict(part.partition("=")[::2] for part in details.split("; ") if "=" in part)
        return translate("AuditSentence", "Tracer “{focus}” planned: {facts}.").format(
            focus=_shortened(entry.new_value), facts=_tracer_facts(facts, date_text)
        )
    if action == "update_tracer":
        return translate("AuditSentence", "Tracer {id} marked {new} (was {old}).").format(
            id=entry.entity_id,
            new=value_text("status", entry.new_value),
            old=value_text("status", entry.old_value),
        )
    if action == "delete_tracer":
        facts = _facts(details)
        focus, about, count = (
            _shortened(entry.old_value),
            _tracer_facts(facts, date_text),
            facts.get("findings", 0),
        )
        if count:
            return translate(
                "AuditSentence", "Tracer “{focus}” ({facts}) deleted with its findings ({count})."
            ).format(focus=focus, facts=about, count=count)
        return translate("AuditSentence", "Tracer “{focus}” ({facts}) deleted.").format(
            focus=focus, facts=about
        )
    if action == "restore_tracer":
        focus, count = _shortened(entry.new_value), _facts(details).get("findings", 0)
        if count:
            return translate(
                "AuditSentence", "Tracer “{focus}” put back with its findings ({count})."
            ).format(focus=focus, count=count)
        return translate("AuditSentence", "Tracer “{focus}” put back.").format(focus=focus)
    return None


def _finding_change(entry: TrailEntry, details: str) -> str | None:
    action, facts = entry.action, _facts(details)
    compliance = value_text("result", str(facts.get("compliance", "")))
    if action == "record_finding":
        return translate(
            "AuditSentence", "Finding recorded on {elements} ({compliance}): “{observed}”."
        ).format(
            elements=_codes(facts), compliance=compliance, observed=_shortened(entry.new_value)
        )
    if action == "accept_finding":
        return translate(
            "AuditSentence",
            "Finding {id} accepted into the checklist: its elements set to {result}.",
        ).format(id=entry.entity_id, result=value_text("result", entry.new_value))
    if action == "withdraw_finding_acceptance":
        return translate(
            "AuditSentence",
            "Acceptance of finding {id} withdrawn: its elements have their earlier results back.",
        ).format(id=entry.entity_id)
    if action == "delete_finding":
        return translate(
            "AuditSentence", "Finding on {elements} ({compliance}) deleted: “{observed}”."
        ).format(
            elements=_codes(facts), compliance=compliance, observed=_shortened(entry.old_value)
        )
    if action == "restore_finding":
        return translate("AuditSentence", "Finding on {elements} put back: “{observed}”.").format(
            elements=_codes(facts), observed=_shortened(entry.new_value)
        )
    return None


def _action_facts(facts: Mapping[str, Any], date_text: DateText) -> str:
    """ "owner N. Karimova, due 31 Jan 2027, Planned": those it has."""
    parts = []
    if facts.get("owner"):
        parts.append(translate("AuditSentence", "owner {owner}").format(owner=facts["owner"]))
    if facts.get("due_on"):
        parts.append(
            translate("AuditSentence", "due {day}").format(
                day=_day(str(facts["due_on"]), date_text)
            )
        )
    if facts.get("status"):
        parts.append(value_text("status", str(facts["status"])))
    return ", ".join(parts)


def _action_change(entry: TrailEntry, details: str, date_text: DateText) -> str | None:
    action, facts = entry.action, _facts(details)
    if action == "raise_action":
        about = _action_facts(facts, date_text)
        if about:
            return translate(
                "AuditSentence", "Corrective action raised for {elements} ({facts}): “{what}”."
            ).format(elements=_codes(facts), facts=about, what=_shortened(entry.new_value))
        return translate(
            "AuditSentence", "Corrective action raised for {elements}: “{what}”."
        ).format(elements=_codes(facts), what=_shortened(entry.new_value))
    if action == "update_action":
        what = field_name(entry.field)
        old, new = (_value(entry.field, v, date_text) for v in (entry.old_value, entry.new_value))
        if not new:
            return translate("AuditSentence", "{field} of action {id} cleared (was {old}).").format(
                field=what, id=entry.entity_id, old=old
            )
        if not old:
            return translate("AuditSentence", "{field} of action {id} set to {new}.").format(
                field=what, id=entry.entity_id, new=new
            )
        return translate(
            "AuditSentence", "{field} of action {id} set to {new} (was {old})."
        ).format(field=what, id=entry.entity_id, new=new, old=old)
    if action == "verify_action":
        return translate(
            "AuditSentence", "Action {id} verified by {who} on {day}: {status}."
        ).format(
            id=entry.entity_id,
            who=facts.get("verified_by") or "—",
            day=_day(str(facts.get("verified_on", "")), date_text),
            status=value_text("status", entry.new_value),
        )
    if action == "delete_action":
        about = _action_facts(facts, date_text)
        return translate(
            "AuditSentence", "Corrective action for {elements} ({facts}) deleted: “{what}”."
        ).format(elements=_codes(facts), facts=about or "—", what=_shortened(entry.old_value))
    if action == "restore_action":
        return translate(
            "AuditSentence", "Corrective action for {elements} put back: “{what}”."
        ).format(elements=_codes(facts), what=_shortened(entry.new_value))
    return None


_CARRIED_COUNTS: Final = re.compile(
    r"(\d+) elements carried, (\d+) evidence links, (\d+) elements with (\d+) suggestions"
)


def _mapping_change(entry: TrailEntry, details: str, date_text: DateText) -> str | None:
    action = entry.action
    element = entry.element_code or translate("AuditSentence", "an element")
    if action == "create_mapping":
        rows = re.match(r"(\d+) rows", details)
        return translate("AuditSentence", "Mapping “{name}” created with {count} rows.").format(
            name=entry.new_value, count=rows.group(1) if rows else "—"
        )
    if action == "add_mapping_row":
        return translate("AuditSentence", "Row “{row}” added to mapping “{name}”.").format(
            row=entry.new_value, name=details
        )
    if action == "carry_assessment":
        counts = _CARRIED_COUNTS.search(details)
        earlier = _quoted_name(details.split(" through ", 1)[0])
        if counts is None:
            return translate(
                "AuditSentence", "Assessment “{name}” started through a mapping."
            ).format(name=entry.new_value)
        return translate(
            "AuditSentence",
            "Assessment “{name}” started from “{earlier}” through a mapping: {elements} "
            "elements carried, {links} evidence links, {suggestions} suggestions to review.",
        ).format(
            name=entry.new_value,
            earlier=earlier,
            elements=counts.group(1),
            links=counts.group(2),
            suggestions=counts.group(4),
        )
    if action == "carry_element":
        if entry.field == "evidence":
            return translate("AuditSentence", "Evidence links carried over to {element}.").format(
                element=element
            )
        return translate("AuditSentence", "{field} of {element} carried over: {new}.").format(
            field=field_name(entry.field),
            element=element,
            new=_value(entry.field, entry.new_value, date_text) or "—",
        )
    if action == "accept_suggestion":
        return translate(
            "AuditSentence", "Suggestion for {element} accepted: its result taken from “{earlier}”."
        ).format(element=element, earlier=_quoted_name(details.split(";", 1)[0]))
    if action == "reject_suggestion":
        return translate("AuditSentence", "Suggestion for {element} rejected.").format(
            element=element
        )
    if action == "review_carried":
        return translate("AuditSentence", "Values carried to {element} reviewed.").format(
            element=element
        )
    return None


def _element_change(field: str, element: str, old: str, new: str, date_text: DateText) -> str:
    what = field_name(field)
    old, new = (_value(field, v, date_text) for v in (old, new))
    if not new:
        return translate("AuditSentence", "{field} of {element} cleared (was {old}).").format(
            field=what, element=element, old=old
        )
    if not old:
        return translate("AuditSentence", "{field} of {element} set to {new}.").format(
            field=what, element=element, new=new
        )
    return translate("AuditSentence", "{field} of {element} set to {new} (was {old}).").format(
        field=what, element=element, new=new, old=old
    )


def field_name(field: str) -> str:
    """A recorded field by the name the window gives it ("review_date" → "Review date")."""
    label = FIELD_LABELS.get(field)
    if label is not None:
        return translate("Field", label)
    label = _OTHER_FIELDS.get(field)
    return _tr(label) if label is not None else field


def value_text(
    field: str,
    value: str,
    *,
    date_text: DateText = date.isoformat,
    profile_names: Mapping[str, str] | None = None,
) -> str:
    """A stored value as the reader knows it: results and statuses by their labels, days as
    their calendar writes them, a scoring profile by its name, locked or unlocked in words."""
    if field == "result" and value in Result._value2member_map_:
        return translate("Result", Result(value).label)
    if field == "work_status" and value in WorkStatus._value2member_map_:
        return translate("WorkStatus", WorkStatus(value).label)
    if field in _DATE_FIELDS and value:
        return _day(value, date_text)
    if field == "scoring_profile":
        return (profile_names or {}).get(value, value)
    if field == "status" and value in _STATUS_WORDS:
        return translate("Tracers", _STATUS_WORDS[value])
    if field == "locked" and value in ("True", "False"):
        return (
            translate("AuditSentence", "Locked")
            if value == "True"
            else translate("AuditSentence", "Unlocked")
        )
    return value


def shown_values(
    entry: TrailEntry,
    *,
    date_text: DateText = date.isoformat,
    profile_names: Mapping[str, str] | None = None,
) -> tuple[str, str]:
    """The change's old and new values as :func:`value_text` writes them; a scoring profile
    added to the project is named by its name, not its key."""
    field = entry.field or ("scoring_profile" if entry.entity == "scoring_profile" else "")
    old, new = (
        value_text(field, value, date_text=date_text, profile_names=profile_names)
        for value in (entry.old_value, entry.new_value)
    )
    return old, new


def _value(field: str, value: str, date_text: DateText) -> str:
    """A value inside a sentence: as :func:`value_text`, free text quoted (and shortened)."""
    if not value:
        return ""
    if field in ("result", "work_status", "status") or field in _DATE_FIELDS:
        return value_text(field, value, date_text=date_text)
    return translate("AuditSentence", "“{text}”").format(text=_shortened(value))


def _day(value: str, date_text: DateText) -> str:
    try:
        return date_text(date.fromisoformat(value))
    except ValueError:
        return value


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LONG_TEXT else text[: LONG_TEXT - 1].rstrip() + "…"


def _evidence_change(field: str, name: str, old: str, new: str, date_text: DateText) -> str:
    if field == "name":
        return translate("AuditSentence", "Evidence file “{old}” renamed “{new}”.").format(
            old=old, new=new
        )
    what = field_name(field)
    file = f"“{name}”" if name else translate("AuditSentence", "an evidence file")
    old, new = (_value(field, v, date_text) for v in (old, new))
    if not new:
        return translate("AuditSentence", "{field} of {file} cleared (was {old}).").format(
            field=what, file=file, old=old
        )
    if not old:
        return translate("AuditSentence", "{field} of {file} set to {new}.").format(
            field=what, file=file, new=new
        )
    return translate("AuditSentence", "{field} of {file} set to {new} (was {old}).").format(
        field=what, file=file, new=new, old=old
    )


def _new_assessment(
    name: str, details: str, date_text: DateText, profiles: Mapping[str, str]
) -> str:
    """From details such as "kind=self; profile=jci_points; starts=…; started from 'X'"."""
    facts: dict[str, str] = {}
    earlier = ""
    for part in details.split("; "):
        if part.startswith("started from "):
            earlier = _quoted_name(part)
        key, equals, value = part.partition("=")
        if equals:
            facts[key] = value
    parts = []
    kind = _KIND_WORDS.get(facts.get("kind", ""))
    if kind is not None:
        parts.append(_tr(kind))
    profile = facts.get("profile")
    if profile:
        parts.append(
            translate("AuditSentence", "scored with “{profile}”").format(
                profile=profiles.get(profile, profile)
            )
        )
    starts, ends = facts.get("starts"), facts.get("ends")
    if starts and ends:
        parts.append(
            translate("AuditSentence", "from {start} to {end}").format(
                start=_day(starts, date_text), end=_day(ends, date_text)
            )
        )
    elif starts:
        parts.append(
            translate("AuditSentence", "from {start}").format(start=_day(starts, date_text))
        )
    elif ends:
        parts.append(translate("AuditSentence", "until {end}").format(end=_day(ends, date_text)))
    if earlier:
        parts.append(translate("AuditSentence", "started from “{earlier}”").format(earlier=earlier))
    if not parts:
        return translate("AuditSentence", "Assessment “{name}” created.").format(name=name)
    return translate("AuditSentence", "Assessment “{name}” created: {facts}.").format(
        name=name, facts=", ".join(parts)
    )


def _quoted_name(text: str) -> str:
    """The name between the first and last single quote ("… 'Mock survey'" → Mock survey)."""
    first, last = text.find("'"), text.rfind("'")
    return text[first + 1 : last] if 0 <= first < last else ""


def _library_import(name: str, details: str) -> str:
    facts = _facts(details)
    counts = [facts.get(key) for key in ("chapters", "standards", "elements")]
    if all(isinstance(count, int) for count in counts):
        chapters, standards, elements = counts
        return translate(
            "AuditSentence",
            "Standards library “{name}” imported: {chapters} chapters, {standards} standards, "
            "{elements} measurable elements.",
        ).format(name=name, chapters=chapters, standards=standards, elements=elements)
    return translate("AuditSentence", "Standards library “{name}” imported.").format(name=name)


def _facts(details: str) -> dict[str, Any]:
    """The facts a change recorded as JSON; none when its details are not JSON."""
    try:
        facts = json.loads(details)
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}
