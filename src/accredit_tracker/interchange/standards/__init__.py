"""Importing a standards spreadsheet as a new library."""
