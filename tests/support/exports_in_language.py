"""What every export holds when written in one of the shipped languages: sheet names and
headers in that language's words (from the shipped translations, not a test's own), and
scores, points and counts as numbers, never as text. Shared by the command-line and the
window tests, which write the same files through their own paths."""

from __future__ import annotations

import csv
import itertools
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from accredit_tracker.core.i18n import Translator, english
from accredit_tracker.core.translations import ts_translator
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.audit_trail import TRAIL_HEADERS
from accredit_tracker.interchange.report.columns import ELEMENT_HEADERS, RESULT_LABELS

SHIPPED_LANGUAGES = ("en", "ru", "uz_Latn")
REPORT_SHEETS = ("Summary", "Standards", "Elements", "Gaps", "Surveyor flags", "Evidence",
                 "Findings", "Actions", "Audit trail")  # fmt: skip
COMPARISON_SHEETS = ("Chapters", "Elements")
COMPARISON_HEADERS = ("Chapter", "Title", "Then", "Now", "Change")
CHAPTER_HEADERS = ("Chapter", "Title", "Elements", "Not assessed", "Score", "Threshold",
                   "Readiness")  # fmt: skip
POINTS_FORMAT = "0.0"
POINTS_CHANGE_FORMAT = "+0.0;-0.0;0.0"


