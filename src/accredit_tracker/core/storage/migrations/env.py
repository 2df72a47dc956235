"""Alembic environment: migrates the connection handed over by core.storage.project."""

from alembic import context
from sqlmodel import SQLModel

# These register every table in SQLModel.metadata, for autogenerate:
import accredit_tracker.core.crosswalk.models
import accredit_tracker.core.storage.models
import accredit_tracker.core.tracers.models  # noqa: F401

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
