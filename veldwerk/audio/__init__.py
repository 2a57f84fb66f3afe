"""Recording, recovery and media checks. Capture devices plug in as sources."""


def duration_text(ms: int) -> str:
    """41 min 12 s (as the user is told after a recovery or an import)."""
    minutes, seconds = divmod(ms // 1000, 60)
    return f"{minutes} min {seconds} s"
