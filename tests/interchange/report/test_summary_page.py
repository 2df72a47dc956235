"""The Summary sheet leadership takes to the board: one landscape A4 page in every shipped
language when LibreOffice prints it, readiness that never says "meets" for a chapter barely
assessed, verdict reasons that name what fails, and a chart coloured by pass or fail that
carries its own values."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from accredit_tracker.core.i18n import english, language
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.storage.project_details import set_facility_name
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.demo import DEMO_ASSESSMENT, create_demo_project
from accredit_tracker.interchange.report.workbook import write_report
from exports_in_language import SHIPPED_LANGUAGES, Words
from factories import flat_rows, project_with_assessment
from little_assessed import little_assessed_project
from report_survey import TODAY, Survey, filled_survey, part, sheet_values, workbook

HAS_LIBREOFFICE = shutil.which("soffice") is not None and shutil.which("pdftotext") is not None
needs_libreoffice = pytest.mark.skipif(
    not HAS_LIBREOFFICE, reason="LibreOffice or poppler-utils (pdftotext) is not installed"
)
LONG_FACILITY = "Toshkent shahar 1-son klinik shifoxonasi (Respublika ixtisoslashtirilgan markazi)"


@pytest.fixture
def survey(project_path: Path, tmp_path: Path) -> Iterator[Survey]:
    with filled_survey(project_path, tmp_path / "files") as found:
        yield found


def export(survey: Survey, name: str = "report.xlsx") -> Path:
    target = survey.folder.parent / name
    write_report(survey.project, survey.assessment_id, target, today=TODAY)
    return target


def facts_of(path: Path) -> dict[str, list[object]]:
    """Each labelled row of the Summary's top: label → the values after it (a reason row
    without a label goes with the label above)."""
    facts: dict[str, list[object]] = {}
    label = ""
    for row in sheet_values(path, "Summary")[2:]:
        if not any(row):
            break
        label = row[0] or label
        facts.setdefault(label, []).append(row[1])
    return facts


def chapter_rows(path: Path) -> dict[str, list[object]]:
    rows = sheet_values(path, "Summary")
    start = next(n for n, row in enumerate(rows) if row[0] == "Chapter")
    return {str(row[0]): row[1:7] for row in rows[start + 1 :]}


# What the Summary says


def test_verdict_reasons_name_the_failing_standards_and_chapters(survey: Survey) -> None:
    facts = facts_of(export(survey))
    # C0.2 scores 0 (its only applicable element not met); C0 scores 4.1. C0.3 has one of its
    # two elements assessed, too little to judge, and the assessment as a whole too.
    assert facts["Why"] == ["1 standard scores below 5: C0.2", "1 chapter scores below 8: C0 4.1"]
    assert facts["Verdict"] == [
        "Does not meet the accreditation thresholds (provisional: some elements are not assessed yet)"
    ]


def test_the_summary_says_how_much_is_assessed(survey: Survey) -> None:
    path = export(survey)
    # 4 of the 11 applicable elements: 36.36 %, shown cut down as a whole percent.
    assert facts_of(path)["Elements assessed"] == [36]
    assert part(path, "xl/worksheets/sheet1.xml").count("<f>") == 0  # values, no formulas


def test_a_chapter_with_too_little_assessed_never_reads_meets(tmp_path: Path) -> None:
    path = tmp_path / "hospital.accredit"
    assessment_id = little_assessed_project(path)
    target = tmp_path / "report.xlsx"
    with open_project(path) as project:
        write_report(project, assessment_id, target, today=TODAY)
    chapters = chapter_rows(target)
    # MOI: 7 of 84 elements assessed, all fully met: 10.0, but not enough to say it meets.
    assert chapters["MOI"] == ["Management of Information", 84, 77, 10.0, 8, "not enough assessed"]
    assert chapters["PCI"][3:] == [10.0, 8, "meets"]
    facts = facts_of(target)
    assert facts["Verdict"] == ["Not enough assessed (provisional: some elements are not "
                                "assessed yet)"]  # fmt: skip
    assert facts["Why"] == [
        "17 of 94 applicable elements assessed", "1 chapter has too little assessed: MOI"]  # fmt: skip
    summary = workbook(target)["Summary"]
    colours = {row[0].value: row[6].font.color.rgb for row in summary.iter_rows()
               if row[0].value in ("MOI", "PCI")}  # fmt: skip
    assert colours == {"MOI": "00757575", "PCI": "001E7B34"}  # grey, green


def test_the_chart_bars_are_coloured_by_readiness_and_carry_their_values(
    survey: Survey,
) -> None:
    xml = part(export(survey), "xl/charts/chart1.xml")
    bars = xml[xml.index("<barChart>") : xml.index("</barChart>")]
    # C0 is below its threshold: red; C1 has no score yet: grey, and no value.
    points = re.findall(r'<dPt><idx val="(\d)"/>.*?<a:srgbClr val="(\w+)"/>', bars)
    assert points == [("0", "B3261E"), ("1", "757575")]
    assert re.search(r'<numCache><formatCode>0\.0</formatCode><ptCount val="2"/>'
                     r'<pt idx="0"><v>4\.1</v></pt></numCache>', bars)  # fmt: skip
    assert '<strCache><ptCount val="2"/><pt idx="0"><v>C0</v></pt><pt idx="1"><v>C1</v>' in bars
    assert '<strCache><ptCount val="1"/><pt idx="0"><v>Score</v></pt></strCache>' in bars
    line = xml[xml.index("<lineChart>") : xml.index("</lineChart>")]
    assert '<ptCount val="2"/><pt idx="0"><v>8</v></pt><pt idx="1"><v>8</v></pt>' in line
    assert '<a:latin typeface="Calibri"/>' in xml


def test_every_style_of_the_report_names_its_font(survey: Survey) -> None:
    styles = part(export(survey), "xl/styles.xml")
    fonts = re.findall(r"<font>.*?</font>", styles[: styles.index("</fonts>")])
    assert fonts and all('<name val="Calibri"/>' in font for font in fonts), fonts


# Printed by LibreOffice


def summary_pages(pdf: Path, sheet_name: str) -> list[int]:
    """The numbers of the PDF's pages headed by the Summary sheet's name (the page header
    gives the report's heading at its left and the sheet's name at its right)."""
    heading = re.compile(rf" — .*\s{{2,}}{re.escape(sheet_name)}$")
    found = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(re.search(r"^Pages:\s+(\d+)", found.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]
    pages = []
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        if any(heading.search(line.rstrip()) for line in text.splitlines()[:12]):
            pages.append(page)
    return pages


def print_to_pdf(paths: list[Path], out: Path, profile: Path) -> None:
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, paths)],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for path in paths:
        assert (out / f"{path.stem}.pdf").read_bytes().startswith(b"%PDF"), path.name


@needs_libreoffice
def test_the_summary_of_a_jci_sized_library_prints_on_one_page_in_every_language(
    tmp_path: Path,
) -> None:
    """The demo library (15 chapters, 1,225 elements) with a long facility name and verdict
    reasons: LibreOffice opens each report without complaint and prints its Summary on page
    1 alone, in English, Russian and Uzbek."""
    path = tmp_path / "demo.accredit"
    with create_demo_project(path, user="ana", today=date(2026, 6, 1)) as project:
        with project.transaction() as session:
            set_facility_name(session, LONG_FACILITY, user="ana")
        reports = []
        for code in SHIPPED_LANGUAGES:
            target = tmp_path / f"report-{code}.xlsx"
            with language(english if code == "en" else ts_translator(code)):
                write_report(project, 1, target, today=date(2026, 6, 1))
            reports.append(target)
    print_to_pdf(reports, tmp_path / "pdf", tmp_path / "libreoffice-profile")
    for code, report in zip(SHIPPED_LANGUAGES, reports, strict=True):
        pdf = tmp_path / "pdf" / f"{report.stem}.pdf"
        assert summary_pages(pdf, Words(code)("Summary")) == [1], code
        first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                               capture_output=True, text=True, check=True).stdout  # fmt: skip
        assert LONG_FACILITY in first and DEMO_ASSESSMENT in first, code
        assert "IPSG" in first and "HRP" in first, code  # the first and last chapters


@needs_libreoffice
def test_a_long_library_goes_on_to_a_second_page_under_the_table_header(tmp_path: Path) -> None:
    path = tmp_path / "long.accredit"
    project, assessment_id = project_with_assessment(
        path, flat_rows(chapters=60, standards=1, elements=1)
    )
    target = tmp_path / "long.xlsx"
    with project:
        write_report(project, assessment_id, target, today=TODAY)
    print_to_pdf([target], tmp_path / "pdf", tmp_path / "libreoffice-profile")
    pdf = tmp_path / "pdf" / "long.pdf"
    pages = summary_pages(pdf, "Summary")
    assert len(pages) >= 2
    second = subprocess.run(["pdftotext", "-f", str(pages[1]), "-l", str(pages[1]), "-layout",
                             str(pdf), "-"], capture_output=True, text=True, check=True).stdout  # fmt: skip
    header = next(line for line in second.splitlines() if "Chapter" in line)
    assert header.split()[:2] == ["Chapter", "Title"]
    assert "C59" in second
