"""Taking results back from a filled-in Elements sheet."""
