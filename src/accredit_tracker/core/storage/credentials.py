"""Passwords of shared projects: never in settings, lists or logs.

A shared project's URL is remembered without its password; the password is kept in the system
keyring (Secret Service, macOS Keychain, Windows Credential Manager) when there is one and the
user asks, and otherwise asked for each time the project is opened.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
KEYRING_SERVICE = "Accredit Tracker"


def without_password(url: str) -> str:
    """The URL as settings keep it: everything but the password."""
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def carries_password(url: str) -> bool:
    """Whether the URL holds its password itself (otherwise the keyring or the user gives it)."""
    return bool(make_url(url).password)


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
