"""A hostile WebDAV share on loopback: a real WsgiDAV server behind a WSGI wrapper that adds
crafted entries to every folder listing (hrefs that decode to absolute paths, ``..``,
NUL, backslashes, control characters, names over 255 bytes; 20 000 of them). The
coordinator fetches and imports from it and a laptop reads its answers from it: nothing
outside the inbox is created, read or removed, no request leaves the folders it should
read, the good bundle still goes in and the receipt still comes back, and the log names
the share (not the names)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

import pytest

from tests.helpers import merging
from tests.helpers import team as teams
from tests.helpers.webdav import COORDINATOR, COORDINATOR_PASSWORD, PASSWORD, USER, webdav
from veldwerk.fsutil import plain_name
from veldwerk.merge import answers, inbox
from veldwerk.sync import routes, run
from veldwerk.sync.folder import FolderTarget
from veldwerk.sync.target import WEBDAV, Target

HUGE = 20_000


def crafted(folder: str, decoys: list[Path], missing: int) -> list[str]:
    """Hrefs (as a server writes them) that must never become a path here, and
    ``missing`` plain names the share does not have."""
    base = folder.rstrip("/") + "/"
    hrefs = [base + quote(str(d), safe="") for d in decoys]  # %2F...: an absolute path
    hrefs += [base + quote(f"../../{d.name}", safe="") for d in decoys]
    hrefs += [base + "..", base + ".", base + "%2E%2E", base + "evil%00.age",
              base + quote(f"..\\..\\{decoys[0].name}", safe=""),
              base + "two%0Alines.age", base + "a" * 300 + ".age"]
    hrefs += [base + quote(f"/etc/x-{n}.age", safe="")
              for n in range(HUGE - len(hrefs) - missing)]
    return hrefs + [base + f"zz-missing-{n}.age" for n in range(missing)]


def hostile(decoys: list[Path], gets: list[str], missing: list[int]) -> Callable[[Any], Any]:
    """Every Depth-1 PROPFIND answer gets the crafted entries; GETs are recorded."""
    made: dict[tuple[str, int], bytes] = {}

    def wrap(app: Any) -> Any:
        def wrapped(environ: dict[str, Any], start_response: Any) -> Iterator[bytes]:
            if environ["REQUEST_METHOD"] == "GET":
                gets.append(environ["PATH_INFO"])
            if (environ["REQUEST_METHOD"] != "PROPFIND" or environ.get("HTTP_DEPTH") != "1"
                    or missing[0] < 0):
                return app(environ, start_response)
            seen: dict[str, Any] = {}

            def keep(status: str, headers: list[tuple[str, str]], *_a: Any) -> Any:
                seen["status"], seen["headers"] = status, headers
                return lambda _b: None
            body = b"".join(app(environ, keep))
            if not seen["status"].startswith("207"):
                start_response(seen["status"], seen["headers"])
                return iter([body])
            key = (environ["PATH_INFO"], missing[0])
            if key not in made:  # 20 000 entries, written once per folder
                made[key] = "".join(
                    f'<response xmlns="DAV:"><href>{escape(href)}</href><propstat><prop>'
                    '<getetag>"x"</getetag><resourcetype/></prop><status>HTTP/1.1 200 OK'
                    "</status></propstat></response>"
                    for href in crafted(*key[:1], decoys, key[1])).encode("utf-8")
            end = body.rindex(b"</")  # before the multistatus closes
            out = body[:end] + made[key] + body[end:]
            start_response("207 Multi-Status", [("Content-Type", "application/xml"),
                                                ("Content-Length", str(len(out)))])
            return iter([out])
        return wrapped
    return wrap


def files_outside(root: Path, *inside: Path) -> dict[Path, bytes]:
    """Every file under ``root`` that is not in one of the ``inside`` folders."""
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()
            and not any(p.is_relative_to(i) for i in inside)}


def test_plain_names_only() -> None:
    assert plain_name("0123abcd.ogg") and plain_name("receipt-1.json") and plain_name("é.age")
    for bad in ("", ".", "..", "a/b", "/abs", "a\\b", "a\x00b", "a\nb", "a\x7fb", "x" * 256,
                "C:x", "\udc80.age", None, 7):
        assert not plain_name(bad), repr(bad)
    assert plain_name("é" * 127) and not plain_name("é" * 128), "255 bytes, not characters"


def test_a_hostile_share_touches_nothing_outside_the_inbox(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("VELDWERK_UNPACK_DIR", str(tmp_path / "unpack"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    boss = teams.coordinator(tmp_path)
    decoys = [elsewhere / "decoy.age", boss.entry.folder.parent / "decoy.age",
              boss.data / "decoy.age"]
    gets: list[str] = []
    missing = [-1]  # not hostile yet while Anna delivers
    with webdav(tmp_path / "share", wrap=hostile(decoys, gets, missing)) as server:
        (server.root / "inbox").mkdir()
        share = Target(WEBDAV, server.url + "inbox/", USER)
        anna = teams.join(tmp_path, "anna", boss.project_file(
            "Anna de Boer", tmp_path / "anna.veldwerkproject", share))
        with anna.open() as project:
            teams.field_work(project, "Bij Riet", audio_bytes=3000)
            assert run.sync_once(project, PASSWORD).delivered == 1
        missing[0] = 3  # plain names the share lists but does not have: the round stops there
        for n, decoy in enumerate(decoys):
            decoy.write_bytes(b"age-encryption.org/v1\n" + bytes([n]) * 64)
        with boss.open() as project:
            merging.trust(project, anna)
            project.run(lambda s: routes.set_login(s, share.location, COORDINATOR))
            before = files_outside(tmp_path, server.root, boss.entry.folder)
            with caplog.at_level(logging.WARNING, logger="veldwerk"):
                outcomes, problem = inbox.import_from_share(project, boss.keys,
                                                            COORDINATOR_PASSWORD)
            assert [o.status for o in outcomes] == ["imported"], "the good bundle goes in"
            assert "does not exist" in problem  # a plain name the share does not have
            for outcome in outcomes:
                answers.receipt(project, boss.keys, outcome.device,
                                [(outcome.bundle, _sha(project, outcome.bundle))])
            answers.project_update(project, boss.keys)  # something in from-coordinator/
            assert answers.publish(project, COORDINATOR_PASSWORD).problem == ""
            kept = {p.name for p in (project.folder / inbox.INCOMING).iterdir()}
            assert kept <= {p for p in kept if p.startswith(".")}, kept
        assert files_outside(tmp_path, server.root, boss.entry.folder) == before, \
            "no decoy read, changed or removed; nothing made outside the project"
        skipped = [r.getMessage() for r in caplog.records
                   if "not plain file names" in r.getMessage()]
        assert skipped and f"127.0.0.1:{server.port}" in skipped[0], skipped
        assert "decoy" not in " ".join(skipped), "the log names the share, not the names"
        # 20 000 entries less the 3 plain ones, less those that decode to the same name
        assert HUGE - 10 < int(skipped[0].split()[1]) < HUGE - 3

        # A laptop reads its answers from the same share.
        gets.clear()
        missing[0] = 0
        caplog.clear()
        with anna.open() as project, caplog.at_level(logging.WARNING, logger="veldwerk"):
            back = run.sync_once(project, PASSWORD)
            assert back.applied.receipted == 1 and back.applied.refused == []
            assert back.problem == ""
        allowed = ("/inbox/from-coordinator/", f"/inbox/receipts/{anna.me.id}/")
        assert gets and all(g.startswith(allowed) and ".." not in g for g in gets), gets
        assert any("from-coordinator" in r.getMessage() for r in caplog.records)
    assert not list((tmp_path / "unpack").iterdir()), "nothing left unpacked"


def test_a_stick_with_links_and_odd_names_gives_only_its_own_files(tmp_path: Path) -> None:
    stick = tmp_path / "STICK"
    (stick / "from-coordinator").mkdir(parents=True)
    secret = tmp_path / "elsewhere.age"
    secret.write_bytes(b"not yours")
    (stick / "real.age").write_bytes(b"x")
    os.symlink(secret, stick / "link.age")
    (stick / "a\\b.age").write_bytes(b"x")  # a file name with a backslash (POSIX allows it)
    target = FolderTarget(stick)
    assert set(target.listing()) == {"real.age"}
    from veldwerk.sync.errors import DeliveryError

    for parts in (("..", "elsewhere.age"), ("link.age",), (str(secret),)):
        with pytest.raises(DeliveryError):
            target.fetch(*parts)
    with pytest.raises(DeliveryError):
        target.download("link.age", tmp_path / "copy.age")
    with pytest.raises(DeliveryError):
        target.remove("..", "elsewhere.age")
    with pytest.raises(DeliveryError):
        target.publish(("receipts", "../.."), "x.json", b"{}")
    assert secret.read_bytes() == b"not yours" and not (tmp_path / "x.json").exists()


def _sha(project: Any, bundle: str) -> str:
    from sqlalchemy import text

    with project.session() as s:
        return str(s.execute(text("SELECT sha256 FROM inbox_bundle WHERE id = :b"),
                             {"b": bundle}).scalar())
