"""The Audit page: the changes a person made, with who, when, before and after, in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from akimdesk.app import create_main_window
from akimdesk.issues.rules import IssueDraft
from akimdesk.services import register_changes as changes
from akimdesk.ui.pages.audit_page import AuditPage

from .test_register_rules import TODAY, new_issue


@pytest.fixture
def window(qtbot, db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    db.actor = "asel"
    issue = new_issue(db, text="Нет воды в селе")
    seen = changes.issue_detail(db, issue)
    changes.update_issue(db, issue, IssueDraft(**{**seen.draft.__dict__, "text": "Су жоқ"}), seen.row_version,
                         today=TODAY)
    win = create_main_window(db, "ru")
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_audit_page_shows_who_changed_the_issue_before_and_after(window):
    page = next(p for p in window.pages if isinstance(p, AuditPage))
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.heading.text() == "Журнал изменений"
    page.kind.setCurrentText("problem_issue")
    page.refresh()
    rows = page.list.model.rows
    update = next(r for r in rows if r.action == "update")
    assert update.actor == "asel" and update.before["text"] == "Нет воды в селе" and update.after["text"] == "Су жоқ"
    page.user.setText("nobody")
    page.refresh()
    assert page.list.model.rowCount() == 0
