"""Scores an assessment's element results against a scoring profile stored as data."""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from operator import attrgetter
from pathlib import Path
from typing import Any, Final, NamedTuple, Protocol

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate, with_decimal_separator
from accredit_tracker.core.vocabulary import Result

__all__ = [
    "AssessmentScore",
    "Band",
    "NodeScore",
    "PointValues",
    "ProfileKind",
    "RunningScore",
    "ScoreChange",
    "ScoredElement",
    "ScoringProfile",
    "Thresholds",
    "Verdict",
    "VerdictCode",
    "format_score",
    "load_builtin_profiles",
    "number_text",
    "score_assessment",
    "shown_score",
]

# Results that carry points; not assessed and not applicable never do.
_SCORED_RESULTS = (Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET)

NO_SCORE = "—"
DEFAULT_COVERAGE_THRESHOLD = 0.8
"""Share of applicable elements assessed below which a score is "not enough assessed"."""


class ProfileKind(StrEnum):
    """How a profile turns element results into a score."""

    POINTS = "points"
    PERCENTAGE = "percentage"


class VerdictCode(StrEnum):
    """The machine-readable outcome of an assessment."""

    PASS = "pass"
    FAIL = "fail"
    NOT_STARTED = "not_started"
    NO_APPLICABLE = "no_applicable"
    NOT_ENOUGH_ASSESSED = "not_enough_assessed"
    """Nothing assessed so far fails, but too little is assessed to say that it meets."""


# --------------------------------------------------------------------------------------------
# Profiles


@dataclass(frozen=True)
class PointValues:
    """Points a measurable element earns for each scored result."""

    fully_met: float
    partially_met: float
    not_met: float

    def for_result(self, result: Result) -> float:
        return {
            Result.FULLY_MET: self.fully_met,
            Result.PARTIALLY_MET: self.partially_met,
            Result.NOT_MET: self.not_met,
        }[result]


@dataclass(frozen=True)
class Thresholds:
    """Minimum mean points per level; ``None`` means the profile has no rule at that level."""

    standard: float | None
    chapter: float | None
    overall: float | None


@dataclass(frozen=True)
class Band:
    """A grade reached when the overall share of fully met elements is at least ``min_percent``."""

    min_percent: float
    label: str


