"""`accredit import` of published standards lists: the sheet picked and why, labels removed,
columns kept, the crash on uncoded text rows gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from accredit_tracker import cli


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def framework(path: Path, *, note: str = "Access is a privilege, not a right.") -> Path:
    """A workbook as compliance-framework libraries publish theirs: metadata first, and a
    text row with neither code nor name."""
    book = Workbook()
    meta = book.active
    assert meta is not None
    meta.title = "library_meta"
    meta.append(["type", "library"])
    meta.append(["name", "Security controls"])
    content = book.create_sheet("controls_content")
    rows: list[list[object]] = [
        ["assessable", "depth", "ref_id", "name", "description", "implementation_groups"],
        ["", 1, "AC", "Access control", "", ""],
        ["", 2, "", "", note, ""],
        ["x", 2, "AC-1", "Policy", "Control: an access policy exists.", "IG1"],
        ["x", 3, "AC-1(1)", "Review", "Control: the policy is reviewed.", "IG2"],
        ["", 2, "", "", "", ""],
        ["x", 2, "AC-2", "Accounts", "Control: accounts are managed.", "IG1"],
    ]
    for row in rows:
        content.append(row)
    book.save(path)
    return path


def test_a_framework_workbook_imports_from_its_content_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "clinic.accredit"
    run(capsys, "create", project)
    source = framework(tmp_path / "controls.xlsx")
    code, out, err = run(
        capsys, "import", project, source, "--strip-prefix", "E=Control:", "--name", "Controls"
    )
    assert code == 0, err
    assert out.strip() == (
        "Imported 'Controls' (outline layout, sheet 'controls_content'): 1 chapters, "
        "2 standards, 3 measurable elements."
    )
    assert err.splitlines()[0] == (
        "note: Sheet “controls_content” is read: its row 1 has the headers of a standards list "
        "(“assessable”, “depth”, “ref_id”, “name”, “description”); the other sheets "
        "(library_meta) have none that fit as well."
    )
    code, out, _ = run(capsys, "summary", project)
    assert "Library 'Controls': 1 chapters, 2 standards, 3 measurable elements" in out


def test_a_repeated_label_is_pointed_out_and_a_sheet_named_in_any_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "clinic.accredit"
    run(capsys, "create", project)
    source = framework(tmp_path / "controls.xlsx", note="Control: access is a privilege.")
    code, _, err = run(capsys, "import", project, source, "--sheet", "CONTROLS_CONTENT")
    assert code == 0, err
    assert (
        "note: controls.xlsx, sheet 'controls_content', column E (description): all 4 cells "
        'of this column start with “Control:”; remove it with --strip-prefix "E=Control:".'
    ) in err.splitlines()


def test_no_sheet_of_standards_lists_the_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "clinic.accredit"
    run(capsys, "create", project)
    book = Workbook()
    assert book.active is not None
    book.active.title = "library_meta"
    book.active.append(["name", "Nothing here"])
    book.create_sheet("Notes").append(["Written by", "me"])
    book.save(tmp_path / "meta.xlsx")
    code, _, err = run(capsys, "import", project, tmp_path / "meta.xlsx")
    assert code == 2
    assert "its sheets are: library_meta, Notes. Name the sheet to read with --sheet NAME." in err
