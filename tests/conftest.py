"""Test set-up shared by every suite: isolated settings, logs and data folders."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from shared_server import empty_schema, postgresql_server

__all__ = ["empty_schema", "postgresql_server"]

# Qt reads these once, when QSettings is first used, so they are set before any test runs.
_HOME = Path(tempfile.mkdtemp(prefix="accredit-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The programs the report tests open their files with. Without them those tests are skipped;
# with ACCREDIT_REQUIRE_LIBREOFFICE set (CI), their absence stops the run instead.
REPORT_READERS = ("soffice", "pdftotext", "pdfinfo")


def pytest_sessionstart(session: pytest.Session) -> None:
    missing = [program for program in REPORT_READERS if shutil.which(program) is None]
    if missing and os.environ.get("ACCREDIT_REQUIRE_LIBREOFFICE"):
        pytest.exit(
            f"ACCREDIT_REQUIRE_LIBREOFFICE is set but {', '.join(missing)} is missing "
            "(apt-get install libreoffice-calc-nogui poppler-utils)",
            returncode=1,
        )


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCREDIT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("ACCREDIT_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "hospital.accredit"


@pytest.fixture(params=["sqlite", "postgresql"])
def project_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Where a test's project lives: a project file, then a shared project on PostgreSQL; a
    test taking this fixture runs once for each."""
    if request.param == "sqlite":
        yield tmp_path / "hospital.accredit"
        return
    with empty_schema() as url:
        yield url
