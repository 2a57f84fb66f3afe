"""Recording, recovery and media checks. Capture devices plug in as sources."""
