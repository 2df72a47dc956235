"""The language of the user interface: the system's by default, or the one chosen in the menu;
and what follows from it for exports (their language, the CSV separator).

The choice is remembered in the preferences. Applying it installs the application's compiled
translation (resources/translations/accredit_tracker_<language>.qm) and Qt's own (standard
buttons and dialogs), sets the default QLocale that dates and numbers follow, and hands Qt's
translator to the core so that its messages come out in the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from accredit_tracker.core import i18n
from accredit_tracker.core.translations import TRANSLATION_PREFIX, translations_folder
from accredit_tracker.interchange.report.csv_format import language_delimiter

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "uz_Latn": "Oʻzbekcha",
}
"""The interface languages, each named in itself (a user who cannot read the current language
still finds their own)."""

FALLBACK_LANGUAGE = "en"

_installed: list[QTranslator] = []


def language_of(locale: QLocale) -> str | None:
    """The interface language that serves ``locale`` (ru_RU → "ru", uz_UZ → "uz_Latn"), if any."""
    name = locale.name().split("_")[0]
    if name == "uz" and locale.script() != QLocale.Script.CyrillicScript:
        return "uz_Latn"
    return name if name in LANGUAGES else None


def spoken_language(language: str) -> str:
    """The language the interface shows for a choice ("" = the system's, else English)."""
    return language or language_of(QLocale.system()) or FALLBACK_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers follow: the system's when it speaks the language (so an
    English user in Britain keeps day-first dates), else the language's own."""
    system = QLocale.system()
    spoken = spoken_language(language)
    return system if language_of(system) == spoken else QLocale(spoken)


def export_language(in_english: bool) -> i18n.Translator:
    """The translator an export runs under (``i18n.language``): English when ``in_english``
    (``Preferences.exports_in_english``), else the interface's. Chosen on the GUI thread; Qt's
    translate is safe to call from the export's worker."""
    return i18n.english if in_english else QCoreApplication.translate


def conventional_csv_delimiter() -> str:
    """The CSV separator Excel expects where the interface's language is spoken: ";" in
    Russian and Uzbek, whose decimal separator is a comma; "," in English."""
    return language_delimiter(language_of(QLocale()))


def csv_delimiter(chosen: str) -> str:
    """The separator CSV exports are written with: ``chosen`` in Preferences, else the
    interface language's (:func:`conventional_csv_delimiter`), whatever language the file
    is written in: it is the computer's Excel that opens it."""
    return chosen or conventional_csv_delimiter()


def apply_language(language: str, locale: QLocale | None = None) -> str:
    """Install the translations for ``language`` ("" = the system's), with dates and numbers
    as ``locale`` writes them (default: ``locale_for(language)``); return the language used."""
    app = QCoreApplication.instance()
    assert app is not None, "a QCoreApplication must exist before translations are installed"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    locale = locale or locale_for(language)
    used = spoken_language(language)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    if own.load(f"{TRANSLATION_PREFIX}{used}", str(translations_folder())):
        _installed.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    return used
