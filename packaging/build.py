"""Build the one-folder app: compile the translations, run PyInstaller, report the size.

Usage: ``python packaging/build.py [--pack]`` (needs ``pip install pyinstaller``). The
result is ``dist/veldwerk/``; start it with ``dist/veldwerk/veldwerk``. ``--pack`` also
writes the download: ``dist/veldwerk-VERSION-linux-x86_64.tar.xz`` on Linux, a ``.zip`` on
Windows and macOS (whose installers wrap the folder; see packaging/README.md).
"""

from __future__ import annotations

import argparse
import lzma
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_translations(target: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from ui.i18n import lrelease

    tool = lrelease()
    if tool is None:
        raise SystemExit("lrelease not found (it comes with PySide6)")
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
                       check=True)


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (PyInstaller links some Qt libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink())


def strip_binaries(folder: Path) -> None:
    """Strip the symbols from the folder's ELF files (Linux), as PyInstaller's ``strip``
    would, except the libraries auditwheel grafted into a wheel (``*.libs/``): patchelf
    rewrote their headers and strip breaks them (numpy's OpenBLAS stops loading, and with
    it the charts). The launcher is left whole: its Python archive is appended to it."""
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return
    found = [path for path in (folder / "_internal").rglob("*")
             if path.is_file() and not path.is_symlink()
             and not any(part.endswith(".libs") for part in path.relative_to(folder).parts)
             and path.open("rb").read(4) == b"\x7fELF"]
    for start in range(0, len(found), 200):
        subprocess.run([tool, "--strip-unneeded", *map(str, found[start:start + 200])],
                       check=True)


# The offline transcription engine (faster-whisper: CTranslate2, ONNX Runtime for its voice
# filter, PyAV, the tokenizer and Hugging Face's download), as top-level entries of the
# folder's ``_internal``: its share of the size is reported on its own.
ENGINE = ("faster_whisper", "ctranslate2", "ctranslate2.libs", "onnxruntime",
          "onnxruntime.libs", "av", "av.libs", "tokenizers", "huggingface_hub", "hf_xet")


def engine_paths(folder: Path) -> list[Path]:
    """The engine's files and folders in a built app (none when it was built without)."""
    inside = folder / "_internal"
    return [inside / name for name in ENGINE if (inside / name).exists()]


def archive_path(version: str) -> Path:
    """The download's name: what and for which system, so a coordinator picks the right one."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                            sys.platform)
    suffix = ".tar.xz" if system == "linux" else ".zip"
    return ROOT / "dist" / f"veldwerk-{version}-{system}-{platform.machine().lower()}{suffix}"


def pack(folder: Path, target: Path, leave_out: tuple[Path, ...] = ()) -> int:
    """The folder as one download; returns its bytes. Linux keeps modes and links in a tar
    packed with xz (the smallest download); the others get a zip, the
    format their users open without a tool. ``leave_out``: paths not packed (to weigh the
    engine's share)."""
    skipped = {str(path) for path in leave_out}

    def kept(info: tarfile.TarInfo) -> tarfile.TarInfo | None:
        path = str(folder.parent / info.name)
        return None if any(path == s or path.startswith(s + "/") for s in skipped) else info

    partial = target.with_name(target.name + ".partial")
    if target.suffix == ".xz":
        xz = shutil.which("xz")
        with open(partial, "wb") as out:
            if xz:  # xz itself packs on every core; Python's lzma on one (three times slower)
                packer = subprocess.Popen([xz, "-6", "-T0", "-c"], stdin=subprocess.PIPE,
                                          stdout=out)
                with tarfile.open(fileobj=packer.stdin, mode="w|") as tar:
                    tar.add(folder, arcname=folder.name, filter=kept)
                packer.stdin.close()  # type: ignore[union-attr]
                if packer.wait() != 0:
                    raise SystemExit(f"xz failed ({packer.returncode})")
            else:
                with lzma.open(out, "wb", preset=6) as packed, \
                        tarfile.open(fileobj=packed, mode="w") as tar:
                    tar.add(folder, arcname=folder.name, filter=kept)
    else:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
            for path in sorted(folder.rglob("*")):
                if kept(tarfile.TarInfo(path.relative_to(folder.parent).as_posix())):
                    packed.write(path, path.relative_to(folder.parent).as_posix())
    partial.replace(target)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", action="store_true",
                        help="also write the download (.tar.xz on Linux, .zip elsewhere)")
    args = parser.parse_args(argv)
    qm = ROOT / "build" / "qm"
    compile_translations(qm)
    env = {**os.environ, "VELDWERK_QM_DIR": str(qm)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "work"),
                    str(ROOT / "packaging" / "veldwerk.spec")], check=True, env=env)
    strip_binaries(ROOT / "dist" / "veldwerk")
    size = folder_size(ROOT / "dist" / "veldwerk")
    engine = sum(folder_size(p) if p.is_dir() else p.stat().st_size
                 for p in engine_paths(ROOT / "dist" / "veldwerk"))
    print(f"dist/veldwerk: {size / 1e6:.0f} MB unpacked, of which the transcription engine "
          f"{engine / 1e6:.0f} MB")
    if args.pack:
        sys.path.insert(0, str(ROOT))
        from veldwerk import __version__

        target = archive_path(__version__)
        packed = pack(ROOT / "dist" / "veldwerk", target)
        print(f"{target.relative_to(ROOT)}: {packed / 1e6:.0f} MB (goal <= 120 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
