"""Staff who kept their calendar, meetings or issues in Excel bring them in: bad sheets refused with the
reason, bad rows listed by row and field, nothing imported until every row is good."""

from __future__ import annotations

import uuid
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from akimdesk.cli import main
from akimdesk.excel_import import SheetRefused
from akimdesk.excel_import.kinds import RowsRefused, import_sheet
from akimdesk.excel_import.templates import template_bytes
from akimdesk.excel_import.workbook import read_sheet
from akimdesk.models import Meeting, PlannedMeeting, ProblemIssue

from .exchange_helpers import snapshot

REGION = "390000000"
ISSUE_HEADER = ["Дата поступления", "Территория", "Суть вопроса", "Срок"]


def workbook(path, rows, title="Лист1", hidden=None, merge=None):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    if hidden:
        extra = wb.create_sheet(hidden)
        extra.sheet_state = "hidden"
    wb.save(path)
    return path


def count(database, model):
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_issues_sheet_with_two_bad_rows_is_refused_then_fixed_and_imported(demo_db, tmp_path):
    path = workbook(tmp_path / "issues.xlsx", [
        ISSUE_HEADER,
        ["2026-03-01", "395400000", "Ремонт дороги на ул. Абая", "2026-06-01"],
        ["31.02.2026", "395400000", "Уличное освещение", ""],
        ["2026-03-02", "Костанайский район", "=СУММ(A1:A2)", "2026-01-01"],
    ])
    before = snapshot(demo_db)
    with pytest.raises(RowsRefused) as refused:
        import_sheet(demo_db, "issues", REGION, 2026, path)
    assert [(p.row, p.field, p.code) for p in refused.value.problems] == [
        (3, "raised_on", "bad_date"), (4, "deadline", "deadline_before")]
    assert snapshot(demo_db) == before
    fixed = workbook(tmp_path / "fixed.xlsx", [
        ISSUE_HEADER,
        ["2026-03-01", "395400000", "Ремонт дороги на ул. Абая", "2026-06-01"],
        ["28.02.2026", "395400000", "Уличное освещение", ""],
        ["2026-03-02", "Костанайский район", "=СУММ(A1:A2)", "2026-04-01"],
    ])
    issues = count(demo_db, ProblemIssue)
    assert import_sheet(demo_db, "issues", REGION, 2026, fixed) == 3
    assert count(demo_db, ProblemIssue) == issues + 3
    with demo_db.session() as session:  # the formula is kept as the text typed, never evaluated
        assert session.scalar(select(ProblemIssue).where(ProblemIssue.text == "=СУММ(A1:A2)")) is not None


def test_a_calendar_and_meetings_come_in_from_their_sheets(demo_db, tmp_path):
    planned = count(demo_db, PlannedMeeting)
    cal = workbook(tmp_path / "cal.xlsx", [["Дата", "Организатор", "Место встречи", "Время", "Тема"],
                                           ["2026-12-10", "390000000", "395400000", "10:00", "Жылу"]])
    with demo_db.session() as session:
        from akimdesk.models import AnnualCalendar, CalendarVersion

        for v in session.scalars(select(CalendarVersion).join(AnnualCalendar).where(AnnualCalendar.year == 2026)):
            assert v  # the demo's 2026 calendar exists
    try:
        import_sheet(demo_db, "calendar", REGION, 2026, cal)
        assert count(demo_db, PlannedMeeting) == planned + 1
    except SheetRefused as exc:  # an approved calendar takes changes only through a correction
        assert exc.code == "refused_by_rules"
    meetings = count(demo_db, Meeting)
    sheet = workbook(tmp_path / "m.xlsx", [["Күні", "Ұйымдастырушы", "Кездесу орны", "Негізі", "Қатысушылар"],
                                           ["2026-11-20", "395400000", "395400000", "халықтың талабы бойынша", "45"]])
    assert import_sheet(demo_db, "meetings", REGION, 2026, sheet) == 1
    assert count(demo_db, Meeting) == meetings + 1


