"""Reading a mapping file into rows of codes: a spreadsheet or CSV (source code, target code,
relationship, rationale, strength) on whichever of its sheets holds them, or CISO Assistant's
``requirement_mapping_set`` YAML.
Every problem is named by row (a YAML file's line) and column; nothing is matched yet."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from accredit_tracker.core.crosswalk.relationships import Relationship, relationship_named
from accredit_tracker.core.i18n import translate
from accredit_tracker.interchange.reading.problem_log import ProblemLog
from accredit_tracker.interchange.reading.problems import Problem, SpreadsheetError, column_letter
from accredit_tracker.interchange.reading.spreadsheet_file import (
    Sheet,
    Spreadsheet,
    open_spreadsheet,
)
from accredit_tracker.interchange.standards.row_parser import UnlistedProblems

MAX_YAML_BYTES = 64 * 1024 * 1024
"""The largest mapping YAML read; CISO Assistant's biggest mapping libraries are a few MB."""

SOURCE, TARGET, RELATIONSHIP, RATIONALE, STRENGTH = (
    "source",
    "target",
    "relationship",
    "rationale",
    "strength",
)

# Header words for each column, in every shipped language and as CISO Assistant's Excel form
# writes them; compared without case, '_' or '-'.
_HEADERS: dict[str, tuple[str, ...]] = {
    SOURCE: (
        "source",
        "source code",
        "source ref id",
        "source node id",
        "source requirement urn",
        "source element",
        "source standard",
        "from",
        "источник",
        "исходный код",
        "код источника",
        "manba",
        "manba kodi",
    ),
    TARGET: (
        "target",
        "target code",
        "target ref id",
        "target node id",
        "target requirement urn",
        "target element",
        "target standard",
        "to",
        "цель",
        "целевой код",
        "код цели",
        "maqsad",
        "maqsad kodi",
    ),
    RELATIONSHIP: ("relationship", "relation", "связь", "отношение", "bog'liqlik", "munosabat"),
    RATIONALE: ("rationale", "reason", "обоснование", "asos", "asoslash"),
    STRENGTH: ("strength", "strength of relationship", "сила", "сила связи", "kuch"),
}


def _header_key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").replace("ʻ", "'").split()).casefold()


_FIELD_BY_HEADER = {_header_key(word): name for name, words in _HEADERS.items() for word in words}


@dataclass(frozen=True)
class FileLine:
    """One mapping row as the file gives it, with where it is for a problem's message."""

    row: int
    source_code: str
    target_code: str
    relationship: Relationship
    rationale: str = ""
    strength: int | None = None
    columns: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass
class MappingFile:
    """What a mapping file holds: its rows and, from a CISO Assistant YAML, the frameworks it
    maps from and to."""

    file: str
    kind: str  # "spreadsheet" or "yaml"
    lines: list[FileLine]
    log: ProblemLog
    source_framework: str = ""
    target_framework: str = ""
    warnings: list[Problem] = field(default_factory=list)

    def check(self) -> None:
        """Raise SpreadsheetError with the rows' problems, in row order, if there are any."""
        if self.log.count:
            raise SpreadsheetError(in_row_order(self.log.listed()))


def in_row_order(problems: list[Problem]) -> list[Problem]:
    """Problems sorted by row (those of the whole file first), a closing count kept last."""
    listed = [p for p in problems if not isinstance(p, UnlistedProblems)]
    closing = [p for p in problems if isinstance(p, UnlistedProblems)]
    return sorted(listed, key=lambda p: p.row or 0) + closing


def read_mapping_file(path: Path) -> MappingFile:
    """Read a mapping file, deciding by its name whether it is YAML (.yaml, .yml) or a
    spreadsheet (anything else the spreadsheet reader opens). Raises SpreadsheetError with
    a problem with the file as a whole; the rows' problems are in the result's ``log``, to
    which matching the codes adds its own (:meth:`MappingFile.check` raises them)."""
    path = Path(path)
    if path.suffix.casefold() in (".yaml", ".yml"):
        return _read_yaml(path)
    return _read_spreadsheet(path)


