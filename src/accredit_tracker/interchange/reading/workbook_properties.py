"""Read a workbook's custom document properties (such as the assessment it was exported from)."""

from __future__ import annotations

import posixpath
from pathlib import Path

from accredit_tracker.interchange.reading.package_safety import (
    SafePackage,
    local_name,
    open_package,
)

_CUSTOM_PROPERTIES_TYPE = "/custom-properties"
_CUSTOM_PROPERTIES_PART = "docProps/custom.xml"
_MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024


def custom_properties(path: Path, kind: str) -> dict[str, str]:
    """The custom properties of an Excel (.xlsx, .xlsm) or OpenDocument (.ods) workbook, by
    name, as text ("7", "2026-11-26T10:00:00+00:00"); empty for other kinds of file.

    Excel keeps them in docProps/custom.xml; LibreOffice keeps them when it saves either kind,
    though it may store a whole number as a decimal ("7" read back as 7.0). The package passes
    the same safety checks as when the sheets are read.
    """
    if kind not in ("xlsx", "xlsm", "ods"):
        return {}
    with open_package(path, path.name, _MAX_UNCOMPRESSED_BYTES) as package:
        if kind == "ods":
            return _ods_properties(package)
        return _excel_properties(package)


def _excel_properties(package: SafePackage) -> dict[str, str]:
    member = package.member(_custom_part(package))
    if member is None:
        return {}
    found: dict[str, str] = {}
    for element in package.parse(member).iter():
        if local_name(element.tag) != "property":
            continue
        name = element.get("name")
        value = next(iter(element), None)  # one typed child: <vt:i4>7</vt:i4>, <vt:lpwstr>…
        if name and value is not None:
            found.setdefault(name, (value.text or "").strip())
    return found


def _custom_part(package: SafePackage) -> str:
    """Where the package's relationships say the custom properties are (or where they usually
    are, when the relationships do not say)."""
    relationships = package.member("_rels/.rels")
    if relationships is not None:
        for element in package.parse(relationships).iter():
            if local_name(element.tag) == "Relationship" and element.get("Type", "").endswith(
                _CUSTOM_PROPERTIES_TYPE
            ):
                return posixpath.normpath(element.get("Target", "").lstrip("/"))
    return _CUSTOM_PROPERTIES_PART


def _ods_properties(package: SafePackage) -> dict[str, str]:
    member = package.member("meta.xml")
    if member is None:
        return {}
    found: dict[str, str] = {}
    for element in package.parse(member).iter():
        if local_name(element.tag) != "user-defined":
            continue
        name = next((v for k, v in element.attrib.items() if local_name(k) == "name"), None)
        if name:
            found.setdefault(name, (element.text or "").strip())
    return found
