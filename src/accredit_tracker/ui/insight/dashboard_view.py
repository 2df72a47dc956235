"""The readiness dashboard of one assessment: are we ready (score and verdict), where are we
weak (chapters, results, overdue work, warnings a surveyor would catch) and how it went (day by
day). Clicking a chapter or a flagged element opens it in the checklist; it prints and saves
as PDF. Its figures are read off the GUI thread: the tab shows at once and fills when they
arrive."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.crosswalk.carrying import ReviewCounts, review_counts
from accredit_tracker.core.i18n import translate
from accredit_tracker.core.progress import TaskMonitor
from accredit_tracker.core.readiness.dashboard import Dashboard, dashboard
from accredit_tracker.core.readiness.scoring import ProfileKind, ScoringProfile, number_text
from accredit_tracker.core.readiness.warnings import FlaggedStandard, QualityWarning
from accredit_tracker.core.storage.garbage_collection import paused_garbage_collection
from accredit_tracker.core.storage.project import Project
from accredit_tracker.core.storage.project_details import facility_name
from accredit_tracker.core.tracers.queries import (
    ActionSummary,
    action_summary,
    repeat_findings_by_chapter,
)
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.common.paged_reading import Deliver, PagedReading
from accredit_tracker.ui.common.saving import FileKind, choose_save_path
from accredit_tracker.ui.insight.dashboard_charts import (
    RESULT_STRONG,
    ChapterBar,
    ChapterBars,
    HistoryChart,
    ResultStrip,
    Slice,
    TickText,
    has_history,
)
from accredit_tracker.ui.insight.dashboard_document import (
    DashboardPaper,
    no_history_sentence,
    paint_document,
    write_pdf,
)

_ELEMENT_ROLE = Qt.ItemDataRole.UserRole + 1
# A new assessment's "no owner" warning names every element; the list shows the first ones.
LISTED_ELEMENTS = 500


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the tab shows, read in one go: the core's dashboard, the corrective actions,
    the repeat findings by chapter and what is left to review after carrying."""

    data: Dashboard
    actions: ActionSummary
    repeats: dict[str, int]
    review: ReviewCounts


def read_figures(project: Project, assessment_id: int, today: date) -> DashboardFigures:
    """The tab's figures, in one session of their own (safe on any thread)."""
    with project.session() as session:
        return DashboardFigures(
            dashboard(session, assessment_id, today=today),
            action_summary(session, assessment_id, today),
            repeat_findings_by_chapter(session, assessment_id),
            review_counts(session, assessment_id),
        )


def maximum_score(profile: ScoringProfile) -> float:
    """The top of a chapter bar: full points, or 100 %."""
    if profile.kind is ProfileKind.POINTS and profile.points is not None:
        return profile.points.for_result(Result.FULLY_MET)
    return 100.0


def tick_text(profile: ScoringProfile) -> TickText:
    """How the chapter axis writes a score under the profile: points, or a percentage."""
    if profile.kind is ProfileKind.POINTS:
        return number_text
    return lambda value: f"{number_text(value)} %"


