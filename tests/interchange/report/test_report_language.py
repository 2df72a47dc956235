"""The exports in another language, and the round-trip import of a report written in any.

The words are the shipped translations (resources/translations/*.ts), as the command line and
the import read them; the few tests of how a translation is used (a sheet name Excel refuses,
an unfinished entry, apostrophe look-alikes) install small translations of their own.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook

from accredit_tracker.core import translations
from accredit_tracker.core.i18n import language
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.interchange.reading.problems import SpreadsheetError
from accredit_tracker.interchange.report.audit_trail import TRAIL_HEADERS, write_audit_trail
from accredit_tracker.interchange.report.columns import (
    ACTION_WORDS,
    ELEMENT_HEADERS,
    RESULT_LABELS,
    SHEET_NAME_LIMIT,
    STATUS_LABELS,
    safe_sheet_name,
)
from accredit_tracker.interchange.report.comparison import write_comparison
from accredit_tracker.interchange.report.workbook import write_elements_csv, write_report
from accredit_tracker.interchange.results import spellings as result_spellings
from accredit_tracker.interchange.results.importer import plan_results_import
from accredit_tracker.interchange.results.spellings import results, statuses
from comparison_survey import two_surveys
from report_survey import TODAY, Survey, filled_survey
from trail_history import known_history

RU = ts_translator("ru")
UZ = ts_translator("uz_Latn")
REPORT_SHEETS = ("Summary", "Standards", "Elements", "Gaps", "Surveyor flags", "Evidence",
                 "Findings", "Actions", "Audit trail")  # fmt: skip

CRAFTED_RUSSIAN = {
    "Report": {"Elements": "Элементы", "Result": "Результат", "Status": "Статус"},
    "Result": {"Not met": "Не выполнено", "Fully met": "Выполнено полностью"},
    "WorkStatus": {"Done": "Готово"},
}
CRAFTED_UZBEK = {
    "Report": {"Elements": "Elementlar", "Result": "Natija", "Code": "Kod"},
    "Result": {"Not met": "Bajarilmagan", "Fully met": "Toʻliq bajarilgan"},
    "WorkStatus": {"Done": "Bajarildi"},
}
"""Translations made for the tests of how translations are used, with words the shipped ones
do not have (an Uzbek result holding an apostrophe)."""


def ru(context: str, english: str) -> str:
    """``english`` in the shipped Russian translation, which must have it."""
    word = RU(context, english)
    assert word != english, f"the Russian translation lacks {english!r}"
    return word


def uz(context: str, english: str) -> str:
    """``english`` in the shipped Uzbek translation, which must have it."""
    word = UZ(context, english)
    assert word != english, f"the Uzbek translation lacks {english!r}"
    return word


def ts_source(language_code: str, words: dict[str, dict[str, str]]) -> str:
    """A Qt Linguist source holding ``words`` (context → English → translation), with one
    unfinished entry that must not count."""
    contexts = []
    for context, messages in words.items():
        entries = "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items()
        )
        contexts.append(f"<context><name>{context}</name>{entries}</context>")
    unfinished = (
        "<context><name>Report</name><message><source>Notes</source>"
        '<translation type="unfinished">UNFINISHED</translation></message></context>'
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language_code}">{"".join(contexts)}{unfinished}</TS>\n'
    )


@pytest.fixture
def own_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """English, Russian and Uzbek translations made for the test, in a folder of their own,
    the app's translations read from there (and its lookups made anew) while it runs."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "accredit_tracker_en.ts").write_text(ts_source("en", {}), encoding="utf-8")
    (folder / "accredit_tracker_ru.ts").write_text(
        ts_source("ru_RU", CRAFTED_RUSSIAN), encoding="utf-8"
    )
    (folder / "accredit_tracker_uz_Latn.ts").write_text(
        ts_source("uz_Latn", CRAFTED_UZBEK), encoding="utf-8"
    )
    monkeypatch.setattr(translations, "translations_folder", lambda: folder)
    translations._table.cache_clear()
    result_spellings.forget_translations()
    yield folder
    translations._table.cache_clear()
    result_spellings.forget_translations()


