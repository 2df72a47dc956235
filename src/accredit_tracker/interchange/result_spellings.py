"""The words a spreadsheet may use for each element result and work status, in every language read.

Each entry of the tables below starts with the label the report writes, which is also the word
shown to the user in messages; add a language by adding its words after the label. The stored
value ("fully_met") is always accepted as well. Words are compared blind to case, spaces,
underscores, punctuation and Uzbek apostrophe look-alikes.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Generic, TypeVar

from accredit_tracker.core.text import search_key
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.report_columns import RESULT_LABELS, STATUS_LABELS

RESULT_WORDS: dict[Result, tuple[str, ...]] = {
    result: (label,) for result, label in RESULT_LABELS.items()
}

STATUS_WORDS: dict[WorkStatus, tuple[str, ...]] = {
    status: (label,) for status, label in STATUS_LABELS.items()
}

_NOT_WORD = re.compile(r"[\W_]+")
_MEMO_LIMIT = 4096  # distinct cell texts remembered; a sheet repeats a handful

Member = TypeVar("Member", bound=StrEnum)


def word_key(text: str) -> str:
    """The key words are compared by: "Fully met", " FULLY-MET " and "fully_met" → "fullymet"."""
    return _NOT_WORD.sub("", search_key(text))


class Spellings(Generic[Member]):
    """Reads cell text as one of an enumeration's members, by any accepted word for it."""

    def __init__(self, words: dict[Member, tuple[str, ...]]) -> None:
        self._labels = {member: names[0] for member, names in words.items()}
        self._by_key: dict[str, Member] = {}
        for member, names in words.items():
            for name in (member.value, *names):
                self._by_key.setdefault(word_key(name), member)
        self._seen: dict[str, Member | None] = {}

    def read(self, text: str) -> Member | None:
        """The member the text names, or None when it names none."""
        try:
            return self._seen[text]
        except KeyError:
            member = self._by_key.get(word_key(text))
            if len(self._seen) < _MEMO_LIMIT:
                self._seen[text] = member
            return member

    def expected(self) -> str:
        """The accepted words, for a message: "'To do', 'In progress' or 'Done'"."""
        quoted = [f"'{label}'" for label in self._labels.values()]
        return ", ".join(quoted[:-1]) + " or " + quoted[-1]

    def label(self, member: Member) -> str:
        """The word shown for the member."""
        return self._labels[member]


RESULTS: Spellings[Result] = Spellings(RESULT_WORDS)
STATUSES: Spellings[WorkStatus] = Spellings(STATUS_WORDS)
