"""Delivery to a WebDAV share (Nextcloud, SURF Research Drive, any RFC 4918 server).

A bundle is uploaded under a temporary name and then moved to its own with
``Overwrite: F``, so the coordinator never finds half a bundle under a real name, a
dropped connection leaves only a temporary file that the next try replaces, and nothing
already there is written over (412 means: someone has that name; the same bytes count
as delivered). The final size is checked after the move.

Every failure becomes a :class:`DeliveryError` that says what happened and whether
trying again later can help by itself: no connection and a busy server can; a wrong or
expired password, no permission, a missing folder, a full share, an untrusted
certificate or a Wi-Fi login page answering instead of the share cannot.

Not done: Nextcloud's chunked upload (v2). Parts are at most 200 MB, which Nextcloud and
SURF Research Drive take as one PUT.
"""

from __future__ import annotations

import hashlib
import os
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin
from xml.etree import ElementTree

import httpx

from veldwerk.errors import Cancelled
from veldwerk.i18n import translate
from veldwerk.sync.errors import DeliveryError, TooLarge
from veldwerk.sync.target import Target
from veldwerk.sync.transport import BLOCK, checked_path, plain_names

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DAV = "{DAV:}"
COLLECTION = f"{DAV}propstat/{DAV}prop/{DAV}resourcetype/{DAV}collection"
ETAG = f"{DAV}propstat/{DAV}prop/{DAV}getetag"
MAX_LISTING = 64 << 20  # bytes of one PROPFIND answer: far above any real folder's


def _chunks(path: Path, cancelled: Callable[[], bool]) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            if cancelled():
                raise Cancelled()  # the app is closing: the temporary name is replaced later
            yield block


