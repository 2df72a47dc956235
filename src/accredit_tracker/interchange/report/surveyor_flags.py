"""What a surveyor would catch, as the report shows it: the findings about each element (the
dashboard's warnings) for the Elements sheet's last column and the Surveyor flags sheet."""

from __future__ import annotations

from collections.abc import Iterable

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.scoring import ScoringProfile, format_score, number_text
from accredit_tracker.core.readiness.warnings import QualityWarning, WarningKind

Finding = tuple[str, str]
"""A finding about one element: its name and its details (empty when it has none), both in the
current language."""


class SurveyorFlags:
    """The findings about each element, by element assessment id, in the order the dashboard
    lists its warnings; words in the current language (as it is when made)."""

    def __init__(self, warnings: Iterable[QualityWarning], profile: ScoringProfile) -> None:
        self._findings: dict[int, list[Finding]] = {}
        for warning in warnings:
            # The dashboard's own names for its warnings, and their translations.
            label = translate("DashboardView", warning.kind.label)
            if warning.kind is WarningKind.FAILING_STANDARD_IN_PASSING_CHAPTER:
                for standard in warning.standards:
                    details = standard_details(profile, standard.score, standard.threshold)
                    for element in standard.elements:
                        self._add(element.element_assessment_id, (label, details))
            else:
                for element in warning.elements:
                    self._add(element.element_assessment_id, (label, "\n".join(element.files)))

    def _add(self, element_assessment_id: int, finding: Finding) -> None:
        found = self._findings.get(element_assessment_id)
        if found is None:
            self._findings[element_assessment_id] = [finding]
        else:
            found.append(finding)

    def of(self, element_assessment_id: int) -> list[Finding] | None:
        """The findings about the element; ``None`` when there are none."""
        return self._findings.get(element_assessment_id)

    def __len__(self) -> int:
        """How many findings there are, about all elements."""
        return sum(map(len, self._findings.values()))


def standard_details(profile: ScoringProfile, score: float | None, threshold: float | None) -> str:
    """Why a standard fails: its score and the threshold it is below, as the app shows them."""
    text = translate("Report", "Standard score {score}, below the threshold of {threshold}")
    shown = "" if threshold is None else number_text(threshold)
    return text.format(score=format_score(profile, score), threshold=shown)


def flag_names(findings: list[Finding]) -> str:
    """The findings' names as the Elements sheet's last column shows them: "Fully met without
    evidence; No owner"."""
    return "; ".join(name for name, _ in findings)
