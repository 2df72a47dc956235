"""Importing from the window: standards spreadsheets and results taken back."""
