"""The interview list and editor."""
