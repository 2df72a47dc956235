"""Scoring profiles: loading one from a file, installing it, and choosing one per assessment."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.assessment.assessments import AssessmentError, set_locked, set_profile
from accredit_tracker.core.readiness.overview import overview, profile_of
from accredit_tracker.core.readiness.profiles import (
    ProfileError,
    install_profile,
    installed_profiles,
    load_profile_file,
    profile_summary,
)
from accredit_tracker.core.readiness.scoring import ProfileKind, ScoringProfile
from accredit_tracker.core.storage.models import Assessment, AuditEvent, ScoringProfileRecord
from accredit_tracker.core.storage.project import Project
from factories import project_with_assessment

STRICT: dict[str, Any] = {
    "key": "strict_points",
    "name": "Strict points",
    "kind": "points",
    "points": {"fully_met": 10, "partially_met": 5, "not_met": 0},
    "thresholds": {"standard": 8, "chapter": 9, "overall": 9.5},
}


@pytest.fixture
def mock(project_target: Path | str) -> Iterator[tuple[Project, int]]:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        yield project, assessment_id


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def trail(project: Project, action: str) -> list[tuple[Any, ...]]:
    with project.session() as session:
        rows = session.execute(
            select(
                col(AuditEvent.user),
                col(AuditEvent.entity_id),
                col(AuditEvent.assessment_id),
                col(AuditEvent.field),
                col(AuditEvent.old_value),
                col(AuditEvent.new_value),
            )
            .where(col(AuditEvent.action) == action)
            .order_by(col(AuditEvent.id))
        )
        return [tuple(row) for row in rows]


def installed(project: Project, profile: ScoringProfile) -> int:
    with project.transaction() as session:
        return install_profile(session, profile, user="ana")


# --- loading from a file -------------------------------------------------------------------


def test_a_valid_file_gives_its_profile(tmp_path: Path) -> None:
    profile = load_profile_file(write_json(tmp_path / "strict.json", STRICT))
    assert profile == ScoringProfile.from_dict(STRICT)
    assert profile.thresholds is not None and profile.thresholds.overall == 9.5


def test_a_file_that_is_not_json_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"key": "x",', encoding="utf-8")
    with pytest.raises(ProfileError, match=r"^broken\.json: not valid JSON \(line 1"):
        load_profile_file(path)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "picture.json"
    path.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(ProfileError, match=r"picture\.json: not a JSON text file"):
        load_profile_file(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"gone\.json: the file does not exist"):
        load_profile_file(tmp_path / "gone.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "stars"}, "unknown kind \"stars\""),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"points": None}, "'points' must be an object"),
        ({"points": {"fully_met": "ten", "partially_met": 5, "not_met": 0}},
         "'points.fully_met' must be a number, got \"ten\""),
        ({"thresholds": {"standard": True, "chapter": 8, "overall": 9}},
         "'thresholds.standard' must be a number or null, got true"),
        ({"name": ""}, "'name' must be non-empty text"),
    ],
)  # fmt: skip
def test_a_wrong_field_is_named_with_the_file(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    path = write_json(tmp_path / "custom.json", {**STRICT, **change})
    with pytest.raises(ProfileError) as raised:
        load_profile_file(path)
    text = str(raised.value)
    assert text.startswith("custom.json: scoring profile 'strict_points': ")
    assert message in text


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    data = {key: value for key, value in STRICT.items() if key != "thresholds"}
    with pytest.raises(ProfileError, match="missing key 'thresholds'"):
        load_profile_file(write_json(tmp_path / "custom.json", data))


def test_a_band_out_of_range_is_refused(tmp_path: Path) -> None:
    data = {
        "key": "bands",
        "name": "Bands",
        "kind": "percentage",
        "bands": [{"min_percent": 120, "label": "Too high"}],
        "below_label": "Below",
    }
    with pytest.raises(ProfileError, match=r"'bands\[0\]\.min_percent' must be between 0 and 100"):
        load_profile_file(write_json(tmp_path / "bands.json", data))


def test_summary_says_what_each_kind_demands(mock: tuple[Project, int]) -> None:
    project, _ = mock
    with project.session() as session:
        summaries = {p.profile.key: profile_summary(p.profile) for p in installed_profiles(session)}
    assert summaries == {
        "jci_points": "points 10 / 5 / 0; standard ≥ 5, chapter ≥ 8, overall ≥ 9; "
        "judged once 80 % of applicable elements are assessed",
        "percentage_bands": "Highest category ≥ 95 %, First category ≥ 85 %, "
        "Second category ≥ 75 %; below: Not accredited; "
        "judged once 80 % of applicable elements are assessed",
    }


def test_summary_names_the_profiles_own_coverage_threshold() -> None:
    profile = ScoringProfile.from_dict({**STRICT, "coverage_threshold": 0.6})
    assert profile_summary(profile) == (
        "points 10 / 5 / 0; standard ≥ 8, chapter ≥ 9, overall ≥ 9.5; "
        "judged once 60 % of applicable elements are assessed"
    )


# --- installing ----------------------------------------------------------------------------


def test_installing_stores_the_profile_with_an_audit_row(mock: tuple[Project, int]) -> None:
    project, _ = mock
    profile_id = installed(project, ScoringProfile.from_dict(STRICT))
    with project.session() as session:
        record = session.get(ScoringProfileRecord, profile_id)
        assert record is not None
        assert (record.key, record.name) == ("strict_points", "Strict points")
        assert json.loads(record.definition) == {**STRICT, "coverage_threshold": 0.8}
        assert [p.profile.key for p in installed_profiles(session)] == [
            "jci_points",
            "percentage_bands",
            "strict_points",
        ]
    assert trail(project, "add_scoring_profile")[-1] == (
        "ana",
        profile_id,
        None,
        "",
        None,
        "strict_points",
    )


def test_installing_the_same_profile_again_changes_nothing(mock: tuple[Project, int]) -> None:
    project, _ = mock
    first = installed(project, ScoringProfile.from_dict(STRICT))
    rows = len(trail(project, "add_scoring_profile"))
    assert installed(project, ScoringProfile.from_dict(STRICT)) == first
    assert len(trail(project, "add_scoring_profile")) == rows


def test_a_different_profile_under_a_used_key_is_refused(mock: tuple[Project, int]) -> None:
    project, _ = mock
    rows = len(trail(project, "add_scoring_profile"))
    changed = ScoringProfile.from_dict({**STRICT, "key": "jci_points"})
    with pytest.raises(ProfileError, match=r"another key, e\.g\. 'jci_points_2'"):
        installed(project, changed)
    with project.session() as session:
        record = session.execute(
            select(ScoringProfileRecord).where(col(ScoringProfileRecord.key) == "jci_points")
        ).scalar_one()
        assert json.loads(record.definition)["thresholds"]["overall"] == 9
    assert len(trail(project, "add_scoring_profile")) == rows


# --- choosing one per assessment -----------------------------------------------------------


def test_set_profile_rescores_and_records_old_and_new(mock: tuple[Project, int]) -> None:
    project, assessment_id = mock
    with project.session() as session:
        [bands] = [p for p in installed_profiles(session) if p.profile.key == "percentage_bands"]
    with project.transaction() as session:
        assert set_profile(session, assessment_id, bands.id, user="bob")
    with project.session() as session:
        assessment = session.get(Assessment, assessment_id)
        assert assessment is not None
        assert profile_of(session, assessment).kind is ProfileKind.PERCENTAGE
        assert overview(session, assessment_id).score.profile.key == "percentage_bands"
    assert trail(project, "set_scoring_profile") == [
        ("bob", assessment_id, assessment_id, "scoring_profile", "jci_points", "percentage_bands")
    ]


def test_setting_the_same_profile_records_nothing(mock: tuple[Project, int]) -> None:
    project, assessment_id = mock
    with project.session() as session:
        current = session.get(Assessment, assessment_id)
        assert current is not None
        profile_id = current.scoring_profile_id
    with project.transaction() as session:
        assert not set_profile(session, assessment_id, profile_id, user="bob")
    assert trail(project, "set_scoring_profile") == []


def test_set_profile_is_refused_on_a_locked_assessment(mock: tuple[Project, int]) -> None:
    project, assessment_id = mock
    profile_id = installed(project, ScoringProfile.from_dict(STRICT))
    with project.transaction() as session:
        set_locked(session, assessment_id, True, user="ana")
    refused = pytest.raises(AssessmentError, match="'Mock survey' is locked; unlock it first")
    with refused, project.transaction() as session:
        set_profile(session, assessment_id, profile_id, user="bob")
    with project.session() as session:
        assessment = session.get(Assessment, assessment_id)
        assert assessment is not None
        assert assessment.scoring_profile_id != profile_id
    assert trail(project, "set_scoring_profile") == []


def test_set_profile_refuses_unknown_ids(mock: tuple[Project, int]) -> None:
    project, assessment_id = mock
    no_profile = pytest.raises(AssessmentError, match="no scoring profile with id 99")
    with no_profile, project.transaction() as session:
        set_profile(session, assessment_id, 99, user="bob")
    no_assessment = pytest.raises(AssessmentError, match="no assessment with id 99")
    with no_assessment, project.transaction() as session:
        set_profile(session, 99, 1, user="bob")
