"""The words a spreadsheet may use for each element result and work status, for the Elements
and Gaps sheets' names, for their headers and for the "(clear)" and cut markers, in every
language a report can be written in.

A report is written in the language of the moment (see ``report_columns``), so reading one back
accepts each word in English, in its stored form ("fully_met" for a result) and in every
language the app has a translation for: the finished translations of the application's
``.ts`` sources (:func:`accredit_tracker.core.translations.spellings`), with the contexts the
report writes them with. Words are compared blind to case, spaces, underscores, punctuation
and Uzbek apostrophe look-alikes.

The translations are read from files, so the lookups are made when first used (not when this
module is imported) and kept for the rest of the process; :func:`forget_translations` drops
them, for tests that point the translations elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from typing import Final, Generic, TypeVar

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.text import search_key
from accredit_tracker.core.translations import spellings
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.report.cell_text import CUT_MARKER
from accredit_tracker.interchange.report.columns import (
    CLEAR_MARKER,
    ELEMENTS_SHEET,
    GAPS_SHEET,
    REPORT,
    RESULT,
    RESULT_LABELS,
    STATUS_LABELS,
    WORK_STATUS,
    safe_sheet_name,
)

RESULT_WORDS: dict[Result, tuple[str, ...]] = {result: () for result in Result}
"""Words accepted for each result besides its label, its stored value and their translations
(none so far); add a spelling people use by adding it here."""

STATUS_WORDS: dict[WorkStatus, tuple[str, ...]] = {status: () for status in WorkStatus}
"""Words accepted for each work status besides its label, its stored value and their
translations (none so far)."""

COLUMN_HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "code": ("Code",),
    "result": ("Result",),
    "work_status": ("Status",),
    "owner": ("Owner",),
    "department": ("Department",),
    "due_date": ("Due date",),
    "notes": ("Notes",),
    "version": ("Version",),
}
"""The English header of each column the import reads, by the field it holds; the first is the
one the export writes. Each is also accepted in every language (context "Report")."""

_NOT_WORD = re.compile(r"[\W_]+")
_MEMO_LIMIT = 4096  # distinct cell texts remembered; a sheet repeats a handful

Member = TypeVar("Member", bound=StrEnum)


def word_key(text: str) -> str:
    """The key words are compared by: "Fully met", " FULLY-MET " and "fully_met" → "fullymet"."""
    return _NOT_WORD.sub("", search_key(text))


def listed_words(words: list[str]) -> str:
    """Words for a message, quoted: "'To do', 'In progress' or 'Done'" (in the current
    language)."""
    quoted = [f"'{word}'" for word in words]
    if len(quoted) == 1:
        return quoted[0]
    return translate("Report", "{words} or {last}").format(
        words=", ".join(quoted[:-1]), last=quoted[-1]
    )


class Spellings(Generic[Member]):
    """Reads cell text as one of an enumeration's members, by any accepted word for it: the
    member's English label (``labels``), its stored value, the ``extra`` words, and the
    label's translation into every language (translation ``context``)."""

    def __init__(
        self,
        context: str,
        labels: dict[Member, str],
        extra: dict[Member, tuple[str, ...]] | None = None,
    ) -> None:
        self._context = context
        self._labels = dict(labels)
        self._by_key: dict[str, Member] = {}
        extra = extra or {}
        # English and stored words first: a translation never takes a word another member has.
        for member, label in labels.items():
            self._learn(member, (label, member.value, *extra.get(member, ())))
        for member, label in labels.items():
            self._learn(member, spellings(context, label))
        self._seen: dict[str, Member | None] = {}

    def _learn(self, member: Member, words: Iterable[str]) -> None:
        for word in words:
            key = word_key(word)
            if key:
                self._by_key.setdefault(key, member)

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
        """The accepted words, for a message, in the current language: "'To do', 'In progress'
        or 'Done'"."""
        return listed_words([self.label(member) for member in self._labels])

    def label(self, member: Member) -> str:
        """The word shown for the member, in the current language."""
        return translate(self._context, self._labels[member])


@cache
def results() -> Spellings[Result]:
    """The words read as results (made at first use, then kept)."""
    return Spellings(RESULT, RESULT_LABELS, RESULT_WORDS)


@cache
def statuses() -> Spellings[WorkStatus]:
    """The words read as work statuses (made at first use, then kept)."""
    return Spellings(WORK_STATUS, STATUS_LABELS, STATUS_WORDS)


@cache
def header_fields() -> dict[str, str]:
    """The key (:func:`word_key`) of every accepted header → the field its column holds."""
    found: dict[str, str] = {}
    for name, headers in COLUMN_HEADERS.items():
        for header in headers:
            found.setdefault(word_key(header), name)
    for name, headers in COLUMN_HEADERS.items():
        for header in headers:
            for word in spellings(REPORT, header):
                key = word_key(word)
                if key:
                    found.setdefault(key, name)
    return found


@cache
def elements_sheet_names() -> tuple[str, ...]:
    """The Elements sheet's title in every language, as the report writes it (made safe for
    Excel), English first."""
    return _sheet_names(ELEMENTS_SHEET)


@cache
def gaps_sheet_names() -> tuple[str, ...]:
    """The Gaps sheet's title in every language, as :func:`elements_sheet_names`."""
    return _sheet_names(GAPS_SHEET)


def _sheet_names(english: str) -> tuple[str, ...]:
    names = [english]
    for word in spellings(REPORT, english):
        name = safe_sheet_name(word)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def marker_key(text: str) -> str:
    """The key a marker is compared by: blind to case, spaces and apostrophe look-alikes, but
    keeping its brackets, so that "( Clear )" is the marker and a note saying "clear" is not."""
    return "".join(search_key(text).split())


@cache
def clear_markers() -> frozenset[str]:
    """The keys (:func:`marker_key`) of the word that clears a field, "(clear)", in English
    and in every language (made at first use, then kept)."""
    return frozenset(marker_key(word) for word in spellings(REPORT, CLEAR_MARKER) if word)


@cache
def cut_markers() -> tuple[str, ...]:
    """The marker the export ends a cut text with ("… [cut]"), in every language, longest
    first (made at first use, then kept)."""
    return tuple(sorted(spellings(REPORT, CUT_MARKER), key=len, reverse=True))


def forget_translations() -> None:
    """Drop the lookups made from the translations, so that the next use reads them again."""
    made_once = (results, statuses, header_fields, elements_sheet_names, gaps_sheet_names)
    for made in (*made_once, clear_markers, cut_markers):
        made.cache_clear()
