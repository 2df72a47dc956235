"""Finding resources/ (and the version) from the source tree, an installed wheel and a frozen
bundle. The real PyInstaller bundle is checked by packaging/build_linux.sh."""

from __future__ import annotations

import importlib.util
import json
import shutil
import struct
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import accredit_tracker
from accredit_tracker.core import resources
from accredit_tracker.core.resources import resource_path, resource_root

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


# --- source tree / editable install ------------------------------------------------------------


def test_source_tree_resources_are_found() -> None:
    assert resource_root() == REPO / "resources"
    assert resource_path("scoring_profiles").is_dir()
    assert list(resource_path("scoring_profiles").glob("*.json"))
    assert resource_path("demo", "demo_standards.xlsx").is_file()
    for language in ("en", "ru", "uz_Latn"):
        assert resource_path("guide", f"user_guide_{language}.html").is_file()


def test_a_missing_resources_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "resource_candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        resource_root()


# --- frozen (PyInstaller) ----------------------------------------------------------------------


def test_a_frozen_bundle_resources_folder_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "scoring_profiles").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"
    assert resource_path("scoring_profiles") == tmp_path / "resources" / "scoring_profiles"


def test_a_frozen_bundle_without_resources_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == REPO / "resources"


# --- installed wheel ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project as a wheel installs it: built by hatchling (the build backend) when the
    environment has it, otherwise laid out by hand from pyproject.toml's wheel settings."""
    target = tmp_path_factory.mktemp("wheel") / "site-packages"
    if importlib.util.find_spec("hatchling") is None:
        settings = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for package in settings["packages"]:
            shutil.copytree(REPO / package, target / Path(package).name, ignore=ignore)
        for source, destination in settings.get("force-include", {}).items():
            shutil.copytree(REPO / source, target / destination, ignore=ignore)
        return target
    out = target.parent / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))",
            str(out),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    wheel = out / build.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def run_isolated(site_packages: Path, code: str) -> dict[str, str]:
    """Run code in a Python that sees the standard library and site_packages only: -I ignores
    PYTHONPATH and the working folder, -S skips the venv's site-packages and with it the
    editable install's path to src/. The code prints one JSON object."""
    script = f"import sys; sys.path.insert(0, {str(site_packages)!r})\n{code}"
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, str] = json.loads(result.stdout)
    return answer


def test_the_wheel_carries_the_resources(unpacked_wheel: Path) -> None:
    packed = unpacked_wheel / "accredit_tracker" / "resources"
    source = REPO / "resources"
    assert sorted(p.relative_to(packed) for p in packed.rglob("*") if p.is_file()) == sorted(
        p.relative_to(source) for p in source.rglob("*") if p.is_file()
    )


def test_an_installed_wheel_finds_its_own_resources(unpacked_wheel: Path) -> None:
    answer = run_isolated(
        unpacked_wheel,
        "import json, accredit_tracker\n"
        "from accredit_tracker.core.resources import resource_path, resource_root\n"
        "print(json.dumps({'package': accredit_tracker.__file__,\n"
        "    'root': str(resource_root()),\n"
        "    'workbook': str(resource_path('demo', 'demo_standards.xlsx')),\n"
        "    'guide': str(resource_path('guide', 'user_guide_ru.html')),\n"
        "    'src_on_path': any(p.rstrip('/').endswith('src') for p in sys.path)}))",
    )
    assert not answer["src_on_path"]
    assert Path(answer["package"]).is_relative_to(unpacked_wheel)
    assert Path(answer["root"]) == unpacked_wheel / "accredit_tracker" / "resources"
    assert Path(answer["workbook"]).is_file()
    assert Path(answer["guide"]).is_file()


# --- version -----------------------------------------------------------------------------------


def test_the_version_is_pyprojects() -> None:
    assert accredit_tracker.__version__ == PYPROJECT["project"]["version"]


def test_without_package_metadata_the_version_is_read_from_pyproject(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "path", [])  # no dist-info folder anywhere
    assert accredit_tracker._version() == PYPROJECT["project"]["version"]


def test_an_installed_wheel_reports_its_version(unpacked_wheel: Path) -> None:
    if not list(unpacked_wheel.glob("*.dist-info")):
        pytest.skip("hatchling is not installed, so the wheel was laid out without metadata")
    answer = run_isolated(
        unpacked_wheel,
        "import json, accredit_tracker; print(json.dumps({'v': accredit_tracker.__version__}))",
    )
    assert answer["v"] == PYPROJECT["project"]["version"]


# --- icons -------------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icons_are_there_in_every_size() -> None:
    icons = resource_path("icons")
    assert (icons / "accredit-tracker.svg").is_file()
    for size in ICON_SIZES:
        assert png_size(icons / f"accredit-tracker-{size}.png") == (size, size)
    data = (icons / "accredit-tracker.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = sorted(data[6 + 16 * i] or 256 for i in range(count))
    assert sides == list(ICON_SIZES)
