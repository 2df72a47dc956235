"""Finding evidence files: the evidence library's filters, expired evidence, sizes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from accredit_tracker.core.evidence.queries import (
    elements_with_expired_evidence,
    evidence_library,
    format_size,
)
from accredit_tracker.core.i18n import language
from accredit_tracker.core.translations import ts_translator
from evidence_survey import TODAY, Survey, library_setup


def test_sizes_read_as_people_say_them() -> None:
    assert [format_size(n) for n in (850, 1536, 200 * 1024 * 1024, 3 * 1024**3)] == [
        "850 bytes", "1.5 KB", "200 MB", "3 GB",
    ]  # fmt: skip


def test_sizes_in_russian_have_a_decimal_comma() -> None:
    with language(ts_translator("ru")):
        shown = [format_size(n) for n in (1536, 13_926, 200 * 1024 * 1024)]
    assert shown == ["1,5 КБ", "13,6 КБ", "200 МБ"]


def names(rows: list[Any]) -> list[str]:
    return [row.name for row in rows]


def test_evidence_library_filters(survey: Survey, tmp_path: Path) -> None:
    library_setup(survey, tmp_path)
    with survey.project.session() as session:

        def find(**filters: Any) -> list[str]:
            return names(evidence_library(session, today=TODAY, **filters))

        assert find() == ["note.txt", "Qoʻl gigiyenasi policy.pdf", "roster.xlsx",
                          "ward photo.jpg"]  # fmt: skip
        assert find(text="QO'L") == ["Qoʻl gigiyenasi policy.pdf"]
        assert find(media_type="image") == ["ward photo.jpg"]
        assert find(media_type="application/pdf") == ["Qoʻl gigiyenasi policy.pdf"]
        assert find(expired_on=TODAY) == ["Qoʻl gigiyenasi policy.pdf"]
        assert find(expired_on=date(2026, 5, 1)) == []  # due that day: not yet expired
        assert find(review_within_days=30) == ["ward photo.jpg"]
        assert find(unlinked_only=True) == ["note.txt"]
        assert find(assessment_id=survey.assessment_id) == [
            "Qoʻl gigiyenasi policy.pdf", "roster.xlsx", "ward photo.jpg",
        ]  # fmt: skip
        assert find(assessment_id=survey.assessment_id, unlinked_only=True) == ["note.txt"]
        assert find(text="policy", expired_on=TODAY - timedelta(days=60)) == []
        roster = [r for r in evidence_library(session, today=TODAY) if r.name == "roster.xlsx"]
    codes = list(survey.elements)
    assert roster[0].element_codes() == [codes[0], codes[3]]
    assert roster[0].link_count == 2
    assert {s.assessment_name for s in roster[0].supports} == {"Mock survey"}


def test_elements_with_expired_evidence(survey: Survey, tmp_path: Path) -> None:
    library_setup(survey, tmp_path)
    with survey.project.session() as session:
        assert elements_with_expired_evidence(session, survey.assessment_id, TODAY) == {
            survey.element(0)
        }
        later = date(2026, 7, 1)
        assert elements_with_expired_evidence(session, survey.assessment_id, later) == {
            survey.element(0), survey.element(1),
        }  # fmt: skip
        assert (
            elements_with_expired_evidence(session, survey.assessment_id, date(2026, 5, 1)) == set()
        )
