"""Every schema version ever released opens in this version, with its data intact.

``data/project-NNNN.accredit`` is a small project saved at schema revision NNNN (one file per
revision, never regenerated); when a migration is added, the older files exercise it here.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from accredit_tracker.core.audit.chain import CHAIN_STARTED, check_chain
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.models import AuditEvent, ElementAssessment
from accredit_tracker.core.storage.project import open_project, schema_head
from accredit_tracker.core.vocabulary import Result

FIXTURES = sorted((Path(__file__).parents[1] / "data").glob("project-*.accredit"))


def test_a_fixture_exists_for_the_current_schema() -> None:
    assert f"project-{schema_head()}.accredit" in [f.name for f in FIXTURES]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.stem)
def test_saved_projects_open_with_their_data(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with open_project(copy) as project, project.session() as session:
        [counts] = library_counts(session)
        assert (counts.name, counts.chapters, counts.standards, counts.elements) == (
            "Fixture library", 2, 4, 8,
        )  # fmt: skip
        edited = session.execute(
            select(ElementAssessment).where(col(ElementAssessment.result) != Result.NOT_ASSESSED)
        ).scalar_one()
        assert edited.result == Result.PARTIALLY_MET
        assert (edited.notes, edited.due_date) == ("Oʻqitish rejalashtirilgan", date(2026, 12, 31))
    backups = list(tmp_path.glob("*.bak"))
    assert bool(backups) == (fixture.stem != f"project-{schema_head()}")


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if f.stem < "project-0006"], ids=str)
def test_an_upgraded_trail_is_chained_from_the_upgrade_on(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with open_project(copy) as project, project.session() as session:
        rows = session.execute(
            select(col(AuditEvent.action), col(AuditEvent.chain_hash)).order_by(col(AuditEvent.id))
        ).all()
        assert check_chain(session) is None
    before = [action for action, chained in rows if chained is None]
    assert before and len(before) == len(rows) - 1  # the rows written before the upgrade
    assert rows[-1][0] == CHAIN_STARTED
