"""Writing files the way an office program must: whole or not at all, never over a file unasked.

Every file AkimDesk writes goes through here: a temporary file beside the target, flushed to disk, then
linked or renamed into place. A failed or cancelled write leaves nothing under the final name. On POSIX
every file is created readable by its owner only (0600) and every folder AkimDesk makes likewise (0700);
on Windows they get an owner-only ACL instead (icacls): databases, backups, packages and attachments carry
citizens' personal data. A long writer leaves a note beside the database saying who holds its lock.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class TargetExists(FileExistsError):
    """The file is already there; the user decides whether to replace it."""

    def __init__(self, path: Path):
        super().__init__(errno.EEXIST, f"{path} already exists; nothing was overwritten")
        self.path = Path(path)

    def __str__(self) -> str:
        return self.strerror


class WriteFailed(OSError):
    """The file could not be written (folder missing, read-only or full); nothing was left behind."""

    def __str__(self) -> str:
        return self.strerror


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EFBIG: "the file is too large for this disk",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
}


def write_error(folder: Path, exc: OSError) -> WriteFailed:
    reason = _REASONS.get(exc.errno, exc.strerror or str(exc))
    return WriteFailed(exc.errno or 0, f"Cannot write into {folder}: {reason}; nothing was saved")


def check_folder(folder: Path) -> None:
    if not folder.exists():
        raise WriteFailed(errno.ENOENT, f"The folder {folder} does not exist")
    if not folder.is_dir():
        raise WriteFailed(errno.ENOTDIR, f"{folder} is not a folder")


OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700


def secure_file(path: Path) -> Path:
    """Create an empty file only its owner may read and write (refuses an existing one)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), OWNER_ONLY_FILE))
    restrict_to_owner(path)
    return Path(path)


def private_folder(path: Path) -> Path:
    """Make a folder (and its parents) that only its owner may enter, if it is not there yet."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_FOLDER)
        restrict_to_owner(path, folder=True)
    return path


def owner_only_acl_command(path: Path, user: str, folder: bool = False) -> list[str]:
    """The `icacls` command that leaves only `user` (DOMAIN\\name) with access to a file or folder on Windows,
    where permission bits mean nothing: inherited entries removed (/inheritance:r), full control granted to
    the user alone (/grant:r replaces what they had); a folder's grant is inherited by what is made in it
    (SQLite's journal and WAL files, backups, attachments)."""
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F" if folder else f"{user}:F"]


def windows_user(environ=os.environ) -> str | None:
    """DOMAIN\\name of the user running the program, as Windows names them in an ACL."""
    name = environ.get("USERNAME")
    if not name:
        return None
    domain = environ.get("USERDOMAIN")
    return f"{domain}\\{name}" if domain else name


def restrict_to_owner(path: Path, folder: bool = False, system: str = os.name, run=None) -> bool:
    """On Windows, give a file or folder an owner-only ACL (icacls); elsewhere 0600/0700 already do it. A
    failure (no icacls, a file system without ACLs such as FAT on a USB stick) is logged, never fatal."""
    if system != "nt":
        return False
    return _icacls(path, lambda user: [owner_only_acl_command(path, user, folder)], run)


def _icacls(path: Path, commands, run=None) -> bool:
    """Run the icacls `commands(user)` builds for the user running the program; False (logged) on failure."""
    import logging
    import subprocess

    user = windows_user()
    if user is None:
        logging.getLogger(__name__).warning("no USERNAME: %s keeps its inherited access rights", path)
        return False
    run = run or subprocess.run
    try:
        for command in commands(user):
            run(command, capture_output=True, timeout=300, check=True,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError) as exc:
        logging.getLogger(__name__).warning("cannot restrict %s to its owner: %s", path, exc)
        return False
    return True


OWNER_ONLY_MARK = ".owner-only"
_owned_folders: set[Path] = set()


def existing_folder_acl_commands(folder: Path, user: str) -> list[list[str]]:
    """The icacls commands that make a data folder made before (by an older AkimDesk, or by hand in a shared
    place) owner-only on Windows: the folder itself as a new one gets it, then everything already inside is
    reset to inherit from it alone (/reset /T), going on past a file it cannot change (/C)."""
    return [owner_only_acl_command(folder, user, folder=True),
            ["icacls", str(Path(folder) / "*"), "/reset", "/T", "/C", "/Q"]]


def data_folder(path: Path, system: str = os.name, run=None) -> Path:
    """The user's data folder, owner-only: a new one as it is made; one that was already there is given the
    owner-only ACL once on Windows, and a mark inside records it so later starts do not repeat it."""
    path = Path(path)
    existed = path.is_dir()
    private_folder(path)
    if system != "nt" or path in _owned_folders:
        return path
    mark = path / OWNER_ONLY_MARK
    if not mark.exists() and (not existed or _icacls(path, lambda user: existing_folder_acl_commands(path, user), run)):
        try:
            write_atomically(b"owner-only\n", mark, overwrite=True)
        except OSError:
            return path  # tried again at the next start
    _owned_folders.add(path)
    return path


def regular_input(path: Path) -> Path:
    """Refuse, before it is opened, an input that is not a regular file: a FIFO would block the reader
    forever, a device would stream without end. OSError with a readable reason."""
    import stat

    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, f"{path}: no such file") from None
    except OSError as exc:
        raise OSError(exc.errno, f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, f"{path} is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, f"{path} is not a regular file (a pipe or a device); refused")
    return path


def _temp_beside(dest: Path) -> Path:
    return dest.parent / f".{dest.name}.{uuid.uuid4().hex[:8]}.part"


@dataclass
class PendingFile:
    """A file fully written under a temporary name beside its destination, waiting to be put in place."""

    temp: Path
    dest: Path

    def commit(self, overwrite: bool = False) -> None:
        """Put the file in place; refuse (TargetExists) to replace an existing file unless `overwrite`."""
        if overwrite:
            os.replace(self.temp, self.dest)
            return
        try:
            os.link(self.temp, self.dest)  # fails if dest exists: no window to overwrite someone's file
        except FileExistsError:
            raise TargetExists(self.dest) from None
        except OSError:  # file systems without hard links (FAT on a USB stick)
            if self.dest.exists():
                raise TargetExists(self.dest) from None
            os.replace(self.temp, self.dest)
            return
        self.temp.unlink()

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def write_pending(dest: Path, data: bytes) -> PendingFile:
    """Write `data` under a temporary name in dest's folder and flush it to disk; nothing is left on error."""
    dest = Path(dest)
    check_folder(dest.parent)
    temp = _temp_beside(dest)
    try:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), OWNER_ONLY_FILE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise write_error(dest.parent, exc) from None
    restrict_to_owner(temp)  # on Windows; the ACL goes with the file when it is renamed into place
    return PendingFile(temp, dest)


