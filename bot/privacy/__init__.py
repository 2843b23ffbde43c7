"""Keeping applicants' data out of places it should not be (logs, for now)."""
