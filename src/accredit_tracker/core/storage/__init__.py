"""The project's storage: tables and migrations, project files and shared databases, copies,
backups, and fast bulk reads and writes.
"""
