"""The transport conformance test: what ``sync.transport.Transport`` promises, checked
against every implementation (a folder, a real WebDAV server, the in-memory one a test
adds to the table of kinds): an empty place lists nothing, put-then-move never shows a
partial file under its final name, what was put comes back byte for byte, a name that is
not plain is refused, describe names the place without its password, close may be called
twice, and a missing place or a server that is down is a ``DeliveryError``."""

from __future__ import annotations

import inspect
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import memory
from tests.helpers.webdav import PASSWORD, USER, Server, webdav
from veldwerk.errors import Cancelled
from veldwerk.mediastore import sha256_of
from veldwerk.sync import target as targets
from veldwerk.sync.errors import DeliveryError, TooLarge
from veldwerk.sync.target import FOLDER, WEBDAV, Target
from veldwerk.sync.transport import BLOCK, Transport, connect

MEMORY = "memory"


@dataclass
class Place:
    """How a test reaches one place of a kind: ``open`` a transport to it, or to a place
    that is not there (``missing``); ``where`` is what describe names, ``secret`` what it
    must never hold."""

    open: Callable[[], Transport]
    missing: Callable[[], Transport]
    where: str
    secret: str = ""


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with webdav(tmp_path_factory.mktemp("share")) as server:
        yield server


def _closed_port() -> int:
    """A port on this computer where nothing listens: a server that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(params=[FOLDER, WEBDAV, MEMORY])
def place(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
          ) -> Place:
    kind = request.param
    if kind == FOLDER:
        (tmp_path / "place").mkdir()
        return Place(lambda: connect(Target(FOLDER, str(tmp_path / "place"))),
                     lambda: connect(Target(FOLDER, str(tmp_path / "not-there"))),
                     str(tmp_path / "place"))
    if kind == WEBDAV:
        server: Server = request.getfixturevalue("share")
        url, folder = server.url, tmp_path.name  # a folder of its own on the module's server
        (server.root / folder).mkdir()
        down = f"http://127.0.0.1:{_closed_port()}/{folder}/"
        return Place(lambda: connect(Target(WEBDAV, f"{url}{folder}/", USER), PASSWORD),
                     lambda: connect(Target(WEBDAV, down, USER), PASSWORD),
                     url.split("//")[1].rstrip("/"), PASSWORD)
    # A new kind of place is its module and its entry in the table of kinds.
    monkeypatch.setitem(targets.KINDS, MEMORY, targets.Kind(
        "tests.helpers.memory:MemoryTransport", login=False))
    monkeypatch.setitem(memory.PLACES, tmp_path.name, {})
    return Place(lambda: connect(Target(MEMORY, tmp_path.name)),
                 lambda: connect(Target(MEMORY, "not-there")), tmp_path.name)


@pytest.fixture
def opened(place: Place) -> Iterator[Transport]:
    transport = place.open()
    yield transport
    transport.close()


def _bundle(folder: Path, name: str, size: int, fill: bytes = b"b") -> Path:
    path = folder / name
    path.write_bytes(os.urandom(16) + fill * (size - 16))
    return path


def test_each_kind_is_a_transport_with_the_protocols_signatures(place: Place) -> None:
    transport = place.open()
    try:
        assert isinstance(transport, Transport) and transport.requests >= 0
        for name in ("describe", "check", "listing", "fetch", "download", "deliver",
                     "publish", "remove", "close"):
            wanted = inspect.signature(getattr(Transport, name))
            found = inspect.signature(getattr(type(transport), name))
            assert list(found.parameters) == list(wanted.parameters), name
    finally:
        transport.close()


def test_an_empty_place_lists_nothing(opened: Transport) -> None:
    opened.check()
    assert opened.listing() == {}
    assert opened.listing("from-coordinator") == {}, "a folder not made yet: nothing"


def test_put_then_move_never_shows_a_partial_file(opened: Transport, place: Place,
                                                  tmp_path: Path) -> None:
    source = _bundle(tmp_path, "0001-bundle.age", 2 * BLOCK + 3)
    size, digest = source.stat().st_size, sha256_of(source)
    onlooker = place.open()  # another reader of the place, as the coordinator is
    seen: list[dict[str, str]] = []

    def look() -> bool:
        seen.append(onlooker.listing())
        return False

    try:
        opened.deliver(source, size, digest, look)
        assert len(seen) >= 2 and all(source.name not in s for s in seen), seen
        assert source.name in onlooker.listing()
    finally:
        onlooker.close()
    copy = tmp_path / "copy.age"
    opened.download(source.name, copy)
    assert copy.read_bytes() == source.read_bytes(), "get returns the bytes that were put"
    opened.deliver(source, size, digest)  # delivered before (a crash before noting it)

    (tmp_path / "elsewhere").mkdir()
    other = _bundle(tmp_path / "elsewhere", source.name, 100)
    with pytest.raises(DeliveryError) as refused:
        opened.deliver(other, 100, sha256_of(other))
    assert not refused.value.transient, "a different file is never written over"
    opened.download(source.name, copy)
    assert copy.read_bytes() == source.read_bytes()

    later = _bundle(tmp_path, "0002-bundle.age", 2 * BLOCK)
    blocks = iter([False, True])
    with pytest.raises(Cancelled):
        opened.deliver(later, later.stat().st_size, sha256_of(later), lambda: next(blocks))
    assert later.name not in opened.listing(), "a cut-off upload leaves no final name"
    opened.deliver(later, later.stat().st_size, sha256_of(later))
    assert set(opened.listing()) == {source.name, later.name}


def test_small_files_come_back_and_go(opened: Transport) -> None:
    folder = ("receipts", "0193-device")
    opened.publish(folder, "receipt-1.json", b'{"n": 1}')
    opened.publish(folder, "receipt-1.json", b'{"n": 1}')  # the same again is fine
    with pytest.raises(DeliveryError):
        opened.publish(folder, "receipt-1.json", b'{"n": 2}')
    listed = opened.listing(*folder)
    assert set(listed) == {"receipt-1.json"} and opened.listing() == {}
    assert opened.fetch(*folder, "receipt-1.json") == b'{"n": 1}'
    assert opened.fetch(*folder, "receipt-1.json", limit=8) == b'{"n": 1}'
    with pytest.raises(TooLarge):
        opened.fetch(*folder, "receipt-1.json", limit=7)
    opened.remove(*folder, "receipt-1.json")
    assert opened.listing(*folder) == {}
    opened.remove(*folder, "receipt-1.json")  # gone already is fine
    with pytest.raises(DeliveryError):
        opened.fetch(*folder, "receipt-1.json")


def test_names_that_are_not_plain_are_refused(opened: Transport, tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_bytes(b"not yours")
    before = sorted(tmp_path.rglob("*"))
    attempts: list[Callable[[], object]] = [
        lambda: opened.listing(".."),
        lambda: opened.fetch("..", "outside.json"),
        lambda: opened.fetch(str(outside)),
        lambda: opened.download("../outside.json", tmp_path / "copy.json"),
        lambda: opened.remove("..", "outside.json"),
        lambda: opened.publish(("receipts", "../.."), "outside.json", b"{}"),
        lambda: opened.publish((), "a/b.json", b"{}"),
        lambda: opened.publish(("x\x00y",), "b.json", b"{}"),
    ]
    for attempt in attempts:
        with pytest.raises(DeliveryError) as refused:
            attempt()
        assert not refused.value.transient
    assert outside.read_bytes() == b"not yours"
    assert sorted(tmp_path.rglob("*")) == before, "nothing made or removed here"


def test_describe_names_the_place_without_its_password(opened: Transport, place: Place
                                                       ) -> None:
    said = opened.describe()
    assert place.where in said
    assert not place.secret or place.secret not in said


def test_close_may_be_called_twice(place: Place) -> None:
    transport = place.open()
    transport.listing()
    transport.close()
    transport.close()


def test_a_missing_place_or_a_server_down_is_a_delivery_error(place: Place, tmp_path: Path
                                                             ) -> None:
    source = _bundle(tmp_path, "0001-bundle.age", 1000)
    transport = place.missing()
    try:
        with pytest.raises(DeliveryError):
            transport.check()
        with pytest.raises(DeliveryError):
            transport.deliver(source, 1000, sha256_of(source))
    finally:
        transport.close()
