"""Dutch first: the language choice and the catalogues (``.ts`` sources, ``.qm`` built).

The ``.qm`` files are build products and not in git: a packaged app ships them,
a source install compiles them once with PySide6's own ``lrelease`` into the
user's cache folder, under a name that carries a digest of the ``.ts``: two installs (a
checkout beside an installed app, an upgrade whose ``.ts`` is older than the cached
``.qm``) never read each other's catalogue.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from veldwerk import i18n as core_i18n
from veldwerk.resources import resources_dir

LANGUAGES = core_i18n.LANGUAGES
ENV_LANG = core_i18n.ENV_LANG


def choose_language(override: str | None, preference: str | None = "system") -> str:
    """The core's one rule (``veldwerk.i18n.chosen_language``), so the app and the
    commands never disagree."""
    return core_i18n.chosen_language(override, preference)


def ts_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"veldwerk_{language}.ts"


def lrelease() -> str | None:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which("pyside6-lrelease")


def compiled(language: str) -> Path | None:
    """The ``.qm`` for ``language``: shipped beside the ``.ts``, else built into the cache."""
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists()
                             or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    cache = Path(platformdirs.user_cache_dir("Veldwerk", "Veldwerk")) / "i18n"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache / f"{shipped.stem}-{digest}.qm"
    if target.exists():
        return target
    tool = lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}.qm")
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(tmp)],
                            capture_output=True, check=False)
    if result.returncode != 0 or not tmp.exists():
        print(f"veldwerk: could not build translations: {result.stderr.decode()}",
              file=sys.stderr)
        return None
    os.replace(tmp, target)
    return target


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> str:
    """Install Qt's own and Veldwerk's catalogues; the core translates through Qt too."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                               else QLocale.Language.English, QLocale.Country.Netherlands
                               if language == "nl" else QLocale.Country.UnitedKingdom))
    if language != "en":
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{language}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
        path = compiled(language)
        ours = QTranslator(app)
        if path is not None and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
    core_i18n.set_backend(QCoreApplication.translate, language)
    return language


def qt_gaps() -> tuple[str, ...]:
    """Words of Qt's own dialogs that Qt's Dutch catalogue lacks: listed here so that
    Veldwerk's catalogue carries them (its translator is asked before Qt's)."""
    translate = QCoreApplication.translate
    return (translate("QFileDialog", "&Look in:"), translate("QFileDialog", "Files of &type:"))
