"""The user's remembered choices: their defaults, a damaged settings file falling back to them,
what is set coming back after a restart, and the keys earlier versions wrote still read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from accredit_tracker.ui.common.preferences import DEFAULT_MAX_FILE_MB, Preferences


def reopened(preferences: Preferences) -> Preferences:
    """The same settings file read afresh, as the next start of the application reads it."""
    preferences.settings.sync()
    return Preferences(QSettings(preferences.settings.fileName(), QSettings.Format.IniFormat))


def at(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_a_first_start_gets_the_defaults(tmp_path: Path) -> None:
    preferences = at(tmp_path)
    assert preferences.language == ""  # the system's
    assert preferences.exports_in_english is False
    assert preferences.user_name == ""
    assert preferences.max_file_mb == DEFAULT_MAX_FILE_MB == 200
    home = Path.home()
    assert (preferences.project_folder, preferences.import_folder) == (home, home)
    assert preferences.report_folder == home
    assert preferences.recent_projects == []
    assert preferences.last_project == ""
    assert preferences.last_assessment("/data/Clinic.accredit") is None
    assert preferences.main_window_geometry is None
    assert preferences.checklist_splitter is None and preferences.checklist_header is None


def test_a_damaged_settings_file_falls_back_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[General]\n"
        "last_folder=\n"
        "[ui]\nlanguage=tlh\n"
        "[export]\nin_english=perhaps\n"
        "[evidence]\nmax_file_mb=lots\n"
        "[main_window]\ngeometry=not a saved geometry\n",
        encoding="utf-8",
    )
    preferences = at(tmp_path)
    preferences.settings.setValue("assessment//data/Clinic.accredit", "latest")
    assert preferences.language == ""
    assert preferences.exports_in_english is False
    assert preferences.max_file_mb == DEFAULT_MAX_FILE_MB
    assert preferences.last_assessment("/data/Clinic.accredit") is None
    assert preferences.main_window_geometry is None
    assert preferences.project_folder == Path.home()


def test_a_file_size_limit_below_one_megabyte_is_not_taken(tmp_path: Path) -> None:
    preferences = at(tmp_path)
    preferences.settings.setValue("evidence/max_file_mb", 0)
    assert preferences.max_file_mb == DEFAULT_MAX_FILE_MB


def test_what_is_set_comes_back_after_a_restart(tmp_path: Path) -> None:
    preferences = at(tmp_path)
    preferences.language = "uz_Latn"
    preferences.exports_in_english = True
    preferences.user_name = "Dr Karimova"
    preferences.max_file_mb = 25
    preferences.project_folder = tmp_path / "projects"
    preferences.import_folder = tmp_path / "standards"
    preferences.report_folder = tmp_path / "reports"
    preferences.recent_projects = [str(tmp_path / "Clinic.accredit")]
    preferences.last_project = str(tmp_path / "Clinic.accredit")
    preferences.remember_assessment(str(tmp_path / "Clinic.accredit"), 7)
    preferences.main_window_geometry = QByteArray(b"\x01\xd9\xd0\xcb geometry")
    preferences.checklist_splitter = QByteArray(b"splitter")
    preferences.checklist_header = QByteArray(b"header")

    again = reopened(preferences)
    assert again.language == "uz_Latn"
    assert again.exports_in_english is True
    assert again.user_name == "Dr Karimova"
    assert again.max_file_mb == 25
    assert again.project_folder == tmp_path / "projects"
    assert again.import_folder == tmp_path / "standards"
    assert again.report_folder == tmp_path / "reports"
    assert again.recent_projects == [str(tmp_path / "Clinic.accredit")]  # one item stays a list
    assert again.last_project == str(tmp_path / "Clinic.accredit")
    assert again.last_assessment(str(tmp_path / "Clinic.accredit")) == 7
    assert again.main_window_geometry == QByteArray(b"\x01\xd9\xd0\xcb geometry")
    assert again.checklist_splitter == QByteArray(b"splitter")
    assert again.checklist_header == QByteArray(b"header")

    again.last_project = ""  # the project was closed
    assert reopened(again).last_project == ""
    assert not again.settings.contains("last_project")


def test_the_keys_earlier_versions_wrote_are_still_read(tmp_path: Path) -> None:
    """A user's settings carry over: the same keys, the values as QSettings wrote them."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in {
        "ui/language": "ru",
        "export/in_english": True,
        "audit/user_name": "Nurse Aziza",
        "evidence/max_file_mb": 50,
        "last_folder": "/data/projects",
        "import/last_folder": "/data/standards",
        "report/last_folder": "/data/reports",
        "recent_projects": ["/data/projects/Clinic.accredit", "/data/projects/Ward.accredit"],
        "last_project": "/data/projects/Clinic.accredit",
        "assessment//data/projects/Clinic.accredit": 3,
    }.items():
        settings.setValue(key, value)
    settings.sync()

    preferences = Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert preferences.language == "ru"
    assert preferences.exports_in_english is True
    assert preferences.user_name == "Nurse Aziza"
    assert preferences.max_file_mb == 50
    assert preferences.project_folder == Path("/data/projects")
    assert preferences.import_folder == Path("/data/standards")
    assert preferences.report_folder == Path("/data/reports")
    assert preferences.recent_projects == [
        "/data/projects/Clinic.accredit",
        "/data/projects/Ward.accredit",
    ]
    assert preferences.last_project == "/data/projects/Clinic.accredit"
    assert preferences.last_assessment("/data/projects/Clinic.accredit") == 3
