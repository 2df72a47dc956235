"""Access control of a shared project, enforced by PostgreSQL: each role opens the project with
its own login and uses the real services; what it may not do, the server refuses.

Roles live in the whole server, not in a schema: every project here has its own schema (so its
own group roles) and every login a unique name, and both are dropped after the test.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool

from accredit_tracker.core.assessment.assessments import (
    ElementChange,
    create_assessment,
    set_locked,
    update_elements,
)
from accredit_tracker.core.assessment.checklist import element_rows
from accredit_tracker.core.audit.chain import check_chain
from accredit_tracker.core.crosswalk.carrying import (
    carry_assessment,
    carry_into_assessment,
    decide_suggestion,
    review_carried,
    suggestions_for,
)
from accredit_tracker.core.evidence.attachments import (
    attach_files,
    delete_evidence,
    link_evidence,
    unlink_evidence,
    update_evidence,
)
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.profiles import install_profile
from accredit_tracker.core.readiness.scoring import load_builtin_profiles
from accredit_tracker.core.resources import resource_path
from accredit_tracker.core.storage import roles
from accredit_tracker.core.storage.project import (
    AccessRefused,
    Project,
    ProjectError,
    alembic_config,
    open_project,
    schema_head,
)
from accredit_tracker.core.tracers.corrective_actions import raise_action
from accredit_tracker.core.tracers.findings import accept_finding, record_finding
from accredit_tracker.core.tracers.queries import tracers_of
from accredit_tracker.core.tracers.removal import (
    delete_action,
    delete_finding,
    delete_tracer,
    may_delete,
    restore_action,
    restore_tracer,
)
from accredit_tracker.core.tracers.tracers import plan_tracer
from accredit_tracker.core.tracers.words import TracerKind
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.crosswalk.importer import import_mapping_file
from accredit_tracker.interchange.standards.importer import import_standards
from accredit_tracker.interchange.standards.plan import ImportOptions
from editions import MAPPING_ROWS, two_editions
from factories import (
    element_assessment_ids,
    flat_rows,
    project_with_assessment,
    write_bytes,
    write_xlsx,
)
from shared_server import empty_schema, postgresql_server

PASSWORD = "role-test-pw"


class SharedProject:
    """A real project on the test server with its roles set up, opened as new logins."""

    def __init__(self, server: str, url: str, assessment_id: int, ids: dict[str, int]) -> None:
        self.server = server
        self.url = url
        self.assessment_id = assessment_id
        self.ids = list(ids.values())
        self.logins: list[str] = []
        self.projects: list[Project] = []

    def login(self, role: str | None = None) -> tuple[str, str]:
        """A new login account (given ``role`` in this project) and its project URL."""
        name = f"at_{uuid.uuid4().hex[:10]}_{role or 'nobody'}"
        self.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{PASSWORD}'")
        self.logins.append(name)
        if role is not None:
            roles.grant(self.server, self.url, name, role)
        return name, self.url_of(name)

    def url_of(self, login: str, url: str | None = None) -> str:
        return (
            make_url(url or self.url)
            .set(username=login, password=PASSWORD)
            .render_as_string(hide_password=False)
        )

    def open(self, role: str) -> tuple[Project, str]:
        """The project opened by a new login holding ``role``, and the login's name."""
        name, url = self.login(role)
        project = open_project(url)
        self.projects.append(project)
        return project, name

    def sql(self, statement: str, url: str | None = None) -> list[tuple[object, ...]]:
        """Run one statement as the superuser (on the project's schema) and commit."""
        engine = create_engine(url or self.url, poolclass=NullPool)
        try:
            with engine.begin() as connection:
                result = connection.execute(text(statement))
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()

    def value(self, statement: str) -> object:
        return self.sql(statement)[0][0]

    def close(self) -> None:
        for project in self.projects:
            project.close()
        for name in self.logins:
            self.sql(f'DROP ROLE IF EXISTS "{name}"')


