"""The ``veldwerk`` command: headless subcommands stay free of Qt, the rest opens the app."""

from __future__ import annotations

import argparse
import os
import sys


def main() -> None:
    from veldwerk.cli import main as cli_main

    sys.exit(cli_main(open_app=run_app))


def run_app(args: argparse.Namespace) -> int:
    """Check the screen and Qt's libraries first: a missing one is named, not a crash."""
    if args.command == "screenshots":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from ui import platform_check

    problem = platform_check.problem()
    if problem:
        print(f"veldwerk: {problem}", file=sys.stderr)
        return 2
    from ui.app import run

    return run(args)
