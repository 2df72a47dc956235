"""The audit trail's hash chain checked row by row: where it starts, and the first row that
breaks it, whatever was done to the rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from accredit_tracker.core.audit.chain import CHAIN_STARTED, first_break, link


def trail(count: int, *, unchained: int = 0) -> list[list[Any]]:
    """``count`` rows (id, the hashed columns…, chain_hash), the first ``unchained`` without a
    hash and, when there are such, the chain started by the marking row after them."""
    rows: list[list[Any]] = []
    previous = ""
    for number in range(1, count + 1):
        action = "update_element"
        if unchained and number == unchained + 1:
            action = CHAIN_STARTED
        content = [number, datetime(2026, 12, 7, 9, number), "ana", action, "element_assessment",
                   number, 1, "result", "not_met", "fully_met", ""]  # fmt: skip
        if number <= unchained:
            rows.append([*content, None])
            continue
        previous = link(previous, content)
        rows.append([*content, previous])
    return rows


def test_an_untouched_trail_holds_from_its_first_row_or_its_marked_start() -> None:
    assert first_break(trail(6)) is None
    assert first_break(trail(6, unchained=3)) is None
    assert first_break([]) is None


def test_a_start_that_is_not_marked_is_a_break() -> None:
    rows = trail(6)
    for row in rows[:2]:
        row[-1] = None  # hashes removed to pass the first rows off as older than the chain
    broken = first_break(rows)
    assert broken is not None and broken.row_id == 3
    assert "does not mark its start" in broken.problem


def test_a_trail_with_every_hash_removed_is_a_break() -> None:
    rows = trail(4)
    for row in rows:
        row[-1] = None
    broken = first_break(rows)
    assert broken is not None and broken.row_id == 4
    assert broken.problem == "its hash is missing"


def test_a_changed_value_breaks_the_chain_at_that_row() -> None:
    rows = trail(5, unchained=1)
    rows[3][9] = "partially_met"
    broken = first_break(rows)
    assert broken is not None and (broken.row_id, broken.user) == (4, "ana")
    assert str(broken).startswith("audit trail row 4 (2026-12-07 09:04:00, ana, update_element): ")
