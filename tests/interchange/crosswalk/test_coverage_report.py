"""The coverage workbook: its sheets as an officer reads them, names of libraries that Excel
would not take as sheet names, a target left as it was when the file cannot be written, and
the file opened for real by LibreOffice Calc."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker.core.storage.models import Library
from accredit_tracker.interchange.crosswalk.coverage_report import write_coverage_report
from accredit_tracker.interchange.report.target_file import ReportError
from editions import Editions, import_the_mapping, two_editions


@pytest.fixture
def editions(tmp_path: Path) -> Iterator[tuple[Editions, int]]:
    made = two_editions(tmp_path / "editions.accredit")
    mapping_set_id = import_the_mapping(made, tmp_path)
    yield made, mapping_set_id
    made.project.close()


def test_long_library_names_with_signs_excel_refuses_still_give_two_sheets(
    editions: tuple[Editions, int], tmp_path: Path
) -> None:
    made, mapping_id = editions
    with made.project.transaction() as session:
        for library_id in (made.old_library, made.new_library):
            library = session.get(Library, library_id)
            assert library is not None
            library.name = f"Joint Commission [International]: {library.name}"
    target = tmp_path / "coverage.xlsx"
    found = write_coverage_report(made.project, mapping_id, None, target)
    assert found.assessment_name == ""
    names = load_workbook(target).sheetnames
    # Cut to Excel's 31 characters both would be "Unmapped in Joint Commission In".
    assert names == [
        "Coverage",
        "Unmapped in Joint Commission In",
        "Unmapped in Joint Commission 1",
    ]
    rows = list(load_workbook(target)["Coverage"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert rows[0][:5] == (
        "A.1 ME 1",
        "Hand hygiene is practised before patient contact",
        "A.1 ME 1",
        "Equal",
        None,
    )


def test_a_target_that_cannot_be_written_is_left_as_it_was(
    editions: tuple[Editions, int], tmp_path: Path
) -> None:
    made, mapping_id = editions
    target = tmp_path / "coverage.xlsx"
    target.write_bytes(b"earlier")
    (tmp_path / ".~lock.coverage.xlsx#").write_text("open elsewhere", encoding="utf-8")
    with pytest.raises(ReportError, match="is open in another program"):
        write_coverage_report(made.project, mapping_id, made.survey, target)
    assert target.read_bytes() == b"earlier"
    with pytest.raises(ReportError, match=r"must end in \.xlsx"):
        write_coverage_report(made.project, mapping_id, made.survey, tmp_path / "coverage.csv")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_coverage(editions: tuple[Editions, int], tmp_path: Path) -> None:
    made, mapping_id = editions
    found = write_coverage_report(made.project, mapping_id, made.survey, tmp_path / "coverage.xlsx")
    assert len(found.targets) == 7
    out = tmp_path / "converted"
    profile = (tmp_path / "libreoffice-profile").as_uri()
    every_sheet_as_csv = (
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    )
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", every_sheet_as_csv, "--outdir", str(out),
         str(tmp_path / "coverage.xlsx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    assert sorted(p.name for p in out.glob("*.csv")) == [
        "coverage-Coverage.csv",
        "coverage-Unmapped in Edition 2021.csv",
        "coverage-Unmapped in Edition 2024.csv",
    ]
    with (out / "coverage-Coverage.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[3] == [
        "A.5 ME 1",
        "Sterile supply expiry and stock rotation are checked",
        "A.2 ME 2\nA.3 ME 1",
        "Subset\nSubset",
        "Fully met\nNot met",
        "Not met",
        "Fully met",
    ]
    unmapped = (out / "coverage-Unmapped in Edition 2021.csv").read_text(encoding="utf-8")
    assert "B.2 ME 1,Fax orders are confirmed by telephone,Fully met" in unmapped
