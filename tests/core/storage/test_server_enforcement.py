"""What the PostgreSQL server itself enforces in a shared project, tried as people would try it:
each role's own login, plain SQL. Locked surveys, stored evidence and the audit trail are kept
by the server; every permitted change leaves an audit row the server wrote with the login."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from accredit_tracker.core.assessment.assessments import (
    AssessmentLocked,
    ElementChange,
    create_assessment,
    set_locked,
    update_elements,
)
from accredit_tracker.core.audit.chain import check_chain
from accredit_tracker.core.evidence.attachments import attach_files
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.storage import roles
from accredit_tracker.core.storage.project import open_project
from factories import element_assessment_ids, project_with_assessment, write_bytes
from shared_server import empty_schema, postgresql_server

PASSWORD = "enforcement-test-pw"


@dataclass
class Guarded:
    """A shared project with a locked survey and an open one, each with an evidence file
    linked to its first element, and a login for each role."""

    server: str
    url: str
    locked: int
    open: int
    locked_elements: list[int]
    open_elements: list[int]
    locked_evidence: int
    open_evidence: int
    logins: dict[str, str] = field(default_factory=dict)

    def conninfo(self, role: str) -> str:
        return (
            make_url(self.url)
            .set(drivername="postgresql", username=self.logins[role], password=PASSWORD)
            .render_as_string(hide_password=False)
        )

    def superuser(self) -> psycopg.Connection:
        url = make_url(self.url).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def value(self, statement: str) -> object:
        with self.superuser() as connection:
            row = connection.execute(statement).fetchone()
            return None if row is None else row[0]

    def audit_rows(self) -> int:
        return int(str(self.value("SELECT count(*) FROM audit_event")))


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[Guarded]:
    server = postgresql_server()
    with empty_schema() as url:
        project, locked = project_with_assessment(url, name="Official survey")
        with project.transaction() as session:
            library_id = library_counts(session)[0].library_id
            open_id = create_assessment(
                session, library_id=library_id, name="Mock survey", user="tester"
            )
        locked_elements = list(element_assessment_ids(project, locked).values())
        open_elements = list(element_assessment_ids(project, open_id).values())
        with project.transaction() as session:
            first = attach_files(
                session,
                [write_bytes(tmp_path / "policy.pdf", 3000, 1)],
                locked_elements[:1],
                user="tester",
            )
            second = attach_files(
                session,
                [write_bytes(tmp_path / "audit.pdf", 2000, 2)],
                open_elements[:1],
                user="tester",
            )
            set_locked(session, locked, True, user="tester")
        project.close()
        roles.create_roles(server, url)
        setup = Guarded(
            server,
            url,
            locked,
            open_id,
            locked_elements,
            open_elements,
            first.attached[0].evidence_id,
            second.attached[0].evidence_id,
        )
        made = []
        try:
            with setup.superuser() as connection:
                for role in (*roles.ROLES, roles.OWNER):
                    name = f"at_{uuid.uuid4().hex[:10]}_{role}"
                    connection.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{PASSWORD}'")
                    made.append(name)
                    roles.grant(server, url, name, role)
                    setup.logins[role] = name
            yield setup
        finally:
            roles.drop_roles(server, url)
            with setup.superuser() as connection:
                for name in made:
                    connection.execute(f'DROP ROLE IF EXISTS "{name}"')


def refused(guarded: Guarded, role: str, statement: str) -> None:
    """Run ``statement`` as ``role``'s login; the server must refuse it, and write nothing."""
    before = guarded.audit_rows()
    with psycopg.connect(guarded.conninfo(role)) as connection:
        try:
            connection.execute(statement)
            connection.commit()
        except psycopg.Error:
            connection.rollback()
        else:
            pytest.fail(f"the server let the {role} run: {statement}")
    assert guarded.audit_rows() == before


