"""Core test set-up: a project with one assessment to attach evidence to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accredit_tracker.core.evidence import attachments as evidence_module
from evidence_survey import SMALL_CHUNK, Survey
from factories import element_assessment_ids, project_with_assessment


@pytest.fixture
def survey(project_target: Path | str) -> Iterator[Survey]:
    project, assessment_id = project_with_assessment(project_target)
    with project:
        yield Survey(project, assessment_id, element_assessment_ids(project, assessment_id))


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(evidence_module, "CHUNK_SIZE", SMALL_CHUNK)
    return SMALL_CHUNK
