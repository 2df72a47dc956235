"""The report's Summary sheet: who was assessed against what, the overall score and verdict,
counts by result, a table of chapter scores and a bar chart of them against the threshold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.readiness.report_data import ReportHeading
from accredit_tracker.core.readiness.scoring import (
    NO_SCORE,
    AssessmentScore,
    NodeScore,
    ScoringProfile,
    Verdict,
)
from accredit_tracker.core.vocabulary import AssessmentKind, Result
from accredit_tracker.interchange.report.cell_text import text_cell
from accredit_tracker.interchange.report.columns import (
    REPORT,
    SUMMARY_SHEET,
    result_labels,
)
from accredit_tracker.interchange.report.score_cells import number_cell, score_cell, score_format
from accredit_tracker.interchange.report.sheets import (
    HEADER_STYLE,
    LABEL_STYLE,
    TITLE_STYLE,
    add_sheet,
    set_up_printing,
)

REPORT_TITLE: Final = QT_TRANSLATE_NOOP("Report", "Accreditation readiness report")
CHAPTER_HEADERS: Final = (
    QT_TRANSLATE_NOOP("Report", "Chapter"),
    QT_TRANSLATE_NOOP("Report", "Title"),
    QT_TRANSLATE_NOOP("Report", "Elements"),
    QT_TRANSLATE_NOOP("Report", "Not assessed"),
    QT_TRANSLATE_NOOP("Report", "Score"),
    QT_TRANSLATE_NOOP("Report", "Threshold"),
    QT_TRANSLATE_NOOP("Report", "Readiness"),
)
"""The chapter table's headers in English; the sheet has them in the current language."""
READINESS_WORDS: Final = {
    True: QT_TRANSLATE_NOOP("Report", "meets"),
    False: QT_TRANSLATE_NOOP("Report", "below"),
    None: QT_TRANSLATE_NOOP("Report", "no score yet"),
}
NO_THRESHOLD: Final = QT_TRANSLATE_NOOP("Report", "no threshold")
KIND_WORDS: Final = {
    AssessmentKind.SELF: QT_TRANSLATE_NOOP("Report", "Self-assessment"),
    AssessmentKind.MOCK: QT_TRANSLATE_NOOP("Report", "Mock survey"),
    AssessmentKind.OFFICIAL: QT_TRANSLATE_NOOP("Report", "Official survey"),
    AssessmentKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Report", "Follow-up survey"),
}
_WIDTHS: Final = (22, 48, 11, 13, 10, 11, 14)


@dataclass(frozen=True)
class ChapterRows:
    """Where the chapter table landed on the Summary sheet (1-based rows, header included)."""

    header_row: int
    first_row: int
    last_row: int


def readiness_word(chapter: NodeScore) -> str:
    """Whether the chapter meets its threshold: "meets", "below", "no score yet", or "no
    threshold" when the profile sets none for chapters."""
    if chapter.score is not None and chapter.threshold is None:
        return NO_THRESHOLD
    return READINESS_WORDS[chapter.meets_threshold]


def verdict_text(verdict: Verdict) -> str:
    """The verdict as the Summary sheet states it, in the current language (the scoring names
    it in the language of the moment; a percentage profile's bands as the profile names them)."""
    if not verdict.provisional:
        return verdict.label
    provisional = translate("Report", "(provisional: some elements are not assessed yet)")
    return f"{verdict.label} {provisional}"