class DashboardView(QScrollArea):
    """Reads the assessment's dashboard from the core, in the background, each time it is
    shown or refreshed; until the figures arrive it says it is reading (over the figures
    of the previous read, if any)."""

    chapter_chosen = Signal(str)
    element_chosen = Signal(int)

    def __init__(self, project: Project, assessment_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.project = project
        self.assessment_id = assessment_id
        self.data: Dashboard | None = None
        self.setWidgetResizable(True)
        # At 500,000 audit rows the read takes seconds: it runs in the thread pool, and a
        # newer read (another refresh) supersedes the one still running.
        reading = self.reading = PagedReading(self)
        reading.finished.connect(self._show_figures)
        reading.failed.connect(self._say_not_read)
        # Gone with its tab (another assessment chosen), its read is no longer wanted.
        self.destroyed.connect(lambda *_: reading.stop())

        self.page = QWidget()
        self.state = QLabel()
        self.state.setObjectName("dashboardState")
        self.state.setWordWrap(True)
        self.state.hide()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        # What is left to review after carrying values through a mapping; shown until none is.
        self.to_review = QLabel()
        self.to_review.setObjectName("carriedToReview")
        self.to_review.setWordWrap(True)
        self.to_review.hide()
        self.chapters = ChapterBars()
        self.chapters.chapter_clicked.connect(self.chapter_chosen)
        self.results = ResultStrip()
        self.overdue = QTableWidget(0, 2)
        self.overdue.setHorizontalHeaderLabels(
            [translate("DashboardView", "Owner"), translate("DashboardView", "Overdue")]
        )
        self.overdue.verticalHeader().setVisible(False)
        # The count's title whole (Russian's is long), the owner's name the rest.
        overdue_header = self.overdue.horizontalHeader()
        overdue_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        overdue_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.overdue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overdue.setMaximumHeight(150)
        self.overdue.setWordWrap(False)
        self.overdue.verticalHeader().setDefaultSectionSize(22)
        self.action_figures = QLabel()
        self.action_figures.setObjectName("correctiveActions")
        self.action_figures.setWordWrap(True)
        self.action_figures.setTextFormat(Qt.TextFormat.RichText)
        self.action_figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history = HistoryChart()
        self.no_history = QLabel(no_history_sentence())
        self.no_history.setObjectName("noHistory")
        self.no_history.setWordWrap(True)
        self.warnings = QTreeWidget()
        self.warnings.setObjectName("qualityWarnings")
        self.warnings.setHeaderHidden(True)
        self.warnings.setMinimumHeight(160)
        self.warnings.itemActivated.connect(self._warning_activated)

        self.refresh_button = QPushButton(translate("DashboardView", "Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(translate("DashboardView", "Print…"))
        self.print_button.clicked.connect(self.print_dashboard)
        self.pdf_button = QPushButton(translate("DashboardView", "Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        for button in (self.refresh_button, self.print_button, self.pdf_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        middle = QHBoxLayout()
        middle.addWidget(_group(translate("DashboardView", "Results"), self.results), 2)
        middle.addWidget(_group(translate("DashboardView", "Overdue by owner"), self.overdue), 1)
        middle.addWidget(
            _group(translate("DashboardView", "Corrective actions"), self.action_figures), 1
        )
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.to_review)
        layout.addWidget(
            _group(
                translate(
                    "DashboardView", "Chapters — the dashed line is the threshold; click a bar"
                ),
                self.chapters,
            )
        )
        layout.addLayout(middle)
        over_time = _group(translate("DashboardView", "Readiness over time"), self.history)
        over_time_layout = over_time.layout()
        assert over_time_layout is not None
        over_time_layout.addWidget(self.no_history)
        layout.addWidget(over_time)
        layout.addWidget(
            _group(
                translate("DashboardView", "What a surveyor would catch — double-click to open"),
                self.warnings,
            )
        )
        layout.addStretch(1)
        self.setWidget(self.page)

    @property
    def busy(self) -> bool:
        """Whether a read is running (the tab says "Reading…")."""
        return self.reading.busy

    def refresh(self) -> None:
        """Read the figures again in the background; they are shown when the read ends."""
        project, assessment_id, today = self.project, self.assessment_id, date.today()

        def read(_deliver: Deliver, _monitor: TaskMonitor) -> DashboardFigures:
            return read_figures(project, assessment_id, today)

        self.state.setText(translate("DashboardView", "Reading…"))
        self.state.show()
        self.reading.start(read)

    def refresh_now(self) -> None:
        """Read the figures and show them before returning (for printing before any read)."""
        self.reading.stop()
        self._show_figures(read_figures(self.project, self.assessment_id, date.today()))

    def _say_not_read(self, error: object) -> None:
        self.state.setText(
            translate("DashboardView", "The dashboard could not be read: %s") % error
        )
        self.state.show()

    def _show_figures(self, figures: DashboardFigures) -> None:
        # At 120,000 elements the figures hold as many objects (the warnings' elements): the
        # cyclic collector would scan them all, on the GUI thread, again and again.
        with paused_garbage_collection(freeze_survivors=True):
            self._fill(figures)

    def _fill(self, figures: DashboardFigures) -> None:
        self.state.hide()
        self.data = data = figures.data
        reasons = "".join(f"<br>• {html.escape(r)}" for r in data.verdict.reasons)
        provisional = (
            translate("DashboardView", " (provisional)") if data.verdict.provisional else ""
        )
        self.heading.setText(
            f"<h2>{html.escape(data.assessment_name)}</h2>"
            f"<p><b>{html.escape(data.profile.name)}: {html.escape(data.overall_text)} — "
            f"{html.escape(data.verdict.label)}{provisional}</b>{reasons}</p>"
        )
        self.chapters.set_bars(
            [
                ChapterBar(
                    c.code, c.title, c.score, c.threshold, c.meets, c.score_text, c.enough_assessed
                )
                for c in data.chapters
            ],
            maximum_score(data.profile),
            tick_text(data.profile),
        )
        self.results.set_slices(
            [
                Slice(
                    result_label(r),
                    data.distribution.get(r, 0),
                    RESULT_STRONG[r],
                )
                for r in Result
            ]
        )
        self.overdue.setRowCount(len(data.overdue_by_owner))
        for row, (owner, count) in enumerate(
            sorted(data.overdue_by_owner.items(), key=lambda item: -item[1])
        ):
            self.overdue.setItem(row, 0, QTableWidgetItem(owner))
            self.overdue.setItem(row, 1, QTableWidgetItem(number(count)))
        self._show_actions(figures.actions, figures.repeats)
        applicable = data.history[-1].applicable if data.history else 0
        points = [(p.day, p.fully_met, p.assessed) for p in data.history]
        self.history.set_points(points, applicable)
        # One day of history is a dot, not a course: say when there will be one instead.
        self.history.setVisible(has_history(points))
        self.no_history.setVisible(not has_history(points))
        self._show_warnings(data.warnings)
        self._show_review(figures.review)

    def _show_review(self, counts: ReviewCounts) -> None:
        self.to_review.setVisible(counts.total > 0)
        self.to_review.setText(
            translate(
                "DashboardView",
                "<b>To review after carrying through a mapping:</b> %s carried, not yet "
                "reviewed; %s with suggestions. The checklist's review list shows them.",
            )
            % (number(counts.carried), number(counts.suggested))
        )

    def _show_actions(self, summary: ActionSummary, repeats: dict[str, int]) -> None:
        """The actions by status, the overdue ones by owner, and the repeat findings per
        chapter."""
        repeat_lines = []
        if repeats:
            counts = ", ".join(f"{html.escape(c)} {number(n)}" for c, n in repeats.items())
            repeat_lines = [translate("DashboardView", "<b>Repeat findings:</b> %s") % counts]
        if not summary.total:
            self.action_figures.setText(
                "<br>".join(
                    [
                        translate(
                            "DashboardView", "No corrective actions yet; raise them on Tracers."
                        ),
                        *repeat_lines,
                    ]
                )
            )
            return
        lines = [
            f"{html.escape(status.shown)}: {number(n)}"
            for status, n in summary.by_status.items()
            if n
        ]
        overdue = translate("DashboardView", "<b>Overdue: %s</b>") % number(summary.overdue)
        owners = [
            f"{html.escape(owner or translate('DashboardView', '(no owner)'))}: {number(n)}"
            for owner, n in summary.overdue_by_owner.items()
        ]
        self.action_figures.setText("<br>".join([*lines, overdue, *owners, *repeat_lines]))

    def _show_warnings(self, warnings: tuple[QualityWarning, ...]) -> None:
        self.warnings.clear()
        for warning in warnings:
            count = len(warning.standards) or len(warning.elements)
            top = QTreeWidgetItem(
                [f"{translate('DashboardView', warning.kind.label)} ({number(count)})"]
            )
            self.warnings.addTopLevelItem(top)
            if warning.standards:
                for standard in warning.standards:
                    child = QTreeWidgetItem([_failing_standard(standard)])
                    top.addChild(child)
                    for element in standard.elements:
                        child.addChild(_element_item(element.code, element.element_assessment_id))
            else:
                listed = warning.elements[:LISTED_ELEMENTS]
                top.addChildren(
                    [
                        _element_item(
                            element.code
                            + (f" — {', '.join(element.files)}" if element.files else ""),
                            element.element_assessment_id,
                        )
                        for element in listed
                    ]
                )
                if len(warning.elements) > len(listed):
                    # A tree of 120,000 items would take the window a second to build; the
                    # checklist's filters list them all.
                    more = len(warning.elements) - len(listed)
                    top.addChild(
                        QTreeWidgetItem(
                            [translate("DashboardView", "… and %s more") % number(more)]
                        )
                    )

    def _warning_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        element_id = item.data(0, _ELEMENT_ROLE)
        if element_id is not None:
            self.element_chosen.emit(int(element_id))

    # Paper

    def paper(self) -> DashboardPaper:
        """The facility, the day and the chapter axis the printed dashboard shows."""
        assert self.data is not None
        facility = self.project.read(facility_name) or self.project.name
        return DashboardPaper(
            facility, date.today(), maximum_score(self.data.profile), tick_text(self.data.profile)
        )

    def print_dashboard(self) -> None:
        if self.data is None:
            self.refresh_now()
        assert self.data is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            paint_document(printer, self.data, self.paper())

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the dashboard as a document: A4 landscape pages with vector text and charts."""
        if path is None:
            path = choose_save_path(
                self,
                translate("DashboardView", "Save the dashboard as PDF"),
                Path.home() / f"Dashboard {date.today():%Y-%m-%d}.pdf",
                [FileKind(translate("DashboardView", "PDF documents (*.pdf)"), ".pdf")],
            )
            if path is None:
                return None
        if self.data is None:
            self.refresh_now()
        assert self.data is not None
        write_pdf(path, self.data, self.paper())
        return path


def _group(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content, 0, Qt.AlignmentFlag.AlignTop)
    return box


def _element_item(text: str, element_assessment_id: int) -> QTreeWidgetItem:
    item = QTreeWidgetItem([text])
    item.setData(0, _ELEMENT_ROLE, element_assessment_id)
    return item


def _failing_standard(standard: FlaggedStandard) -> str:
    """ "IPSG.2: 4.5 < 5" — a standard's score against the threshold it misses."""
    if standard.score is None or standard.threshold is None:
        return standard.code
    return f"{standard.code}: {number_text(standard.score)} < {number_text(standard.threshold)}"
