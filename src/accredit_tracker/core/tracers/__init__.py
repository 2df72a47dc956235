"""Tracers, the findings recorded on them and the corrective actions that answer them."""
