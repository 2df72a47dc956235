"""The user's remembered choices (language, folders, limits, window layout) as typed values over
QSettings, each with its default, stored under the keys earlier versions used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from accredit_tracker.interchange.report.csv_format import DELIMITER_NAMES
from accredit_tracker.ui.common.language import LANGUAGES

DEFAULT_MAX_FILE_MB = 200
"""The largest evidence file attached, in MB, until the user sets another in Preferences."""


class Preferences:
    """One typed property per remembered choice; reading a value that is missing or cannot be
    what the property promises gives its default, so a damaged settings file never stops the
    application."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    # Language

    @property
    def language(self) -> str:
        """The interface language picked in the menu, or "" to follow the system's."""
        value = self._text("ui/language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value)

    @property
    def exports_in_english(self) -> bool:
        """Whether reports and exports are written in English rather than the interface's
        language (default: the interface's)."""
        return self._flag("export/in_english")

    @exports_in_english.setter
    def exports_in_english(self, value: bool) -> None:
        self.settings.setValue("export/in_english", value)

    @property
    def plan_includes_not_assessed(self) -> bool:
        """Whether the report's action plan also lists the elements not assessed yet (default:
        only those partially met or not met)."""
        return self._flag("report/include_not_assessed")

    @plan_includes_not_assessed.setter
    def plan_includes_not_assessed(self, value: bool) -> None:
        self.settings.setValue("report/include_not_assessed", value)

    @property
    def csv_delimiter(self) -> str:
        """The separator picked for CSV files (",", ";" or a tab), or "" for the interface
        language's convention (default)."""
        value = self._text("export/csv_delimiter")
        return value if value in DELIMITER_NAMES else ""

    @csv_delimiter.setter
    def csv_delimiter(self, value: str) -> None:
        self.settings.setValue("export/csv_delimiter", value)

    # Who and how much

    @property
    def user_name(self) -> str:
        """The name the audit trail records, as typed in Preferences ("" = the OS account)."""
        return self._text("audit/user_name")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.settings.setValue("audit/user_name", value)

    @property
    def max_file_mb(self) -> int:
        """The largest evidence file attached, in MB (at least 1)."""
        value = self._whole_number("evidence/max_file_mb")
        return value if value is not None and value >= 1 else DEFAULT_MAX_FILE_MB

    @max_file_mb.setter
    def max_file_mb(self, value: int) -> None:
        self.settings.setValue("evidence/max_file_mb", value)

    # Folders the file dialogs open in (default: the home folder)

    @property
    def project_folder(self) -> Path:
        """Where the last project was opened or created."""
        return self._folder("last_folder")

    @project_folder.setter
    def project_folder(self, value: Path) -> None:
        self.settings.setValue("last_folder", str(value))

    @property
    def import_folder(self) -> Path:
        """Where the last standards spreadsheet was imported from."""
        return self._folder("import/last_folder")

    @import_folder.setter
    def import_folder(self, value: Path) -> None:
        self.settings.setValue("import/last_folder", str(value))

    @property
    def report_folder(self) -> Path:
        """Where the last report was written (and filled-in reports are looked for)."""
        return self._folder("report/last_folder")

    @report_folder.setter
    def report_folder(self, value: Path) -> None:
        self.settings.setValue("report/last_folder", str(value))

    # Projects and assessments

    @property
    def recent_projects(self) -> list[str]:
        """Project files and shared projects' URLs (without password), the latest first."""
        value = self.settings.value("recent_projects", [])
        if isinstance(value, str):  # an INI file gives a one-item list back as its item
            return [value] if value else []
        return [str(item) for item in value] if isinstance(value, list) else []

    @recent_projects.setter
    def recent_projects(self, value: list[str]) -> None:
        self.settings.setValue("recent_projects", value)

    @property
    def last_project(self) -> str:
        """The project open when the application last closed ("" = none)."""
        return self._text("last_project")

    @last_project.setter
    def last_project(self, value: str) -> None:
        if value:
            self.settings.setValue("last_project", value)
        else:
            self.settings.remove("last_project")

    def last_assessment(self, project: str) -> int | None:
        """The assessment last shown of ``project`` (its file, or its URL without password)."""
        return self._whole_number(f"assessment/{project}")

    def remember_assessment(self, project: str, assessment_id: int) -> None:
        self.settings.setValue(f"assessment/{project}", assessment_id)

    # Window layout, as Qt saves it

    @property
    def main_window_geometry(self) -> QByteArray | None:
        return self._layout("main_window/geometry")

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray) -> None:
        self.settings.setValue("main_window/geometry", value)

    @property
    def checklist_splitter(self) -> QByteArray | None:
        """How the checklist's panes were divided."""
        return self._layout("checklist/splitter")

    @checklist_splitter.setter
    def checklist_splitter(self, value: QByteArray) -> None:
        self.settings.setValue("checklist/splitter", value)

    @property
    def checklist_header(self) -> QByteArray | None:
        """The checklist's column widths, order and sort."""
        return self._layout("checklist/header")

    @checklist_header.setter
    def checklist_header(self, value: QByteArray) -> None:
        self.settings.setValue("checklist/header", value)

    @property
    def checklist_columns(self) -> int:
        """How many columns the checklist had when its header was saved (8 before the
        Department and Notes columns came, which then start hidden)."""
        value = self._whole_number("checklist/columns")
        return value if value is not None and value > 0 else 8

    @checklist_columns.setter
    def checklist_columns(self, value: int) -> None:
        self.settings.setValue("checklist/columns", value)

    @property
    def checklist_two_lines(self) -> bool:
        """Whether the checklist shows two lines of each element's text (default) or one."""
        value = self.settings.value("checklist/two_lines")
        return value is None or self._flag("checklist/two_lines")

    @checklist_two_lines.setter
    def checklist_two_lines(self, value: bool) -> None:
        self.settings.setValue("checklist/two_lines", value)

    # Evidence details offered when attaching

    @property
    def ask_evidence_details(self) -> bool:
        """Whether attaching files asks for a description and a review date (default: yes)."""
        return self.settings.value("evidence/ask_details") is None or self._flag(
            "evidence/ask_details"
        )

    @ask_evidence_details.setter
    def ask_evidence_details(self, value: bool) -> None:
        self.settings.setValue("evidence/ask_details", value)

    def evidence_details(self, media_type: str) -> tuple[str, int | None]:
        """The description and the days until review last given when attaching a file of this
        type (a media type such as "application/pdf"): ("", None) the first time."""
        key = _media_key(media_type)
        return self._text(f"evidence_details/{key}/description"), self._whole_number(
            f"evidence_details/{key}/review_days"
        )

    def remember_evidence_details(
        self, media_type: str, description: str, review_days: int | None
    ) -> None:
        key = _media_key(media_type)
        self.settings.setValue(f"evidence_details/{key}/description", description)
        if review_days is None:
            self.settings.remove(f"evidence_details/{key}/review_days")
        else:
            self.settings.setValue(f"evidence_details/{key}/review_days", review_days)

    # Reading stored values, which come back as whatever the settings file holds

    def _text(self, key: str) -> str:
        value = self.settings.value(key)
        return value if isinstance(value, str) else ""

    def _flag(self, key: str) -> bool:
        value = self.settings.value(key)
        if isinstance(value, bool):
            return value
        return isinstance(value, str) and value.lower() == "true"

    def _whole_number(self, key: str) -> int | None:
        value = self.settings.value(key)
        if isinstance(value, bool):
            return None
        try:
            return int(str(value))
        except ValueError:
            return None

    def _folder(self, key: str) -> Path:
        value = self._text(key)
        return Path(value) if value else Path.home()

    def _layout(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else None


def _media_key(media_type: str) -> str:
    """A media type as one settings key ("application/pdf" → "application_pdf")."""
    return "".join(c if c.isalnum() else "_" for c in media_type) or "other"
