"""The main window: project files, assessments, menus and the checklist of the open assessment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
)

from accredit_tracker import __version__
from accredit_tracker.core.assessment.assessments import set_locked
from accredit_tracker.core.audit.recording import current_user
from accredit_tracker.core.library.libraries import library_counts
from accredit_tracker.core.readiness.overview import assessments
from accredit_tracker.core.readiness.scoring import AssessmentScore, format_score
from accredit_tracker.core.storage.credentials import (
    carries_password,
    remember_password,
    with_known_password,
    without_password,
)
from accredit_tracker.core.storage.project import (
    PROJECT_SUFFIX,
    AccessRefused,
    Project,
    ProjectError,
    create_project,
    is_database_url,
    open_project,
)
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.checklist.detail_panel import RESULT_KEYS
from accredit_tracker.ui.checklist.element_table_model import result_label
from accredit_tracker.ui.checklist.view import ChecklistView
from accredit_tracker.ui.common.language import (
    EXPORTS_IN_ENGLISH_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    apply_language,
    chosen_language,
    export_language,
    exports_in_english,
    spoken_language,
)
from accredit_tracker.ui.common.locale_text import number
from accredit_tracker.ui.insight.dashboard_view import DashboardView
from accredit_tracker.ui.project.shared_dialog import SharedProjectDialog

if TYPE_CHECKING:
    from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog

RECENT_LIMIT = 8
DEFAULT_MAX_FILE_MB = 200


SHARED_MESSAGE_MS = 8000  # how long a status-bar note about a shared project stays


class MainWindow(QMainWindow):
    language_changed = Signal()
    """The user chose another language: the application rebuilds the window in it."""

    def __init__(self, settings: QSettings, user: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.user = user or self._preferred_user()
        self.project: Project | None = None
        self.checklist: ChecklistView | None = None
        self.dashboard: DashboardView | None = None
        # Non-modal windows over the open project (evidence library, audit trail), by name;
        # they close with the project they show.
        self.side_windows: dict[str, QDialog] = {}
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 560)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.setCentralWidget(self.placeholder)
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        self.statusBar().addPermanentWidget(self.score_label, 1)

        self.assessment_box = QComboBox()
        self.assessment_box.setObjectName("assessmentBox")
        self.assessment_box.setMinimumContentsLength(24)
        self.assessment_box.activated.connect(lambda _i: self._show_assessment())
        self._build_menus()
        self._show_project()

        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First start: most of the screen, which on a hospital laptop is all of it.
            screen = self.screen().availableGeometry()
            self.resize(min(screen.width(), 1600), min(screen.height(), 1000))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    # Menus

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(
            self._action(
                self.tr("&Open project…"), self._choose_project, QKeySequence.StandardKey.Open
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Open &shared project…"),
                lambda: self.open_shared(),
                QKeySequence("Ctrl+Shift+O"),
            )
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import standards…"), self.import_standards, QKeySequence("Ctrl+I")
        )
        file_menu.addAction(self.import_action)
        self.backup_action = self._action(self.tr("&Back up project…"), self.back_up)
        file_menu.addAction(self.backup_action)
        self.copy_file_action = self._action(
            self.tr("Copy project to a &file…"), lambda: self.copy_project_to(shared=False)
        )
        self.copy_shared_action = self._action(
            self.tr("Copy project to a shared &database…"),
            lambda: self.copy_project_to(shared=True),
        )
        file_menu.addAction(self.copy_file_action)
        file_menu.addAction(self.copy_shared_action)
        file_menu.addSeparator()
        self.report_action = self._action(
            self.tr("E&xport audit report…"), self.export_report, QKeySequence("Ctrl+Shift+R")
        )
        self.report_trail_action = self._action(
            self.tr("Export audit report with the audit &trail…"),
            lambda: self.export_report(include_audit_trail=True),
        )
        self.csv_action = self._action(
            self.tr("Export elements as &CSV…"), lambda: self.export_report(csv=True)
        )
        self.take_back_action = self._action(
            self.tr("&Take back results from a report…"),
            lambda: self._with_checklist(lambda view: view.take_back_results(self.settings)),
            QKeySequence("Ctrl+Shift+T"),
        )
        for action in (
            self.report_action,
            self.report_trail_action,
            self.csv_action,
            self.take_back_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.close_action = self._action(
            self.tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close
        )
        file_menu.addAction(self.close_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Find…"), self._focus_filter, QKeySequence.StandardKey.Find
        )
        edit_menu.addAction(self.find_action)
        result_menu = edit_menu.addMenu(self.tr("Set &result of selection"))
        for result, key in RESULT_KEYS.items():
            action = QAction(f"{result_label(result)}\t{key}", self)
            action.triggered.connect(lambda _c=False, r=result: self._set_for_selection(result=r))
            result_menu.addAction(action)
        self.bulk_action = self._action(
            self.tr("&Bulk edit selection…"), self.bulk_edit, QKeySequence("Ctrl+E")
        )
        edit_menu.addAction(self.bulk_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Preferences…"), self.edit_preferences))
        edit_menu.addMenu(self._language_menu())

        evidence_menu = self.menuBar().addMenu(self.tr("E&vidence"))
        self.attach_action = self._action(
            self.tr("&Attach files to selection…"),
            lambda: self._with_checklist(
                lambda view: view.evidence.choose_and_attach(view.selected_ids())
            ),
            QKeySequence("Ctrl+Shift+A"),
        )
        self.paste_action = self._action(
            self.tr("&Paste image as evidence"),
            lambda: self._with_checklist(
                lambda view: view.evidence.paste_image(view.selected_ids())
            ),
            QKeySequence("Ctrl+Shift+V"),
        )
        self.link_action = self._action(
            self.tr("&Link existing evidence…"),
            lambda: self._with_checklist(lambda view: view.link_existing_evidence()),
            QKeySequence("Ctrl+Shift+L"),
        )
        self.library_action = self._action(
            self.tr("Evidence &library…"), self.show_evidence_library, QKeySequence("Ctrl+Shift+E")
        )
        self.verify_action = self._action(self.tr("&Verify stored files…"), self.verify_evidence)
        for action in (self.attach_action, self.paste_action, self.link_action):
            evidence_menu.addAction(action)
        evidence_menu.addSeparator()
        evidence_menu.addAction(self.library_action)
        evidence_menu.addAction(self.verify_action)

        assessment_menu = self.menuBar().addMenu(self.tr("&Assessment"))
        self.new_assessment_action = self._action(self.tr("&New assessment…"), self.new_assessment)
        assessment_menu.addAction(self.new_assessment_action)
        self.profile_action = self._action(self.tr("&Scoring profile…"), self.choose_profile)
        assessment_menu.addAction(self.profile_action)
        self.lock_action = QAction(self.tr("&Locked after the survey"), self)
        self.lock_action.setCheckable(True)
        self.lock_action.setToolTip(
            self.tr("A locked assessment can be read and exported but not changed")
        )
        self.lock_action.triggered.connect(self.set_locked)
        assessment_menu.addAction(self.lock_action)
        assessment_menu.addSeparator()
        self.trail_action = self._action(
            self.tr("Audit &trail…"), self.show_audit_trail, QKeySequence("Ctrl+Shift+H")
        )
        assessment_menu.addAction(self.trail_action)
        self.compare_action = self._action(self.tr("&Compare assessments…"), self.show_comparison)
        assessment_menu.addAction(self.compare_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1"))
        )
        help_menu.addSeparator()
        about = self._action(self.tr("&About Accredit Tracker"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

        toolbar = QToolBar(self.tr("Assessment"))
        toolbar.setObjectName("assessmentToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Assessment: ")))
        toolbar.addWidget(self.assessment_box)
        toolbar.addAction(self.new_assessment_action)
        self.addToolBar(toolbar)
        self._fill_recent_menu()

    def _language_menu(self) -> QMenu:
        """Edit → Language: the system's, or one of the translations (each named in itself)."""
        menu = QMenu(self.tr("&Language"), self)
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        chosen = chosen_language(self.settings)
        system = LANGUAGES[spoken_language("")]
        choices = {"": self.tr("System language (%s)") % system, **LANGUAGES}
        for code, name in choices.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.choose_language(code))
        return menu

    def choose_language(self, language: str) -> None:
        """Remember the language and rebuild the window in it (the project stays open)."""
        if language == chosen_language(self.settings):
            return
        self.settings.setValue(LANGUAGE_KEY, language)
        apply_language(language)
        self.language_changed.emit()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Accredit Tracker"),
            self.tr(
                "<h3>Accredit Tracker %s</h3>"
                "<p>Tracks a hospital's readiness for accreditation: the measurable elements "
                "of the standards, their results, owners and evidence, and the audit report.</p>"
                "<p>Free software under the MIT licence.</p>"
            )
            % __version__,
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_projects():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(_target(p)))
        self.recent_menu.setEnabled(bool(self.recent_projects()))

    def recent_projects(self) -> list[str]:
        value = self.settings.value("recent_projects", [])
        items = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [str(p) for p in items]

    def _remember(self, target: Path | str) -> None:
        """Put a project first in the recent list; a shared one without its password."""
        if isinstance(target, str):
            resolved = without_password(target)
        else:
            resolved = str(target.resolve())
            self.settings.setValue("last_folder", str(target.resolve().parent))
        recent = [resolved, *(p for p in self.recent_projects() if p != resolved)]
        self.settings.setValue("recent_projects", recent[:RECENT_LIMIT])
        self.settings.setValue("last_project", resolved)
        self._fill_recent_menu()

    # Projects

    def _choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(self.settings.value("last_folder", str(Path.home()))),
            self.tr("Accredit Tracker projects (*%s);;All files (*)") % PROJECT_SUFFIX,
        )
        if path:
            self.open_path(Path(path))

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            str(self.settings.value("last_folder", str(Path.home()))),
            self.tr("Accredit Tracker projects (*%s)") % PROJECT_SUFFIX,
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        try:
            project = create_project(target, user=self.user)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot create project"), str(error))
            return
        self.set_project(project)
        self._remember(target)

    def open_shared(self, url: str | None = None) -> bool:
        """Open a project shared on a database server: by ``url`` with the password from the
        keyring, or as typed into the dialog (which asks for what is missing)."""
        ready = with_known_password(url) if url else None
        remember = False
        if ready is None:
            dialog = SharedProjectDialog(self, url)
            if not dialog.exec():
                return False
            ready, remember = dialog.url(), dialog.remember.isChecked()
        if not self._open(ready):
            return False
        if remember and not remember_password(ready):
            self.statusBar().showMessage(
                self.tr("The system keyring did not take the password; it will be asked again."),
                SHARED_MESSAGE_MS,
            )
        return True

    def open_path(self, path: Path | str) -> bool:
        """Open a project file or a shared project's URL; on failure say why and keep the
        current project open."""
        if isinstance(path, str) and not carries_password(path):
            return self.open_shared(path)
        return self._open(path)

    def _open(self, path: Path | str) -> bool:
        try:
            project = open_project(path)
        except ProjectError as error:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(error))
            return False
        self.set_project(project)
        self._remember(path)
        return True

    def set_project(self, project: Project | None) -> None:
        self._leave_checklist()
        if self.project is not None:
            self.project.close()
        self.project = project
        self._show_project()

    def close_project(self) -> None:
        self.set_project(None)
        self.settings.remove("last_project")

    def _show_project(self) -> None:
        has_project = self.project is not None
        for action in (
            self.import_action,
            self.close_action,
            self.new_assessment_action,
            self.backup_action,
            self.copy_file_action,
            self.copy_shared_action,
            self.verify_action,
            self.trail_action,
        ):
            action.setEnabled(has_project)
        # A shared project is backed up on its server (pg_dump), or copied to a file.
        self.backup_action.setEnabled(self.project is not None and self.project.path is not None)
        self._enable_checklist_actions()
        self.assessment_box.clear()
        if self.project is None:
            self.setWindowTitle(self.tr("Accredit Tracker"))
            self._show_placeholder(
                self.tr("No project is open.\n\nUse File → New project, or File → Open project.")
            )
            return
        self.setWindowTitle(self.tr("%s — Accredit Tracker") % self.project.name)
        with self.project.session() as session:
            for assessment in assessments(session):
                self.assessment_box.addItem(assessment.name, assessment.id)
            libraries = library_counts(session)
        last = self.settings.value(f"assessment/{_settings_key(self.project)}")
        index = self.assessment_box.findData(int(str(last))) if last is not None else -1
        self.assessment_box.setCurrentIndex(max(index, 0))
        if self.assessment_box.count():
            self._show_assessment()
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

    def _show_placeholder(self, text: str) -> None:
        self._leave_checklist()
        self.placeholder = QLabel(text)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.setCentralWidget(self.placeholder)
        self.score_label.clear()

    def _show_assessment(self) -> None:
        assessment_id = self.assessment_box.currentData()
        if self.project is None or assessment_id is None:
            return
        self._leave_checklist()
        self.checklist = ChecklistView(self.project, assessment_id, self.user, self.undo_stack)
        self.checklist.score_changed.connect(self._show_score)
        self.checklist.evidence.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.checklist.evidence.max_file_bytes = self._max_file_bytes()
        self.checklist.restore_state(self.settings)
        self._show_score(self.checklist.score)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.dashboard = DashboardView(self.project, assessment_id)
        self.dashboard.chapter_chosen.connect(self._show_chapter)
        self.dashboard.element_chosen.connect(self._show_element)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.checklist.table.setFocus()
        self.settings.setValue(f"assessment/{_settings_key(self.project)}", assessment_id)
        self._enable_checklist_actions()

    def _leave_checklist(self) -> None:
        for window in list(self.side_windows.values()):
            window.close()  # it reads the project being left
        self.side_windows.clear()
        if self.checklist is not None:
            self.checklist.stop_watching()
            self.checklist.save_state(self.settings)
            self.checklist = None
            self.dashboard = None
        self.undo_stack.clear()
        self._enable_checklist_actions()

    def _enable_checklist_actions(self) -> None:
        self.lock_action.setChecked(self.checklist is not None and self.checklist.locked)
        for action in (
            self.lock_action,
            self.profile_action,
            self.compare_action,
            self.report_action,
            self.report_trail_action,
            self.csv_action,
            self.take_back_action,
            self.bulk_action,
            self.attach_action,
            self.paste_action,
            self.link_action,
            self.library_action,
        ):
            action.setEnabled(self.checklist is not None)

    def _with_checklist(self, work: Callable[[ChecklistView], object]) -> None:
        if self.checklist is not None:
            work(self.checklist)

    def _show_score(self, score: AssessmentScore | None) -> None:
        if score is None:
            self.score_label.clear()
            return
        verdict = score.verdict
        text = self.tr("%s: %s — %s") % (
            score.profile.name,
            format_score(score.profile, score.overall),
            verdict.label,
        )
        if verdict.provisional:
            text += self.tr(" (provisional: %s not assessed)") % (
                number(score.counts[Result.NOT_ASSESSED])
            )
        if verdict.reasons:
            text += " · " + "; ".join(verdict.reasons)
        self.score_label.setText(text)

    # Work on the checklist

    def _focus_filter(self) -> None:
        if self.checklist is not None:
            self.checklist.focus_filter()

    def _set_for_selection(self, **values: object) -> None:
        if self.checklist is not None:
            self.checklist.set_for_selection(**values)

    def bulk_edit(self) -> None:
        if self.checklist is None:
            return
        from accredit_tracker.ui.checklist.bulk_edit_dialog import BulkEditDialog

        rows = self.checklist.selected_rows()
        dialog = BulkEditDialog(len(rows), self.checklist.filter_bar.owners(), self)
        if dialog.exec() and dialog.values:
            self.checklist.set_for_selection(**dialog.values)

    def new_assessment(self) -> None:
        if self.project is None:
            return
        from accredit_tracker.ui.project.assessment_dialog import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.project, self.user, self)
        if dialog.exec() and dialog.assessment_id is not None:
            self._show_project()
            self.assessment_box.setCurrentIndex(self.assessment_box.findData(dialog.assessment_id))
            self._show_assessment()

    def set_locked(self, locked: bool) -> None:
        """Lock the shown assessment after its survey, or unlock it, after asking; audited."""
        view = self.checklist
        if self.project is None or view is None:
            return
        name = self.assessment_box.currentText()
        question = (
            self.tr(
                "Lock '%s'? Nobody can then change its results, owners, notes or evidence, in "
                "this window, from the command line or by taking back a report, until it is "
                "unlocked. Reading and exporting it stay possible."
            )
            if locked
            else self.tr("Unlock '%s' so that it can be changed again? This is recorded.")
        ) % name
        title = self.tr("Lock assessment") if locked else self.tr("Unlock assessment")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            self.lock_action.setChecked(view.locked)
            return
        view.detail.flush_notes()
        try:
            with self.project.transaction() as session:
                set_locked(session, view.assessment_id, locked, user=self.user)
        except AccessRefused as error:
            QMessageBox.warning(self, title, str(error))
            self.lock_action.setChecked(view.locked)
            return
        # Changes made before the lock cannot be undone into a locked assessment.
        self.undo_stack.clear()
        view.show_locked(locked)
        self.lock_action.setChecked(locked)

    def import_standards(self) -> None:
        if self.project is None:
            return
        from accredit_tracker.ui.imports.standards_dialog import choose_and_import

        if choose_and_import(self, self.project, self.user) is not None:
            self._show_project()

    # Evidence and the project file

    def show_evidence_library(self) -> None:
        if self.project is None or self.checklist is None:
            return
        from accredit_tracker.ui.evidence.library import EvidenceLibraryDialog

        dialog = EvidenceLibraryDialog(
            self.project, self.checklist.assessment_id, self, user=self.user
        )
        dialog.element_chosen.connect(self._show_element)
        dialog.evidence_removed.connect(
            lambda ids: self._with_checklist(lambda view: view.refresh_elements(ids))
        )
        self._open_side_window("evidence_library", dialog)

    def show_audit_trail(self) -> None:
        if self.project is None:
            return
        from accredit_tracker.ui.insight.audit_trail_dialog import AuditTrailDialog

        assessment_id = self.checklist.assessment_id if self.checklist is not None else None
        dialog = AuditTrailDialog(
            self.project, assessment_id, self, export_language=export_language(self.settings)
        )
        dialog.element_chosen.connect(self._show_element)
        self._open_side_window("audit_trail", dialog)

    def choose_profile(self) -> None:
        view = self.checklist
        if self.project is None or view is None:
            return
        from accredit_tracker.ui.project.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.project, view.assessment_id, self.user, self)
        if dialog.exec() and dialog.changed:
            view.reload_profile()
            if self.dashboard is not None:
                self.dashboard.refresh()

    def show_comparison(self) -> None:
        if self.project is None or self.checklist is None:
            return
        from accredit_tracker.ui.insight.comparison_dialog import ComparisonDialog

        dialog = ComparisonDialog(
            self.project,
            self.checklist.assessment_id,
            self,
            export_language=export_language(self.settings),
        )
        dialog.element_chosen.connect(self._show_element)
        self._open_side_window("comparison", dialog)

    def _open_side_window(self, name: str, dialog: QDialog) -> None:
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

    def _show_element(self, element_assessment_id: int) -> None:
        if self.checklist is not None and self.checklist.show_element(element_assessment_id):
            self.tabs.setCurrentWidget(self.checklist)
            self.activateWindow()

    def _show_chapter(self, chapter_code: str) -> None:
        if self.checklist is not None and self.checklist.show_chapter(chapter_code):
            self.tabs.setCurrentWidget(self.checklist)

    def _tab_changed(self, index: int) -> None:
        if self.dashboard is not None and self.tabs.widget(index) is self.dashboard:
            if self.checklist is not None:
                self.checklist.detail.flush_notes()
            self.dashboard.refresh()

    def verify_evidence(self) -> None:
        if self.project is not None:
            from accredit_tracker.ui.project.integrity import verify_evidence

            verify_evidence(self, self.project, self.statusBar())

    def copy_project_to(self, *, shared: bool) -> None:
        """Copy the open project into a new file or an empty shared database, checked, and
        offer to open the copy."""
        if self.project is None:
            return
        from accredit_tracker.ui.project import copy_dialog as project_copy

        if self.checklist is not None:
            self.checklist.detail.flush_notes()  # the copy holds what was typed
        target = (
            project_copy.choose_database_target(self)
            if shared
            else project_copy.choose_file_target(self, self.project)
        )
        if target is None:
            return
        report = project_copy.copy_open_project(self, self.project, target, self.user)
        if report is not None and project_copy.offer_to_open(self, report):
            self.open_path(target)

    def back_up(self) -> None:
        if self.project is not None:
            from accredit_tracker.ui.project.integrity import back_up

            back_up(self, self.project, self.statusBar())

    def export_report(self, *, csv: bool = False, include_audit_trail: bool = False) -> None:
        if self.project is None or self.checklist is None:
            return
        from accredit_tracker.ui.insight.report_export import export_report

        export_report(
            self,
            self.project,
            self.checklist.assessment_id,
            self.assessment_box.currentText(),
            self.settings,
            csv=csv,
            include_audit_trail=include_audit_trail,
        )

    def _max_file_bytes(self) -> int:
        megabytes = int(str(self.settings.value("evidence/max_file_mb", DEFAULT_MAX_FILE_MB)))
        return megabytes * 1024 * 1024

    def _preferred_user(self) -> str:
        """Who the audit trail records: the name set in Preferences, else the OS account."""
        return str(self.settings.value("audit/user_name", "") or "").strip() or current_user()

    def edit_preferences(self) -> None:
        from accredit_tracker.ui.project.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(
            self._max_file_bytes() // (1024 * 1024),
            self,
            user_name=str(self.settings.value("audit/user_name", "") or ""),
            exports_in_english=exports_in_english(self.settings),
        )
        if dialog.exec():
            self.settings.setValue(EXPORTS_IN_ENGLISH_KEY, dialog.exports_in_english.isChecked())
            self.settings.setValue("evidence/max_file_mb", dialog.max_file_mb.value())
            self.settings.setValue("audit/user_name", dialog.user_name.text().strip())
            self.user = self._preferred_user()
            if self.checklist is not None:
                self.checklist.evidence.max_file_bytes = self._max_file_bytes()
                self.checklist.user = self.checklist.evidence.user = self.user

    def show_shortcuts(self) -> None:
        from accredit_tracker.ui.checklist.shortcuts_help import show_shortcuts

        show_shortcuts(self)

    # Window events

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
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


def _settings_key(project: Project) -> str:
    """How the settings name a project: its file, or its URL without the password."""
    return str(project.path) if project.path is not None else without_password(project.url)


def _target(recent: str) -> Path | str:
    """A recent-projects entry as :meth:`MainWindow.open_path` takes it: URL or file path."""
    return recent if is_database_url(recent) else Path(recent)


def _dropped_project(event: QDragEnterEvent | QDropEvent) -> Path | None:
    for url in event.mimeData().urls():
        if url.isLocalFile() and url.toLocalFile().endswith(PROJECT_SUFFIX):
            return Path(url.toLocalFile())
    return None
