"""The Meetings page's list read a page at a time: filtered, searched and sorted where the rows are (in SQL),
its pages together the same as the whole list, in the order the person asked for."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import event

from akimdesk.app import create_main_window
from akimdesk.services import meetings as service
from akimdesk.services.meetings import MeetingQuery
from akimdesk.ui.pages.meetings_page import MeetingsPage

TODAY = dt.date(2026, 12, 2)


def whole(db, query: MeetingQuery, page: int = 37) -> list:
    """Every row of the query, read `page` rows at a time as the list reads them when scrolled."""
    rows, offset = [], 0
    while True:
        got = service.meeting_page(db, query, offset, page, TODAY).rows
        rows += got
        offset += len(got)
        if len(got) < page:
            return rows


@pytest.fixture
def region(demo_db):
    return service.region_id(demo_db, "39")


@pytest.fixture
def every(demo_db, region):
    """The region's whole year as the service gives it in one piece (by date)."""
    return service.meeting_rows(demo_db, region, 2026, today=TODAY)


@pytest.fixture
def window(demo_db, qtbot, tmp_path):
    """The window on the Meetings page of 2026, deleted before its database goes (a language reset at the end
    of a test must not reach a list that would read a dropped database)."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(demo_db, "ru")
    win.show()
    win.year.setValue(2026)
    win.show_page(MeetingsPage)
    yield win
    win.close()
    shiboken6.delete(win)


def ids(rows) -> list:
    return [(r.meeting_id, r.planned_id) for r in rows]


@pytest.mark.parametrize("sort", ["date", "akim", "unit", "status", "kind", "attendance", "checks"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_pages_together_are_the_whole_list_in_the_order_asked(demo_db, region, every, sort, descending):
    query = MeetingQuery(region, 2026, sort=sort, descending=descending, lang="kk",
                         order=("results_published", "held", "planned") if sort == "status" else ())
    rows = whole(demo_db, query)
    assert sorted(ids(rows), key=str) == sorted(ids(every), key=str)  # each row once, none lost between pages
    assert service.meeting_page(demo_db, query, 0, 10, TODAY).total == len(every)
    key = {
        "date": lambda r: r.date,
        "akim": lambda r: r.akim_kk or r.akim_ru,
        "unit": lambda r: r.unit_kk or r.unit_ru,
        "status": lambda r: {"results_published": 0, "held": 1, "planned": 2}.get(r.status, 3),
        "kind": lambda r: r.off_calendar_reason or "",
        "attendance": lambda r: (r.attendance is not None, r.attendance or 0),  # blanks first going up
        "checks": lambda r: r.failed_checks,
    }[sort]
    keys = [key(r) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    if sort != "date":  # rows of one key by date, the same way
        for a, b in zip(rows, rows[1:], strict=False):
            if key(a) == key(b):
                assert (a.date >= b.date) if descending else (a.date <= b.date)


def test_filters_choose_what_the_whole_list_has(demo_db, region, every):
    def shown(**chosen):
        return sorted(ids(whole(demo_db, MeetingQuery(region, 2026, **chosen))), key=str)

    def expected(keep):
        return sorted(ids(r for r in every if keep(r)), key=str)

    assert shown(status="held") == expected(lambda r: r.status == "held") != []
    assert shown(kind="off") == expected(lambda r: r.off_calendar_reason is not None) != []
    assert shown(kind="calendar") == expected(lambda r: r.off_calendar_reason is None) != []
    assert shown(failed_only=True) == expected(lambda r: r.failed_checks > 0) != []
    failing = service.meeting_page(demo_db, MeetingQuery(region, 2026, failed_only=True), 0, 5, TODAY)
    assert failing.total == len(expected(lambda r: r.failed_checks > 0)) and len(failing.rows) == 5


def test_the_quick_filter_finds_words_in_any_case_and_dates_as_shown(demo_db, region, every):
    def found(text, **more):
        return sorted(ids(whole(demo_db, MeetingQuery(region, 2026, text=text, **more))), key=str)

    november = found("11.2026")  # the date as the list shows it, 24.11.2026
    assert november == sorted(ids(r for r in every if r.date.month == 11), key=str) != []
    village = found("СЕЛО")  # Cyrillic in another case than stored
    assert village == sorted(ids(r for r in every if "село" in (r.unit_ru + " " + r.akim_ru).casefold()), key=str)
    assert 0 < len(village) < len(every)
    kazakh = found("АУЫЛДЫҚ")  # Kazakh letters in capitals: ауылдық округі
    assert kazakh == sorted(ids(r for r in every if "ауылдық" in (r.unit_kk + " " + r.akim_kk).casefold()), key=str)
    assert kazakh != []
    assert found("100%_") == []  # SQL's wildcards are letters here
    # a status by its name in the person's language (the page gives the codes whose names hold the text)
    assert found("зzz", text_statuses=("held",)) == sorted(ids(r for r in every if r.status == "held"), key=str)


def test_the_page_reads_one_page_and_more_as_it_scrolls(window, qtbot, demo_db):
    page = window.page(MeetingsPage)
    model = page.model
    assert model.total > service.PAGE_SIZE  # the demo region's year: more meetings than a page
    assert model.rowCount() == service.PAGE_SIZE  # only the first page read
    assert page.list.count_label.text().endswith(str(model.total))
    page.list.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > service.PAGE_SIZE)
    dates = [r.date for r in model.rows]
    assert dates == sorted(dates, reverse=True)  # newest first, as the page opens
    page.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by the akim, as a click on its header
    assert model.rowCount() == service.PAGE_SIZE and page.list.table.verticalScrollBar().value() == 0
    akims = [r.akim_ru for r in model.rows]
    assert akims == sorted(akims)
    page.status_filter.setCurrentIndex(page.status_filter.findData("held"))
    assert {r.status for r in model.rows} == {"held"}
    assert page.list.current_row() is None
    page.list.table.selectRow(3)
    assert page.list.current_row() == model.rows[3]


def test_a_meeting_saved_deep_in_the_list_keeps_the_person_where_they_were(window, qtbot, demo_db):
    page = window.page(MeetingsPage)
    model, table = page.model, page.list.table
    while model.rowCount() < 300 and model.canFetchMore():  # scrolled past the first page
        model.fetchMore()
    table.selectRow(260)
    table.scrollTo(model.index(260, 0))
    chosen, scrolled = page.list.current_row(), table.verticalScrollBar().value()
    assert scrolled > 0
    window.state.data_changed.emit()  # as after the meeting form saved a record
    assert model.rowCount() >= 261 and page.list.current_row() == chosen
    assert table.verticalScrollBar().value() == scrolled
    window.year.setValue(2025)  # another list: from its top
    window.year.setValue(2026)
    assert model.rowCount() == service.PAGE_SIZE and table.verticalScrollBar().value() == 0


def test_meetings_failing_a_check_come_at_once_and_in_order_of_their_failures(window, qtbot, demo_db):
    page = window.page(MeetingsPage)
    every = service.meeting_rows(demo_db, window.state.region_id, 2026)
    page.failed_only.setChecked(True)
    failing = sorted(ids(r for r in every if r.failed_checks), key=str)
    assert page.model.total == len(failing) and sorted(ids(page.model.rows), key=str) == failing
    assert not page.model.canFetchMore()  # every verdict was read: no page is read again for the next rows
    sent = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *_: sent.append(1))
    page.list.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # "Checks failed", most first
    counts = [r.failed_checks for r in page.model.rows]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    page.failed_only.setChecked(False)  # every meeting by its failures: the verdicts read once serve again
    assert page.model.total == len(every) and sent == []
    window.state.data_changed.emit()  # a meeting saved: the verdicts are read anew
    assert sent != [] and page.model.total == len(every)


def test_a_new_language_reads_the_list_again_only_when_it_is_sorted_by_names(window):
    page = window.page(MeetingsPage)
    model, reads = page.model, []
    read = model.read
    model.read = lambda *asked: reads.append(asked) or read(*asked)
    first = model.rows[0]
    window.set_language("kk")  # by date: the same rows, their texts in Kazakh
    assert reads == [] and model.rows[0] == first
    assert page.list.model.data(model.index(0, 1)) == (first.akim_kk or first.akim_ru)
    page.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by the akim, in Kazakh
    assert [r.akim_kk for r in model.rows] == sorted(r.akim_kk for r in model.rows)
    reads.clear()
    window.set_language("ru")  # the Russian names sort otherwise: read again
    assert len(reads) == 1
    assert [r.akim_ru for r in model.rows] == sorted(r.akim_ru for r in model.rows)


@pytest.mark.sqlite_only
def test_calendar_meetings_still_to_log_are_found_once_not_by_a_scan_per_planned_meeting(demo_db, region):
    """A national file whose statistics said that no meeting had a plan (ANALYZE run before the calendars) took
    5.6 s to open the Meetings page of a year with a calendar of 628 meetings: the planner scanned all 100,000
    meetings for each planned one. The meetings with a record are now asked once, by their plans' ids."""
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        meetings = conn.exec_driver_sql("SELECT count(*) FROM meeting").scalar()
        conn.exec_driver_sql("UPDATE sqlite_stat1 SET stat = ? WHERE idx = 'ix_meeting_planned_meeting_id'",
                             (f"{meetings} {meetings}",))  # as if every meeting had no plan
        conn.exec_driver_sql("ANALYZE sqlite_schema")  # the planner reads the statistics again
    statements = []

    def seen(_conn, _cursor, statement, parameters, *_):
        statements.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    page = service.meeting_page(demo_db, MeetingQuery(region, 2026), 0, 50, TODAY)
    event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert [r for r in page.rows if r.meeting_id is None]  # December's calendar meetings, not logged yet
    with demo_db.engine.connect() as conn:
        plans = [" ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
                 for statement, parameters in statements if "planned_meeting" in statement]
    assert plans and not any("SCAN meeting" in plan for plan in plans), plans
