"""The two-pane mapping view's reading of a mapping: a row saying two elements are not related
maps neither of them, so they count as unmapped and their pair is never suggested again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accredit_tracker.core.crosswalk.mappings import LibraryCodes, MappingLine, create_mapping_set
from accredit_tracker.core.crosswalk.matching import BY_TEXT, mapping_panes
from accredit_tracker.core.crosswalk.relationships import Relationship
from editions import Editions, two_editions


@pytest.fixture
def editions(project_target: Path | str) -> Iterator[Editions]:
    made = two_editions(project_target)
    yield made
    made.project.close()


def _mapping(editions: Editions, rows: list[tuple[str, str, Relationship]]) -> int:
    with editions.project.transaction() as session:
        sources = LibraryCodes(session, editions.old_library)
        targets = LibraryCodes(session, editions.new_library)
        return create_mapping_set(
            session,
            name="By hand",
            source_library_id=editions.old_library,
            target_library_id=editions.new_library,
            lines=[
                MappingLine(sources.exact[source], targets.exact[target], relationship)
                for source, target, relationship in rows
            ],
            user="ana",
        )


def test_elements_only_said_not_related_are_unmapped_and_not_offered_again(
    editions: Editions,
) -> None:
    mapping = _mapping(
        editions,
        [
            ("A.1 ME 1", "A.1 ME 1", Relationship.NOT_RELATED),
            ("B.2 ME 1", "A.7 ME 1", Relationship.NOT_RELATED),
            ("A.2 ME 1", "A.1 ME 2", Relationship.EQUAL),
            ("B.1 ME 1", "A.1 ME 2", Relationship.NOT_RELATED),
        ],
    )
    with editions.project.session() as session:
        panes = mapping_panes(session, mapping)
    codes = {e.id: e.code for e in (*panes.sources, *panes.targets)}
    # Only the equal row maps anything; the target it maps keeps only its related source.
    assert {codes[i]: c for i, c in panes.mapped_targets.items()} == {"A.1 ME 2": ["A.2 ME 1"]}
    assert {codes[i]: c for i, c in panes.mapped_sources.items()} == {"A.2 ME 1": ["A.1 ME 2"]}
    offered = {(s.source.code, s.target.code): s for s in panes.suggestions}
    # A.1 ME 1 is unmapped on both sides, yet the pair said not related is not offered,
    # not even for their identical code and text; A.7 ME 1 is offered nothing.
    assert ("A.1 ME 1", "A.1 ME 1") not in offered
    assert "A.7 ME 1" not in {target for _, target in offered}
    assert all(s.found_by == BY_TEXT for s in panes.suggestions if s.target.code == "A.1 ME 1")
