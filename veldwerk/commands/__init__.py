"""Headless commands: each capability registers its own (``register(commands)``) and
names its handler by path, so building the parser on every start imports nothing heavy.

A handler is ``run(args, project, device)`` when the command opens a project (for reading,
or for writing under the project's lock), else ``run(args, data_folder, device)``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

NONE, READ, WRITE = "none", "read", "write"


@dataclass(frozen=True)
class Handler:
    target: str  # "package.module:function", imported when the command runs
    opens: str = NONE  # NONE, READ or WRITE
    # A flag (or flags) that makes a reading command write (retention --erase).
    writes_if: str | tuple[str, ...] = ""

    def mode(self, args: argparse.Namespace) -> str:
        flags = (self.writes_if,) if isinstance(self.writes_if, str) else self.writes_if
        if any(flag and getattr(args, flag, False) for flag in flags):
            return WRITE
        return self.opens

    def load(self) -> Callable[..., int]:
        module, _, name = self.target.partition(":")
        function: Callable[..., int] = getattr(import_module(module), name)
        return function


def command(commands: Any, name: str, handler: Handler, **kwargs: Any
            ) -> argparse.ArgumentParser:
    """Add a subcommand that runs ``handler``."""
    parser: argparse.ArgumentParser = commands.add_parser(name, **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def positive_seconds(text: str) -> float:
    """For ``--seconds``: a take of no length is refused before anything is opened."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("give a length of more than 0 seconds")
    return value


# The modules whose ``register`` adds commands, in the order --help lists them.
REGISTRY = ("veldwerk.commands.projects", "veldwerk.commands.setup",
            "veldwerk.commands.interviews", "veldwerk.commands.participants",
            "veldwerk.audio.arguments", "veldwerk.consent.arguments",
            "veldwerk.bundle.arguments", "veldwerk.sync.arguments", "veldwerk.merge.arguments",
            "veldwerk.reports.arguments", "veldwerk.search.arguments",
            "veldwerk.transcribe.arguments")
