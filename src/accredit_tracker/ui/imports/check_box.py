"""The import dialog's "Check" box: a headline with an icon over the list of problems found."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.interchange.reading.problems import Problem, problem_total
from accredit_tracker.interchange.standards.importer import ReadResult
from accredit_tracker.ui.common.problem_table_model import ProblemTableModel

ICONS = {
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class CheckResultBox(QGroupBox):
    """What reading the file found: ready to import, or the problems by sheet, row and column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check"), parent)
        self.icon_label = QLabel()
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = ProblemTableModel(self)
        view = self.problems_view = QTableView()
        view.setObjectName("problemsView")
        view.setModel(self.problems)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        for column in (
            ProblemTableModel.COL_SHEET,
            ProblemTableModel.COL_ROW,
            ProblemTableModel.COL_COLUMN,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemTableModel.COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        headline_row = QHBoxLayout()
        headline_row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        headline_row.addWidget(self.headline, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(headline_row)
        layout.addWidget(view, 1)
        layout.addStretch(0)

    # -- what is shown ---------------------------------------------------------------------------

    def show_message(self, kind: str, text: str, *, rich: bool = False) -> None:
        """Put text in the headline with the icon of its kind: "ok", "warning", "error" or ""."""
        if kind in ICONS:
            self.icon_label.setPixmap(self.style().standardIcon(ICONS[kind]).pixmap(24, 24))
        else:
            self.icon_label.clear()
        self.headline.setProperty("kind", kind)
        self.headline.setText(text if rich else escape(text, quote=False))

    def show_problems(self, problems: list[Problem]) -> None:
        """List what is wrong in the file and say that nothing was imported."""
        self._list(problems, visible=True)
        self.show_message(
            "error",
            f"<b>{escape(self._problem_count(problem_total(problems)), quote=False)}</b> "
            + escape(self.tr("Fix the file or the column mapping and check again."), quote=False),
            rich=True,
        )

    def show_unreadable(self, text: str, problems: list[Problem] | None) -> None:
        """Say in bold why the file or sheet cannot be read, over its problems if it has any."""
        self._list(problems or [], visible=bool(problems))
        self.show_message("error", f"<b>{escape(text, quote=False)}</b>", rich=True)

    def show_ready(self, result: ReadResult, name: str) -> None:
        """Say what a clean check found and list its warnings, if any."""
        self._list(result.warnings, visible=bool(result.warnings))
        self.show_summary(result, name)

    def show_summary(self, result: ReadResult, name: str) -> None:
        """Say what a clean check found, under the given library name; the list stays."""
        library = result.library
        counts = self.tr("%s, %s, %s; ready to import.") % (
            self._chapters(len(library.chapters)),
            self._standards(library.standard_count),
            self._elements(library.element_count),
        )
        text = f"<b>{escape(counts, quote=False)}</b><br>" + escape(
            self.tr("Import adds them to the project as the library “%s”.") % name, quote=False
        )
        if result.warnings:
            text += "<br>" + escape(self._notes(len(result.warnings)), quote=False)
        self.show_message("ok", text, rich=True)

    def clear(self) -> None:
        """Show no problems and no headline: nothing has been checked yet."""
        self._list([], visible=False)
        self.show_message("", "")

    def _list(self, problems: list[Problem], *, visible: bool) -> None:
        self.problems.set_rows(problems)
        self.problems_view.setVisible(visible)
        if self.problems.rowCount() <= 200:  # beyond that, measuring every row costs too much
            self.problems_view.resizeRowsToContents()

    # -- wording ---------------------------------------------------------------------------------

    def _problem_count(self, n: int) -> str:
        return self.tr("%Ln problem(s); nothing was imported.", "", n)

    def _notes(self, n: int) -> str:
        return self.tr("The %Ln note(s) below are worth reading first.", "", n)

    def _chapters(self, n: int) -> str:
        return self.tr("%Ln chapter(s)", "", n)

    def _standards(self, n: int) -> str:
        return self.tr("%Ln standard(s)", "", n)

    def _elements(self, n: int) -> str:
        return self.tr("%Ln measurable element(s)", "", n)


__all__ = ["CheckResultBox"]
