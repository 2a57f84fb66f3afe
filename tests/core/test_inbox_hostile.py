"""No bundle stops or fools the inbox (issue «Trust no laptop», items 3 and 4): correctly
signed and encrypted bundles with malformed contents end in the ledger with a reason and
the good bundle behind them goes in; the unpacking is bounded before anything is written;
laptops not let in are kept within a quota and the rest is left on the share; a cause
that passes is tried again by itself, and ``inbox retry`` tries now. The fuzz test
(Hypothesis) throws bag-info fields, change lines and tar layouts at ``import_files``."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import i18n
from veldwerk.bundle import bag, limits
from veldwerk.bundle import keys as keymod
from veldwerk.merge import decisions, inbox
from veldwerk.store import migrate

ENDED = {"imported", "present", "waiting", "quarantined", "rejected", "retry", "deferred"}


# --- bundles as a hostile or broken laptop makes them -------------------------------------

@dataclass
class Plain:
    """A real bundle's contents, decrypted: what a forger starts from."""

    info: list[tuple[str, str]]
    payload: dict[str, bytes]
    extra: list[tuple[tarfile.TarInfo, bytes]] = field(default_factory=list)
    oxum: str | None = None  # None: the true Payload-Oxum
    root: str = ""

    @property
    def changes(self) -> list[dict[str, Any]]:
        data = self.payload.get("data/changes.jsonl", b"")
        return [json.loads(line) for line in data.decode().splitlines() if line]

    def with_changes(self, lines: list[Any]) -> Plain:
        text_ = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n"
                        for line in lines)
        return self.copy(payload={**self.payload, "data/changes.jsonl": text_.encode()})

    def with_info(self, **changed: str | None) -> Plain:
        """bag-info with fields replaced (``None`` drops the field); a new bundle id
        unless one is given, so each forgery is a bundle of its own."""
        names = {k.replace("_", "-"): v for k, v in changed.items()}
        names.setdefault("External-Identifier", str(uuid.uuid4()))
        info = [(k, v) if k not in names else (k, names[k]) for k, v in self.info
                if k not in names or names[k] is not None]
        return self.copy(info=info)

    def copy(self, **changed: Any) -> Plain:
        return Plain(**{"info": self.info, "payload": self.payload, "extra": self.extra,
                        "oxum": self.oxum, "root": self.root, **changed})

    def field(self, name: str) -> str:
        return dict(self.info)[name]


def unseal(boss: teams.Coordinator, path: Path) -> Plain:
    data = pyrage.decrypt(path.read_bytes(), [boss.keys.age])
    info: list[tuple[str, str]] = []
    payload: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar:
            if not member.isfile():
                continue
            inner = member.name.split("/", 1)[1]
            content = tar.extractfile(member).read()  # type: ignore[union-attr]
            if inner == "bag-info.txt":
                info = [tuple(line.split(": ", 1)) for line in content.decode().splitlines()
                        if not line.startswith("Payload-Oxum")]  # type: ignore[misc]
            elif inner.startswith("data/"):
                payload[inner] = content
    return Plain(info, payload)


def _member(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    member = tarfile.TarInfo(name)
    member.size = len(data)
    return member, data


def seal(boss: teams.Coordinator, plain: Plain, signer: Ed25519PrivateKey, out: Path) -> Path:
    """A bag of ``plain``, signed by ``signer`` as a laptop signs, encrypted to the
    coordinator: correct in every way except what ``plain`` says."""
    root = plain.root or dict(plain.info).get("External-Identifier", "bag") or "bag"
    key = keymod.public_text(signer.public_key())
    info = [(k, v) for k, v in plain.info]
    info = [(k, key if k == "Veldwerk-Device-Key" else keymod.fingerprint(key)
             if k == "Veldwerk-Device-Key-Fingerprint" else v) for k, v in info]
    oxum = plain.oxum if plain.oxum is not None else (
        f"{sum(len(d) for d in plain.payload.values())}.{len(plain.payload)}")
    bag_info = bag.info_text([*info, ("Payload-Oxum", oxum)])
    manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {p}\n"
                       for p, d in plain.payload.items()).encode()
    tags = [("bagit.txt", bag.BAGIT), (bag.MANIFEST, manifest), ("bag-info.txt", bag_info)]
    tag_manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {p}\n" for p, d in tags).encode()
    members = [_member(f"{root}/bagit.txt", bag.BAGIT)]
    members += [_member(f"{root}/{p}", d) for p, d in plain.payload.items()]
    members += plain.extra
    members += [_member(f"{root}/{p}", d) for p, d in tags[1:]]
    members += [_member(f"{root}/{bag.TAG_MANIFEST}", tag_manifest),
                _member(f"{root}/{bag.SIGNATURE}",
                        (signer.sign(tag_manifest).hex() + "\n").encode())]
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for member, data in members:
            tar.addfile(member, io.BytesIO(data) if member.isfile() else None)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pyrage.encrypt(buffer.getvalue(), [boss.keys.age.to_public()]))
    return out


