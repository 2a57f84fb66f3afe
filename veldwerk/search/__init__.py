"""Full-text search: one SQLite FTS5 index kept current by triggers (derived data: never
logged, never bundled), and the safe translation of what someone typed into a query."""
