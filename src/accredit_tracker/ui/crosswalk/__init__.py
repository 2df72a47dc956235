"""Crosswalks in the window: the mapping view and carrying an assessment through a mapping."""
