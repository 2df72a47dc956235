"""`accredit assessment new/list`: with `import` and `report`, the whole flow from a standards
file to an audit report runs without the window, on a project file and on a shared project."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit_tracker import cli
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import open_project, shown_url
from accredit_tracker.core.vocabulary import AssessmentKind
from factories import flat_rows, write_xlsx
from open_libraries import patient_safety_nodes, write_library_yaml


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def target_name(project: Path | str) -> str:
    """How the commands name the project in their messages: the file's name, or the URL."""
    return project.name if isinstance(project, Path) else shown_url(project)


@pytest.fixture
def project(project_target: Path | str, capsys: pytest.CaptureFixture[str]) -> Path | str:
    assert run(capsys, "create", project_target)[0] == 0
    return project_target


def test_import_then_assessment_new_then_report_without_the_window(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_library_yaml(tmp_path / "patient-safety.yaml")
    code, out, err = run(capsys, "import", project, source)
    assert code == 0 and generated_code_notes_only(err)
    assert out.startswith("Imported 'Безопасность пациентов (edition 1)' (outline layout, ")

    code, out, err = run(capsys, "--user", "nodira", "assessment", "new", project,
                         "--library", "Безопасность пациентов", "--name", "Mock survey",
                         "--kind", "mock", "--starts", "2027-03-01")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "Created assessment 1 'Mock survey' of 'Безопасность пациентов (edition 1)': "
        "4 measurable elements.\n"
    )

    target = tmp_path / "mock.xlsx"
    code, out, err = run(capsys, "report", project, target, "--assessment", "Mock survey")
    assert (code, err) == (0, "")
    assert "for 'Mock survey': 4 measurable elements" in out
    elements = load_workbook(target)["Elements"]
    texts = [str(cell) for row in elements.iter_rows(values_only=True) for cell in row]
    assert "Браслет: Браслет у каждого пациента" in texts
    with open_project(project) as opened, opened.session() as session:
        created = session.get(Assessment, 1)
        assert created is not None
        assert (created.kind, created.starts_on.isoformat() if created.starts_on else None) == (
            AssessmentKind.MOCK, "2027-03-01",
        )  # fmt: skip


def test_a_second_assessment_starts_from_the_first_and_the_list_shows_both(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", project, write_xlsx(tmp_path / "jci.xlsx", flat_rows()), "--name", "JCI")
    assert run(capsys, "assessment", "new", project, "--name", "Self")[0] == 0  # the only library

    code, out, err = run(capsys, "assessment", "new", project, "--name", "Official 2027",
                         "--from", "self", "--kind", "official")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "Created assessment 2 'Official 2027' of 'JCI', starting from 'Self': "
        "12 measurable elements.\n"
    )

    code, out, err = run(capsys, "assessment", "list", project)
    assert (code, err) == (0, "")
    assert out == "1\tSelf\tself\tlibrary 'JCI'\n2\tOfficial 2027\tofficial\tlibrary 'JCI'\n"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--name", "Mock"], "has 2 libraries; choose one with --library (1: JCI; 2: Other)."),
        (["--name", "Mock", "--library", "Nope"], "has no library named or numbered 'Nope'"),
        (["--name", "  ", "--library", "JCI"], "An assessment needs a name."),
        (["--name", "Mock", "--library", "2", "--from", "First"],
         "The assessment to start from is not of the same library."),
        (["--name", "Mock", "--library", "JCI", "--profile", "nope"],
         "there is no scoring profile 'nope'; the project has: jci_points"),
    ],
)  # fmt: skip
def test_what_cannot_be_created_is_refused_with_exit_2_and_nothing_is_written(
    project: Path | str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    expected: str,
) -> None:
    run(capsys, "import", project, write_xlsx(tmp_path / "a.xlsx", flat_rows(2)), "--name", "JCI")
    run(capsys, "import", project, write_xlsx(tmp_path / "b.xlsx", flat_rows(3)), "--name", "Other")
    run(capsys, "assessment", "new", project, "--name", "First", "--library", "JCI")

    code, _, err = run(capsys, "assessment", "new", project, *arguments)

    assert code == 2
    assert expected in err
    assert run(capsys, "assessment", "list", project)[1].count("\n") == 1


def test_a_project_without_a_library_or_assessment_says_so(
    project: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "assessment", "list", project)[1] == (
        f"{target_name(project)} has no assessment yet.\n"
    )
    code, _, err = run(capsys, "assessment", "new", project, "--name", "Mock")
    assert (code, err) == (2, f"accredit: {target_name(project)} has no standards library yet; "
                              "import one first.\n")  # fmt: skip


def test_the_same_file_twice_is_refused_and_a_new_edition_needs_to_be_asked_for(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_library_yaml(tmp_path / "ps.yaml")
    nodes = patient_safety_nodes()
    nodes[2]["description"] = "Браслет у каждого пациента с рождения"
    second = write_library_yaml(tmp_path / "ps-2027.yaml", nodes)
    assert run(capsys, "import", project, first)[0] == 0

    code, out, err = run(capsys, "import", project, first)
    assert (code, out) == (2, "")
    assert err == (
        "accredit: This list is already in the project as 'Безопасность пациентов "
        "(edition 1)', with the same chapters, standards and measurable elements; nothing was "
        "imported.\n"
    )
    code, out, err = run(capsys, "import", project, second)
    assert (code, out) == (2, "")
    assert err == (
        "accredit: the project already has a library named 'Безопасность пациентов' with "
        "different content (Безопасность пациентов (edition 1)); nothing was imported. To keep "
        "this file beside it as a new edition, run the command again with --new-edition (and "
        "--edition TEXT to name the edition), or give it another --name.\n"
    )

    code, out, err = run(capsys, "import", project, second, "--new-edition", "--edition", "2027")
    assert code == 0 and generated_code_notes_only(err)
    assert out.startswith("Imported 'Безопасность пациентов (edition 2027)'")
    code, _, err = run(capsys, "assessment", "new", project, "--name", "Mock",
                       "--library", "Безопасность пациентов")  # fmt: skip
    assert code == 2 and "has 2 editions of 'Безопасность пациентов'" in err
    code, out, err = run(capsys, "assessment", "new", project, "--name", "Mock",
                         "--library", "безопасность пациентов (edition 2027)")  # fmt: skip
    assert (code, err) == (0, "")
    assert "of 'Безопасность пациентов (edition 2027)'" in out


def test_the_summary_names_each_edition(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", project, write_xlsx(tmp_path / "a.xlsx", flat_rows(2)), "--name", "JCI",
        "--edition", "7")  # fmt: skip
    run(capsys, "import", project, write_xlsx(tmp_path / "b.xlsx", flat_rows(3)), "--name", "JCI",
        "--edition", "8", "--new-edition")  # fmt: skip

    out = run(capsys, "summary", project)[1]

    assert "  Library 'JCI (edition 7)': 2 chapters, 6 standards" in out
    assert "  Library 'JCI (edition 8)': 3 chapters, 9 standards" in out


def generated_code_notes_only(err: str) -> bool:
    """The import's only output on stderr: notes naming the codes it made for elements the
    file gives none (the test library has such elements)."""
    notes = err.splitlines()
    return bool(notes) and all(n.startswith("note:") and "has no code" in n for n in notes)