def _entity_bomb(path):
    good = workbook(path.with_name("base.xlsx"), [ISSUE_HEADER, ["2026-03-01", "395400000", "x", ""]])
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/sharedStrings.xml" or name == "xl/worksheets/sheet1.xml":
                doctype = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                data = data.replace(b"?>", b"?>" + doctype, 1) if data.startswith(b"<?xml") else doctype + data
            dst.writestr(name, data)
    return path


def _many_rows(path, rows=20_002):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(ISSUE_HEADER)
    for i in range(rows):
        ws.append(["2026-03-01", "395400000", f"Вопрос {i}", ""])
    wb.save(path)
    return path


def _bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<a/>")
        zf.writestr("xl/worksheets/sheet1.xml", b" " * (20 * 1024 * 1024))
    return path


@pytest.mark.parametrize("case, make, code", [
    ("entity bomb", _entity_bomb, "entities"),
    ("spreadsheet bomb", _bomb, "bomb"),
    ("not a workbook", lambda p: (p.write_bytes(b"name;date\n") and p), "not_xlsx"),
    ("missing header", lambda p: workbook(p, [["2026-03-01", "395400000", "x"]]), "no_header"),
    ("merged cells", lambda p: workbook(p, [ISSUE_HEADER, ["2026-03-01", "395400000", "x", ""]], merge="A2:B2"),
     "merged_cells"),
    ("hidden sheet", lambda p: workbook(p, [ISSUE_HEADER], hidden="Скрытый"), "hidden_sheet"),
    ("too many rows", _many_rows, "too_many_rows"),
])
def test_a_bad_workbook_is_refused_with_its_reason_and_nothing_is_written(demo_db, tmp_path, case, make, code):
    path = make(tmp_path / "bad.xlsx")
    before = snapshot(demo_db)
    with pytest.raises(SheetRefused) as refused:
        import_sheet(demo_db, "issues", REGION, 2026, path)
    assert refused.value.code == code, str(refused.value)
    assert snapshot(demo_db) == before


def test_wrong_types_are_named_by_row_and_field(demo_db, tmp_path):
    path = workbook(tmp_path / "m.xlsx", [["Date", "Organizer", "Target", "Minutes", "Attendance"],
                                          ["tomorrow", "390000000", "395400000", "two hours", "-"]])
    with pytest.raises(RowsRefused) as refused:
        import_sheet(demo_db, "meetings", REGION, 2026, path)
    assert {(p.field, p.code) for p in refused.value.problems} == {
        ("date", "bad_date"), ("minutes", "bad_number"), ("attendance", "bad_number")}


def test_blank_templates_in_russian_and_kazakh_are_recognised_by_the_import(tmp_path, capsys, demo_db):
    for lang in ("ru", "kk"):
        path = tmp_path / f"issues-{lang}.xlsx"
        path.write_bytes(template_bytes("issues", lang))
        header = read_sheet(path).header
        assert ("Суть вопроса*" if lang == "ru" else "Мәселенің мәні*") in header
    assert main(["import", "xlsx", "--db", str(demo_db.path), "--kind", "issues", "--region", "39",
                 str(tmp_path / "m.xlsx"), "--template", "kk"]) == 0
    rows = workbook(tmp_path / "cli.xlsx", [ISSUE_HEADER, ["2026-13-01", "395400000", "x", ""]])
    assert main(["import", "xlsx", "--db", str(demo_db.path), "--kind", "issues", "--region", "39", str(rows)]) == 2
    assert 'cli.xlsx: row 2, column A "Дата поступления" (raised_on): bad_date' in capsys.readouterr().err
    mapping = tmp_path / "mapping.txt"
    mapping.write_text("raised_on = B\nterritory = A\ntext = C\n", "utf-8")
    swapped = workbook(tmp_path / "swapped.xlsx", [["Где", "Когда", "Что"], ["395400000", "2026-03-05", "Мост"]])
    assert main(["import", "xlsx", "--db", str(demo_db.path), "--kind", "issues", "--region", "39", str(swapped),
                 "--mapping", str(mapping)]) == 0


