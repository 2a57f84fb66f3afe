"""The ``veldwerk`` command: headless subcommands stay free of Qt, the rest opens the app."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from importlib import import_module
from pathlib import Path

from ui import platform_check
from veldwerk.cli import main as cli_main

# What start-up needs of the core, imported before Qt: once PySide6 is loaded, it reads
# the source of every module imported after it (its __feature__ hook), ~0.2 ms a module,
# which made start-up ~70 ms slower.
BEFORE_QT = ("sqlalchemy.dialects.sqlite", "veldwerk.projects", "veldwerk.listing",
             "veldwerk.reports.summary", "veldwerk.store.lock", "veldwerk.domain.kinds")


def main() -> None:
    sys.exit(cli_main(open_app=run_app))


def run_app(args: argparse.Namespace) -> int:
    """Check the screen and Qt's libraries first: a missing one is named, not a crash."""
    if args.command == "screenshots":
        if getattr(args, "screen", None):  # offscreen, with one screen of that size
            from ui.fits import offscreen_platform, screen_size  # deferred: start-up

            try:
                width, height = screen_size(args.screen)
            except ValueError:
                print(f"veldwerk: --screen {args.screen}: WIDTHxHEIGHT, e.g. 1366x768",
                      file=sys.stderr)
                return 2
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform(
                width, height, Path(tempfile.mkdtemp(prefix="veldwerk-screen-")))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    problem = platform_check.problem()
    if problem:
        print(f"veldwerk: {problem}", file=sys.stderr)
        return 2
    for name in BEFORE_QT:
        import_module(name)
    from ui.app import run  # deferred: start-up

    return run(args)
