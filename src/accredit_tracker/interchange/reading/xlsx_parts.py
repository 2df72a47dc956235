"""Find each sheet's XML member in an Excel workbook package, and whether it asks to recalculate."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import NamedTuple

from accredit_tracker.interchange.reading.package_safety import SafePackage, local_name


class SheetMember(NamedTuple):
    """The ZIP member that holds one sheet's XML, and its unpacked size."""

    name: str
    size: int


@dataclass
class WorkbookParts:
    """What an xlsx or xlsm workbook part and its relationships say about the sheets."""

    sheet_members: dict[str, SheetMember] = field(default_factory=dict)  # by sheet name
    recalculate_on_open: bool = False


def read_workbook_parts(package: SafePackage, workbook_part: str) -> WorkbookParts:
    """Map each sheet name to its XML member via the workbook's relationships."""
    parts = WorkbookParts()
    workbook_member = package.member(workbook_part)
    folder, base = posixpath.split(workbook_part)
    rels_member = package.member(posixpath.join(folder, "_rels", base + ".rels"))
    if workbook_member is None or rels_member is None:
        return parts
    workbook = package.parse(workbook_member)
    relationships = package.parse(rels_member)
    targets: dict[str, str] = {}
    for element in relationships.iter():
        if local_name(element.tag) != "Relationship" or element.get("TargetMode") == "External":
            continue
        target = element.get("Target", "")
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = posixpath.normpath(posixpath.join(folder, target))
        targets[element.get("Id", "")] = member
    for element in workbook.iter():
        local = local_name(element.tag)
        if local == "calcPr":
            parts.recalculate_on_open = element.get("fullCalcOnLoad") in ("1", "true")
        elif local == "sheet":
            relationship = next(
                (value for key, value in element.attrib.items() if local_name(key) == "id"), None
            )
            member_name = targets.get(relationship or "")
            name = element.get("name")
            if name is not None and member_name is not None:
                actual = package.member(member_name)
                if actual is not None:
                    size = package.archive.getinfo(actual).file_size
                    parts.sheet_members[name] = SheetMember(actual, size)
    return parts