def test_a_wrong_dimension_tag_does_not_hide_rows(demo_db, tmp_path):
    """The sheet says it is A1:B1 although it holds a header and six rows: all six are read."""
    good = workbook(tmp_path / "good.xlsx", [ISSUE_HEADER] + [["2026-03-01", "395400000", f"Вопрос {i}", ""]
                                                              for i in range(6)])
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:D7"/>', b'<dimension ref="A1:B1"/>')
                assert b'<dimension ref="A1:B1"/>' in data
            dst.writestr(name, data)
    assert len(read_sheet(lying).rows) == 6
    from akimdesk.tabular import read_table

    assert len(read_table(lying)) == 7


def test_a_damaged_workbook_is_refused_with_its_reason_not_a_crash(demo_db, tmp_path):
    good = workbook(tmp_path / "good.xlsx", [ISSUE_HEADER, ["2026-03-01", "395400000", "x", ""]])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # broken XML
            dst.writestr(name, data)
    before = snapshot(demo_db)
    with pytest.raises(SheetRefused) as refused:
        import_sheet(demo_db, "issues", REGION, 2026, broken)
    assert refused.value.code == "unreadable" and "broken.xlsx" in str(refused.value)
    assert snapshot(demo_db) == before


def test_issues_say_at_which_meeting_they_were_raised_and_who_answers_for_them(demo_db, tmp_path):
    import json
    import subprocess
    import sys

    from akimdesk.models import CompetenceLevel, ResponsibleBody

    listed = subprocess.run([sys.executable, "-m", "akimdesk", "meeting", "list", "--db", str(demo_db.path),
                             "--region", "39", "--year", "2026", "--json"], capture_output=True, text=True, check=True)
    meeting = next(m for m in json.loads(listed.stdout) if m["status"] in ("held", "results_published"))
    with demo_db.session() as s:
        ministry = s.scalar(select(ResponsibleBody).where(ResponsibleBody.level == CompetenceLevel.CENTRAL,
                                                          ResponsibleBody.code.is_not(None)).limit(1))
        code, name_kk, place = ministry.code, ministry.name_kk, s.get(Meeting, uuid.UUID(meeting["id"]))
        kato = place.territory.kato or place.territory.parent.kato
    header = ISSUE_HEADER + ["Встреча", "Ответственный орган"]
    bad = workbook(tmp_path / "bad.xlsx", [
        header,
        [meeting["date"], kato, "Дорога", "", "not-an-id", code],
        [meeting["date"], kato, "Свет", "", meeting["id"], "Министерство несуществующих дел"],
        ["2025-01-01", kato, "Вода", "", meeting["id"], code],
    ])
    with pytest.raises(RowsRefused) as refused:
        import_sheet(demo_db, "issues", REGION, 2026, bad)
    assert [(p.row, p.field, p.code) for p in refused.value.problems] == [
        (2, "meeting", "unknown_meeting"), (3, "responsible_body", "unknown_body"), (4, "meeting", "before_meeting")]
    good = workbook(tmp_path / "good.xlsx", [
        header,
        [meeting["date"], kato, "Дорога до райцентра разбита", "", meeting["id"], code],
        [meeting["date"], kato, "Нет связи в селе", "", "", name_kk],
    ])
    assert import_sheet(demo_db, "issues", REGION, 2026, good) == 2
    with demo_db.session() as s:
        road = s.scalar(select(ProblemIssue).where(ProblemIssue.text == "Дорога до райцентра разбита"))
        net = s.scalar(select(ProblemIssue).where(ProblemIssue.text == "Нет связи в селе"))
        assert str(road.meeting_id) == meeting["id"] and road.responsible_body.code == code
        assert road.competence_level == CompetenceLevel.CENTRAL and road.source is None
        assert net.meeting_id is None and net.responsible_body.code == code and net.source == "Excel"
