"""Accredit Tracker: a hospital's accreditation readiness, one project file at a time."""

__version__ = "0.1.0"
