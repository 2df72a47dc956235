"""Tree model of the library: all elements, then chapters and their standards, each with its
progress and a colour that follows the scoring profile's thresholds (grey while too little of
it is assessed to judge it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from accredit_tracker.core.i18n import translate
from accredit_tracker.core.readiness.scoring import (
    AssessmentScore,
    NodeScore,
    ScoreChange,
    format_score,
    number_text,
)
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.model_index import Index
from accredit_tracker.ui.common.palette import BAD_NEWS, GOOD_NEWS, NOT_ENOUGH_ASSESSED

CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 1
STANDARD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(eq=False)
class _Node:
    chapter_code: str | None
    standard_code: str | None
    score: NodeScore | None = None  # None for "All elements", which shows the overall score
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0  # position among its parent's children, kept so parent() needs no search

    def add(self, child: _Node) -> None:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)


class ChapterTreeModel(QAbstractItemModel):
    """Nodes hold their score; labels, tooltips and colours are worked out when the view asks,
    so a fresh score over 30,000 standards costs only as many texts as are on screen."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None)
        self._score: AssessmentScore | None = None
        self._shape: list[tuple[str | None, str]] = []
        self._chapter_nodes: list[_Node] = []  # in the order of the score's chapters
        self._standard_nodes: list[_Node] = []  # in the order of the score's standards
        self._chapter_titles: dict[str, str] = {}
        self._standard_texts: dict[str, str] = {}

    def set_score(
        self,
        score: AssessmentScore | None,
        chapter_titles: dict[str, str],
        standard_texts: dict[str, str],
    ) -> None:
        """Show a fresh score (chapters and standards in library order).

        When the same chapters and standards are scored again, the nodes take their new
        figures in place, so the view keeps what the user expanded and selected; otherwise the
        tree is rebuilt."""
        self._chapter_titles = chapter_titles
        self._standard_texts = standard_texts
        shape = (
            [(None, c.code) for c in score.chapters]
            + [(s.chapter_code, s.code) for s in score.standards]
            if score is not None
            else []
        )
        if score is not None and shape == self._shape:
            self._score = score
            everything, *chapter_nodes = self._root.children
            self._announce([everything], QModelIndex())
            self._take_scores(chapter_nodes, score.chapters, QModelIndex())
            standards = iter(score.standards)
            for node in chapter_nodes:
                parent = self.index(node.row, 0)
                self._take_scores(node.children, [next(standards) for _ in node.children], parent)
            return
        self.beginResetModel()
        self._score = score
        self._shape = shape
        self._root = _Node(None, None)
        self._standard_nodes = []
        if score is not None:
            self._root.add(_Node(None, None))
            chapters: dict[str, _Node] = {}
            for chapter in score.chapters:
                node = chapters[chapter.code] = _Node(chapter.code, None, chapter)
                self._root.add(node)
            for standard in score.standards:
                node = _Node(standard.chapter_code, standard.code, standard)
                chapters[standard.chapter_code or ""].add(node)
                self._standard_nodes.append(node)
        self._chapter_nodes = self._root.children[1:]
        self.endResetModel()

    def show_change(self, change: ScoreChange) -> None:
        """Show a score that differs from the one shown only in the standards and chapters
        ``change`` names: just their nodes (and "All elements") take new figures."""
        self._score = change.score
        self._announce([self._root.children[0]], QModelIndex())
        for position in change.chapters:
            node = self._chapter_nodes[position]
            node.score = change.score.chapters[position]
            self._announce([node], QModelIndex())
        for position in change.standards:
            node = self._standard_nodes[position]
            node.score = change.score.standards[position]
            assert node.parent is not None
            self._announce([node], self.index(node.parent.row, 0))

    def _take_scores(
        self, nodes: list[_Node], scores: list[NodeScore], parent: QModelIndex
    ) -> None:
        """Give sibling nodes their new scores and announce those whose figures changed."""
        changed = []
        for node, new in zip(nodes, scores, strict=True):
            if node.score != new:
                node.score = new
                changed.append(node)
        self._announce(changed, parent)

    def _announce(self, nodes: list[_Node], parent: QModelIndex) -> None:
        if nodes:
            self.dataChanged.emit(
                self.index(nodes[0].row, 0, parent), self.index(nodes[-1].row, 0, parent)
            )

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
        if not index.isValid() or self._score is None:
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(node, self._score)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, self._score)
        if role == Qt.ItemDataRole.ForegroundRole and node.score is not None:
            if node.score.too_little_assessed:
                return QBrush(NOT_ENOUGH_ASSESSED)
            meets = node.score.meets_threshold
            return None if meets is None else QBrush(GOOD_NEWS if meets else BAD_NEWS)
        if role == CHAPTER_ROLE:
            return node.chapter_code
        if role == STANDARD_ROLE:
            return node.standard_code
        return None

    def _label(self, node: _Node, score: AssessmentScore) -> str:
        """Two lines: what the node is (a chapter's code and title, a standard's code), then
        how far it is met; the view wraps them in its width rather than cut them off."""
        if node.score is None:
            return self.tr("All elements") + "\n" + _progress(score.counts, score.overall, score)
        name = node.score.code
        if node.standard_code is None and (title := self._chapter_titles.get(name)):
            name = f"{name} · {title}"
        if node.score.too_little_assessed:
            met = _progress(node.score.counts, None, score)
            short = translate("ChapterTreeModel", "not enough assessed (%s)") % format_score(
                score.profile, node.score.score
            )
            return f"{name}\n{met} · {short}"
        return f"{name}\n{_progress(node.score.counts, node.score.score, score)}"

    def _tooltip(self, node: _Node, score: AssessmentScore) -> str | None:
        if node.score is None:
            return None
        if node.standard_code is None:
            text = self._chapter_titles.get(node.score.code, "")
        else:
            text = self._standard_texts.get(node.score.code, "")
        return f"{node.score.code} {text}\n{_threshold_text(node.score, score)}"


def _progress(counts: dict[Result, int], value: float | None, score: AssessmentScore) -> str:
    applicable = sum(counts.values()) - counts[Result.NOT_APPLICABLE]
    text = translate("ChapterTreeModel", "%s of %s met") % (
        number(counts[Result.FULLY_MET]),
        number(applicable),
    )
    if value is not None:
        text += f" · {format_score(score.profile, value)}"
    return text


def _threshold_text(node: NodeScore, score: AssessmentScore) -> str:
    shown = format_score(score.profile, node.score)
    if node.too_little_assessed:
        assessed = node.applicable - node.not_assessed
        return translate(
            "ChapterTreeModel",
            "Score %s — not enough assessed to judge: %s of %s applicable elements "
            "(at least %s %% needed)",
        ) % (
            shown,
            number(assessed),
            number(node.applicable),
            number_text(score.profile.coverage_threshold * 100),
        )
    if node.meets_threshold is None or node.threshold is None:
        return translate("ChapterTreeModel", "Score %s") % shown
    if node.meets_threshold:
        return translate("ChapterTreeModel", "Score %s — meets the threshold of %s") % (
            shown,
            number_text(node.threshold),
        )
    return translate("ChapterTreeModel", "Score %s — below the threshold of %s") % (
        shown,
        number_text(node.threshold),
    )
