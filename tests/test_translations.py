"""The translations in resources/translations are complete, agree with their source strings, are
in step with the code, and the compiled .qm files are compiled from the current .ts sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

from accredit_tracker.core.translations import (
    TRANSLATION_PREFIX,
    available_languages,
    translations_folder,
)

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "src" / "accredit_tracker").rglob("*.py"))
TOOLS = Path(sys.executable).parent
LANGUAGES = ["en", "ru", "uz_Latn"]

# What must survive translation unchanged: Python fields ({row}, {count:,}), Qt's %1…%9, %s,
# %n and %Ln, the HTML tags of rich text, and the & that gives a menu its Alt+letter.
_PYTHON_FIELD = re.compile(r"\{[A-Za-z_][\w.]*(?:![rsa])?(?::[^{}]*)?\}")
_QT_ARG = re.compile(r"%(?:L?n|\d|s)")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one translation, or each plural form
    unfinished: bool


def ts_file(language: str) -> Path:
    return translations_folder() / f"{TRANSLATION_PREFIX}{language}.ts"


def messages(path: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return found


def placeholders(text: str) -> list[str]:
    return sorted(_PYTHON_FIELD.findall(text) + [a.replace("L", "") for a in _QT_ARG.findall(text)])


def tags(text: str) -> list[str]:
    return sorted(tag.lower() for tag in _TAG.findall(text))


def test_the_three_languages_are_shipped() -> None:
    assert available_languages() == LANGUAGES
    for language in LANGUAGES:
        assert (translations_folder() / f"{TRANSLATION_PREFIX}{language}.qm").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = [
        f"[{m.context}] {m.source!r}"
        for m in messages(ts_file(language))
        if m.unfinished or not all(form.strip() for form in m.forms)
    ]
    assert not missing, f"{len(missing)} unfinished in {language}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_tags_and_accelerators(language: str) -> None:
    wrong = []
    for m in messages(ts_file(language)):
        for number, form in enumerate(m.forms):
            expected = placeholders(m.source)
            found = placeholders(form)
            # English may say "The note below…" for exactly one; other languages' first plural
            # form also covers 21, 31… so it must keep the number.
            if len(m.forms) > 1 and language == "en" and number == 0:
                expected = [p for p in expected if p != "%n"]
                found = [p for p in found if p != "%n"]
            if found != expected:
                wrong.append(f"[{m.context}] {m.source!r} → {form!r}: {found} ≠ {expected}")
            if tags(form) != tags(m.source):
                wrong.append(f"[{m.context}] {m.source!r} → {form!r}: tags differ")
            if m.source.count("&") - m.source.count("&&") == 1 and "&" not in form:
                wrong.append(f"[{m.context}] {m.source!r} → {form!r}: no & accelerator")
    assert not wrong, "\n".join(wrong[:40])


def test_the_translations_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """Running lupdate over the code adds nothing: each .ts already has every string."""
    for language in LANGUAGES:
        shipped = ts_file(language)
        copy = tmp_path / shipped.name
        shutil.copy(shipped, copy)
        subprocess.run(
            [
                str(TOOLS / "pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                language,
                *map(str, SOURCES),
                "-ts",
                str(copy),
            ],
            check=True,
        )
        before = {(m.context, m.source) for m in messages(shipped)}
        after = {(m.context, m.source) for m in messages(copy)}
        assert after - before == set(), f"new strings not in {shipped.name}; run ./dev translations"
        assert before - after == set(), "strings gone from the code; run ./dev translations"


def test_the_compiled_files_match_their_sources(tmp_path: Path) -> None:
    for language in LANGUAGES:
        shipped = translations_folder() / f"{TRANSLATION_PREFIX}{language}"
        compiled = tmp_path / f"{language}.qm"
        subprocess.run(
            [
                str(TOOLS / "pyside6-lrelease"),
                "-silent",
                str(shipped.with_suffix(".ts")),
                "-qm",
                str(compiled),
            ],
            check=True,
        )
        assert compiled.read_bytes() == shipped.with_suffix(".qm").read_bytes(), (
            f"{shipped.name}.qm is older than its .ts; run ./dev translations"
        )


def test_every_plural_in_the_code_reaches_the_translators_as_one() -> None:
    """lupdate takes a message for a plural (one form per number) only from ``self.tr(text,
    disambiguation, n)``: QCoreApplication.translate with a count is extracted as a single form,
    or, when the count is written as an attribute (``counts.x``), not at all, so it is never
    translated."""
    import ast

    wrong = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "translate" and len(node.args) >= 4:
                wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [("en", 1, "Apply 1 change"), ("ru", 3, "Применить 3 изменения"),
     ("ru", 5, "Применить 5 изменений"), ("uz_Latn", 2, "2 ta oʻzgarishni qoʻllash")],
)  # fmt: skip
def test_the_take_back_button_counts_its_changes_in_each_language(
    qapp: object, language: str, count: int, expected: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(translations_folder() / f"{TRANSLATION_PREFIX}{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("ResultsImportDialog", "Apply %Ln change(s)", "", count)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text == expected
