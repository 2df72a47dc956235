"""What the window shows when no project is open: the ways to begin (the demo project, a new
project, a project file, a shared project) and the projects opened lately."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    """Buttons for each way in, and the recent projects (a double click or Enter opens one)."""

    recent_chosen = Signal(str)  # a file path, or a shared project's URL without password

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._ways_in: list[tuple[QPushButton, QLabel]] = []
        title = QLabel(self.tr("<h2>Accredit Tracker</h2>"))
        intro = QLabel(
            self.tr(
                "Track the facility's readiness for accreditation: every measurable element of "
                "the standards, its result, owner and evidence, and the report for the survey."
            )
        )
        intro.setWordWrap(True)
        self.demo_button = self._button(
            "openDemo",
            self.tr("Open the demo project"),
            self.tr("A demo hospital with synthetic standards and a mock survey half done"),
        )
        self.new_button = self._button(
            "newProject",
            self.tr("New project…"),
            self.tr("Your facility, its standards and a first assessment, step by step"),
        )
        self.open_button = self._button(
            "openProject", self.tr("Open project…"), self.tr("A project file on this computer")
        )
        self.shared_button = self._button(
            "openShared",
            self.tr("Open shared project…"),
            self.tr("A project kept on the hospital's database server"),
        )
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(16)
        for row, (button, note) in enumerate(self._ways_in):
            buttons.addWidget(button, row, 0)
            buttons.addWidget(note, row, 1)
        buttons.setColumnStretch(1, 1)

        self.recent = QListWidget()
        self.recent.setObjectName("recentProjects")
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        for target in recent:
            item = QListWidgetItem(target)
            item.setToolTip(target)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.text()))
        recent_title = QLabel(self.tr("<b>Recent projects</b>"))
        none_yet = QLabel(self.tr("None yet: the projects you open are listed here."))
        none_yet.setVisible(not recent)
        self.recent.setVisible(bool(recent))

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(recent_title)
        column.addWidget(none_yet)
        column.addWidget(self.recent, 1)
        if not recent:
            column.addStretch(1)
        frame = QWidget()
        frame.setMaximumWidth(860)
        frame.setLayout(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(frame, 1, Qt.AlignmentFlag.AlignHCenter)
        column.setSpacing(8)

    def _button(self, name: str, text: str, note: str) -> QPushButton:
        """A button for one way in, with a line saying what it leads to beside it."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumWidth(220)
        label = QLabel(note)
        label.setWordWrap(True)
        self._ways_in.append((button, label))
        return button
