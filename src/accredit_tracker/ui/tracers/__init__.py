"""Tracers in the window: the Tracers tab, planning a tracer and recording its findings."""