def permitted(guarded: Guarded, role: str, *statements: str) -> list[tuple[object, ...]]:
    """Run ``statements`` as ``role``'s login in one transaction; the audit rows the server
    wrote for them: (user, action, entity, entity_id, field, old, new)."""
    last = guarded.value("SELECT coalesce(max(id), 0) FROM audit_event")
    with psycopg.connect(guarded.conninfo(role)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    with guarded.superuser() as connection:
        return list(
            connection.execute(
                'SELECT "user", action, entity, entity_id, field, old_value, new_value '
                "FROM audit_event WHERE id > %s ORDER BY id",
                (last,),
            )
        )


def copy_into(
    guarded: Guarded, role: str, table: str, columns: str, row: tuple[object, ...]
) -> None:
    """``COPY … FROM STDIN`` of one row as ``role``'s login; the server must refuse it."""
    with psycopg.connect(guarded.conninfo(role)) as connection:
        try:
            with (
                connection.cursor() as cursor,
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                copy.write_row(row)
            connection.commit()
        except psycopg.Error:
            connection.rollback()
        else:
            pytest.fail(f"the server let the {role} copy rows into {table}")


EVERYONE = (roles.READER, roles.OFFICER, roles.ADMINISTRATOR)
WRITERS = (roles.OFFICER, roles.ADMINISTRATOR)


@pytest.mark.parametrize("role", EVERYONE)
def test_nobody_but_the_server_writes_the_audit_trail(guarded: Guarded, role: str) -> None:
    refused(
        guarded,
        role,
        'INSERT INTO audit_event (at, "user", action, entity, field, details) '
        "VALUES ('2020-01-01', 'someone.else', 'update_element', 'element_assessment', '', '')",
    )
    refused(guarded, role, "UPDATE audit_event SET \"user\" = 'someone.else'")
    refused(guarded, role, "DELETE FROM audit_event")
    refused(guarded, role, "TRUNCATE audit_event")
    refused(
        guarded,
        role,
        "SELECT accredit_record('update_element', 'element_assessment', 1, 1, 'result', "
        "'not_met', 'fully_met', '')",
    )
    copy_into(
        guarded,
        role,
        "audit_event",
        'at, "user", action, entity, field, details',
        ("2020-01-01", "someone.else", "forged", "project", "", ""),
    )


@pytest.mark.parametrize("role", EVERYONE)
def test_nobody_but_the_owner_changes_tables_triggers_or_who_they_are(
    guarded: Guarded, role: str
) -> None:
    for statement in (
        "ALTER TABLE element_assessment ADD COLUMN forged text",
        "ALTER TABLE assessment ALTER COLUMN name DROP NOT NULL",
        "DROP TABLE audit_event",
        "DROP TABLE evidence_chunk",
        "DROP TRIGGER accredit_guard ON element_assessment",
        "DROP FUNCTION accredit_guard_element()",
        "TRUNCATE element_assessment CASCADE",
        "TRUNCATE evidence_chunk",
        "ALTER TABLE element_assessment DISABLE TRIGGER ALL",
        "ALTER TABLE element_assessment DISABLE TRIGGER accredit_guard",
        "SET session_replication_role = replica",
        f'SET ROLE "{roles.project_roles("postgres", _schema(guarded)).owner}"',
        f'SET SESSION AUTHORIZATION "{make_url(guarded.server).username}"',
    ):
        refused(guarded, role, statement)


def test_lower_roles_cannot_take_a_higher_one(guarded: Guarded) -> None:
    names = roles.project_roles("postgres", _schema(guarded))
    refused(guarded, roles.READER, f'SET ROLE "{names.officer}"')
    refused(guarded, roles.OFFICER, f'SET ROLE "{names.administrator}"')


@pytest.mark.parametrize("role", WRITERS)
def test_a_locked_survey_cannot_be_changed(guarded: Guarded, role: str) -> None:
    locked, element = guarded.locked, guarded.locked_elements[1]
    refused(
        guarded,
        role,
        f"UPDATE element_assessment SET result = 'fully_met' WHERE assessment_id = {locked}",
    )
    refused(guarded, role, f"UPDATE element_assessment SET notes = 'x' WHERE id = {element}")
    refused(
        guarded, role, f"DELETE FROM element_evidence WHERE evidence_id = {guarded.locked_evidence}"
    )
    refused(
        guarded,
        role,
        "INSERT INTO element_evidence (element_assessment_id, evidence_id) "
        f"VALUES ({element}, {guarded.open_evidence})",
    )
    refused(
        guarded,
        role,
        f"UPDATE evidence SET name = 'renamed.pdf' WHERE id = {guarded.locked_evidence}",
    )
    # A setting the owner alone is trusted with does not lift the lock for anyone else.
    refused(
        guarded,
        role,
        "SELECT set_config('accredit.copying', 'on', false); "
        f"UPDATE element_assessment SET result = 'fully_met' WHERE id = {element}",
    )
    assert (
        guarded.value(
            f"SELECT count(*) FROM element_assessment WHERE assessment_id = {locked} "
            "AND result = 'fully_met'"
        )
        == 0
    )


def test_the_administrator_cannot_rewrite_or_delete_a_locked_survey(guarded: Guarded) -> None:
    admin, locked = roles.ADMINISTRATOR, guarded.locked
    refused(guarded, admin, f"UPDATE assessment SET name = 'Other' WHERE id = {locked}")
    refused(
        guarded,
        admin,
        f"UPDATE assessment SET locked = false, scoring_profile_id = scoring_profile_id + 1 "
        f"WHERE id = {locked}",
    )
    refused(guarded, admin, f"DELETE FROM assessment WHERE id = {locked}")
    refused(guarded, admin, f"DELETE FROM element_assessment WHERE assessment_id = {locked}")
    refused(
        guarded,
        admin,
        f"UPDATE assessment SET locked = false WHERE id = {locked}; "
        f"UPDATE assessment SET locked = true WHERE id = {locked}; "
        f"UPDATE element_assessment SET result = 'fully_met' WHERE assessment_id = {locked}",
    )
    refused(guarded, admin, "DELETE FROM library")


@pytest.mark.parametrize("role", WRITERS)
def test_rows_go_only_where_the_application_puts_them(guarded: Guarded, role: str) -> None:
    # elements into another (existing) assessment, or moved to one
    refused(
        guarded,
        role,
        "INSERT INTO element_assessment (assessment_id, element_id, result, work_status, owner, "
        "department, notes, version, updated_by) SELECT "
        f"{guarded.open}, element_id, 'fully_met', 'done', '', '', '', 1, '' "
        f"FROM element_assessment WHERE assessment_id = {guarded.locked}",
    )
    refused(
        guarded,
        role,
        f"UPDATE element_assessment SET assessment_id = {guarded.locked} "
        f"WHERE id = {guarded.open_elements[1]}",
    )
    refused(
        guarded,
        role,
        "INSERT INTO measurable_element (library_id, standard_id, number, code, text, "
        "typical_evidence, tags, weight, search_key, position) SELECT library_id, standard_id, "
        "'99', 'forged', 'forged', '', '', 1, '', 999 FROM measurable_element LIMIT 1",
    )
    copy_into(
        guarded,
        role,
        "element_assessment",
        "assessment_id, element_id, result, work_status, owner, department, notes, version, "
        "updated_by",
        (guarded.open, 1, "fully_met", "done", "", "", "", 1, ""),
    )


@pytest.mark.parametrize("role", WRITERS)
def test_who_changed_an_element_and_when_is_the_servers_to_say(guarded: Guarded, role: str) -> None:
    element = guarded.open_elements[1]
    refused(
        guarded, role, f"UPDATE element_assessment SET updated_by = 'someone' WHERE id = {element}"
    )
    refused(
        guarded,
        role,
        f"UPDATE element_assessment SET updated_at = '2020-01-01' WHERE id = {element}",
    )


@pytest.mark.parametrize("role", WRITERS)
def test_stored_evidence_stays_as_attached(guarded: Guarded, role: str) -> None:
    content = guarded.value(
        f"SELECT content_sha256 FROM evidence WHERE id = {guarded.open_evidence}"
    )
    other = guarded.value(
        f"SELECT content_sha256 FROM evidence WHERE id = {guarded.locked_evidence}"
    )
    refused(
        guarded,
        role,
        f"INSERT INTO evidence_chunk (content_sha256, seq, data) VALUES ('{content}', 99, '\\x00')",
    )
    copy_into(guarded, role, "evidence_chunk", "content_sha256, seq, data", (content, 99, b"\0"))
    refused(
        guarded,
        role,
        f"UPDATE evidence SET content_sha256 = '{other}' WHERE id = {guarded.open_evidence}",
    )
    refused(
        guarded,
        role,
        f"UPDATE evidence_chunk SET data = '\\x00' WHERE content_sha256 = '{content}'",
    )
    refused(guarded, role, f"DELETE FROM evidence_chunk WHERE content_sha256 = '{content}'")
    refused(guarded, role, f"UPDATE evidence_content SET size = 1 WHERE sha256 = '{content}'")
    refused(guarded, role, f"DELETE FROM evidence_content WHERE sha256 = '{content}'")
    refused(
        guarded,
        role,
        f"UPDATE evidence SET added_by = 'someone' WHERE id = {guarded.open_evidence}",
    )


def test_an_officers_changes_are_recorded_by_the_server_with_the_login(guarded: Guarded) -> None:
    login, element = guarded.logins[roles.OFFICER], guarded.open_elements[1]
    rows = permitted(
        guarded,
        roles.OFFICER,
        "SELECT set_config('accredit.details', 'import of results.xlsx', true)",
        f"UPDATE element_assessment SET result = 'partially_met', notes = 'seen' "
        f"WHERE id = {element}",
    )
    assert rows == [
        (login, "update_element", "element_assessment", element, "result", "not_assessed",
         "partially_met"),
        (login, "update_element", "element_assessment", element, "notes", "", "seen"),
    ]  # fmt: skip
    assert guarded.value(f"SELECT updated_by FROM element_assessment WHERE id = {element}") == login
    assert (
        guarded.value("SELECT details FROM audit_event ORDER BY id DESC LIMIT 1")
        == "import of results.xlsx"
    )
    name = guarded.value(f"SELECT name FROM evidence WHERE id = {guarded.open_evidence}")
    rows = permitted(
        guarded,
        roles.OFFICER,
        "INSERT INTO element_evidence (element_assessment_id, evidence_id) "
        f"VALUES ({element}, {guarded.open_evidence})",
        f"DELETE FROM element_evidence WHERE element_assessment_id = {element}",
        f"UPDATE evidence SET description = 'the signed copy' WHERE id = {guarded.open_evidence}",
    )
    assert rows == [
        (login, "link_evidence", "element_assessment", element, "evidence", None, name),
        (login, "unlink_evidence", "element_assessment", element, "evidence", name, None),
        (login, "update_evidence", "evidence", guarded.open_evidence, "description", "",
         "the signed copy"),
    ]  # fmt: skip


def test_unlocking_is_the_administrators_recorded_action(guarded: Guarded) -> None:
    refused(
        guarded, roles.OFFICER, f"UPDATE assessment SET locked = false WHERE id = {guarded.locked}"
    )
    login, locked = guarded.logins[roles.ADMINISTRATOR], guarded.locked
    rows = permitted(
        guarded, roles.ADMINISTRATOR, f"UPDATE assessment SET locked = false WHERE id = {locked}"
    )
    assert rows == [(login, "unlock_assessment", "assessment", locked, "locked", "True", "False")]
    rows = permitted(
        guarded,
        roles.ADMINISTRATOR,
        f"UPDATE element_assessment SET result = 'fully_met' WHERE id = {guarded.locked_elements[2]}",
        f"UPDATE assessment SET locked = true WHERE id = {locked}",
    )
    assert [row[1] for row in rows] == ["update_element", "lock_assessment"]
    assert {row[0] for row in rows} == {login}


def test_deleting_an_unused_file_is_the_only_deletion_and_is_recorded(guarded: Guarded) -> None:
    login, evidence = guarded.logins[roles.ADMINISTRATOR], guarded.open_evidence
    content = guarded.value(f"SELECT content_sha256 FROM evidence WHERE id = {evidence}")
    refused(guarded, roles.OFFICER, f"DELETE FROM evidence WHERE id = {evidence}")
    rows = permitted(
        guarded,
        roles.ADMINISTRATOR,
        f"DELETE FROM element_evidence WHERE evidence_id = {evidence}",
        f"DELETE FROM evidence WHERE id = {evidence}",
        f"DELETE FROM evidence_chunk WHERE content_sha256 = '{content}'",
        f"DELETE FROM evidence_content WHERE sha256 = '{content}'",
    )
    assert [row[:3] for row in rows] == [
        (login, "unlink_evidence", "element_assessment"),
        (login, "delete_evidence", "evidence"),
        (login, "delete_evidence_content", "evidence_content"),
    ]


def test_the_trail_the_server_wrote_is_one_unbroken_chain(guarded: Guarded) -> None:
    permitted(
        guarded,
        roles.OFFICER,
        f"UPDATE element_assessment SET owner = 'Dr Lee' WHERE id = {guarded.open_elements[3]}",
    )
    with open_project(guarded.url) as project, project.session() as session:
        assert check_chain(session) is None


def test_a_refusal_by_the_server_reads_as_the_applications_own(guarded: Guarded) -> None:
    url = (
        make_url(guarded.url)
        .set(username=guarded.logins[roles.OFFICER], password=PASSWORD)
        .render_as_string(hide_password=False)
    )
    with (
        open_project(url) as project,
        pytest.raises(AssessmentLocked) as locked,
        project.transaction() as session,
    ):
        # what a second window that has not seen the lock yet would send
        session.execute(
            text("UPDATE element_assessment SET result = 'fully_met' WHERE id = :id"),
            {"id": guarded.locked_elements[1]},
        )
    assert str(locked.value) == "Assessment 'Official survey' is locked; unlock it first."


def _schema(guarded: Guarded) -> str:
    return str(make_url(guarded.url).query["options"]).split("=")[1]


def test_tracers_and_findings_are_recorded_by_the_server_with_the_login(
    guarded: Guarded,
) -> None:
    """Tables without triggers of their own (tracers, findings, actions, mappings) get their
    rows through the server's one function for them: stamped with the login, for the
    application's own actions alone, and never for a reader."""
    from accredit_tracker.core.tracers.findings import record_finding
    from accredit_tracker.core.tracers.tracers import plan_tracer
    from accredit_tracker.core.tracers.words import TracerKind
    from accredit_tracker.core.vocabulary import Result

    login = guarded.logins[roles.OFFICER]
    last = guarded.value("SELECT coalesce(max(id), 0) FROM audit_event")
    officer_url = (
        make_url(guarded.url)
        .set(username=login, password=PASSWORD)
        .render_as_string(hide_password=False)
    )
    with open_project(officer_url) as project, project.transaction() as session:
        tracer = plan_tracer(
            session,
            assessment_id=guarded.open,
            kind=TracerKind.SYSTEM,
            focus="Medication management",
            user="typed name",
        )
        record_finding(session, tracer_id=tracer, observed="Fridge log not signed",
                       element_assessment_ids=[guarded.open_elements[2]],
                       compliance=Result.NOT_MET, user="typed name")  # fmt: skip
    with guarded.superuser() as connection:
        rows = list(
            connection.execute(
                'SELECT "user", action, entity FROM audit_event WHERE id > %s ORDER BY id',
                (last,),
            )
        )
    assert rows == [(login, "plan_tracer", "tracer"), (login, "record_finding", "finding")]
    assert guarded.value("SELECT count(*) FROM audit_event WHERE chain_hash IS NULL AND id > "
                         f"{last}") == 0  # fmt: skip
    # Only the application's own actions, and not from a reader.
    call = "SELECT accredit_record_app('{action}', 'x', 1, NULL, '', NULL, NULL, '')"
    refused(guarded, roles.OFFICER, call.format(action="update_element"))
    refused(guarded, roles.READER, call.format(action="plan_tracer"))


def test_a_save_answers_with_the_login_and_time_the_server_stamped(guarded: Guarded) -> None:
    login, element = guarded.logins[roles.OFFICER], guarded.open_elements[3]
    officer_url = (
        make_url(guarded.url)
        .set(username=login, password=PASSWORD)
        .render_as_string(hide_password=False)
    )
    with open_project(officer_url) as project, project.transaction() as session:
        written = update_elements(
            session, [ElementChange(element, {"notes": "checked"})], user="typed name"
        )
    stamped_at = guarded.value(f"SELECT updated_at FROM element_assessment WHERE id = {element}")
    # What a window shows after the save is what the server stored, not the name typed.
    assert written[element]["updated_by"] == login
    assert written[element]["updated_at"] == stamped_at
