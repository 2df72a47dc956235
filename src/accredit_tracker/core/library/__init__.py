"""Standards libraries: the validated shape an importer produces, and storing it."""
