"""Two assessments side by side: each chapter's score then and now, and what became of each
measurable element between them (improved, regressed, unchanged, changed, new, removed).

Elements are matched by their measurable-element code, so assessments of two editions of a
manual compare as well as two survey cycles of one library.

How an element's change is named:

- the same result both times: **unchanged**;
- two scored results (not met < partially met < fully met): **improved** when the later one
  is higher, **regressed** when it is lower;
- any other change, to or from *not assessed* or *not applicable*, which has no place on that
  scale: **changed** (a sixth word beside the five of the request, so that nothing is called
  an improvement or a regression that is neither);
- only in the later assessment: **new**; only in the earlier one: **removed**.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from sqlmodel import Session, col

from accredit_tracker.core.assessment.element_select import element_select
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.readiness.overview import chapter_titles, profile_of
from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    ProfileKind,
    ResultCounts,
    ScoringProfile,
    format_score,
    score_counts,
)
from accredit_tracker.core.storage.bulk_read import driver_rows
from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
from accredit_tracker.core.storage.models import (
    Assessment,
    Chapter,
    ElementAssessment,
    MeasurableElement,
    Standard,
)
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, Result

NO_CHANGE = "—"
"""The change shown when there is none to work out."""


class ElementChange(StrEnum):
    """What became of one measurable element between the two assessments."""

    IMPROVED = "improved"
    REGRESSED = "regressed"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    NEW = "new"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        """The change's name in English ("Improved"); shown through
        ``translate("ElementChange", label)``."""
        return _CHANGE_LABELS[self]


# The context is the one the window translates these with (ui/insight/comparison_dialog.py).
_CHANGE_LABELS = {
    ElementChange.IMPROVED: QT_TRANSLATE_NOOP("ElementChange", "Improved"),
    ElementChange.REGRESSED: QT_TRANSLATE_NOOP("ElementChange", "Regressed"),
    ElementChange.UNCHANGED: QT_TRANSLATE_NOOP("ElementChange", "Unchanged"),
    ElementChange.CHANGED: QT_TRANSLATE_NOOP("ElementChange", "Changed"),
    ElementChange.NEW: QT_TRANSLATE_NOOP("ElementChange", "New"),
    ElementChange.REMOVED: QT_TRANSLATE_NOOP("ElementChange", "Removed"),
}


_RANK = {Result.NOT_MET: 0, Result.PARTIALLY_MET: 1, Result.FULLY_MET: 2}


def element_change(earlier: Result | None, later: Result | None) -> ElementChange:
    """The name of the change from ``earlier`` to ``later`` (``None``: not in that assessment),
    by the rule in this module's description."""
    if earlier is None:
        return ElementChange.NEW
    if later is None:
        return ElementChange.REMOVED
    if earlier == later:
        return ElementChange.UNCHANGED
    before, after = _RANK.get(earlier), _RANK.get(later)
    if before is None or after is None:
        return ElementChange.CHANGED
    return ElementChange.IMPROVED if after > before else ElementChange.REGRESSED


_CHANGES = {
    (earlier, later): element_change(earlier, later)
    for earlier in (*Result, None)
    for later in (*Result, None)
    if earlier is not None or later is not None
}


@dataclass(frozen=True)
class ChapterComparison:
    """One chapter's score in each assessment, each under that assessment's own profile."""

    code: str
    title: str
    earlier: float | None
    """``None`` when the chapter is not in the earlier assessment or has no score there."""
    later: float | None
    earlier_text: str
    """The earlier score as the app shows it ("8.6", "87 %", "—")."""
    later_text: str
    change: float | None
    """Later minus earlier, when both have a score and the profiles score the same way."""
    change_text: str
    """The change as shown: "+1.5", "-3 %", "0.0", or "—" when there is none."""


class ElementComparison(NamedTuple):
    """One measurable element in the two assessments (a named tuple: a comparison holds
    120,000 of them)."""

    code: str
    chapter_code: str
    standard_code: str
    text: str
    earlier: Result | None
    """Its result in the earlier assessment; ``None`` when it is not there."""
    later: Result | None
    change: ElementChange
    earlier_id: int | None
    """Its element assessment id in the earlier assessment, if it is there."""
    later_id: int | None
    """Its element assessment id in the later assessment, if it is there."""


@dataclass(frozen=True)
class Comparison:
    """Everything that compares two assessments of the facility."""

    earlier_id: int
    earlier_name: str
    later_id: int
    later_name: str
    earlier_profile: ScoringProfile
    later_profile: ScoringProfile
    profiles_differ: bool
    """The two assessments are scored under different profiles: their scores are each shown
    under its own, and no change is worked out when the profiles score in different ways."""
    overall: ChapterComparison
    """The overall scores, as a chapter with an empty code and the title "Overall"."""
    chapters: tuple[ChapterComparison, ...]
    """In the later library's order, then chapters found only in the earlier one."""
    elements: tuple[ElementComparison, ...]
    """In the later library's order, then elements found only in the earlier one."""
    counts: dict[ElementChange, int]
    """How many elements had each change, every change present, in the order of the enum."""


def compare_assessments(session: Session, earlier_id: int, later_id: int) -> Comparison:
    """Compare assessment ``earlier_id`` with ``later_id``; ``LookupError`` when either is
    missing. One select reads each assessment's elements, so it stays quick at 120,000."""
    with paused_garbage_collection():
        return _compare(session, earlier_id, later_id)


