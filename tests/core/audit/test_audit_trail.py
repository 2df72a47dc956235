"""The project-wide audit trail: who changed what and when, filtered, and never rewritten."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import accredit_tracker
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.audit.trail import (
    ChangeKind,
    TrailEntry,
    TrailFilter,
    audit_trail,
    changes_in_order,
    count_changes,
    trail_chapters,
    trail_kinds,
    trail_people,
)
from trail_history import DAY_1, DAY_2, DAY_3, DAY_4, FORMULA_NOTE, History, known_history


@pytest.fixture
def history(project_target: Path | str, tmp_path: Path) -> Iterator[History]:
    with known_history(project_target, tmp_path) as made:
        yield made


def trail(history: History, **filters: Any) -> list[TrailEntry]:
    with history.project.session() as session:
        return audit_trail(session, **filters)


def changes(entries: list[TrailEntry]) -> list[tuple[str, str, str, str]]:
    """(who, element, field, new value) of each entry, in the given order."""
    return [(e.user, e.element_code, e.field, e.new_value) for e in entries]


def test_the_trail_lists_every_change_newest_first_with_its_element_chapter_and_assessment(
    history: History,
) -> None:
    entries = trail(history)
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    newest = entries[1]
    assert (newest.user, newest.kind, newest.element_code, newest.chapter_code) == (
        "nodira", ChangeKind.RESULT, "C0.1 ME 1", "C0"
    )  # fmt: skip
    assert (newest.assessment_name, newest.old_value, newest.new_value) == (
        "Official survey", "not_assessed", "not_met"
    )  # fmt: skip
    assert newest.element_assessment_id == history.official["C0.1 ME 1"]
    assert newest.at.tzinfo is not None and newest.at.date() == DAY_4
    assert entries[-1].action == "create_project"


def test_the_person_filter_keeps_only_that_persons_changes(history: History) -> None:
    assert changes(trail(history, user="bob")) == [
        ("bob", "", "", "Official survey"),
        ("bob", "C1.2 ME 1", "notes", FORMULA_NOTE),
    ]


def test_the_date_range_includes_both_days(history: History) -> None:
    assert {e.at.date() for e in trail(history, since=DAY_2, until=DAY_3)} == {DAY_2, DAY_3}
    assert changes(trail(history, since=DAY_2, until=DAY_2)) == [
        ("bob", "C1.2 ME 1", "notes", FORMULA_NOTE)
    ]
    assert {e.user for e in trail(history, since=DAY_4, until=DAY_4)} == {"nodira"}
    assert {e.at.date() for e in trail(history, until=DAY_1)} == {DAY_1}


def test_the_chapter_filter_keeps_changes_to_that_chapters_elements(history: History) -> None:
    assert changes(trail(history, chapter_code="C1")) == [
        ("ana", "C1.2 ME 1", "evidence", "policy.pdf"),
        ("bob", "C1.2 ME 1", "notes", FORMULA_NOTE),
    ]


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ({ChangeKind.RESULT}, [("nodira", "not_met"), ("ana", "fully_met")]),
        ({ChangeKind.OWNER, ChangeKind.NOTES},
         [("nodira", "Qoʻl gigiyenasi tekshirildi"), ("bob", FORMULA_NOTE),
          ("ana", "Нигора Усманова")]),
        ({ChangeKind.EVIDENCE}, [("ana", "policy.pdf"), ("ana", "policy.pdf")]),
        ({ChangeKind.ASSESSMENT}, [("bob", "Official survey"), ("tester", "Mock survey")]),
        ({ChangeKind.LIBRARY_IMPORT}, [("tester", "Test library")]),
        ({ChangeKind.OTHER}, []),
    ],
)  # fmt: skip
def test_the_kind_filter_keeps_changes_of_those_kinds(
    history: History, kinds: set[ChangeKind], expected: list[tuple[str, str]]
) -> None:
    entries = trail(history, kinds=frozenset(kinds))
    assert [(e.user, e.new_value) for e in entries] == expected
    assert {e.kind for e in entries} <= kinds


def test_a_change_of_a_field_the_trail_does_not_know_counts_as_other(history: History) -> None:
    with history.project.transaction() as session:
        audit.record(session, user="ana", action="rename_facility", entity="project", new="X")
    assert changes(trail(history, kinds=frozenset({ChangeKind.OTHER}))) == [("ana", "", "", "X")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("qo'l GIGIYENASI", {"nodira"}),  # another apostrophe and case than stored
        ("нигора", {"ana"}),  # Cyrillic, another case
        ("hyperlink(", {"bob"}),
        ("c0.1 me 1", {"ana", "nodira"}),  # the element's code
        ("c0_1 me 1", set()),  # a LIKE wildcard is looked for as text
    ],
)
def test_the_text_filter_ignores_case_and_apostrophe_look_alikes(
    history: History, text: str, who: set[str]
) -> None:
    assert {e.user for e in trail(history, text=text)} == who


def test_filters_combine_and_the_assessment_filter_keeps_its_changes(history: History) -> None:
    assert changes(trail(history, user="ana", kinds=frozenset({ChangeKind.RESULT}))) == [
        ("ana", "C0.1 ME 1", "result", "fully_met")
    ]
    official = trail(history, assessment_id=history.official_id)
    assert {e.assessment_name for e in official} == {"Official survey"}
    assert len(official) == 3


def test_the_limit_keeps_the_newest_and_the_count_says_how_many_match(history: History) -> None:
    newest = trail(history, limit=2)
    assert [e.user for e in newest] == ["nodira", "nodira"]
    with history.project.session() as session:
        assert count_changes(session) == len(trail(history))
        assert count_changes(session, TrailFilter(user="ana")) == 4
        assert count_changes(session, TrailFilter(chapter_code="C0", text="нигора")) == 1


def test_the_trail_streams_oldest_first_for_export(history: History) -> None:
    with history.project.session() as session:
        entries = list(changes_in_order(session, TrailFilter(user="bob")))
    assert [e.new_value for e in entries] == [FORMULA_NOTE, "Official survey"]


def test_the_filter_lists_name_people_chapters_and_kinds(history: History) -> None:
    with history.project.session() as session:
        assert trail_people(session) == ["ana", "bob", "nodira", "tester"]
        assert trail_chapters(session) == ["C0", "C1"]
    kinds = trail_kinds()
    assert kinds[0] == ChangeKind.RESULT and ChangeKind.DUE_DATE in kinds
    assert ChangeKind.DUE_DATE.label == "Due date"


_REWRITES = re.compile(
    r"(update|delete)\(\s*AuditEvent|(UPDATE|DELETE\s+FROM)\s+audit_event"
    r"|AuditEvent\.__table__\.(update|delete)|session\.delete\(",
    re.IGNORECASE,
)


def test_no_code_rewrites_or_removes_audit_rows() -> None:
    source = Path(accredit_tracker.__file__).parent
    offending = [
        f"{path.relative_to(source)}:{number}: {line.strip()}"
        for path in sorted(source.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _REWRITES.search(line)
    ]
    assert offending == []
    assert _REWRITES.search("connection.execute(delete(AuditEvent).where(...))")
    assert _REWRITES.search('text("UPDATE audit_event SET user = :u")')


def test_every_recorded_assessment_action_has_the_assessment_kind() -> None:
    from accredit_tracker.core.audit.trail import ChangeKind, kind_of

    for action in (
        "create_assessment",
        "lock_assessment",
        "unlock_assessment",
        "set_scoring_profile",
        "carry_evidence_links",
    ):
        assert kind_of(action, "") is ChangeKind.ASSESSMENT, action