@pytest.fixture
def survey(project_target: Path | str, tmp_path: Path) -> Iterator[Survey]:
    with filled_survey(project_target, tmp_path / "files") as found:
        yield found


def export(survey: Survey, name: str, language_code: str | None = None, **options: Any) -> Path:
    target = survey.folder.parent / name
    if language_code is None:
        write_report(survey.project, survey.assessment_id, target, today=TODAY, **options)
    else:
        with language(ts_translator(language_code)):
            write_report(survey.project, survey.assessment_id, target, today=TODAY, **options)
    return target


# Writing


def test_a_report_in_russian_has_russian_sheets_headers_and_words(survey: Survey) -> None:
    path = export(survey, "отчёт.xlsx", "ru", include_audit_trail=True)
    book = load_workbook(path)
    assert book.sheetnames == [ru("Report", name) for name in REPORT_SHEETS]
    assert book.sheetnames[:3] == ["Сводка", "Стандарты", "Элементы"]

    sheet = book[ru("Report", "Elements")]
    elements = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert elements[0] == [ru("Report", header) for header in (*ELEMENT_HEADERS, "Surveyor flags")]
    assert elements[0][:3] == ["Глава", "Стандарт", "Код"]
    rows = {row[2]: row for row in elements[1:]}
    assert rows["C0.1 ME 1"][4:7] == [ru("Result", "Fully met"), 10, ru("WorkStatus", "Done")]
    assert rows["C0.2 ME 1"][4] == ru("Result", "Not met")
    assert rows["C1.1 ME 1"][4] == ru("Result", "Not assessed")
    assert rows["C1.1 ME 1"][6] == ru("WorkStatus", "To do")

    table = sheet.tables["Elements"]  # the table's name is an identifier
    assert [column.name for column in table.tableColumns] == elements[0]
    lists = {str(v.sqref)[0]: v for v in sheet.data_validations.dataValidation}
    results = [ru("Result", label) for label in RESULT_LABELS.values()]
    assert lists["E"].formula1 == '"' + ",".join(results) + '"'
    assert lists["E"].errorTitle == ru("Report", "Not a result")
    choose = ru("Report", "Choose one of: {words}.")
    assert lists["E"].error == choose.format(words=", ".join(results))
    statuses = [ru("WorkStatus", label) for label in STATUS_LABELS.values()]
    assert lists["G"].formula1 == '"' + ",".join(statuses) + '"'
    rules = sheet.conditional_formatting
    formulas = {f for rule_range in rules for rule in rule_range.rules for f in rule.formula}
    assert f'"{ru("Result", "Fully met")}"' in formulas
    assert sheet.oddFooter.center.text == ru("Report", "Page &P of &N")

    gaps = [list(row) for row in book[ru("Report", "Gaps")].iter_rows(values_only=True)]
    assert gaps[0][9] == ru("Report", "Overdue")
    assert ru("Report", "Yes") in [row[9] for row in gaps[1:]]

    summary = [list(row) for row in book[ru("Report", "Summary")].iter_rows(values_only=True)]
    assert summary[0][0] == ru("Report", "Accreditation readiness report")
    facts = {row[0]: row[1] for row in summary if row and row[0]}
    assert facts[ru("Report", "Facility")] == survey.facility
    assert facts[ru("Report", "Total")] == 12
    assert facts[ru("Report", "Overall score")] == 4.1  # a number, whatever the language
    assert [ru("Result", "Fully met"), 1] in [row[:2] for row in summary]
    chapter = next(row for row in summary if row[0] == "C0")
    assert chapter[4:6] == [4.1, 8]

    trail = [list(row) for row in book[ru("Report", "Audit trail")].iter_rows(values_only=True)]
    assert trail[0][:3] == [ru("Report", "When"), ru("Report", "Who"), ru("Report", "Action")]
    changes = [row for row in trail[1:] if row[2] == ru("Report", "Update element")]
    assert changes
    results_set = [row[6] for row in changes if row[4] == ru("Field", "Result")]
    assert ru("Result", "Fully met") in results_set

    title = ru("Report", "Accreditation report: {assessment}")
    assert book.properties.title == title.format(assessment="Mock survey")
    custom = {prop.name for prop in book.custom_doc_props.props}
    assert custom == {"accredit_assessment_id", "accredit_exported_at"}


