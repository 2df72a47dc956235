"""How a source element relates to a target element, and the words a mapping file may use."""

from __future__ import annotations

from enum import StrEnum

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP


class Relationship(StrEnum):
    """What a mapping row says of its source and target, as the open GRC mapping libraries
    say it: the same requirement, part of it, more than it, an overlap, or unrelated."""

    EQUAL = "equal"
    SUBSET = "subset"  # the source is part of the target
    SUPERSET = "superset"  # the source covers the target and more
    INTERSECT = "intersect"
    NOT_RELATED = "not_related"

    @property
    def label(self) -> str:
        """The relationship's name in English; shown through ``translate("Relationship", …)``."""
        return _LABELS[self]


_LABELS = {
    Relationship.EQUAL: QT_TRANSLATE_NOOP("Relationship", "Equal"),
    Relationship.SUBSET: QT_TRANSLATE_NOOP("Relationship", "Subset"),
    Relationship.SUPERSET: QT_TRANSLATE_NOOP("Relationship", "Superset"),
    Relationship.INTERSECT: QT_TRANSLATE_NOOP("Relationship", "Intersect"),
    Relationship.NOT_RELATED: QT_TRANSLATE_NOOP("Relationship", "Not related"),
}

# The words for each relationship in every shipped language (English, Russian, Uzbek in Latin
# script), as a mapping spreadsheet may spell them; compared without case and spacing.
_SPELLINGS: dict[Relationship, tuple[str, ...]] = {
    Relationship.EQUAL: ("equal", "equals", "равно", "равен", "равнозначно", "teng"),
    Relationship.SUBSET: ("subset", "подмножество", "часть", "qism", "qismi", "qism to'plam"),
    Relationship.SUPERSET: ("superset", "надмножество", "шире", "ustto'plam", "kengroq"),
    Relationship.INTERSECT: (
        "intersect",
        "intersects",
        "intersection",
        "пересечение",
        "пересекается",
        "kesishma",
        "kesishadi",
    ),
    Relationship.NOT_RELATED: (
        "not related",
        "not_related",
        "unrelated",
        "не связано",
        "не связан",
        "bog'liq emas",
        "aloqasiz",
    ),
}


def _key(word: str) -> str:
    return " ".join(word.replace("_", " ").replace("ʻ", "'").replace("’", "'").split()).casefold()


_BY_WORD = {_key(word): kind for kind, words in _SPELLINGS.items() for word in words}


def relationship_named(word: str) -> Relationship | None:
    """The relationship a mapping file's word stands for in any shipped language, or None."""
    return _BY_WORD.get(_key(word))
