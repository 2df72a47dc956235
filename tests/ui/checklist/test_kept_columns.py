"""A list's kept columns, section path and guidance in the checklist: shown with the element,
filterable by value, and written after the Elements sheet's columns in the report."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.storage.project import create_project, open_project
from accredit_tracker.interchange.report.workbook import write_report
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.ui.checklist.element_table_model import COL_CODE
from factories import write_xlsx
from windows import MakeWindow, checklist

ROWS: list[list[object]] = [
    ["depth", "ref_id", "name", "description", "assessable", "annotation", "Level", "urn"],
    [1, "PR", "Patient rights", "", "", "", "", ""],
    [2, "PR.1", "Information", "", "", "", "", ""],
    [3, "", "", "Patients are told about their care.", "", "", "", ""],
    [3, "PR.1.1", "", "Patients are informed.", "x", "Ask two patients.", "Imperative", "u:1"],
    [4, "PR.1.1.a", "", "In their language.", "x", "", "Standard", "u:2"],
    [3, "PR.1.2", "", "Consent is written.", "x", "", "Standard", "u:3"],
]


def tree_project(tmp_path: Path) -> Path:
    path = tmp_path / "rights.accredit"
    source = write_xlsx(tmp_path / "rights.xlsx", ROWS)
    with create_project(path, user="tester") as project:
        import_standards(project, source, user="tester")
        with project.transaction() as session:
            create_assessment(session, library_id=1, name="Mock survey", user="tester")
    return path


def test_the_detail_panel_shows_section_guidance_and_kept_columns(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    window.open_path(tree_project(tmp_path))
    view = checklist(window)
    codes = [view.model.index(r, COL_CODE).data() for r in range(view.model.rowCount())]
    assert codes == ["PR.1.1", "PR.1.1.a", "PR.1.2"]
    view.table.setCurrentIndex(view.model.index(1, COL_CODE))
    details = view.detail.details
    assert details.isVisible()
    assert details.toPlainText() == (
        "Section: PR.1.1 Patients are informed.\nLevel: Standard\nurn: u:2\n"
        "Guidance for the standard:\nPatients are told about their care."
    )
    view.table.setCurrentIndex(view.model.index(0, COL_CODE))
    assert "Guidance:\nAsk two patients." in details.toPlainText()

    # The level takes two values: it is offered as a filter; the urn, one a row, is not.
    bar = view.filter_bar
    assert bar.attribute.isVisible()
    assert [bar.attribute.itemText(i) for i in range(bar.attribute.count())] == [
        "Any attribute", "Level: Imperative", "Level: Standard",
    ]  # fmt: skip
    bar.attribute.setCurrentIndex(bar.attribute.findText("Level: Standard"))
    assert bar.count.text() == "2 of 3"
    shown = [view.model.index(r, COL_CODE).data() for r in range(view.model.rowCount())]
    assert shown == ["PR.1.1.a", "PR.1.2"]
    bar.attribute.setCurrentIndex(0)
    assert bar.count.text() == "3 of 3"


def test_the_report_writes_the_kept_columns_after_the_elements_columns(tmp_path: Path) -> None:
    path = tree_project(tmp_path)
    report = tmp_path / "report.xlsx"
    with open_project(path) as project:
        write_report(project, 1, report)
    sheet = load_workbook(report)["Elements"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert header[-3:] == ["Surveyor flags", "Level", "urn"]
    assert [(row[2], row[-2], row[-1]) for row in rows[1:]] == [
        ("PR.1.1", "Imperative", "u:1"), ("PR.1.1.a", "Standard", "u:2"),
        ("PR.1.2", "Standard", "u:3"),
    ]  # fmt: skip