def _shared_project() -> Iterator[SharedProject]:
    server = postgresql_server()
    with empty_schema() as url:
        project, assessment_id = project_with_assessment(url)
        ids = element_assessment_ids(project, assessment_id)
        project.close()
        roles.create_roles(server, url)
        shared = SharedProject(server, url, assessment_id, ids)
        try:
            yield shared
        finally:
            shared.close()
            roles.drop_roles(server, url)


@pytest.fixture
def shared() -> Iterator[SharedProject]:
    yield from _shared_project()


@pytest.fixture
def other_shared() -> Iterator[SharedProject]:
    yield from _shared_project()


def _refusal(action: str, role: str, login: str) -> str:
    return (
        f"Your account ({login}) may not change this shared project: {action} needs the "
        f"{role} role; ask the project's administrator."
    )


def _standards_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "second-edition.xlsx", flat_rows(chapters=1, standards=1))


def _attach_one(project: Project, tmp_path: Path, element_id: int, user: str) -> int:
    source = write_bytes(tmp_path / "policy.pdf", 5000)
    with project.transaction() as session:
        result = attach_files(session, [source], [element_id], user=user)
    return result.attached[0].evidence_id


def test_a_reader_reads_the_checklist_but_the_server_refuses_setting_a_result(
    shared: SharedProject, tmp_path: Path
) -> None:
    project, login = shared.open(roles.READER)
    first = shared.ids[0]
    with project.session() as session:
        rows = element_rows(session, shared.assessment_id)
    assert [row.element_assessment_id for row in rows] == shared.ids
    assert {row.result for row in rows} == {Result.NOT_ASSESSED}

    with pytest.raises(AccessRefused) as refused, project.transaction() as session:
        update_elements(session, [ElementChange(first, {"result": Result.FULLY_MET})], user=login)
    assert str(refused.value) == _refusal(
        "changing results, work status, owners, departments, due dates or notes",
        "officer",
        login,
    )
    source = write_bytes(tmp_path / "policy.pdf", 5000)
    with pytest.raises(AccessRefused) as refused, project.transaction() as session:
        attach_files(session, [source], [first], user=login)
    assert str(refused.value) == _refusal("attaching or linking evidence", "officer", login)
    assert shared.value(f"SELECT result FROM element_assessment WHERE id = {first}") == (
        "not_assessed"
    )
    assert shared.value("SELECT count(*) FROM evidence") == 0


def test_an_officer_sets_results_and_works_on_evidence(
    shared: SharedProject, tmp_path: Path
) -> None:
    project, login = shared.open(roles.OFFICER)
    first, second = shared.ids[:2]
    with project.transaction() as session:
        update_elements(
            session,
            [
                ElementChange(
                    first,
                    {
                        "result": Result.PARTIALLY_MET,
                        "work_status": WorkStatus.IN_PROGRESS,
                        "owner": "Dr Okafor",
                        "notes": "Policy signed; training pending.",
                    },
                )
            ],
            user=login,
        )
    evidence_id = _attach_one(project, tmp_path, first, login)
    with project.transaction() as session:
        link_evidence(session, evidence_id, [second], user=login)
        update_evidence(session, evidence_id, user=login, description="Signed 2026 policy")
        assert unlink_evidence(session, evidence_id, first, user=login).was_linked

    assert shared.sql(
        f"SELECT result, owner, updated_by FROM element_assessment WHERE id = {first}"
    ) == [("partially_met", "Dr Okafor", login)]
    assert shared.sql("SELECT description FROM evidence") == [("Signed 2026 policy",)]
    assert shared.sql("SELECT element_assessment_id FROM element_evidence") == [(second,)]
    actions = shared.sql(f"SELECT DISTINCT action FROM audit_event WHERE \"user\" = '{login}'")
    assert {action for (action,) in actions} == {
        "update_element",
        "attach_evidence",
        "link_evidence",
        "update_evidence",
        "unlink_evidence",
    }


