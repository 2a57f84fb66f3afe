"""A team for the bundle tests: a coordinator's project with keys, and laptops that joined
it from their project files (each its own data folder and device, as on real laptops)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from veldwerk import guides, interviews, notes, participants, projects, setup
from veldwerk.bundle import keys as keymod
from veldwerk.bundle import projectfile
from veldwerk.domain import Recording
from veldwerk.ids import utcnow
from veldwerk.mediastore import store_bytes
from veldwerk.paths import Device, device
from veldwerk.store.project import OpenProject
from veldwerk.sync.target import Target

MEMBERS = ("Anna de Boer", "Bram Smit")


@dataclass
class Coordinator:
    data: Path
    me: Device
    entry: projects.ProjectEntry
    keys: keymod.CoordinatorKeys

    def open(self) -> OpenProject:
        return projects.open_project(self.entry.folder, self.me, url=self.entry.url)

    def project_file(self, member: str, out: Path, target: Target | None = None) -> Path:
        with self.open() as project:
            projectfile.export_project_file(project, self.keys, member, out, target)
        return out


@dataclass
class Laptop:
    data: Path
    me: Device
    entry: projects.ProjectEntry

    def open(self) -> OpenProject:
        return projects.open_project(self.entry.folder, self.me)


# Set by the team-database tests: a server URL; each coordinator then works in a fresh
# PostgreSQL database of its own there, as a team would.
SERVER: str | None = None


def coordinator(folder: Path, keys: keymod.CoordinatorKeys | None = None) -> Coordinator:
    data = folder / "coordinator"
    me = device(data)
    entry = projects.create_project(data, me, "Buurtonderzoek Oost")
    with projects.open_project(entry.folder, me) as project:
        def build(session):  # type: ignore[no-untyped-def]
            setup.save_team(session, entry.id, [setup.NamedItem(n) for n in MEMBERS])
            setup.save_neighbourhoods(session, entry.id, [setup.NamedItem("Elsrijk", "ELS")])
            setup.save_phases(session, entry.id, [setup.NamedItem("Verkennen")])
            guides.create_guide(session, entry.id, "Wonen", [
                guides.TopicDraft("Wonen", "Hoe woont u?"),
                guides.TopicDraft("Buurt", "Wat mist u?")])
            setup.update_details(session, entry.id, entry.name, "", None, None,
                                 date(2030, 12, 31))
        project.run(build)
        if SERVER:
            from tests.components import new_database
            from veldwerk.store.transfer import copy_to_server

            url = new_database(SERVER, f"team_{abs(hash(str(folder))) % 10**12}")
            copy_to_server(project, url)
    if SERVER:
        entry = projects.server_entry(data, url)
    return Coordinator(data, me, entry, keys or keymod.new_coordinator_keys())


def join(folder: Path, name: str, project_file: Path) -> Laptop:
    data = folder / name
    me = device(data)
    done = projectfile.join(data, me, project_file)
    return Laptop(data, me, done.entry)


def team(folder: Path, target: Target | None = None, members: tuple[str, ...] = MEMBERS
         ) -> tuple[Coordinator, list[Laptop]]:
    boss = coordinator(folder)
    laptops = []
    for member in members:
        file = boss.project_file(member, folder / f"{member.split()[0]}.veldwerkproject", target)
        laptops.append(join(folder, member.split()[0].lower(), file))
    return boss, laptops


def field_work(project: OpenProject, title: str = "Gesprek", audio_bytes: int = 0) -> str:
    """A participant, an interview with notes and (with ``audio_bytes``) a finished take
    whose Opus copy is that many bytes; returns the interview id."""
    def work(session):  # type: ignore[no-untyped-def]
        hood = setup.neighbourhoods(session)[0]
        person = participants.save(session, project.folder.name, participants.next_code(
            session, hood.id), hood.id, "65-74", "", participants.Identity(name="Riet"))
        session.flush()
        interview = interviews.save(session, project.folder.name, interviews.InterviewDraft(
            title=title, participant_ids=[person.id], neighbourhood_id=hood.id))
        session.flush()
        notes.save_note(session, interview.id, None, f"Notities bij {title}")
        if audio_bytes:
            opus, digest = store_bytes(project.media, os.urandom(audio_bytes), "ogg")
            wav, wav_digest = store_bytes(project.media, os.urandom(4096), "wav")
            session.add(Recording(interview_id=interview.id, position=1, state="ok",
                                  started_at=utcnow(), duration_ms=60_000, size=4096,
                                  sha256=wav_digest, media_name=wav, compressed_name=opus,
                                  compressed_sha256=digest, compressed_size=audio_bytes))
        return interview.id
    return project.run(work)
