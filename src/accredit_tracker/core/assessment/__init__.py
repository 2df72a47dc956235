"""Assessments and the work on each measurable element within them."""
