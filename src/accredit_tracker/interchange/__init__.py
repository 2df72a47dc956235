"""Spreadsheets in and out: reading standards files, writing reports."""
