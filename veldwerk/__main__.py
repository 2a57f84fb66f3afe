"""``python -m veldwerk``: the same command as ``veldwerk``."""

import sys

from veldwerk.cli import main

sys.exit(main())
