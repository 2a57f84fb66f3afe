"""Translated names for the core's stored values and counted things: one list, in
``veldwerk.labels`` (the commands and documents say the same words as the app)."""

from __future__ import annotations

from veldwerk.labels import (
    answer_type,
    bundle_status,
    bundles,
    changes,
    conflict_status,
    conflicts,
    device_status,
    files,
    interviews,
    kind,
    kind_marked,
    open_conflicts,
    participants,
    recording_state,
    recordings,
    role,
    status,
    yes_no,
)

__all__ = ["answer_type", "bundle_status", "bundles", "changes", "conflict_status",
           "conflicts", "device_status", "files", "interviews", "kind", "kind_marked",
           "open_conflicts", "participants", "recording_state", "recordings", "role",
           "status", "yes_no"]
