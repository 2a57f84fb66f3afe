"""The installer description cannot rot silently: every resource folder is packaged, and
the Linux desktop entry and AppStream metadata agree with each other."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def test_every_resource_folder_and_the_migrations_are_in_the_spec() -> None:
    spec = (ROOT / "packaging" / "veldwerk.spec").read_text(encoding="utf-8")
    folders = [p.name for p in (ROOT / "resources").iterdir() if p.is_dir()]
    assert folders
    missing = [name for name in folders if f'"resources" / "{name}"' not in spec]
    assert missing == []
    assert '"veldwerk" / "store" / "migrations"' in spec
    assert 'copy_metadata("veldwerk")' in spec  # the microphone entry point


def test_desktop_entry_and_appstream_metadata_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "nl.veldwerk.Veldwerk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "veldwerk"
    assert desktop["Comment[nl]"] and desktop["GenericName[nl]"]
    component = ET.parse(LINUX / "nl.veldwerk.Veldwerk.metainfo.xml").getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == "nl.veldwerk.Veldwerk"
    assert component.findtext("launchable") == "nl.veldwerk.Veldwerk.desktop"
    assert component.findtext("provides/binary") == desktop["Exec"]
    import veldwerk

    assert component.find("releases/release").get("version") == veldwerk.__version__
