"""Screens that show what the project holds: the dashboard."""
