"""The coordinator's screens for the merge: the inbox, the laptops, the conflicts."""
