"""On a shared server an attachment's bytes live in the database: a second client (another PC, its own
data folder, no access to the first one's disk) reads exactly the bytes the first uploaded, a damaged
copy is noticed, and a person of another district cannot read them by SQL (row-level security)."""

from __future__ import annotations

import hashlib

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.models import Meeting, Territory
from akimdesk.services import meetings
from akimdesk.services.meetings import AttachmentError

pytestmark = pytest.mark.postgresql_only

DISTRICT, OTHER_DISTRICT = "395400000", "392400000"


def _meeting_in(db, kato: str):
    with db.session() as s:
        unit = s.scalar(select(Territory.id).where(Territory.kato == kato))
        return str(s.scalar(select(Meeting.id).where(Meeting.territory_id == unit).limit(1)))


def _seen(db, meeting_id: str) -> int:
    """The meeting's version a form opened on it shows (what an attachment goes over)."""
    return meetings.load(db, meeting_id)[0].row_version


def test_an_attachment_uploaded_on_one_pc_is_read_whole_on_another(demo_db, tmp_path, monkeypatch):
    meeting_id = _meeting_in(demo_db, DISTRICT)
    photo = tmp_path / "upload" / "фото встречи.jpg"
    photo.parent.mkdir()
    data = bytes(range(256)) * 4000 + "Әкімнің кездесуі".encode()  # about 1 MB, every byte value
    photo.write_bytes(data)
    meetings.add_attachment(demo_db, meeting_id, photo, "photo", _seen(demo_db, meeting_id))
    photo.unlink()  # nothing of the first PC is left to read

    monkeypatch.setenv("AKIMDESK_DATA_DIR", str(tmp_path / "second-pc"))
    second = Database.open(demo_db.url)
    try:
        header, _record = meetings.load(second, meeting_id)
        [(attachment_id, kind, name, ok)] = header.attachments
        assert (kind, name, ok) == ("photo", "фото встречи.jpg", True)
        copy = meetings.attachment_path(second, attachment_id)
        assert copy.is_relative_to(tmp_path / "second-pc") and copy.read_bytes() == data
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest()
        assert not (tmp_path / "demo-copy-attachments").exists()  # nothing beside a file: there is none

        with demo_db.session() as s:  # a damaged copy in the database is noticed, never handed out
            s.execute(text("UPDATE attachment_content SET data = overlay(data placing '\\xff'::bytea from 1)"))
        assert meetings.load(second, meeting_id)[0].attachments[0][3] is False
        with pytest.raises(AttachmentError, match="missing or changed"):
            meetings.attachment_path(second, attachment_id)
    finally:
        second.close()


def test_a_refused_upload_leaves_no_bytes_behind(demo_db, tmp_path):
    meeting_id = _meeting_in(demo_db, DISTRICT)
    with pytest.raises(AttachmentError):
        meetings.add_attachment(demo_db, meeting_id, tmp_path / "missing.pdf", "scan", _seen(demo_db, meeting_id))
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(AttachmentError):
        meetings.add_attachment(demo_db, meeting_id, tmp_path / "a.pdf", "no such kind", _seen(demo_db, meeting_id))
    with demo_db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM attachment_content")) == 0
        assert s.scalar(text("SELECT count(*) FROM attachment")) == 0


def test_another_districts_person_cannot_read_the_bytes_by_sql(demo_db, tmp_path, monkeypatch):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 protocol")
    meeting_id = _meeting_in(demo_db, DISTRICT)
    meetings.add_attachment(demo_db, meeting_id, tmp_path / "scan.pdf", "scan", _seen(demo_db, meeting_id))
    monkeypatch.setenv("P", "Kostanay-2027")
    for login, kato in (("sec_here", DISTRICT), ("sec_there", OTHER_DISTRICT)):
        assert main(["user", "add", login, "--role", "secretary", "--territory", kato, "--password-env", "P",
                     "--db", demo_db.url]) == 0
    seen = {}
    for login in ("sec_here", "sec_there"):
        dsn = make_url(demo_db.url).set(drivername="postgresql", username=login, password="Kostanay-2027")
        with psycopg.connect(dsn.render_as_string(hide_password=False)) as conn:
            seen[login] = [bytes(r[0]) for r in conn.execute("SELECT data FROM attachment_content")]
    assert seen == {"sec_here": [b"%PDF-1.4 protocol"], "sec_there": []}


def test_attachments_move_with_the_installation_from_a_file_to_the_server_and_back(demo_db, backend, tmp_path):
    """`db copy`: a one-PC file's attachments (a folder beside it) arrive in the server's database; a server's
    come back to a file that reads them."""
    one_pc = tmp_path / "one-pc.sqlite"
    assert main(["db", "copy", "--from", demo_db.url, "--to", str(one_pc)]) == 0
    local = Database.open(one_pc)
    (tmp_path / "minutes.pdf").write_bytes(b"%PDF-1.4 minutes of the meeting")
    try:
        meeting_id = _meeting_in(local, DISTRICT)
        meetings.add_attachment(local, meeting_id, tmp_path / "minutes.pdf", "scan", _seen(local, meeting_id))
        assert (tmp_path / "one-pc-attachments").is_dir()  # beside the file, as before
    finally:
        local.close()

    server = backend.fresh(tmp_path / "server")
    assert main(["db", "copy", "--from", str(one_pc), "--to", server]) == 0
    back = tmp_path / "back.sqlite"
    assert main(["db", "copy", "--from", server, "--to", str(back)]) == 0
    for location in (server, back):
        opened = Database.open(location)
        try:
            [(attachment_id, _kind, name, ok)] = meetings.load(opened, meeting_id)[0].attachments
            assert (name, ok) == ("minutes.pdf", True), location
            assert meetings.attachment_path(opened, attachment_id).read_bytes() == b"%PDF-1.4 minutes of the meeting"
        finally:
            opened.close()
