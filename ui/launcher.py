"""The ``veldwerk`` command: headless subcommands stay free of Qt, the rest opens the app."""

from __future__ import annotations

import argparse
import sys


def main() -> None:
    from veldwerk.cli import main as cli_main

    sys.exit(cli_main(open_app=run_app))


def run_app(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(args)
