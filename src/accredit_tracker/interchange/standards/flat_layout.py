"""Reads the flat layout: one row per measurable element, chapter and standard carried down."""

from __future__ import annotations

import re

from accredit_tracker.core.i18n import QT_TRANSLATE_NOOP, translate
from accredit_tracker.core.library.libraries import (
    ChapterData,
    ElementData,
    StandardData,
    element_code,
)
from accredit_tracker.interchange.standards.plan import ImportPlan
from accredit_tracker.interchange.standards.row_parser import RowParser, element_number_from

# How a number is made for an element that has none, in English (translated in context "Import").
ELEMENT_RULE = QT_TRANSLATE_NOOP(
    "Import", "an element with no number is numbered by its place in its standard"
)


class FlatParser(RowParser):
    """One row per measurable element; chapter and standard cells may be left blank below
    their first row (or merged), and then carry on from the row above."""

    def __init__(self, file: str, plan: ImportPlan) -> None:
        super().__init__(file, plan)
        self.chapters: dict[str, ChapterData] = {}
        self.standards: dict[str, tuple[StandardData, int, str]] = {}  # code → (data, row, chapter)
        self.element_rows: dict[str, int] = {}
        self.chapter_rows: dict[str, int] = {}
        self.chapter: ChapterData | None = None
        self.standard: StandardData | None = None
        self.has_chapter_column = "chapter_code" in self.fields

    def add(self, row: int, cells: list[str], attributes: dict[str, str]) -> None:
        (
            chapter_code, chapter_title, standard_code, standard_text, element_number,
            element_text, section, typical_evidence, tags, weight, guidance,
        ) = cells  # fmt: skip
        standard, chapter = self.standard, self.chapter
        if not (
            standard is not None
            and chapter is not None
            and standard_code == standard.code
            and (not standard_text or standard_text == standard.text)
            and (not chapter_code or chapter_code == chapter.code)
            and (not chapter_title or chapter_title == chapter.title)
        ):  # anything but another element of the same standard, the common case
            self._enter(row, chapter_code, chapter_title, standard_code, standard_text, section)
            standard = self.standard

        if not element_text:
            if element_number:
                message = translate("Import", "the measurable element has no text.")
                self.problem(row, "element_text", message)
            return
        if standard is None:
            self.problem(
                row,
                "standard_code",
                translate(
                    "Import", "this measurable element has no standard above it or on its row."
                ),
            )
            return
        number = element_number_from(element_number)
        if not number:
            number = str(len(standard.elements) + 1)
            self.note_made_code(
                row, "element_number", element_code(standard.code, number), ELEMENT_RULE
            )
        code = element_code(standard.code, number)
        first = self.element_rows.setdefault(code, row)
        if first != row:
            self.problem(
                row,
                "element_number",
                translate(
                    "Import", "duplicate measurable element {code} (first on row {first})."
                ).format(code=code, first=first),
            )
            return
        standard.elements.append(
            ElementData(
                number,
                element_text,
                typical_evidence,
                tags,
                self.weight(row, weight),
                guidance=guidance,
                attributes=attributes,
            )
        )

    def _enter(
        self,
        row: int,
        chapter_code: str,
        chapter_title: str,
        standard_code: str,
        standard_text: str,
        section: str,
    ) -> None:
        if standard_code and not chapter_code and not self.has_chapter_column:
            chapter_code = _chapter_from_code(standard_code)
        if chapter_code:
            self._enter_chapter(row, chapter_code, chapter_title)
        elif chapter_title and self.chapter is not None and not self.chapter.title:
            self.chapter.title = chapter_title
        if standard_code:
            self._enter_standard(row, standard_code, standard_text, section)
        elif standard_text and self.standard is not None and not self.standard.text:
            self.standard.text = standard_text

    def _enter_chapter(self, row: int, code: str, title: str) -> None:
        chapter = self.chapters.get(code)
        if chapter is None:
            chapter = self.chapters[code] = ChapterData(code, title)
            self.chapter_rows[code] = row
        elif title and chapter.title and title != chapter.title:
            self.problem(
                row,
                "chapter_title",
                translate(
                    "Import",
                    "chapter {code} has a different title than on row {first} ('{title}').",
                ).format(code=code, first=self.chapter_rows[code], title=_short(chapter.title)),
            )
        elif title and not chapter.title:
            chapter.title = title
        if chapter is not self.chapter:
            self.chapter = chapter
            self.standard = None

    def _enter_standard(self, row: int, code: str, text: str, section: str) -> None:
        if self.chapter is None:
            message = translate("Import", "standard {code} has no chapter above it or on its row.")
            self.problem(row, "chapter_code", message.format(code=code))
            return
        known = self.standards.get(code)
        if known is None:
            standard = StandardData(code, text, section)
            self.chapter.standards.append(standard)
            self.standards[code] = (standard, row, self.chapter.code)
            self.standard = standard
            return
        standard, first_row, chapter_code = known
        if chapter_code != self.chapter.code:
            self.problem(
                row,
                "standard_code",
                translate(
                    "Import",
                    "standard {code} is under chapter {chapter} here but under {first_chapter} on "
                    "row {first}; standard codes must be unique.",
                ).format(
                    code=code,
                    chapter=self.chapter.code,
                    first_chapter=chapter_code,
                    first=first_row,
                ),
            )
        elif text and standard.text and text != standard.text:
            self.problem(
                row,
                "standard_text",
                translate(
                    "Import", "standard {code} has a different text than on row {first}."
                ).format(code=code, first=first_row),
            )
        elif text and not standard.text:
            standard.text = text
        self.standard = standard

    def finish(self) -> list[ChapterData]:
        chapters = list(self.chapters.values())
        self.raise_problems(chapters)
        return chapters


def _chapter_from_code(code: str) -> str:
    match = re.match(r"[^\W\d_]+", code)
    return match.group(0) if match else code.split(".")[0]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
