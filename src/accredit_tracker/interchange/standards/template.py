"""The template workbook a facility fills in with its own standards and then imports: one row
per measurable element, under the column headers the standards import recognises."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from accredit_tracker.core.i18n import translate

SHEET = "Standards"
HEADERS = (
    "Chapter",
    "Chapter title",
    "Standard",
    "Standard text",
    "ME",
    "Measurable element",
)
WIDTHS = (10, 32, 12, 48, 6, 64)
# Two rows that show how the columns are filled; the facility replaces them with its own.
EXAMPLE_ROWS = (
    (
        "IPSG",
        "International Patient Safety Goals",
        "IPSG.1",
        "Patients are identified correctly before any care is given.",
        "1",
        "Staff use two identifiers, never the room number, before giving care.",
    ),
    (
        "IPSG",
        "International Patient Safety Goals",
        "IPSG.1",
        "Patients are identified correctly before any care is given.",
        "2",
        "A written procedure on patient identification is in use.",
    ),
)


def write_template(path: Path) -> None:
    """Write the template workbook to ``path``: the Standards sheet with its headers and two
    example rows, and a sheet saying how to fill it in (in the interface language)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in EXAMPLE_ROWS:
        sheet.append(row)
    for letter, width in zip("ABCDEF", WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    notes = workbook.create_sheet(translate("StandardsTemplate", "How to fill in"))
    notes.column_dimensions["A"].width = 100
    for line in (
        translate(
            "StandardsTemplate",
            "One row on the Standards sheet for each measurable element of your standards.",
        ),
        translate(
            "StandardsTemplate",
            "Chapter: a short code such as IPSG; Standard: its code such as IPSG.1; "
            "ME: the element's number within its standard.",
        ),
        translate(
            "StandardsTemplate",
            "Replace the two example rows, keep the header row, save the file, then use "
            "File → Import standards.",
        ),
    ):
        notes.append([line])
    workbook.save(path)
