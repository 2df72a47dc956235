"""Accredit Tracker: a hospital's accreditation readiness, one project file at a time."""

from __future__ import annotations

import os
import sys

DISTRIBUTION = "accredit-tracker"
_DIST_INFO_PREFIX = "accredit_tracker-"  # the distribution's name as dist-info folders write it
_DIST_INFO_SUFFIX = ".dist-info"


def _version() -> str:
    """The version in pyproject.toml: from the installed package's dist-info folder (a wheel, an
    editable install, or the copy inside a frozen bundle), else from pyproject.toml in a source
    tree. The folder's name carries the version, which spares start-up the 50 ms that importing
    importlib.metadata costs."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(_DIST_INFO_PREFIX) and name.endswith(_DIST_INFO_SUFFIX):
                return name[len(_DIST_INFO_PREFIX) : -len(_DIST_INFO_SUFFIX)]
    import tomllib  # only needed here, so a normal start-up does not load them
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        with pyproject.open("rb") as file:
            project = tomllib.load(file).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        project = {}
    if project.get("name") == DISTRIBUTION and isinstance(project.get("version"), str):
        return str(project["version"])
    return "0+unknown"


__version__ = _version()