def test_an_officer_cannot_lock_create_assessments_import_or_delete_evidence(
    shared: SharedProject, tmp_path: Path
) -> None:
    project, login = shared.open(roles.OFFICER)
    evidence_id = _attach_one(project, tmp_path, shared.ids[0], login)

    with pytest.raises(AccessRefused) as refused, project.transaction() as session:
        set_locked(session, shared.assessment_id, True, user=login)
    assert str(refused.value) == _refusal(
        "locking or unlocking an assessment", "administrator", login
    )
    with pytest.raises(AccessRefused) as refused, project.transaction() as session:
        library_id = library_counts(session)[0].library_id
        create_assessment(session, library_id=library_id, name="Official survey", user=login)
    assert str(refused.value) == _refusal("creating an assessment", "administrator", login)
    with pytest.raises(AccessRefused) as refused:
        import_standards(
            project, _standards_file(tmp_path), ImportOptions(name="Edition 2"), user=login
        )
    assert str(refused.value) == _refusal("importing a standards library", "administrator", login)
    with pytest.raises(AccessRefused) as refused, project.transaction() as session:
        delete_evidence(session, evidence_id, user=login)
    assert str(refused.value) == _refusal("deleting an evidence file", "administrator", login)
    # Only the columns an officer edits: not which element or assessment a row belongs to.
    with pytest.raises(AccessRefused), project.transaction() as session:
        session.execute(
            text("UPDATE element_assessment SET element_id = element_id WHERE id = :id"),
            {"id": shared.ids[0]},
        )

    assert shared.value("SELECT locked FROM assessment") is False
    assert shared.value("SELECT count(*) FROM assessment") == 1
    assert shared.value("SELECT count(*) FROM library") == 1
    assert shared.value("SELECT count(*) FROM evidence") == 1


@pytest.mark.parametrize("role", [roles.OFFICER, roles.ADMINISTRATOR])
def test_no_role_may_change_or_delete_audit_rows(shared: SharedProject, role: str) -> None:
    project, _login = shared.open(role)
    before = shared.sql('SELECT id, "user", action FROM audit_event ORDER BY id')
    for statement in (
        'INSERT INTO audit_event (at, "user", action, entity, field, details) '
        "VALUES (now(), 'someone else', 'forged', 'project', '', '')",
        "UPDATE audit_event SET \"user\" = 'someone else'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
    ):
        with pytest.raises(AccessRefused) as refused, project.transaction() as session:
            session.execute(text(statement))
        assert str(refused.value) == (
            "The audit trail of a shared project cannot be changed or deleted, by any account."
        )
    assert shared.sql('SELECT id, "user", action FROM audit_event ORDER BY id') == before


def test_an_administrator_locks_unlocks_imports_and_manages_the_project(
    shared: SharedProject, tmp_path: Path
) -> None:
    project, login = shared.open(roles.ADMINISTRATOR)
    with project.transaction() as session:
        assert set_locked(session, shared.assessment_id, True, user=login)
    assert shared.value("SELECT locked FROM assessment") is True
    with project.transaction() as session:
        assert set_locked(session, shared.assessment_id, False, user=login)
    assert shared.value("SELECT locked FROM assessment") is False

    report = import_standards(
        project, _standards_file(tmp_path), ImportOptions(name="Edition 2"), user=login
    )
    builtin = load_builtin_profiles(resource_path("scoring_profiles"))[0]
    site_profile = dataclasses.replace(builtin, key="site_rules", name="Site rules")
    with project.transaction() as session:
        new_id = create_assessment(
            session, library_id=report.library_id, name="Edition 2 self-assessment", user=login
        )
        install_profile(session, site_profile, user=login)
    with project.transaction() as session:
        update_elements(
            session,
            [ElementChange(shared.ids[0], {"result": Result.FULLY_MET})],
            user=login,
        )
    evidence_id = _attach_one(project, tmp_path, shared.ids[0], login)
    with project.transaction() as session:
        delete_evidence(session, evidence_id, user=login)

    assert shared.value(f"SELECT name FROM assessment WHERE id = {new_id}") == (
        "Edition 2 self-assessment"
    )
    assert shared.value("SELECT count(*) FROM scoring_profile WHERE key = 'site_rules'") == 1
    assert shared.value("SELECT count(*) FROM evidence") == 0
    actions = shared.sql(f"SELECT action FROM audit_event WHERE \"user\" = '{login}'")
    assert {"lock_assessment", "unlock_assessment", "import_library"} <= {a for (a,) in actions}


