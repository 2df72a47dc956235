"""Evidence files: attached, stored once by SHA-256, read back and found."""