def code_from_urn(text: str) -> str:
    """The ref code a CISO Assistant URN ends with ("urn:…:req_node:iso27001:a.5.1" → "a.5.1");
    a plain code as it is."""
    text = text.strip()
    if text.casefold().startswith("urn:"):
        return text.rsplit(":", 1)[-1]
    return text


class _Rows:
    """Problems by place and the checks every row of either format passes through."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.log = ProblemLog(file)
        self.lines: list[FileLine] = []

    def problem(self, message: str, row: int | None = None, column: str | None = None) -> None:
        self.log.add(Problem(self.file, message, row=row, column=column))

    def add(
        self,
        row: int,
        values: dict[str, str],
        columns: dict[str, str],
    ) -> None:
        source = code_from_urn(values.get(SOURCE, ""))
        target = code_from_urn(values.get(TARGET, ""))
        word = values.get(RELATIONSHIP, "").strip()
        fine = True
        if not source:
            self.problem(translate("Mappings", "The source code is empty."), row, columns[SOURCE])
            fine = False
        if not target:
            self.problem(translate("Mappings", "The target code is empty."), row, columns[TARGET])
            fine = False
        relationship = relationship_named(word)
        if relationship is None:
            self.problem(
                translate(
                    "Mappings",
                    "'{word}' is not a relationship; use equal, subset, superset, intersect "
                    "or not related.",
                ).format(word=word),
                row,
                columns[RELATIONSHIP],
            )
            fine = False
        strength_fine, strength = self._strength(
            values.get(STRENGTH, "").strip(), row, columns.get(STRENGTH)
        )
        fine = fine and strength_fine
        if fine:
            assert relationship is not None
            self.lines.append(
                FileLine(
                    row,
                    source,
                    target,
                    relationship,
                    values.get(RATIONALE, "").strip(),
                    strength,
                    columns,
                )
            )

    def _strength(self, text: str, row: int, column: str | None) -> tuple[bool, int | None]:
        """Whether the strength is fit, and its number (None when not given)."""
        if not text:
            return True, None
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = -1.0
        if number.is_integer() and 0 <= number <= 10:
            return True, int(number)
        self.problem(
            translate("Mappings", "'{text}' is not a strength from 0 to 10.").format(text=text),
            row,
            column,
        )
        return False, None


def _read_spreadsheet(path: Path) -> MappingFile:
    file = path.name
    rows = _Rows(file)
    with open_spreadsheet(path) as spreadsheet:
        sheet = _mapping_sheet(spreadsheet)
        columns: dict[str, int] | None = None
        for number, cells in sheet.rows():
            if not any(cell.strip() for cell in cells):
                continue
            if columns is None:
                columns = _header_columns(cells)
                if columns is not None:
                    continue  # the header row
                # No header: the columns are source, target, relationship, rationale, strength.
                columns = {SOURCE: 0, TARGET: 1, RELATIONSHIP: 2, RATIONALE: 3, STRENGTH: 4}
            values = {
                name: cells[index] if index < len(cells) else "" for name, index in columns.items()
            }
            rows.add(number, values, {name: column_letter(i) for name, i in columns.items()})
        warnings = list(spreadsheet.warnings)
    if columns is None:
        raise _refused(file, translate("Mappings", "The file has no mapping rows."))
    return MappingFile(file, "spreadsheet", rows.lines, rows.log, warnings=warnings)


def _mapping_sheet(spreadsheet: Spreadsheet) -> Sheet:
    """The sheet holding the mapping: in a workbook of several sheets (CISO Assistant's Excel
    form has a ``*_meta`` sheet beside its ``*_content`` one, in any order), the first whose
    first row names the source, target and relationship columns, ``*_content`` sheets looked
    at first; otherwise the first sheet with data, read as rows without a header."""
    names = spreadsheet.reading_order
    if len(names) > 1:
        content_first = sorted(names, key=lambda name: not name.casefold().endswith("_content"))
        for name in content_first:
            if _starts_with_header(spreadsheet, name):
                return spreadsheet.sheet(name)
            spreadsheet.forget(name)
    return spreadsheet.sheet()


def _starts_with_header(spreadsheet: Spreadsheet, name: str) -> bool:
    try:
        rows = spreadsheet.sheet(name).rows()
        first = next((cells for _, cells in rows if any(cell.strip() for cell in cells)), None)
    except SpreadsheetError:
        return False  # an empty sheet, or one that cannot be read: not the mapping
    return first is not None and _header_columns(first) is not None


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """The column of each field when ``cells`` is a header row naming at least the source,
    the target and the relationship; else None."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _FIELD_BY_HEADER.get(_header_key(cell))
        if name is not None and name not in found:
            found[name] = index
    if {SOURCE, TARGET, RELATIONSHIP} <= found.keys():
        return found
    return None


