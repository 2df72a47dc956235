"""What every window shares: background work with progress, table models, language and locale."""
