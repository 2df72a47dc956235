"""`accredit mapping`: importing a mapping, listing and showing it, and carrying a survey of
one edition to the next through it; bad rows refused with their place and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update
from sqlmodel import col

from accredit_tracker import cli
from accredit_tracker.core.crosswalk.carrying import review_counts
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.models import MeasurableElement
from accredit_tracker.core.storage.project import open_project
from editions import MAPPING_ROWS, two_editions
from factories import write_xlsx


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_path: Path) -> Path:
    two_editions(project_path).project.close()
    return project_path


def test_import_list_show_and_carry(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_xlsx(tmp_path / "edition-2021-to-2024.xlsx", MAPPING_ROWS)
    code, out, err = run(
        capsys, "mapping", "import", project, mapping,
        "--source", "Edition 2021", "--target", "edition 2024",
    )  # fmt: skip
    assert (code, out.strip(), err) == (
        0,
        "Imported mapping 'edition-2021-to-2024': 8 rows.",
        "",
    )
    code, out, _ = run(capsys, "mapping", "list", project)
    assert (code, out.strip()) == (
        0,
        "1  edition-2021-to-2024: 'Edition 2021' → 'Edition 2024', 8 rows",
    )
    code, out, _ = run(capsys, "mapping", "show", project, "edition-2021-to-2024")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Mapping 'edition-2021-to-2024': 'Edition 2021' → 'Edition 2024'"
    assert lines[2] == "  A.2 ME 1  equal  A.1 ME 2 [10] — renumbered"
    assert lines[8] == "  B.2 ME 1  not_related  A.7 ME 1"

    code, out, err = run(
        capsys, "--user", "bobur", "mapping", "carry", project,
        "--from", "Survey 2023", "--mapping", "edition-2021-to-2024", "--name", "Survey 2025",
        "--kind", "mock",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Created 'Survey 2025' from 'Survey 2023' through 'edition-2021-to-2024': 2 elements "
        "carried (to review), 1 evidence links, 4 elements with suggestions."
    )
    with open_project(project) as opened, opened.session() as session:
        carried = [a for a in assessments(session) if a.name == "Survey 2025"]
        assert [a.kind.value for a in carried] == ["mock"]
        assert carried[0].id is not None
        counts = review_counts(session, carried[0].id)
    assert (counts.carried, counts.suggested) == (2, 4)


def test_bad_rows_and_unknown_names_exit_2_with_nothing_changed(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("source,target,relationship\nA.1 ME 1,A.1 ME 9,equal\n", encoding="utf-8")
    code, _, err = run(capsys, "mapping", "import", project, bad, "--source", "1", "--target", "2")
    assert code == 2
    assert "bad.csv, row 2, column B: 'A.1 ME 9' is not an element or standard" in err
    code, _, err = run(
        capsys, "mapping", "import", project, bad, "--source", "1", "--target", "Edition 1999"
    )
    assert (code, err.strip()) == (
        2,
        "accredit: There is no library named or numbered 'Edition 1999'.",
    )
    code, _, err = run(
        capsys, "mapping", "carry", project, "--from", "Survey 2023", "--mapping", "none",
        "--name", "x",
    )  # fmt: skip
    assert (code, err.strip()) == (2, "accredit: There is no mapping named 'none'.")
    code, out, _ = run(capsys, "mapping", "list", project)
    assert out.strip() == "No mappings yet."


def test_coverage_writes_a_workbook_with_results_and_the_unmapped_of_each_library(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_xlsx(tmp_path / "mapping.xlsx", MAPPING_ROWS)
    run(capsys, "mapping", "import", project, mapping, "--source", "1", "--target", "2")
    with open_project(project) as opened, opened.transaction() as session:
        # A text as an imported library may hold it: a spreadsheet would take it for a formula.
        session.execute(
            update(MeasurableElement)
            .where(col(MeasurableElement.code) == "A.7 ME 1")
            .where(col(MeasurableElement.library_id) == 2)
            .values(text='=HYPERLINK("http://example.org")')
        )
    output = tmp_path / "coverage.xlsx"
    code, out, err = run(
        capsys, "mapping", "coverage", project, "mapping", "--assessment", "Survey 2023",
        "--output", output,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == (
        f"Wrote {output}: 7 elements of 'Edition 2024' with results of 'Survey 2023'; "
        "1 unmapped there, 1 unmapped in 'Edition 2021'."
    )
    book = load_workbook(output)
    assert book.sheetnames == ["Coverage", "Unmapped in Edition 2024", "Unmapped in Edition 2021"]
    rows = [[c.value for c in row] for row in book["Coverage"].iter_rows()]
    assert rows[0] == [
        "Target code", "Target element", "Source codes", "Relationships", "Source results",
        "Worst result", "Best result",
    ]  # fmt: skip
    assert rows[3] == [
        "A.5 ME 1",
        "Sterile supply expiry and stock rotation are checked",
        "A.2 ME 2\nA.3 ME 1",
        "Subset\nSubset",
        "Fully met\nNot met",
        "Not met",
        "Fully met",
    ]
    assert rows[1][2:] == ["A.1 ME 1", "Equal", "Fully met", "Fully met", "Fully met"]
    assert [r[0] for r in rows[1:]] == [
        "A.1 ME 1", "A.1 ME 2", "A.5 ME 1", "A.6 ME 1", "A.6 ME 2", "A.7 ME 1", "B.1 ME 1",
    ]  # fmt: skip
    [(text_cell,)] = book["Unmapped in Edition 2024"].iter_rows(min_row=2, min_col=2)
    assert (text_cell.value, text_cell.data_type) == ('=HYPERLINK("http://example.org")', "s")
    unmapped = [[c.value for c in row] for row in book["Unmapped in Edition 2021"].iter_rows()]
    assert unmapped == [
        ["Code", "Measurable element", "Result"],
        ["B.2 ME 1", "Fax orders are confirmed by telephone", "Fully met"],
    ]


def test_coverage_in_russian_defaults_to_the_newest_assessment_of_the_source_library(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = write_xlsx(tmp_path / "mapping.xlsx", MAPPING_ROWS)
    run(capsys, "mapping", "import", project, mapping, "--source", "1", "--target", "2")
    # The newest assessment of the project is of the target library: not the one shown.
    run(capsys, "mapping", "carry", project, "--from", "Survey 2023", "--mapping", "mapping",
        "--name", "Survey 2025")  # fmt: skip
    output = tmp_path / "покрытие.xlsx"
    code, out, _ = run(
        capsys, "mapping", "coverage", project, "mapping", "--output", output, "--language", "ru"
    )
    assert code == 0 and "results of 'Survey 2023'" in out
    book = load_workbook(output)
    assert book.sheetnames[0] == "Покрытие"
    first = [c.value for c in next(book.worksheets[0].iter_rows(min_row=2, max_row=2))]
    assert first[:3] == ["A.1 ME 1", "Hand hygiene is practised before patient contact", "A.1 ME 1"]
    assert first[4] == first[5] == "Выполнено"


def test_coverage_refuses_an_assessment_of_another_library(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backwards = tmp_path / "backwards.csv"
    backwards.write_text("source,target,relationship\nA.1 ME 1,A.1 ME 1,equal\n", encoding="utf-8")
    code, _, _ = run(
        capsys, "mapping", "import", project, backwards, "--source", "2", "--target", "1",
        "--name", "mapping",
    )  # fmt: skip
    assert code == 0
    output = tmp_path / "coverage.xlsx"
    code, _, err = run(
        capsys, "mapping", "coverage", project, "mapping", "--assessment", "Survey 2023",
        "--output", output,
    )  # fmt: skip
    assert code != 0 and "is not of the library mapping 'mapping' starts from" in err
    assert not output.exists()
