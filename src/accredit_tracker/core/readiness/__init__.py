"""Readiness: scoring under a profile, the dashboard, comparisons and the report's figures."""
