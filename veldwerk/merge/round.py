"""Import, then answer: one round of the coordinator's inbox, the same for ``inbox
import|retry|watch``, a decision on a laptop and the app's Inbox; and the answers a
decision on a conflict sends (``after_decision``).

A round takes bundles in (files, the team's places, or only what was kept to be tried
again), then answers them (receipts, erasure lists, the project update) and publishes
what waits. Its result is data (``Round``): the command and the Inbox each say it in their
own way. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veldwerk.bundle import keys as keymod
from veldwerk.merge import answers, inbox
from veldwerk.store.project import OpenProject


@dataclass
class Round:
    """What one round did: each bundle's outcome, a place that could not be read, and
    what the answers did."""

    outcomes: list[inbox.Outcome] = field(default_factory=list)
    problem: str = ""  # why a place could not be read (its bundles come next round)
    published: answers.Published = field(default_factory=answers.Published)

    def went_in(self) -> list[inbox.Outcome]:
        """Imported now, or already here before."""
        return [o for o in self.outcomes if o.status in (inbox.IMPORTED, inbox.PRESENT)]

    def waiting(self) -> list[inbox.Outcome]:
        """Kept to be tried again (an earlier bundle missing, a laptop not let in, a cause
        that passes) or left where it was (beyond the quota)."""
        return [o for o in self.outcomes if o.status in (*inbox.KEPT, inbox.DEFERRED)]

    def refused(self) -> list[inbox.Outcome]:
        """Refused for good."""
        return [o for o in self.outcomes if o.status == inbox.REJECTED]

    def tables(self) -> dict[str, int]:
        """Rows applied per table, over every bundle of the round."""
        changed: dict[str, int] = {}
        for outcome in self.outcomes:
            for table, n in outcome.counts.tables.items():
                changed[table] = changed.get(table, 0) + n
        return changed

    def all_in(self) -> bool:
        """Every bundle went in and every place was read: the round is a success."""
        return not self.problem and len(self.went_in()) == len(self.outcomes)


def take_in(project: OpenProject, keys: keymod.CoordinatorKeys,
            files: Sequence[Path] | None = None, share: bool = False, held: bool = False,
            password: str | None = None, verify: Any = True) -> Round:
    """One round: ``files`` (then what waits), and/or one fetch from the team's places
    (``share``), or only the bundles kept to be tried again (``held``); then answered."""
    done = Round()
    if held:
        done.outcomes = inbox.retry_held(project, keys)
    if files is not None:
        done.outcomes += inbox.import_files(project, keys, list(files))
    if share:
        fetched, done.problem = inbox.import_from_share(project, keys, password, verify)
        done.outcomes += fetched
    done.published = answers.answer(project, keys, done.outcomes, password)
    return done


def after_decision(project: OpenProject, keys: keymod.CoordinatorKeys,
                   renamed: dict[str, Any] | None = None) -> answers.Published:
    """A decision's answers, once the keys are open: a new code (``renamed``), what the
    decision lets go out (resolutions, erasures that waited), then publishing. The same
    for ``conflicts resolve --identity`` and the Inbox."""
    if renamed:
        answers.renames(project, keys, [renamed])
    answers.waiting(project, keys)
    return answers.publish(project)
