"""Opening a project shared on a PostgreSQL server: where it is, who you are, and the password
(kept as ``core.credentials`` says: never in settings, perhaps in the system keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accredit_tracker.core.storage.credentials import keyring_available
from accredit_tracker.core.storage.shared_address import SharedAddress, shared_address


class SharedProjectDialog(QDialog):
    """Asks where a shared project is and for the password; :meth:`url` gives the result."""

    def __init__(self, parent: QWidget | None = None, url: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open shared project"))
        known = shared_address(url) if url else SharedAddress()
        self.host = QLineEdit(known.host)
        self.host.setPlaceholderText(self.tr("database server, e.g. quality-db.hospital.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port)
        self.database = QLineEdit(known.database)
        self.database.setPlaceholderText(self.tr("the project's database"))
        self.user = QLineEdit(known.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("sharedPassword")
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setEnabled(keyring_available())
        if not self.remember.isEnabled():
            self.remember.setToolTip(
                self.tr("This computer has no system keyring; the password is asked each time.")
            )
        # Several projects may share a database, one schema each (docs/shared-project.md).
        self._settings = known.settings
        self.schema = QLineEdit(known.schema)
        self.schema.setPlaceholderText(self.tr("only if the administrator names one"))
        note = QLabel(
            self.tr(
                "Your department's database administrator gives you these. The password is "
                "never stored in Accredit Tracker's settings."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._enable)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Schema"), self.schema)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable()
        (self.password if known.user else self.host).setFocus()
        self.setMinimumWidth(460)

    def _enable(self) -> None:
        ready = all(f.text().strip() for f in (self.host, self.database, self.user))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(ready)

    def url(self) -> str:
        """The URL typed in, with the password (for connecting; never for storing)."""
        return SharedAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text() or None,
            schema=self.schema.text().strip(),
            settings=self._settings,
        ).url()
