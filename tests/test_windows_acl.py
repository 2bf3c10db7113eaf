"""Owner-only access on Windows, where permission bits mean nothing: every file and folder AkimDesk makes
gets an ACL that only the user running it may use (icacls). Windows cannot run here, so the command is
checked as built, and the call is driven with a stand-in for `subprocess.run` (named as such)."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from akimdesk.files import owner_only_acl_command, restrict_to_owner, windows_user


def test_a_file_is_given_to_its_owner_alone():
    assert owner_only_acl_command(Path(r"C:\Users\alma\AkimDesk\akimdesk.sqlite"), r"AKIMAT\alma") == [
        "icacls", r"C:\Users\alma\AkimDesk\akimdesk.sqlite", "/inheritance:r", "/grant:r", r"AKIMAT\alma:F"]


def test_a_folder_passes_its_owner_only_access_on_to_what_is_made_in_it():
    assert owner_only_acl_command(Path(r"D:\Общая папка\AkimDesk"), "alma", folder=True) == [
        "icacls", r"D:\Общая папка\AkimDesk", "/inheritance:r", "/grant:r", "alma:(OI)(CI)F"]


def test_the_user_is_named_with_their_domain_as_windows_does():
    assert windows_user({"USERNAME": "alma", "USERDOMAIN": "AKIMAT"}) == "AKIMAT\\alma"
    assert windows_user({"USERNAME": "alma"}) == "alma"
    assert windows_user({}) is None


def test_nothing_is_run_outside_windows(tmp_path):
    calls = []
    assert restrict_to_owner(tmp_path / "x", run=lambda *a, **k: calls.append(a)) is False
    assert calls == []


def test_on_windows_icacls_is_run_and_a_failure_is_logged_not_fatal(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("USERNAME", "alma")
    monkeypatch.setenv("USERDOMAIN", "AKIMAT")
    calls = []

    def icacls_stand_in(args, **kw):  # stands in for subprocess.run: icacls exists on Windows only
        calls.append(args)
        return subprocess.CompletedProcess(args, 0)

    target = tmp_path / "akimdesk.sqlite"
    assert restrict_to_owner(target, system="nt", run=icacls_stand_in) is True
    assert calls == [["icacls", str(target), "/inheritance:r", "/grant:r", "AKIMAT\\alma:F"]]

    def failing(args, **kw):  # a FAT USB stick has no ACLs: icacls fails
        raise subprocess.CalledProcessError(5, args)

    with caplog.at_level(logging.WARNING):
        assert restrict_to_owner(target, folder=True, system="nt", run=failing) is False
    assert "cannot restrict" in caplog.text

    def missing(args, **kw):
        raise FileNotFoundError(2, "icacls not found")

    assert restrict_to_owner(target, system="nt", run=missing) is False


def test_a_data_folder_made_before_is_given_to_its_owner_once_with_all_it_holds(tmp_path, monkeypatch):
    from akimdesk.files import OWNER_ONLY_MARK, data_folder, existing_folder_acl_commands

    assert existing_folder_acl_commands(Path(r"D:\Общая папка\AkimDesk"), r"AKIMAT\alma") == [
        ["icacls", r"D:\Общая папка\AkimDesk", "/inheritance:r", "/grant:r", r"AKIMAT\alma:(OI)(CI)F"],
        ["icacls", str(Path(r"D:\Общая папка\AkimDesk") / "*"), "/reset", "/T", "/C", "/Q"]]
    monkeypatch.setenv("USERNAME", "alma")
    monkeypatch.setenv("USERDOMAIN", "AKIMAT")
    folder = tmp_path / "AkimDesk"
    folder.mkdir()
    (folder / "akimdesk.sqlite").write_bytes(b"made by an older AkimDesk, readable by all")
    calls = []

    def icacls_stand_in(args, **kw):  # stands in for subprocess.run: icacls exists on Windows only
        calls.append(args)
        return subprocess.CompletedProcess(args, 0)

    assert data_folder(folder, system="nt", run=icacls_stand_in) == folder
    assert calls == existing_folder_acl_commands(folder, r"AKIMAT\alma")
    assert (folder / OWNER_ONLY_MARK).exists()
    from akimdesk import files

    files._owned_folders.clear()  # as the next start of the program
    data_folder(folder, system="nt", run=icacls_stand_in)
    assert len(calls) == 2  # recorded: not repeated


def test_a_data_folder_whose_access_cannot_be_changed_is_tried_again_at_the_next_start(tmp_path, monkeypatch):
    from akimdesk import files
    from akimdesk.files import OWNER_ONLY_MARK, data_folder

    monkeypatch.setenv("USERNAME", "alma")
    folder = tmp_path / "AkimDesk"
    folder.mkdir()
    tries = []

    def failing(args, **kw):  # stands in for subprocess.run: icacls refused (a FAT stick, no rights)
        tries.append(args)
        raise subprocess.CalledProcessError(5, args)

    for _start in range(2):
        files._owned_folders.clear()
        assert data_folder(folder, system="nt", run=failing) == folder  # the program still starts
    assert len(tries) == 2 and not (folder / OWNER_ONLY_MARK).exists()


def test_elsewhere_a_data_folder_is_left_as_the_mode_bits_make_it(tmp_path):
    from akimdesk.files import OWNER_ONLY_MARK, data_folder

    folder = data_folder(tmp_path / "new", system="posix", run=lambda *a, **k: 1 / 0)
    assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700
    assert not (folder / OWNER_ONLY_MARK).exists()
