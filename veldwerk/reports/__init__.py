"""Reports over a project: counts, progress, and (later) exports."""