def signing_key(laptop: teams.Laptop) -> Ed25519PrivateKey:
    return keymod.device_signing_key(laptop.data)


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> limits.Limits:
    low = limits.Limits(members=50, member_bytes=20_000, tag_bytes=20_000,
                        unapproved_files=1, unapproved_bytes=10**9)
    for name in ("members", "member_bytes", "tag_bytes", "unapproved_files",
                 "unapproved_bytes"):
        monkeypatch.setattr(limits.LIMITS, name, getattr(low, name))
    return low


def _ledger(project: Any) -> dict[str, tuple[str, str]]:
    with project.session() as s:
        return {r.file_name: (r.status, r.reason) for r in s.execute(text(
            "SELECT file_name, status, reason FROM inbox_bundle"))}


def _team_with_work(folder: Path, note: str = "") -> tuple[teams.Coordinator, teams.Laptop,
                                                          Path]:
    """A coordinator, Anna let in, and Anna's real bundle (not imported yet)."""
    from veldwerk import notes

    boss, (anna,) = teams.team(folder, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project, "Bij Riet")
        if note:
            project.run(lambda s: notes.save_note(s, interview, None, note))
    (good,) = merging.bundles_of(anna, folder / "good")
    with boss.open() as project:
        merging.trust(project, anna)
    return boss, anna, good


# --- item 3: malformed contents --------------------------------------------------------

def _malformed(plain: Plain) -> dict[str, tuple[Plain, str]]:
    """Each malformed input of the issue, with words its refusal must say."""
    entries = plain.changes
    first = entries[0]
    note = next(e for e in entries if e["table"] == "note")

    def changed(**what: Any) -> Plain:
        return plain.with_info().with_changes([{**first, **what}, *entries[1:]])

    def without(name: str) -> Plain:
        return plain.with_info().with_changes([{k: v for k, v in first.items() if k != name},
                                               *entries[1:]])

    def note_row(**row: Any) -> Plain:
        rest = [e for e in entries if e is not note]
        return plain.with_info().with_changes([*rest, {**note, "row": {**note["row"], **row}}])

    cases = {
        "part-one": (plain.with_info(Veldwerk_Part="one"), "Veldwerk-Part"),
        "no-id": (plain.with_info(External_Identifier=None), "External-Identifier"),
        "id-not-uuid": (plain.with_info(External_Identifier="x" * 36), "External-Identifier"),
        "id-too-long": (plain.with_info(External_Identifier=str(uuid.uuid4()) + "-and-more"),
                        "External-Identifier"),
        "sequence-words": (plain.with_info(Veldwerk_Sequence_Through="many"), "range"),
        "not-an-object": (plain.with_info().with_changes([*entries, [1, 2, 3]]),
                          "not an object"),
        "not-json": (plain.with_info().with_changes([*entries, "{nope"]), "not JSON"),
        "sequence-text": (changed(sequence=str(first["sequence"])), "range"),
        "row-a-list": (changed(operation="update", row=[1]), "not an object"),
        "unknown-operation": (changed(operation="drop"), "operation"),
        "another-device": (changed(device=str(uuid.uuid4())), "another laptop"),
        "unknown-table": (changed(table="secrets"), "secrets"),
        "column-lacking": (note_row(evil="x"), "evil"),
        "naive-time": (note_row(created_at="2030-01-01T10:00:00"), "without a zone"),
        "text-as-number": (note_row(text=12), "text"),
        "id-too-long-row": (note_row(interview_id="i" * 40), "interview_id"),
        "dangling-link": (note_row(interview_id=str(uuid.uuid4())), "note"),
    }
    for name in ("sequence", "key", "table", "operation"):
        cases[f"no-{name}"] = (without(name), name)
    for table in ("inbox_bundle", "team_device", "row_version", "device_sequence",
                  "erased_row", "merge_conflict", "change_log", "veldwerk_meta", "outbox"):
        cases[f"ledger-{table}"] = (changed(table=table, row={"id": first["key"]}), table)
    return cases


