"""Import an assessment's Elements sheet filled in offline: preview what it changes, then apply it.

Only the Elements sheet is read; the Gaps sheet is locked in the export, and a Gaps cell that
was edited anyway is warned about (``gaps_check``), never taken back.

:func:`plan_results_import` reads the file and compares it with the project without writing
anything; the plan lists every change (old → new), conflict, unmatched row, problem and warning.
:func:`apply_results_import` stores the plan's changes through the core service
:func:`~accredit_tracker.core.assessment.assessments.update_elements`, in one transaction
with their audit rows. If any element it would change was changed in the project after the
preview, it refuses the whole import (:class:`ResultsImportConflict`) rather than apply part of
what the officer saw: previewing again shows those elements as conflicts.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from accredit_tracker.core.assessment.assessments import (
    AssessmentError,
    AssessmentLocked,
    EditConflict,
    ElementChange,
    update_elements,
)
from accredit_tracker.core.assessment.element_states import ElementState, element_states
from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
from accredit_tracker.core.storage.models import Assessment
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.spreadsheet_file import Spreadsheet, open_spreadsheet
from accredit_tracker.interchange.reading.workbook_properties import custom_properties
from accredit_tracker.interchange.report.columns import ASSESSMENT_ID_PROPERTY, EXPORTED_AT_PROPERTY
from accredit_tracker.interchange.results.comparison import SheetComparison
from accredit_tracker.interchange.results.gaps_check import gaps_sheet
from accredit_tracker.interchange.results.plan import (
    AppliedReport,
    Conflict,
    CutCell,
    FieldChange,
    ImportCounts,
    ResultsImportConflict,
    ResultsImportPlan,
    UnmatchedRow,
)
from accredit_tracker.interchange.results.sheet import ElementsSheet, elements_sheet, whole_number

__all__ = [
    "AppliedReport",
    "Conflict",
    "CutCell",
    "FieldChange",
    "ImportCounts",
    "ResultsImportConflict",
    "ResultsImportPlan",
    "UnmatchedRow",
    "apply_results_import",
    "exported_from",
    "plan_results_import",
]

_PROGRESS_ROWS = 5000
_READING = QT_TRANSLATE_NOOP("progress", "Reading the file")
_COMPARING = QT_TRANSLATE_NOOP("progress", "Comparing with the project")


def plan_results_import(
    project: Project, assessment_id: int, path: Path, monitor: TaskMonitor | None = None
) -> ResultsImportPlan:
    """Read an exported Elements sheet and compare it with the assessment; nothing is written.

    Raises :class:`AssessmentError` when the assessment does not exist or is locked, and
    :class:`SpreadsheetError` when the file cannot be imported at all: not a spreadsheet, no
    Elements sheet, no header row with Code and Result, no element rows, or exported from
    another assessment. Problems of single rows are listed in the plan instead.
    """
    with paused_garbage_collection():
        return _plan(project, assessment_id, Path(path), monitor or quiet())


def _plan(
    project: Project, assessment_id: int, path: Path, monitor: TaskMonitor
) -> ResultsImportPlan:
    with project.session() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            message = translate("Assessments", "There is no assessment with id {id}.")
            raise AssessmentError(message.format(id=assessment_id))
        if assessment.locked:
            raise AssessmentLocked(assessment.name)
        name = assessment.name
    monitor.report(_READING, 0, 0)
    # The project is read on a worker thread while python-calamine, which lets go of the GIL,
    # reads the file: at 100,000 elements that hides nearly all of the project's side.
    with ThreadPoolExecutor(max_workers=1) as pool:
        stored = pool.submit(_states, project, assessment_id)
        with open_spreadsheet(path) as book:
            try:
                exported_at, origin_warnings = _check_origin(project, book, assessment_id, name)
                sheet = ElementsSheet(path.name, elements_sheet(book))
                gaps = gaps_sheet(book)
                monitor.report(_COMPARING, 0, 0)
                states = stored.result()
                watched = gaps.codes if gaps is not None else None
                comparison = SheetComparison(sheet, states, watched)
                for count, row in enumerate(sheet.rows(), 1):
                    comparison.add(row)
                    if count % _PROGRESS_ROWS == 0:
                        monitor.report(_COMPARING, count, 0)
                gaps_warnings = (
                    [] if gaps is None else gaps.warnings(states, comparison.values, sheet.name)
                )
            except SpreadsheetError as error:
                # What was noticed on the way (a renamed file, merged cells) often explains it.
                raise SpreadsheetError([*book.warnings, *error.problems]) from None
            file_warnings = [*book.warnings, *origin_warnings]
    if not comparison.rows:
        message = translate(
            "ResultsImport", "The sheet has no element rows below its header row (row {row})."
        ).format(row=sheet.header_row)
        raise SpreadsheetError([Problem(path.name, message, sheet=sheet.name)])
    if "version" not in sheet.columns:
        message = translate(
            "ResultsImport",
            "The sheet has no {version} column, so changes made in the app since the export "
            "cannot be detected; its values are imported as they are.",
        ).format(version=translate("Report", "Version"))
        file_warnings.append(Problem(path.name, message, sheet=sheet.name, row=sheet.header_row))
    counts = ImportCounts(
        rows=comparison.rows,
        matched=comparison.matched,
        unchanged=comparison.unchanged,
        changed_elements=len(comparison.versions),
        changes=len(comparison.changes),
        conflicts=len(comparison.conflicts),
        unmatched=len(comparison.unmatched),
        problems=sheet.problems.count,
        warnings=len(file_warnings) + comparison.warnings.count + len(gaps_warnings),
        cut=len(comparison.cut),
    )
    return ResultsImportPlan(
        assessment_id=assessment_id,
        assessment_name=name,
        path=path,
        sheet=sheet.name,
        header_row=sheet.header_row,
        exported_at=exported_at,
        changes=comparison.changes,
        conflicts=comparison.conflicts,
        unmatched=comparison.unmatched,
        problems=sheet.problems.listed(),
        warnings=[*file_warnings, *comparison.warnings.listed(), *gaps_warnings],
        counts=counts,
        versions=comparison.versions,
        cut=comparison.cut,
    )


def apply_results_import(project: Project, plan: ResultsImportPlan, *, user: str) -> AppliedReport:
    """Store the plan's changes, all in one transaction with one audit row per changed field.

    All or nothing: if any element the plan changes was changed in the project after the
    preview, nothing is stored and :class:`ResultsImportConflict` lists them; a locked
    assessment raises :class:`AssessmentError`. The plan's ``before_by_element()``, applied
    through ``update_elements`` with the report's ``versions`` as the expected versions, undoes
    the import in one step (and refuses to if someone changed those elements since).
    """
    with paused_garbage_collection():
        after = plan.values_by_element()
    if after:
        try:
            with paused_garbage_collection(), project.transaction() as session:
                changes = [
                    ElementChange(element_id, values, expected_version=plan.versions[element_id])
                    for element_id, values in after.items()
                ]
                update_elements(session, changes, user=user, details=f"imported from {plan.file}")
        except EditConflict as error:
            stale = _changed_since_preview(project, plan)
            if not stale:
                raise
            raise ResultsImportConflict(_stale_message(stale), stale) from error
    return AppliedReport(
        assessment_id=plan.assessment_id,
        file=plan.file,
        elements=len(after),
        changes=len(plan.changes),
        versions={element_id: plan.versions[element_id] + 1 for element_id in after},
    )


def exported_from(path: Path) -> int | None:
    """The id of the assessment the workbook says it was exported from; None when it does not
    say (LibreOffice may drop the property). :class:`SpreadsheetError` when it cannot be
    opened as a spreadsheet."""
    with open_spreadsheet(Path(path)) as book:
        text = custom_properties(book.path, book.kind).get(ASSESSMENT_ID_PROPERTY)
    return whole_number(text) if text else None


def _states(project: Project, assessment_id: int) -> list[ElementState]:
    with project.session() as session:
        return element_states(session, assessment_id)


def _check_origin(
    project: Project, book: Spreadsheet, assessment_id: int, name: str
) -> tuple[datetime | None, list[Problem]]:
    """When the file was exported, as it says; refused when it says it is of another
    assessment. Warns when it does not say (LibreOffice may drop the properties)."""
    file = book.path.name
    properties = custom_properties(book.path, book.kind)
    exported_at = _moment(properties.get(EXPORTED_AT_PROPERTY, ""))
    text = properties.get(ASSESSMENT_ID_PROPERTY)
    origin = whole_number(text) if text else None
    if origin is None:
        if text:
            message = translate(
                "ResultsImport",
                "The file does not say which assessment it was exported from ('{text}' cannot "
                "be read); its rows are matched by code to the elements of '{name}'.",
            )
        else:
            message = translate(
                "ResultsImport",
                "The file does not say which assessment it was exported from; its rows are "
                "matched by code to the elements of '{name}'.",
            )
        return exported_at, [Problem(file, message.format(text=text, name=name))]
    if origin != assessment_id:
        with project.session() as session:
            other = session.get(Assessment, origin)
        if other is not None:
            message = translate(
                "ResultsImport",
                "The file was exported from assessment '{other}', not from '{name}'; choose "
                "that assessment to import it, or export '{name}' again.",
            )
        else:
            message = translate(
                "ResultsImport",
                "The file was exported from an assessment that is not in this project (id "
                "{id}), not from '{name}'; choose that assessment to import it, or export "
                "'{name}' again.",
            )
        other_name = other.name if other is not None else ""
        message = message.format(other=other_name, id=origin, name=name)
        raise SpreadsheetError([Problem(file, message)])
    return exported_at, []


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _changed_since_preview(project: Project, plan: ResultsImportPlan) -> list[Conflict]:
    """The elements the plan changes whose stored version moved on after the preview."""
    with project.session() as session:
        states = {s.element_assessment_id: s for s in element_states(session, plan.assessment_id)}
    fields: dict[int, list[str]] = {}
    rows: dict[int, int] = {}
    for change in plan.changes:
        fields.setdefault(change.element_assessment_id, []).append(change.field)
        rows[change.element_assessment_id] = change.row
    return [
        Conflict(
            element_id,
            state.code,
            rows[element_id],
            tuple(fields[element_id]),
            seen,
            state.version,
            state.updated_by,
            state.updated_at,
        )
        for element_id, seen in plan.versions.items()
        if (state := states.get(element_id)) is not None and state.version != seen
    ]


def _stale_message(stale: list[Conflict]) -> str:
    first = stale[0]
    who = first.changed_by or translate("ResultsImport", "someone")
    if len(stale) > 1:
        message = translate(
            "ResultsImport",
            "{count:,} elements were changed in the project after the preview (first {code}, "
            "by {who}); nothing was imported. Preview the file again to see what changed.",
        )
    else:
        message = translate(
            "ResultsImport",
            "1 element was changed in the project after the preview (first {code}, by {who}); "
            "nothing was imported. Preview the file again to see what changed.",
        )
    return message.format(count=len(stale), code=first.code, who=who)
