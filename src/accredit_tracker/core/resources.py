"""Finds the files under resources/ from a wheel, an editable install or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_candidates() -> list[Path]:
    """Where the resources folder may be, in the order it is looked for.

    1. A PyInstaller bundle: ``sys._MEIPASS/resources`` (packaging/accredit-tracker.spec).
    2. An installed wheel: ``accredit_tracker/resources`` beside the package's modules
       (pyproject.toml force-includes the folder there).
    3. The source tree or an editable install: ``<repo>/resources`` next to ``<repo>/src``, taken
       only when ``<repo>/pyproject.toml`` is there too, so that an unrelated folder named
       "resources" three levels up from an installed package is never picked by mistake.
    """
    here = Path(__file__).resolve()
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package = here.parents[1]
    candidates.append(package / "resources")
    if len(here.parents) > 3:
        repo = here.parents[3]
        if (repo / "pyproject.toml").is_file():
            candidates.append(repo / "resources")
    return candidates


def resource_root() -> Path:
    """The resources folder: bundled by PyInstaller, packed into the wheel, or the source tree."""
    for candidate in resource_candidates():
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The Accredit Tracker resources folder is missing from this install.")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
