"""How every output is written: whole, under a temporary name, fsynced and renamed, so an
error, a cancel or a full disk leaves no half-written file; and one plain message when the
place cannot be written."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from veldwerk import errors
from veldwerk.errors import Cancelled, VeldwerkError
from veldwerk.fsutil import fsync_dir

Progress = Callable[[int, int], None]


def cannot_write(path: Path, exc: OSError) -> VeldwerkError:
    """Every output's one message for a place that cannot be written (``errors``)."""
    return errors.cannot_write(path, exc)


@contextlib.contextmanager
def written_whole(out: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on leaving, it becomes ``out`` (or goes)."""
    temporary = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        yield temporary
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, out)
        fsync_dir(out.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise cannot_write(out, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def step(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int,
         steps: int) -> None:
    """Between two pieces of work: stop if asked, else say how far."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(done, steps)
