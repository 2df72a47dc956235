"""The filter bar above the checklist: text, result, status, owner, evidence (none or expired),
overdue, an attribute the library's elements carry (a level, an implementation group),
elements with overdue corrective actions and, once values were carried through a mapping,
what is left to review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.assessment.checklist import ElementFilter
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.common.labels import result_label, status_label
from accredit_tracker.ui.common.locale_text import number

TYPING_DELAY_MS = 250
NO_EVIDENCE, EXPIRED_EVIDENCE = "none", "expired"
CARRIED, SUGGESTED = "carried", "suggested"


class FilterBar(QWidget):
    """Emits :attr:`changed` with the filter parts it owns; the tree adds chapter/standard."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(150)
        self.text.setPlaceholderText(self.tr("Find in code, text and notes (Ctrl+F)"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._typing.start())
        self.text.returnPressed.connect(self._apply_now)

        self.result = QComboBox()
        self.result.addItem(self.tr("Any result"), None)
        for result in Result:
            self.result.addItem(result_label(result), result)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in WorkStatus:
            self.status.addItem(status_label(status), status)
        self.owner = QComboBox()
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("Any evidence"), None)
        self.evidence.addItem(self.tr("No evidence"), NO_EVIDENCE)
        self.evidence.addItem(self.tr("Expired evidence"), EXPIRED_EVIDENCE)
        self.evidence.setItemData(
            2,
            self.tr("Elements with an evidence file past its review date"),
            Qt.ItemDataRole.ToolTipRole,
        )
        # The review queue of an assessment carried through a mapping; shown while it has any.
        self.review = QComboBox()
        self.review.setObjectName("reviewFilter")
        self.review.addItem(self.tr("Any review state"), None)
        self.review.addItem(self.tr("Carried, not yet reviewed"), CARRIED)
        self.review.addItem(self.tr("Has suggestions"), SUGGESTED)
        self.review.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.review.hide()
        self._review_ids: dict[str, frozenset[int]] = {CARRIED: frozenset(), SUGGESTED: frozenset()}
        # Shown only for a library whose elements carry attributes with a few values.
        self.attribute = QComboBox()
        self.attribute.setObjectName("attributeFilter")
        self.attribute.setVisible(False)
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.overdue_actions = QCheckBox(self.tr("Overdue actions"))
        self.overdue_actions.setObjectName("overdueActions")
        self.overdue_actions.setToolTip(
            self.tr("Elements served by a corrective action past its due date and not done")
        )
        self.count = QLabel()
        self.count.setObjectName("matchCount")
        for combo in (self.result, self.status, self.owner, self.evidence, self.attribute):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            # Shares its row with the other lists; the open list still shows whole names.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.overdue.toggled.connect(lambda _c: self.changed.emit())
        self.overdue_actions.toggled.connect(lambda _c: self.changed.emit())

        # Two rows: the search, the overdue switch and the count, then the four lists. One row
        # does not fit the centre of a 1366-pixel screen once the lists speak Russian.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.review)
        top.addWidget(self.overdue)
        top.addWidget(self.overdue_actions)
        top.addWidget(self.count)
        lists = QHBoxLayout()
        for combo in (self.result, self.status, self.owner, self.evidence, self.attribute):
            lists.addWidget(combo, 1)
        layout.addLayout(top)
        layout.addLayout(lists)
        self.set_owners([])

    def set_owners(self, owners: list[str]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Any owner"), None)
        self.owner.addItem(self.tr("No owner"), "")
        for name in sorted(owners, key=str.casefold):
            self.owner.addItem(name, name)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)

    def set_review(self, carried: set[int], suggested: set[int]) -> None:
        """The elements carried and not yet reviewed, and those with open suggestions; the
        review list shows while there are any, or while one of its choices is on."""
        self._review_ids = {CARRIED: frozenset(carried), SUGGESTED: frozenset(suggested)}
        self.review.setVisible(bool(carried or suggested) or self.review.currentIndex() > 0)

    def set_attributes(self, attributes: dict[str, list[str]]) -> None:
        """Offer each value of each attribute ("Level: Imperative"); none hides the list."""
        current = self.attribute.currentData()
        self.attribute.blockSignals(True)
        self.attribute.clear()
        self.attribute.addItem(self.tr("Any attribute"), None)
        for name, values in attributes.items():
            for value in values:
                self.attribute.addItem(self.tr("%s: %s") % (name, value), (name, value))
        index = self.attribute.findData(current) if current is not None else 0
        self.attribute.setCurrentIndex(max(index, 0))
        self.attribute.setVisible(bool(attributes))
        self.attribute.blockSignals(False)

    def attribute_choice(self) -> tuple[str, str] | None:
        """The attribute and value chosen, or None for any."""
        data = self.attribute.currentData()
        return None if data is None else (str(data[0]), str(data[1]))

    def owners(self) -> list[str]:
        return [str(self.owner.itemData(i)) for i in range(2, self.owner.count())]

    def element_filter(
        self,
        chapter_code: str | None = None,
        standard_code: str | None = None,
        among: frozenset[int] | None = None,
        overdue_action_elements: frozenset[int] | None = None,
    ) -> ElementFilter:
        """What the bar asks for; ``among``: the rows that have the attribute chosen (further
        limited to the review list's rows when one is chosen); ``overdue_action_elements``,
        the elements served by an overdue action, is used when the Overdue actions switch is
        on."""
        result = self.result.currentData()
        status = self.status.currentData()
        return ElementFilter(
            text=self.text.text(),
            results=frozenset({Result(result)}) if result is not None else frozenset(),
            statuses=frozenset({WorkStatus(status)}) if status is not None else frozenset(),
            owner=self.owner.currentData(),
            overdue=self.overdue.isChecked(),
            no_evidence=self.evidence.currentData() == NO_EVIDENCE,
            expired_evidence=self.evidence.currentData() == EXPIRED_EVIDENCE,
            chapter_code=chapter_code,
            standard_code=standard_code,
            among=_both(
                _both(among, self._review_ids.get(self.review.currentData())),
                (overdue_action_elements or frozenset())
                if self.overdue_actions.isChecked()
                else None,
            ),
        )

    def clear(self) -> None:
        """Back to showing everything, announcing one change at the end."""
        combos = (self.result, self.status, self.owner, self.evidence, self.attribute, self.review)
        widgets = (self.text, self.overdue, self.overdue_actions, *combos)
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.overdue_actions.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._typing.stop()

    def show_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("%s of %s") % (number(shown), number(total)))

    def _apply_now(self) -> None:
        self._typing.stop()
        self.changed.emit()


def _both(first: frozenset[int] | None, second: frozenset[int] | None) -> frozenset[int] | None:
    """The rows in both limits; either may be None for no limit."""
    if first is None:
        return second
    if second is None:
        return first
    return first & second