def test_malformed_bundles_end_in_the_ledger_and_the_good_one_goes_in(
        tmp_path: Path, coordinator_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, anna, good = _team_with_work(tmp_path)
    plain = unseal(boss, good)
    forged = tmp_path / "forged"
    cases = _malformed(plain)
    for name, (bad, _words) in cases.items():
        seal(boss, bad, signing_key(anna), forged / f"{name}.age")
    with boss.open() as project:
        before = merging.content(project)
        outcomes = inbox.import_files(project, boss.keys, [forged])
        got = {o.file.removesuffix(".age"): o for o in outcomes}
        for name, (_bad, words) in cases.items():
            assert got[name].status == "rejected", (name, got[name].reason)
            assert words in got[name].reason, (name, got[name].reason)
            assert "Traceback" not in got[name].reason
        assert merging.content(project) == before, "nothing of them went in"
        ledger = _ledger(project)
        assert {f"{n}.age" for n in cases} <= set(ledger)
        assert all(ledger[f"{n}.age"][0] == "rejected" and ledger[f"{n}.age"][1]
                   for n in cases)
        assert ("interview_id" in got["dangling-link"].reason if coordinator_store == "sqlite"
                else "rule of the database" in got["dangling-link"].reason)
        with monkeypatch.context() as patch:  # whatever else breaks inside the apply
            patch.setattr(inbox.Batch, "run", lambda _self: {}["sequence"])
            (broken,) = inbox.import_files(project, boss.keys, [good])
        assert broken.status == "rejected" and "KeyError" in broken.reason
        with project.session() as s:  # a fault of this Veldwerk: the bundle may come again
            s.execute(text("DELETE FROM inbox_bundle WHERE file_name = :f"), {"f": good.name})
            s.commit()
        (done,) = inbox.import_files(project, boss.keys, [good])
        assert done.status == "imported", done.reason
        again = inbox.import_files(project, boss.keys, [forged / "no-id.age"])
        assert again[0].status == "rejected" and "refused before" in again[0].reason


# --- item 3: bounds ------------------------------------------------------------------------

def test_the_unpacking_is_bounded_before_anything_is_written(
        tmp_path: Path, small_limits: limits.Limits, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, anna, good = _team_with_work(tmp_path)
    plain = unseal(boss, good)
    unpacked: list[str] = []
    real = bag.extract_payload
    monkeypatch.setattr(bag, "extract_payload", lambda *a: unpacked.append("x") or real(*a))
    root = plain.field("External-Identifier")
    many = plain.with_info(External_Identifier=root).copy(payload={
        **plain.payload, **{f"data/media/{i:064x}.ogg": b"" for i in range(3000)}})
    link = tarfile.TarInfo(f"{root}/data/link")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    cases = {
        "many-files": (many, "more than 50 files"),
        "large-file": (plain.copy(payload={**plain.payload,
                                           "data/media-index.jsonl": b" " * 30_000}),
                       "larger than Veldwerk takes"),
        "outside-data": (plain.copy(extra=[_member(f"{root}/notes.txt", b"hello")]),
                         "outside data/"),
        "oxum-less": (plain.copy(oxum="10.1"), "Payload-Oxum"),
        "absolute": (plain.copy(extra=[_member("/tmp/evil.age", b"x")]), "outside the bundle"),
        "dot-dot": (plain.copy(extra=[_member(f"{root}/../evil", b"x")]), "outside the bundle"),
        "symlink": (plain.copy(extra=[(link, b"")]), "link"),
        "twice": (plain.copy(extra=[_member(f"{root}/data/changes.jsonl", b"{}\n")]),
                  "twice"),
        "second-bag": (plain.copy(extra=[_member("other/data/x", b"x")]), "more than one bag"),
        "unknown-payload": (plain.copy(payload={**plain.payload, "data/run.sh": b"x"}),
                            "does not make"),
    }
    for name, (bad, _words) in cases.items():
        seal(boss, bad, signing_key(anna), tmp_path / "bad" / f"{name}.age")
    with boss.open() as project:
        outcomes = {o.file.removesuffix(".age"): o for o in inbox.import_files(
            project, boss.keys, [tmp_path / "bad"])}
        for name, (_bad, words) in cases.items():
            assert outcomes[name].status == "rejected", (name, outcomes[name].reason)
            assert words in outcomes[name].reason, (name, outcomes[name].reason)
        assert unpacked == [], "every one was refused before its payload was unpacked"
        (done,) = inbox.import_files(project, boss.keys, [good])
        assert done.status == "imported" and unpacked == ["x"]


# --- item 3: laptops not let in, within a quota -------------------------------------------

def test_laptops_not_let_in_are_kept_within_a_quota_and_the_rest_stays_on_the_share(
        tmp_path: Path, small_limits: limits.Limits, monkeypatch: pytest.MonkeyPatch) -> None:
    from veldwerk.sync import run
    from veldwerk.sync.target import FOLDER, Target

    share = tmp_path / "share"
    share.mkdir()
    boss, (bram,) = teams.team(tmp_path, Target(FOLDER, str(share)), members=("Bram Smit",))
    for title in ("Eerste", "Tweede", "Derde"):
        with bram.open() as project:
            teams.field_work(project, title)
            assert run.sync_once(project).delivered == 1
    on_share = sorted(p.name for p in share.rglob("*.age"))
    assert len(on_share) == 3
    broken = next(share.rglob("*.age")).parent / "zz-broken.age"
    broken.write_bytes(b"age-encryption.org/v1\nnot really")
    downloads: list[str] = []
    from veldwerk.sync import folder as folder_transport

    real = folder_transport.FolderTarget.download
    monkeypatch.setattr(folder_transport.FolderTarget, "download",
                        lambda self, name, to: downloads.append(name) or real(self, name, to))
    with boss.open() as project:
        outcomes, _problem = inbox.import_from_share(project, boss.keys)
        assert [o.status for o in outcomes] == ["quarantined", "deferred", "deferred",
                                                "rejected"]
        second, third = outcomes[1].file, outcomes[2].file
        assert "stays where it is" in outcomes[1].reason
        assert sorted(p.name for p in share.rglob("*.age")) == [*on_share, broken.name]
        assert [p.name for p in (project.folder / inbox.HELD).glob("*.age")] == [
            outcomes[0].file]
        assert _ledger(project)[second][0] == "deferred"
        downloads.clear()
        again, _problem = inbox.import_from_share(project, boss.keys)
        assert again == [] and downloads == [], "nothing is downloaded (or broken) each round"
        monkeypatch.setattr(limits.LIMITS, "unapproved_files", 2)  # room for one more
        room, _problem = inbox.import_from_share(project, boss.keys)
        assert [o.status for o in room] == ["quarantined"] and downloads == [second]
        with project.session() as s:
            (device,) = decisions.devices(s)
        project.run(lambda s: decisions.decide(s, device.fingerprint, decisions.APPROVED))
        both = inbox.retry_held(project, boss.keys)
        assert [o.status for o in both] == ["imported", "imported"], "in their order"
        last, _problem = inbox.import_from_share(project, boss.keys)
        assert [o.status for o in last] == ["imported"] and downloads == [second, third], (
            "let in: what was left on the share comes now")
        assert len(merging.content(project)["interview"]) == 3
        inbox.import_from_share(project, boss.keys)  # the next round tidies the share
        assert [p.name for p in share.rglob("*.age")] == [broken.name], "taken in: gone"


# --- item 4: a cause that passes ----------------------------------------------------------

def test_a_full_database_keeps_the_bundle_and_it_goes_in_once_there_is_room(
        tmp_path: Path) -> None:
    boss, _anna, good = _team_with_work(tmp_path, "De buurvrouw heeft mijn sleutel. " * 4000)
    with boss.open() as project:
        def limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        event.listen(project.engine, "connect", limit)
        project.engine.dispose()
        (full,) = inbox.import_files(project, boss.keys, [good])
        assert full.status == "retry" and "full" in full.reason
        assert (project.folder / inbox.HELD / good.name).is_file(), "kept to try again"
        event.remove(project.engine, "connect", limit)
        project.engine.dispose()
        (later,) = inbox.import_files(project, boss.keys, [])
        assert later.status == "imported"
        assert _ledger(project)[good.name][0] == "imported"
        assert not (project.folder / inbox.HELD / good.name).exists()


def test_a_newer_veldwerk_bundle_waits_for_the_update_and_the_next_goes_in_after_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, anna, good = _team_with_work(tmp_path)
    newer = seal(boss, unseal(boss, good).with_info(
        External_Identifier=unseal(boss, good).field("External-Identifier"),
        Veldwerk_Schema="9999"), signing_key(anna), tmp_path / "newer" / good.name)
    with anna.open() as project:
        teams.field_work(project, "Daarna")
    (next_,) = merging.bundles_of(anna, tmp_path / "next")
    with boss.open() as project:
        (first,) = inbox.import_files(project, boss.keys, [newer])
        assert first.status == "retry" and "newer Veldwerk" in first.reason
        (again,) = inbox.import_files(project, boss.keys, [newer])
        assert again.status == "retry", "a retry is not 'refused before'"
        (waits,) = inbox.import_files(project, boss.keys, [next_])
        assert waits.status == "waiting"
        known = migrate.known_revisions()
        monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999"})
        done = inbox.import_files(project, boss.keys, [])
        assert sorted(o.status for o in done) == ["imported", "imported"]
        assert {s for s, _r in _ledger(project).values()} == {"imported"}
        assert len(merging.content(project)["interview"]) == 2


def test_a_refused_laptop_approved_later_gets_in_and_inbox_retry_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from veldwerk.cli import main

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
    (bundle,) = merging.bundles_of(anna, tmp_path / "in")
    with boss.open() as project:
        (first,) = inbox.import_files(project, boss.keys, [bundle])
        assert first.status == "quarantined"
        with project.session() as s:
            (device,) = decisions.devices(s)
        project.run(lambda s: decisions.decide(s, device.fingerprint, decisions.REJECTED))
        (refused,) = inbox.import_files(project, boss.keys, [bundle])
        assert refused.status == "quarantined" and "was refused" in refused.reason
        project.run(lambda s: decisions.decide(s, device.fingerprint, decisions.APPROVED))
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, "vier woorden als zin")
    monkeypatch.setenv("VELDWERK_PASSPHRASE", "vier woorden als zin")
    capsys.readouterr()

    def veldwerk(*args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(boss.data), "--lang", "en", *args])
        return code, capsys.readouterr().out

    code, out = veldwerk("inbox", "retry", "--identity", str(key_file))
    assert code == 0 and f"{bundle.name}: imported" in out
    code, out = veldwerk("inbox", "list")  # no keys needed to read what became of it
    assert code == 0 and "taken in" in out and "waits" not in out
    try:
        with pytest.raises(SystemExit):
            main(["--lang", "nl", "inbox", "--help"])
    finally:
        i18n.use_catalogue("en")  # the commands' language stays for the tests after this
    assert "de bewaarde bundels nu opnieuw proberen" in capsys.readouterr().out


