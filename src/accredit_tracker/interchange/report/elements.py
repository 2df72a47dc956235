"""The report's Elements sheet (every measurable element), Gaps sheet (the action plan, locked:
only Elements is taken back) and Surveyor flags sheet, filled in one pass over the assessment's
elements."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final

from openpyxl.cell import Cell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlmodel import Session

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.library.element_details import attribute_names, attributes_by_row
from accredit_tracker.core.readiness.report_data import (
    ReportHeading,
    element_lines,
    planned_results,
)
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.columns import (
    ELEMENTS_SHEET,
    FLAG_COLUMNS,
    FLAGS_SHEET,
    GAP_COLUMNS,
    GAPS_SHEET,
    PRINTED_ELEMENT_COLUMNS,
    PRINTED_GAP_COLUMNS,
    REPORT,
    REPORT_ELEMENT_COLUMNS,
    Column,
    result_labels,
    status_labels,
)
from accredit_tracker.interchange.report.sheets import RowProgress, TableSheet, local_time
from accredit_tracker.interchange.report.surveyor_flags import SurveyorFlags, flag_names
from accredit_tracker.interchange.report.take_back_notes import (
    elements_header_notes,
    gaps_header_notes,
)

# Fill and text colours of each result in the Result columns (Excel's own "good", "neutral"
# and "bad" colours); "Not assessed" stays plain.
RESULT_COLOURS: Final = {
    Result.FULLY_MET: ("C6EFCE", "006100"),
    Result.PARTIALLY_MET: ("FFEB9C", "9C5700"),
    Result.NOT_MET: ("FFC7CE", "9C0006"),
    Result.NOT_APPLICABLE: ("EDEDED", "595959"),
}
OVERDUE: Final = QT_TRANSLATE_NOOP("Report", "Yes")
"""The Overdue cell of an overdue gap (in the current language)."""
# Excel shows at most 255 characters of a drop-down list, and 32 of an error message's title.
_LIST_LIMIT: Final = 255
_ERROR_TITLE_LIMIT: Final = 32
_ERROR_LIMIT: Final = 255


def write_elements_and_gaps(
    workbook: Any,
    session: Session,
    heading: ReportHeading,
    today: date,
    progress: RowProgress,
    page_heading: str,
    *,
    flags: SurveyorFlags,
    include_not_assessed: bool = False,
) -> tuple[int, int]:
    """Add the Elements, Gaps and Surveyor flags sheets. Returns how many rows the Elements and
    Gaps sheets have. Words are in the current language.

    The Gaps sheet (the action plan) lists the elements partially met or not met, and those
    not assessed yet when ``include_not_assessed``; it is locked, since only Elements is taken
    back. The Surveyor flags sheet lists what ``flags`` finds about each element, a row a
    finding; the Elements sheet names the findings in its last column.
    """
    # The publisher's columns kept with the elements (a level, an implementation group) close
    # the sheet, one column each, under the file's own header.
    kept = attribute_names(session, heading.library_id)
    taken = {column.title.casefold() for column in REPORT_ELEMENT_COLUMNS}
    kept_columns = tuple(
        Column(name if name.casefold() not in taken else f"{name} (2)", 16) for name in kept
    )
    kept_values = attributes_by_row(session, heading.assessment_id) if kept else {}
    no_values: dict[str, str] = {}
    elements = TableSheet(
        workbook,
        ELEMENTS_SHEET,
        "Elements",
        (*REPORT_ELEMENT_COLUMNS, *kept_columns),
        page_heading,
        printed=PRINTED_ELEMENT_COLUMNS,
        header_notes=elements_header_notes(),
    )
    plan_heading = translate("Report", "Action plan: {heading}").format(heading=page_heading)
    gaps = TableSheet(
        workbook,
        GAPS_SHEET,
        "Gaps",
        GAP_COLUMNS,
        plan_heading,
        printed=PRINTED_GAP_COLUMNS,
        header_notes=gaps_header_notes(elements.sheet.title),
    )
    flagged = TableSheet(workbook, FLAGS_SHEET, "SurveyorFlags", FLAG_COLUMNS, page_heading)
    text, repeated = elements.text, elements.repeated_text()
    element_text = elements.wrapping("Measurable element")
    notes_text = elements.wrapping("Notes")
    evidence_text = elements.wrapping("Evidence")
    flags_text = reused(elements.text)
    finding_text = reused(flagged.text)
    details_text = reused(flagged.wrapping("Details"))
    element_lines_of = elements.line_counter("Measurable element")
    notes_lines = elements.line_counter("Notes")
    evidence_lines = elements.line_counter("Evidence")
    details_lines = flagged.line_counter("Details")
    results, statuses = result_labels(), status_labels()
    overdue = translate(REPORT, OVERDUE)
    planned = planned_results(include_not_assessed=include_not_assessed)
    for line in element_lines(session, heading.assessment_id):
        chapter = repeated(line.chapter_code)
        standard = repeated(line.standard_code)
        code = text(line.code)
        element = element_text(line.text)
        notes = notes_text(line.notes)
        owner = repeated(line.owner)
        department = repeated(line.department)
        result = results[line.result]
        status = statuses[line.work_status]
        lines = element_lines_of(line.text)
        if line.notes:
            lines = max(lines, notes_lines(line.notes))
        gap = None
        if line.result in planned:
            # Made before the Elements row is written: see again().
            gap = [
                again(chapter, line.chapter_code, text),
                again(standard, line.standard_code, text),
                again(code, line.code, text),
                again(element, line.text, element_text),
                result,
                status,
                again(owner, line.owner, text),
                again(department, line.department, text),
                line.due_date,
                overdue if line.is_overdue(today) else None,
                again(notes, line.notes, notes_text),
            ]
        findings = flags.of(line)
        finding_rows = None
        if findings is not None:
            # Made before the Elements row is written too; one line each but the details (the
            # element as plain text: its wrapped cell would cost more and wrap here too).
            finding_rows = [
                (
                    [
                        finding_text(name),
                        again(chapter, line.chapter_code, text),
                        again(standard, line.standard_code, text),
                        again(code, line.code, text),
                        element if isinstance(element, str) else text(line.text),
                        result,
                        again(owner, line.owner, text),
                        details_text(details),
                    ],
                    details_lines(details) if details else 1,
                )
                for name, details in findings
            ]
        files = "\n".join(line.evidence)
        row_lines = max(lines, evidence_lines(files)) if files else lines
        elements.append_cells(
            [
                chapter,
                standard,
                code,
                element,
                result,
                line.points,
                status,
                owner,
                department,
                line.due_date,
                notes,
                evidence_text(files),
                local_time(line.updated_at),
                repeated(line.updated_by),
                line.version,
                None if findings is None else flags_text(flag_names(findings)),
                *_kept_cells(kept, kept_values.get(line.element_assessment_id, no_values), text),
            ],
            row_lines,
        )
        if gap is not None:
            gaps.append_cells(gap, lines)
        if finding_rows is not None:
            for cells, height in finding_rows:
                flagged.append_cells(cells, height)
        progress.row()
    for sheet in (elements, gaps, flagged):
        colour_results(sheet, results)
        sheet.finish()
    gaps.lock()  # only the Elements sheet is taken back: see take_back_notes
    offer_choices(elements, "Result", list(results.values()), translate("Report", "Not a result"))
    offer_choices(elements, "Status", list(statuses.values()), translate("Report", "Not a status"))
    gaps.sheet.conditional_formatting.add(
        gaps.data_range("Overdue"),
        CellIsRule(
            operator="equal", formula=[formula_text(overdue)], font=Font(bold=True, color="9C0006")
        ),
    )
    return elements.rows, gaps.rows


def _kept_cells(names: list[str], values: dict[str, str], text: Callable[[str], Any]) -> list[Any]:
    """The cells of the publisher's columns for one element; an attribute it lacks is empty."""
    return [text(values[name]) if name in values else None for name in names]


