"""What a surveyor would catch, as the report words it: the findings about each element (the
dashboard's warnings) for the Elements sheet's last column and the Surveyor flags sheet."""

from __future__ import annotations

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.report_data import ElementFindings, ElementLine
from accredit_tracker.core.readiness.scoring import (
    NodeScore,
    ScoringProfile,
    format_score,
    number_text,
)
from accredit_tracker.core.readiness.warnings import WarningKind

Flag = tuple[str, str]
"""A finding about one element as the report shows it: its name and its details (empty when
it has none), both in the current language."""


class SurveyorFlags:
    """The findings about each element, worded in the current language (as it is when made)."""

    def __init__(self, findings: ElementFindings, profile: ScoringProfile) -> None:
        self._findings = findings
        self._profile = profile
        # The dashboard's own names for its warnings, and their translations.
        self._labels = {kind: translate("DashboardView", kind.label) for kind in WarningKind}
        self._standards: dict[tuple[str | None, str], str] = {}

    def of(self, line: ElementLine) -> list[Flag] | None:
        """The findings about the element in the dashboard's order; ``None`` when none."""
        found = self._findings.of(line)
        if found is None:
            return None
        flags = []
        for finding in found:
            if finding.standard is not None:
                details = self._standard_details(finding.standard)
            else:
                details = "\n".join(finding.files)
            flags.append((self._labels[finding.kind], details))
        return flags

    def _standard_details(self, standard: NodeScore) -> str:
        key = (standard.chapter_code, standard.code)
        details = self._standards.get(key)
        if details is None:
            details = self._standards[key] = standard_details(
                self._profile, standard.score, standard.threshold
            )
        return details


def standard_details(profile: ScoringProfile, score: float | None, threshold: float | None) -> str:
    """Why a standard fails: its score and the threshold it is below, as the app shows them."""
    text = translate("Report", "Standard score {score}, below the threshold of {threshold}")
    shown = "" if threshold is None else number_text(threshold)
    return text.format(score=format_score(profile, score), threshold=shown)


def flag_names(flags: list[Flag]) -> str:
    """The findings' names as the Elements sheet's last column shows them: "Fully met without
    evidence; No owner"."""
    return "; ".join(name for name, _ in flags)
