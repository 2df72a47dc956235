"""The import dialog's "What will be imported" box: the checked file as the chapters,
standards and measurable elements it becomes, the rules that mapped its tree, and the labels
repeated in every cell that may be removed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.library.libraries import (
    ChapterData,
    ElementData,
    LibraryData,
    StandardData,
)
from accredit_tracker.interchange.standards.row_parser import PrefixOffer

COL_CODE, COL_TEXT = range(2)
_Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # the internal id of a chapter's index; a standard's is 1 + its chapter's row


class LibraryTreeModel(QAbstractItemModel):
    """Chapters → standards → elements of a library read but not stored yet. A standard's
    index keeps its chapter's row in its internal id; an element's, its standard's number
    among all the library's standards (past the chapters' ids)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.chapters: list[ChapterData] = []
        self.standards: list[tuple[int, StandardData]] = []  # (chapter row, standard)
        self.first_standard: list[int] = []  # chapter row → its first standard's number

    def set_library(self, library: LibraryData | None) -> None:
        self.beginResetModel()
        self.chapters = library.chapters if library is not None else []
        self.standards, self.first_standard = [], []
        for row, chapter in enumerate(self.chapters):
            self.first_standard.append(len(self.standards))
            self.standards.extend((row, s) for s in chapter.standards)
        self.endResetModel()

    # -- shape -----------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        parent_id = parent.internalId()
        if parent_id == _TOP:  # a chapter's standards
            return self.createIndex(row, column, 1 + parent.row())
        # A standard's elements: its number among all standards, past the chapters' ids.
        number = self.first_standard[parent_id - 1] + parent.row()
        return self.createIndex(row, column, 1 + len(self.chapters) + number)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        node_id = child.internalId()
        if node_id == _TOP:
            return QModelIndex()
        if node_id <= len(self.chapters):
            return self.createIndex(node_id - 1, 0, _TOP)
        chapter_row, _ = self.standards[node_id - 1 - len(self.chapters)]
        number = node_id - 1 - len(self.chapters)
        return self.createIndex(number - self.first_standard[chapter_row], 0, 1 + chapter_row)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.chapters)
        node = self._node(parent)
        if isinstance(node, ChapterData):
            return len(node.standards)
        if isinstance(node, StandardData):
            return len(node.elements)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def _node(self, index: _Index) -> ChapterData | StandardData | ElementData:
        node_id = index.internalId()
        if node_id == _TOP:
            return self.chapters[index.row()]
        if node_id <= len(self.chapters):
            return self.chapters[node_id - 1].standards[index.row()]
        return self.standards[node_id - 1 - len(self.chapters)][1].elements[index.row()]

    def _standard_of(self, index: _Index) -> StandardData:
        return self.standards[index.internalId() - 1 - len(self.chapters)][1]

    # -- content ---------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(node, ElementData):
                code = node.cited_as(self._standard_of(index).code)
                text = node.text
            elif isinstance(node, StandardData):
                code, text = node.code, node.text
            else:
                code, text = node.code, node.title
            return code if index.column() == COL_CODE else " ".join(text.split())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TEXT:
            return self._tooltip(node)
        return None

    def _tooltip(self, node: ChapterData | StandardData | ElementData) -> str | None:
        if isinstance(node, ChapterData):
            return node.title or None
        lines = [node.text]
        if isinstance(node, StandardData):
            if node.section:
                lines.append(self.tr("Section: %s") % node.section)
        else:
            if node.section_path:
                lines.append(self.tr("Section: %s") % node.section_path)
            lines.extend(f"{name}: {value}" for name, value in node.attributes.items())
        if node.guidance:
            lines.append(self.tr("Guidance: %s") % _short(node.guidance))
        return "\n".join(line for line in lines if line) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Code") if section == COL_CODE else self.tr("Text")
        return None


class MappedTreeBox(QGroupBox):
    """What a clean check found, as it will be stored; and the labels that may be removed."""

    prefixes_changed = Signal()  # a repeated label was chosen for removal, or kept again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What will be imported"), parent)
        self.rules = QLabel()
        self.rules.setObjectName("mappingRules")
        self.rules.setWordWrap(True)
        self.model = LibraryTreeModel(self)
        view = self.view = QTreeView()
        view.setObjectName("mappedTree")
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.header().setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        view.header().setStretchLastSection(True)
        self.offers_box = QVBoxLayout()
        self.offer_checks: list[tuple[QCheckBox, PrefixOffer]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addWidget(view, 1)
        layout.addLayout(self.offers_box)

    def show_library(self, library: LibraryData | None, layout: str) -> None:
        """Show the tree read (None: nothing checked yet) and, for an outline, the rules."""
        self.model.set_library(library)
        if library is not None and len(library.chapters) <= 20:
            self.view.expandToDepth(0)
        self.rules.setText(self.rules_text() if library is not None and layout == "outline" else "")
        self.rules.setVisible(bool(self.rules.text()))

    def rules_text(self) -> str:
        return self.tr(
            "The outline is mapped so: a top-level row is a chapter; every assessable row is a "
            "measurable element; an element belongs to the nearest row above it that is not "
            "assessable (its standard), and an assessable row right under a chapter is a "
            "standard with itself as its first element; the headings between a standard and "
            "an element are the element's section; rows with nothing assessable under them "
            "are guidance of the row above. Codes made for rows with none are listed under Check."
        )

    def show_offers(self, offers: list[PrefixOffer]) -> None:
        """Offer to remove each label repeated in every cell of a column; the choices already
        made stay as they are."""
        chosen = self.chosen_prefixes()
        for check, _ in self.offer_checks:
            self.offers_box.removeWidget(check)
            check.deleteLater()
        self.offer_checks = []
        known = {(o.letter, o.prefix) for o in offers}
        kept = [
            PrefixOffer(letter, "", prefix, 0)
            for letter, prefix in chosen.items()
            if (letter, prefix) not in known
        ]
        for offer in [*offers, *kept]:
            check = QCheckBox(
                self.tr("Remove “%s” from the start of every cell of column %s")
                % (offer.prefix.strip(), offer.letter)
            )
            check.setChecked(chosen.get(offer.letter) == offer.prefix)
            check.toggled.connect(lambda _on: self.prefixes_changed.emit())
            self.offers_box.addWidget(check)
            self.offer_checks.append((check, offer))

    def chosen_prefixes(self) -> dict[str, str]:
        """Column letter → the label to remove, as ticked."""
        return {o.letter: o.prefix for check, o in self.offer_checks if check.isChecked()}

    def clear_offers(self) -> None:
        for check, _ in self.offer_checks:
            self.offers_box.removeWidget(check)
            check.deleteLater()
        self.offer_checks = []


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"
