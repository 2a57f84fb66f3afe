"""Reports over a project: counts, progress, documents and exports."""
