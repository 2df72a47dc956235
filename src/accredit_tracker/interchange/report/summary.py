"""The report's Summary sheet, the page leadership takes to the board: who was assessed against
what, the overall score and verdict, how much is assessed, counts by result, a table of chapter
scores and a bar chart of them against the threshold, all on one landscape A4 page.

The sheet is laid out for print: the facts and tables on the left, the chart beside them; the
columns are as wide as the words of the current language need, long values wrap, and the page
is fitted to one sheet of paper. A library with many more chapters than a JCI manual's prints on
more pages, with the chapter table's header repeated at the top of each.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.data_source import (
    AxDataSource,
    NumData,
    NumRef,
    NumVal,
    StrData,
    StrRef,
    StrVal,
)
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.chart.title import Title, title_maker
from openpyxl.drawing.line import LineProperties
from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment
from openpyxl.styles import Font as CellFont
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension

from accredit_tracker.core.audit.chain import ChainHead
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.readiness.report_data import ReportHeading
from accredit_tracker.core.readiness.scoring import (
    NO_SCORE,
    AssessmentScore,
    NodeScore,
    ScoringProfile,
    Verdict,
    VerdictCode,
    shown_score,
)
from accredit_tracker.core.vocabulary import AssessmentKind, Result
from accredit_tracker.interchange.report.cell_text import text_cell
from accredit_tracker.interchange.report.columns import (
    REPORT,
    SUMMARY_SHEET,
    result_labels,
)
from accredit_tracker.interchange.report.score_cells import (
    PERCENT_FORMAT,
    number_cell,
    score_cell,
    score_format,
)
from accredit_tracker.interchange.report.sheets import (
    HEADER_STYLE,
    LABEL_STYLE,
    REPORT_FONT,
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
NOT_ENOUGH_ASSESSED: Final = QT_TRANSLATE_NOOP("Report", "not enough assessed")
KIND_WORDS: Final = {
    AssessmentKind.SELF: QT_TRANSLATE_NOOP("Report", "Self-assessment"),
    AssessmentKind.MOCK: QT_TRANSLATE_NOOP("Report", "Mock survey"),
    AssessmentKind.OFFICIAL: QT_TRANSLATE_NOOP("Report", "Official survey"),
    AssessmentKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Report", "Follow-up survey"),
}

MEETS_COLOUR: Final = "1E7B34"
BELOW_COLOUR: Final = "B3261E"
UNJUDGED_COLOUR: Final = "757575"
"""Grey: no score yet, or too little assessed to meet or miss a threshold."""
NO_THRESHOLD_COLOUR: Final = "1F4E78"
VERDICT_COLOURS: Final = {VerdictCode.PASS: MEETS_COLOUR, VerdictCode.FAIL: BELOW_COLOUR}

COUNT_FORMAT: Final = "#,##0"
ONE_PAGE_CHAPTERS: Final = 30
"""Chapters up to which the Summary is fitted to one page; a library with more prints on as
many pages as it needs, at the width of one."""

# Column widths, in the width of a digit. The numbers' columns are as wide as their header's
# longest word; the others as their longest text, within these bounds.
_LABEL_WIDTH: Final = (12, 30)
_TITLE_WIDTH: Final = (30, 46)
_NUMBER_WIDTH: Final = 9
_READINESS_WIDTH: Final = (12, 24)
_GAP_WIDTH: Final = 2
_BOLD: Final = 1.15  # bold text is about this much wider
_LINE_HEIGHT: Final = 15  # points per line of 11-point text
_TITLE_HEIGHT: Final = 24  # points of the 16-point title's row
_CHART_WIDTH: Final = 12.5  # centimetres
_CHART_HEIGHT: Final = (7.5, 15.0)  # centimetres, at least and at most
_CM_PER_POINT: Final = 2.54 / 72
_CHART_ROW: Final = 3  # the chart's top left corner is in this row, beside the facts
_NUMBERS: Final = frozenset({"Elements", "Not assessed", "Score", "Threshold"})


@dataclass(frozen=True)
class ChapterRows:
    """Where the chapter table landed on the Summary sheet (1-based rows, header included)."""

    header_row: int
    first_row: int
    last_row: int


def readiness_word(chapter: NodeScore) -> str:
    """Whether the chapter meets its threshold, in English: "meets", "below", "no score yet",
    "not enough assessed" while too little of it is assessed to judge, or "no threshold" when
    the profile sets none for chapters."""
    if chapter.too_little_assessed:
        return NOT_ENOUGH_ASSESSED
    if chapter.score is not None and chapter.threshold is None:
        return NO_THRESHOLD
    return READINESS_WORDS[chapter.meets_threshold]


def readiness_colour(chapter: NodeScore) -> str:
    """The colour of the chapter's readiness word and bar: green meets, red below, grey not
    judged (no score, too little assessed), blue when there is no threshold to judge by."""
    if chapter.too_little_assessed or chapter.score is None:
        return UNJUDGED_COLOUR
    if chapter.threshold is None:
        return NO_THRESHOLD_COLOUR
    return MEETS_COLOUR if chapter.meets_threshold else BELOW_COLOUR


def verdict_text(verdict: Verdict) -> str:
    """The verdict as the Summary sheet states it, in the current language (the scoring names
    it in the language of the moment; a percentage profile's bands as the profile names them)."""
    if not verdict.provisional:
        return verdict.label
    provisional = translate("Report", "(provisional: some elements are not assessed yet)")
    return f"{verdict.label} {provisional}"


def assessed_percent(score: AssessmentScore) -> float | None:
    """The share of applicable elements assessed, in whole percent cut down (79.6 % is 79, so
    that it never looks like it reaches a coverage threshold it misses); ``None`` when no
    element is applicable."""
    applicable = score.elements - score.counts[Result.NOT_APPLICABLE]
    if applicable == 0:
        return None
    return float(math.floor(100 * (applicable - score.not_assessed) / applicable))


def start_summary(workbook: Any, heading: ReportHeading) -> Any:
    """Add the Summary sheet, set up but still empty, so that it comes first in the workbook;
    :func:`write_summary` fills it once the elements are counted."""
    sheet = add_sheet(workbook, SUMMARY_SHEET)
    set_up_printing(sheet, f"{heading.facility} — {heading.assessment_name}", title_rows=None)
    return sheet


def write_summary(
    sheet: Any,
    heading: ReportHeading,
    score: AssessmentScore,
    *,
    today: date,
    chain: ChainHead | None = None,
) -> ChapterRows:
    """Fill the Summary sheet made by :func:`start_summary` and add its chart. Words are in
    the current language. ``chain``, the head of the project's audit trail when the report
    was made, goes in a line about the report below the chapter table."""
    return _SummaryPage(sheet, heading, score).write(today, chain)


class _SummaryPage:
    """Lays out one Summary sheet: works out the columns' widths from the words it will show,
    then writes the rows, each as tall as its wrapped text."""

    def __init__(self, sheet: Any, heading: ReportHeading, score: AssessmentScore) -> None:
        self.sheet = sheet
        self.heading = heading
        self.score = score
        self.profile = score.profile
        self.rows: list[tuple[list[Any], float]] = []  # cells and height in points
        self.merged: list[str] = []

    # Cells

    def text(self, value: str, style: str | None = None) -> Any:
        return text_cell(self.sheet, value, style) if value else None

    def styled(
        self,
        value: Any,
        *,
        bold: bool = False,
        colour: str | None = None,
        horizontal: str | None = None,
        indent: int = 0,
        wrap: bool = False,
    ) -> Any:
        """A cell with its own font (the report's, bold or coloured) and alignment."""
        if value is None or value == "":
            return None
        cell = (
            text_cell(self.sheet, value)
            if isinstance(value, str)
            else WriteOnlyCell(self.sheet, value)
        )
        cell.font = CellFont(name=REPORT_FONT, size=11, bold=bold, color=colour)
        cell.alignment = Alignment(
            horizontal=horizontal, indent=indent, wrap_text=wrap, vertical="top" if wrap else None
        )
        return cell

    def count(self, value: int) -> Any:
        """A number of elements, its thousands grouped as the spreadsheet's language does."""
        return number_cell(self.sheet, value, COUNT_FORMAT)

    def header(self, english: str) -> Any:
        """A table header in the current language; right-aligned over numbers."""
        cell = text_cell(self.sheet, translate(REPORT, english), HEADER_STYLE)
        if english in _NUMBERS:
            cell.alignment = Alignment(horizontal="right", wrap_text=True, vertical="center")
        elif english == "Readiness":
            cell.alignment = Alignment(
                horizontal="left", indent=1, wrap_text=True, vertical="center"
            )
        return cell

    # Layout

    def widths(self, facts: Sequence[tuple[str, Any]], results: Iterable[str]) -> list[float]:
        """Widths of the columns A to H: labels and chapter codes, chapter titles, the four
        numbers, readiness, and the gap before the chart."""
        titles = self.heading.chapter_titles
        labels = [label for label, _ in facts]
        labels += [translate(REPORT, w) for w in ("Chapter", "Result", "Total")]
        labels += [*results, *(c.code for c in self.score.chapters)]
        label = _within(max(map(len, labels)) * _BOLD + 2, _LABEL_WIDTH)
        title_texts = [titles.get(c.code, "") for c in self.score.chapters]
        title = _within(max(map(len, title_texts), default=0) + 2, _TITLE_WIDTH)
        numbers = [
            max(_NUMBER_WIDTH, _longest_word(translate(REPORT, h)) * _BOLD + 2)
            for h in CHAPTER_HEADERS[2:6]
        ]
        words = [translate(REPORT, readiness_word(c)) for c in self.score.chapters]
        words.append(translate(REPORT, "Readiness"))
        readiness = _within(max(map(len, words)) * _BOLD + 3, _READINESS_WIDTH)
        return [label, title, *numbers, readiness, _GAP_WIDTH]

    def add(self, cells: list[Any], lines: int = 1, height: float | None = None) -> int:
        """Add a row; returns its number."""
        self.rows.append((cells, height or lines * _LINE_HEIGHT))
        return len(self.rows)

    def add_fact(
        self,
        label: str,
        value: Any,
        *,
        bold: bool = False,
        colour: str | None = None,
        per_line: int,
    ) -> None:
        """A fact: its label, and its value across the table's width, wrapped when long."""
        lines = _lines(value, per_line) if isinstance(value, str) else 1
        if isinstance(value, str):
            value = self.styled(value, bold=bold, colour=colour, horizontal="left", wrap=True)
        row = self.add([self.text(label, LABEL_STYLE), value], lines)
        self.merged.append(f"B{row}:G{row}")

    # The page

    def write(self, today: date, chain: ChainHead | None = None) -> ChapterRows:
        sheet, heading, score, profile = self.sheet, self.heading, self.score, self.profile
        verdict = score.verdict
        kind = KIND_WORDS.get(heading.assessment_kind)
        facts: list[tuple[str, Any]] = [
            (translate("Report", "Facility"), heading.facility),
            (translate("Report", "Assessment"), heading.assessment_name),
            (
                translate("Report", "Kind"),
                translate(REPORT, kind) if kind else str(heading.assessment_kind),
            ),
            (translate("Report", "Survey dates"), _dates(heading.starts_on, heading.ends_on)),
            (translate("Report", "Standards library"), heading.library_name),
            (translate("Report", "Report date"), _left(WriteOnlyCell(sheet, today))),
            (translate("Report", "Scoring profile"), profile.name),
            (translate("Report", "Overall score"), _overall(sheet, profile, score.overall)),
        ]
        results = result_labels()
        labels = ("Verdict", "Why", "Elements assessed")
        widths = self.widths(
            [*facts, *((translate("Report", label), "") for label in labels)], results.values()
        )
        for number, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        per_line = int(sum(widths[1:7]))

        self.add([self.text(translate(REPORT, REPORT_TITLE), TITLE_STYLE)], height=_TITLE_HEIGHT)
        self.add([])
        for label, value in facts:
            self.add_fact(label, value, per_line=per_line)
        self.add_fact(
            translate("Report", "Verdict"),
            verdict_text(verdict),
            bold=True,
            colour=VERDICT_COLOURS.get(verdict.code, UNJUDGED_COLOUR),
            per_line=per_line,
        )
        why = translate("Report", "Why")
        for n, reason in enumerate(verdict.reasons):
            self.add_fact(why if n == 0 else "", reason, per_line=per_line)
        assessed = number_cell(sheet, assessed_percent(score), PERCENT_FORMAT)
        self.add_fact(
            translate("Report", "Elements assessed"),
            _left(assessed) if assessed else NO_SCORE,
            per_line=per_line,
        )

        self.add([])
        self.add([self.text(translate("Report", "Result"), HEADER_STYLE), self.header("Elements")])
        for result in Result:
            self.add([self.text(results[result]), self.count(score.counts.get(result, 0))])
        self.add([self.text(translate("Report", "Total"), LABEL_STYLE), self.count(score.elements)])

        self.add([])
        header_lines = max(
            _lines(translate(REPORT, h), int(w / _BOLD))
            for h, w in zip(CHAPTER_HEADERS, widths, strict=False)
        )
        header_row = self.add([self.header(h) for h in CHAPTER_HEADERS], header_lines)
        titles = heading.chapter_titles
        for chapter in score.chapters:
            title = titles.get(chapter.code, "")
            self.add(
                [
                    self.text(chapter.code),
                    self.styled(title, wrap=True),
                    self.count(chapter.elements),
                    self.count(chapter.not_assessed),
                    score_cell(sheet, profile, chapter.score),
                    number_cell(sheet, chapter.threshold, score_format(profile)),
                    self.styled(
                        translate(REPORT, readiness_word(chapter)),
                        colour=readiness_colour(chapter),
                        horizontal="left",
                        indent=1,
                    ),
                ],
                _lines(title, int(widths[1])),
            )
        placed = ChapterRows(header_row, header_row + 1, len(self.rows))
        if chain is not None:
            # What proves, later, that the trail this report was made from was not rewritten.
            self.add([])
            self.add_fact(
                translate("Report", "About this report"),
                translate(
                    "Report",
                    "Made from an audit trail of {rows} changes whose hash chain ends in "
                    "{hash}; Verify shows the project's chain head today.",
                ).format(rows=chain.rows, hash=chain.hash or "—"),
                per_line=per_line,
            )

        # Fitted to one page, but a long library rather goes on to more pages than shrinks to
        # nothing; then the chapter table's header heads each of them.
        sheet.page_setup.fitToHeight = 1 if len(score.chapters) <= ONE_PAGE_CHAPTERS else 0
        sheet.print_title_rows = f"{header_row}:{header_row}"
        for row_range in self.merged:
            sheet.merged_cells.add(row_range)
        self._append_rows()
        if score.chapters:
            chart = _chapter_chart(sheet, placed, score, self._chart_height())
            sheet.add_chart(chart, f"{get_column_letter(len(widths) + 1)}{_CHART_ROW}")
        return placed

    def _append_rows(self) -> None:
        """Write the rows, giving those taller than one line their height (LibreOffice keeps
        the height a file gives, one line by default, so wrapped text would be cut)."""
        dimensions = self.sheet.row_dimensions
        for number, (cells, height) in enumerate(self.rows, 1):
            if height != _LINE_HEIGHT:
                dimensions[number] = RowDimension(self.sheet, ht=height)
            self.sheet.append(cells)
            dimensions.pop(number, None)

    def _chart_height(self) -> float:
        """Centimetres from the chart's top row to the end of the chapter table, within
        bounds (a long library's table goes on to more pages, its chart stays on the first)."""
        points = sum(height for _, height in self.rows[_CHART_ROW - 1 :])
        return _within(points * _CM_PER_POINT, _CHART_HEIGHT)


def _within(value: float, bounds: tuple[float, float]) -> float:
    low, high = bounds
    return round(min(high, max(low, value)), 1)


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _lines(text: str, per_line: int) -> int:
    """About how many lines ``text`` takes wrapped at ``per_line`` characters, word by word."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


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


def _chapter_chart(sheet: Any, rows: ChapterRows, score: AssessmentScore, height: float) -> Any:
    """Chapter scores as bars coloured as their readiness, the chapter threshold as a line over
    them. The values the cells hold are kept in the chart too, so a previewer that does not
    recalculate the workbook still draws it."""
    profile = score.profile
    chapters = score.chapters
    score_column = CHAPTER_HEADERS.index("Score") + 1
    threshold_column = CHAPTER_HEADERS.index("Threshold") + 1
    codes = Reference(sheet, min_col=1, min_row=rows.first_row, max_row=rows.last_row)
    categories = AxDataSource(
        strRef=StrRef(f=str(codes), strCache=_text_cache([c.code for c in chapters]))
    )

    bars = BarChart()
    bars.type = "col"
    bars.title = _chart_title(translate("Report", "Chapter scores"), 1200)
    bars.y_axis.title = _chart_title(translate("Report", "Score"), 900)
    bars.x_axis.title = _chart_title(translate("Report", "Chapter"), 900)
    bars.add_data(
        Reference(sheet, min_col=score_column, min_row=rows.header_row, max_row=rows.last_row),
        titles_from_data=True,
    )
    [scores] = bars.series
    _cache(
        scores,
        translate(REPORT, "Score"),
        [shown_score(profile, c.score) for c in chapters],
        score_format(profile),
    )
    scores.graphicalProperties = GraphicalProperties(solidFill=UNJUDGED_COLOUR)
    for index, chapter in enumerate(chapters):
        fill = GraphicalProperties(solidFill=readiness_colour(chapter))
        scores.dPt.append(DataPoint(idx=index, invertIfNegative=False, spPr=fill))
    bars.y_axis.scaling.min = 0
    bars.y_axis.scaling.max = 100 if profile.points is None else profile.points.fully_met
    # Without these, current Excel hides both axes of a chart made by openpyxl.
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.legend.position = "b"
    bars.width = _CHART_WIDTH
    bars.height = height
    for part in (bars.x_axis, bars.y_axis, bars.legend):
        part.txPr = _chart_text()

    line = LineChart()
    line.add_data(
        Reference(sheet, min_col=threshold_column, min_row=rows.header_row, max_row=rows.last_row),
        titles_from_data=True,
    )
    [threshold] = line.series
    _cache(
        threshold,
        translate(REPORT, "Threshold"),
        [c.threshold for c in chapters],
        score_format(profile),
    )
    threshold.graphicalProperties = GraphicalProperties(
        ln=LineProperties(solidFill="000000", prstDash="dash", w=19050)
    )
    threshold.marker.symbol = "none"
    threshold.smooth = False
    for series in (scores, threshold):
        # Chapter codes are text, referred to as such (openpyxl's set_categories would refer
        # to them as numbers).
        series.cat = categories
    bars += line
    return bars


def _cache(series: Any, title: str, values: Sequence[float | None], number_format: str) -> None:
    """Keep the series' title and values in the chart beside the cells they are read from."""
    series.tx.strRef.strCache = _text_cache([title])
    reference: NumRef = series.val.numRef
    reference.numCache = NumData(
        formatCode=number_format,
        ptCount=len(values),
        pt=[NumVal(idx=i, v=v) for i, v in enumerate(values) if v is not None],
    )


def _text_cache(texts: Sequence[str]) -> StrData:
    return StrData(ptCount=len(texts), pt=[StrVal(idx=i, v=t) for i, t in enumerate(texts)])


def _chart_text() -> RichText:
    """Text of the chart's axes and legend in the report's font, 9 points."""
    characters = CharacterProperties(latin=Font(typeface=REPORT_FONT), sz=900)
    return RichText(
        p=[Paragraph(pPr=ParagraphProperties(defRPr=characters), endParaRPr=characters)]
    )


def _chart_title(text: str, size: int) -> Title:
    """A title of the chart or of an axis in the report's font, bold, ``size`` in hundredths
    of a point."""
    title = title_maker(text)
    characters = CharacterProperties(latin=Font(typeface=REPORT_FONT), sz=size, b=True)
    for paragraph in title.tx.rich.p:
        paragraph.pPr = ParagraphProperties(defRPr=characters)
        for run in paragraph.r or ():
            run.rPr = characters
    return title