class Words:
    """The shipped translation of one language, for the Report context unless told."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translate: Translator = english if language == "en" else ts_translator(language)

    def __call__(self, english_text: str, context: str = "Report") -> str:
        word = self.translate(context, english_text)
        if self.language != "en":
            # The check means something only where the shipped file really translates it.
            assert word != english_text, f"{english_text!r} is not translated to {self.language}"
        return word

    def all(self, english_texts: tuple[str, ...] | list[str]) -> list[str]:
        return [self(text) for text in english_texts]


def rows_of(sheet: Any) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows()]


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_report(path: Path, language: str, *, with_audit_trail: bool = True) -> None:
    """The audit report: every sheet and header in ``language``, results in its words, the
    Summary's scores and counts and the Elements sheet's points as numbers."""
    words = Words(language)
    book = load_workbook(path)
    sheets = REPORT_SHEETS if with_audit_trail else REPORT_SHEETS[:-1]
    assert book.sheetnames == words.all(sheets)

    elements = rows_of(book[words("Elements")])
    assert [cell.value for cell in elements[0]] == words.all((*ELEMENT_HEADERS, "Surveyor flags"))
    column = {header: n for n, header in enumerate(ELEMENT_HEADERS)}
    results = {words(label, "Result") for label in RESULT_LABELS.values()}
    assert {row[column["Result"]].value for row in elements[1:]} <= results
    points = [row[column["Points"]] for row in elements[1:] if row[column["Points"]].value]
    assert points, "no element has points"
    assert all(cell.data_type == "n" and is_number(cell.value) for cell in points)
    assert all(is_number(row[column["Version"]].value) for row in elements[1:])

    summary = rows_of(book[words("Summary")])
    facts = {row[0].value: row[1] for row in summary if len(row) > 1 and row[0].value}
    overall = facts[words("Overall score")]
    assert overall.data_type == "n" and is_number(overall.value), overall.value
    assert overall.number_format == POINTS_FORMAT
    counted = [facts[words(label, "Result")] for label in RESULT_LABELS.values()]
    assert all(is_number(cell.value) for cell in counted)
    assert facts[words("Total")].value == sum(cell.value for cell in counted)

    header = next(n for n, row in enumerate(summary) if row[0].value == words("Chapter"))
    assert [cell.value for cell in summary[header][:7]] == words.all(CHAPTER_HEADERS)
    # the chapter table runs to the first empty row; "About this report" comes after it
    chapters = list(itertools.takewhile(lambda row: row[0].value, summary[header + 1 :]))
    assert facts[words("About this report")].value.startswith(words(ABOUT).split("{rows}")[0])
    assert chapters
    scored = [row[4] for row in chapters if row[4].value is not None]
    assert scored, "no chapter has a score"
    for cell in scored:
        assert cell.data_type == "n" and is_number(cell.value), cell.value
        assert cell.number_format == POINTS_FORMAT
    assert all(is_number(row[n].value) for row in chapters for n in (2, 3, 5))

    if with_audit_trail:
        trail = rows_of(book[words("Audit trail")])
        assert isinstance(trail[1][0].value, datetime)


CSV_SEPARATORS = {"en": ",", "ru": ";", "uz_Latn": ";"}
"""The separator Excel expects in each language's regional settings, which the CSV files
follow unless told otherwise; a semicolon goes with a decimal comma."""


def check_elements_csv(path: Path, language: str) -> None:
    """The elements table as CSV: headers and results in ``language``, fields separated as
    Excel expects in it, points as plain numbers (a decimal comma after semicolons)."""
    words = Words(language)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=CSV_SEPARATORS[language]))
    assert rows[0] == words.all(ELEMENT_HEADERS)
    column = {header: n for n, header in enumerate(ELEMENT_HEADERS)}
    results = {words(label, "Result") for label in RESULT_LABELS.values()}
    assert {row[column["Result"]] for row in rows[1:]} <= results
    assert words(Result.FULLY_MET.label, "Result") in {row[column["Result"]] for row in rows}
    points = [row[column["Points"]] for row in rows[1:] if row[column["Points"]]]
    decimal = re.escape("," if CSV_SEPARATORS[language] == ";" else ".")
    assert points and all(re.fullmatch(rf"\d+({decimal}\d+)?", value) for value in points), points


def check_audit_trail_xlsx(path: Path, language: str) -> None:
    words = Words(language)
    book = load_workbook(path)
    assert book.sheetnames == [words("Audit trail")]
    rows = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert rows[0] == words.all(TRAIL_HEADERS)
    assert len(rows) > 1
    assert all(isinstance(row[0], datetime) for row in rows[1:])
    check_trail_sentences(rows[1:], words)


ABOUT = (
    "Made from an audit trail of {rows} changes whose hash chain ends in {hash}; Verify shows "
    "the project's chain head today."
)


def check_audit_trail_csv(path: Path, language: str) -> None:
    words = Words(language)
    with path.open(encoding="utf-8-sig", newline="") as file:
        *rows, [head] = csv.reader(file, delimiter=CSV_SEPARATORS[language])
    assert rows[0] == words.all(TRAIL_HEADERS)
    assert len(rows) > 1
    # the last line: the trail's hash chain head, in the language too
    english = "Audit trail of {rows} changes; hash chain head {hash}"
    assert head.startswith(words(english).split("{rows}")[0])
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row[0]) for row in rows[1:])
    check_trail_sentences(rows[1:], words)


def check_trail_sentences(rows: list[list[Any]], words: Words) -> None:
    """Each result set is told as a sentence in the language, as the history window tells it,
    and the data the project recorded closes each row as JSON."""
    column = {header: n for n, header in enumerate(TRAIL_HEADERS)}
    told = 0
    for row in rows:
        recorded = json.loads(row[column["Recorded data"]])
        if recorded["action"] != "update_element" or recorded["field"] != "result":
            continue
        old, new = (Result(recorded[side]).label for side in ("old", "new"))
        sentence = words("{field} of {element} set to {new} (was {old}).", "AuditSentence")
        assert row[column["Change"]] == sentence.format(
            field=words("Result", "Field"),
            element=row[column["Measurable element"]],
            new=words(new, "Result"),
            old=words(old, "Result"),
        )
        told += 1
    assert told


def check_comparison(path: Path, language: str) -> None:
    """The comparison: sheets and headers in ``language``, each chapter's scores then and
    now and the change as numbers in the formats that show them as the app does."""
    words = Words(language)
    book = load_workbook(path)
    assert book.sheetnames == words.all(COMPARISON_SHEETS)
    chapters = rows_of(book[words("Chapters")])
    assert [cell.value for cell in chapters[0]] == words.all(COMPARISON_HEADERS)
    assert chapters[-1][0].value == words("Overall")
    compared = [row for row in chapters[1:] if is_number(row[4].value)]
    assert compared, "no chapter has a change of score"
    for row in compared:
        then, now, change = row[2:5]
        assert all(cell.data_type == "n" for cell in (then, now, change))
        assert (then.number_format, now.number_format) == (POINTS_FORMAT, POINTS_FORMAT)
        assert change.number_format == POINTS_CHANGE_FORMAT
    elements = [list(row) for row in book[words("Elements")].iter_rows(values_only=True)]
    assert elements[0][:3] == words.all(("Chapter", "Standard", "Code"))
    changes = {words(label, "ElementChange") for label in ("Improved", "Unchanged")}
    assert changes <= {row[6] for row in elements[1:]}
