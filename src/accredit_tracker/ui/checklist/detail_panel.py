"""The detail panel: one element's full text with what its library says of it (section path,
guidance, the publisher's attributes), result, status, owner, dates, notes, evidence files,
the findings of tracers on it, and its history."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.assessment.checklist import ElementRow, HistoryEntry
from accredit_tracker.core.audit.difference import is_long, word_difference
from accredit_tracker.core.evidence.queries import EvidenceRow
from accredit_tracker.core.library.element_details import ElementDetails
from accredit_tracker.core.tracers.queries import EarlierFinding, FindingRow
from accredit_tracker.core.tracers.words import severity
from accredit_tracker.core.vocabulary import Result, WorkStatus
from accredit_tracker.ui.common.date_field import DateField
from accredit_tracker.ui.common.labels import (
    field_label,
    result_label,
    status_label,
    value_label,
)
from accredit_tracker.ui.common.locale_text import date_text, moment_text
from accredit_tracker.ui.evidence.file_list import EvidenceList

# The single keys that set a result in the checklist, in the order of the buttons.
RESULT_KEYS = {
    Result.FULLY_MET: "1",
    Result.PARTIALLY_MET: "2",
    Result.NOT_MET: "3",
    Result.NOT_APPLICABLE: "4",
    Result.NOT_ASSESSED: "0",
}
NOTES_SAVE_DELAY_MS = 800


class DetailPanel(QWidget):
    """Shows the current element; every edit is announced with :attr:`values_edited` (field →
    new value) and the window applies it, through the undo stack, to the selected elements."""

    values_edited = Signal(object)  # dict of field → value (object keeps enums and dates intact)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.row: ElementRow | None = None
        self.selected_count = 0
        self.read_only = False  # a locked assessment: shown, not changed

        self.heading = QLabel()
        self.heading.setObjectName("elementHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # What the library says beyond the element's text; hidden for a list that says nothing.
        self.details = QTextBrowser()
        self.shown_details: ElementDetails | None = None  # what self.details shows
        self.details.setObjectName("elementDetails")
        self.details.setOpenLinks(False)
        self.details.setMaximumHeight(self.fontMetrics().height() * 9)
        self.details.setVisible(False)

        self.result_buttons = QButtonGroup(self)
        self.result_buttons.setExclusive(True)
        buttons = QGridLayout()
        for i, result in enumerate(RESULT_KEYS):
            button = QPushButton(result_label(result))
            button.setCheckable(True)
            button.setToolTip(self.tr("%s (key %s)") % (result_label(result), RESULT_KEYS[result]))
            button.setObjectName(f"result_{result.value}")
            self.result_buttons.addButton(button, i)
            buttons.addWidget(button, i // 2, i % 2)
        self.result_buttons.idClicked.connect(self._result_clicked)

        self.status = QComboBox()
        for status in WorkStatus:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(
            lambda _i: self._edited("work_status", WorkStatus(self.status.currentData()))
        )
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Who is responsible"))
        self.owner.editingFinished.connect(lambda: self._edited("owner", self.owner.text().strip()))
        self.department = QLineEdit()
        self.department.editingFinished.connect(
            lambda: self._edited("department", self.department.text().strip())
        )
        self.has_due = QCheckBox(self.tr("Due by"))
        self.due = DateField()
        self.has_due.toggled.connect(self._due_toggled)
        self.due.dateChanged.connect(lambda _d: self._due_changed())
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes are saved as you type"))
        self.notes.setTabChangesFocus(True)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self.flush_notes)
        self.notes.textChanged.connect(self._notes_typed)

        self.evidence = EvidenceList()
        self.evidence.setObjectName("evidence")

        self.findings_label = QLabel(self.tr("Findings"))
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)

        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)

        form = QFormLayout()
        # In a narrow panel a long label (Russian's "Ответственный") goes above its field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(due_row)
        # Each part keeps room to be read (the element's whole text, a few files, several
        # changes); on a small screen the panel scrolls rather than squeeze them.
        lines = self.fontMetrics().lineSpacing()
        self.notes.setMinimumHeight(4 * lines + 12)
        self.evidence.setMinimumHeight(9 * lines)
        self.history.setMinimumHeight(8 * lines)
        content = QWidget()
        content.setObjectName("detailContent")
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.evidence, 2)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings, 1)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 2)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("detailScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        # Never narrower than its parts: the text wraps in the width, the buttons do not.
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(content.minimumSizeHint().width() + scroll_bar + 4)
        self.show_row(None, 0, [])

    def set_completions(self, owners: list[str], departments: list[str]) -> None:
        for line, names in ((self.owner, owners), (self.department, departments)):
            completer = QCompleter(names, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)

    def show_row(
        self,
        row: ElementRow | None,
        selected_count: int,
        history: list[HistoryEntry],
        chapter_title: str = "",
        standard_text: str = "",
        evidence: list[EvidenceRow] | None = None,
        details: ElementDetails | None = None,
    ) -> None:
        """Show an element (the current one of ``selected_count`` selected), without emitting;
        ``evidence`` None keeps the files listed (the same element, after a change to its
        fields)."""
        self.flush_notes()
        self.row = row
        self.selected_count = selected_count
        blockers = [
            QSignalBlocker(w)
            for w in (self.status, self.owner, self.department, self.due, self.has_due, self.notes)
        ]
        enabled = row is not None and not self.read_only
        for widget in (self.status, self.owner, self.department, self.has_due):
            widget.setEnabled(enabled)
        self.notes.setEnabled(row is not None)
        self.notes.setReadOnly(self.read_only)
        for button in self.result_buttons.buttons():
            button.setEnabled(enabled)
        self._show_details(details if row is not None else None)
        if row is None:
            self.heading.setText(self.tr("<i>Select a measurable element.</i>"))
            self.result_buttons.setExclusive(False)
            for button in self.result_buttons.buttons():
                button.setChecked(False)
            self.result_buttons.setExclusive(True)
            self.owner.clear()
            self.department.clear()
            self.notes.clear()
            self.has_due.setChecked(False)
            self.due.setEnabled(False)
            self.history.clear()
            self.show_findings([])
            self.evidence.show_files([], enabled=False)
            del blockers
            return
        extra = ""
        if selected_count > 1:
            extra = self.tr(
                "<p><b>%Ln element(s) selected</b>: result, status, owner, department, "
                "due date and evidence you add or link apply to all of them.</p>",
                "",
                selected_count,
            )
        self.heading.setText(
            f"{extra}<p><b>{html.escape(row.chapter_code)}</b> {html.escape(chapter_title)}</p>"
            f"<p><b>{html.escape(row.standard_code)}</b> {html.escape(standard_text)}</p>"
            f"<p><b>{html.escape(row.code)}</b> {html.escape(row.text)}</p>"
        )
        self.result_buttons.button(list(RESULT_KEYS).index(row.result)).setChecked(True)
        self.status.setCurrentIndex(self.status.findData(row.work_status))
        self.owner.setText(row.owner)
        self.department.setText(row.department)
        self.has_due.setChecked(row.due_date is not None)
        self.due.setEnabled(row.due_date is not None and not self.read_only)
        due = row.due_date or date.today()
        self.due.setDate(QDate(due.year, due.month, due.day))
        if self.notes.toPlainText() != as_edited(row.notes):
            self.notes.setPlainText(row.notes)
        if evidence is not None:
            self.evidence.show_files(evidence, enabled=True, read_only=self.read_only)
        self.history.clear()
        for entry in history:
            self.history.addItem(_history_item(entry))
        del blockers

    def _show_details(self, details: ElementDetails | None) -> None:
        self.shown_details = details
        if details is None or details.empty:
            self.details.clear()
            self.details.setVisible(False)
            return
        section = self.tr("Section")
        guidance = self.tr("Guidance")
        standard_guidance = self.tr("Guidance for the standard")
        parts = []
        if details.section_path:
            parts.append(f"<p><b>{section}:</b> {_html(details.section_path)}</p>")
        for name, value in details.attributes.items():
            parts.append(f"<p><b>{_html(name)}:</b> {_html(value)}</p>")
        if details.guidance:
            parts.append(f"<p><b>{guidance}:</b><br>{_html(details.guidance)}</p>")
        if details.standard_guidance:
            parts.append(
                f"<p><b>{standard_guidance}:</b><br>{_html(details.standard_guidance)}</p>"
            )
        self.details.setHtml("".join(parts))
        self.details.setVisible(True)

    def show_findings(
        self, findings: list[FindingRow], earlier: list[EarlierFinding] | None = None
    ) -> None:
        """List the findings of tracers on the element, the newest first, then those earlier
        surveys recorded on it; the list hides while there are none."""
        self.findings.clear()
        earlier = earlier or []
        for finding in findings:
            accepted = self.tr(" — accepted") if finding.accepted else ""
            if finding.repeat:
                accepted += self.tr(" — repeat finding")
            self.findings.addItem(
                self.tr("%1: %2 (%3, %4)%5")
                .replace("%1", f"{finding.tracer_kind.shown}, {moment_text(finding.recorded_at)}")
                .replace("%2", finding.observed)
                .replace("%3", result_label(finding.compliance))
                .replace("%4", severity(finding.likelihood, finding.impact))
                .replace("%5", accepted)
            )
        for old in earlier:
            self.findings.addItem(
                self.tr("Earlier, in %1: %2 (%3)")
                .replace("%1", old.assessment_name)
                .replace("%2", old.observed)
                .replace("%3", result_label(old.compliance))
            )
        self.findings_label.setText(self.tr("Findings (%n)", "", len(findings)))
        shown = bool(findings or earlier)
        self.findings_label.setVisible(shown)
        self.findings.setVisible(shown)

    def flush_notes(self) -> None:
        """Save notes typed since the last save now (on selection change, close, or timer)."""
        self._notes_timer.stop()
        if self.notes_pending():
            self.values_edited.emit({"notes": self.notes.toPlainText()})

    def notes_pending(self) -> bool:
        """Whether notes typed here are not saved yet (typing, or a save that failed)."""
        return self.row is not None and self.notes.toPlainText() != as_edited(self.row.notes)

    def _notes_typed(self) -> None:
        self._notes_timer.start()

    def _result_clicked(self, button_id: int) -> None:
        self._edited("result", list(RESULT_KEYS)[button_id])

    def _due_toggled(self, checked: bool) -> None:
        self.due.setEnabled(checked)
        self._edited("due_date", self.due.date().toPython() if checked else None)

    def _due_changed(self) -> None:
        if self.has_due.isChecked():
            self._edited("due_date", self.due.date().toPython())

    def _edited(self, name: str, value: object) -> None:
        if self.row is None:
            return
        if name != "result" and getattr(self.row, name) == value:
            return
        self.values_edited.emit({name: value})


def as_edited(notes: str) -> str:
    """``notes`` as the editor gives them back once shown: it ends every line with a plain
    line feed (a stored carriage return, or a line or paragraph separator, becomes one), so
    stored notes are compared in that form, and showing them is never taken for typing."""
    if not any(mark in notes for mark in "\r\u2028\u2029"):
        return notes
    return QTextDocument(notes).toPlainText()


def _html(text: str) -> str:
    """Plain text as HTML, its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def _history_item(entry: HistoryEntry) -> QListWidgetItem:
    """One recorded change: when, who, the field and old → new, or for long text what changed
    word by word (the whole old and new text in its tooltip); days as the window shows them."""
    old, new = (_shown_value(entry.field, v) for v in (entry.old_value, entry.new_value))
    # From or to nothing, the text itself says more than a difference would.
    difference = word_difference(old, new) if old and new and is_long(old, new) else ""
    change = difference or f"{_short(old) or '—'} → {_short(new) or '—'}"
    item = QListWidgetItem(
        QCoreApplication.translate("DetailPanel", "%s  %s  %s: %s")
        % (moment_text(entry.at), entry.user, field_label(entry.field), change)
    )
    if is_long(old, new):
        item.setToolTip(f"{old or '—'}\n→\n{new or '—'}")
    return item


def _shown_value(field: str, value: str) -> str:
    if field == "due_date" and value:
        try:
            return date_text(date.fromisoformat(value))
        except ValueError:
            return value
    return value_label(field, value)


def _short(text: str) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"
