"""A progress entry and a bulk register change that meet someone else's save, in the window: the conflict
dialog (who and when, Compare, Reload, Keep mine) instead of a bare message. Two real connections."""

from __future__ import annotations

import datetime as dt

from akimdesk.issues.rules import IssueDraft
from akimdesk.services import register_changes as changes
from akimdesk.ui.issue_form import IssueDialog
from akimdesk.ui.pages.register_page import RegisterPage

from .test_conflict_gui import answer, two  # noqa: F401  (the fixture)
from .test_meetings import planned  # noqa: F401  (the fixture)
from .test_register_rules import TODAY, new_issue, seen, state


def _bolat_rewrites(bolat, issue, text: str) -> None:
    theirs = changes.issue_detail(bolat, issue)
    changes.update_issue(bolat, issue, IssueDraft(**{**theirs.draft.__dict__, "text": text}), theirs.row_version,
                         today=TODAY)


def test_a_progress_entry_over_someone_elses_save_asks_and_keep_mine_adds_it_on_top(two, demo_db, qtbot):  # noqa: F811
    win, bolat = two
    issue = new_issue(demo_db, text="Нет воды в селе")
    dialog = IssueDialog(win, win.state, issue)
    qtbot.addWidget(dialog)
    _bolat_rewrites(bolat, issue, "Су жоқ")
    dialog.entry_text.setPlainText("Направлен запрос в ГУ ЖКХ")
    dialog.entry_status.setCurrentIndex(dialog.entry_status.findData("in_progress"))
    asked: dict = {}
    dialog.resolve_conflict = answer("back", asked)
    dialog.add_entry()
    assert "bolat" in asked["message"]
    assert asked["rows"]["Текст"] == ("Су жоқ", "Нет воды в селе")  # theirs against what the form showed
    theirs_status, my_status = asked["rows"]["Статус"]
    assert theirs_status != my_status and changes.issue_detail(demo_db, issue).history == []  # back: nothing
    assert dialog.entry_text.toPlainText() == "Направлен запрос в ГУ ЖКХ"  # what was typed stays
    dialog.resolve_conflict = answer("keep", asked)
    dialog.add_entry()
    after = changes.issue_detail(bolat, issue)
    assert [h.text for h in after.history] == ["Направлен запрос в ГУ ЖКХ"] and after.draft.text == "Су жоқ"
    assert state(bolat, issue)[0] == "in_progress"


def test_reload_after_a_refused_entry_shows_their_version_and_keeps_the_entry_typed(two, demo_db, qtbot):  # noqa: F811
    win, bolat = two
    issue = new_issue(demo_db, text="Нет воды в селе")
    dialog = IssueDialog(win, win.state, issue)
    qtbot.addWidget(dialog)
    _bolat_rewrites(bolat, issue, "Су жоқ")
    dialog.entry_text.setPlainText("Выезд на место")
    dialog.resolve_conflict = answer("reload", {})
    dialog.add_entry()
    assert dialog.text.toPlainText() == "Су жоқ" and changes.issue_detail(demo_db, issue).history == []
    assert dialog.entry_text.toPlainText() == "Выезд на место"
    dialog.add_entry()  # now over their version: added without a question
    assert [h.text for h in changes.issue_detail(bolat, issue).history] == ["Выезд на место"]


class _Answered:
    def __init__(self, values: dict):
        self._values = values

    def values(self) -> dict:
        return dict(self._values)


def test_a_bulk_status_change_over_a_list_someone_changed_asks_reload_or_keep(two, demo_db):  # noqa: F811
    win, bolat = two
    page = win.page(RegisterPage)
    ids = [new_issue(demo_db, text=f"вопрос {i}") for i in range(3)]
    shown = seen(demo_db, *ids)
    changes.add_progress(bolat, ids[1], entry_date=TODAY, author="Болат", text="Запрос направлен",
                         status_code="in_progress", expected_version=shown[ids[1]], today=TODAY)
    before = [state(demo_db, i) for i in ids]
    values = {"status_code": "resolved", "note": "Решено", "on": dt.date.today(), "new_deadline": None,
              "label": "Решён"}
    asked: dict = {}
    page.resolve_conflict = answer("reload", asked)
    assert page.run_bulk("status", shown, _Answered(values)) is False
    assert "bolat" in asked["message"] and "Статус" in asked["rows"]
    assert [state(demo_db, i) for i in ids] == before  # reload: nothing changed
    page.resolve_conflict = answer("keep", asked)
    assert page.run_bulk("status", shown, _Answered(values)) is True
    assert {state(bolat, i)[0] for i in ids} == {"resolved"}
    win.undo_stack.undo()  # the change kept on top is undone as one step, Bolat's entry stays
    assert state(bolat, ids[1])[0] == "in_progress" and state(bolat, ids[0])[0] == before[0][0]


def test_the_dialog_shows_list_fields_one_item_a_line_and_channels_by_their_names(two, demo_db, planned):  # noqa: F811
    import dataclasses

    from akimdesk.services import meetings

    win, bolat = two
    row = next(r for r in meetings.meeting_rows(demo_db, meetings.region_id(demo_db, "39"), 2027)
               if r.planned_id == str(planned))
    meeting_id = meetings.open_meeting(demo_db, row)
    header, record = meetings.load(bolat, meeting_id)
    day = record.meeting_date - dt.timedelta(days=8)
    theirs = dataclasses.replace(record, announcements=[("social", day, "https://t.me/akimat")],
                                 broadcasts=[("Instagram", "https://instagram.com/live", True),
                                             ("YouTube", "", False)])
    meetings.save(bolat, meeting_id, theirs, header.row_version)
    mine = dataclasses.replace(record, announcements=[("radio", day, "")])
    asked: dict = {}
    answer("back", asked)(win, meetings.conflict(demo_db, meeting_id, mine, "ru"))
    assert asked["rows"]["Трансляции"] == ("Instagram — https://instagram.com/live — ✓\nYouTube — ✗", "—")
    assert asked["rows"]["Анонсы"] == (f"Официальные аккаунты в соцсетях — {day:%d.%m.%Y} — https://t.me/akimat",
                                       f"Радио — {day:%d.%m.%Y}")