def write_atomically(data: bytes, target: Path, overwrite: bool = False) -> Path:
    """Write a file whole or not at all; refuse (TargetExists) to replace one unless `overwrite`."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise TargetExists(target)
    pending = write_pending(target, data)
    try:
        pending.commit(overwrite)
    except BaseException:
        pending.discard()
        raise
    return target


@contextmanager
def replacing(target: Path, overwrite: bool = True) -> Iterator[Path]:
    """A temporary path beside `target` for another writer (a copy, SQLite's backup) to fill; it becomes
    `target` only when the block ends without an error."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise TargetExists(target)
    temp = _temp_beside(target)
    try:
        secure_file(temp)  # the other writer fills it and keeps its owner-only mode
        yield temp
        PendingFile(temp, target).commit(overwrite)
    finally:
        temp.unlink(missing_ok=True)


# -- who writes: a note beside a database while a long write holds its lock ------------------------------------
WRITER_NOTE_SUFFIX = ".writer.json"


def writer_note_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + WRITER_NOTE_SUFFIX)


@contextmanager
def writing_note(db_path: Path | None, command: str, login: str) -> Iterator[None]:
    """While a long write (an exchange import, a big import) runs, a note beside the database says who holds
    its lock: login, host, command, process, since. Another writer kept waiting names them instead of
    failing blindly. No note for a server database (None) or a folder nobody may write into."""
    import datetime as dt
    import json
    import socket

    # another writer's note stays: they hold the lock, and we shall be waiting for them
    note = writer_note_path(db_path) if db_path is not None and writer_note(db_path) is None else None
    info = {"login": login, "host": socket.gethostname(), "command": command, "pid": os.getpid(),
            "since": dt.datetime.now().astimezone().replace(microsecond=0).isoformat()}
    if note is not None:
        try:
            write_atomically(json.dumps(info, ensure_ascii=False).encode("utf-8"), note, overwrite=True)
        except OSError:
            note = None
    try:
        yield
    finally:
        if note is not None and _note_pid(note) == info["pid"]:
            note.unlink(missing_ok=True)


def _note_pid(note: Path) -> int | None:
    import json

    try:
        return int(json.loads(note.read_bytes()[:4096])["pid"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def writer_note(db_path: Path | None) -> dict | None:
    """Who holds the database's lock for a long write, as their note says; None when there is no note or it
    was left by a process of this host that is gone."""
    import json
    import socket

    if db_path is None:
        return None
    try:
        info = json.loads(writer_note_path(db_path).read_bytes()[:4096])
        pid, host = int(info["pid"]), str(info["host"])
        fields = {k: str(info[k]) for k in ("login", "host", "command", "since")}
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    if host == socket.gethostname() and (pid == os.getpid() or not _alive(pid)):  # our own, or a gone one
        return None
    return {**fields, "pid": pid}


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # no cheap check there: a stale note is named rather than hidden
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists and belongs to someone else
        return True
    return True


def describe_writer(info: dict) -> str:
    """'alma on PC-12 has been running `exchange import` since 14:05 (process 4711)'."""
    since = info["since"][11:16] if len(info["since"]) >= 16 else info["since"]
    return f"{info['login']} on {info['host']} has been running `{info['command']}` since {since} (process {info['pid']})"
