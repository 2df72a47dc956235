"""The application's Qt Linguist sources (resources/translations/*.ts), read without Qt.

The desktop application translates through Qt's compiled ``.qm`` files. Two things need the
same words without Qt: the command line writing a report in another language, and the import
of a report, which must recognise sheet names, headers and result names in every language the
report can be written in. Both read the ``.ts`` sources here, so there is one set of words.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from accredit_tracker.core.i18n import Translator
from accredit_tracker.core.resources import resource_path

TRANSLATION_PREFIX = "accredit_tracker_"
"""Translation files are named accredit_tracker_<language>.ts/.qm, e.g. accredit_tracker_ru.qm."""

_NOT_IN_USE = ("unfinished", "vanished", "obsolete")


def translations_folder() -> Path:
    return resource_path("translations")


def available_languages() -> list[str]:
    """The languages with a translation source: "en", "ru", "uz_Latn", sorted."""
    return sorted(
        path.stem.removeprefix(TRANSLATION_PREFIX)
        for path in translations_folder().glob(f"{TRANSLATION_PREFIX}*.ts")
    )


@cache
def _table(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, for one language's .ts file."""
    import xml.etree.ElementTree as ElementTree  # not at import: the window's start-up skips it

    path = translations_folder() / f"{TRANSLATION_PREFIX}{language}.ts"
    if not path.is_file():
        raise LookupError(f"There is no translation for the language '{language}'.")
    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_IN_USE:
                continue
            if message.get("numerus") == "yes" or not translation.text:
                continue
            table[(name, source)] = translation.text
    return table


def ts_translator(language: str) -> Translator:
    """A translator into ``language`` from its .ts file (English where it has no entry)."""
    table = _table(language)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate


def spellings(context: str, text: str) -> tuple[str, ...]:
    """``text`` and its translation in every available language, without repeats."""
    words = [text]
    for language in available_languages():
        word = _table(language).get((context, text))
        if word and word not in words:
            words.append(word)
    return tuple(words)