def test_rights_in_one_project_give_none_in_another(
    shared: SharedProject, other_shared: SharedProject
) -> None:
    login, url = shared.login(roles.ADMINISTRATOR)
    other_url = shared.url_of(login, other_shared.url)
    with pytest.raises(ProjectError):
        open_project(other_url)
    other_schema = str(make_url(other_shared.url).query["options"]).split("=")[1]
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection, pytest.raises(ProgrammingError) as refused:
        connection.execute(text(f'SELECT count(*) FROM "{other_schema}".element_assessment'))
    engine.dispose()
    assert "permission denied for schema" in str(refused.value.orig)
    with open_project(url) as project, project.session() as session:
        assert len(element_rows(session, shared.assessment_id)) == len(shared.ids)


def test_grant_gives_one_role_at_a_time_and_revoke_takes_it(shared: SharedProject) -> None:
    login, url = shared.login(roles.OFFICER)
    assert roles.role_members(shared.server, shared.url)[roles.OFFICER] == [login]

    roles.grant(shared.server, shared.url, login, roles.READER)
    members = roles.role_members(shared.server, shared.url)
    assert members[roles.READER] == [login]
    assert members[roles.OFFICER] == []
    with (
        open_project(url) as project,
        pytest.raises(AccessRefused),
        project.transaction() as session,
    ):
        update_elements(session, [ElementChange(shared.ids[0], {"owner": "Nurse Lee"})], user=login)

    assert roles.revoke(shared.server, shared.url, login) != []
    assert roles.role_members(shared.server, shared.url)[roles.READER] == []
    with pytest.raises(ProjectError):
        open_project(url)
    assert roles.revoke(shared.server, shared.url, login) == []


def test_setting_up_again_changes_nothing_and_keeps_the_grants(shared: SharedProject) -> None:
    project, login = shared.open(roles.OFFICER)
    again = roles.create_roles(shared.server, shared.url)
    assert not [s for s in again if s.startswith(("CREATE ROLE", "ALTER TABLE"))]
    with project.transaction() as session:
        update_elements(
            session, [ElementChange(shared.ids[0], {"department": "Pharmacy"})], user=login
        )
    assert shared.value(
        f"SELECT department FROM element_assessment WHERE id = {shared.ids[0]}"
    ) == ("Pharmacy")


def test_a_dry_run_shows_the_statements_and_creates_nothing() -> None:
    server = postgresql_server()
    with empty_schema() as url:
        project_with_assessment(url)[0].close()
        statements = roles.create_roles(server, url, dry_run=True)
        names = roles.project_roles("postgres", str(make_url(url).query["options"]).split("=")[1])
        assert f'CREATE ROLE "{names.officer}" NOLOGIN' in statements
        engine = create_engine(server, poolclass=NullPool)
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT count(*) FROM pg_roles WHERE rolname = :name"),
                {"name": names.officer},
            ).scalar()
        engine.dispose()
        assert found == 0


