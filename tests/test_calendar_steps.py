"""The calendar's workflow steps from the command line, a pending correction, and akims of every level."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys

from sqlalchemy import select

from akimdesk.calendar.calendars import check_calendar, find_calendar, open_correction
from akimdesk.calendar.importer import import_calendar
from akimdesk.models import Territory
from akimdesk.services import calendar as service
from akimdesk.territory.directory import add_unit, region_by_code


def cli(*args):
    proc = subprocess.run([sys.executable, "-m", "akimdesk", *args], capture_output=True, text=True, timeout=180)
    return proc.returncode, proc.stdout, proc.stderr


def status(db_path) -> dict:
    code, out, err = cli("calendar", "status", "--db", db_path, "--region", "39", "--year", "2027", "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_workflow_steps_run_in_order_from_the_command_line_and_out_of_order_steps_change_nothing(db):
    path = str(db.path)
    base = ("--db", path, "--region", "39", "--year", "2027")
    assert cli("calendar", "plan", *base)[0] == 0
    before = status(path)
    assert before["edition"] == "2023" and [v["state"] for v in before["versions"]] == ["draft"]

    # the 2023 edition asks for the maslikhat's notice before approval; submission needs approval
    code, _, err = cli("calendar", "approve", *base, "--date", "2027-01-10", "--by", "Аким области")
    assert code == 2 and err.startswith("akimdesk: error:") and "maslikhat" in err
    code, _, err = cli("calendar", "submit", *base, "--date", "2027-01-12", "--number", "01-15/27")
    assert code == 2 and "approved" in err
    code, _, err = cli("calendar", "maslikhat", *base, "--kind", "agreement", "--date", "2027-01-09", "--number", "5")
    assert code == 2 and "notice" in err
    assert status(path) == before

    assert cli("calendar", "maslikhat", *base, "--kind", "notice", "--date", "2027-01-09", "--number", "5/1")[0] == 0
    assert cli("calendar", "approve", *base, "--date", "10.01.2027", "--by", "Аким области")[0] == 0
    assert cli("calendar", "submit", *base, "--date", "2027-01-12", "--number", "01-15/27")[0] == 0
    code, out, _ = cli("calendar", "check", *base)
    assert code == 0 and "compliant" in out

    assert cli("calendar", "correct", *base, "--reason", "Новый сельский округ")[0] == 0
    after = status(path)["versions"]
    assert [(v["number"], v["state"]) for v in after] == [(1, "submitted"), (2, "draft")]
    assert after[0]["maslikhat_date"] == "2027-01-09" and after[0]["approved_by"] == "Аким области"
    assert after[0]["submission_reference"] == "01-15/27" and after[1]["reason"] == "Новый сельский округ"


def test_a_pending_correction_does_not_hide_the_calendar_in_force(demo_db):
    # the demo's 2026 calendar is approved, agreed/notified and submitted: it is compliant
    with demo_db.session() as s:
        region = region_by_code(s, "39")
        open_correction(s, find_calendar(s, region, 2026), "Перенос встречи")
    with demo_db.session() as s:
        report = check_calendar(s, region_by_code(s, "39"), 2026)
        assert report.compliant and report.version == 1
        assert "maslikhat_missing" not in {v.kind for v in report.violations}
        assert report.draft_version == 2
        assert "maslikhat_missing" in {v.kind for v in report.draft_violations}
    code, out, _ = cli("calendar", "check", "--db", str(demo_db.path), "--region", "39", "--year", "2026", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["compliant"] is True and shown["version"] == 1
    assert shown["draft"]["version"] == 2
    assert "maslikhat_missing" in {v["kind"] for v in shown["draft"]["violations"]}


def test_a_village_akim_organizes_meetings_in_the_calendar(db, tmp_path):
    with db.session() as s:
        district = s.scalar(select(Territory).where(Territory.kato == "393200000"))
        village = add_unit(s, district, "village", "село Жанаталап", "Жаңаталап ауылы", "393241077")
        region_id, village_id = str(region_by_code(s, "39").id), str(village.id)
    path = tmp_path / "plan.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["date", "organizer", "target"], ["2027-04-14", "393241077", "393241077"]])
    with db.session() as s:
        assert import_calendar(s, region_by_code(s, "39"), 2027, path) == 1
    assert village_id in {c.id for c in service.organizer_choices(db, region_id)}
    assert dt.date(2027, 4, 14) in {row.date for row in service.calendar_view(db, region_id, 2027).planned}


def test_documents_name_the_calendars_own_edition(demo_db):
    import io

    from openpyxl import load_workbook

    from akimdesk.calendar.calendars import _edition_row
    from akimdesk.decree.editions import edition_by_code
    from akimdesk.documents import build_report, parse_period
    from akimdesk.documents.xlsx import render_xlsx

    with demo_db.session() as s:  # the 2026 calendar pinned to the original wording (pinned before approval)
        find_calendar(s, region_by_code(s, "39"), 2026).rule_edition = _edition_row(s, edition_by_code("2022"))
    with demo_db.session() as s:
        report = build_report("calendar", s, "39", parse_period("2026"), "ru", dt.datetime(2026, 12, 1, 9))
    cells = {str(c) for row in load_workbook(io.BytesIO(render_xlsx(report))).worksheets[0].iter_rows(values_only=True)
             for c in row if c}
    assert any(edition_by_code("2022").title_ru in c for c in cells)
    assert not any(edition_by_code("2023").title_ru in c for c in cells)


def test_the_planners_calendar_passes_the_check_for_every_region_and_year(demo_db):
    from akimdesk.calendar.snapshot import region_tree, working_days
    from akimdesk.decree.compliance import check_plan
    from akimdesk.decree.editions import edition_for_year
    from akimdesk.decree.planner import propose
    from akimdesk.territory.directory import regions

    with demo_db.session() as s:
        for region in regions(s):
            tree = region_tree(s, region)
            for year in (2022, 2023, 2024, 2027):
                edition, days = edition_for_year(year), working_days(s, [year])
                result = propose(tree, [], edition, year, days)
                assert not result.unplaceable, (region.kato, year)
                assert check_plan(tree, result.new, edition, year, days) == [], (region.kato, year)
                assert all(item.day >= edition.effective_from and days.is_working(item.day) for item in result.new)


def test_the_government_sees_which_regions_calendars_arrived_and_records_its_own_step(demo_db):
    # this database holds Kostanay's approved 2026 calendar as a data package brought it; no other region's
    path = str(demo_db.path)
    code, out, err = cli("calendar", "government", "--db", path, "--year", "2026", "--json")
    assert code == 1, err
    view = json.loads(out)
    kostanay = next(r for r in view["regions"] if r["region"] == "390000000")
    assert kostanay["sent_on"] and kostanay["in_time"] == (kostanay["sent_on"] <= "2026-01-20")
    missing = {v["target"] for v in view["violations"] if v["kind"] == "region_calendar_missing"}
    assert len(view["regions"]) == 20 and len(missing) == 19 and "390000000" not in missing
    assert "administration_not_submitted" in {v["kind"] for v in view["violations"]}

    code, _, err = cli("calendar", "administration", "--db", path, "--year", "2026", "--date", "2025-12-01",
                       "--number", "12-3/45")
    assert code == 2 and "before they arrived" in err
    code, out, err = cli("calendar", "administration", "--db", path, "--year", "2026", "--date", "30.01.2026",
                         "--number", "12-3/45")
    assert code == 0 and "1 region(s)" in out, err
    view = json.loads(cli("calendar", "government", "--db", path, "--year", "2026", "--json")[1])
    assert view["administration"] == {"submitted_on": "2026-01-30", "reference": "12-3/45"}
    assert not {v["kind"] for v in view["violations"]} & {"administration_not_submitted",
                                                          "administration_submitted_late"}
    code, _, err = cli("calendar", "administration", "--db", path, "--year", "2026", "--date", "2026-01-31",
                       "--number", "x")
    assert code == 2 and "already recorded" in err


def test_the_year_overview_counts_a_village_meeting_for_the_district_that_holds_it(db, tmp_path):
    with db.session() as s:
        district = s.scalar(select(Territory).where(Territory.kato == "393200000"))
        okrug = add_unit(s, district, "rural_okrug", "сельский округ Тест", "Тест ауылдық округі", "393241000")
        add_unit(s, okrug, "village", "село Тест", "Тест ауылы", "393241001")
        region_id, district_id = str(region_by_code(s, "39").id), str(district.id)
    path = tmp_path / "plan.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["date", "organizer", "target"], ["2027-05-12", "390000000", "393241001"]])
    with db.session() as s:
        import_calendar(s, region_by_code(s, "39"), 2027, path)
    view = service.calendar_view(db, region_id, 2027)
    row = next(r for r in view.coverage if r.target_id == district_id and r.akim_ru.startswith("Аким"))
    assert row.counts == (0, 1, 0, 0) and row.states == ("ok",) * 4  # the 2023 edition: once a year
    assert not any(v.kind == "coverage_gap" and v.target == "393200000" for v in view.report.violations)


def test_a_step_over_a_version_someone_changed_since_the_status_was_read_is_refused_with_who_and_when(db):
    """A script reads `calendar status --json` and approves over what it read: a maslikhat notice recorded
    meanwhile (by another person) makes the approval refused, naming who, and nothing changes; over the new
    state it goes through."""
    path = str(db.path)
    base = ("--db", path, "--region", "39", "--year", "2027")
    assert cli("calendar", "plan", *base)[0] == 0
    read = status(path)["if_version"]
    assert read == "1:1"

    code, _, err = cli("calendar", "maslikhat", *base, "--kind", "notice", "--date", "2026-12-20", "--number", "№ 5-12",
                       "--if-version", read)
    assert code == 0, err
    now = status(path)
    assert now["if_version"] != read and now["versions"][0]["maslikhat_reference"] == "№ 5-12"

    code, _, err = cli("calendar", "approve", *base, "--date", "2027-01-10", "--by", "Аким области", "--if-version", read)
    assert code == 2 and err.startswith("akimdesk: error:") and len(err.strip().splitlines()) == 1
    assert status(path) == now  # refused: nothing changed
    code, _, err = cli("calendar", "approve", *base, "--date", "2027-01-10", "--by", "Аким области",
                       "--if-version", "one")
    assert code == 2 and "NUMBER:ROW_VERSION" in err
    code, _, err = cli("calendar", "approve", *base, "--date", "2027-01-10", "--by", "Аким области",
                       "--if-version", now["if_version"])
    assert code == 0, err
    assert status(path)["versions"][0]["approved_by"] == "Аким области"
