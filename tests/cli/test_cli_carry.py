"""Carrying a survey to the next edition from the command line, on a project file and on a
shared project: `accredit assessment new --from A --mapping M` makes the new assessment,
`accredit mapping carry --into` fills one the administrator made; `accredit verify` still
finds the audit trail chained afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit_tracker import cli
from accredit_tracker.core.assessment.assessments import create_assessment
from accredit_tracker.core.crosswalk.carrying import review_counts
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.models import ElementAssessment
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.vocabulary import Result
from editions import import_the_mapping, two_editions
from factories import element_assessment_ids


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_target: Path | str, tmp_path: Path) -> str:
    """Both editions with the survey of the old one, and the mapping "2021 to 2024"."""
    made = two_editions(project_target)
    import_the_mapping(made, tmp_path)
    made.project.close()
    return str(project_target)


def _carried(project: str, name: str) -> tuple[str, dict[str, Result], tuple[int, int]]:
    with open_project(project) as opened:
        with opened.session() as session:
            [found] = [a for a in assessments(session) if a.name == name]
            assert found.id is not None
            counts = review_counts(session, found.id)
            profile = found.scoring_profile_id
        ids = element_assessment_ids(opened, found.id)
        with opened.session() as session:
            results = {}
            for code, row_id in ids.items():
                row = session.get(ElementAssessment, row_id)
                assert row is not None
                results[code] = row.result
    return str(profile), results, (counts.carried, counts.suggested)


CARRIED_RESULTS = {
    "A.1 ME 1": Result.FULLY_MET,
    "A.1 ME 2": Result.NOT_MET,
    **{
        code: Result.NOT_ASSESSED
        for code in ("A.5 ME 1", "A.6 ME 1", "A.6 ME 2", "A.7 ME 1", "B.1 ME 1")
    },
}


def test_assessment_new_from_an_earlier_one_through_a_mapping(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--user", "bobur", "assessment", "new", project, "--name", "Survey 2025",
        "--from", "Survey 2023", "--mapping", "2021 to 2024", "--starts", "2025-03-01",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip().endswith(
        "'Survey 2025' from 'Survey 2023' through '2021 to 2024': 2 elements carried "
        "(to review), 1 evidence links, 4 elements with suggestions."
    )
    assert out.startswith("Created assessment ")
    _, results, counts = _carried(project, "Survey 2025")
    assert (results, counts) == (CARRIED_RESULTS, (2, 4))
    code, out, _ = run(capsys, "verify", project)
    assert code == 0 and "all intact" in out

    # --mapping needs --from, and picks the library itself.
    code, _, err = run(
        capsys, "assessment", "new", project, "--name", "x", "--mapping", "2021 to 2024"
    )
    assert (code, err.strip()) == (
        2,
        "accredit: --mapping needs --from: the assessment to carry through it.",
    )
    code, _, err = run(
        capsys, "assessment", "new", project, "--name", "x", "--from", "Survey 2023",
        "--mapping", "2021 to 2024", "--library", "Edition 2021",
    )  # fmt: skip
    assert code == 2 and "leave out --library" in err


def test_mapping_carry_into_an_assessment_made_already(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_project(project) as opened, opened.transaction() as session:
        new_library = max(a.library_id for a in assessments(session)) + 1
        create_assessment(session, library_id=new_library, name="Survey 2025", user="admin")
    code, out, err = run(
        capsys, "--user", "bobur", "mapping", "carry", project, "--from", "Survey 2023",
        "--mapping", "2021 to 2024", "--into", "Survey 2025",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Carried into 'Survey 2025' from 'Survey 2023' through '2021 to 2024': 2 elements "
        "carried (to review), 1 evidence links, 4 elements with suggestions."
    )
    _, results, counts = _carried(project, "Survey 2025")
    assert (results, counts) == (CARRIED_RESULTS, (2, 4))
    code, out, _ = run(capsys, "verify", project)
    assert code == 0 and "all intact" in out
    # A second time: something is recorded in it now.
    code, _, err = run(
        capsys, "mapping", "carry", project, "--from", "Survey 2023", "--mapping",
        "2021 to 2024", "--into", "Survey 2025",
    )  # fmt: skip
    assert code == 2 and "nothing has been recorded yet" in err
    with pytest.raises(SystemExit) as usage:
        run(
            capsys, "mapping", "carry", project, "--from", "Survey 2023", "--mapping",
            "2021 to 2024", "--into", "Survey 2025", "--name", "Survey 2026",
        )  # fmt: skip
    assert usage.value.code == 2
    assert "argument --name: not allowed with argument --into" in capsys.readouterr().err
