"""The fields a standards spreadsheet may hold, and how header cells are matched to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.text import search_key


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # in English, also a header it matches; field_label() is the one to show
    aliases: tuple[str, ...]  # other headers it matches, in any language (never translated)

    @property
    def synonyms(self) -> tuple[str, ...]:
        return tuple(header_key(s) for s in (self.label, *self.aliases))


_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def header_key(text: str) -> str:
    """The header's key, blind to case, spacing and punctuation: "Std. No" → "stdno"."""
    return _NOT_WORD.sub("", search_key(text))


def _spec(name: str, label: str, *aliases: str) -> FieldSpec:
    return FieldSpec(name, label, aliases)


# Flat layout: one row per measurable element.
FLAT_FIELDS: tuple[FieldSpec, ...] = (
    _spec(
        "chapter_code",
        QT_TRANSLATE_NOOP("columns", "Chapter code"),
        "Chapter",
        "Chapter ID",
        "Chapter abbreviation",
        "Глава",
        "Код главы",
        "Bob",
        "Bob kodi",
    ),
    _spec(
        "chapter_title",
        QT_TRANSLATE_NOOP("columns", "Chapter title"),
        "Chapter name",
        "Название главы",
        "Наименование главы",
        "Bob nomi",
    ),
    _spec(
        "standard_code",
        QT_TRANSLATE_NOOP("columns", "Standard code"),
        "Standard",
        "Standard ID",
        "Standard No",
        "Standard number",
        "Std",
        "Стандарт",
        "Код стандарта",
        "Номер стандарта",
        "Standart",
        "Standart kodi",
    ),
    _spec(
        "standard_text",
        QT_TRANSLATE_NOOP("columns", "Standard text"),
        "Standard statement",
        "Standard description",
        "Standard name",
        "Текст стандарта",
        "Формулировка стандарта",
        "Наименование стандарта",
        "Standart matni",
    ),
    _spec(
        "element_number",
        QT_TRANSLATE_NOOP("columns", "ME number"),
        "ME",
        "ME No",
        "Element number",
        "Element No",
        "Номер ИЭ",
        "ИЭ",
        "Номер элемента",
        "ИЭ №",
        "OE raqami",
    ),
    _spec(
        "element_text",
        QT_TRANSLATE_NOOP("columns", "Measurable element"),
        "Measurable element text",
        "ME text",
        "Element text",
        "Element",
        "Requirement",
        "Измеримый элемент",
        "Текст измеримого элемента",
        "Текст ИЭ",
        "Требование",
        "Oʻlchanadigan element",
    ),
    _spec("section", QT_TRANSLATE_NOOP("columns", "Section"), "Раздел", "Bo'lim"),
    _spec(
        "typical_evidence",
        QT_TRANSLATE_NOOP("columns", "Typical evidence"),
        "Evidence",
        "Expected evidence",
        "Типичные доказательства",
        "Доказательства",
        "Подтверждающие документы",
        "Dalillar",
    ),
    _spec(
        "tags", QT_TRANSLATE_NOOP("columns", "Tags"), "Keywords", "Теги", "Метки", "Ключевые слова"
    ),
    _spec("weight", QT_TRANSLATE_NOOP("columns", "Weight"), "Вес"),
    _spec(
        "guidance",
        QT_TRANSLATE_NOOP("columns", "Guidance"),
        "Annotation",
        "Annotations",
        "Guidance text",
        "Explanation",
        "Intent",
        "Пояснение",
        "Пояснения",
        "Комментарий к требованию",
        "Izoh",
        "Tushuntirish",
    ),
)

# Outline layout: a tree of rows with a level (or code prefixes) and an "assessable" mark,
# as open compliance-framework libraries publish them.
OUTLINE_FIELDS: tuple[FieldSpec, ...] = (
    _spec("depth", QT_TRANSLATE_NOOP("columns", "Depth"), "Level", "Уровень", "Глубина", "Daraja"),
    _spec(
        "code",
        QT_TRANSLATE_NOOP("columns", "Ref ID"),
        "Code",
        "Ref",
        "Reference",
        "ID",
        "Код",
        "Номер",
        "Kod",
    ),
    _spec(
        "name", QT_TRANSLATE_NOOP("columns", "Name"), "Title", "Название", "Наименование", "Nomi"
    ),
    _spec(
        "description",
        QT_TRANSLATE_NOOP("columns", "Description"),
        "Text",
        "Описание",
        "Текст",
        "Tavsif",
        "Matn",
    ),
    _spec(
        "assessable",
        QT_TRANSLATE_NOOP("columns", "Assessable"),
        "Scorable",
        "Оцениваемый",
        "Оценивается",
    ),
    _spec(
        "typical_evidence",
        QT_TRANSLATE_NOOP("columns", "Typical evidence"),
        "Evidence",
        "Типичные доказательства",
        "Доказательства",
    ),
    _spec("tags", QT_TRANSLATE_NOOP("columns", "Tags"), "Keywords", "Теги", "Метки"),
    _spec("weight", QT_TRANSLATE_NOOP("columns", "Weight"), "Вес"),
    _spec(
        "guidance",
        QT_TRANSLATE_NOOP("columns", "Guidance"),
        "Annotation",
        "Annotations",
        "Guidance text",
        "Explanation",
        "Intent",
        "Пояснение",
        "Пояснения",
        "Комментарий к требованию",
        "Izoh",
        "Tushuntirish",
    ),
)

LAYOUTS = {"flat": FLAT_FIELDS, "outline": OUTLINE_FIELDS}
REQUIRED = {"flat": ("standard_code", "element_text"), "outline": ("code",)}

# Not a field of its own: a column read as this is kept with each element as it is, under its
# header (any number of columns may be; an implementation group, a level, a publisher's id).
ATTRIBUTE = "attribute"
ATTRIBUTE_LABEL = QT_TRANSLATE_NOOP("columns", "Kept as an attribute")


def field_names(layout: str) -> list[str]:
    return [spec.name for spec in LAYOUTS[layout]]


def spec_of(layout: str, name: str) -> FieldSpec:
    return next(spec for spec in LAYOUTS[layout] if spec.name == name)


def label_of(layout: str, name: str) -> str:
    """A field's name in English (the user interface translates it in context "columns")."""
    return ATTRIBUTE_LABEL if name == ATTRIBUTE else spec_of(layout, name).label


def field_label(layout: str, name: str) -> str:
    """A field's name as the user reads it, in the current language."""
    return translate("columns", label_of(layout, name))


def match_headers(cells: list[str], layout: str) -> dict[int, str]:
    """Column index → field for the header cells this layout recognises (first match wins)."""
    lookup = _LOOKUPS[layout]
    found: dict[int, str] = {}
    taken: set[str] = set()
    for index, cell in enumerate(cells):
        name = lookup.get(header_key(cell)) if cell else None
        if name is not None and name not in taken:
            found[index] = name
            taken.add(name)
    return found


_LOOKUPS: dict[str, dict[str, str]] = {
    layout: {key: spec.name for spec in reversed(specs) for key in reversed(spec.synonyms)}
    for layout, specs in LAYOUTS.items()
}