def test_the_chart_titles_follow_the_language(survey: Survey) -> None:
    path = export(survey, "отчёт.xlsx", "ru")
    with zipfile.ZipFile(path) as package:
        chart = next(name for name in package.namelist() if name.startswith("xl/charts/chart"))
        text = package.read(chart).decode()
    assert ru("Report", "Chapter scores") in text
    assert ru("Report", "Chapter") in text


def test_english_stays_the_default(survey: Survey) -> None:
    book = load_workbook(export(survey, "report.xlsx"))
    assert book.sheetnames == list(REPORT_SHEETS[:-1])
    elements = [list(row) for row in book["Elements"].iter_rows(values_only=True)]
    assert tuple(elements[0]) == (*ELEMENT_HEADERS, "Surveyor flags")
    assert {row[2]: row[4] for row in elements[1:]}["C0.1 ME 1"] == "Fully met"
    assert book["Elements"].oddFooter.center.text == "Page &P of &N"


def test_a_language_is_kept_to_the_block_that_asks_for_it(survey: Survey) -> None:
    export(survey, "отчёт.xlsx", "ru")
    assert load_workbook(export(survey, "report.xlsx")).sheetnames[2] == "Elements"


def test_a_sheet_name_excel_refuses_is_made_safe(survey: Survey, own_languages: Path) -> None:
    odd = {"Report": {"Gaps": "Kamchiliklar: [roʻyxat] / harakat rejasi? * juda uzun nom",
                      "Evidence": "'Dalillar'", "Summary": "Elements"}}  # fmt: skip
    (own_languages / "accredit_tracker_uz_Latn.ts").write_text(ts_source("uz_Latn", odd), "utf-8")
    translations._table.cache_clear()
    names = load_workbook(export(survey, "hisobot.xlsx", "uz_Latn")).sheetnames
    assert names[3] == "Kamchiliklar roʻyxat harakat re"
    assert len(names[3]) == SHEET_NAME_LIMIT
    assert names[5] == "Dalillar"
    # "Summary" translated as the English name of another sheet: that sheet, which comes
    # later, cannot have its own name either, so it is numbered.
    assert [names[0], names[2]] == ["Elements", "Elements 2"]


@pytest.mark.parametrize(
    ("name", "safe"),
    [("Элементы", "Элементы"), ("a:b/c\\d?e*f[g]h", "abcdefgh"), ("'x'", "x"),
     ("x" * 40, "x" * 31), ("History", ""), ("[]", "")],
)  # fmt: skip
def test_safe_sheet_names(name: str, safe: str) -> None:
    assert safe_sheet_name(name) == safe


def test_the_csv_in_russian_has_russian_headers_and_words(survey: Survey) -> None:
    target = survey.folder.parent / "элементы.csv"
    with language(RU):
        write_elements_csv(survey.project, survey.assessment_id, target)
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [ru("Report", header) for header in ELEMENT_HEADERS]
    by_code = {row[2]: row for row in rows[1:]}
    assert by_code["C0.1 ME 1"][4:7] == [ru("Result", "Fully met"), "10", ru("WorkStatus", "Done")]


