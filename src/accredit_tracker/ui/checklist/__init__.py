"""The checklist: chapter tree, filter bar, element table, detail panel and their undo commands."""
