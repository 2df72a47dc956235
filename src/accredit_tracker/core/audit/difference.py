"""What changed between two versions of a long text, word by word, told in one line: the words
around each change for context, "…" for the unchanged stretches between."""

from __future__ import annotations

import difflib
from typing import Final

CONTEXT_WORDS: Final = 3
"""Unchanged words kept either side of a change."""
LONG_TEXT: Final = 40
"""Texts up to this many characters are short enough to show whole, old → new."""


def is_long(old: str, new: str) -> bool:
    """Whether either text is too long to show whole in one line of a history."""
    return max(len(old), len(new)) > LONG_TEXT


def word_difference(old: str, new: str, *, context: int = CONTEXT_WORDS) -> str:
    """The change from ``old`` to ``new`` word by word: "… due next [Monday → Friday] …".

    Replaced words read "[old → new]", removed ones "[−words]", added ones "[+words]"; each
    change keeps ``context`` unchanged words either side, and longer unchanged stretches
    become "…". Line breaks count as spaces. Empty when only the spacing changed.
    """
    before, after = old.split(), new.split()
    operations = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    if all(tag == "equal" for tag, *_ in operations):
        return ""  # the same words; only the spacing or line breaks changed
    parts: list[str] = []
    for position, (tag, i1, i2, j1, j2) in enumerate(operations):
        if tag == "equal":
            words = before[i1:i2]
            lead = [] if position == 0 else words[:context]
            tail = [] if position == len(operations) - 1 else words[-context:]
            if len(words) <= len(lead) + len(tail) + 1:  # "…" for one word saves nothing
                parts.extend(words)
            else:
                parts.extend([*lead, "…", *tail])
        elif tag == "replace":
            parts.append(f"[{' '.join(before[i1:i2])} → {' '.join(after[j1:j2])}]")
        elif tag == "delete":
            parts.append(f"[−{' '.join(before[i1:i2])}]")
        else:
            parts.append(f"[+{' '.join(after[j1:j2])}]")
    return " ".join(parts)
