"""Qt-free domain layer: tables, project files, services, scoring."""
