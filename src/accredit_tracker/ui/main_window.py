"""The main window: opens and closes the project, shows the chosen assessment's checklist,
dashboard and tracers, and puts each capability's actions into its menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
)

from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.storage.change_notices import ELEMENTS
from accredit_tracker.core.storage.credentials import carries_password, without_password
from accredit_tracker.core.storage.project import (
    PROJECT_SUFFIX,
    Project,
    ProjectDamaged,
    ProjectError,
    open_project,
)
from accredit_tracker.ui.checklist.actions import ChecklistActions
from accredit_tracker.ui.checklist.view import ChecklistView
from accredit_tracker.ui.common.preferences import Preferences
from accredit_tracker.ui.crosswalk.actions import CrosswalkActions
from accredit_tracker.ui.evidence.menu_actions import EvidenceMenuActions
from accredit_tracker.ui.help_actions import HelpActions
from accredit_tracker.ui.imports.actions import ImportActions
from accredit_tracker.ui.insight.actions import InsightActions
from accredit_tracker.ui.insight.dashboard_view import DashboardView
from accredit_tracker.ui.insight.score_label import ScoreLabel
from accredit_tracker.ui.project.actions import ProjectActions
from accredit_tracker.ui.project.assessment_actions import AssessmentActions
from accredit_tracker.ui.project.preference_actions import (
    PreferenceActions,
    max_file_bytes,
    preferred_user,
)
from accredit_tracker.ui.tracers.actions import TracerActions
from accredit_tracker.ui.tracers.view import TracersView

if TYPE_CHECKING:
    from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog


class MainWindow(QMainWindow):
    language_changed = Signal()
    """The user chose another language: the application rebuilds the window in it."""

    def __init__(self, preferences: Preferences, user: str | None = None) -> None:
        super().__init__()
        self.preferences = preferences
        self.user = user or preferred_user(preferences)
        self.project: Project | None = None
        self.has_library = False  # whether the open project has a standards library yet
        self.checklist: ChecklistView | None = None
        self.dashboard: DashboardView | None = None
        self.tracers: TracersView | None = None
        # Non-modal windows over the open project (evidence library, audit trail), by name;
        # they close with the project they show.
        self.side_windows: dict[str, QDialog] = {}
        self.undo_stack = QUndoStack(self)
        # Others' changes on a shared project refresh the dashboard when shown, at most
        # this often however fast the notices come.
        self._others_refresh = QTimer(self)
        self._others_refresh.setSingleShot(True)
        self._others_refresh.setInterval(OTHERS_REFRESH_MS)
        self._others_refresh.timeout.connect(self._refresh_dashboard_for_others)
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 560)

        self.score_label = ScoreLabel()
        # A normal status-bar widget, not a permanent one: a passing message (a backup made, a
        # file linked) takes the bar for its few seconds instead of being squeezed out.
        self.statusBar().addWidget(self.score_label, 1)
        # Said only when a shared project's others' changes are polled for, not heard of.
        self.watching_label = QLabel()
        self.watching_label.setObjectName("watchingLabel")
        self.watching_label.hide()
        self.statusBar().addPermanentWidget(self.watching_label)

        self.assessment_box = QComboBox()
        self.assessment_box.setObjectName("assessmentBox")
        self.assessment_box.setMinimumContentsLength(24)
        self.assessment_box.activated.connect(lambda _i: self.show_assessment())

        # Each capability's menu actions and what they do.
        self.project_actions = ProjectActions(self)
        self.import_actions = ImportActions(self)
        self.insight_actions = InsightActions(self)
        self.checklist_actions = ChecklistActions(self)
        self.preference_actions = PreferenceActions(self)
        self.evidence_actions = EvidenceMenuActions(self)
        self.assessment_actions = AssessmentActions(self)
        self.crosswalk_actions = CrosswalkActions(self)
        self.tracer_actions = TracerActions(self)
        self.help_actions = HelpActions(self)
        self._build_menus()
        self.show_project()

        geometry = preferences.main_window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: most of the screen, which on a hospital laptop is all of it.
            screen = self.screen().availableGeometry()
            self.resize(min(screen.width(), 1600), min(screen.height(), 1000))
        self._fit_to_screen()
        self._fitted_once = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    # Menus

    def _build_menus(self) -> None:
        """The menu bar and the toolbar, from the actions of each capability."""
        project, imports, insight = self.project_actions, self.import_actions, self.insight_actions
        checklist, preferences = self.checklist_actions, self.preference_actions
        evidence, assessment = self.evidence_actions, self.assessment_actions
        tracer = self.tracer_actions
        self._add_menu(
            self.tr("&File"),
            [
                project.new_action,
                project.open_action,
                project.open_shared_action,
                project.recent_menu,
            ],
            [
                imports.import_action,
                project.backup_action,
                project.copy_file_action,
                project.copy_shared_action,
            ],
            [
                insight.report_action,
                insight.report_trail_action,
                insight.csv_action,
                insight.not_assessed_action,
                tracer.plan_action,
                imports.take_back_action,
            ],
            [project.close_action, project.quit_action],
        )
        self._add_menu(
            self.tr("&Edit"),
            [checklist.undo_action, checklist.redo_action],
            [checklist.find_action, checklist.result_menu, checklist.bulk_action],
            [
                preferences.project_details_action,
                preferences.preferences_action,
                preferences.language_menu,
            ],
        )
        self._add_menu(
            self.tr("E&vidence"),
            [evidence.attach_action, evidence.paste_action, evidence.link_action],
            [evidence.library_action, evidence.binder_action, evidence.verify_action],
        )
        self._add_menu(
            self.tr("&Assessment"),
            [assessment.new_assessment_action, assessment.profile_action, assessment.lock_action],
            [
                tracer.new_tracer_action,
                tracer.record_finding_action,
                tracer.accept_finding_action,
                tracer.raise_action_action,
                tracer.verify_action_action,
                tracer.my_work_action,
            ],
            [insight.trail_action, insight.compare_action],
            [
                self.crosswalk_actions.mappings_action,
                self.crosswalk_actions.carry_into_action,
                self.crosswalk_actions.keep_action,
                self.crosswalk_actions.suggestions_action,
            ],
        )
        self._add_menu(
            self.tr("&Help"),
            [self.help_actions.guide_action, self.help_actions.shortcuts_action],
            [self.help_actions.about_action],
        )

        toolbar = QToolBar(self.tr("Assessment"))
        toolbar.setObjectName("assessmentToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Assessment: ")))
        toolbar.addWidget(self.assessment_box)
        toolbar.addAction(assessment.new_assessment_action)
        self.addToolBar(toolbar)

    def _add_menu(self, title: str, *sections: list[QAction | QMenu]) -> None:
        """A menu of the menu bar: its sections in order, a separator between two."""
        menu = self.menuBar().addMenu(title)
        for position, section in enumerate(sections):
            if position:
                menu.addSeparator()
            for entry in section:
                if isinstance(entry, QMenu):
                    menu.addMenu(entry)
                else:
                    menu.addAction(entry)

    def _update_actions(self) -> None:
        """Enable each menu action that can run on what the window shows now."""
        for group in (
            self.project_actions,
            self.import_actions,
            self.insight_actions,
            self.checklist_actions,
            self.preference_actions,
            self.evidence_actions,
            self.assessment_actions,
            self.crosswalk_actions,
            self.tracer_actions,
            self.help_actions,
        ):
            group.update_enabled()

    # Projects

    def open_path(self, path: Path | str, *, at_start: bool = False) -> bool:
        """Open a project file or a shared project's URL; on failure say why and keep the
        current project open. ``at_start``: the project the application starts with, whose
        failure leaves the window on its no-project screen with ways on offered."""
        if isinstance(path, str) and not carries_password(path):
            return self.project_actions.open_shared(path)
        return self.open_target(path, at_start=at_start)

    def open_target(self, path: Path | str, *, at_start: bool = False) -> bool:
        """Open a project file, or a shared project's URL that carries its password."""
        try:
            self.show_opened(path)
        except ProjectError as error:
            self.explain_open_failure(path, error, at_start=at_start)
            return False
        return True

    def show_opened(self, path: Path | str) -> None:
        """Open a project and show it. Raises :class:`ProjectError` when it cannot be opened,
        or is found damaged while being shown (it is closed again then)."""
        project = open_project(path)
        try:
            self.set_project(project)
        except ProjectError:
            self.set_project(None)
            raise
        self.project_actions.remember(path)

    def explain_open_failure(
        self, path: Path | str, error: ProjectError, *, at_start: bool = False
    ) -> None:
        """Say why a project did not open. A damaged file, and any failure at start, get a
        box offering ways on (open another, verify, restore from a backup); it does not
        wait to be answered, so the window is there behind it."""
        if at_start or isinstance(error, ProjectDamaged):
            from accredit_tracker.ui.project.open_problem import OpenProblemBox

            OpenProblemBox(self, path, error).open()
        else:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(error))

    def set_project(self, project: Project | None) -> None:
        self._leave_checklist()
        if self.project is not None:
            self.project.close()
        self.project = project
        self.show_project()

    def close_project(self) -> None:
        self.set_project(None)
        self.preferences.last_project = ""

    def show_project(self) -> None:
        """Show the open project: its assessments in the toolbar, the last one chosen shown,
        or a note on what to do first."""
        self.assessment_box.clear()
        if self.project is None:
            self.has_library = False
            self._update_actions()
            self.setWindowTitle(self.tr("Accredit Tracker"))
            self._show_start_page()
            return
        self.setWindowTitle(self.tr("%s — Accredit Tracker") % self.project.name)
        with self.project.session() as session:
            for assessment in assessments(session):
                self.assessment_box.addItem(assessment.name, assessment.id)
            libraries = library_counts(session)
        self.has_library = bool(libraries)
        self._update_actions()
        last = self.preferences.last_assessment(_settings_key(self.project))
        index = self.assessment_box.findData(last) if last is not None else -1
        self.assessment_box.setCurrentIndex(max(index, 0))
        if self.assessment_box.count():
            self.show_assessment()
        elif libraries:
            self._show_placeholder(
                self.tr(
                    "This project has a standards library but no assessment yet.\n\n"
                    "Use Assessment → New assessment to start one."
                )
            )
        else:
            self._show_placeholder(
                self.tr(
                    "This project has no standards library yet.\n\n"
                    "Use File → Import standards to read one from a spreadsheet."
                )
            )

    def _show_start_page(self) -> None:
        """The ways to begin, while no project is open."""
        from accredit_tracker.ui.project.start_page import StartPage

        self._leave_checklist()
        project = self.project_actions
        page = StartPage(project.recent_projects())
        page.demo_button.clicked.connect(project.open_demo)
        page.new_button.clicked.connect(project.new_project)
        page.open_button.clicked.connect(project.choose_project)
        page.shared_button.clicked.connect(lambda: project.open_shared())
        page.recent_chosen.connect(project.open_recent)
        self.start_page = page
        self.setCentralWidget(page)
        self.score_label.clear()

    def show_assessment_of(self, assessment_id: int) -> None:
        """Show the assessment with this id (one just started)."""
        self.assessment_box.setCurrentIndex(self.assessment_box.findData(assessment_id))
        self.show_assessment()

    def _show_placeholder(self, text: str) -> None:
        self._leave_checklist()
        self.placeholder = QLabel(text)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.setCentralWidget(self.placeholder)
        self.score_label.clear()

    def show_assessment(self) -> None:
        """Show the assessment chosen in the toolbar: its checklist and its dashboard."""
        assessment_id = self.assessment_box.currentData()
        if self.project is None or assessment_id is None:
            return
        self._leave_checklist()
        self.checklist = ChecklistView(self.project, assessment_id, self.user, self.undo_stack)
        self.checklist.score_changed.connect(self.score_label.show_score)
        self.checklist.watching_changed.connect(self._show_watching)
        self.checklist.others_changed.connect(self._others_changed)
        self._show_watching()
        self.checklist.evidence.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.checklist.evidence.max_file_bytes = max_file_bytes(self.preferences)
        self.checklist.evidence.preferences = self.preferences
        self.checklist.restore_state(self.preferences)
        self.score_label.show_score(self.checklist.score)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.dashboard = DashboardView(self.project, assessment_id)
        self.dashboard.chapter_chosen.connect(self._show_chapter)
        self.dashboard.element_chosen.connect(self.show_element)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tracers = TracersView(self.project, assessment_id, self.user, self.undo_stack)
        self.tracers.elements_changed.connect(self._elements_changed)
        self.tracers.findings_changed.connect(self._findings_changed)
        self.tracer_actions.connect_view(self.tracers)
        self.tabs.addTab(self.tracers, self.tr("Tracers"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.checklist.table.setFocus()
        self.preferences.remember_assessment(_settings_key(self.project), assessment_id)
        self._update_actions()

    def _show_watching(self) -> None:
        checklist = self.checklist
        text = checklist.watching_text if checklist is not None else ""
        self.watching_label.setText(text)
        self.watching_label.setToolTip(checklist.watching_reason if checklist is not None else "")
        self.watching_label.setVisible(bool(text))

    def _leave_checklist(self) -> None:
        for window in list(self.side_windows.values()):
            window.close()  # it reads the project being left
        self.side_windows.clear()
        if self.checklist is not None:
            self.checklist.stop_watching()
            self.checklist.save_state(self.preferences)
            self.checklist = None
            self.dashboard = None
            self._show_watching()
            self.tracers = None
        self.undo_stack.clear()
        self._update_actions()

    # Side windows and going to an element

    def open_side_window(self, name: str, dialog: QDialog) -> None:
        """Show a non-modal window, replacing the one of the same name."""
        previous = self.side_windows.pop(name, None)
        if previous is not None:
            previous.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._side_window_closed(name, dialog))
        dialog.show()
        self.side_windows[name] = dialog

    def _side_window_closed(self, name: str, dialog: QDialog) -> None:
        if self.side_windows.get(name) is dialog:
            del self.side_windows[name]

    @property
    def evidence_library(self) -> EvidenceLibraryDialog | None:
        window = self.side_windows.get("evidence_library")
        return cast("EvidenceLibraryDialog | None", window)

    def show_element(self, element_assessment_id: int) -> None:
        """Bring the checklist forward with one element selected (chosen in another window)."""
        if self.checklist is not None and self.checklist.show_element(element_assessment_id):
            self.tabs.setCurrentWidget(self.checklist)
            self.activateWindow()

    def _show_chapter(self, chapter_code: str) -> None:
        if self.checklist is not None and self.checklist.show_chapter(chapter_code):
            self.tabs.setCurrentWidget(self.checklist)

    def _tab_changed(self, index: int) -> None:
        shown = self.tabs.widget(index)
        if shown in (self.dashboard, self.tracers) and self.checklist is not None:
            self.checklist.detail.flush_notes()
        if self.dashboard is not None and shown is self.dashboard:
            self.dashboard.refresh()
        if self.tracers is not None and shown is self.tracers:
            self.tracers.reload()

    def _others_changed(self, tables: frozenset[str]) -> None:
        """Others committed changes to ``tables`` (the server's notices on a shared project):
        the tab in front reads again; the others do when they are brought forward."""
        shown = self.tabs.currentWidget() if self.checklist is not None else None
        if shown is not None and shown is self.dashboard and not self._others_refresh.isActive():
            self._others_refresh.start()
        if shown is not None and shown is self.tracers and tables - {ELEMENTS}:
            self.tracers.reload()

    def _refresh_dashboard_for_others(self) -> None:
        if self.dashboard is not None and self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh()

    def _elements_changed(self, element_ids: list[int]) -> None:
        """A finding accepted on the Tracers tab (or its acceptance undone) set results."""
        if self.checklist is not None:
            self.checklist.refresh_elements(element_ids)

    def _findings_changed(self) -> None:
        """Findings deleted or put back on the Tracers tab: the element's panel lists them."""
        if self.checklist is not None:
            self.checklist.refresh_findings()

    # Window events

    def _fit_to_screen(self) -> None:
        """Keep the whole window, frame and status bar included, on the screen it opens on
        (a size saved on a larger monitor would otherwise run off a laptop's edges)."""
        available = self.screen().availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        # Before the window manager has framed it, allow for a usual title bar and border.
        extra_width = max(frame.width() - inner.width(), 0) or _FRAME_GUESS[0]
        extra_height = max(frame.height() - inner.height(), 0) or _FRAME_GUESS[1]
        width = min(self.width(), available.width() - extra_width)
        height = min(self.height(), available.height() - extra_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        frame = self.frameGeometry()
        x = min(max(frame.x(), available.x()), available.right() + 1 - frame.width())
        y = min(max(frame.y(), available.y()), available.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, available.x()), max(y, available.y()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:
            # Once the frame is known: fit again with its real size.
            self._fitted_once = True
            QTimer.singleShot(0, self, self._fit_to_screen)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.checklist is not None:
            self.checklist.reload_if_changed_elsewhere()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.checklist is not None:
            self.checklist.reload_if_changed_elsewhere()
        return super().event(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_project(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_project(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave_checklist()
        self.preferences.main_window_geometry = self.saveGeometry()
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


OTHERS_REFRESH_MS = 500
"""How long the dashboard waits after others' change notice before reading again (and
gathers the notices that follow meanwhile into the same read)."""

_FRAME_GUESS = (16, 40)
"""Width and height a window manager's frame usually adds (borders, title bar), in pixels."""


def _settings_key(project: Project) -> str:
    """How the settings name a project: its file, or its URL without the password."""
    return str(project.path) if project.path is not None else without_password(project.url)


def _dropped_project(event: QDragEnterEvent | QDropEvent) -> Path | None:
    for url in event.mimeData().urls():
        if url.isLocalFile() and url.toLocalFile().endswith(PROJECT_SUFFIX):
            return Path(url.toLocalFile())
    return None
