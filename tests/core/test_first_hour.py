"""The coordinator's first hour. A new project, asked until when data are kept and the
interviews' language, starts with the plain-language consent forms, so a laptop that joins
can take consent; a project without a form is never handed to a laptop; a missing keyring is
said in plain words."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from tests.core.test_newcomer import run
from veldwerk import projects, setup
from veldwerk.bundle import keys as keymod
from veldwerk.bundle import projectfile
from veldwerk.consent import templates
from veldwerk.domain import ConsentTemplate, Project
from veldwerk.errors import SyncError, ValidationError
from veldwerk.paths import device


def test_a_new_project_has_its_forms_and_language(tmp_path: Path) -> None:
    me = device(tmp_path)
    entry = projects.create_project(tmp_path, me, "Wijk Oost", retention_date=date(2031, 6, 30),
                                    language="en")
    with projects.open_project(entry.folder, me, write=False) as project, \
            project.session() as s:
        forms = s.exec(select(ConsentTemplate)).all()
        row = s.exec(select(Project)).one()
    assert sorted(f.language for f in forms) == ["en", "nl"]
    assert {f.retention_date for f in forms} == {date(2031, 6, 30)}
    assert (row.language, row.retention_date) == ("en", date(2031, 6, 30))


def test_bad_dates_and_languages_make_nothing(tmp_path: Path) -> None:
    me = device(tmp_path)
    with pytest.raises(ValidationError, match="not a language"):
        projects.create_project(tmp_path, me, "A", retention_date=date(2031, 1, 1),
                                language="klingon")
    with pytest.raises(ValidationError, match="at least until the project ends"):
        projects.create_project(tmp_path, me, "B", end_date=date(2031, 1, 1),
                                retention_date=date(2030, 1, 1))
    assert projects.list_projects(tmp_path) == []


def test_a_project_without_a_form_is_not_handed_out(tmp_path: Path) -> None:
    me = device(tmp_path)
    entry = projects.create_project(tmp_path, me, "Zonder datum")
    keys = keymod.new_coordinator_keys()
    with projects.open_project(entry.folder, me) as project:
        project.run(lambda s: setup.save_team(s, entry.id, [setup.NamedItem("Anna")]))
        out = tmp_path / "anna.veldwerkproject"
        with pytest.raises(SyncError, match="no consent form") as caught:
            projectfile.export_project_file(project, keys, "Anna", out)
        assert "Project settings" in caught.value.hint
        assert not out.exists()
        project.run(lambda s: setup.update_details(s, entry.id, "Zonder datum", "", None, None,
                                                   date(2031, 1, 1)))
        projectfile.export_project_file(project, keys, "Anna", out)
    assert out.is_file()


def test_project_new_by_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = run(data, "project", "new", "Buurt in beeld", "--keep-until", "2031-12-31")
    assert made.returncode == 0, made.stderr
    project_id = made.stdout.strip()
    assert "consent forms" in made.stderr
    listed = json.loads(run(data, "projects", "--json").stdout)
    assert listed["id"] == project_id and listed["name"] == "Buurt in beeld"
    again = run(data, "project", "new", "buurt in Beeld", "--keep-until", "2031-12-31")
    assert again.returncode == 2 and "already a project" in again.stderr
    no_date = run(data, "project", "new", "Zonder")
    assert no_date.returncode == 2 and "--keep-until" in no_date.stderr
    wrong = run(data, "project", "new", "Fout", "--keep-until", "2031-13-45")
    assert wrong.returncode == 2
    dutch = run(data, "--lang", "nl", "project", "new", "Tweede", "--keep-until", "2031-12-31",
                "--language", "tr")
    assert dutch.returncode == 0 and "toestemmingsformulieren" in dutch.stderr, dutch.stderr
    me = device(data)
    entry = projects.find_project(data, "Tweede")
    with projects.open_project(entry.folder, me, write=False) as project, \
            project.session() as s:
        assert s.exec(select(Project)).one().language == "tr"
        assert templates.current(s, entry.id, "nl") is not None


def test_a_laptop_is_sent_to_its_coordinator(tmp_path: Path) -> None:
    assert "coordinator" in templates.no_form_text(joined=True)
    assert "Project settings" not in templates.no_form_text(joined=True)
    assert "Project settings" in templates.no_form_text(joined=False)


def test_without_a_keyring_the_password_message_is_plain(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    import keyring
    from keyring.backends import fail

    from veldwerk.sync import secrets
    from veldwerk.sync.target import WEBDAV, Target

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    with pytest.raises(SyncError) as caught:
        secrets.remember(Target(WEBDAV, "https://share.example/dav/", "anna"), "geheim")
    assert "no keyring" in caught.value.message
    assert "No recommended backend" not in str(caught.value), "no raw library text"
    assert secrets.ENV in caught.value.hint
