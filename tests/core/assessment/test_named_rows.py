"""The rows a batch of change notices names, read on the thread that heard them: only the
assessment's elements, nothing for notices that name no element, and a broken connection left
to the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.assessment.named_rows import NamedRowsReading
from accredit_tracker.core.storage.change_notices import ELEMENTS, ChangeNotice
from accredit_tracker.core.storage.project import Project, server_engine
from accredit_tracker.core.vocabulary import Result
from factories import element_assessment_ids, project_with_assessment
from shared_server import empty_schema


@pytest.fixture
def shared() -> Iterator[tuple[Project, int, str]]:
    with empty_schema() as url:
        project, assessment_id = project_with_assessment(url)
        try:
            yield project, assessment_id, url
        finally:
            project.close()


def test_the_named_rows_of_the_assessment_come_read(shared: tuple[Project, int, str]) -> None:
    project, assessment_id, _url = shared
    ids = element_assessment_ids(project, assessment_id)
    first, second = ids["C0.1 ME 1"], ids["C0.1 ME 2"]
    with project.transaction() as session:
        update_elements(session, [ElementChange(first, {"result": Result.NOT_MET})], user="ana")
    reading = NamedRowsReading(project, assessment_id)
    try:
        named = frozenset({first, second, 999_999})  # the last is no element of this one
        read = reading([ChangeNotice(ELEMENTS, named), ChangeNotice("tracer", None)])
        assert read is not None and read.ids == named
        assert {row.element_assessment_id: row.result for row in read.rows} == {
            first: Result.NOT_MET,
            second: Result.NOT_ASSESSED,
        }
        assert read.change_counter > 0
        # Notices that name no element leave the reading to the window.
        assert reading([ChangeNotice("tracer", None), ChangeNotice(ELEMENTS, None)]) is None
    finally:
        reading.close()


def test_a_server_out_of_reach_leaves_the_reading_to_the_window(
    shared: tuple[Project, int, str],
) -> None:
    project, assessment_id, url = shared
    element = element_assessment_ids(project, assessment_id)["C0.1 ME 1"]
    unreachable = make_url(url).set(port=1).render_as_string(hide_password=False)
    elsewhere = Project(unreachable, server_engine(unreachable), None)
    reading = NamedRowsReading(elsewhere, assessment_id)
    try:
        assert reading([ChangeNotice(ELEMENTS, frozenset({element}))]) is None
    finally:
        reading.close()
        elsewhere.close()
