"""A transport that keeps its places in this process's memory: the third implementation
the conformance test (``tests/core/test_transport.py``) runs against, and a check that
``sync.transport.Transport`` says all a new kind of place must do. Not shipped."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from veldwerk.errors import Cancelled
from veldwerk.sync.errors import DeliveryError, TooLarge
from veldwerk.sync.target import Target
from veldwerk.sync.transport import BLOCK, checked_path, plain_names

# location -> (path inside the place -> bytes); a place is there once it has an entry
PLACES: dict[str, dict[tuple[str, ...], bytes]] = {}


class MemoryTransport:
    def __init__(self, location: str) -> None:
        self.location = location
        self.requests = 0
        self.closed = False

    @classmethod
    def for_target(cls, target: Target, _password: str | None, _verify: Any
                   ) -> MemoryTransport:
        return cls(target.location)

    def _place(self) -> dict[tuple[str, ...], bytes]:
        if self.location not in PLACES:
            raise DeliveryError(f"There is no place {self.location} in memory.",
                                hint="Make it first (PLACES).")
        return PLACES[self.location]

    def describe(self) -> str:
        return f"memory:{self.location}"

    def check(self) -> None:
        self._place()

    def listing(self, *folder: str) -> dict[str, str]:
        found = checked_path(folder, self.describe()) if folder else ()
        files = self._place()
        names = {path[-1]: hashlib.sha256(data).hexdigest()[:16]
                 for path, data in files.items()
                 if path[:-1] == found and not path[-1].startswith(".")}
        return {name: names[name] for name in plain_names(names, self.describe())}

    def fetch(self, *path: str, limit: int | None = None) -> bytes:
        key = checked_path(path, self.describe())
        data = self._place().get(key)
        if data is None:
            raise DeliveryError(f"{key[-1]} is not in {self.describe()}.")
        if limit is not None and len(data) > limit:
            raise TooLarge(key[-1])
        return data

    def download(self, name: str, destination: Path) -> None:
        destination.write_bytes(self.fetch(name))

    def _put(self, key: tuple[str, ...], blocks: Callable[[], bytes | None]) -> None:
        """Temporary name, then moved: the final name holds all or nothing."""
        files = self._place()
        temporary = (*key[:-1], f".{key[-1]}.part")
        files[temporary] = b""
        try:
            while (block := blocks()) is not None:
                files[temporary] += block
        except BaseException:
            files.pop(temporary, None)
            raise
        data = files.pop(temporary)
        if key in files and files[key] != data:
            raise DeliveryError(f"{self.describe()} already holds a different {key[-1]}.",
                                transient=False)
        files[key] = data

    def deliver(self, source: Path, size: int, sha256: str,
                cancelled: Callable[[], bool] = lambda: False) -> None:
        key = checked_path((source.name,), self.describe())
        with open(source, "rb") as reader:
            def blocks() -> bytes | None:
                block = reader.read(BLOCK)
                if block and cancelled():
                    raise Cancelled()
                return block or None

            self._put(key, blocks)

    def publish(self, folder: tuple[str, ...], name: str, data: bytes) -> None:
        key = checked_path((*folder, name), self.describe())
        given = [data]
        self._put(key, lambda: given.pop() if given else None)

    def remove(self, *path: str) -> None:
        self._place().pop(checked_path(path, self.describe()), None)

    def close(self) -> None:
        self.closed = True
