"""The audit trail: written with every change, and read back."""
