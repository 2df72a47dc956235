"""Seeing how ready the facility is: dashboard, comparison, audit trail and report export."""
