"""Driver rows made into the objects the checklist shows: every field in its place, stored
text looked up, dates converted, and nothing converted that is not there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from accredit_tracker.core.storage.bulk_read import driver_date, driver_moment, rows_as
from accredit_tracker.core.vocabulary import RESULT_BY_VALUE, Result


@dataclass(slots=True)
class Listed:
    code: str
    result: Result
    due_date: date | None
    updated_at: datetime | None
    version: int


def test_each_row_becomes_one_object_with_its_fields_looked_up_and_converted() -> None:
    stored = [
        ("PCI.1 ME 1", "fully_met", "2026-03-01", "2026-02-01 09:30:00", 3),
        ("PCI.1 ME 2", "not_assessed", None, None, 1),
        ("PCI.2 ME 1", "partially_met", date(2026, 4, 2), datetime(2026, 2, 2, tzinfo=UTC), 2),
    ]
    converted: list[object] = []

    def due(value: date | str | None) -> date | None:
        converted.append(value)
        return driver_date(value)

    rows = rows_as(
        Listed,
        stored,
        looked_up={"result": RESULT_BY_VALUE},
        converted={"due_date": due, "updated_at": driver_moment},
    )

    assert rows == [
        Listed(
            "PCI.1 ME 1",
            Result.FULLY_MET,
            date(2026, 3, 1),
            datetime(2026, 2, 1, 9, 30, tzinfo=UTC),
            3,
        ),
        Listed("PCI.1 ME 2", Result.NOT_ASSESSED, None, None, 1),
        Listed(
            "PCI.2 ME 1",
            Result.PARTIALLY_MET,
            date(2026, 4, 2),
            datetime(2026, 2, 2, tzinfo=UTC),
            2,
        ),
    ]
    assert all(type(row.result) is Result for row in rows)
    assert converted == ["2026-03-01", date(2026, 4, 2)]  # never called for a missing date


def test_no_rows_make_no_objects() -> None:
    assert rows_as(Listed, [], looked_up={"result": RESULT_BY_VALUE}) == []
