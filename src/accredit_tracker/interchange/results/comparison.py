"""Compare an Elements sheet's rows with the stored elements: changes, conflicts, stray rows."""

from __future__ import annotations

from typing import Any

from accredit_tracker.core.assessment.element_lookup import folded_code
from accredit_tracker.core.assessment.element_states import ElementState
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.text import clean
from accredit_tracker.interchange.reading.problem_log import ProblemLog
from accredit_tracker.interchange.reading.problems import Problem
from accredit_tracker.interchange.reading.sheet_rows import EXCEL_CELL_LIMIT
from accredit_tracker.interchange.report.cell_text import storable_text
from accredit_tracker.interchange.report.columns import FIELD_HEADERS
from accredit_tracker.interchange.results.plan import Conflict, CutCell, FieldChange, UnmatchedRow
from accredit_tracker.interchange.results.sheet import ElementsSheet, SheetRow
from accredit_tracker.interchange.results.spellings import cut_markers

_TEXT_FIELDS = frozenset({"owner", "department", "notes"})


class SheetComparison:
    """Takes the sheet's rows one by one (:meth:`add`) and sorts them into field changes,
    conflicts, unmatched rows, problems and warnings.

    A row is matched by its code: exactly when an element has that code, otherwise blind to
    case and spaces. The first row of an element counts; every later one is a problem. A
    blank cell never changes anything. A text longer than a cell holds was cut by the export
    (it ends with the cut marker): coming back as the export wrote it, it is no change but a
    :class:`CutCell`, and the stored text is kept whole; edited, it is a change, with a warning
    that it replaces all of the longer text. A row that would change an element whose stored
    version is newer than the row's Version cell is a conflict: someone changed it in the app
    after the export, and the row is left out whole.
    """

    def __init__(
        self, sheet: ElementsSheet, states: list[ElementState], watched: set[str] | None = None
    ) -> None:
        self.sheet = sheet
        self.problems = sheet.problems
        self.warnings = ProblemLog(sheet.file)
        self.changes: list[FieldChange] = []
        self.conflicts: list[Conflict] = []
        self.unmatched: list[UnmatchedRow] = []
        self.cut: list[CutCell] = []
        self.versions: dict[int, int] = {}  # each changed element → its version now
        self.rows = self.matched = self.unchanged = 0
        self._states = states
        self._by_code = {state.code: state for state in states}
        self._by_folded: dict[str, list[ElementState]] | None = None  # made when first needed
        self._first_row: dict[int, int] = {}  # element assessment id → the row that gave it
        self._versioned = "version" in sheet.columns
        self._watched = watched or set()  # codes whose rows' values are kept in `values`
        self.values: dict[str, dict[str, Any]] = {}  # element code → its row's values

    def add(self, row: SheetRow) -> None:
        self.rows += 1
        if not row.code:
            return  # the sheet has reported it
        state = self._by_code.get(row.code)
        if state is None:
            state = self._folded_match(row)
            if state is None:
                return
        element_id = state.element_assessment_id
        first = self._first_row.setdefault(element_id, row.number)
        if first != row.number:
            self.sheet.problem(
                row.number,
                "code",
                translate(
                    "ResultsImport",
                    "{code} was already given in row {row}; this row is not imported.",
                ).format(code=state.code, row=first),
            )
            return
        if not row.readable:
            return
        if row.code in self._watched or state.code in self._watched:
            self.values[state.code] = row.values
        self.matched += 1
        changed = [
            (name, old, new)
            for name, new in row.values.items()
            if (old := getattr(state, name)) != new
            and not (name in _TEXT_FIELDS and clean(old) == new)
        ]
        if changed and any(
            name in _TEXT_FIELDS and len(old) > EXCEL_CELL_LIMIT for name, old, _ in changed
        ):
            changed = self._without_cut_cells(row, state, changed)
        if not changed:
            self.unchanged += 1
            return
        if row.version is not None and state.version > row.version:
            self.conflicts.append(
                Conflict(
                    element_id,
                    state.code,
                    row.number,
                    tuple(name for name, _, _ in changed),
                    row.version,
                    state.version,
                    state.updated_by,
                    state.updated_at,
                )
            )
            return
        if row.version != state.version:
            self._warn_about_version(row, state)
        code, number, append = state.code, row.number, self.changes.append
        for name, old, new in changed:
            append(FieldChange(element_id, code, name, old, new, number))
        self.versions[element_id] = state.version

    def _without_cut_cells(
        self, row: SheetRow, state: ElementState, changed: list[tuple[str, Any, Any]]
    ) -> list[tuple[str, Any, Any]]:
        """``changed`` without the texts the export cut and that came back as it wrote them
        (each kept as a :class:`CutCell`); an edited cut text stays a change, without the cut
        marker, and is warned about; one cleared with "(clear)" is simply a change."""
        kept: list[tuple[str, Any, Any]] = []
        for name, old, new in changed:
            exported = storable_text(old) if name in _TEXT_FIELDS else ""
            if len(exported) <= EXCEL_CELL_LIMIT or not new:  # not cut, or cleared on purpose
                kept.append((name, old, new))
                continue
            uncut = _without_cut_marker(new)
            if uncut is not None and clean(exported.replace("\r\n", "\n")).startswith(uncut):
                self.cut.append(
                    CutCell(state.element_assessment_id, state.code, name, row.number, len(old))
                )
                continue
            if uncut is not None:
                new = uncut
            kept.append((name, old, new))
            message = translate(
                "ResultsImport",
                "the stored {field} is {stored:,} characters long, more than a cell holds, so "
                "the export wrote only its beginning; the edited cell ({length:,} characters) "
                "replaces all of it. To keep the rest, edit it in the app instead.",
            ).format(
                field=translate("Report", FIELD_HEADERS[name]),
                stored=len(old),
                length=len(new),
            )
            column = self.sheet.column(name)
            self.warnings.add(
                Problem(self.sheet.file, message, self.sheet.name, row.number, column)
            )
        return kept

    def _folded_match(self, row: SheetRow) -> ElementState | None:
        if self._by_folded is None:
            self._by_folded = {}
            for state in self._states:
                self._by_folded.setdefault(folded_code(state.code), []).append(state)
        found = self._by_folded.get(folded_code(row.code), [])
        if len(found) == 1:
            return found[0]
        if found:
            codes = ", ".join(state.code for state in found)
            message = translate(
                "ResultsImport",
                "'{code}' matches more than one element when case and spaces are ignored "
                "({codes}); write the code exactly as one of them.",
            ).format(code=row.code, codes=codes)
            self.sheet.problem(row.number, "code", message)
        else:
            self.unmatched.append(UnmatchedRow(row.number, row.code))
        return None

    def _warn_about_version(self, row: SheetRow, state: ElementState) -> None:
        if not self._versioned:
            return  # said once for the whole sheet
        if row.version is None:
            message = translate(
                "ResultsImport",
                "the row has no version, so a change made in the app since the export cannot "
                "be detected; its values are imported as they are.",
            )
        elif state.version < row.version:
            message = translate(
                "ResultsImport",
                "the row says version {row}, but the project holds version {stored}, as if the "
                "file came from another copy of the project; its values are imported.",
            ).format(row=row.version, stored=state.version)
        else:
            return
        column = self.sheet.column("version")
        self.warnings.add(Problem(self.sheet.file, message, self.sheet.name, row.number, column))


def _without_cut_marker(text: str) -> str | None:
    """The text before the cut marker it ends with (in any language), trimmed; None when it
    does not end with one."""
    for marker in cut_markers():
        if text.endswith(marker.strip()):
            return text[: len(text) - len(marker.strip())].rstrip()
    return None