class WebDavTarget:
    """A ``Transport`` (``sync.transport``) for a WebDAV share."""

    def __init__(self, target: Target, password: str, *, verify: Any = True,
                 client: httpx.Client | None = None) -> None:
        self.target = target
        self.base = target.location
        self.client = client or httpx.Client(auth=(target.user, password), timeout=TIMEOUT,
                                             verify=verify, follow_redirects=False)
        self.requests = 0  # how many requests this target made (idle sync stays small)

    @classmethod
    def for_target(cls, target: Target, password: str | None, verify: Any) -> WebDavTarget:
        return cls(target, password or "", verify=verify)

    def close(self) -> None:
        self.client.close()  # a closed client closes again without complaint

    def describe(self) -> str:
        return self.target.describe()

    def url(self, *names: str) -> str:
        """The address of a file or folder on the share; every part must be a plain file
        name (a name from a listing could otherwise climb out of the folder)."""
        if names and names[-1] == "":  # a folder's address ends in a slash
            checked = (*checked_path(names[:-1], self.describe()), "") if names[:-1] else ("",)
        else:
            checked = checked_path(names, self.describe()) if names else ()
        return urljoin(self.base, "/".join(quote(n) for n in checked))

    # -- requests, with every failure made plain --------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        self.requests += 1
        try:
            return self.client.request(method, url, **kwargs)
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise self.failed(exc) from exc

    def failed(self, exc: Exception) -> DeliveryError:
        """An untrusted certificate, or no connection."""
        if isinstance(exc, httpx.ConnectError) and (
                isinstance(exc.__context__, ssl.SSLError) or "CERTIFICATE" in str(exc).upper()):
            return DeliveryError(translate(
                "Sync", "The share's certificate is not trusted ({detail}).").format(
                    detail=exc), hint=translate(
                "Sync", "Do not send anything there: someone may be listening in. Ask the "
                "coordinator to check the address."), transient=False)
        return self.offline(exc)

    def offline(self, exc: Exception) -> DeliveryError:
        return DeliveryError(translate("Sync", "No connection with {host} ({detail}).").format(
            host=self.target.describe(), detail=type(exc).__name__), hint=translate(
            "Sync", "Will try again by itself; the bundles wait in the outbox."))

    def refuse(self, response: httpx.Response, what: str) -> DeliveryError:
        """The plain words for a status a request should not get."""
        code = response.status_code
        if code == 401:
            return DeliveryError(translate(
                "Sync", "The share does not accept the password for {user} (wrong, or an app "
                "password that was revoked).").format(user=self.target.user), hint=translate(
                "Sync", "Make a new app password in the share's settings and enter it under "
                "Project › Delivery (for a command: in VELDWERK_WEBDAV_PASSWORD)."),
                transient=False)
        if code == 403:
            return DeliveryError(translate(
                "Sync", "{user} may not write in this folder of the share.").format(
                    user=self.target.user), hint=translate(
                "Sync", "Ask the coordinator to share the folder with you, with permission "
                "to edit."), transient=False)
        if code in (404, 409):
            return DeliveryError(translate(
                "Sync", "The folder {url} does not exist on the share.").format(url=self.base),
                hint=translate("Sync", "Check the address with the coordinator."),
                transient=False)
        if code == 507:
            return DeliveryError(translate("Sync", "The share is full."), hint=translate(
                "Sync", "Tell the coordinator; the bundles wait in the outbox and go as soon "
                "as there is room."), transient=False)
        if 300 <= code < 400 or "html" in response.headers.get("content-type", ""):
            return DeliveryError(translate(
                "Sync", "Another page answered instead of the share (a Wi-Fi login page?)."),
                hint=translate("Sync", "Open a web browser and log in to the network; then "
                               "it goes by itself."))
        if code >= 500:
            return DeliveryError(translate("Sync", "The share has a problem of its own "
                                           "({code}).").format(code=code), hint=translate(
                "Sync", "Will try again later by itself."))
        return DeliveryError(translate("Sync", "The share answered {code} to {what}.").format(
            code=code, what=what), hint=translate("Sync", "Will try again later."))

    # -- what delivery needs ----------------------------------------------------------

    def check(self) -> None:
        """Test connection: the folder is there and the password works."""
        response = self.request("PROPFIND", self.base, headers={"Depth": "0"})
        if response.status_code != 207:
            raise self.refuse(response, "PROPFIND")

    def deliver(self, source: Path, size: int, sha256: str,
                cancelled: Callable[[], bool] = lambda: False) -> None:
        name = source.name
        temporary = self.url(f".{name}.part")
        response = self.request("PUT", temporary, content=_chunks(source, cancelled), headers={
            "Content-Length": str(size), "Content-Type": "application/octet-stream",
            "OC-Checksum": f"SHA256:{sha256}"})
        if response.status_code not in (200, 201, 204):
            raise self.refuse(response, "PUT")
        final = self.url(name)
        response = self.request("MOVE", temporary, headers={
            "Destination": final, "Overwrite": "F"})
        if response.status_code == 412:  # the name is taken: delivered before, or not ours
            self.request("DELETE", temporary)
            if self.digest(final) == sha256:
                return
            raise DeliveryError(translate(
                "Sync", "The share already holds a different file called {name}; it is not "
                "written over.").format(name=name), hint=translate(
                "Sync", "Ask the coordinator to look at it."), transient=False)
        if response.status_code not in (201, 204):
            raise self.refuse(response, "MOVE")
        response = self.request("HEAD", final)
        if response.status_code != 200 or response.headers.get("content-length") != str(size):
            raise DeliveryError(translate(
                "Sync", "The share holds {name} with the wrong size after the upload.").format(
                    name=name), hint=translate("Sync", "Will try again later."))

    def download(self, name: str, destination: Path) -> None:
        """Stream a bundle from the share to ``destination``, block by block (a 2 GB
        bundle never sits in memory)."""
        self.requests += 1
        try:
            with self.client.stream("GET", self.url(name)) as response, open(
                    destination, "wb") as writer:
                if response.status_code != 200:
                    raise self.refuse(response, "get")
                for block in response.iter_bytes(BLOCK):
                    writer.write(block)
                writer.flush()
                os.fsync(writer.fileno())
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            destination.unlink(missing_ok=True)
            raise self.offline(exc) from exc
        except BaseException:
            destination.unlink(missing_ok=True)
            raise

    def publish(self, folder: tuple[str, ...], name: str, data: bytes) -> None:
        """A small file from the coordinator into a subfolder of the share (made when
        missing): temporary name, then a move that never overwrites; the same bytes
        there already count as published."""
        for depth in range(1, len(folder) + 1):
            response = self.request("MKCOL", self.url(*folder[:depth], ""))
            if response.status_code not in (201, 405):  # 405: the folder is there
                raise self.refuse(response, "MKCOL")
        temporary = self.url(*folder, f".{name}.part")
        response = self.request("PUT", temporary, content=data, headers={
            "Content-Type": "application/json"})
        if response.status_code not in (200, 201, 204):
            raise self.refuse(response, "PUT")
        final = self.url(*folder, name)
        response = self.request("MOVE", temporary, headers={"Destination": final,
                                                            "Overwrite": "F"})
        if response.status_code == 412:
            self.request("DELETE", temporary)
            if self.digest(final) == hashlib.sha256(data).hexdigest():
                return
            raise DeliveryError(translate(
                "Sync", "The share already holds a different file called {name}; it is not "
                "written over.").format(name=name), transient=False)
        if response.status_code not in (201, 204):
            raise self.refuse(response, "MOVE")

    def digest(self, url: str) -> str:
        found = hashlib.sha256()
        self.requests += 1
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise self.refuse(response, "get")
                for block in response.iter_bytes(BLOCK):
                    found.update(block)
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise self.offline(exc) from exc
        return found.hexdigest()

    def listing(self, *folder: str) -> dict[str, str]:
        """File names in a folder of the share, with their ETags ({} when it is not
        there yet: the coordinator has sent nothing)."""
        content = self._propfind(self.url(*folder, ""))
        if content is None:
            return {}
        try:
            tree = ElementTree.fromstring(content)
        except ElementTree.ParseError as exc:
            raise DeliveryError(translate("Sync", "The share's answer was unreadable.")) from exc
        found: dict[str, str] = {}
        for item in tree.iter(f"{DAV}response"):
            href = item.findtext(f"{DAV}href") or ""
            if item.find(COLLECTION) is not None:
                continue
            # Decoded, %2F is a slash and %00 a NUL: only plain names are kept (below).
            name = unquote(href.rstrip("/").rsplit("/", 1)[-1])
            found[name] = item.findtext(ETAG) or ""
        where = "/".join((self.describe().rstrip("/"), *folder))
        return {name: found[name] for name in plain_names(found, where)}

    def _propfind(self, url: str) -> bytes | None:
        """A folder's listing (None when the folder is not there), read up to
        ``MAX_LISTING`` bytes: a share cannot fill this computer's memory."""
        self.requests += 1
        try:
            with self.client.stream("PROPFIND", url, headers={"Depth": "1"}, content=(
                    b'<?xml version="1.0"?><propfind xmlns="DAV:"><prop>'
                    b"<getetag/><resourcetype/></prop></propfind>")) as response:
                if response.status_code == 404:
                    return None
                if response.status_code != 207:
                    response.read()
                    raise self.refuse(response, "PROPFIND")
                blocks, size = [], 0
                for block in response.iter_bytes(BLOCK):
                    size += len(block)
                    if size > MAX_LISTING:
                        raise DeliveryError(translate(
                            "Sync", "The share's answer was far too large; it was not read."),
                            hint=translate("Sync", "Ask whoever runs the share to look at "
                                           "the folder."), transient=False)
                    blocks.append(block)
                return b"".join(blocks)
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise self.failed(exc) from exc

    def remove(self, *path: str) -> None:
        """A bundle the coordinator took in, or an answer that carried an erased row,
        leaves the share (gone already is fine)."""
        response = self.request("DELETE", self.url(*path))
        if response.status_code not in (200, 204, 404):
            raise self.refuse(response, "DELETE")

    def fetch(self, *path: str, limit: int | None = None) -> bytes:
        """A small file from the coordinator, streamed: one that says (Content-Length) or
        turns out larger than ``limit`` is not read further."""
        self.requests += 1
        try:
            with self.client.stream("GET", self.url(*path)) as response:
                if response.status_code != 200:
                    raise self.refuse(response, "get")
                size = response.headers.get("content-length", "")
                if limit is not None and size.isdigit() and int(size) > limit:
                    raise TooLarge(path[-1])
                data = bytearray()
                for block in response.iter_bytes(BLOCK):
                    data += block
                    if limit is not None and len(data) > limit:
                        raise TooLarge(path[-1])
                return bytes(data)
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise self.failed(exc) from exc
