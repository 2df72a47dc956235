"""The layer rule holds for the code as it is, and `lint-imports` with the contracts in
pyproject.toml fails when one import breaks it (checked on a copy of the package)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "accredit_tracker"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason="lint-imports is not installed (pip install -e '.[test]')"
)


def lint_imports(source_root: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports with the project's contracts over the package under ``source_root``."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=cwd,
        # Wide enough that no "module -> module" line of the report is wrapped.
        env={**os.environ, "PYTHONPATH": str(source_root), "COLUMNS": "250"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_code_keeps_every_layer_contract(tmp_path: Path) -> None:
    run = lint_imports(ROOT / "src", tmp_path)

    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


@pytest.mark.parametrize(
    ("module", "violation", "contract", "message"),
    [
        (
            "core/readiness/scoring.py",
            "import PySide6.QtCore",
            "core and interchange run without Qt",
            "accredit_tracker.core.readiness.scoring -> PySide6",
        ),
        (
            "interchange/report/__init__.py",
            "from accredit_tracker.ui import main_window",
            "core and interchange run without Qt",
            "accredit_tracker.interchange.report -> accredit_tracker.ui.main_window",
        ),
        (
            "interchange/reading/sheet_rows.py",
            "import accredit_tracker.cli",
            "core and interchange run without Qt",
            "accredit_tracker.interchange.reading.sheet_rows -> accredit_tracker.cli",
        ),
        (
            "core/vocabulary.py",
            "from accredit_tracker.interchange.reading import sheet_rows",
            "core does not depend on interchange",
            "accredit_tracker.core.vocabulary -> accredit_tracker.interchange.reading",
        ),
        (
            "ui/checklist/element_table_model.py",
            "from sqlmodel import Session",
            "the ui reaches the database only through core",
            "accredit_tracker.ui.checklist.element_table_model -> sqlmodel",
        ),
        (
            "ui/main_window.py",
            "import sqlalchemy.exc",
            "the ui reaches the database only through core",
            "accredit_tracker.ui.main_window -> sqlalchemy",
        ),
    ],
)
def test_one_import_across_a_layer_breaks_its_contract(
    tmp_path: Path, module: str, violation: str, contract: str, message: str
) -> None:
    copy = tmp_path / "src" / "accredit_tracker"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    assert target.exists(), f"{module} has moved; pick another module for this check"
    target.write_text(target.read_text(encoding="utf-8") + f"\n{violation}\n", encoding="utf-8")

    run = lint_imports(tmp_path / "src", tmp_path)

    assert run.returncode != 0
    assert "1 broken" in run.stdout, run.stdout
    broken = run.stdout.split("Broken contracts", 1)[1]
    assert contract in broken
    assert message in broken
