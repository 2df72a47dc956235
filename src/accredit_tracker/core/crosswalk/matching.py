"""Suggestions for building a mapping: for each target element no row maps yet, the unmapped
source element with the same code or, failing that, the most similar text. A row saying two
elements are not related maps neither of them."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlmodel import Session

from accredit_tracker.core.crosswalk.mappings import (
    ELEMENT,
    Cited,
    LibraryCodes,
    code_key,
    mapped_rows,
    mapping_set_named,
)
from accredit_tracker.core.crosswalk.relationships import Relationship
from accredit_tracker.core.text import search_key

BY_CODE, BY_TEXT = "code", "text"
MIN_TEXT_SIMILARITY = 70.0
"""Below this (out of 100) two texts are not offered as a pair."""


@dataclass(frozen=True)
class PairSuggestion:
    """A source element offered for an unmapped target element, why, and how alike their
    texts are (0-100); ``relationship`` is equal for identical texts, else intersect."""

    source: Cited
    target: Cited
    found_by: str  # BY_CODE or BY_TEXT
    similarity: float
    relationship: Relationship


@dataclass(frozen=True)
class MappingPanes:
    """What the two-pane view shows: each library's elements, the rows that map them (a
    "not related" row maps nothing), and suggestions for the target elements nothing maps
    yet."""

    sources: list[Cited]
    targets: list[Cited]
    mapped_sources: dict[int, list[str]]  # source element id → target codes
    mapped_targets: dict[int, list[str]]  # target element id → source codes
    suggestions: list[PairSuggestion]


def mapping_panes(session: Session, mapping_set_id: int) -> MappingPanes:
    summary = mapping_set_named(session, str(mapping_set_id))
    sources = LibraryCodes(session, summary.source_library_id)
    targets = LibraryCodes(session, summary.target_library_id)
    mapped_sources: dict[int, list[str]] = {}
    mapped_targets: dict[int, list[str]] = {}
    unrelated: set[tuple[int, int]] = set()  # (source, target) elements said not related
    for row in mapped_rows(session, mapping_set_id):
        if row.relationship == Relationship.NOT_RELATED:
            if row.source.kind == ELEMENT and row.target.kind == ELEMENT:
                unrelated.add((row.source.id, row.target.id))
            continue
        if row.source.kind == ELEMENT:
            mapped_sources.setdefault(row.source.id, []).append(row.target.code)
        if row.target.kind == ELEMENT:
            mapped_targets.setdefault(row.target.id, []).append(row.source.code)
    free_sources = [s for s in sources.elements if s.id not in mapped_sources]
    free_targets = [t for t in targets.elements if t.id not in mapped_targets]
    return MappingPanes(
        sources.elements,
        targets.elements,
        mapped_sources,
        mapped_targets,
        suggest_pairs(free_sources, free_targets, unrelated=unrelated),
    )


def suggest_pairs(
    sources: list[Cited],
    targets: list[Cited],
    *,
    unrelated: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> list[PairSuggestion]:
    """For each target, in order, the source with its code or else the most similar text
    (token order ignored, at least :data:`MIN_TEXT_SIMILARITY`); each source offered once,
    and never a pair ``unrelated`` holds as (source id, target id): someone said they are
    not related."""
    by_code = {code_key(s.code): s for s in sources}
    texts = {s.id: search_key(s.text) for s in sources}
    taken: set[int] = set()
    found: list[PairSuggestion] = []
    for target in targets:
        target_text = search_key(target.text)
        source = by_code.get(code_key(target.code))
        how = BY_CODE
        if source is None or source.id in taken or (source.id, target.id) in unrelated:
            how = BY_TEXT
            choices = {
                i: text
                for i, text in texts.items()
                if i not in taken and (i, target.id) not in unrelated
            }
            best = process.extractOne(
                target_text,
                choices,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=MIN_TEXT_SIMILARITY,
            )
            if best is None:
                continue
            source = next(s for s in sources if s.id == best[2])
        taken.add(source.id)
        similarity = fuzz.token_sort_ratio(target_text, texts[source.id])
        relationship = Relationship.EQUAL if similarity == 100 else Relationship.INTERSECT
        found.append(PairSuggestion(source, target, how, similarity, relationship))
    return found