# --- the fuzz test --------------------------------------------------------------------------

@dataclass
class Fuzzed:
    boss: teams.Coordinator
    anna: teams.Laptop
    good: Path
    plain: Plain
    approved: Ed25519PrivateKey
    folder: Path
    project: Any = None


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One coordinator for every example (its key opened once), Bram let in to send the
    fuzzed bundles, and Anna's real bundle to go in after all of them."""
    folder = tmp_path_factory.mktemp("fuzz")
    boss, (anna, bram) = teams.team(folder)
    with anna.open() as project:
        teams.field_work(project, "Na het fuzzen")
    (good,) = merging.bundles_of(anna, folder / "good")
    with bram.open() as project:
        teams.field_work(project, "Van Bram", audio_bytes=300)
    (base,) = merging.bundles_of(bram, folder / "base")
    with boss.open() as project:
        merging.trust(project, anna, bram)
    made = Fuzzed(boss, anna, good, unseal(boss, base), signing_key(bram), folder)
    made.project = boss.open()
    try:
        yield made
    finally:
        made.project.close(make_backup=False)


NASTY = st.one_of(st.sampled_from(["", "one", "-1", "1/0", "2/1", "0/0", "x" * 80,
                                   "99999999999999999999", "1.5", "none", "\u00e9\u4e2d"]),
                  st.text(max_size=12))