class _Side(NamedTuple):
    assessment: Assessment
    profile: ScoringProfile
    titles: dict[str, str]
    rows: Sequence[Any]
    score: AssessmentScore


def _side(session: Session, assessment_id: int) -> _Side:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise LookupError(
            translate("Assessments", "There is no assessment with id {id}.").format(
                id=assessment_id
            )
        )
    profile = profile_of(session, assessment)
    titles = chapter_titles(session, assessment.library_id)
    statement = element_select(
        assessment_id,
        col(ElementAssessment.id),
        col(Chapter.code),
        col(Standard.code),
        col(MeasurableElement.code),
        col(MeasurableElement.text),
        col(ElementAssessment.result),
    ).order_by(col(MeasurableElement.position))
    rows = driver_rows(session, statement)
    results = RESULT_BY_VALUE
    counts: ResultCounts = Counter((c, s, results[r]) for _, c, s, _, _, r in rows)
    score = score_counts(profile, counts, known_chapters=titles)
    return _Side(assessment, profile, titles, rows, score)


def _compare(session: Session, earlier_id: int, later_id: int) -> Comparison:
    earlier, later = _side(session, earlier_id), _side(session, later_id)
    same_kind = earlier.profile.kind is later.profile.kind
    earlier_scores = {node.code: node.score for node in earlier.score.chapters}
    later_scores = {node.code: node.score for node in later.score.chapters}
    codes = list(later_scores) + [c for c in earlier_scores if c not in later_scores]

    def compared(
        code: str, title: str, before: float | None, after: float | None
    ) -> ChapterComparison:
        return _chapter(code, title, before, after, earlier.profile, later.profile, same_kind)

    chapters = tuple(
        compared(
            code,
            later.titles.get(code) or earlier.titles.get(code, ""),
            earlier_scores.get(code),
            later_scores.get(code),
        )
        for code in codes
    )
    overall = compared(
        "", translate("Comparison", "Overall"), earlier.score.overall, later.score.overall
    )
    elements = _elements(earlier.rows, later.rows)
    found = Counter(element.change for element in elements)
    assert earlier.assessment.id is not None and later.assessment.id is not None
    return Comparison(
        earlier_id=earlier.assessment.id,
        earlier_name=earlier.assessment.name,
        later_id=later.assessment.id,
        later_name=later.assessment.name,
        earlier_profile=earlier.profile,
        later_profile=later.profile,
        profiles_differ=earlier.profile != later.profile,
        overall=overall,
        chapters=chapters,
        elements=elements,
        counts={change: found[change] for change in ElementChange},
    )


def _chapter(
    code: str,
    title: str,
    earlier: float | None,
    later: float | None,
    earlier_profile: ScoringProfile,
    later_profile: ScoringProfile,
    same_kind: bool,
) -> ChapterComparison:
    change = None
    if same_kind and earlier is not None and later is not None:
        change = later - earlier
    return ChapterComparison(
        code=code,
        title=title,
        earlier=earlier,
        later=later,
        earlier_text=format_score(earlier_profile, earlier),
        later_text=format_score(later_profile, later),
        change=change,
        change_text=format_change(later_profile, change),
    )


def shown_change(profile: ScoringProfile, change: float | None) -> float | None:
    """A change of score as it is shown, as a number: rounded to a tenth of a point or a
    whole percent; one that rounds to nothing is 0 (never -0)."""
    if change is None:
        return None
    if profile.kind is ProfileKind.PERCENTAGE:
        return float(round(change)) + 0.0
    return round(change, 1) + 0.0


def format_change(profile: ScoringProfile, change: float | None) -> str:
    """A change of score with its sign (see :func:`shown_change`): "+1.5" or "-0.5" points,
    "+12 %" or "-3 %"; a change that rounds to nothing shows as "0.0" or "0 %"."""
    shown = shown_change(profile, change)
    if shown is None:
        return NO_CHANGE
    if profile.kind is ProfileKind.PERCENTAGE:
        return f"{shown:+.0f} %" if shown else "0 %"
    return f"{shown:+.1f}" if shown else "0.0"


def _elements(earlier: Sequence[Any], later: Sequence[Any]) -> tuple[ElementComparison, ...]:
    results, changes = RESULT_BY_VALUE, _CHANGES
    before = {row[3]: row for row in earlier}
    compared: list[ElementComparison] = []
    append = compared.append
    for ea_id, chapter, standard, code, text, result in later:
        now = results[result]
        old = before.pop(code, None)
        if old is None:
            append(
                ElementComparison(
                    code, chapter, standard, text, None, now, changes[None, now], None, ea_id
                )
            )
        else:
            then = results[old[5]]
            append(
                ElementComparison(
                    code, chapter, standard, text, then, now, changes[then, now], old[0], ea_id
                )
            )
    for ea_id, chapter, standard, code, text, result in before.values():
        then = results[result]
        append(
            ElementComparison(
                code, chapter, standard, text, then, None, changes[then, None], ea_id, None
            )
        )
    return tuple(compared)


__all__ = [
    "NO_CHANGE",
    "ChapterComparison",
    "Comparison",
    "ElementChange",
    "ElementComparison",
    "compare_assessments",
    "element_change",
    "format_change",
    "shown_change",
]
