"""Bulk changes with undo, quick entry of several issues, and personal data leaving the program."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from akimdesk.issues.privacy import citizen_fields, mask_contact, mask_name
from akimdesk.issues.rules import IssueDraft, RegisterError
from akimdesk.models import Meeting, ProblemIssue
from akimdesk.services import register as reg
from akimdesk.services import register_changes as changes

from .test_register_rules import TODAY, add_progress, new_issue, seen, state


def bodies_of(db, ids):
    with db.session() as s:
        return [s.get(ProblemIssue, i).responsible_body_id for i in ids]


def test_a_bulk_status_change_is_one_step_and_undo_restores_every_issue(db):
    ids = [new_issue(db, text=f"вопрос {i}") for i in range(3)]
    add_progress(db, ids[0], entry_date=TODAY, author="Асель", text="В работе", status_code="in_progress",
                         today=TODAY)
    before = [state(db, i) for i in ids]
    change = changes.bulk_set_status(db, seen(db, *ids), "resolved", "Решено по итогам выезда", "Асель", today=TODAY)
    assert change.count == 3
    assert {state(db, i)[0] for i in ids} == {"resolved"}
    assert {state(db, i)[4] for i in ids} == {"Решено по итогам выезда"}
    changes.undo_bulk(db, change)
    assert [state(db, i) for i in ids] == before


def test_a_bulk_change_with_one_bad_issue_changes_none(db):
    ids = [new_issue(db, text="ok"), new_issue(db, text="raised later", raised_on=TODAY)]
    before = [state(db, i) for i in ids]
    with pytest.raises(RegisterError):  # dated before the second issue was raised
        changes.bulk_set_status(db, seen(db, *ids), "in_progress", "Запрос", "Асель", on=TODAY - dt.timedelta(days=5),
                                today=TODAY)
    assert [state(db, i) for i in ids] == before


def test_undo_refuses_when_someone_changed_an_issue_meanwhile(db):
    ids = [new_issue(db, text=f"вопрос {i}") for i in range(2)]
    change = changes.bulk_set_status(db, seen(db, *ids), "in_progress", "Взято в работу", "Асель", today=TODAY)
    add_progress(db, ids[1], entry_date=TODAY, author="Ерлан", text="Решено", status_code="resolved",
                         today=TODAY)
    with pytest.raises(RegisterError, match="changed"):
        changes.undo_bulk(db, change)
    assert state(db, ids[0])[0] == "in_progress" and state(db, ids[1])[0] == "resolved"


def test_a_bulk_change_of_responsible_body_notes_it_in_each_history_and_undoes(db):
    ids = [new_issue(db, text=f"вопрос {i}") for i in range(2)]
    ministry = next(b for b in reg.bodies(db, None) if b.code == "min_energy")
    old = bodies_of(db, ids)
    change = changes.bulk_set_body(db, seen(db, *ids), ministry.id, "Вопрос в компетенции министерства", "Асель", today=TODAY)
    assert bodies_of(db, ids) == [ministry.id] * 2
    assert [changes.issue_detail(db, i).history[-1].text for i in ids] == ["Вопрос в компетенции министерства"] * 2
    changes.undo_bulk(db, change)
    assert bodies_of(db, ids) == old
    assert all(changes.issue_detail(db, i).history == [] for i in ids)


def test_several_issues_from_one_meeting_are_saved_together_or_not_at_all(demo_db):
    with demo_db.session() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.status == "held").limit(1))
    info = changes.meeting_info(demo_db, meeting.id)

    def draft(text):
        return IssueDraft(text=text, territory_id=info.territory_id, raised_on=info.date, meeting_id=meeting.id)

    with demo_db.session() as s:
        count = s.scalar(select(func.count()).select_from(ProblemIssue))
    with pytest.raises(changes.RowsRefused) as refused:
        changes.create_issues(demo_db, [draft("Нет освещения"), draft("  "), draft("Ямы на дороге")])
    assert list(refused.value.rows) == [1]
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ProblemIssue)) == count
    ids = changes.create_issues(demo_db, [draft("Нет освещения"), draft("Ямы на дороге")])
    rows = list(reg.iter_issues(demo_db, reg.IssueFilter(meeting_id=meeting.id)))
    assert set(ids) <= {r.id for r in rows}


def test_personal_data_is_masked_unless_explicitly_included():
    assert mask_name("Ахметова Әсел Серікқызы") == "А. Ә. С."
    assert mask_contact("+7 701 123 45 67") == "*** 67"
    assert mask_contact("asel@mail.kz") == "a***@mail.kz"
    assert citizen_fields("Иванов Иван", "+7 701 123 45 67") == ("И. И.", "*** 67")
    assert citizen_fields("Иванов Иван", "+7 701 123 45 67", include_personal_data=True) == (
        "Иванов Иван", "+7 701 123 45 67")
    assert citizen_fields(None, "  ") == (None, None)


def run_cli(*args):
    proc = subprocess.run([sys.executable, "-m", "akimdesk", *args], capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_issue_list_as_json_masks_the_citizen_and_gives_the_register_fields(db):
    new_issue(db, text="ӘКІМНІҢ көмегі керек", citizen_name="Ахметова Әсел", citizen_contact="+7 701 123 45 67")
    new_issue(db, text="Другой вопрос", kato="391600000", deadline=None)
    db.close()
    code, out, err = run_cli("issue", "list", "--db", db.url, "--search", "әкімнің", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 1
    row = rows[0]
    assert {"id", "text", "status", "deadline", "territory", "responsible_body", "meeting_id"} <= set(row)
    assert (row["status"], row["territory"], row["deadline"]) == ("new", "392400000", "2026-04-15")
    shown = json.dumps(row, ensure_ascii=False)  # the digits alone could turn up in a random id ("…9123…")
    assert row["citizen_name"] == "А. Ә." and "Ахметова" not in shown and "701 123" not in shown
    code, out, _ = run_cli("issue", "list", "--db", db.url, "--region", "39", "--json")
    assert len(json.loads(out)) == 2
    code, out, _ = run_cli("issue", "list", "--db", db.url, "--region", "391600000", "--status", "new")
    assert code == 0 and "Другой вопрос" in out and "ӘКІМНІҢ" not in out


def test_issue_list_overdue_uses_open_issues_past_their_deadline(db):
    today = dt.date.today()
    new_issue(db, text="просрочен", raised_on=today - dt.timedelta(days=30), deadline=today - dt.timedelta(days=1),
              today=today)
    new_issue(db, text="в срок", raised_on=today - dt.timedelta(days=30), deadline=today, today=today)
    db.close()
    code, out, err = run_cli("issue", "list", "--db", db.url, "--overdue", "--json")
    assert code == 0, err
    assert [r["text"] for r in json.loads(out)] == ["просрочен"]


@pytest.mark.parametrize("args, says", [
    (["--status", "done"], "unknown status 'done'"),
    (["--region", "3"], "is not a KATO code"),
    (["--region", "123456789"], "no unit with KATO code 123456789"),
    (["--search", "  !! "], "has no words"),
    (["--frobnicate"], "unrecognized arguments"),
])
def test_bad_issue_list_input_gets_one_clear_line(tmp_path, args, says):
    code, out, err = run_cli("issue", "list", "--db", str(tmp_path / "a.sqlite"), *args)
    assert code == 2 and says in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
