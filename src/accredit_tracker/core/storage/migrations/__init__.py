"""Alembic migrations of the project schema; each file in versions/ is one step."""
