"""What a results import would change, as its preview shows it, and what applying it changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from accredit_tracker.core.assessment.assessments import EditConflict
from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problems import Problem
from accredit_tracker.interchange.report.columns import FIELD_HEADERS


@dataclass(slots=True)
class FieldChange:
    """One field of one element that the import changes: ``old`` (stored) → ``new`` (the file).

    Values are as the core stores them: Result, WorkStatus, str, or date for ``due_date``.
    """

    element_assessment_id: int
    code: str
    field: str
    old: Any
    new: Any
    row: int  # the sheet row it comes from


@dataclass(frozen=True)
class Conflict:
    """An element the row would change, but someone changed in the app after the file was
    exported (or after the preview); the row is not imported."""

    element_assessment_id: int
    code: str
    row: int
    fields: tuple[str, ...]  # the fields the row would have changed
    expected_version: int  # the version the file (or the preview) saw
    stored_version: int
    changed_by: str
    changed_at: datetime | None  # UTC

    def __str__(self) -> str:
        """The conflict as the preview lists it, in the current language."""
        fields = ", ".join(
            translate("Report", FIELD_HEADERS[name]) if name in FIELD_HEADERS else name
            for name in self.fields
        )
        if self.changed_at is not None:
            message = translate(
                "ResultsImport",
                "Row {row}, {code}: {who} changed it in the app on {when} UTC, after the file "
                "was exported; its {fields} from the file were not imported.",
            )
        else:
            message = translate(
                "ResultsImport",
                "Row {row}, {code}: {who} changed it in the app, after the file was exported; "
                "its {fields} from the file were not imported.",
            )
        return message.format(
            row=self.row,
            code=self.code,
            who=self.changed_by or translate("ResultsImport", "Someone"),
            when=f"{self.changed_at:%Y-%m-%d %H:%M}" if self.changed_at is not None else "",
            fields=fields,
        )


@dataclass(frozen=True)
class CutCell:
    """A cell the export cut to fit Excel's cell limit and that came back as the export wrote
    it: not a change, the stored text is kept whole."""

    element_assessment_id: int
    code: str
    field: str
    row: int
    stored_length: int  # characters of the stored text, which the cell could not hold

    def __str__(self) -> str:
        """The cell as the preview lists it, in the current language."""
        return translate(
            "ResultsImport",
            "Row {row}, {code}: {field} was cut in the export; kept as stored ({length:,} "
            "characters).",
        ).format(
            row=self.row,
            code=self.code,
            field=translate("Report", FIELD_HEADERS.get(self.field, self.field)),
            length=self.stored_length,
        )


@dataclass(frozen=True)
class UnmatchedRow:
    """A row whose code matches no element of the assessment."""

    row: int
    code: str


@dataclass(frozen=True)
class ImportCounts:
    """How many rows and changes the preview found, for a summary line."""

    rows: int  # rows below the header with a code or a value
    matched: int  # rows matched to an element (the first of any duplicates)
    unchanged: int  # matched rows that change nothing
    changed_elements: int  # elements the import changes
    changes: int  # fields it changes, over all elements
    conflicts: int
    unmatched: int
    problems: int
    warnings: int
    cut: int  # cells the export cut that came back unedited: kept as stored


@dataclass
class ResultsImportPlan:
    """The preview of a results import: nothing has been written yet.

    ``changes`` is exactly what applying writes. Rows listed as conflicts, unmatched or
    problems are never applied, nor are the ``cut`` cells (the export cut them; the stored
    text stays whole); ``problems`` and ``warnings`` may end with an
    ``UnlistedProblems`` line counting those not listed (the counts hold the totals).
    """

    assessment_id: int
    assessment_name: str
    path: Path
    sheet: str
    header_row: int
    exported_at: datetime | None  # as the file says, when it says
    changes: list[FieldChange]
    conflicts: list[Conflict]
    unmatched: list[UnmatchedRow]
    problems: list[Problem]
    warnings: list[Problem]
    counts: ImportCounts
    versions: dict[int, int]  # each changed element → its version when previewed
    cut: list[CutCell]  # cells the export cut, come back unedited: kept as stored

    @property
    def file(self) -> str:
        return self.path.name

    def values_by_element(self) -> dict[int, dict[str, Any]]:
        """Element assessment id → {field: new value}, for every element the import changes."""
        found: dict[int, dict[str, Any]] = {}
        for change in self.changes:
            found.setdefault(change.element_assessment_id, {})[change.field] = change.new
        return found

    def before_by_element(self) -> dict[int, dict[str, Any]]:
        """Element assessment id → {field: stored value}: applied through the same service,
        it undoes the import."""
        found: dict[int, dict[str, Any]] = {}
        for change in self.changes:
            found.setdefault(change.element_assessment_id, {})[change.field] = change.old
        return found


@dataclass(frozen=True)
class AppliedReport:
    """What applying a results import changed. To undo it, apply the plan's
    ``before_by_element()`` with ``versions`` as the versions expected."""

    assessment_id: int
    file: str
    elements: int  # elements changed
    changes: int  # fields changed
    versions: dict[int, int]  # element assessment id → its version after the import


class ResultsImportConflict(EditConflict):
    """Elements were changed in the project between the preview and applying it; nothing was
    imported. ``conflicts`` lists them; preview the file again to see them in context."""

    def __init__(self, message: str, conflicts: list[Conflict]) -> None:
        super().__init__(message)
        self.conflicts = conflicts