def test_only_the_owner_role_upgrades_the_schema(shared: SharedProject) -> None:
    # Back to the schema before the project settings came, as a project made by an earlier
    # version is: without the later tables and columns, the server's guards and the audit
    # chain either.
    engine = create_engine(shared.url, poolclass=NullPool)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    engine.dispose()
    shared.sql("DROP TABLE project_setting")
    shared.sql("UPDATE alembic_version SET version_num = '0002'")
    administrator, admin_url = shared.login(roles.ADMINISTRATOR)
    with pytest.raises(ProjectError) as refused:
        open_project(admin_url)
    cause = refused.value.__cause__
    assert cause is not None
    assert roles.refusal_message(cause, administrator) == _refusal(
        "upgrading it to this version of Accredit Tracker", "owner", administrator
    )
    assert shared.value("SELECT version_num FROM alembic_version") == "0002"

    _dba, dba_url = shared.login(roles.OWNER)
    open_project(dba_url).close()
    assert shared.value("SELECT version_num FROM alembic_version") == schema_head()
    # The trail written before the upgrade stays unchained; the server's chain starts here.
    newest = "SELECT action, chain_hash IS NOT NULL FROM audit_event ORDER BY id DESC LIMIT 1"
    assert shared.sql(newest) == [("start_audit_chain", True)]
    assert shared.value("SELECT count(*) > 0 FROM audit_event WHERE chain_hash IS NULL") is True
    assert shared.value("SELECT count(*) FROM project_setting") == 0
    assert shared.value("SELECT count(*) FROM mapping_set") == 0
    assert shared.value("SELECT count(*) FROM tracer") == 0

    engine = create_engine(dba_url, poolclass=NullPool)
    with engine.connect() as connection:
        assert roles.assume_owner_role(connection)
        connection.execute(text("CREATE TABLE added_by_a_migration (id integer)"))
        owner = connection.execute(
            text("SELECT tableowner FROM pg_tables WHERE tablename = 'added_by_a_migration'")
        ).scalar()
        connection.rollback()
    engine.dispose()
    schema = str(make_url(shared.url).query["options"]).split("=")[1]
    assert owner == roles.project_roles("postgres", schema).owner


def test_names_and_accounts_are_checked(shared: SharedProject) -> None:
    with pytest.raises(roles.RolesError, match="only letters, digits"):
        roles.project_roles('quality"; DROP TABLE audit_event; --')
    with pytest.raises(roles.RolesError, match="63 bytes"):
        roles.project_roles("q" * 50)
    with pytest.raises(roles.RolesError, match="no account named"):
        roles.grant(shared.server, shared.url, "nobody_by_that_name", roles.OFFICER)
    login, _url = shared.login()
    with pytest.raises(roles.RolesError, match="no role 'auditor'"):
        roles.grant(shared.server, shared.url, login, "auditor")


def test_other_errors_are_not_refusals() -> None:
    assert roles.refusal_message(ValueError("permission denied for table x")) is None


def test_officers_build_mappings_and_review_what_was_carried_readers_may_not(
    tmp_path: Path,
) -> None:
    server = postgresql_server()
    with empty_schema() as url:
        made = two_editions(url)
        made.project.close()
        roles.create_roles(server, url)
        shared = SharedProject(server, url, made.survey, made.old)
        try:
            mapping = write_xlsx(tmp_path / "mapping.xlsx", MAPPING_ROWS)
            reader, reader_login = shared.open(roles.READER)
            with pytest.raises(AccessRefused) as refused:
                import_mapping_file(
                    reader, mapping, name="2021 to 2024", source_library_id=made.old_library,
                    target_library_id=made.new_library, user=reader_login,
                )  # fmt: skip
            assert str(refused.value) == _refusal(
                "building a mapping between libraries", "officer", reader_login
            )
            officer, officer_login = shared.open(roles.OFFICER)
            report = import_mapping_file(
                officer, mapping, name="2021 to 2024", source_library_id=made.old_library,
                target_library_id=made.new_library, user=officer_login,
            )  # fmt: skip
            # Creating the new assessment stays the administrator's; the officer reviews it.
            administrator, admin_login = shared.open(roles.ADMINISTRATOR)
            with administrator.transaction() as session:
                carried = carry_assessment(
                    session, made.survey, report.mapping_set_id, name="Survey 2025",
                    user=admin_login,
                )  # fmt: skip
            ids = element_assessment_ids(officer, carried.assessment_id)
            with officer.transaction() as session:
                assert review_carried(session, [ids["A.1 ME 1"]], user=officer_login) == 1
                [offered] = suggestions_for(session, ids["B.1 ME 1"])
                decide_suggestion(session, offered.id, accept=True, user=officer_login)
            with pytest.raises(AccessRefused) as refused, reader.transaction() as session:
                review_carried(session, [ids["A.1 ME 2"]], user=reader_login)
            assert "carrying values through a mapping or reviewing them" in str(refused.value)
            assert shared.value(
                f"SELECT result FROM element_assessment WHERE id = {ids['B.1 ME 1']}"
            ) == ("fully_met")
        finally:
            shared.close()


