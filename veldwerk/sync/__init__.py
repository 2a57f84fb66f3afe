"""Delivery: the outbox of finished bundles, its targets (folder, WebDAV) and what comes
back from the coordinator (receipts, project updates, erasure lists)."""