FIELDS = ["External-Identifier", "Veldwerk-Project-Id", "Veldwerk-Device-Id",
          "Veldwerk-Schema", "Veldwerk-Sequence-After", "Veldwerk-Sequence-Through",
          "Veldwerk-Part", "Veldwerk-Bundle-Group", "Veldwerk-Member-Id",
          "Veldwerk-Device-Name", "Veldwerk-Device-Key-Fingerprint"]
TABLES = st.sampled_from(["note", "interview", "participant", "guide", "secrets",
                          "inbox_bundle", "team_device", "row_version", "change_log",
                          "veldwerk_meta", "merge_conflict", ""])
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(),
                   st.text(max_size=10), st.sampled_from(["2030-01-01T10:00:00",
                                                          "2030-01-01T10:00:00+00:00",
                                                          "2030-13-01"]),
                   st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3),
                                                                          st.integers(),
                                                                          max_size=2))


@st.composite
def _line(draw: st.DrawFn, entries: list[dict[str, Any]]) -> Any:
    entry = dict(draw(st.sampled_from(entries)))
    kind = draw(st.sampled_from(["drop", "set", "row", "table", "raw"]))
    if kind == "drop":
        entry.pop(draw(st.sampled_from(sorted(entry))), None)
    elif kind == "set":
        entry[draw(st.sampled_from(sorted(entry)))] = draw(VALUES)
    elif kind == "row" and isinstance(entry.get("row"), dict) and entry["row"]:
        row = dict(entry["row"])
        row[draw(st.sampled_from([*sorted(row), "evil"]))] = draw(VALUES)
        entry["row"] = row
    elif kind == "table":
        entry["table"] = draw(TABLES)
    elif kind == "raw":
        return draw(st.sampled_from(["[]", "1", "null", '"x"', "{", "[" * 5000]))
    return entry


