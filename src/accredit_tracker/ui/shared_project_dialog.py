"""Opening a project shared on a PostgreSQL server: where it is, who you are, and the password.

The password never goes into the settings, the recent-projects list or the logs: the URL is
remembered without it, and the password is kept in the system keyring (Secret Service, macOS
Keychain, Windows Credential Manager) when there is one and the user asks; otherwise it is asked
for each time the project is opened.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
KEYRING_SERVICE = "Accredit Tracker"


def without_password(url: str) -> str:
    """The URL as settings keep it: everything but the password."""
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def _keyring_account(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or DEFAULT_PORT}/{url.database}"


def stored_password(url: str) -> str | None:
    """The password kept in the system keyring for this server and account, if any."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _keyring_account(make_url(url)))
    except Exception as error:  # no keyring on this system, or it is locked
        log.info("No password from the system keyring: %s", error)
        return None


def remember_password(url: str) -> bool:
    """Keep the URL's password in the system keyring; False when there is no usable keyring."""
    parsed = make_url(url)
    if not parsed.password:
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_account(parsed), str(parsed.password))
    except Exception as error:
        log.info("The system keyring did not take the password: %s", error)
        return False
    return True


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False


def with_known_password(url: str) -> str | None:
    """``url`` ready to connect: as it is when it carries a password, else with the one from
    the keyring; None when neither has one (then ask the user)."""
    parsed = make_url(url)
    if parsed.password:
        return url
    password = stored_password(url)
    if password is None:
        return None
    return parsed.set(password=password).render_as_string(hide_password=False)


class SharedProjectDialog(QDialog):
    """Asks where a shared project is and for the password; :meth:`url` gives the result."""

    def __init__(self, parent: QWidget | None = None, url: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open shared project"))
        known = make_url(url) if url else None
        self.host = QLineEdit(known.host or "" if known else "")
        self.host.setPlaceholderText(self.tr("database server, e.g. quality-db.hospital.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port or DEFAULT_PORT if known else DEFAULT_PORT)
        self.database = QLineEdit(str(known.database or "") if known else "")
        self.database.setPlaceholderText(self.tr("the project's database"))
        self.user = QLineEdit(str(known.username or "") if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("sharedPassword")
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setEnabled(keyring_available())
        if not self.remember.isEnabled():
            self.remember.setToolTip(
                self.tr("This computer has no system keyring; the password is asked each time.")
            )
        self._extra = dict(known.query) if known else {}
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
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        form.addRow(self.buttons)
        self._enable()
        (self.password if known and known.username else self.host).setFocus()
        self.resize(460, 0)

    def _enable(self) -> None:
        ready = all(f.text().strip() for f in (self.host, self.database, self.user))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(ready)

    def url(self) -> str:
        """The URL typed in, with the password (for connecting; never for storing)."""
        return URL.create(
            DRIVER,
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            query=self._extra,
        ).render_as_string(hide_password=False)
