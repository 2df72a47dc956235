"""Scoring profiles as data and the scores they give an assessment."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from random import Random
from typing import Any

import pytest

from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    RunningScore,
    ScoredElement,
    ScoringProfile,
    count_results,
    format_score,
    load_builtin_profiles,
    score_assessment,
    shown_score,
)
from accredit_tracker.core.vocabulary import Result

PROFILES_DIR = Path(__file__).resolve().parents[3] / "resources" / "scoring_profiles"

# One letter per element: F fully met, P partially met, N not met, A not applicable,
# - not assessed.
_LETTERS = {
    "F": Result.FULLY_MET,
    "P": Result.PARTIALLY_MET,
    "N": Result.NOT_MET,
    "A": Result.NOT_APPLICABLE,
    "-": Result.NOT_ASSESSED,
}


def rows(*standards: tuple[str, str]) -> list[ScoredElement]:
    """``rows(("PCI.1", "FFP"), ...)``: elements of standards whose chapter is the code prefix."""
    return [
        ScoredElement(code.split(".")[0], code, _LETTERS[letter])
        for code, letters in standards
        for letter in letters
    ]


def points_dict(**thresholds: float | None) -> dict[str, Any]:
    return {
        "key": "custom_points",
        "name": "Custom points",
        "kind": "points",
        "points": {"fully_met": 10, "partially_met": 5, "not_met": 0},
        "thresholds": {"standard": 5, "chapter": 8, "overall": 9, **thresholds},
    }


def percentage_dict() -> dict[str, Any]:
    return {
        "key": "custom_bands",
        "name": "Custom bands",
        "kind": "percentage",
        "bands": [
            {"min_percent": 95, "label": "Highest category"},
            {"min_percent": 85, "label": "First category"},
        ],
        "below_label": "Not accredited",
    }


@pytest.fixture(scope="module")
def jci() -> ScoringProfile:
    return ScoringProfile.from_dict(json.loads((PROFILES_DIR / "jci_points.json").read_text()))


@pytest.fixture(scope="module")
def bands() -> ScoringProfile:
    path = PROFILES_DIR / "percentage_bands.json"
    return ScoringProfile.from_dict(json.loads(path.read_text()))


def node(scores: list[Any], code: str) -> Any:
    (found,) = [n for n in scores if n.code == code]
    return found


# --- points: means --------------------------------------------------------------------------

HAND_EXAMPLE = rows(
    ("PCI.1", "FFP"),  # 25/3
    ("PCI.2", "FNA"),  # 10/2 = 5, N/A left out
    ("PCI.3", "NN"),  # 0
    ("MMU.1", "FFA"),  # 10
)


def test_standard_score_is_mean_points_of_its_elements(jci: ScoringProfile) -> None:
    score = score_assessment(jci, HAND_EXAMPLE)

    assert [(s.code, s.score) for s in score.standards] == [
        ("PCI.1", pytest.approx(25 / 3)),
        ("PCI.2", 5.0),
        ("PCI.3", 0.0),
        ("MMU.1", 10.0),
    ]


def test_chapter_score_is_mean_of_its_standards_not_of_its_elements(
    jci: ScoringProfile,
) -> None:
    score = score_assessment(jci, HAND_EXAMPLE)

    # Mean of elements would be 35/7 = 5.
    assert node(score.chapters, "PCI").score == pytest.approx(40 / 9)
    assert node(score.chapters, "MMU").score == 10.0


def test_overall_is_mean_of_all_standards_not_of_chapters(jci: ScoringProfile) -> None:
    score = score_assessment(jci, HAND_EXAMPLE)

    # Mean of chapters would be 65/9 = 7.22, mean of elements 55/9 = 6.11.
    assert score.overall == pytest.approx(35 / 6)


def test_failed_rules_are_spelled_out(jci: ScoringProfile) -> None:
    verdict = score_assessment(jci, HAND_EXAMPLE).verdict

    assert verdict.code == "fail"
    assert verdict.label == "Does not meet the accreditation thresholds"
    assert verdict.reasons == (
        "1 standard scores below 5: PCI.3",
        "1 chapter scores below 8: PCI 4.4",
        "the overall score 5.8 is below 9",
    )
    assert verdict.provisional is False


def test_several_failing_standards_are_counted_and_named_in_one_reason(
    jci: ScoringProfile,
) -> None:
    score = score_assessment(jci, rows(("PCI.1", "N"), ("PCI.2", "N"), ("PCI.3", "PN")))

    assert score.verdict.reasons[0] == "3 standards score below 5: PCI.1, PCI.2, PCI.3"


def test_a_long_list_of_failing_standards_names_the_first_eight(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(*[(f"PCI.{n}", "N") for n in range(1, 12)]))

    codes = ", ".join(f"PCI.{n}" for n in range(1, 9))
    assert score.verdict.reasons[0] == f"11 standards score below 5: {codes}, …"


def test_nodes_carry_threshold_and_whether_it_is_met(jci: ScoringProfile) -> None:
    score = score_assessment(jci, HAND_EXAMPLE)

    pci2, pci3 = node(score.standards, "PCI.2"), node(score.standards, "PCI.3")
    assert (pci2.threshold, pci2.meets_threshold) == (5, True)
    assert (pci3.threshold, pci3.meets_threshold) == (5, False)
    assert (node(score.chapters, "PCI").threshold, node(score.chapters, "PCI").meets_threshold) == (
        8,
        False,
    )


def test_nodes_count_their_elements_and_standards(jci: ScoringProfile) -> None:
    score = score_assessment(jci, HAND_EXAMPLE)

    pci = node(score.chapters, "PCI")
    assert (pci.elements, pci.standards, pci.chapter_code) == (8, 3, None)
    assert pci.counts[Result.NOT_MET] == 3
    pci2 = node(score.standards, "PCI.2")
    assert (pci2.elements, pci2.applicable, pci2.standards, pci2.chapter_code) == (
        3,
        2,
        None,
        "PCI",
    )


def test_every_result_is_counted_with_zeros_included(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "FFA")))

    assert score.counts == {
        Result.NOT_ASSESSED: 0,
        Result.FULLY_MET: 2,
        Result.PARTIALLY_MET: 0,
        Result.NOT_MET: 0,
        Result.NOT_APPLICABLE: 1,
    }
    assert set(score.standards[0].counts) == set(Result)
    assert set(score.chapters[0].counts) == set(Result)


def test_chapters_and_standards_keep_first_seen_order(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("QPS.2", "F"), ("ACC.1", "F"), ("QPS.1", "F")))

    assert [c.code for c in score.chapters] == ["QPS", "ACC"]
    assert [s.code for s in score.standards] == ["QPS.2", "ACC.1", "QPS.1"]


def test_same_standard_code_in_two_chapters_stays_two_standards(jci: ScoringProfile) -> None:
    elements = [
        ScoredElement("A", "1.1", Result.FULLY_MET),
        ScoredElement("B", "1.1", Result.NOT_MET),
    ]

    score = score_assessment(jci, elements)

    assert [(s.chapter_code, s.score) for s in score.standards] == [("A", 10.0), ("B", 0.0)]


# --- not applicable -------------------------------------------------------------------------


def test_not_applicable_elements_are_left_out_of_the_mean(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "FAA")))

    assert score.standards[0].score == 10.0
    assert score.verdict.code == "pass"


def test_all_not_applicable_standard_neither_passes_nor_fails(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "F"), ("PCI.2", "AA")))

    pci2 = node(score.standards, "PCI.2")
    assert (pci2.score, pci2.meets_threshold) == (None, None)
    # Counted as 0 it would pull the chapter and overall down to 5.
    assert node(score.chapters, "PCI").score == 10.0
    assert score.overall == 10.0
    assert score.verdict.code == "pass"


def test_all_not_applicable_chapter_neither_passes_nor_fails(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "F"), ("HRP.1", "A"), ("HRP.2", "AA")))

    hrp = node(score.chapters, "HRP")
    assert (hrp.score, hrp.meets_threshold, hrp.standards) == (None, None, 2)
    assert score.overall == 10.0
    assert score.verdict.reasons == ()


def test_known_chapter_without_elements_is_listed_without_score(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "F")), known_chapters=["IPSG", "PCI"])

    assert [c.code for c in score.chapters] == ["IPSG", "PCI"]
    ipsg = score.chapters[0]
    assert (ipsg.score, ipsg.meets_threshold, ipsg.elements, ipsg.standards) == (None, None, 0, 0)
    assert score.verdict.code == "pass"


def test_all_not_applicable_assessment_has_no_applicable_elements(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "AA"), ("MMU.1", "A")))

    assert score.overall is None
    assert (score.verdict.code, score.verdict.label) == ("no_applicable", "No applicable elements")
    assert score.verdict.reasons == ()


def test_empty_input_has_no_applicable_elements(jci: ScoringProfile) -> None:
    score = score_assessment(jci, [])

    assert score.overall is None
    assert score.chapters == [] and score.standards == []
    assert score.counts == dict.fromkeys(Result, 0)
    assert score.verdict.code == "no_applicable"


# --- not assessed ---------------------------------------------------------------------------


def test_nothing_assessed_is_not_started_rather_than_failed(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "--A"), ("MMU.1", "-")))

    assert score.overall is None
    assert (score.verdict.code, score.verdict.label) == ("not_started", "Not started")
    assert score.verdict.reasons == ()
    assert [s.score for s in score.standards] == [None, None]
    assert [c.meets_threshold for c in score.chapters] == [None, None]
    assert score.not_assessed == 3


def test_not_assessed_elements_are_left_out_of_the_mean(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "F--")))

    assert score.standards[0].score == 10.0
    assert score.standards[0].not_assessed == 2


def test_partly_assessed_verdict_is_provisional_and_says_how_many_remain(
    jci: ScoringProfile,
) -> None:
    score = score_assessment(jci, rows(("PCI.1", "FFFFF-"), ("MMU.1", "FFFF-A")))

    assert score.verdict.code == "pass"
    assert score.verdict.provisional is True
    assert score.not_assessed == 2
    assert score.counts[Result.NOT_ASSESSED] == 2


def test_fully_assessed_verdict_is_final(jci: ScoringProfile) -> None:
    assert score_assessment(jci, rows(("PCI.1", "FFA"))).verdict.provisional is False


# --- points: threshold edges ----------------------------------------------------------------


def test_exactly_at_every_threshold_meets_the_decision_rule(jci: ScoringProfile) -> None:
    # Standards 5, 10, 10, 10, 10: standard minimum 5, chapter and overall exactly 9.
    score = score_assessment(
        jci, rows(("PCI.1", "P"), ("PCI.2", "F"), ("PCI.3", "F"), ("PCI.4", "F"), ("PCI.5", "F"))
    )

    assert score.overall == 9.0
    assert node(score.standards, "PCI.1").meets_threshold is True
    assert (score.verdict.code, score.verdict.label) == (
        "pass",
        "Meets the accreditation thresholds",
    )


def test_chapter_mean_exactly_8_meets_despite_float_rounding(jci: ScoringProfile) -> None:
    # Standards 5, 7.5, 55/6, 55/6, 55/6: mean exactly 8, but summed as floats 7.999999999999998.
    standards = [5.0, 7.5, 55 / 6, 55 / 6, 55 / 6]
    assert sum(standards) / 5 < 8  # the trap this test guards against is real
    elements = rows(
        ("PCI.1", "P"),
        ("PCI.2", "FP"),
        ("PCI.3", "FFFFFP"),
        ("PCI.4", "FFFFFP"),
        ("PCI.5", "FFFFFP"),
    )

    score = score_assessment(jci, elements)

    assert node(score.chapters, "PCI").meets_threshold is True
    assert score.verdict.reasons == ("the overall score 8.0 is below 9",)


def test_overall_mean_exactly_9_meets_despite_float_rounding(jci: ScoringProfile) -> None:
    standards = [7.5, 55 / 6, 55 / 6, 55 / 6, 10.0]
    assert sum(standards) / 5 < 9  # the trap this test guards against is real
    elements = rows(
        ("PCI.1", "FP"),
        ("PCI.2", "FFFFFP"),
        ("PCI.3", "FFFFFP"),
        ("PCI.4", "FFFFFP"),
        ("PCI.5", "F"),
    )

    score = score_assessment(jci, elements)

    assert score.overall == 9.0
    assert score.verdict.code == "pass"


def test_standard_just_below_5_fails(jci: ScoringProfile) -> None:
    # 9 partially met + 1 not met = 4.5; five more standards at 10 keep chapter and overall up.
    elements = rows(("PCI.1", "PPPPPPPPPN"), *[(f"PCI.{n}", "F") for n in range(2, 7)])

    score = score_assessment(jci, elements)

    assert node(score.standards, "PCI.1").meets_threshold is False
    assert score.verdict.code == "fail"
    assert score.verdict.reasons == ("1 standard scores below 5: PCI.1",)


def test_chapter_just_below_8_fails_and_shows_the_score_cut_down(jci: ScoringProfile) -> None:
    # 59 fully + 41 partially met = 7.95, shown as 7.9 rather than a misleading 8.0.
    elements = rows(("PCI.1", "F" * 59 + "P" * 41), ("MMU.1", "F"), ("MMU.2", "F"))

    score = score_assessment(jci, elements)

    assert score.verdict.code == "fail"
    assert score.verdict.reasons == ("1 chapter scores below 8: PCI 7.9",)


def test_overall_just_below_9_fails(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "F" * 79 + "P" * 21)))  # 8.95

    assert score.verdict.code == "fail"
    assert score.verdict.reasons == ("the overall score 8.9 is below 9",)


def test_failing_verdict_can_be_provisional(jci: ScoringProfile) -> None:
    verdict = score_assessment(jci, rows(("PCI.1", "NNNN-"))).verdict

    assert (verdict.code, verdict.provisional) == ("fail", True)


def test_threshold_left_null_is_no_rule_at_that_level() -> None:
    profile = ScoringProfile.from_dict(points_dict(chapter=None))

    score = score_assessment(profile, rows(("PCI.1", "P"), ("MMU.1", "F"), ("MMU.2", "F")))

    pci = node(score.chapters, "PCI")
    assert (pci.score, pci.threshold, pci.meets_threshold) == (5.0, None, None)
    assert score.verdict.code == "fail"
    assert score.verdict.reasons == ("the overall score 8.3 is below 9",)


# --- coverage: too little assessed ---------------------------------------------------------


def test_a_chapter_with_too_little_assessed_neither_meets_nor_fails(jci: ScoringProfile) -> None:
    # MOI: 7 of 84 elements assessed, all fully met — a 10.0 that says nothing yet.
    elements = rows(("MOI.1", "F" * 7 + "-" * 77), ("PCI.1", "F" * 10))

    score = score_assessment(jci, elements)

    moi = node(score.chapters, "MOI")
    assert (moi.score, moi.meets_threshold, moi.enough_assessed) == (10.0, None, False)
    assert moi.too_little_assessed
    assert node(score.standards, "MOI.1").meets_threshold is None
    pci = node(score.chapters, "PCI")
    assert (pci.meets_threshold, pci.enough_assessed, pci.too_little_assessed) == (
        True, True, False)  # fmt: skip


def test_the_coverage_threshold_is_reached_exactly_at_80_percent(jci: ScoringProfile) -> None:
    # 8 of 10 assessed (one not applicable is not counted) is enough; 7 of 10 is not.
    enough = score_assessment(jci, rows(("PCI.1", "F" * 8 + "--A")))
    short = score_assessment(jci, rows(("PCI.1", "F" * 7 + "---A")))

    assert node(enough.chapters, "PCI").meets_threshold is True
    assert node(short.chapters, "PCI").meets_threshold is None


def test_a_low_score_with_too_little_assessed_is_not_a_failure_but_not_a_pass(
    jci: ScoringProfile,
) -> None:
    score = score_assessment(jci, rows(("PCI.1", "F" * 10), ("MOI.1", "N" + "-" * 9)))

    assert score.verdict.code == "not_enough_assessed"
    assert score.verdict.label == "Not enough assessed"
    assert score.verdict.reasons == (
        "11 of 20 applicable elements assessed",
        "1 chapter has too little assessed: MOI",
        "1 standard has too little assessed: MOI.1",
    )


def test_too_little_assessed_overall_is_said_with_the_counts(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "FF---"), ("PCI.2", "FF---")))

    assert score.verdict.code == "not_enough_assessed"
    assert score.verdict.reasons[0] == "4 of 10 applicable elements assessed"


def test_a_failure_where_enough_is_assessed_still_fails(jci: ScoringProfile) -> None:
    score = score_assessment(jci, rows(("PCI.1", "N" * 10), ("MOI.1", "F" + "-" * 9)))

    assert score.verdict.code == "fail"
    assert score.verdict.reasons[0] == "1 standard scores below 5: PCI.1"


def test_the_profile_sets_the_coverage_threshold() -> None:
    lenient = ScoringProfile.from_dict({**points_dict(), "coverage_threshold": 0.05})

    score = score_assessment(lenient, rows(("MOI.1", "F" * 7 + "-" * 77)))

    assert node(score.chapters, "MOI").meets_threshold is True
    assert lenient.to_dict()["coverage_threshold"] == 0.05


def test_a_profile_stored_without_a_coverage_threshold_gets_80_percent() -> None:
    assert "coverage_threshold" not in points_dict()
    assert ScoringProfile.from_dict(points_dict()).coverage_threshold == 0.8


@pytest.mark.parametrize("value", [1.5, -0.1, "80 %", None])
def test_a_coverage_threshold_outside_0_to_1_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="coverage_threshold"):
        ScoringProfile.from_dict({**points_dict(), "coverage_threshold": value})


def test_decimal_points_are_taken_as_written() -> None:
    # (0.3 + 0.1) / 2 is exactly 0.2 as written, but not in the binary fractions of the floats.
    assert (Fraction(0.3) + Fraction(0.1)) / 2 < Fraction(0.2)  # the trap is real
    data = points_dict(standard=0.2, chapter=None, overall=None)
    data["points"] = {"fully_met": 0.3, "partially_met": 0.1, "not_met": 0}
    profile = ScoringProfile.from_dict(data)

    score = score_assessment(profile, rows(("PCI.1", "FP")))

    assert score.standards[0].meets_threshold is True
    assert score.verdict.code == "pass"


# --- percentage bands -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fully", "not_met", "code", "label"),
    [
        (749, 251, "fail", "Not accredited"),  # 74.9 %
        (3, 1, "pass", "Second category"),  # 75 %
        (849, 151, "pass", "Second category"),  # 84.9 %
        (17, 3, "pass", "First category"),  # 85 %
        (19, 1, "pass", "Highest category"),  # 95 %
        (5, 0, "pass", "Highest category"),  # 100 %
    ],
)
def test_percentage_verdict_is_first_band_reached(
    bands: ScoringProfile, fully: int, not_met: int, code: str, label: str
) -> None:
    score = score_assessment(bands, rows(("PCI.1", "F" * fully + "N" * not_met)))

    assert score.overall == pytest.approx(100 * fully / (fully + not_met))
    assert (score.verdict.code, score.verdict.label) == (code, label)


def test_below_every_band_says_by_how_much(bands: ScoringProfile) -> None:
    score = score_assessment(bands, rows(("PCI.1", "F" * 749 + "N" * 251)))

    assert score.verdict.reasons == ("overall below 75 % (74 %)",)


def test_percentage_counts_not_assessed_as_not_met_yet(bands: ScoringProfile) -> None:
    # 3 fully met of 4 applicable (1 not assessed); the N/A element is left out.
    score = score_assessment(bands, rows(("PCI.1", "FFF-A")))

    assert score.overall == 75.0
    assert score.verdict.label == "Second category"
    assert score.verdict.provisional is True


def test_percentage_counts_partially_met_as_not_fully_met(bands: ScoringProfile) -> None:
    score = score_assessment(bands, rows(("PCI.1", "FFFP")))

    assert score.overall == 75.0


def test_chapter_percentage_pools_its_elements(bands: ScoringProfile) -> None:
    score = score_assessment(bands, rows(("PCI.1", "F"), ("PCI.2", "FNN"), ("MMU.1", "FNA")))

    assert node(score.standards, "PCI.2").score == pytest.approx(100 / 3)
    # Mean of standards would be 66.7 %.
    assert node(score.chapters, "PCI").score == 50.0
    assert node(score.chapters, "MMU").score == 50.0
    assert score.overall == 50.0


def test_percentage_nodes_have_no_threshold(bands: ScoringProfile) -> None:
    score = score_assessment(bands, rows(("PCI.1", "F")))

    assert (score.standards[0].threshold, score.standards[0].meets_threshold) == (None, None)
    assert (score.chapters[0].threshold, score.chapters[0].meets_threshold) == (None, None)


def test_percentage_without_applicable_or_assessed_elements(bands: ScoringProfile) -> None:
    not_applicable = score_assessment(bands, rows(("PCI.1", "A"), ("PCI.2", "F")))
    assert node(not_applicable.standards, "PCI.1").score is None
    assert score_assessment(bands, rows(("PCI.1", "AA"))).verdict.code == "no_applicable"
    not_started = score_assessment(bands, rows(("PCI.1", "--")))
    assert (not_started.overall, not_started.verdict.label) == (None, "Not started")


def test_percentage_band_edge_survives_float_division() -> None:
    data = percentage_dict()
    data["bands"] = [{"min_percent": 58, "label": "Enough"}]
    profile = ScoringProfile.from_dict(data)
    assert 29 / 50 * 100 < 58  # the trap this test guards against is real

    score = score_assessment(profile, rows(("PCI.1", "F" * 29 + "N" * 21)))

    assert score.verdict.label == "Enough"


# --- display --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [(8.6, "8.6"), (8.0, "8.0"), (7.96, "7.9"), (10.0, "10.0"), (0.0, "0.0"), (None, "—")],
)
def test_points_are_shown_with_one_decimal_never_rounded_up(
    jci: ScoringProfile, value: float | None, shown: str
) -> None:
    assert format_score(jci, value) == shown
    assert shown_score(jci, value) == (None if value is None else float(shown))


@pytest.mark.parametrize(
    ("value", "shown"),
    [(87.4, "87 %"), (84.99, "84 %"), (100.0, "100 %"), (29 / 50 * 100, "58 %"), (None, "—")],
)
def test_percentages_are_shown_as_whole_percent_never_rounded_up(
    bands: ScoringProfile, value: float | None, shown: str
) -> None:
    assert format_score(bands, value) == shown
    assert shown_score(bands, value) == (None if value is None else int(shown.removesuffix(" %")))


# --- profiles as data -----------------------------------------------------------------------


def test_shipped_profiles_load_in_file_name_order() -> None:
    profiles = load_builtin_profiles(PROFILES_DIR)

    assert [p.key for p in profiles] == ["jci_points", "percentage_bands"]
    assert [p.kind for p in profiles] == ["points", "percentage"]


@pytest.mark.parametrize("file_name", ["jci_points.json", "percentage_bands.json"])
def test_shipped_profile_round_trips_through_to_dict(file_name: str) -> None:
    data = json.loads((PROFILES_DIR / file_name).read_text(encoding="utf-8"))

    profile = ScoringProfile.from_dict(data)

    assert profile.to_dict() == data
    assert json.dumps(profile.to_dict()) == json.dumps(data)  # ints stay ints, order kept
    assert ScoringProfile.from_dict(profile.to_dict()) == profile


def test_shipped_jci_profile_holds_the_published_rule(jci: ScoringProfile) -> None:
    assert jci.points is not None and jci.thresholds is not None
    assert (jci.points.fully_met, jci.points.partially_met, jci.points.not_met) == (10, 5, 0)
    assert (jci.thresholds.standard, jci.thresholds.chapter, jci.thresholds.overall) == (5, 8, 9)


def test_shipped_bands_profile_holds_the_national_categories(bands: ScoringProfile) -> None:
    assert [(b.min_percent, b.label) for b in bands.bands] == [
        (95, "Highest category"),
        (85, "First category"),
        (75, "Second category"),
    ]
    assert bands.below_label == "Not accredited"


def _without(data: dict[str, Any], *path: str | int) -> dict[str, Any]:
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return data


def _with(data: dict[str, Any], value: Any, *path: str | int) -> dict[str, Any]:
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "scoring profile: expected an object, got []"),
        (_without(points_dict(), "key"), "scoring profile: missing key 'key'"),
        (
            _without(points_dict(), "name"),
            "scoring profile 'custom_points': missing key 'name'",
        ),
        (
            _without(points_dict(), "thresholds", "chapter"),
            "scoring profile 'custom_points': missing key 'thresholds.chapter'",
        ),
        (
            _without(points_dict(), "points"),
            "scoring profile 'custom_points': missing key 'points'",
        ),
        (
            _with(points_dict(), "ten", "points", "fully_met"),
            "scoring profile 'custom_points': 'points.fully_met' must be a number, got \"ten\"",
        ),
        (
            _with(points_dict(), True, "points", "not_met"),
            "scoring profile 'custom_points': 'points.not_met' must be a number, got true",
        ),
        (
            _with(points_dict(), float("nan"), "points", "not_met"),
            "scoring profile 'custom_points': 'points.not_met' must be a number, got NaN",
        ),
        (
            _with(points_dict(), "8", "thresholds", "chapter"),
            "scoring profile 'custom_points': 'thresholds.chapter' must be a number or null, "
            'got "8"',
        ),
        (
            _with(points_dict(), 0, "points", "not_applicable"),
            "scoring profile 'custom_points': unknown key 'points.not_applicable'",
        ),
        (
            _with(points_dict(), [], "bands"),
            "scoring profile 'custom_points': unknown key 'bands'",
        ),
        (
            _with(points_dict(), "stars", "kind"),
            "scoring profile 'custom_points': unknown kind \"stars\" "
            "(expected 'points' or 'percentage')",
        ),
        (
            _with(points_dict(), "", "name"),
            "scoring profile 'custom_points': 'name' must be non-empty text, got \"\"",
        ),
        (
            _with(percentage_dict(), 95, "bands", 1, "min_percent"),
            "scoring profile 'custom_bands': bands must be in descending order of min_percent, "
            "but 'bands[1].min_percent' (95) is not below 'bands[0].min_percent' (95)",
        ),
        (
            _with(
                percentage_dict(),
                list(reversed(percentage_dict()["bands"])),
                "bands",
            ),
            "scoring profile 'custom_bands': bands must be in descending order of min_percent, "
            "but 'bands[1].min_percent' (95) is not below 'bands[0].min_percent' (85)",
        ),
        (
            _with(percentage_dict(), [], "bands"),
            "scoring profile 'custom_bands': 'bands' must be a non-empty list, got []",
        ),
        (
            _with(percentage_dict(), "high", "bands", 0, "min_percent"),
            "scoring profile 'custom_bands': 'bands[0].min_percent' must be a number, got \"high\"",
        ),
        (
            _with(percentage_dict(), 120, "bands", 0, "min_percent"),
            "scoring profile 'custom_bands': 'bands[0].min_percent' must be between 0 and 100, "
            "got 120",
        ),
        (
            _without(percentage_dict(), "bands", 1, "label"),
            "scoring profile 'custom_bands': missing key 'bands[1].label'",
        ),
        (
            _without(percentage_dict(), "below_label"),
            "scoring profile 'custom_bands': missing key 'below_label'",
        ),
    ],
)
def test_invalid_profile_is_rejected_with_a_precise_message(data: Any, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        ScoringProfile.from_dict(data)

    assert str(raised.value) == message


def test_edited_profile_changes_the_score() -> None:
    lenient = ScoringProfile.from_dict(points_dict(standard=0, chapter=4, overall=4))
    strict = ScoringProfile.from_dict(points_dict())
    elements = rows(("PCI.1", "FN"))

    assert score_assessment(lenient, elements).verdict.code == "pass"
    assert score_assessment(strict, elements).verdict.code == "fail"


def test_loading_names_the_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a_good.json").write_text(json.dumps(points_dict()), encoding="utf-8")
    (tmp_path / "b_broken.json").write_text("{not json", encoding="utf-8")

    with pytest.raises(ValueError, match=r"^b_broken\.json: not valid JSON"):
        load_builtin_profiles(tmp_path)


def test_loading_names_the_file_with_an_invalid_profile(tmp_path: Path) -> None:
    (tmp_path / "odd.json").write_text(json.dumps(_without(points_dict(), "kind")))

    with pytest.raises(ValueError) as raised:
        load_builtin_profiles(tmp_path)

    assert str(raised.value) == "odd.json: scoring profile 'custom_points': missing key 'kind'"


def test_loading_refuses_two_profiles_with_one_key(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps(points_dict()))
    (tmp_path / "two.json").write_text(json.dumps(points_dict()))

    with pytest.raises(ValueError) as raised:
        load_builtin_profiles(tmp_path)

    assert str(raised.value) == (
        "two.json: scoring profile key 'custom_points' is already used by one.json"
    )


def test_loading_a_missing_folder_says_which(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_builtin_profiles(tmp_path / "nowhere")


def test_results_read_as_text_are_accepted(jci: ScoringProfile) -> None:
    # A caller reading rows straight from the database may hand over the stored value.
    score: AssessmentScore = score_assessment(
        jci,
        [ScoredElement("PCI", "PCI.1", "partially_met")],  # type: ignore[arg-type]
    )

    assert score.overall == 5.0
    assert score.counts[Result.PARTIALLY_MET] == 1


# --- a running score, kept up to date one change at a time ----------------------------------


@pytest.mark.parametrize("kind", ["points", "percentage"])
def test_a_running_score_after_many_changes_equals_a_full_rescore(
    kind: str, jci: ScoringProfile, bands: ScoringProfile
) -> None:
    """Standards cross their thresholds both ways, chapters go short of assessed and back,
    the verdict goes from not started through fail to pass; every step equals full scoring."""
    profile = jci if kind == "points" else bands
    elements = rows(
        *[(f"PCI.{n}", "-----") for n in range(1, 13)],
        ("MMU.1", "FFFP-"),
        ("MMU.2", "NNA--"),
        ("QPS.1", "AAAAA"),
    )
    running = RunningScore(profile, count_results(elements), known_chapters=["IPSG", "PCI"])
    assert running.score == score_assessment(profile, elements, known_chapters=["IPSG", "PCI"])
    random = Random(22)
    verdicts = set()
    # Random results first, then every element fully met in turn.
    steps = [(random.randrange(len(elements)), random.choice(list(Result))) for _ in range(300)]
    steps += [(position, Result.FULLY_MET) for position in range(len(elements))]
    for step, (position, new) in enumerate(steps):
        old = elements[position]
        elements[position] = ScoredElement(old.chapter_code, old.standard_code, new)
        running.move(old.chapter_code, old.standard_code, old.result, new)
        if step % 7 == 0 or step == len(steps) - 1:
            change = running.rescore()
            full = score_assessment(profile, elements, known_chapters=["IPSG", "PCI"])
            assert change.score == full
            verdicts.add(full.verdict.code)
    assert {"fail", "pass"} <= verdicts


def test_a_running_score_names_only_the_standards_and_chapters_that_changed(
    jci: ScoringProfile,
) -> None:
    elements = rows(("PCI.1", "FF"), ("PCI.2", "FF"), ("MMU.1", "FN"))
    running = RunningScore(jci, count_results(elements))
    running.move("MMU", "MMU.1", Result.NOT_MET, Result.FULLY_MET)
    running.move("MMU", "MMU.1", Result.FULLY_MET, Result.PARTIALLY_MET)
    change = running.rescore()
    assert [change.score.standards[i].code for i in change.standards] == ["MMU.1"]
    assert [change.score.chapters[i].code for i in change.chapters] == ["MMU"]
    assert node(change.score.standards, "MMU.1").score == 7.5
    assert running.rescore() == (change.score, [], [])
