"""The coverage of one library by another through a mapping, written to an Excel workbook: a
Coverage sheet (each target element, the source elements bearing on it, how they relate and
their results in the chosen assessment), then the elements unmapped in the target library and
in the source library, one sheet each.

Words are written in the current language; text from people and imported files is never
taken for a formula; the file replaces the target only once it is complete."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from accredit_tracker.core.crosswalk.coverage import Coverage, coverage
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.interchange.report.columns import (
    REPORT,
    RESULT,
    SHEET_NAME_LIMIT,
    Column,
    safe_sheet_name,
    sheet_name,
)
from accredit_tracker.interchange.report.sheets import RowProgress, TableSheet, add_report_styles
from accredit_tracker.interchange.report.snapshot import snapshot_session
from accredit_tracker.interchange.report.target_file import check_target, written_workbook

XLSX_SUFFIX: Final = ".xlsx"
COVERAGE_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Coverage")
UNMAPPED_SHEET: Final = QT_TRANSLATE_NOOP("Report", "Unmapped in {library}")
"""The title of the sheets of unmapped elements, one per library."""
WRITING: Final = QT_TRANSLATE_NOOP("progress", "Writing the coverage")
SAVING: Final = QT_TRANSLATE_NOOP("progress", "Saving the coverage")

COVERAGE_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Target code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Target element"), 50, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Source codes"), 18, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Relationships"), 14, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Source results"), 16, wraps=True),
    Column(QT_TRANSLATE_NOOP("Report", "Worst result"), 15),
    Column(QT_TRANSLATE_NOOP("Report", "Best result"), 15),
)
"""One row per target element; the three source columns hold one line per bearing source
element, line for line."""
UNMAPPED_TARGET_COLUMNS: Final = (
    Column(QT_TRANSLATE_NOOP("Report", "Code"), 16),
    Column(QT_TRANSLATE_NOOP("Report", "Measurable element"), 70, wraps=True),
)
UNMAPPED_SOURCE_COLUMNS: Final = (
    *UNMAPPED_TARGET_COLUMNS,
    Column(QT_TRANSLATE_NOOP("Report", "Result"), 15),
)


def write_coverage_report(
    project: Project,
    mapping_set_id: int,
    source_assessment_id: int | None,
    target: Path,
    *,
    monitor: TaskMonitor | None = None,
) -> Coverage:
    """Write the mapping's coverage, with the results of ``source_assessment_id`` (an
    assessment of the mapping's source library, or None for none), to ``target`` (.xlsx);
    returns what was written. ``ReportError`` says why a file cannot be written; a failure
    or a cancel leaves an existing ``target`` as it was."""
    target = Path(target)
    monitor = monitor or quiet()
    check_target(target, XLSX_SUFFIX)
    with snapshot_session(project) as session:
        found = coverage(session, mapping_set_id, source_assessment_id)
    unmapped_targets = found.unmapped_targets
    progress = RowProgress(
        monitor, WRITING, len(found.targets) + len(unmapped_targets) + len(found.unmapped_sources)
    )
    heading = translate("Report", "{mapping}: {source} → {target}").format(
        mapping=found.mapping_name, source=found.source_library, target=found.target_library
    )
    if found.assessment_name:
        heading += " — " + found.assessment_name
    result_words = {result: translate(RESULT, result.label) for result in Result}
    relationship_words: dict[str, str] = {}

    def result_word(result: Result | None) -> str:
        return "" if result is None else result_words[result]

    with written_workbook(target, monitor, SAVING) as workbook:
        add_report_styles(workbook)
        sheet = TableSheet(workbook, COVERAGE_SHEET, "Coverage", COVERAGE_COLUMNS, heading)
        for element in found.targets:
            kinds = []
            for bearing in element.bearing:
                word = relationship_words.get(bearing.relationship)
                if word is None:
                    word = translate("Relationship", bearing.relationship.label)
                    relationship_words[bearing.relationship] = word
                kinds.append(word)
            sheet.append(
                [
                    element.code,
                    element.text,
                    "\n".join(b.code for b in element.bearing),
                    "\n".join(kinds),
                    "\n".join(result_word(b.result) for b in element.bearing),
                    result_word(element.worst),
                    result_word(element.best),
                ]
            )
            progress.row()
        sheet.finish()
        target_title, source_title = _unmapped_titles(found)
        sheet = TableSheet(
            workbook,
            target_title,
            "UnmappedInTarget",
            UNMAPPED_TARGET_COLUMNS,
            heading,
        )
        for element in unmapped_targets:
            sheet.append([element.code, element.text])
            progress.row()
        sheet.finish()
        sheet = TableSheet(
            workbook,
            source_title,
            "UnmappedInSource",
            UNMAPPED_SOURCE_COLUMNS,
            heading,
        )
        for source in found.unmapped_sources:
            sheet.append([source.code, source.text, result_word(source.result)])
            progress.row()
        sheet.finish()
    return found


def _unmapped_titles(found: Coverage) -> tuple[str, str]:
    """The titles of the two sheets of unmapped elements, "Unmapped in <library>" made safe
    for Excel (at most 31 characters, without the signs it refuses) and different from each
    other and from the Coverage sheet's, whatever the libraries are named."""
    words = translate(REPORT, UNMAPPED_SHEET)
    taken = {sheet_name(COVERAGE_SHEET).casefold(), COVERAGE_SHEET.casefold()}
    titles: list[str] = []
    for library, fallback in ((found.target_library, "2"), (found.source_library, "1")):
        title = safe_sheet_name(words.format(library=library))
        if not title or title.casefold() in taken:
            title = safe_sheet_name(f"{title[: SHEET_NAME_LIMIT - 2]} {fallback}")
        taken.add(title.casefold())
        titles.append(title)
    return titles[0], titles[1]
