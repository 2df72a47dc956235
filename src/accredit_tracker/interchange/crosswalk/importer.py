"""Importing a mapping file into a project: its codes matched against the two libraries, every
problem listed by row and column, and the whole mapping stored or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from accredit_tracker.core.crosswalk.mappings import (
    LibraryCodes,
    MappingLine,
    check_new_mapping,
    create_mapping_set,
)
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.storage.project import Project
from accredit_tracker.interchange.crosswalk.mapping_file import (
    SOURCE,
    TARGET,
    MappingFile,
    read_mapping_file,
)
from accredit_tracker.interchange.reading.problems import Problem


@dataclass
class MappingImport:
    """What an import stored: the new mapping set's id and its number of rows."""

    mapping_set_id: int
    rows: int
    file: MappingFile
    warnings: list[Problem] = field(default_factory=list)


def import_mapping_file(
    project: Project,
    path: Path,
    *,
    name: str,
    source_library_id: int,
    target_library_id: int,
    user: str,
) -> MappingImport:
    """Read ``path`` and store it as the mapping set ``name`` from one library to another.

    Each row's source code must be an element or standard of the source library and its
    target code one of the target library (found as written, or without regard to case and
    spacing); a pair mapped twice is refused. Every code that did not match is named with its
    row and column, and then nothing is stored."""
    mapping_file = read_mapping_file(path)
    with project.transaction() as session:
        name = check_new_mapping(
            session,
            name=name,
            source_library_id=source_library_id,
            target_library_id=target_library_id,
        )
        sources = LibraryCodes(session, source_library_id)
        targets = LibraryCodes(session, target_library_id)
        log = mapping_file.log
        lines: list[MappingLine] = []
        first_row: dict[tuple[int, int, int, int], int] = {}
        for line in mapping_file.lines:
            source = sources.find(line.source_code)
            target = targets.find(line.target_code)
            if source is None:
                log.add(
                    Problem(
                        mapping_file.file,
                        translate(
                            "Mappings",
                            "'{code}' is not an element or standard of the source library.",
                        ).format(code=line.source_code),
                        row=line.row,
                        column=line.columns[SOURCE],
                    )
                )
            if target is None:
                log.add(
                    Problem(
                        mapping_file.file,
                        translate(
                            "Mappings",
                            "'{code}' is not an element or standard of the target library.",
                        ).format(code=line.target_code),
                        row=line.row,
                        column=line.columns[TARGET],
                    )
                )
            if source is None or target is None:
                continue
            pair = (
                int(source.kind == "element"),
                source.id,
                int(target.kind == "element"),
                target.id,
            )
            if pair in first_row:
                log.add(
                    Problem(
                        mapping_file.file,
                        translate(
                            "Mappings", "{source} → {target} is mapped already on row {row}."
                        ).format(source=source.code, target=target.code, row=first_row[pair]),
                        row=line.row,
                        column=line.columns[SOURCE],
                    )
                )
                continue
            first_row[pair] = line.row
            lines.append(
                MappingLine(source, target, line.relationship, line.rationale, line.strength)
            )
        mapping_file.check()
        mapping_set_id = create_mapping_set(
            session,
            name=name,
            source_library_id=source_library_id,
            target_library_id=target_library_id,
            lines=lines,
            user=user,
            imported_from=mapping_file.file,
        )
    return MappingImport(mapping_set_id, len(lines), mapping_file, mapping_file.warnings)
