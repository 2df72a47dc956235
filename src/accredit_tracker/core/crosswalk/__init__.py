"""Crosswalks between two libraries of a project: mapping sets, carrying an assessment across
one, and reviewing what was carried."""
