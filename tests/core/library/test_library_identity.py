"""A library's identity: the same list is never imported twice, and a list named as a stored
library but with other content is kept beside it only as a new edition."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from accredit_tracker.core.audit.recording import now
from accredit_tracker.core.library.libraries import (
    LibraryAlreadyImported,
    NewEditionQuestion,
    content_digest,
    library_counts,
    stored_digest,
)
from accredit_tracker.core.storage.models import AuditEvent, Library
from accredit_tracker.core.storage.project import Project, create_project
from accredit_tracker.interchange.standards.importer import import_standards, read_standards
from accredit_tracker.interchange.standards.plan import ImportOptions
from factories import flat_rows, write_xlsx
from open_libraries import patient_safety_nodes, write_library_yaml


@pytest.fixture
def project(project_target: Path | str) -> Iterator[Project]:
    with create_project(project_target, user="tester") as project:
        yield project


def stored(project: Project) -> tuple[list[tuple[str, str]], int]:
    """Each library's name and edition, and the number of audit-trail rows."""
    with project.session() as session:
        trail = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
        return [(c.name, c.edition) for c in library_counts(session)], trail


def test_the_identity_the_file_gives_is_stored_with_the_digest(
    project: Project, tmp_path: Path
) -> None:
    source = write_library_yaml(tmp_path / "ps.yaml")

    report = import_standards(project, source, user="tester")

    with project.session() as session:
        library = session.get(Library, report.library_id)
        assert library is not None
        assert (library.name, library.edition, library.publisher, library.language) == (
            "Безопасность пациентов", "1", "Минздрав", "ru",
        )  # fmt: skip
        assert library.copyright == "© Министерство здравоохранения"
        assert library.content_digest == content_digest(report.library.chapters)
        assert len(library.content_digest) == 64


def test_the_same_list_again_is_refused_even_under_another_name_and_nothing_is_written(
    project: Project, tmp_path: Path
) -> None:
    source = write_xlsx(tmp_path / "jci.xlsx", flat_rows())
    import_standards(project, source, ImportOptions(name="JCI", edition="7"), user="tester")
    before = stored(project)

    for options in (ImportOptions(name="JCI", edition="7"), ImportOptions(name="Other name")):
        with pytest.raises(LibraryAlreadyImported) as refused:
            import_standards(project, source, options, user="tester", new_edition=True)
        assert str(refused.value) == (
            "This list is already in the project as 'JCI (edition 7)', with the same chapters, "
            "standards and measurable elements; nothing was imported."
        )
    assert stored(project) == before


def test_a_same_named_list_with_other_content_waits_for_new_edition(
    project: Project, tmp_path: Path
) -> None:
    first = write_library_yaml(tmp_path / "ps-1.yaml")
    nodes = patient_safety_nodes()
    nodes[-1]["description"] = "Антисептик у каждой койки и в каждом коридоре"
    second = write_library_yaml(tmp_path / "ps-2.yaml", nodes, version=2)
    import_standards(project, first, user="tester")
    before = stored(project)

    with pytest.raises(NewEditionQuestion) as question:
        import_standards(project, second, user="tester")

    assert str(question.value) == (
        "The project already has a library named 'Безопасность пациентов' with different "
        "content. Import this list as a new edition beside it?"
    )
    assert question.value.editions == ["1"]
    assert stored(project) == before

    report = import_standards(project, second, user="tester", new_edition=True)

    assert report.title == "Безопасность пациентов (edition 2)"
    libraries, trail = stored(project)
    assert libraries == [("Безопасность пациентов", "1"), ("Безопасность пациентов", "2")]
    assert trail == before[1] + 1


def test_a_new_edition_without_one_given_is_named_by_the_date_and_kept_distinct(
    project: Project, tmp_path: Path
) -> None:
    import_standards(project, write_xlsx(tmp_path / "a.xlsx", flat_rows(2)), user="tester",
                     options=ImportOptions(name="Quality"))  # fmt: skip
    for chapters in (3, 4):
        source = write_xlsx(tmp_path / f"q{chapters}.xlsx", flat_rows(chapters))
        import_standards(
            project, source, ImportOptions(name=" quality "), user="tester", new_edition=True
        )

    today = now().date().isoformat()  # the day the audit trail records
    assert stored(project)[0] == [
        ("Quality", ""), ("quality", today), ("quality", f"{today} (2)"),
    ]  # fmt: skip


def test_a_library_stored_before_digests_were_kept_is_still_recognised(
    project: Project, tmp_path: Path
) -> None:
    source = write_library_yaml(tmp_path / "ps.yaml")
    report = import_standards(project, source, user="tester")
    with project.transaction() as session:
        session.execute(update(Library).values(content_digest=""))
    with project.session() as session:
        assert stored_digest(session, report.library_id) == content_digest(
            read_standards(source).library.chapters
        )

    with pytest.raises(LibraryAlreadyImported):
        import_standards(project, source, user="tester")
