"""The audit trail as a person reads it: translated field names, days as days, and the names of the
territory, body and meeting an id points at, found in a few statements however many events a page holds."""

from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import event, select

from akimdesk.app import create_main_window
from akimdesk.issues.rules import IssueDraft
from akimdesk.services import audit_trail
from akimdesk.services import register as reg
from akimdesk.services import register_changes as changes
from akimdesk.ui.pages.audit_page import AuditPage, _changes, _pairs

from .test_register_rules import TODAY, new_issue, unit


def moved_issue(db):
    """An issue moved from one district to another and given to the energy ministry."""
    issue = new_issue(db, text="Нет воды в селе", kato="392400000")
    seen = changes.issue_detail(db, issue)
    ministry = next(b for b in reg.bodies(db, None) if b.code == "min_energy")
    changes.update_issue(db, issue, IssueDraft(**{**seen.draft.__dict__, "territory_id": unit(db, "395400000").id,
                                                  "responsible_body_id": ministry.id}), seen.row_version, today=TODAY)
    return issue, ministry


@pytest.fixture
def window(qtbot, db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(db, "ru")
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_audit_page_names_fields_and_records_instead_of_columns_and_ids(window, db):
    issue, ministry = moved_issue(db)
    page = window.page(AuditPage)
    window.nav.setCurrentRow(window.pages.index(page))
    page.kind.setCurrentIndex(page.kind.findData("problem_issue"))
    page.refresh()
    update = next(r for r in page.list.model.rows if r.action == "update" and r.entity_id == str(issue))
    pairs = {name: (a, b) for name, a, b in _pairs(update)}
    assert pairs["Территория"] == (unit(db, "392400000").name_ru, unit(db, "395400000").name_ru)
    assert pairs["Ответственный орган"][1] == ministry.name_ru
    assert "territory_id" not in _changes(update) and str(ministry.id) not in _changes(update)
    insert = next(r for r in page.list.model.rows if r.action == "insert" and r.entity_id == str(issue))
    assert f"Дата поступления: {TODAY.replace(day=6):%d.%m.%Y}" in _changes(insert)  # raised ten days before
    window.set_language("kk")
    update = next(r for r in page.list.model.rows if r.action == "update" and r.entity_id == str(issue))
    assert ("Аумақ", unit(db, "392400000").name_kk, unit(db, "395400000").name_kk) in _pairs(update)


def _statements(db, action) -> int:
    count = 0

    def seen(*_args):
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return count


def test_naming_the_ids_of_a_page_takes_the_same_statements_for_few_events_and_many(db):
    moved_issue(db)
    few = _statements(db, lambda: audit_trail.audit_events(db, lang="ru"))
    for _ in range(15):
        moved_issue(db)
    many = _statements(db, lambda: audit_trail.audit_events(db, lang="ru"))
    assert many == few


def test_a_progress_entry_names_its_issue_by_number_and_a_package_reads_in_words(window, db):
    issue, _ministry = moved_issue(db)
    changes.add_progress(db, issue, entry_date=TODAY, author="clerk", text="Запрос направлен",
                         expected_version=changes.issue_detail(db, issue).row_version, today=TODAY)
    page = window.page(AuditPage)
    window.nav.setCurrentRow(window.pages.index(page))
    page.kind.setCurrentIndex(page.kind.findData("issue_progress"))
    page.refresh()
    entry = next(r for r in page.list.model.rows if r.entity == "issue_progress")
    number = changes.issue_detail(db, issue).registration_number
    assert ("Вопрос", "", number) in _pairs(entry) and str(issue) not in _changes(entry)

    sent = audit_trail.AuditRow(TODAY, "asel", "insert", "package_log", "x", None, {
        "direction": "export", "kind": "quarterly_update", "language": "kk", "file_name": "q.zip"})
    assert _pairs(sent) == [("Отправлен или получен", "", "отправлен"),
                            ("Вид", "", "Ежеквартальная информация по проблемным вопросам"),
                            ("Язык", "", "Казахский"), ("Файл", "", "q.zip")]


def test_a_package_log_holding_a_whole_report_is_named_in_the_trail_by_its_digest_and_each_cell_is_made_once(
        window, db, monkeypatch):
    """A quarterly update's log entry keeps the report it sent (a national one: a megabyte). The trail keeps the
    entry's other values and names the report by the SHA-256 of its JSON text (a copy of it was read again at
    every opening of the Audit page); a short value is kept whole as before. The line's summary is made once per
    event, not again for every sort, size, paint and key of the quick filter."""
    from akimdesk.models import AuditEvent, PackageLog
    from akimdesk.ui.pages import audit_page

    reported = [[f"{n:05d}", "Ремонт дороги в ауыле Қарасу " * 3, "2026-10-01", "в работе"] for n in range(20_000)]
    with db.session() as s:
        s.add(PackageLog(direction="export", kind="quarterly_update", file_name="q.zip", language="ru",
                         details={"period": "2026-Q3", "rows": reported}))
        s.add(PackageLog(direction="export", kind="calendar", file_name="c.zip", language="kk",
                         details={"period": "2027"}))
    # checked as anyone could: the canonical JSON text of the record's value, hashed by hand
    text = json.dumps({"period": "2026-Q3", "rows": reported}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with db.session() as s:
        kept = {e.after["file_name"]: e.after["details"] for e in s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "package_log"))}
    assert kept["c.zip"] == {"period": "2027"}  # short: whole
    assert kept["q.zip"] == {"kept_in_record": True, "sha256": hashlib.sha256(text.encode()).hexdigest(),
                             "characters": len(text)} and len(text) > 2_000_000
    made = []
    monkeypatch.setattr(audit_page, "_changes", lambda row: made.append(row) or _changes(row))
    page = window.page(AuditPage)
    window.nav.setCurrentRow(window.pages.index(page))
    rows = page.list.model.rows
    line = next(i for i, r in enumerate(rows) if r.entity == "package_log" and r.after["file_name"] == "q.zip")
    model = page.list.model
    summary = model.data(model.index(line, 4))
    assert summary.startswith("Отправлен или получен: отправлен; Вид: Ежеквартальная информация")
    characters = f"{len(text):,}".replace(",", "\u00a0")  # 2 480 029, grouped as Russian text groups digits
    assert f"Подробности: хранится в самой записи ({characters} знаков, SHA-256 {kept['q.zip']['sha256']})" in summary
    assert "Ремонт дороги" not in summary
    # the quick filter looks through every cell at every key; sorting and painting ask again
    for typed in ("Ремонт", "Ремонт дороги", ""):
        page.list.filter.setText(typed)
    page.list.table.sortByColumn(1, page.list.table.horizontalHeader().sortIndicatorOrder())
    page.list.table.viewport().repaint()
    assert len(made) == len(rows)
    page.list.table.selectRow(page.list.proxy.mapFromSource(model.index(line, 0)).row())
    page.show_detail()
    assert kept["q.zip"]["sha256"] in page.detail.toPlainText()


def test_a_calendars_planning_in_the_trail_names_akims_and_places_without_looking_up_its_lineages(demo_db):
    """Planning a region's year writes a trail entry per planned meeting, each with a lineage id that no record
    has: the Audit page looked each one up in every table of names (2,000 entries on the national file: 144 ms
    where 64 do). The akims and places are named as before."""
    from akimdesk.models import PlannedMeeting
    from akimdesk.services import calendar as calendar_service

    calendar_service.plan(demo_db, "39", 2027)
    with demo_db.session() as s:
        lineages = {pm.lineage_id.hex for pm in s.scalars(select(PlannedMeeting))}
    bound: list = []

    def seen(_conn, _cursor, _statement, parameters, *_):
        bound.extend(parameters.values() if isinstance(parameters, dict) else parameters)

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        rows = audit_trail.audit_events(demo_db, entity="planned_meeting", limit=200, lang="kk")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert len(rows) == 200 and all(r.after and r.after.get("lineage_id") for r in rows)
    asked = {str(v).replace("-", "") for v in bound}
    assert not asked & lineages
    assert all(r.names.get(str(r.after["territory_id"])) and r.names.get(str(r.after["akim_post_id"])) for r in rows)
