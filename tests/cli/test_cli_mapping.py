"""`accredit mapping`: importing a mapping, listing and showing it, and carrying a survey of
one edition to the next through it; bad rows refused with their place and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit_tracker import cli
from accredit_tracker.core.crosswalk.carrying import review_counts
from accredit_tracker.core.readiness.overview import assessments
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