def test_the_audit_trail_export_in_russian(project_target: Path | str, tmp_path: Path) -> None:
    with known_history(project_target, tmp_path) as history:
        csv_path, xlsx_path = tmp_path / "журнал.csv", tmp_path / "журнал.xlsx"
        with language(RU):
            write_audit_trail(history.project, csv_path)
            write_audit_trail(history.project, xlsx_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        header = next(csv.reader(file))
    assert header == [ru("Report", h) for h in TRAIL_HEADERS]
    book = load_workbook(xlsx_path)
    assert book.sheetnames == [ru("Report", "Audit trail")]
    rows = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert rows[0] == header
    kinds = {row[5] for row in rows[1:]}
    assert ru("ChangeKind", "Result") in kinds


def test_the_comparison_export_in_russian(project_target: Path | str, tmp_path: Path) -> None:
    with two_surveys(project_target) as surveys:
        target = tmp_path / "сравнение.xlsx"
        with language(RU):
            write_comparison(surveys.project, surveys.mock_id, surveys.official_id, target)
    book = load_workbook(target)
    assert book.sheetnames == [ru("Report", "Chapters"), ru("Report", "Elements")]
    chapters = [list(row) for row in book[ru("Report", "Chapters")].iter_rows(values_only=True)]
    headers = ("Chapter", "Title", "Then", "Now", "Change")
    assert chapters[0] == [ru("Report", header) for header in headers]
    # Scores are numbers (6.6 is shown "6,6" by a Russian Excel, not written so).
    assert chapters[1] == ["C0", "Chapter 0", 6.6, 8.3, 1.7]
    assert chapters[-1] == [ru("Report", "Overall"), None, 6.6, 6.2, -0.4]
    sheet = book[ru("Report", "Elements")]
    elements = {row[2]: row for row in sheet.iter_rows(values_only=True)}
    assert elements["C0.1 ME 1"][4:] == (
        ru("Result", "Not met"), ru("Result", "Fully met"), ru("ElementChange", "Improved")
    )  # fmt: skip
    assert elements["C0.2 ME 1"][6] == ru("ElementChange", "Unchanged")


# Reading back


def set_cell(path: Path, sheet: str, code: str, header: str, value: str) -> None:
    """Change one cell of the element's row, as an officer would in Excel."""
    book = load_workbook(path)
    rows = list(book[sheet].iter_rows())
    headers = [cell.value for cell in rows[0]]
    row = next(r for r in rows[1:] if r[2].value == code)  # Code is the third column
    row[headers.index(header)].value = value
    book.save(path)


def planned(plan: Any) -> list[tuple[str, str, Any, Any]]:
    return [(c.code, c.field, c.old, c.new) for c in plan.changes]


def test_a_report_in_russian_is_read_back_as_the_english_one_is(survey: Survey) -> None:
    english = export(survey, "report.xlsx")
    russian = export(survey, "отчёт.xlsx", "ru")
    elements, result, status = (
        ru("Report", "Elements"),
        ru("Report", "Result"),
        ru("Report", "Status"),
    )
    set_cell(english, "Elements", "C0.1 ME 2", "Result", "Not met")
    set_cell(russian, elements, "C0.1 ME 2", result, ru("Result", "Not met"))
    set_cell(russian, elements, "C0.2 ME 1", status, ru("WorkStatus", "In progress"))
    plans = [
        plan_results_import(survey.project, survey.assessment_id, p) for p in (english, russian)
    ]
    assert planned(plans[0]) == [("C0.1 ME 2", "result", Result.PARTIALLY_MET, Result.NOT_MET)]
    assert planned(plans[1]) == [
        ("C0.1 ME 2", "result", Result.PARTIALLY_MET, Result.NOT_MET),
        ("C0.2 ME 1", "work_status", WorkStatus.TO_DO, WorkStatus.IN_PROGRESS),
    ]
    assert plans[1].sheet == elements
    assert plans[1].problems == plans[0].problems == []
    assert plans[1].counts.rows == plans[0].counts.rows == 12
    assert plans[1].exported_at is not None


def test_an_unchanged_report_in_russian_plans_nothing(survey: Survey) -> None:
    plan = plan_results_import(
        survey.project, survey.assessment_id, export(survey, "отчёт.xlsx", "ru")
    )
    assert (plan.changes, plan.problems, plan.conflicts, plan.unmatched) == ([], [], [], [])
    assert plan.counts.unchanged == 12


def test_a_result_in_uzbek_is_understood_in_an_english_report(survey: Survey) -> None:
    path = export(survey, "report.xlsx")
    set_cell(path, "Elements", "C0.1 ME 2", "Result", uz("Result", "Not met").lower())
    set_cell(path, "Elements", "C0.2 ME 1", "Result", uz("Result", "Fully met").upper())
    set_cell(path, "Elements", "C0.2 ME 1", "Status", f"  {uz('WorkStatus', 'Done')} ")
    plan = plan_results_import(survey.project, survey.assessment_id, path)
    assert planned(plan) == [
        ("C0.1 ME 2", "result", Result.PARTIALLY_MET, Result.NOT_MET),
        ("C0.2 ME 1", "result", Result.NOT_MET, Result.FULLY_MET),
        ("C0.2 ME 1", "work_status", WorkStatus.TO_DO, WorkStatus.DONE),
    ]


def test_an_uzbek_word_is_understood_with_any_apostrophe(
    survey: Survey, own_languages: Path
) -> None:
    path = export(survey, "report.xlsx")
    set_cell(path, "Elements", "C0.2 ME 1", "Result", "Toʼliq bajarilgan")  # ʼ, not ʻ
    set_cell(path, "Elements", "C0.3 ME 1", "Result", "To'liq bajarilgan")
    plan = plan_results_import(survey.project, survey.assessment_id, path)
    assert planned(plan) == [
        ("C0.2 ME 1", "result", Result.NOT_MET, Result.FULLY_MET),
        ("C0.3 ME 1", "result", Result.PARTIALLY_MET, Result.FULLY_MET),
    ]


def test_a_report_in_uzbek_is_found_by_its_sheet_and_headers(survey: Survey) -> None:
    path = export(survey, "hisobot.xlsx", "uz_Latn")
    elements = uz("Report", "Elements")
    assert load_workbook(path).sheetnames[2] == elements
    set_cell(path, elements, "C0.1 ME 2", uz("Report", "Result"), "Not met")
    plan = plan_results_import(survey.project, survey.assessment_id, path)
    assert planned(plan) == [("C0.1 ME 2", "result", Result.PARTIALLY_MET, Result.NOT_MET)]


def test_stored_values_and_english_words_are_still_read(survey: Survey) -> None:
    path = export(survey, "отчёт.xlsx", "ru")
    elements, result = ru("Report", "Elements"), ru("Report", "Result")
    set_cell(path, elements, "C0.1 ME 2", result, "not_met")
    set_cell(path, elements, "C0.2 ME 1", result, " FULLY met ")
    plan = plan_results_import(survey.project, survey.assessment_id, path)
    assert [change.new for change in plan.changes] == [Result.NOT_MET, Result.FULLY_MET]


def test_an_unfinished_translation_is_not_read(survey: Survey, own_languages: Path) -> None:
    assert results().read("UNFINISHED") is None
    assert statuses().read("готово") is WorkStatus.DONE


def test_a_word_nobody_uses_is_a_problem_listing_the_words_in_the_current_language(
    survey: Survey,
) -> None:
    path = export(survey, "report.xlsx")
    set_cell(path, "Elements", "C0.1 ME 2", "Result", "Maybe")
    plan = plan_results_import(survey.project, survey.assessment_id, path)
    assert "'Not assessed', 'Fully met', 'Partially met', 'Not met' or 'Not applicable'" in str(
        plan.problems[0]
    )
    with language(RU):
        plan = plan_results_import(survey.project, survey.assessment_id, path)
        message = str(plan.problems[0])
    *first, last = [f"'{ru('Result', label)}'" for label in RESULT_LABELS.values()]
    listed = ru("Report", "{words} or {last}").format(words=", ".join(first), last=last)
    assert listed in message


def test_a_workbook_without_an_elements_sheet_in_any_language_is_refused(
    survey: Survey, tmp_path: Path
) -> None:
    path = export(survey, "отчёт.xlsx", "ru")
    book = load_workbook(path)
    book[ru("Report", "Elements")].title = "Something else"
    book.save(path)
    with pytest.raises(SpreadsheetError, match="no sheet named 'Elements'"):
        plan_results_import(survey.project, survey.assessment_id, path)


def test_the_english_words_are_the_labels_the_app_shows() -> None:
    assert {result: result.label for result in Result} == RESULT_LABELS
    assert set(STATUS_LABELS) == set(WorkStatus)
    assert all(
        word == action.replace("_", " ").capitalize() for action, word in ACTION_WORDS.items()
    )