def test_an_officer_carries_into_an_assessment_the_administrator_made(tmp_path: Path) -> None:
    server = postgresql_server()
    with empty_schema() as url:
        made = two_editions(url)
        mapping = import_mapping_file(
            made.project, write_xlsx(tmp_path / "mapping.xlsx", MAPPING_ROWS),
            name="2021 to 2024", source_library_id=made.old_library,
            target_library_id=made.new_library, user="ana",
        ).mapping_set_id  # fmt: skip
        made.project.close()
        roles.create_roles(server, url)
        shared = SharedProject(server, url, made.survey, made.old)
        try:
            officer, officer_login = shared.open(roles.OFFICER)
            # Creating an assessment stays the administrator's, carried or not.
            with pytest.raises(AccessRefused) as refused, officer.transaction() as session:
                carry_assessment(
                    session, made.survey, mapping, name="Survey 2025", user=officer_login
                )
            assert str(refused.value) == _refusal(
                "creating an assessment", "administrator", officer_login
            )
            administrator, admin_login = shared.open(roles.ADMINISTRATOR)
            with administrator.transaction() as session:
                target = create_assessment(
                    session, library_id=made.new_library, name="Survey 2025", user=admin_login
                )
            reader, reader_login = shared.open(roles.READER)
            with pytest.raises(AccessRefused), reader.transaction() as session:
                carry_into_assessment(session, made.survey, mapping, target, user=reader_login)
            with officer.transaction() as session:
                summary = carry_into_assessment(
                    session, made.survey, mapping, target, user=officer_login
                )
            assert (summary.carried, summary.evidence_links, summary.suggested) == (2, 1, 4)
            ids = element_assessment_ids(officer, target)
            assert shared.sql(
                "SELECT result, owner, notes, updated_by FROM element_assessment "
                f"WHERE id = {ids['A.1 ME 1']}"
            ) == [("fully_met", "Dr Karimova", "Observed", officer_login)]
            # The server recorded each carried value and link, under the officer's login, and
            # the carrying as a whole; its chain holds.
            assert shared.sql(
                'SELECT action, field, new_value, "user" FROM audit_event '
                f"WHERE entity_id = {ids['A.1 ME 1']} AND entity = 'element_assessment' "
                "ORDER BY id"
            ) == [
                ("update_element", "result", "fully_met", officer_login),
                ("update_element", "owner", "Dr Karimova", officer_login),
                ("update_element", "notes", "Observed", officer_login),
                ("link_evidence", "evidence", "evidence-0.pdf", officer_login),
            ]
            assert (
                shared.value(
                    "SELECT count(*) FROM audit_event WHERE action = 'carry_assessment' "
                    f"AND entity_id = {target} AND \"user\" = '{officer_login}'"
                )
                == 1
            )
            with officer.session() as session:
                assert check_chain(session) is None
                offered = suggestions_for(session, ids["B.1 ME 1"])
            assert [s.source_code for s in offered] == ["B.1 ME 1"]
        finally:
            shared.close()


def test_officers_record_tracers_and_findings_readers_read_them_administrators_delete(
    shared: SharedProject,
) -> None:
    officer, login = shared.open(roles.OFFICER)
    with officer.transaction() as session:
        tracer_id = plan_tracer(
            session,
            assessment_id=shared.assessment_id,
            kind=TracerKind.INDIVIDUAL,
            focus="Elective hip replacement, admission to discharge",
            user=login,
        )
        finding_id = record_finding(
            session,
            tracer_id=tracer_id,
            observed="Consent form unsigned by the anaesthetist",
            element_assessment_ids=[shared.ids[0]],
            compliance=Result.PARTIALLY_MET,
            user=login,
        )
        accept_finding(session, finding_id, user=login)
    assert shared.sql(f"SELECT result FROM element_assessment WHERE id = {shared.ids[0]}") == [
        ("partially_met",)
    ]
    with pytest.raises(AccessRefused) as refused, officer.transaction() as session:
        session.execute(text("DELETE FROM tracer"))
    assert str(refused.value) == _refusal(
        "deleting a tracer, a finding or an action", "administrator", login
    )

    reader, reader_login = shared.open(roles.READER)
    with reader.session() as session:
        assert [t.focus for t in tracers_of(session, shared.assessment_id)] == [
            "Elective hip replacement, admission to discharge"
        ]
    with pytest.raises(AccessRefused) as refused, reader.transaction() as session:
        plan_tracer(
            session,
            assessment_id=shared.assessment_id,
            kind=TracerKind.SYSTEM,
            focus="Infection prevention",
            user=reader_login,
        )
    assert str(refused.value) == _refusal(
        "recording tracers, findings or corrective actions", "officer", reader_login
    )

    administrator, _admin = shared.open(roles.ADMINISTRATOR)
    with administrator.transaction() as session:
        session.execute(text("DELETE FROM tracer"))
    assert shared.value("SELECT count(*) FROM finding") == 0


