"""A project with a known history of changes on known days, shared by the audit-trail tests.

Each change goes through the core services at a moment set by the test (``audit.now`` is
replaced while the history is written):

- 2024-03-04 12:00 UTC, ana: "C0.1 ME 1" in Mock survey → fully met, owner Нигора Усманова
- 2024-03-07 12:00 UTC, bob: "C1.2 ME 1" in Mock survey → notes "=HYPERLINK(…)"
- 2024-03-11 12:00 UTC, ana: attaches policy.pdf to "C1.2 ME 1" in Mock survey
- 2024-03-11 13:00 UTC, bob: creates "Official survey"
- 2024-03-14 12:00 UTC, nodira: "C0.1 ME 1" in Official survey → not met, notes "Qoʻl gigiyenasi"
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    update_elements,
)
from accredit_tracker.core.audit import recording as audit
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, project_with_assessment, write_bytes

FORMULA_NOTE = '=HYPERLINK("http://evil.example","click")'
DAY_1, DAY_2, DAY_3, DAY_4 = (
    date(2024, 3, 4),
    date(2024, 3, 7),
    date(2024, 3, 11),
    date(2024, 3, 14),
)


@dataclass
class History:
    project: Project
    mock_id: int
    official_id: int
    mock: dict[str, int]  # element code → element assessment id in Mock survey
    official: dict[str, int]


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@contextmanager
def known_history(target: Path | str, folder: Path) -> Iterator[History]:
    """The project above, open while the block runs."""
    project, mock_id = project_with_assessment(target)
    moment = {"now": _at(DAY_1)}
    mock = element_assessment_ids(project, mock_id)
    with project, pytest.MonkeyPatch.context() as patch:
        patch.setattr(audit, "now", lambda: moment["now"])

        def change(when: datetime, user: str, element: int, **values: object) -> None:
            moment["now"] = when
            with project.transaction() as session:
                update_elements(session, [ElementChange(element, values)], user=user)

        change(_at(DAY_1), "ana", mock["C0.1 ME 1"], result=Result.FULLY_MET,
               owner="Нигора Усманова")  # fmt: skip
        change(_at(DAY_2), "bob", mock["C1.2 ME 1"], notes=FORMULA_NOTE)
        moment["now"] = _at(DAY_3)
        source = write_bytes(folder / "policy.pdf", 500)
        with project.transaction() as session:
            attach_files(session, [source], [mock["C1.2 ME 1"]], user="ana")
        moment["now"] = _at(DAY_3, 13)
        with project.transaction() as session:
            library_id = library_counts(session)[0].library_id
            official_id = create_assessment(
                session, library_id=library_id, name="Official survey", user="bob"
            )
        official = element_assessment_ids(project, official_id)
        change(_at(DAY_4), "nodira", official["C0.1 ME 1"], result=Result.NOT_MET,
               notes="Qoʻl gigiyenasi tekshirildi")  # fmt: skip
        patch.undo()
        yield History(project, mock_id, official_id, mock, official)
