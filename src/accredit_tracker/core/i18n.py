"""Translatable text for the layers that do not import Qt (core and interchange).

Source strings are English. ``translate(context, text)`` marks a string for Qt Linguist's
``lupdate`` (it recognises the call by its name, as it does ``QCoreApplication.translate``) and
returns it in the current language; placeholders are Python's ``{name}`` and are filled after
the translation: ``translate("Import", "Row {row} is empty.").format(row=7)``.

The desktop application installs ``QCoreApplication.translate`` at start-up, so messages follow
the user's language; the command line installs nothing and speaks English unless asked.
``language(...)`` overrides the translator for one piece of work in the current thread (an
export written in English from a Russian window), without touching other threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translator = Callable[[str, str], str]
"""(context, English source text) → the text in some language."""


def english(context: str, text: str) -> str:
    """The translator that keeps the English source text."""
    return text


_installed: Translator = english
_override: ContextVar[Translator | None] = ContextVar("translator override", default=None)


def install(translator: Translator | None) -> None:
    """Make ``translator`` the language of every thread (None: back to English)."""
    global _installed
    _installed = translator or english


def translate(context: str, text: str) -> str:
    """``text`` in the current language; ``context`` groups it for the translators."""
    translator = _override.get() or _installed
    return translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for translation where it is defined; ``translate`` it where it is shown."""
    return text


@contextmanager
def language(translator: Translator) -> Iterator[None]:
    """Within the block, in this thread only, translate with ``translator``."""
    token = _override.set(translator)
    try:
        yield
    finally:
        _override.reset(token)


def with_decimal_separator(text: str) -> str:
    """A number written with a decimal point ("7.5"), with the separator of the language the
    text is written in (the window's or a report's): "7,5" in Russian."""
    whole, point, fraction = text.partition(".")
    if not point:
        return text
    return translate("Numbers", "{whole}.{fraction}").format(whole=whole, fraction=fraction)
