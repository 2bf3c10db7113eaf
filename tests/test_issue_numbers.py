"""An issue's registration number is stored, given once and never changed, and every move of its deadline is
kept with its date, author and reason: the form, the register, the command line, the documents and the
data packages all show the same."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from akimdesk.db import Database
from akimdesk.documents import build_report, parse_period
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.xlsx import render_xlsx
from akimdesk.models import CompetenceLevel, IssueDeadlineChange, IssueStatus, ProblemIssue, Territory
from akimdesk.services import register as service
from akimdesk.services import register_changes as changes
from akimdesk.services.register import IssueFilter

from .keys import keys  # noqa: F401  (fixture)
from .test_documents import NOW
from .test_exchange import levels, signer  # noqa: F401  (fixtures)
from .test_register_changes import run_cli
from .test_register_rules import TODAY, new_issue


def number_of(db, issue_id) -> str:
    with db.session() as s:
        return s.get(ProblemIssue, issue_id).registration_number


def test_numbers_run_per_region_and_year_in_the_order_given_and_never_change(db):
    # by hand: a new database has no issues, so the first issue of 2026 that Kostanay's (39) district 24
    # registers is 39-2026-24-000001, its second 39-2026-24-000002 even though raised earlier; 2025 and
    # another region count from 1 on their own
    first = new_issue(db, raised_on=dt.date(2026, 3, 2), today=dt.date(2026, 3, 10))
    second = new_issue(db, raised_on=dt.date(2026, 2, 1), today=dt.date(2026, 3, 10))
    older = new_issue(db, raised_on=dt.date(2025, 12, 30), deadline=dt.date(2026, 1, 30), today=dt.date(2026, 3, 10))
    with db.session() as s:
        other = s.scalar(select(Territory).where(Territory.kato.like("75%"), Territory.kato != "750000000").limit(1))
    elsewhere = new_issue(db, kato=other.kato, raised_on=dt.date(2026, 3, 3), today=dt.date(2026, 3, 10))
    assert [number_of(db, i) for i in (first, second, older, elsewhere)] == [
        "39-2026-24-000001", "39-2026-24-000002", "39-2025-24-000001", f"75-2026-{other.kato[2:4]}-000001"]

    detail = changes.issue_detail(db, first)
    assert detail.registration_number == "39-2026-24-000001"
    changes.update_issue(db, first, detail.draft.__class__(**{**detail.draft.__dict__, "text": "Исправленный текст"}),
                         detail.row_version, today=dt.date(2026, 3, 10))
    changes.add_progress(db, first, expected_version=changes.issue_detail(db, first).row_version, entry_date=dt.date(2026, 3, 5), author="clerk", text="Запрос направлен",
                         status_code="in_progress", today=dt.date(2026, 3, 10))
    assert number_of(db, first) == "39-2026-24-000001"

    # the register finds an issue by its number, written in full or with its sequence short
    for typed in ("39-2026-24-000002", " 39-2026-24-2 "):
        rows = service.issue_page(db, IssueFilter(search=typed), today=dt.date(2026, 3, 10)).rows
        assert [r.id for r in rows] == [second] and rows[0].registration_number == "39-2026-24-000002"
    rows = service.issue_page(db, IssueFilter(sort="number", descending=False), today=dt.date(2026, 3, 10)).rows
    assert [r.registration_number for r in rows] == ["39-2025-24-000001", "39-2026-24-000001",
                                                     "39-2026-24-000002", f"75-2026-{other.kato[2:4]}-000001"]


def test_issue_list_json_gives_the_number(db):
    issue = new_issue(db)
    db.close()
    code, out, err = run_cli("issue", "list", "--db", db.url, "--json")
    assert code == 0, err
    assert [r["registration_number"] for r in json.loads(out)] == [f"39-{(TODAY - dt.timedelta(days=10)).year}-24-000001"]
    assert json.loads(out)[0]["id"] == str(issue)


def test_two_issues_cannot_share_a_number(db):
    new_issue(db)
    with pytest.raises(Exception):  # noqa: B017  (the database's unique index refuses it)
        with db.session() as s:
            s.add(ProblemIssue(territory_id=s.scalar(select(Territory.id).where(Territory.kato == "392400000")),
                               raised_on=TODAY, text="Дубль", source="приём", registration_number=number_of_any(s),
                               status_id=s.scalar(select(IssueStatus.id).where(IssueStatus.code == "new"))))


def number_of_any(s) -> str:
    return s.scalar(select(ProblemIssue.registration_number).limit(1))


def test_each_extension_is_kept_with_its_date_author_and_reason_and_undo_removes_it(db):
    issue = new_issue(db, deadline=TODAY + dt.timedelta(days=5))
    first, second = TODAY + dt.timedelta(days=20), TODAY + dt.timedelta(days=60)
    changes.add_progress(db, issue, expected_version=changes.issue_detail(db, issue).row_version,
                         entry_date=TODAY - dt.timedelta(days=2), author="Сейткали А.",
                         text="Ждём поставку опор", status_code="deadline_extended", new_deadline=first, today=TODAY)
    bulk = changes.bulk_set_status(db, changes.issue_versions(db, [issue]), "deadline_extended", "Подрядчик сменился", "Омарова Б.",
                                   on=TODAY, new_deadline=second, today=TODAY)
    detail = changes.issue_detail(db, issue)
    assert [(c.changed_on, c.old_deadline, c.new_deadline, c.author, c.reason) for c in detail.deadline_changes] == [
        (TODAY - dt.timedelta(days=2), TODAY + dt.timedelta(days=5), first, "Сейткали А.", "Ждём поставку опор"),
        (TODAY, first, second, "Омарова Б.", "Подрядчик сменился")]
    changes.undo_bulk(db, bulk)
    detail = changes.issue_detail(db, issue)
    assert [c.new_deadline for c in detail.deadline_changes] == [first] and detail.draft.deadline == first


def _central_open_issue(s, period_end: dt.date) -> ProblemIssue:
    closed = select(IssueStatus.id).where(IssueStatus.is_closed.is_(True))
    return s.scalar(select(ProblemIssue).where(
        ProblemIssue.meeting_id.is_not(None), ProblemIssue.competence_level.in_(CompetenceLevel.CENTRAL_LEVELS),
        ProblemIssue.status_id.not_in(closed), ProblemIssue.raised_on < dt.date(2026, 9, 1),
        ProblemIssue.deadline < dt.date(2026, 10, 1), ~ProblemIssue.deadline_changes.any())
        .order_by(ProblemIssue.raised_on).limit(1))


def test_the_quarterly_update_shows_both_extensions(demo_db):
    period = parse_period("2026-Q4")
    with demo_db.session() as s:
        issue = _central_open_issue(s, period.end)
        issue_id, number, original = issue.id, issue.registration_number, issue.deadline
    changes.add_progress(demo_db, issue_id, expected_version=changes.issue_detail(demo_db, issue_id).row_version, entry_date=dt.date(2026, 10, 5), author="clerk", text="Нужна экспертиза",
                         status_code="deadline_extended", new_deadline=dt.date(2026, 12, 20), today=dt.date(2026, 11, 27))
    changes.add_progress(demo_db, issue_id, expected_version=changes.issue_detail(demo_db, issue_id).row_version, entry_date=dt.date(2026, 11, 2), author="clerk", text="Перенос работ",
                         status_code="deadline_extended", new_deadline=dt.date(2027, 3, 1), today=dt.date(2026, 11, 27))
    with demo_db.session() as s:
        report = build_report("quarterly", s, "39", period, "ru", NOW)
    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    flat = wb["Данные"]
    header = [c.value for c in flat[1]]
    row = next(r for r in flat.iter_rows(min_row=2, values_only=True) if number in r)
    values = dict(zip(header, row, strict=False))
    # by hand: the original deadline stays, the current one is the second extension's, two extensions, the
    # last on 2 November
    assert values["Первоначальный срок"].date() == original
    assert values["Текущий срок"].date() == dt.date(2027, 3, 1)
    assert values["Продлений срока"] == 2
    assert values["Последнее продление"].date() == dt.date(2026, 11, 2)
    # the print keeps the deadlines together in one cell, one per line: the row's cells are drawn one after
    # the other, up to the next row's number
    raw = subprocess.run(["pdftotext", "-raw", "-", "-"], input=render_pdf(report), capture_output=True,
                         check=True).stdout.decode()
    row = " ".join(re.split(r"\d{2}-\d{4}-\d{2}-\d{6}", raw.split(number, 1)[1])[0].split())
    assert f"исходный {original:%d.%m.%Y}" in row and "текущий 01.03.2027" in row
    assert "продлений: 2, последнее 02.11.2026" in row


def test_an_older_database_gets_numbers_in_the_order_raised_and_its_extensions_rebuilt(demo_db):
    from alembic import command

    from akimdesk.db import _alembic_config

    with demo_db.session() as s:
        extended = {i.id: (i.original_deadline, i.deadline) for i in s.scalars(
            select(ProblemIssue).where(ProblemIssue.deadline_changes.any()))}
    url = demo_db.url
    command.downgrade(_alembic_config(demo_db.engine), "0010")
    demo_db.close()
    reopened = Database.open(url)
    try:
        with reopened.session() as s:
            issues = s.scalars(select(ProblemIssue).order_by(ProblemIssue.raised_on, ProblemIssue.created_at,
                                                             ProblemIssue.id)).all()
            series: dict[str, list[int]] = {}
            for i in issues:
                # by hand: the district of the akim who held the meeting (its KATO digits 3-4), 00 the oblast's
                akim = i.meeting.akim_post.territory
                code = akim.kato or akim.parent.kato
                assert i.registration_number.startswith(f"39-{i.raised_on.year}-{code[2:4]}-")
                head, sequence = i.registration_number.rsplit("-", 1)
                series.setdefault(head, []).append(int(sequence))
            assert len(series) > 3 and all(got == list(range(1, len(got) + 1)) for got in series.values())
            changes_ = s.scalars(select(IssueDeadlineChange)).all()
            assert {c.issue_id for c in changes_} == set(extended)
            assert all((c.old_deadline, c.new_deadline) == extended[c.issue_id] for c in changes_)
            assert s.scalar(text("select count(*) from problem_issue where registration_number is null")) == 0
    finally:
        reopened.close()


def test_the_oblast_keeps_the_districts_number_and_gives_a_new_one_only_on_a_clash(levels, tmp_path, signer):  # noqa: F811
    from akimdesk.exchange.merge import import_data

    from .exchange_helpers import DISTRICT, export

    oblast, district, _ = levels

    def raise_issue(database, words):
        with database.session() as s:
            unit = s.scalar(select(Territory.id).where(Territory.kato == DISTRICT))
        draft = changes.IssueDraft(text=words, territory_id=unit, raised_on=dt.date(2026, 11, 26), source="приём",
                                   deadline=dt.date(2026, 12, 26))
        issue = changes.create_issue(database, draft, today=dt.date(2026, 11, 27))
        changes.add_progress(database, issue, expected_version=changes.issue_detail(database, issue).row_version, entry_date=dt.date(2026, 11, 27), author="clerk", text="Срок сдвинут",
                             status_code="deadline_extended", new_deadline=dt.date(2027, 1, 15),
                             today=dt.date(2026, 11, 27))
        return issue, number_of(database, issue)

    sent, sent_number = raise_issue(district, "Нет воды в школе")
    import_data(oblast, export(district, tmp_path / "first", signer, since_last="oblast"))
    assert sent_number.startswith("39-2026-54-") and number_of(oblast, sent) == sent_number  # kept as sent
    detail = changes.issue_detail(oblast, sent)
    assert [(c.old_deadline, c.new_deadline, c.reason) for c in detail.deadline_changes] == [
        (dt.date(2026, 12, 26), dt.date(2027, 1, 15), "Срок сдвинут")]

    # the oblast registering an issue in the district itself takes the district's next number too: the
    # district's own next issue then clashes and gets the oblast's next one; the oblast's is never renumbered
    own, own_number = raise_issue(oblast, "Нужен светофор")
    later, later_number = raise_issue(district, "Разбита дорога к больнице")
    assert own_number == later_number
    import_data(oblast, export(district, tmp_path / "second", signer, since_last="oblast"))
    assert number_of(oblast, own) == own_number
    assert number_of(oblast, later) != later_number and number_of(oblast, later).startswith("39-2026-54-")


@pytest.mark.parametrize("kind,period", [("quarterly", "2026-Q3"), ("central-issues", "2026-H2")])
def test_kazakh_status_names_are_not_cut_inside_a_word_in_the_pdf(demo_db, kind, period):
    with demo_db.session() as s:
        report = build_report(kind, s, "39", parse_period(period), "kk", NOW)
        names = {st.name_kk for st in s.scalars(select(IssueStatus))}
    column = [c.key for c in report.tables[0].columns].index("status")
    shown = {row[column] for row in report.tables[0].rows}
    words = {w for name in shown for w in name.split() if len(w) >= 6}
    assert shown <= names and {"Орындалуда", "Орындау"} & {w for n in shown for w in n.split()}
    raw = subprocess.run(["pdftotext", "-raw", "-", "-"], input=render_pdf(report), capture_output=True,
                         check=True).stdout.decode()
    tokens = raw.split()  # in the order the cells were drawn: a word cut in two is two tokens in a row
    cut = {a + b for a, b in zip(tokens, tokens[1:], strict=False) if a + b in words}
    assert cut == set() and words <= set(tokens)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_issue_form_and_the_register_show_the_number_and_the_extensions(qtbot, demo_db, tmp_path, lang):
    from PySide6.QtCore import QSettings

    from akimdesk.app import create_main_window
    from akimdesk.ui.issue_form import IssueDialog
    from akimdesk.ui.pages.register_page import RegisterPage

    with demo_db.session() as s:
        issue = s.scalar(select(ProblemIssue).where(ProblemIssue.deadline_changes.any()).limit(1))
        issue_id, number, moved = issue.id, issue.registration_number, issue.deadline_changes[0]
        expected = (moved.changed_on.strftime("%d.%m.%Y"), moved.old_deadline.strftime("%d.%m.%Y"),
                    moved.new_deadline.strftime("%d.%m.%Y"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    window = create_main_window(demo_db, lang)
    qtbot.addWidget(window)
    window.show()
    window.show_page(RegisterPage)
    page = window.page(RegisterPage)
    page.search.setText(number)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [issue_id])
    column = [c.sort for c in page.model.columns].index("number")
    assert page.model.data(page.model.index(0, column)) == number
    dialog = IssueDialog(page, window.state, issue_id)
    qtbot.addWidget(dialog)
    assert dialog.number.text() == number
    assert all(part in dialog.extensions.text() for part in expected)
    assert ("мерзімінен" if lang == "kk" else " на ") in dialog.extensions.text()


def test_a_renumbered_issue_never_takes_a_number_the_same_package_brings(levels, tmp_path, signer):  # noqa: F811
    """The oblast registered an issue in the district under the district's next number; the district's
    package brings that number (a clash) and the one after it: the clashing issue is renumbered past both,
    the whole package is taken in, and no issue's number is changed but the clashing one's."""
    from akimdesk.exchange.merge import import_data

    from .exchange_helpers import DISTRICT, export

    oblast, district, _ = levels

    def raise_issue(database, words):
        with database.session() as s:
            unit = s.scalar(select(Territory.id).where(Territory.kato == DISTRICT))
        draft = changes.IssueDraft(text=words, territory_id=unit, raised_on=dt.date(2026, 11, 26), source="приём",
                                   deadline=dt.date(2026, 12, 26))
        issue = changes.create_issue(database, draft, today=dt.date(2026, 11, 27))
        return issue, number_of(database, issue)

    own, own_number = raise_issue(oblast, "Нужен светофор у школы")
    clashing, clashing_number = raise_issue(district, "Разбита дорога к больнице")
    following, following_number = raise_issue(district, "Нет воды в селе")
    assert own_number == clashing_number and following_number > clashing_number
    import_data(oblast, export(district, tmp_path / "package", signer, since_last="oblast"))
    assert number_of(oblast, own) == own_number and number_of(oblast, following) == following_number
    renumbered = number_of(oblast, clashing)
    assert renumbered.startswith("39-2026-54-") and renumbered not in (own_number, following_number)
