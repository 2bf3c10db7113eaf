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


def test_buttons_of_other_roles_are_disabled_with_the_reason(qtbot, db, tmp_path):
    from akimdesk.services import people
    from akimdesk.ui.pages.calendar_page import CalendarPage
    from akimdesk.ui.pages.register_page import RegisterPage

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    people.add_person(db, "clerk", ["register"], "390000000")
    db.actor = "clerk"
    win = create_main_window(db, "ru")
    qtbot.addWidget(win)
    win.show()
    calendar = next(p for p in win.pages if isinstance(p, CalendarPage))
    register = next(p for p in win.pages if isinstance(p, RegisterPage))
    add = calendar.buttons["add"]
    assert not add.isEnabled() and "планировщик" in add.toolTip()
    add.setEnabled(True)  # the page enabling it for a selection does not lift the restriction
    assert not add.isEnabled()
    assert register.new_button.isEnabled()  # their own work
    win.set_language("kk")
    assert "жоспарлаушы" in add.toolTip()
