"""Finds the files under resources/ from a wheel, an editable install or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The resources folder: bundled by PyInstaller, packed into the wheel, or the source tree."""
    here = Path(__file__).resolve()
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else None,
        here.parents[1] / "resources",  # installed wheel: accredit_tracker/resources
        here.parents[3] / "resources",  # source tree or editable install: <repo>/resources
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError("The Accredit Tracker resources folder is missing from this install.")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
