"""The main window: the open project's name, its libraries and the readiness of each chapter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.libraries import library_counts
from accredit_tracker.core.project import PROJECT_SUFFIX, Project, ProjectError, open_project
from accredit_tracker.core.readiness import assessments, overview
from accredit_tracker.core.scoring import format_score
from accredit_tracker.ui.readiness_model import COL_TITLE, ChapterReadinessModel


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.project: Project | None = None
        self.setWindowTitle(self.tr("Accredit Tracker"))
        self.setMinimumSize(640, 420)

        self.project_label = QLabel()
        self.project_label.setObjectName("projectLabel")
        self.project_label.setTextFormat(Qt.TextFormat.RichText)
        self.assessment_box = QComboBox()
        self.assessment_box.setObjectName("assessmentBox")
        self.assessment_box.currentIndexChanged.connect(self._show_assessment)
        self.verdict_label = QLabel()
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setObjectName("verdictLabel")
        self.model = ChapterReadinessModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Assessment:")))
        chooser.addWidget(self.assessment_box, 1)
        layout = QVBoxLayout()
        layout.addWidget(self.project_label)
        layout.addLayout(chooser)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar()
        self._show_project()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 680)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open project…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_project)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(self.settings.value("last_folder", str(Path.home()))),
            self.tr("Accredit Tracker projects (*%s);;All files (*)") % PROJECT_SUFFIX,
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a project file; on failure say why and keep the current project open."""
        try:
            project = open_project(path)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(error))
            return False
        self.set_project(project)
        self.settings.setValue("last_project", str(path))
        self.settings.setValue("last_folder", str(path.parent))
        return True

    def set_project(self, project: Project) -> None:
        if self.project is not None:
            self.project.close()
        self.project = project
        self._show_project()

    def _show_project(self) -> None:
        self.assessment_box.blockSignals(True)
        self.assessment_box.clear()
        if self.project is None:
            self.project_label.setText(self.tr("No project is open. Use File → Open project."))
            self.model.set_overview(None)
            self.verdict_label.clear()
            self.assessment_box.blockSignals(False)
            return
        self.setWindowTitle(self.tr("%s — Accredit Tracker") % self.project.name)
        with self.project.session() as session:
            lines = [f"<h2>{_escape(self.project.name)}</h2>"]
            for counts in library_counts(session):
                lines.append(
                    self.tr("%s: %s chapters, %s standards, %s measurable elements")
                    % (
                        _escape(counts.name),
                        f"{counts.chapters:,}",
                        f"{counts.standards:,}",
                        f"{counts.elements:,}",
                    )
                )
            if len(lines) == 1:
                lines.append(self.tr("No standards library yet."))
            for assessment in assessments(session):
                self.assessment_box.addItem(assessment.name, assessment.id)
        self.project_label.setText("<br>".join(lines))
        self.assessment_box.blockSignals(False)
        self._show_assessment()

    def _show_assessment(self) -> None:
        assessment_id = self.assessment_box.currentData()
        if self.project is None or assessment_id is None:
            self.model.set_overview(None)
            self.verdict_label.setText(self.tr("No assessment yet."))
            return
        with self.project.session() as session:
            view = overview(session, assessment_id)
        self.model.set_overview(view)
        score = view.score
        verdict = score.verdict
        text = self.tr("<b>Overall %s — %s</b>") % (
            format_score(score.profile, score.overall),
            verdict.label,
        )
        if verdict.provisional:
            text += self.tr(" (provisional: %s elements not assessed yet)") % (
                f"{score.not_assessed:,}"
            )
        if verdict.reasons:
            text += "<br>" + _escape("; ".join(verdict.reasons))
        self.verdict_label.setText(text)
        self.statusBar().showMessage(score.profile.name)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
