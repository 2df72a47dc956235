"""The report's Standards sheet: every standard with its score, whether it meets the profile's
per-standard threshold (the decision rule counts failing standards), and how many of its
elements have each result."""

from __future__ import annotations

from typing import Any, Final

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.readiness.scoring import AssessmentScore
from accredit_tracker.interchange.report.columns import (
    REPORT,
    SCORED_COUNTS,
    STANDARD_COLUMNS,
    STANDARDS_SHEET,
)
from accredit_tracker.interchange.report.elements import formula_text
from accredit_tracker.interchange.report.score_cells import score_cell
from accredit_tracker.interchange.report.sheets import TableSheet
from accredit_tracker.interchange.report.summary import NOT_ENOUGH_ASSESSED

MEETS: Final = QT_TRANSLATE_NOOP("Report", "Yes")
"""The Meets threshold cell of a standard at or above the threshold."""
FAILS: Final = QT_TRANSLATE_NOOP("Report", "No")
"""The Meets threshold cell of a standard below the threshold."""
# Excel's "good" and "bad" colours, as the Result columns use them, and grey for a standard
# with too little assessed to meet or miss its threshold.
_MEETS_COLOURS: Final = {
    MEETS: ("C6EFCE", "006100"),
    FAILS: ("FFC7CE", "9C0006"),
    NOT_ENOUGH_ASSESSED: ("EDEDED", "595959"),
}


def write_standards(
    workbook: Any, score: AssessmentScore, texts: dict[str, str], page_heading: str
) -> int:
    """Add the Standards sheet: the standards of ``score`` in library order, each with its
    text from ``texts`` (by standard code, unique in a library). A standard with too little of
    it assessed (the profile's coverage threshold) reads "not enough assessed"; one without a
    score (nothing applicable assessed yet), or under a profile without a per-standard
    threshold, leaves the Meets threshold cell empty. Returns how many standards it lists."""
    sheet = TableSheet(workbook, STANDARDS_SHEET, "Standards", STANDARD_COLUMNS, page_heading)
    cells = sheet.sheet
    profile = score.profile
    words = {True: translate(REPORT, MEETS), False: translate(REPORT, FAILS), None: None}
    not_judged = translate(REPORT, NOT_ENOUGH_ASSESSED)
    repeated = sheet.repeated_text()
    wrapped = sheet.wrapping("Standard text")
    lines = sheet.line_counter("Standard text")
    # A styled cell is written as soon as its row is, so the cell of each score (a handful of
    # values over thousands of standards) is made once and written in every row that has it.
    made: dict[float | None, Any] = {}

    def score_of(value: float | None) -> Any:
        if value not in made:
            made[value] = score_cell(cells, profile, value)
        return made[value]

    for standard in score.standards:
        chapter = standard.chapter_code or ""
        text = texts.get(standard.code, "")
        sheet.append_cells(
            [
                repeated(chapter),
                sheet.text(standard.code),
                wrapped(text),
                score_of(standard.score),
                score_of(standard.threshold),
                not_judged if standard.too_little_assessed else words[standard.meets_threshold],
                standard.elements,
                *(standard.counts.get(result, 0) for result in SCORED_COUNTS),
            ],
            lines(text) if text else 1,
        )
    for english, (fill, colour) in _MEETS_COLOURS.items():
        cells.conditional_formatting.add(
            sheet.data_range("Meets threshold"),
            CellIsRule(
                operator="equal",
                formula=[formula_text(translate(REPORT, english))],
                fill=PatternFill("solid", start_color=fill, end_color=fill),
                font=Font(color=colour),
            ),
        )
    sheet.finish()
    return sheet.rows
