"""``python -m benchmarks [--quick]``: every benchmark, each in its own process (Qt apps
and project files do not mix), in the order of benchmarks/README.md."""

from __future__ import annotations

import subprocess
import sys

ALL = ("bench_autosave", "bench_startup", "bench_interview_list", "bench_audio",
       "bench_consent", "bench_bundles", "bench_merge", "bench_dashboard", "bench_exports",
       "bench_search", "bench_transcribe",
       "bench_installer")


def main() -> int:
    args = sys.argv[1:]
    failed = []
    for name in ALL:
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, "-m", f"benchmarks.{name}", *args]).returncode:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