@st.composite
def _forgery(draw: st.DrawFn, plain: Plain) -> Plain:
    forged = plain.with_info()
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from(FIELDS))
        forged = forged.with_info(**{name.replace("-", "_"): draw(st.one_of(NASTY, st.none()))})
    entries = plain.changes
    if entries and draw(st.booleans()):
        lines: list[Any] = list(entries)
        for _ in range(draw(st.integers(1, 3))):
            lines.insert(draw(st.integers(0, len(lines))), draw(_line(entries)))
            if draw(st.booleans()) and len(lines) > 1:
                lines.pop(draw(st.integers(0, len(lines) - 1)))
        forged = forged.with_changes(lines)
    root = dict(forged.info).get("External-Identifier") or "bag"
    layout = draw(st.sampled_from(["none", "extra", "absolute", "dotdot", "symlink",
                                   "duplicate", "outside", "oxum", "hardlink"]))
    if layout == "extra":
        forged = forged.copy(payload={**forged.payload, "data/extra.txt": b"x"})
    elif layout in ("absolute", "dotdot", "outside", "duplicate"):
        name = {"absolute": "/tmp/veldwerk-fuzz.age", "dotdot": f"{root}/data/../../up.age",
                "outside": f"{root}/readme.txt",
                "duplicate": f"{root}/data/changes.jsonl"}[layout]
        forged = forged.copy(extra=[_member(name, b"{}\n")])
    elif layout in ("symlink", "hardlink"):
        link = tarfile.TarInfo(f"{root}/data/link")
        link.type = tarfile.SYMTYPE if layout == "symlink" else tarfile.LNKTYPE
        link.linkname = "/etc/passwd" if layout == "symlink" else f"{root}/bagit.txt"
        forged = forged.copy(extra=[(link, b"")])
    elif layout == "oxum":
        forged = forged.copy(oxum=draw(NASTY))
    return forged


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_bundles_end_in_the_ledger_never_as_an_exception(fuzzed: Fuzzed,
                                                                  data: st.DataObject) -> None:
    forged = data.draw(_forgery(fuzzed.plain))
    signer = fuzzed.approved if data.draw(st.booleans()) else Ed25519PrivateKey.generate()
    path = seal(fuzzed.boss, forged, signer,
                fuzzed.folder / "fuzzed" / f"{uuid.uuid4()}.age")
    outcomes = inbox.import_files(fuzzed.project, fuzzed.boss.keys, [path])
    mine = [o for o in outcomes if o.file == path.name]
    assert len(mine) == 1 and mine[0].status in ENDED
    if mine[0].status not in ("imported", "present"):
        assert mine[0].reason
        assert _ledger(fuzzed.project)[path.name][1], "in the ledger with its reason"
    assert not Path("/tmp/veldwerk-fuzz.age").exists()
    assert not (fuzzed.folder / "fuzzed" / "up.age").exists()


def test_after_the_fuzzing_a_good_bundle_still_goes_in(fuzzed: Fuzzed) -> None:
    (done,) = [o for o in inbox.import_files(fuzzed.project, fuzzed.boss.keys, [fuzzed.good])
               if o.file == fuzzed.good.name]
    assert done.status == "imported", done.reason
    assert "Na het fuzzen" in json.dumps(merging.content(fuzzed.project)["interview"])