def reused(make: Callable[[str], Any]) -> Callable[[str], Any]:
    """``make`` for a column holding a few texts over and over (the findings' names): each
    value is made once and used again in every row that has it, except a cell without a style,
    which openpyxl fills anew in each row (see :func:`again`)."""
    made: dict[str, Any] = {}

    def value(raw: str) -> Any:
        found = made.get(raw)
        if found is None:
            found = make(raw)
            if isinstance(found, Cell) and not found.has_style:
                return found
            made[raw] = found
        return found

    return value


def again(value: Any, raw: str, make: Callable[[str], Any]) -> Any:
    """``value`` for a second row, decided before the first row is written.

    A plain value, or a cell with a style (wrapped text), is used as it is: openpyxl writes
    a row as soon as it is appended and leaves a styled cell alone afterwards. A cell without a
    style (text that looks like a formula) is made anew, because openpyxl writes the next
    values of its row into that same cell object.
    """
    if isinstance(value, Cell) and not value.has_style:
        return make(raw)
    return value


def formula_text(text: str) -> str:
    """``text`` as a text constant in a formula: in double quotes, any inside doubled."""
    return '"' + text.replace('"', '""') + '"'


def colour_results(table: TableSheet, labels: dict[Result, str]) -> None:
    """Colour the Result column's cells by their result (written as ``labels`` name them),
    with conditional formatting."""
    cells = table.data_range("Result")
    for result, (fill, text) in RESULT_COLOURS.items():
        table.sheet.conditional_formatting.add(
            cells,
            CellIsRule(
                operator="equal",
                formula=[formula_text(labels[result])],
                fill=PatternFill("solid", start_color=fill, end_color=fill),
                font=Font(color=text),
            ),
        )


def offer_choices(table: TableSheet, header: str, labels: list[str], title: str) -> None:
    """A drop-down list of ``labels`` on the column's cells, refusing anything else with an
    error message titled ``title``.

    Excel's list is the labels in one string, separated by commas: when a label (a
    translation) holds a comma or a double quote, or the list is too long, no list is offered.
    """
    listed = ",".join(labels)
    if len(listed) > _LIST_LIMIT or any("," in label or '"' in label for label in labels):
        return
    message = translate("Report", "Choose one of: {words}.").format(words=", ".join(labels))
    validation = DataValidation(
        type="list",
        formula1=f'"{listed}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=title[:_ERROR_TITLE_LIMIT],
        error=message[:_ERROR_LIMIT],
    )
    validation.add(table.data_range(header))
    table.sheet.data_validations.append(validation)
