"""A shared project's address as a person gives it (server, port, database, schema, user) and
the URL that connects to it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.engine import URL, make_url

from accredit_tracker.core.storage.credentials import DEFAULT_PORT

DRIVER = "postgresql+psycopg"
# Several projects may share a database, one schema each (docs/shared-project.md); the schema
# travels in the URL as the connection's search_path.
SEARCH_PATH_OPTION = "-csearch_path="


@dataclass(frozen=True)
class SharedAddress:
    """Where a shared project is and who connects to it."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    password: str | None = None
    schema: str = ""
    """The schema that holds the project, when the administrator names one."""
    settings: Mapping[str, str] = field(default_factory=dict)
    """Whatever else the URL carried (other server options, a connect timeout), kept as it came."""

    def url(self) -> str:
        """The URL that connects to the project, with the password (for connecting; never for
        storing: see ``credentials.without_password``)."""
        query = dict(self.settings)
        if self.schema and "options" not in query:
            query["options"] = SEARCH_PATH_OPTION + self.schema
        return URL.create(
            DRIVER,
            username=self.user,
            password=self.password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)


def shared_address(url: str) -> SharedAddress:
    """The parts of a shared project's URL, for a person to see and change. Server options
    other than the schema are kept in :attr:`SharedAddress.settings`; the schema shows their
    text then, as it came."""
    parsed = make_url(url)
    settings = {str(key): str(value) for key, value in parsed.query.items()}
    options = settings.pop("options", "")
    if options and not options.startswith(SEARCH_PATH_OPTION):
        settings["options"] = options  # other server options: kept as they came
    return SharedAddress(
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PORT,
        database=str(parsed.database or ""),
        user=str(parsed.username or ""),
        password=parsed.password if parsed.password is None else str(parsed.password),
        schema=options.removeprefix(SEARCH_PATH_OPTION),
        settings=settings,
    )
