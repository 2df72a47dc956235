"""The tracer commands: plan a tracer, record findings, accept one into the checklist and list
them, on a project file and on a shared project; bad input is refused and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlmodel import col

from accredit_tracker import cli
from accredit_tracker.core.assessment.assessments import ElementChange, update_elements
from accredit_tracker.core.storage.models import AuditEvent, ElementAssessment, MeasurableElement
from accredit_tracker.core.storage.project import open_project
from accredit_tracker.core.tracers.models import Finding, Tracer
from accredit_tracker.core.vocabulary import Result
from factories import project_with_assessment, write_bytes


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(project_target: Path | str) -> Iterator[Path | str]:
    """A project (file, then shared) with one assessment of elements C0.1 ME 1 … C1.3 ME 2."""
    opened, _ = project_with_assessment(project_target)
    opened.close()
    yield project_target


def _result_of(project: Path | str, code: str) -> str:
    with open_project(project) as opened, opened.session() as session:
        return str(
            session.execute(
                select(col(ElementAssessment.result))
                .join(MeasurableElement, col(MeasurableElement.id) == ElementAssessment.element_id)
                .where(col(MeasurableElement.code) == code)
            ).scalar_one()
        )


def _counts(project: Path | str) -> tuple[int, ...]:
    with open_project(project) as opened, opened.session() as session:
        return tuple(
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Tracer, Finding, AuditEvent)
        )


def test_plan_record_accept_and_list(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--user", "nodira", "tracer", "new", project, "--kind", "system",
                         "--focus", "Medication management", "--date", "2026-11-03",
                         "--units", "Ward 3, Pharmacy", "--people", "N. Karimova")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Tracer 1 planned in 'Mock survey': Medication management\n"
    photo = write_bytes(tmp_path / "fridge.jpg", 500)
    code, out, err = run(capsys, "--user", "nodira", "tracer", "finding", "add", project, 1,
                         "--observed", "Insulin pens without opening dates",
                         "--element", "C0.1 ME 1", "--element", "c0.2 me1",
                         "--compliance", "partially_met", "--where", "Ward 3 fridge",
                         "--likelihood", "pattern", "--impact", "high", "--file", photo)  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Finding 1 recorded on tracer 1: C0.1 ME 1, C0.2 ME 1.\n"
    assert _result_of(project, "C0.1 ME 1") == "not_assessed"

    code, out, err = run(capsys, "--user", "ilhom", "tracer", "accept", project, 1)
    assert (code, err) == (0, "")
    assert out == "Finding 1 accepted: 2 elements changed.\n"
    assert _result_of(project, "C0.2 ME 1") == "partially_met"

    code, out, err = run(capsys, "tracer", "list", project)
    assert code == 0
    assert out.splitlines() == [
        "Tracers of 'Mock survey':",
        "     1  System tracer — Medication management (2026-11-03; planned)",
        "        Units: Ward 3, Pharmacy; people: N. Karimova",
        "        Finding 1: Insulin pens without opening dates [C0.1 ME 1, C0.2 ME 1] "
        "partially met, pattern × high; accepted by ilhom",
    ]
    code, out, err = run(capsys, "tracer", "accept", project, 1)
    assert (code, out) == (2, "")
    assert err == "accredit: Finding 1 was accepted already, by ilhom.\n"


def test_bad_input_is_refused_and_changes_nothing(
    project: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "tracer", "new", project, "--kind", "environment", "--focus", "Fire safety")
    before = _counts(project)
    attempts = [
        (("tracer", "finding", "add", project, 1, "--observed", "Door propped open",
          "--compliance", "not_met"),
         "accredit: A finding needs at least one measurable element: give --element.\n"),
        (("tracer", "finding", "add", project, 1, "--observed", "Door propped open",
          "--compliance", "not_met", "--element", "C9.9 ME 9"),
         "accredit: Assessment 'Mock survey' has no measurable element 'C9.9 ME 9' "
         '(codes look like "PCI.3.1 ME 2").\n'),
        (("tracer", "finding", "add", project, 7, "--observed", "Door propped open",
          "--compliance", "not_met", "--element", "C0.1 ME 1"),
         "accredit: Tracer 7 is gone; someone may have deleted it.\n"),
        (("tracer", "new", project, "--kind", "system", "--focus", " "),
         "accredit: A tracer needs a focus: the patient's pathway or the system it follows.\n"),
        (("tracer", "accept", project, 3),
         "accredit: Finding 3 is gone; someone may have deleted it.\n"),
    ]  # fmt: skip
    for arguments, message in attempts:
        code, out, err = run(capsys, *arguments)
        assert (code, out, err) == (2, "", message)
    assert _counts(project) == before


def test_a_locked_assessment_refuses_findings(
    project: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "tracer", "new", project, "--kind", "document", "--focus", "Credentialing files")
    assert run(capsys, "lock", project)[0] == 0
    code, out, err = run(capsys, "tracer", "finding", "add", project, 1, "--observed",
                         "Two files without primary-source verification", "--element",
                         "C1.1 ME 1", "--compliance", "not_met")  # fmt: skip
    assert (code, out) == (2, "")
    assert err == "accredit: Assessment 'Mock survey' is locked; unlock it first.\n"


def test_raise_move_on_verify_and_list_actions(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "tracer", "new", project, "--kind", "system", "--focus", "Infection control")
    run(capsys, "tracer", "finding", "add", project, 1, "--observed", "Hand hygiene 62 %",
        "--element", "C0.1 ME 2", "--compliance", "partially_met")  # fmt: skip
    code, out, err = run(capsys, "action", "add", project, "--what", "Monthly audits",
                         "--finding", 1, "--owner", "N. Karimova", "--opened", "2026-10-01",
                         "--due", "2026-11-30", "--measure", "≥ 90 % for 4 months")  # fmt: skip
    assert (code, out, err) == (0, "Action 1 raised in 'Mock survey'.\n", "")
    code, out, err = run(capsys, "action", "list", project, "--overdue")
    assert code == 0
    assert out.splitlines() == [
        "1 overdue corrective actions of 'Mock survey':",
        "     1  Monthly audits [C0.1 ME 2] — N. Karimova, due 2026-11-30 OVERDUE, planned",
        "        Measure: ≥ 90 % for 4 months",
    ]
    code, out, err = run(capsys, "action", "verify", project, 1, "--effective", "--by", "QC")
    assert (code, out) == (2, "")
    assert err == (
        "accredit: Only an action that is done can be verified; action 1 is 'Planned'.\n"
    )
    assert run(capsys, "action", "status", project, 1, "done")[:2] == (
        0,
        "Action 1 is now done.\n",
    )
    evidence = write_bytes(tmp_path / "audits.xlsx", 300)
    code, out, err = run(capsys, "action", "verify", project, 1, "--effective", "--by", "QC",
                         "--on", "2027-03-31", "--result", "91–95 %", "--file", evidence)  # fmt: skip
    assert (code, out, err) == (0, "Action 1 verified: verified effective.\n", "")
    code, out, _ = run(capsys, "action", "list", project)
    assert out.splitlines()[1:] == [
        "     1  Monthly audits [C0.1 ME 2] — N. Karimova, due 2026-11-30, verified effective",
        "        Measure: ≥ 90 % for 4 months",
        "        Verified 2027-03-31 by QC: 91–95 %",
    ]
    code, out, err = run(capsys, "action", "add", project, "--what", "Retrain", "--element",
                         "C0.1 ME 1", "--opened", "2026-12-01", "--due", "2026-11-01")  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        "accredit: An action cannot be due (2026-11-01) before it was opened (2026-12-01).\n"
    )


def test_plan_writes_the_improvement_plan_in_the_language_asked(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "tracer", "new", project, "--kind", "system", "--focus", "Infection control")
    run(capsys, "tracer", "finding", "add", project, 1, "--observed", "Hand hygiene 62 %",
        "--element", "C0.1 ME 2", "--compliance", "not_met")  # fmt: skip
    run(capsys, "tracer", "accept", project, 1)
    run(capsys, "action", "add", project, "--what", "Monthly audits", "--finding", 1,
        "--root-cause", "No induction", "--due", "2099-01-01")  # fmt: skip
    target = tmp_path / "plan.xlsx"
    code, out, err = run(capsys, "plan", project, target)
    assert (code, err) == (0, "")
    assert out == (
        f"Wrote {target} for 'Mock survey': 1 element not met or partially met, 1 action, "
        "0 overdue.\n"
    )
    rows = list(load_workbook(target)["Improvement plan"].iter_rows(values_only=True))
    assert rows[1][2:8] == ("C0.1 ME 2", "Element 2 of standard C0.1", "Not met",
                            "• Hand hygiene 62 %", "No induction", "Monthly audits")  # fmt: skip
    target_uz = tmp_path / "reja.xlsx"
    assert run(capsys, "plan", project, target_uz, "--language", "uz_Latn")[0] == 0
    assert load_workbook(target_uz).sheetnames == ["Takomillashtirish rejasi", "Bajarilish"]


def test_my_work_lists_one_persons_work_by_due_date_and_writes_a_calendar(
    project: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_project(project) as opened, opened.transaction() as session:
        ids = {
            code: element_id
            for code, element_id in session.execute(
                select(col(MeasurableElement.code), col(ElementAssessment.id)).join(
                    ElementAssessment, col(ElementAssessment.element_id) == MeasurableElement.id
                )
            )
        }
        update_elements(
            session,
            [
                ElementChange(ids["C0.1 ME 1"], {"owner": "Nodira", "due_date": date(2026, 1, 15)}),
                ElementChange(ids["C0.1 ME 2"], {"owner": " nodira ", "result": Result.FULLY_MET}),
                ElementChange(ids["C0.2 ME 1"], {"owner": "Aziz", "due_date": date(2026, 2, 1)}),
            ],
            user="ana",
        )
    run(capsys, "action", "add", project, "--what", "Retrain the night shift", "--element",
        "C0.2 ME 1", "--owner", "NODIRA", "--opened", "2026-01-01", "--due", "2099-03-01")  # fmt: skip
    target = tmp_path / "nodira.ics"
    code, out, err = run(capsys, "my-work", project, "--owner", "nodira", "--ics", target)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2 items for nodira, by due date:",
        "  2026-01-15 OVERDUE element: C0.1 ME 1 Element 1 of standard C0.1 (Mock survey)",
        "  2099-03-01 action: Retrain the night shift (Mock survey)",
        f"Wrote {target}: 2 due dates.",
    ]
    calendar = Calendar.from_ical(target.read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [(e.decoded("dtstart"), str(e["summary"])) for e in events] == [
        (date(2026, 1, 15), "Due: C0.1 ME 1 Element 1 of standard C0.1"),
        (date(2099, 3, 1), "Action due: Retrain the night shift"),
    ]
    assert str(events[1]["uid"]) == "action-1@accredit-tracker"
    code, out, _ = run(capsys, "my-work", project, "--owner", "Nobody")
    assert out == "Nothing is assigned to Nobody.\n"


def test_delete_a_tracer_with_its_findings_a_finding_and_an_action(
    project: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "tracer", "new", project, "--kind", "system", "--focus", "Medication management")
    for observed, element in (("Pens undated", "C0.1 ME 1"), ("Fridge log gaps", "C0.2 ME 1")):
        run(capsys, "tracer", "finding", "add", project, 1, "--observed", observed,
            "--element", element, "--compliance", "not_met")  # fmt: skip
    run(capsys, "tracer", "accept", project, 1)
    run(capsys, "action", "add", project, "--what", "Date every opened pen", "--finding", 1)
    run(capsys, "tracer", "new", project, "--kind", "document", "--focus", "Policies")
    run(capsys, "tracer", "finding", "add", project, 2, "--observed", "Policy out of date",
        "--element", "C1.1 ME 1", "--compliance", "partially_met")  # fmt: skip
    run(capsys, "action", "add", project, "--what", "Review the policy", "--finding", 3)
    before = _counts(project)

    code, out, err = run(capsys, "tracer", "delete", project, 1)
    assert (code, out) == (2, "")
    assert err == (
        "accredit: Tracer 1 has 2 findings, 1 of them accepted into the checklist; give "
        "--with-findings to delete them with it.\n"
    )
    assert _counts(project) == before

    code, out, err = run(capsys, "--user", "admin", "tracer", "delete", project, 1,
                         "--with-findings")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Tracer 1 (Medication management) deleted with its 2 findings.",
        "  The results accepted into the checklist stay there.",
        "  1 corrective action answering them stays, no longer tied to a finding.",
        "  Evidence files stay in the project.",
    ]
    assert _result_of(project, "C0.1 ME 1") == "not_met"

    code, out, err = run(capsys, "tracer", "finding", "delete", project, 3)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Finding 3 deleted: Policy out of date"
    code, out, err = run(capsys, "action", "delete", project, 2)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Action 2 deleted: Review the policy"
    code, out, err = run(capsys, "action", "delete", project, 2)
    assert (code, out, err) == (2, "", "accredit: Action 2 is gone; someone may have deleted it.\n")
    code, out, _err = run(capsys, "action", "list", project)
    assert "Date every opened pen" in out and "Review the policy" not in out
    with open_project(project) as opened, opened.session() as session:
        deleted = session.execute(
            select(col(AuditEvent.action), col(AuditEvent.entity_id))
            .where(col(AuditEvent.action).like("delete_%"))
            .order_by(col(AuditEvent.id))
        ).all()
    assert [tuple(row) for row in deleted] == [
        ("delete_finding", 1),
        ("delete_finding", 2),
        ("delete_tracer", 1),
        ("delete_finding", 3),
        ("delete_action", 2),
    ]