@dataclass(frozen=True)
class ScoringProfile:
    """A scoring rule set: points with thresholds, or percentage bands.

    Numbers are kept exactly as given (an ``int`` stays an ``int``) so ``to_dict`` gives back
    the dictionary that ``from_dict`` read.
    """

    key: str
    name: str
    kind: ProfileKind
    points: PointValues | None = None
    thresholds: Thresholds | None = None
    bands: tuple[Band, ...] = ()
    below_label: str | None = None
    coverage_threshold: float = DEFAULT_COVERAGE_THRESHOLD
    """The share of a chapter's (a standard's, the assessment's) applicable elements that must
    be assessed before its score may be said to meet a threshold; below it, it reads "not
    enough assessed". Profiles stored without it get the default."""

    def __post_init__(self) -> None:
        if self.kind is ProfileKind.POINTS:
            if self.points is None or self.thresholds is None:
                raise ValueError(
                    f"{_where(self.key)}: a points profile needs points and thresholds"
                )
        elif not self.bands or self.below_label is None:
            raise ValueError(
                f"{_where(self.key)}: a percentage profile needs bands and a below_label"
            )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoringProfile:
        """Validate a profile read from JSON; raise ``ValueError`` saying what is wrong (in the
        current language: the message is meant for the user who wrote the file)."""
        if not isinstance(data, Mapping):
            raise ValueError(
                translate("Profiles", "scoring profile: expected an object, got {value}").format(
                    value=_show(data)
                )
            )
        where = translate("Profiles", "scoring profile")
        key = _text(data, "key", "", where)
        where = _where(key)
        name = _text(data, "name", "", where)
        kind_value = _require(data, "kind", "", where)
        try:
            kind = ProfileKind(kind_value)
        except ValueError:
            # The kinds are the values of ProfileKind, written as they are in the file.
            raise ValueError(
                translate(
                    "Profiles", "{where}: unknown kind {kind} (expected 'points' or 'percentage')"
                ).format(where=where, kind=_show(kind_value))
            ) from None

        if kind is ProfileKind.POINTS:
            _no_unknown_keys(data, {*_COMMON_KEYS, "points", "thresholds"}, "", where)
            points_data = _mapping(data, "points", "", where)
            _no_unknown_keys(points_data, set(_POINT_KEYS), "points.", where)
            points = PointValues(*(_number(points_data, k, "points.", where) for k in _POINT_KEYS))
            thresholds_data = _mapping(data, "thresholds", "", where)
            _no_unknown_keys(thresholds_data, set(_LEVELS), "thresholds.", where)
            thresholds = Thresholds(
                *(_optional_number(thresholds_data, k, "thresholds.", where) for k in _LEVELS)
            )
            coverage = _coverage_threshold(data, where)
            return cls(
                key, name, kind, points=points, thresholds=thresholds, coverage_threshold=coverage
            )

        _no_unknown_keys(data, {*_COMMON_KEYS, "bands", "below_label"}, "", where)
        bands_value = _require(data, "bands", "", where)
        if not isinstance(bands_value, list) or not bands_value:
            raise ValueError(
                translate("Profiles", "{where}: 'bands' must be a non-empty list, got {value}")
                .format(where=where, value=_show(bands_value))
            )  # fmt: skip
        bands: list[Band] = []
        for index, band_value in enumerate(bands_value):
            path = f"bands[{index}]"
            if not isinstance(band_value, Mapping):
                raise ValueError(_not_an_object(where, path, band_value))
            _no_unknown_keys(band_value, {"min_percent", "label"}, f"{path}.", where)
            min_percent = _number(band_value, "min_percent", f"{path}.", where)
            if not 0 <= min_percent <= 100:
                raise ValueError(
                    translate("Profiles", "{where}: '{key}' must be between 0 and 100, got {value}")
                    .format(where=where, key=f"{path}.min_percent", value=min_percent)
                )  # fmt: skip
            label = _text(band_value, "label", f"{path}.", where)
            if bands and _exact(min_percent) >= _exact(bands[-1].min_percent):
                raise ValueError(
                    translate(
                        "Profiles",
                        "{where}: bands must be in descending order of min_percent, but "
                        "'{key}' ({value}) is not below '{previous_key}' ({previous_value})",
                    ).format(
                        where=where,
                        key=f"{path}.min_percent",
                        value=min_percent,
                        previous_key=f"bands[{index - 1}].min_percent",
                        previous_value=bands[-1].min_percent,
                    )
                )
            bands.append(Band(min_percent, label))
        below_label = _text(data, "below_label", "", where)
        coverage = _coverage_threshold(data, where)
        return cls(
            key,
            name,
            kind,
            bands=tuple(bands),
            below_label=below_label,
            coverage_threshold=coverage,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form; ``ScoringProfile.from_dict(p.to_dict()) == p``."""
        data: dict[str, Any] = {"key": self.key, "name": self.name, "kind": self.kind.value}
        if self.kind is ProfileKind.POINTS:
            assert self.points is not None and self.thresholds is not None
            data["points"] = {k: getattr(self.points, k) for k in _POINT_KEYS}
            data["thresholds"] = {k: getattr(self.thresholds, k) for k in _LEVELS}
        else:
            data["bands"] = [{"min_percent": b.min_percent, "label": b.label} for b in self.bands]
            data["below_label"] = self.below_label
        data["coverage_threshold"] = self.coverage_threshold
        return data

    def enough_assessed(self, assessed: int, applicable: int) -> bool:
        """Whether ``assessed`` of ``applicable`` elements reach the coverage threshold."""
        return Fraction(assessed) >= _exact(self.coverage_threshold) * applicable


_COMMON_KEYS = ("key", "name", "kind", "coverage_threshold")
_POINT_KEYS = ("fully_met", "partially_met", "not_met")
_LEVELS = ("standard", "chapter", "overall")


def load_builtin_profiles(directory: Path) -> list[ScoringProfile]:
    """Read every ``*.json`` profile in ``directory``, in file-name order."""
    if not directory.is_dir():
        raise FileNotFoundError(f"scoring profile folder not found: {directory}")
    profiles: list[ScoringProfile] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{path.name}: not valid JSON ({error})") from error
        try:
            profile = ScoringProfile.from_dict(data)
        except ValueError as error:
            raise ValueError(f"{path.name}: {error}") from error
        if profile.key in seen:
            raise ValueError(
                f"{path.name}: scoring profile key '{profile.key}' is already used by "
                f"{seen[profile.key].name}"
            )
        seen[profile.key] = path
        profiles.append(profile)
    return profiles


def _coverage_threshold(data: Mapping[str, Any], where: str) -> float:
    """The profile's coverage threshold: a share from 0 to 1, the default when not given."""
    if "coverage_threshold" not in data:
        return DEFAULT_COVERAGE_THRESHOLD
    value = _number(data, "coverage_threshold", "", where)
    if not 0 <= value <= 1:
        raise ValueError(
            translate("Profiles", "{where}: '{key}' must be between 0 and 1, got {value}")
            .format(where=where, key="coverage_threshold", value=value)
        )  # fmt: skip
    return value


def _where(key: str) -> str:
    return translate("Profiles", "scoring profile '{key}'").format(key=key)


def _show(value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _require(data: Mapping[str, Any], key: str, prefix: str, where: str) -> Any:
    if key not in data:
        raise ValueError(
            translate("Profiles", "{where}: missing key '{key}'").format(
                where=where, key=prefix + key
            )
        )
    return data[key]


def _no_unknown_keys(data: Mapping[str, Any], allowed: set[str], prefix: str, where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ValueError(
                translate("Profiles", "{where}: unknown key '{key}'").format(
                    where=where, key=prefix + key
                )
            )


def _text(data: Mapping[str, Any], key: str, prefix: str, where: str) -> str:
    value = _require(data, key, prefix, where)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(
            translate("Profiles", "{where}: '{key}' must be non-empty text, got {value}").format(
                where=where, key=prefix + key, value=_show(value)
            )
        )
    return value


def _mapping(data: Mapping[str, Any], key: str, prefix: str, where: str) -> Mapping[str, Any]:
    value = _require(data, key, prefix, where)
    if not isinstance(value, Mapping):
        raise ValueError(_not_an_object(where, prefix + key, value))
    return value


def _not_an_object(where: str, key: str, value: object) -> str:
    return translate("Profiles", "{where}: '{key}' must be an object, got {value}").format(
        where=where, key=key, value=_show(value)
    )


def _number(data: Mapping[str, Any], key: str, prefix: str, where: str) -> float:
    value = _require(data, key, prefix, where)
    if not _is_number(value):
        raise ValueError(
            translate("Profiles", "{where}: '{key}' must be a number, got {value}").format(
                where=where, key=prefix + key, value=_show(value)
            )
        )
    return value  # type: ignore[no-any-return]


def _optional_number(data: Mapping[str, Any], key: str, prefix: str, where: str) -> float | None:
    value = _require(data, key, prefix, where)
    if value is not None and not _is_number(value):
        raise ValueError(
            translate("Profiles", "{where}: '{key}' must be a number or null, got {value}").format(
                where=where, key=prefix + key, value=_show(value)
            )
        )
    return value  # type: ignore[no-any-return]


def _is_number(value: object) -> bool:
    """True for a finite JSON number; ``true``/``false`` are not numbers."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


@functools.lru_cache(maxsize=256)
def _exact(value: float) -> Fraction:
    """The decimal the profile author wrote: 0.1 means one tenth, not the nearest binary float.
    Remembered: a profile's few numbers are asked for once per chapter or standard."""
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


# --------------------------------------------------------------------------------------------
# Scores


class Scorable(Protocol):
    """Anything that says where an element sits and what its result is."""

    @property
    def chapter_code(self) -> str: ...
    @property
    def standard_code(self) -> str: ...
    @property
    def result(self) -> Result: ...


@dataclass(frozen=True)
class ScoredElement:
    """One measurable element's result, as the caller read it from the assessment."""

    chapter_code: str
    standard_code: str
    result: Result


@dataclass(frozen=True)
class Verdict:
    """The outcome of an assessment under a profile, with the failed rules spelled out.

    ``label`` and ``reasons`` are in the language current when it was worked out (a band's
    label is as the profile names it); ``code`` is the same in every language.
    """

    code: VerdictCode
    label: str
    provisional: bool = False
    reasons: tuple[str, ...] = ()


class NodeScore(NamedTuple):
    """The score of one chapter or one standard (a named tuple: an assessment has tens of
    thousands of them, and a tuple is made several times faster than a frozen dataclass).

    ``score`` is ``None`` when the node has no applicable element or none of them is assessed
    yet; such a node neither passes nor fails and is left out of its parent's score.
    """

    code: str
    score: float | None
    threshold: float | None
    meets_threshold: bool | None
    counts: dict[Result, int]
    elements: int
    standards: int | None = None
    """Number of standards in the chapter; ``None`` for a standard."""
    chapter_code: str | None = None
    """The chapter a standard belongs to; ``None`` for a chapter."""
    enough_assessed: bool = True
    """Whether enough of its applicable elements are assessed (the profile's coverage
    threshold) for its score to meet or miss a threshold; when not, ``meets_threshold`` is
    ``None`` and it reads "not enough assessed"."""

    @property
    def applicable(self) -> int:
        return self.elements - self.counts[Result.NOT_APPLICABLE]

    @property
    def not_assessed(self) -> int:
        return self.counts[Result.NOT_ASSESSED]

    @property
    def too_little_assessed(self) -> bool:
        """It has a score, but too few of its elements are assessed to judge it by it."""
        return self.score is not None and not self.enough_assessed


@dataclass(frozen=True)
class AssessmentScore:
    """Scores of a whole assessment: overall, per chapter and per standard."""

    profile: ScoringProfile
    overall: float | None
    verdict: Verdict
    counts: dict[Result, int]
    chapters: list[NodeScore]
    standards: list[NodeScore]

    @property
    def elements(self) -> int:
        return sum(self.counts.values())

    @property
    def not_assessed(self) -> int:
        """Applicable elements still waiting for a result."""
        return self.counts[Result.NOT_ASSESSED]


def shown_score(profile: ScoringProfile, value: float | None) -> float | None:
    """The score as it is shown, as a number: points to one decimal, percentages whole.

    The value is cut down, never rounded up, so a score shown never looks like it reaches a
    threshold it misses (7.96 is 7.9, 84.6 % is 84 %). A spreadsheet cell holds this number,
    so that the cell, its chart and the app agree.
    """
    if value is None:
        return None
    if profile.kind is ProfileKind.PERCENTAGE:
        return float(math.floor(round(value, 6)))
    return math.floor(round(value * 10, 6)) / 10


def format_score(profile: ScoringProfile, value: float | None) -> str:
    """Display a score (see :func:`shown_score`): ``"8.6"`` for points (``"8,6"`` in
    Russian), ``"87 %"`` for percentage, ``"—"`` for none. For display only: a number is
    kept as a number wherever it goes on (a spreadsheet cell, a sort), never read back from
    this text."""
    shown = shown_score(profile, value)
    if shown is None:
        return NO_SCORE
    if profile.kind is ProfileKind.PERCENTAGE:
        return f"{shown:.0f} %"
    return with_decimal_separator(f"{shown:.1f}")


_RESULTS = tuple(Result)  # iterating an Enum is slow; this tuple is not


class _Tally:
    """Counts of results in one node; its points follow from the counts, exactly."""

    def __init__(
        self, point_values: dict[Result, Fraction], counts: dict[Result, int] | None = None
    ) -> None:
        self.counts: dict[Result, int] = dict.fromkeys(_RESULTS, 0) if counts is None else counts
        self._point_values = point_values

    def merge(self, other: _Tally) -> None:
        for result, count in other.counts.items():
            self.counts[result] += count

    @property
    def points(self) -> Fraction:
        return sum((self._point_values[r] * n for r, n in self.counts.items() if n), Fraction(0))

    @property
    def elements(self) -> int:
        return sum(self.counts.values())

    @property
    def scored(self) -> int:
        return sum(self.counts[r] for r in _SCORED_RESULTS)

    @property
    def applicable(self) -> int:
        return self.elements - self.counts[Result.NOT_APPLICABLE]


ResultCounts = Counter[tuple[str, str, Result]]
"""How many elements of each standard (chapter code, standard code) have each result, in the
order the standards were first seen. A window keeps one and moves an element's count from its
old result to its new one, so a change is scored without going over every element again."""


def count_results(elements: Iterable[Scorable]) -> ResultCounts:
    """Count the elements' results per standard (one pass, done in C by ``Counter``)."""
    counts: ResultCounts = Counter(map(_WHERE_AND_RESULT, elements))
    if all(type(result) is Result for _, _, result in counts):
        return counts
    return Counter({(c, s, Result(result)): n for (c, s, result), n in counts.items()})


_WHERE_AND_RESULT = attrgetter("chapter_code", "standard_code", "result")


def score_assessment(
    profile: ScoringProfile,
    elements: Iterable[Scorable],
    *,
    known_chapters: Iterable[str] = (),
) -> AssessmentScore:
    """Score element results under ``profile``.

    Chapters and standards are listed in the order first seen; ``known_chapters`` lists chapter
    codes to show first, in that order, even when no element belongs to them. A standard is
    identified by its chapter and its code.
    """
    return score_counts(profile, count_results(elements), known_chapters=known_chapters)


def score_counts(
    profile: ScoringProfile,
    counts: ResultCounts,
    *,
    known_chapters: Iterable[str] = (),
) -> AssessmentScore:
    """Score from counts made by :func:`count_results` (see :func:`score_assessment`)."""
    point_values = _point_values(profile)
    chapter_standards: dict[str, list[tuple[str, str]]] = {code: [] for code in known_chapters}
    standard_counts: dict[tuple[str, str], dict[Result, int]] = {}
    for (chapter_code, standard_code, result), n in counts.items():
        key = (chapter_code, standard_code)
        by_result = standard_counts.get(key)
        if by_result is None:
            by_result = standard_counts[key] = dict.fromkeys(_RESULTS, 0)
            chapter_standards.setdefault(chapter_code, []).append(key)
        by_result[result] += n

    total = _Tally(point_values)
    chapter_tallies = {code: _Tally(point_values) for code in chapter_standards}
    for (chapter_code, _, result), n in counts.items():
        chapter_tallies[chapter_code].counts[result] += n
    for tally in chapter_tallies.values():
        total.merge(tally)

    if profile.kind is ProfileKind.POINTS:
        return _score_points(
            profile, point_values, total, chapter_tallies, chapter_standards, standard_counts
        )
    return _score_percentage(
        profile, point_values, total, chapter_tallies, chapter_standards, standard_counts
    )


def _mean_score(
    by_counts: dict[tuple[int, ...], _StandardScore],
    signatures: Mapping[tuple[int, ...], int],
) -> Fraction | None:
    """The mean of the standards' scores, skipping those without one; ``signatures`` says how
    many standards have each set of counts, and each distinct score is multiplied by that
    rather than added that many times."""
    total, scored = Fraction(0), 0
    for signature, n in signatures.items():
        score = by_counts[signature][0]
        if score is not None and n:
            total += score * n
            scored += n
    return total / scored if scored else None


_StandardScore = tuple[Fraction | None, float | None, bool | None, bool]
"""A standard's exact score, the same as a float, whether it meets its threshold and whether
enough of it is assessed."""

_FAILING_STANDARDS: Final = (
    QT_TRANSLATE_NOOP("Scoring", "1 standard scores below {threshold}: {codes}"),
    QT_TRANSLATE_NOOP("Scoring", "{count} standards score below {threshold}: {codes}"),
)
_FAILING_CHAPTERS: Final = (
    QT_TRANSLATE_NOOP("Scoring", "1 chapter scores below {threshold}: {chapters}"),
    QT_TRANSLATE_NOOP("Scoring", "{count} chapters score below {threshold}: {chapters}"),
)
_SHORT_CHAPTERS: Final = (
    QT_TRANSLATE_NOOP("Scoring", "1 chapter has too little assessed: {codes}"),
    QT_TRANSLATE_NOOP("Scoring", "{count} chapters have too little assessed: {codes}"),
)
_SHORT_STANDARDS: Final = (
    QT_TRANSLATE_NOOP("Scoring", "1 standard has too little assessed: {codes}"),
    QT_TRANSLATE_NOOP("Scoring", "{count} standards have too little assessed: {codes}"),
)
"""Verdict reasons, for one and for several."""


def _counted(forms: tuple[str, str], count: int) -> str:
    """The form of a reason for ``count`` things, in the current language."""
    return translate("Scoring", forms[0] if count == 1 else forms[1])


_LISTED_CODES = 8
"""Codes a verdict's reason names before it ends the list with "…"."""


def listed_codes(nodes: list[NodeScore], profile: ScoringProfile | None = None) -> str:
    """The nodes' codes as a reason names them: "IPSG.1, MMU.4, …", or with their scores
    ("IPSG 7.8, MOI 7.5") when ``profile`` is given; the first few only."""
    shown = nodes[:_LISTED_CODES]
    if profile is None:
        names = [node.code for node in shown]
    else:
        names = [f"{node.code} {format_score(profile, node.score)}" for node in shown]
    if len(nodes) > len(shown):
        names.append("…")
    return ", ".join(names)


def _enough(profile: ScoringProfile, tally: _Tally) -> bool:
    return profile.enough_assessed(
        tally.applicable - tally.counts[Result.NOT_ASSESSED], tally.applicable
    )


def _too_little_assessed(
    profile: ScoringProfile,
    total: _Tally,
    short_chapters: list[NodeScore],
    short_standards: list[NodeScore],
) -> tuple[str, ...]:
    """Why nothing failing is not yet a pass: what has too little assessed (the overall
    count, ``short_chapters``, ``short_standards``); empty when enough is assessed everywhere."""
    reasons: list[str] = []
    if not _enough(profile, total):
        assessed = total.applicable - total.counts[Result.NOT_ASSESSED]
        reasons.append(
            translate("Scoring", "{assessed} of {applicable} applicable elements assessed").format(
                assessed=assessed, applicable=total.applicable
            )
        )
    if short_chapters:
        count = len(short_chapters)
        reasons.append(
            _counted(_SHORT_CHAPTERS, count).format(count=count, codes=listed_codes(short_chapters))
        )
    if short_standards:
        count = len(short_standards)
        reasons.append(
            _counted(_SHORT_STANDARDS, count).format(
                count=count, codes=listed_codes(short_standards)
            )
        )
    return tuple(reasons)


def _meets(score: Fraction | None, threshold: float | None) -> bool | None:
    if score is None or threshold is None:
        return None
    return score >= _exact(threshold)


def _as_float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def number_text(value: float) -> str:
    """A threshold or weight as people write it: 8, 7.5 (7,5 in Russian)."""
    return with_decimal_separator(f"{value:g}")


def _unfinished_verdict(total: _Tally) -> Verdict | None:
    if total.applicable == 0:
        return Verdict(VerdictCode.NO_APPLICABLE, translate("Scoring", "No applicable elements"))
    if total.counts[Result.NOT_ASSESSED] == total.applicable:
        return Verdict(VerdictCode.NOT_STARTED, translate("Scoring", "Not started"))
    return None


def _standard_points(
    profile: ScoringProfile,
    point_values: dict[Result, Fraction],
    signature: tuple[int, ...],
) -> _StandardScore:
    """The score of a standard with these counts (``signature``: one count per result)."""
    assert profile.thresholds is not None
    tally = _Tally(point_values, dict(zip(_RESULTS, signature, strict=True)))
    exact = tally.points / tally.scored if tally.scored else None
    enough = _enough(profile, tally)
    return (
        exact,
        _as_float(exact),
        _meets(exact, profile.thresholds.standard) if enough else None,
        enough,
    )


def _points_standard_node(
    profile: ScoringProfile,
    point_values: dict[Result, Fraction],
    by_counts: dict[tuple[int, ...], _StandardScore],
    chapter_code: str,
    standard_code: str,
    by_result: dict[Result, int],
) -> tuple[NodeScore, tuple[int, ...]]:
    """A standard's node under a points profile, and its signature (its counts as a tuple).

    Standards with the same counts have the same score: ``by_counts`` keeps each distinct one,
    worked out once, which keeps exact arithmetic cheap at 100,000 elements."""
    assert profile.thresholds is not None
    signature = tuple(by_result.values())
    known = by_counts.get(signature)
    if known is None:
        known = by_counts[signature] = _standard_points(profile, point_values, signature)
    _, score_float, meets, enough = known
    node = NodeScore(
        standard_code,
        score_float,
        profile.thresholds.standard,
        meets,
        by_result,
        sum(signature),
        None,
        chapter_code,
        enough,
    )
    return node, signature


def _points_chapter_node(
    profile: ScoringProfile,
    by_counts: dict[tuple[int, ...], _StandardScore],
    chapter_code: str,
    tally: _Tally,
    signatures: list[tuple[int, ...]],
) -> NodeScore:
    """A chapter's node under a points profile: the mean of its standards' scores."""
    assert profile.thresholds is not None
    score = _mean_score(by_counts, Counter(signatures))
    enough = _enough(profile, tally)
    return NodeScore(
        code=chapter_code,
        score=_as_float(score),
        threshold=profile.thresholds.chapter,
        meets_threshold=_meets(score, profile.thresholds.chapter) if enough else None,
        counts=dict(tally.counts),
        elements=tally.elements,
        standards=len(signatures),
        enough_assessed=enough,
    )


def _points_verdict(
    profile: ScoringProfile,
    total: _Tally,
    overall: Fraction | None,
    failing_standards: list[NodeScore],
    failing_chapters: list[NodeScore],
    too_little_assessed: Callable[[], tuple[list[NodeScore], list[NodeScore]]],
) -> Verdict:
    """The verdict under a points profile; ``too_little_assessed`` lists the chapters and
    standards with too little assessed, asked only when nothing fails."""
    thresholds = profile.thresholds
    assert thresholds is not None
    verdict = _unfinished_verdict(total)
    if verdict is not None:
        return verdict
    reasons: list[str] = []
    if failing_standards:
        assert thresholds.standard is not None
        count = len(failing_standards)
        reasons.append(
            _counted(_FAILING_STANDARDS, count).format(
                count=count,
                threshold=number_text(thresholds.standard),
                codes=listed_codes(failing_standards),
            )
        )
    if failing_chapters:
        assert thresholds.chapter is not None
        count = len(failing_chapters)
        reasons.append(
            _counted(_FAILING_CHAPTERS, count).format(
                count=count,
                threshold=number_text(thresholds.chapter),
                chapters=listed_codes(failing_chapters, profile),
            )
        )
    if _enough(profile, total) and _meets(overall, thresholds.overall) is False:
        assert thresholds.overall is not None
        reasons.append(
            translate("Scoring", "the overall score {score} is below {threshold}").format(
                threshold=number_text(thresholds.overall),
                score=format_score(profile, _as_float(overall)),
            )
        )
    provisional = total.counts[Result.NOT_ASSESSED] > 0
    if reasons:
        label = translate("Scoring", "Does not meet the accreditation thresholds")
        return Verdict(VerdictCode.FAIL, label, provisional, tuple(reasons))
    if short := _too_little_assessed(profile, total, *too_little_assessed()):
        label = translate("Scoring", "Not enough assessed")
        return Verdict(VerdictCode.NOT_ENOUGH_ASSESSED, label, provisional, short)
    label = translate("Scoring", "Meets the accreditation thresholds")
    return Verdict(VerdictCode.PASS, label, provisional)


def _score_points(
    profile: ScoringProfile,
    point_values: dict[Result, Fraction],
    total: _Tally,
    chapter_tallies: dict[str, _Tally],
    chapter_standards: dict[str, list[tuple[str, str]]],
    standard_counts: dict[tuple[str, str], dict[Result, int]],
) -> AssessmentScore:
    by_counts: dict[tuple[int, ...], _StandardScore] = {}
    standard_signatures: dict[tuple[str, str], tuple[int, ...]] = {}
    standards: list[NodeScore] = []
    failing_standards: list[NodeScore] = []
    for (chapter_code, standard_code), by_result in standard_counts.items():
        node, signature = _points_standard_node(
            profile, point_values, by_counts, chapter_code, standard_code, by_result
        )
        standard_signatures[(chapter_code, standard_code)] = signature
        standards.append(node)
        if node.meets_threshold is False:
            failing_standards.append(node)

    chapters: list[NodeScore] = []
    for chapter_code, tally in chapter_tallies.items():
        signatures = [standard_signatures[k] for k in chapter_standards[chapter_code]]
        chapters.append(_points_chapter_node(profile, by_counts, chapter_code, tally, signatures))

    overall = _mean_score(by_counts, Counter(standard_signatures.values()))
    verdict = _points_verdict(
        profile,
        total,
        overall,
        failing_standards,
        [n for n in chapters if n.meets_threshold is False],
        lambda: (
            [n for n in chapters if n.too_little_assessed],
            [n for n in standards if n.too_little_assessed],
        ),
    )
    return AssessmentScore(
        profile=profile,
        overall=_as_float(overall),
        verdict=verdict,
        counts=dict(total.counts),
        chapters=chapters,
        standards=standards,
    )


def _percent(tally: _Tally) -> Fraction | None:
    """Fully met over applicable; ``None`` when nothing applicable has been assessed yet."""
    if tally.applicable == tally.counts[Result.NOT_ASSESSED]:
        return None
    return Fraction(100 * tally.counts[Result.FULLY_MET], tally.applicable)


def _percentage_node(
    profile: ScoringProfile,
    tally: _Tally,
    code: str,
    *,
    chapter_code: str | None = None,
    standards: int | None = None,
) -> NodeScore:
    """A standard's node (``chapter_code`` given) or a chapter's (``standards`` given) under a
    percentage profile."""
    return NodeScore(
        code=code,
        score=_as_float(_percent(tally)),
        threshold=None,
        meets_threshold=None,
        counts=tally.counts if chapter_code is not None else dict(tally.counts),
        elements=tally.elements,
        standards=standards,
        chapter_code=chapter_code,
        enough_assessed=_enough(profile, tally),
    )


def _percentage_verdict(profile: ScoringProfile, total: _Tally) -> Verdict:
    """The verdict under a percentage profile: the band the overall percentage reaches."""
    verdict = _unfinished_verdict(total)
    if verdict is not None:
        return verdict
    overall = _percent(total)
    assert overall is not None and profile.below_label is not None
    provisional = total.counts[Result.NOT_ASSESSED] > 0
    band = next((b for b in profile.bands if overall >= _exact(b.min_percent)), None)
    if band is not None:
        return Verdict(VerdictCode.PASS, band.label, provisional)
    lowest = profile.bands[-1].min_percent
    reason = translate("Scoring", "overall below {threshold} % ({score})").format(
        threshold=number_text(lowest), score=format_score(profile, _as_float(overall))
    )
    return Verdict(VerdictCode.FAIL, profile.below_label, provisional, (reason,))


def _score_percentage(
    profile: ScoringProfile,
    point_values: dict[Result, Fraction],
    total: _Tally,
    chapter_tallies: dict[str, _Tally],
    chapter_standards: dict[str, list[tuple[str, str]]],
    standard_counts: dict[tuple[str, str], dict[Result, int]],
) -> AssessmentScore:
    standards = [
        _percentage_node(
            profile, _Tally(point_values, by_result), standard_code, chapter_code=chapter_code
        )
        for (chapter_code, standard_code), by_result in standard_counts.items()
    ]
    chapters = [
        _percentage_node(
            profile, tally, chapter_code, standards=len(chapter_standards[chapter_code])
        )
        for chapter_code, tally in chapter_tallies.items()
    ]
    return AssessmentScore(
        profile=profile,
        overall=_as_float(_percent(total)),
        verdict=_percentage_verdict(profile, total),
        counts=dict(total.counts),
        chapters=chapters,
        standards=standards,
    )


def _point_values(profile: ScoringProfile) -> dict[Result, Fraction]:
    """The exact points of each result under ``profile`` (none under a percentage profile)."""
    point_values: dict[Result, Fraction] = dict.fromkeys(_RESULTS, Fraction(0))
    if profile.points is not None:
        for result in _SCORED_RESULTS:
            point_values[result] = _exact(profile.points.for_result(result))
    return point_values


class ScoreChange(NamedTuple):
    """A fresh score and where it differs from the one before: positions in its lists."""

    score: AssessmentScore
    standards: list[int]
    """Positions in ``score.standards`` of the standards whose counts changed."""
    chapters: list[int]
    """Positions in ``score.chapters`` of the chapters whose counts changed."""


class RunningScore:
    """An assessment's score kept up to date while its results change.

    It starts from a full :func:`score_counts`. Each :meth:`move` counts one element under
    its new result; :meth:`rescore` then works out again only the standards whose counts
    changed, their chapters, the overall score and the verdict. The score is the one a full
    scoring of the same counts gives, since both add exact fractions.
    """

    def __init__(
        self,
        profile: ScoringProfile,
        counts: ResultCounts,
        *,
        known_chapters: Iterable[str] = (),
    ) -> None:
        self.profile = profile
        self.score = score_counts(profile, counts, known_chapters=known_chapters)
        self._point_values = _point_values(profile)
        standards, chapters = self.score.standards, self.score.chapters
        self._standard_at = {(n.chapter_code, n.code): i for i, n in enumerate(standards)}
        self._chapter_at = {n.code: i for i, n in enumerate(chapters)}
        self._standards_of: dict[str, list[int]] = {n.code: [] for n in chapters}
        for position, node in enumerate(standards):
            self._standards_of[node.chapter_code or ""].append(position)
        self._total = dict(self.score.counts)
        # Under a points profile: each standard's signature (its counts as a tuple), how many
        # standards have each, and each distinct signature's score.
        self._signatures = [tuple(n.counts.values()) for n in standards]
        self._signature_counts = Counter(self._signatures)
        self._by_counts: dict[tuple[int, ...], _StandardScore] = {}
        if profile.kind is ProfileKind.POINTS:
            for signature in self._signature_counts:
                self._by_counts[signature] = _standard_points(
                    profile, self._point_values, signature
                )
        self._failing = {i for i, n in enumerate(standards) if n.meets_threshold is False}
        self._short = {i for i, n in enumerate(standards) if n.too_little_assessed}
        # Counts moved since the last rescore, by position.
        self._moved_standards: dict[int, dict[Result, int]] = {}
        self._moved_chapters: dict[int, dict[Result, int]] = {}

    def move(self, chapter_code: str, standard_code: str, old: Result, new: Result) -> None:
        """Count one element of a standard under its ``new`` result instead of ``old``."""
        if old == new:
            return
        position = self._standard_at[(chapter_code, standard_code)]
        standard = self._moved_standards.get(position)
        if standard is None:
            standard = self._moved_standards[position] = dict(self.score.standards[position].counts)
        chapter_position = self._chapter_at[chapter_code]
        chapter = self._moved_chapters.get(chapter_position)
        if chapter is None:
            chapter = self._moved_chapters[chapter_position] = dict(
                self.score.chapters[chapter_position].counts
            )
        for counts in (standard, chapter, self._total):
            counts[old] -= 1
            counts[new] += 1

    def rescore(self) -> ScoreChange:
        """The score after the moves since the last rescore (the same score if none)."""
        moved_standards, moved_chapters = self._moved_standards, self._moved_chapters
        if not moved_standards:
            return ScoreChange(self.score, [], [])
        self._moved_standards, self._moved_chapters = {}, {}
        profile, point_values = self.profile, self._point_values
        standards = list(self.score.standards)
        chapters = list(self.score.chapters)
        total = _Tally(point_values, dict(self._total))
        if profile.kind is ProfileKind.POINTS:
            for position, by_result in moved_standards.items():
                old = standards[position]
                node, signature = _points_standard_node(
                    profile,
                    point_values,
                    self._by_counts,
                    old.chapter_code or "",
                    old.code,
                    by_result,
                )
                standards[position] = node
                self._signature_counts[self._signatures[position]] -= 1
                self._signature_counts[signature] += 1
                self._signatures[position] = signature
                self._sort_out(position, node)
            for position, by_result in moved_chapters.items():
                code = chapters[position].code
                signatures = [self._signatures[i] for i in self._standards_of[code]]
                chapters[position] = _points_chapter_node(
                    profile, self._by_counts, code, _Tally(point_values, by_result), signatures
                )
            overall = _mean_score(self._by_counts, self._signature_counts)
            verdict = _points_verdict(
                profile,
                total,
                overall,
                [standards[i] for i in sorted(self._failing)],
                [n for n in chapters if n.meets_threshold is False],
                lambda: (
                    [n for n in chapters if n.too_little_assessed],
                    [standards[i] for i in sorted(self._short)],
                ),
            )
            overall_float = _as_float(overall)
        else:
            for position, by_result in moved_standards.items():
                old = standards[position]
                standards[position] = _percentage_node(
                    profile,
                    _Tally(point_values, by_result),
                    old.code,
                    chapter_code=old.chapter_code,
                )
            for position, by_result in moved_chapters.items():
                old = chapters[position]
                chapters[position] = _percentage_node(
                    profile, _Tally(point_values, by_result), old.code, standards=old.standards
                )
            verdict = _percentage_verdict(profile, total)
            overall_float = _as_float(_percent(total))
        self.score = AssessmentScore(
            profile=profile,
            overall=overall_float,
            verdict=verdict,
            counts=dict(total.counts),
            chapters=chapters,
            standards=standards,
        )
        return ScoreChange(self.score, sorted(moved_standards), sorted(moved_chapters))

    def _sort_out(self, position: int, node: NodeScore) -> None:
        """Keep the standards that fail, and those with too little assessed, up to date."""
        for found, positions in (
            (node.meets_threshold is False, self._failing),
            (node.too_little_assessed, self._short),
        ):
            if found:
                positions.add(position)
            else:
                positions.discard(position)
