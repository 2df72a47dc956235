"""The detail panel's history: a change to long notes shows what changed word by word, and
dates read as the rest of the window writes them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from accredit_tracker.core.audit.difference import word_difference
from accredit_tracker.ui.common.locale_text import date_text
from windows import MakeWindow, checklist

BEFORE = "Audit in progress; results due next Monday from the infection control team."
AFTER = "Audit in progress; results due next Friday from the infection control team and ward."


def history_lines(view: object) -> list[str]:
    panel = view.detail.history  # type: ignore[attr-defined]
    return [panel.item(i).text() for i in range(panel.count())]


def test_long_notes_show_the_words_that_changed(
    qtbot: QtBot, make_window: MakeWindow, clinic: Path
) -> None:
    window = make_window()
    window.open_path(clinic)
    view = checklist(window)
    view.table.selectRow(0)
    row = view.current_row()
    assert row is not None
    view.change({row.element_assessment_id: {"notes": BEFORE}})
    view.change({row.element_assessment_id: {"notes": AFTER}})
    view.change({row.element_assessment_id: {"due_date": date(2027, 3, 31)}})
    # The row shows the change at once; the panel's history follows in a moment.
    qtbot.waitUntil(lambda: len(history_lines(view)) == 3)
    newest, notes, first = history_lines(view)[:3]
    assert newest.endswith(f"Due date: — → {date_text(date(2027, 3, 31))}")
    assert "2027-03-31" not in newest
    assert notes.endswith(
        "Notes: … results due next [Monday → Friday] from the infection control "
        "[team. → team and ward.]"
    )
    assert view.detail.history.item(1).toolTip() == f"{BEFORE}\n→\n{AFTER}"
    assert "Notes: —" in first and "Audit in progress; results due next" in first


def test_word_difference_marks_removed_added_and_replaced_words() -> None:
    assert word_difference("a b c", "a b c d") == "a b c [+d]"
    assert word_difference("one two three", "two three") == "[−one] two three"
    assert word_difference("x  y\nz", "x y z") == ""
    long_same = " ".join(f"w{n}" for n in range(20))
    assert word_difference(f"{long_same} old", f"{long_same} new") == "… w17 w18 w19 [old → new]"
