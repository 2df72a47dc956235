"""What every window shares: background work with progress, saving a file, table models and
their set-up, labels and colours, remembered preferences, language and locale."""
