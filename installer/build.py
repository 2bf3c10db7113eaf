"""Build AkimDesk for release. Two steps, on two kinds of machine:

1. The program folder (PyInstaller, one folder, windowed). PyInstaller does not cross-compile: the
   Windows folder must be built on Windows, the Linux one on Linux.

       python installer/build.py bundle [--dist dist] [--work build] [--archive]

   gives dist/AkimDesk/ with AkimDesk(.exe) (the window) and akimdesk-cli(.exe) (the command line),
   and with --archive AkimDesk-<version>-linux-x86_64.tar.gz (Linux) or
   AkimDesk-<version>-windows-portable.zip (Windows; it carries portable.txt, so it keeps its
   database beside itself when run from a USB stick).

2. The Windows installer (NSIS). makensis runs anywhere (Debian: apt-get install nsis), so the
   Windows folder from step 1 can be wrapped on Linux:

       python installer/build.py installer --source dist/AkimDesk [--out dist]

   gives AkimDesk-Setup-<version>.exe.

The version comes from akimdesk/__init__.py only (also read by hatch, `akimdesk --version` and About).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "akimdesk.spec"
NSIS_SCRIPT = HERE / "akimdesk.nsi"
PORTABLE_MARKER = "portable.txt"  # config.PORTABLE_MARKER; not imported, so the build needs no Qt


def version() -> str:
    text = (ROOT / "akimdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def version4(v: str) -> str:
    """Windows wants four numbers: 0.1.0 -> 0.1.0.0, 1.2.0rc1 -> 1.2.0.0."""
    numbers = [int(n) for n in re.findall(r"\d+", v.split("+")[0].split("rc")[0].split("a")[0])][:4]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def windows_version_file(path: Path, v: str) -> Path:
    """The version resource PyInstaller puts into the Windows executables (file Properties > Details)."""
    t = tuple(int(n) for n in version4(v).split("."))
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'AkimDesk'),
      StringStruct('FileDescription', 'AkimDesk'),
      StringStruct('FileVersion', '{v}'),
      StringStruct('InternalName', 'AkimDesk'),
      StringStruct('OriginalFilename', 'AkimDesk.exe'),
      StringStruct('ProductName', 'AkimDesk'),
      StringStruct('ProductVersion', '{v}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""", encoding="utf-8")
    return path


def bundle(dist: Path, work: Path, archive: bool = False) -> Path:
    """Run PyInstaller on the spec; return the program folder."""
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if sys.platform == "win32":
        env["AKIMDESK_VERSION_FILE"] = str(windows_version_file(work / "version_info.txt", version()))
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, env=env, cwd=ROOT)
    folder = dist / "AkimDesk"
    print(f"bundle: {folder} in {time.monotonic() - started:.0f} s, {folder_size(folder) / 1e6:.0f} MB")
    if archive:
        print(f"archive: {make_archive(folder, dist)}")
    return folder


def make_archive(folder: Path, out: Path) -> Path:
    v = version()
    if sys.platform == "win32":
        path = out / f"AkimDesk-{v}-windows-portable.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for f in sorted(folder.rglob("*")):
                z.write(f, Path("AkimDesk") / f.relative_to(folder))
            z.writestr(f"AkimDesk/{PORTABLE_MARKER}", "AkimDesk keeps its data in the 'data' folder here.\r\n")
        return path
    path = out / f"AkimDesk-{v}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(path, "w:gz") as t:
        t.add(folder, arcname="AkimDesk")
    return path


def installer(source: Path, out: Path, makensis: str = "makensis") -> Path:
    """Wrap a Windows program folder into AkimDesk-Setup-<version>.exe with NSIS."""
    if not (source / "_internal").is_dir():
        raise SystemExit(f"build.py: {source} is not a PyInstaller folder (no _internal inside)")
    v = version()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"AkimDesk-Setup-{v}.exe"
    subprocess.run([makensis, "-V2", "-WX", f"-DVERSION={v}", f"-DVERSION4={version4(v)}",
                    f"-DSOURCE={source.resolve()}", f"-DOUTFILE={target.resolve()}", str(NSIS_SCRIPT)], check=True)
    print(f"installer: {target}")
    return target


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="step", required=True)
    b = sub.add_parser("bundle", help="the program folder with PyInstaller (on the target system)")
    b.add_argument("--dist", type=Path, default=ROOT / "dist")
    b.add_argument("--work", type=Path, default=ROOT / "build")
    b.add_argument("--archive", action="store_true", help="also pack the folder (tar.gz / portable zip)")
    i = sub.add_parser("installer", help="the Windows installer with makensis (anywhere)")
    i.add_argument("--source", type=Path, required=True, help="the Windows PyInstaller folder (AkimDesk)")
    i.add_argument("--out", type=Path, default=ROOT / "dist")
    i.add_argument("--makensis", default=shutil.which("makensis") or "makensis")
    args = p.parse_args(argv)
    if args.step == "bundle":
        bundle(args.dist, args.work, args.archive)
    else:
        installer(args.source, args.out, args.makensis)
    return 0


if __name__ == "__main__":
    sys.exit(main())
