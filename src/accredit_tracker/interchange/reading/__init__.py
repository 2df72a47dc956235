"""Opening any spreadsheet file safely and reading its rows as text."""