# The keys of one mapping in CISO Assistant's YAML, by the field each gives.
_YAML_KEYS = {
    SOURCE: "source_requirement_urn",
    TARGET: "target_requirement_urn",
    RELATIONSHIP: "relationship",
    RATIONALE: "rationale",
    STRENGTH: "strength_of_relationship",
}


def _read_yaml(path: Path) -> MappingFile:
    file = path.name
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise _refused(
                file,
                translate(
                    "Mappings", "The file is larger than {limit} MB, too large for a mapping."
                ).format(limit=MAX_YAML_BYTES // (1024 * 1024)),
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _refused(file, translate("Mappings", "The file is not UTF-8 text.")) from None
    except OSError as error:
        raise _refused(
            file,
            translate("Mappings", "The file cannot be read: {reason}").format(
                reason=error.strerror or error
            ),
        ) from None
    try:
        # Aliases are refused before anything is built from them: a few lines of nested
        # aliases ("billion laughs") expand to more than any memory holds.
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else None
                raise SpreadsheetError(
                    [
                        Problem(
                            file,
                            translate(
                                "Mappings",
                                "The file uses YAML aliases (*name), which a mapping does not "
                                "need; it is refused, as aliases can expand without end.",
                            ),
                            row=line,
                        )
                    ]
                )
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SpreadsheetError(
            [
                Problem(
                    file,
                    translate("Mappings", "The file is not valid YAML: {reason}").format(
                        reason=getattr(error, "problem", None) or error
                    ),
                    row=mark.line + 1 if mark is not None else None,
                )
            ]
        ) from None
    mapping_set = _mapping_set_node(root)
    if mapping_set is None:
        raise _refused(
            file,
            translate(
                "Mappings",
                "The file holds no requirement_mapping_set with requirement_mappings.",
            ),
        )
    rows = _Rows(file)
    for item in _sequence(_child(mapping_set, "requirement_mappings")):
        line = item.start_mark.line + 1
        values = {name: _scalar(_child(item, key)) for name, key in _YAML_KEYS.items()}
        rows.add(line, values, dict(_YAML_KEYS))
    if not rows.lines and not rows.log.count:
        raise _refused(file, translate("Mappings", "The file has no mapping rows."))
    return MappingFile(
        file,
        "yaml",
        rows.lines,
        rows.log,
        source_framework=_scalar(_child(mapping_set, "source_framework_urn")),
        target_framework=_scalar(_child(mapping_set, "target_framework_urn")),
    )


def _refused(file: str, message: str) -> SpreadsheetError:
    return SpreadsheetError([Problem(file, message)])


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value
    return None


def _sequence(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _scalar(node: yaml.Node | None) -> str:
    if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
        return str(node.value)
    return ""


def _mapping_set_node(root: yaml.Node | None) -> yaml.Node | None:
    """The mapping set of a CISO Assistant library (``objects: requirement_mapping_set:``, or
    the first of ``requirement_mapping_sets:``), or of a file holding just the set."""
    objects = _child(root, "objects")
    for candidate in (
        _child(objects, "requirement_mapping_set"),
        *_sequence(_child(objects, "requirement_mapping_sets"))[:1],
        _child(root, "requirement_mapping_set"),
        root,
    ):
        if _child(candidate, "requirement_mappings") is not None:
            return candidate
    return None
