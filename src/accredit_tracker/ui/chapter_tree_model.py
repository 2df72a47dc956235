"""Tree model of the library: all elements, then chapters and their standards, each with its
progress and a colour that follows the scoring profile's thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from accredit_tracker.core.scoring import AssessmentScore, NodeScore, format_score
from accredit_tracker.core.vocabulary import Result

CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 1
STANDARD_ROLE = Qt.ItemDataRole.UserRole + 2

_MEETS = QColor("#1e7b34")
_BELOW = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    label: str
    tooltip: str
    chapter_code: str | None
    standard_code: str | None
    meets: bool | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0  # position among its parent's children, kept so parent() needs no search

    def add(self, child: _Node) -> None:
        child.row = len(self.children)
        self.children.append(child)


class ChapterTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("", "", None, None, None)

    def set_score(
        self,
        score: AssessmentScore | None,
        chapter_titles: dict[str, str],
        standard_texts: dict[str, str],
    ) -> None:
        """Show a fresh score (chapters and standards in library order).

        When only the figures changed, the nodes are updated in place, so the view keeps what
        the user expanded and selected; otherwise the tree is rebuilt."""
        root = _Node("", "", None, None, None)
        if score is not None:
            everything = _Node(
                self.tr("All elements · %s") % _progress(score.counts, score.overall, score),
                "",
                None,
                None,
                None,
                root,
            )
            root.add(everything)
            chapters: dict[str, _Node] = {}
            for chapter in score.chapters:
                title = chapter_titles.get(chapter.code, "")
                node = _Node(
                    f"{chapter.code} · {_progress(chapter.counts, chapter.score, score)}",
                    f"{chapter.code} {title}\n{_threshold_text(chapter, score)}",
                    chapter.code,
                    None,
                    chapter.meets_threshold,
                    root,
                )
                chapters[chapter.code] = node
                root.add(node)
            for standard in score.standards:
                parent = chapters[standard.chapter_code or ""]
                text = standard_texts.get(standard.code, "")
                parent.add(
                    _Node(
                        f"{standard.code} · {_progress(standard.counts, standard.score, score)}",
                        f"{standard.code} {text}\n{_threshold_text(standard, score)}",
                        standard.chapter_code,
                        standard.code,
                        standard.meets_threshold,
                        parent,
                    )
                )
        if _shape(root) == _shape(self._root):
            self._update_in_place(self._root, root, QModelIndex())
        else:
            self.beginResetModel()
            self._root = root
            self.endResetModel()

    def _update_in_place(self, old: _Node, new: _Node, parent: QModelIndex) -> None:
        """Copy the new figures over; announce only the rows whose text or colour changed."""
        changed = []
        for old_child, new_child in zip(old.children, new.children, strict=True):
            if (old_child.label, old_child.tooltip, old_child.meets) != (
                new_child.label,
                new_child.tooltip,
                new_child.meets,
            ):
                old_child.label = new_child.label
                old_child.tooltip = new_child.tooltip
                old_child.meets = new_child.meets
                changed.append(old_child.row)
        if changed:
            self.dataChanged.emit(
                self.index(changed[0], 0, parent), self.index(changed[-1], 0, parent)
            )
        for old_child, new_child in zip(old.children, new.children, strict=True):
            if old_child.children:
                self._update_in_place(old_child, new_child, self.index(old_child.row, 0, parent))

    def index_of(self, chapter_code: str | None, standard_code: str | None) -> QModelIndex:
        """The node for a chapter or standard (both None: "All elements")."""
        for row, node in enumerate(self._root.children):
            if node.chapter_code == chapter_code and standard_code is None:
                return self.index(row, 0)
            if node.chapter_code == chapter_code:
                for child_row, child in enumerate(node.children):
                    if child.standard_code == standard_code:
                        return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    # Qt's interface

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._node(parent).children
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._node(parent).children) if parent.column() <= 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.ForegroundRole and node.meets is not None:
            return QBrush(_MEETS if node.meets else _BELOW)
        if role == CHAPTER_ROLE:
            return node.chapter_code
        if role == STANDARD_ROLE:
            return node.standard_code
        return None


def _shape(root: _Node) -> list[tuple[str | None, list[str | None]]]:
    """Which chapters and standards a tree holds, in order, without their figures."""
    return [(c.chapter_code, [s.standard_code for s in c.children]) for c in root.children]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChapterTreeModel", text)


def _progress(counts: dict[Result, int], value: float | None, score: AssessmentScore) -> str:
    applicable = sum(counts.values()) - counts[Result.NOT_APPLICABLE]
    text = _tr("%s of %s met") % (f"{counts[Result.FULLY_MET]:,}", f"{applicable:,}")
    if value is not None:
        text += f" · {format_score(score.profile, value)}"
    return text


def _threshold_text(node: NodeScore, score: AssessmentScore) -> str:
    shown = format_score(score.profile, node.score)
    if node.meets_threshold is None or node.threshold is None:
        return _tr("Score %s") % shown
    if node.meets_threshold:
        return _tr("Score %s — meets the threshold of %s") % (shown, f"{node.threshold:g}")
    return _tr("Score %s — below the threshold of %s") % (shown, f"{node.threshold:g}")
