"""Real components for tests: skip with a reason where one is missing, fail in CI.

``.ci/run`` sets ``VELDWERK_REQUIRE_COMPONENTS=1`` after installing every
component, so a skip there would hide a broken set-up: it becomes a failure.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE = os.environ.get("VELDWERK_REQUIRE_COMPONENTS") == "1"


def missing(component: str, reason: str) -> None:
    message = f"{component} is not available: {reason}"
    if REQUIRE:
        pytest.fail(f"{message} (VELDWERK_REQUIRE_COMPONENTS=1)")
    pytest.skip(message)


@contextlib.contextmanager
def tiny_filesystem(mount_point: Path, size_kb: int) -> Iterator[Path]:
    """A real, small tmpfs: a disk that can really fill up or be made read-only."""
    mount_point.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                             str(mount_point)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        missing("a small tmpfs (needs root and mount)", result.stderr.strip() or "mount failed")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remount_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def remount_read_write(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,rw", str(mount_point)], check=True)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the filesystem is full; delete it to free the space."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with open(filler, "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(block)
    return filler


class ComponentMissing(Exception):
    """Raised instead of skipping when a session fixture cannot start a component."""


@contextlib.contextmanager
def virtual_microphone(folder: Path, skip: bool = True) -> Iterator[str]:
    """A private PulseAudio whose source 'VeldwerkVirtualMic' hears what is played into the
    sink it returns (``paplay -d SINK file.wav``). QtMultimedia lists the remap source, not
    the bare monitor, hence module-remap-source."""
    import shutil

    def unavailable(reason: str) -> None:
        if skip:
            missing("a virtual microphone", reason)
        raise ComponentMissing(reason)

    for tool in ("pulseaudio", "pactl", "paplay", "espeak-ng"):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed (Debian: pulseaudio pulseaudio-utils "
                        "espeak-ng)")
    runtime = folder / "pulse-runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH":
           str(runtime / "pulse"), "HOME": str(folder)}
    started = subprocess.run(
        ["pulseaudio", "-D", "-n", "--exit-idle-time=-1",
         "--load=module-native-protocol-unix",
         "--load=module-null-sink sink_name=veldwerk_sink",
         "--load=module-remap-source master=veldwerk_sink.monitor source_name=veldwerk_mic "
         "source_properties=device.description=VeldwerkVirtualMic"],
        env=env, capture_output=True, text=True, check=False)
    if started.returncode != 0:
        unavailable(started.stderr.strip() or "pulseaudio did not start")
    previous = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")}
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
    os.environ["PULSE_RUNTIME_PATH"] = env["PULSE_RUNTIME_PATH"]
    try:
        for _ in range(50):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True,
                              check=False).returncode == 0:
                break
            time.sleep(0.1)
        yield "veldwerk_sink"
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, check=False)
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _postgres_bin() -> Path | None:
    """Debian keeps the server's programs out of PATH (/usr/lib/postgresql/NN/bin)."""
    import shutil

    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "pg_ctl").exists():
            return candidate
    return None


@contextlib.contextmanager
def postgres_server(folder: Path, skip: bool = True) -> Iterator[str]:
    """A throwaway PostgreSQL cluster on loopback (``initdb`` + ``pg_ctl``), trust auth,
    stopped afterwards. Yields a server URL without a database name; see
    :func:`new_database`. The server refuses to run as root: as root it runs as the
    ``postgres`` user that Debian's package makes."""
    import shutil
    import socket

    def unavailable(reason: str) -> None:
        if skip:
            missing("a PostgreSQL server", reason)
        raise ComponentMissing(reason)

    binaries = _postgres_bin()
    if binaries is None:
        unavailable("initdb and pg_ctl are not installed (Debian: postgresql-15)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("the psycopg driver is not installed (pip install 'veldwerk[team]')")
    assert binaries is not None
    import tempfile

    prefix: list[str] = []
    folder.mkdir(parents=True, exist_ok=True)
    # The cluster lives in a folder of its own under the system's temporary folder, which
    # every user can reach (a test's folder is private to root, and pytest tidies old ones
    # away while a server may still use them).
    home = Path(tempfile.mkdtemp(prefix="veldwerk-postgres-"))
    cluster = home / "pgdata"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            unavailable("running as root and runuser is missing")
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(home, "postgres")
        home.chmod(0o700)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    made = subprocess.run([*prefix, str(binaries / "initdb"), "-D", str(cluster), "-U",
                           "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
                          capture_output=True, text=True, check=False)
    if made.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
        unavailable(f"initdb failed: {made.stderr.strip()[-300:]}")
    options = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories="
               f"{home} -c fsync=off -c max_connections=40")
    started = subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(cluster), "-o",
                              options, "-l", str(home / "server.log"), "-w", "start"],
                             capture_output=True, text=True, check=False)
    if started.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
        unavailable(f"pg_ctl start failed: {started.stderr.strip()[-300:]}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(cluster), "-m", "immediate",
                        "stop"], capture_output=True, check=False)
        with contextlib.suppress(OSError):  # the server's log, for a look afterwards
            shutil.copyfile(home / "server.log", folder / "server.log")
        shutil.rmtree(home, ignore_errors=True)


def new_database(server: str, name: str) -> str:
    """A fresh, empty database on ``server``; returns its URL."""
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def refi_qda_schema() -> Path:
    """The published REFI-QDA project schema (QDA-XML 1.0), read where it lies beside the
    project (``VELDWERK_REFI_QDA_XSD`` names another place); it is not copied in."""
    name = Path("refi-qda") / "Project-mrt2019.xsd"
    chosen = os.environ.get("VELDWERK_REFI_QDA_XSD")
    root = Path(__file__).resolve().parents[1]
    candidates = [Path(chosen)] if chosen else [
        folder / name for folder in sorted(root.parent.iterdir()) if folder.is_dir()]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    missing("the REFI-QDA schema", f"no {name} beside the project (or set "
            "VELDWERK_REFI_QDA_XSD)")
    raise AssertionError("unreachable")


def dans_kit() -> Path:
    """DANS's deposit check (``check_dans_bag.py``: the DANS BagIt Profile's rules and DANS's
    own DDM and files.xml schemas, offline), read where it lies beside the project in a
    ``dans`` folder (``VELDWERK_DANS_KIT`` names the kit's folder elsewhere); not copied in."""
    name = Path("dans") / "check_dans_bag.py"
    chosen = os.environ.get("VELDWERK_DANS_KIT")
    root = Path(__file__).resolve().parents[1]
    candidates = [Path(chosen) / "check_dans_bag.py"] if chosen else [
        folder / name for folder in sorted(root.parent.iterdir()) if folder.is_dir()]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    missing("the DANS deposit check", f"no {name} beside the project (or set "
            "VELDWERK_DANS_KIT to its folder)")
    raise AssertionError("unreachable")
