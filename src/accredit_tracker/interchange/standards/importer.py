"""Reads a standards spreadsheet (flat or outline layout), validates it, and imports it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP
from accredit_tracker.core.library.libraries import (
    ChapterData,
    LibraryData,
    import_library,
    library_title,
)
from accredit_tracker.core.progress import TaskMonitor, quiet
from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
from accredit_tracker.core.storage.models import Library
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.text import clean
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError
from accredit_tracker.interchange.reading.spreadsheet_file import Sheet, open_spreadsheet
from accredit_tracker.interchange.standards.flat_layout import FlatParser
from accredit_tracker.interchange.standards.outline_layout import OutlineParser
from accredit_tracker.interchange.standards.plan import (
    HEADER_SEARCH_ROWS,
    LAYOUT_CHOICES,
    ImportOptions,
    ImportPlan,
    plan_import,
)
from accredit_tracker.interchange.standards.row_parser import PrefixOffer
from accredit_tracker.interchange.standards.sheet_choice import choose_sheet

# A progress stage, in English: the user interface translates it in context "progress".
_READING = QT_TRANSLATE_NOOP("progress", "Reading the standards file")


@dataclass
class ReadResult:
    library: LibraryData
    plan: ImportPlan
    # What was noticed in the file, then what the user should know about the import: columns
    # not imported, codes made for rows with none, labels repeated in every cell.
    warnings: list[Problem]
    prefix_offers: list[PrefixOffer] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    library_id: int
    library: LibraryData
    plan: ImportPlan
    warnings: list[Problem]
    edition: str = ""  # as stored: a new edition is given one when the file has none

    @property
    def title(self) -> str:
        """The library's name with its edition, as lists show it."""
        return library_title(self.library.name, self.edition)


def import_standards(
    project: Project,
    path: Path,
    options: ImportOptions | None = None,
    *,
    user: str,
    monitor: TaskMonitor | None = None,
    new_edition: bool = False,
) -> ImportReport:
    """Read, validate and store a standards file as a new library: all of it, or nothing.

    A list already in the project is refused, and one named as a stored library but with
    other content is refused unless ``new_edition`` (see :func:`import_library`).
    """
    monitor = monitor or quiet()
    # Every row read lives until it is stored: the cyclic collector would only rescan them.
    with paused_garbage_collection():
        result = read_standards(path, options, monitor=monitor)
        with project.transaction() as session:
            library_id = import_library(
                session, result.library, user=user, monitor=monitor, new_edition=new_edition
            )
            stored = session.get(Library, library_id)
            assert stored is not None
            edition = stored.edition
    return ImportReport(library_id, result.library, result.plan, result.warnings, edition)


def read_standards(
    path: Path, options: ImportOptions | None = None, *, monitor: TaskMonitor | None = None
) -> ReadResult:
    """Read and validate a standards file; :class:`SpreadsheetError` lists every problem."""
    options = options or ImportOptions()
    monitor = monitor or quiet()
    if options.layout not in LAYOUT_CHOICES:
        raise ValueError(f"Layout must be one of {', '.join(LAYOUT_CHOICES)}.")
    path = Path(path)
    with open_spreadsheet(path) as spreadsheet, paused_garbage_collection():
        try:
            choice = choose_sheet(spreadsheet, path.name, options)
            plan, chapters, parser = _read_sheet(path.name, choice.sheet, options, monitor)
        except SpreadsheetError as error:
            # What was noticed on the way (a renamed file, merged cells) often explains it.
            raise SpreadsheetError([*spreadsheet.warnings, *error.problems]) from None
        plan.reason = choice.reason
        warnings = [*spreadsheet.warnings, *parser.reading_notes()]
        details = spreadsheet.library_details()
    # What the user typed wins over what the file says about itself.
    library = LibraryData(
        name=clean(options.name or "") or clean(details.name) or path.stem,
        chapters=chapters,
        publisher=clean(options.publisher) or clean(details.provider),
        edition=clean(options.edition) or clean(details.version),
        source=path.name,
        language=clean(details.locale),
        copyright=clean(details.copyright),
    )
    return ReadResult(library, plan, warnings, parser.prefix_offers())


def _read_sheet(
    file: str, sheet: Sheet, options: ImportOptions, monitor: TaskMonitor
) -> tuple[ImportPlan, list[ChapterData], FlatParser | OutlineParser]:
    rows = sheet.rows()
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    plan = plan_import(file, sheet, head, options)
    parser = FlatParser(file, plan) if plan.layout == "flat" else OutlineParser(file, plan)
    data_rows = itertools.chain((r for r in head if r[0] > plan.header_row), rows)
    keeps = bool(plan.attributes)
    for count, (number, cells) in enumerate(data_rows, 1):
        if any(cells):
            parser.row_number = number
            attributes = parser.attributes(cells) if keeps else {}
            parser.add(number, parser.values(cells), attributes)
        if count % 2000 == 0:
            monitor.report(_READING, count, 0)
    return plan, parser.finish(), parser