def test_only_an_administrator_deletes_a_tracer_a_finding_or_an_action_and_puts_it_back(
    shared: SharedProject,
) -> None:
    officer, login = shared.open(roles.OFFICER)
    with officer.transaction() as session:
        tracer_id = plan_tracer(
            session,
            assessment_id=shared.assessment_id,
            kind=TracerKind.SYSTEM,
            focus="Infection prevention and control",
            user=login,
        )
        finding_id = record_finding(
            session,
            tracer_id=tracer_id,
            observed="Alcohol rub dispensers empty on Ward 3",
            element_assessment_ids=[shared.ids[0]],
            compliance=Result.NOT_MET,
            user=login,
        )
        action_id = raise_action(
            session,
            assessment_id=shared.assessment_id,
            what="Daily dispenser round by the ward sister",
            finding_id=finding_id,
            user=login,
        )
    # The Tracers tab hides its Delete actions from whoever the server would refuse.
    with officer.session() as session:
        assert not may_delete(session)
    refusal = _refusal("deleting a tracer, a finding or an action", "administrator", login)
    for delete, row_id in (
        (delete_tracer, tracer_id),
        (delete_finding, finding_id),
        (delete_action, action_id),
    ):
        with pytest.raises(AccessRefused) as refused, officer.transaction() as session:
            delete(session, row_id, user=login)
        assert str(refused.value) == refusal
    # Nor may an officer write a deletion into the trail without deleting.
    with pytest.raises(AccessRefused), officer.transaction() as session:
        session.execute(
            text(
                "SELECT accredit_record_app('delete_tracer', 'tracer', :id, :assessment, '', "
                "'Infection prevention and control', NULL, '')"
            ),
            {"id": tracer_id, "assessment": shared.assessment_id},
        )
    for table in ("finding", "corrective_action", "action_element"):
        with pytest.raises(AccessRefused), officer.transaction() as session:
            session.execute(text(f"DELETE FROM {table}"))
    assert shared.value("SELECT count(*) FROM tracer") == 1
    assert shared.value("SELECT count(*) FROM corrective_action") == 1

    administrator, admin_login = shared.open(roles.ADMINISTRATOR)
    with administrator.session() as session:
        assert may_delete(session)
    with administrator.transaction() as session:
        removed_action = delete_action(session, action_id, user=admin_login)
        removed_tracer = delete_tracer(session, tracer_id, user=admin_login)
    assert shared.value("SELECT count(*) FROM finding") == 0
    assert shared.sql(
        'SELECT action, entity_id, "user" FROM audit_event '
        "WHERE action LIKE 'delete_%' ORDER BY id"
    ) == [
        ("delete_action", action_id, admin_login),
        ("delete_finding", finding_id, admin_login),
        ("delete_tracer", tracer_id, admin_login),
    ]
    with administrator.transaction() as session:
        restore_tracer(session, removed_tracer, user=admin_login)
        restore_action(session, removed_action, user=admin_login)
    assert shared.sql("SELECT id, finding_id FROM corrective_action") == [(action_id, finding_id)]
    assert shared.value("SELECT count(*) FROM audit_event WHERE action LIKE 'restore_%'") == 3