def start_summary(workbook: Any, heading: ReportHeading) -> Any:
    """Add the Summary sheet, set up but still empty, so that it comes first in the workbook;
    :func:`write_summary` fills it once the elements are counted."""
    sheet = add_sheet(workbook, SUMMARY_SHEET)
    for number, width in enumerate(_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    set_up_printing(sheet, f"{heading.facility} — {heading.assessment_name}", title_rows="1:1")
    return sheet


def write_summary(
    sheet: Any, heading: ReportHeading, score: AssessmentScore, *, today: date
) -> ChapterRows:
    """Fill the Summary sheet made by :func:`start_summary` and add its chart. Words are in
    the current language."""
    profile = score.profile
    verdict = score.verdict

    def text(value: str, style: str | None = None) -> Any:
        return text_cell(sheet, value, style) if value else None

    def word(english: str, style: str | None = None) -> Any:
        return text(translate(REPORT, english), style)

    def fact(label: str, value: Any) -> list[Any]:
        return [text(label, LABEL_STYLE), text(value) if isinstance(value, str) else value]

    kind = KIND_WORDS.get(heading.assessment_kind)
    lines: list[list[Any]] = [
        [word(REPORT_TITLE, TITLE_STYLE)],
        [],
        fact(translate("Report", "Facility"), heading.facility),
        fact(translate("Report", "Assessment"), heading.assessment_name),
        fact(
            translate("Report", "Kind"),
            translate(REPORT, kind) if kind else str(heading.assessment_kind),
        ),
        fact(translate("Report", "Survey dates"), _dates(heading.starts_on, heading.ends_on)),
        fact(translate("Report", "Standards library"), heading.library_name),
        fact(translate("Report", "Report date"), _left(WriteOnlyCell(sheet, today))),
        fact(translate("Report", "Scoring profile"), profile.name),
        fact(translate("Report", "Overall score"), _overall(sheet, profile, score.overall)),
        fact(translate("Report", "Verdict"), verdict_text(verdict)),
    ]
    why = translate("Report", "Why")
    lines += [fact(why if n == 0 else "", reason) for n, reason in enumerate(verdict.reasons)]

    results = result_labels()
    result_header = translate("Report", "Result")
    elements_header = translate("Report", "Elements")
    lines += [[], [text(result_header, HEADER_STYLE), text(elements_header, HEADER_STYLE)]]
    lines += [[text(results[result]), score.counts.get(result, 0)] for result in Result]
    lines.append([text(translate("Report", "Total"), LABEL_STYLE), score.elements])

    lines += [[], [word(header, HEADER_STYLE) for header in CHAPTER_HEADERS]]
    header_row = len(lines)
    titles = heading.chapter_titles
    for chapter in score.chapters:
        lines.append(
            [
                text(chapter.code),
                text(titles.get(chapter.code, "")),
                chapter.elements,
                chapter.not_assessed,
                score_cell(sheet, profile, chapter.score),
                number_cell(sheet, chapter.threshold, score_format(profile)),
                word(readiness_word(chapter)),
            ]
        )
    for line in lines:
        sheet.append(line)
    placed = ChapterRows(header_row, header_row + 1, len(lines))
    if score.chapters:
        # Below the chapter table, on a page of its own when printed, so that the page above
        # holds the tables at a readable size.
        sheet.add_chart(_chapter_chart(sheet, placed, profile), f"A{placed.last_row + 2}")
        sheet.row_breaks.append(Break(id=placed.last_row + 1))
    return placed


def _left(cell: Any) -> Any:
    """The cell aligned left, like the text beside it."""
    cell.alignment = Alignment(horizontal="left")
    return cell


def _dates(starts_on: date | None, ends_on: date | None) -> str:
    if starts_on is None and ends_on is None:
        return ""
    return " – ".join(d.isoformat() for d in (starts_on, ends_on) if d is not None)


def _overall(sheet: Any, profile: ScoringProfile, value: float | None) -> Any:
    """The overall score as a number, aligned left like the facts above it; "—" for none."""
    if value is None:
        return NO_SCORE
    return _left(score_cell(sheet, profile, value))


def _chapter_chart(sheet: Any, rows: ChapterRows, profile: ScoringProfile) -> Any:
    """Chapter scores as bars, the chapter threshold as a line over them."""
    score_column = CHAPTER_HEADERS.index("Score") + 1
    threshold_column = CHAPTER_HEADERS.index("Threshold") + 1
    chapters = Reference(sheet, min_col=1, min_row=rows.first_row, max_row=rows.last_row)

    bars = BarChart()
    bars.type = "col"
    bars.title = translate("Report", "Chapter scores")
    bars.y_axis.title = translate("Report", "Score")
    bars.x_axis.title = translate("Report", "Chapter")
    bars.add_data(
        Reference(sheet, min_col=score_column, min_row=rows.header_row, max_row=rows.last_row),
        titles_from_data=True,
    )
    bars.y_axis.scaling.min = 0
    bars.y_axis.scaling.max = 100 if profile.points is None else profile.points.fully_met
    # Without these, current Excel hides both axes of a chart made by openpyxl.
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.legend.position = "b"
    bars.width = 24
    bars.height = 12

    line = LineChart()
    line.add_data(
        Reference(sheet, min_col=threshold_column, min_row=rows.header_row, max_row=rows.last_row),
        titles_from_data=True,
    )
    for series in (*bars.series, *line.series):
        # Chapter codes are text, referred to as such (openpyxl's set_categories would refer
        # to them as numbers).
        series.cat = AxDataSource(strRef=StrRef(f=str(chapters)))
    bars += line
    return bars
