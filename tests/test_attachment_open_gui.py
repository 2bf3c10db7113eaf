"""Opening a meeting's attachment from the form: the file opens; a copy lost or damaged meanwhile is said
on the form in the user's language, never a crash (on a local file and on a server alike)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select, text

from akimdesk.config import resources_dir
from akimdesk.meetings.attachments import stored_path
from akimdesk.models import Attachment, Meeting
from akimdesk.services import meetings as service
from akimdesk.ui import meeting_form


@pytest.fixture
def kazakh(qapp):
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "akimdesk_kk.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_an_attachment_opens_and_a_damaged_one_is_said_on_the_form(qtbot, demo_db, tmp_path, monkeypatch, kazakh):
    with demo_db.session() as s:
        meeting_id = str(s.scalar(select(Meeting.id).order_by(Meeting.meeting_date).limit(1)))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff photo of the meeting")
    seen = service.load(demo_db, meeting_id)[0].row_version
    service.add_attachment(demo_db, meeting_id, tmp_path / "photo.jpg", "photo", seen)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    form = meeting_form.MeetingForm(None, demo_db, meeting_id, "kk")
    qtbot.addWidget(form)
    form.files.setCurrentRow(0)
    form._open_file()
    assert len(opened) == 1 and open(opened[0], "rb").read() == b"\xff\xd8\xff photo of the meeting"

    with demo_db.session() as s:  # lost meanwhile: the file beside the database, or the server's copy
        if demo_db.path is not None:
            stored_path(s.scalar(select(Attachment)), demo_db.path).unlink()
        else:
            s.execute(text("UPDATE attachment_content SET data = 'x'::bytea"))
    form._open_file()
    assert len(opened) == 1
    assert form.error.text() == "Бұл тіркеменің сақталған көшірмесі жоқ немесе бүлінген."
