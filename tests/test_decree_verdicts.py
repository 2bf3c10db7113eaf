"""The decree's answers on scenarios a reviewer can check by hand (DOMAIN.md and the decree's text).

Each test states the answer first; the tree is small enough to draw on paper:

    oblast Q ─┬─ district K ─── rural okrug S ─┬─ village S1
              │                                └─ village S2
              ├─ district L (established 1 July 2024)
              └─ city of oblast significance G ─── microdistrict M
"""

from __future__ import annotations

import datetime as dt

from akimdesk.decree.compliance import WorkflowState, check_plan, check_workflow, required_pairs
from akimdesk.decree.editions import edition_by_code, parse_edition_text
from akimdesk.decree.plan_model import PlannedItem, RegionTree, Unit
from akimdesk.decree.planner import propose
from akimdesk.decree.workdays import WorkingDays
from akimdesk.meetings import checks as form_checks
from akimdesk.meetings.checks import MeetingFacts

E2022, E2023 = edition_by_code("2022"), edition_by_code("2023")
D = dt.date


L_ESTABLISHED = D(2024, 7, 1)


def region(established_l: dt.date | None = L_ESTABLISHED) -> RegionTree:
    return RegionTree([
        Unit("Q", "880000000", "oblast", None, "Область Кю", "Кю облысы"),
        Unit("K", "881000000", "district", "Q", "Район Ка", "Ка ауданы"),
        Unit("S", "881041000", "rural_okrug", "K", "сельский округ Эс", "Эс ауылдық округі"),
        Unit("S1", "881041001", "village", "S", "село Эс-1", "Эс-1 ауылы"),
        Unit("S2", "881041002", "village", "S", "село Эс-2", "Эс-2 ауылы"),
        Unit("L", "882000000", "district", "Q", "Район Эль", "Эль ауданы", established_on=established_l),
        Unit("G", "883000000", "oblast_city", "Q", "город Гэ", "Гэ қаласы"),
        Unit("M", None, "area", "G", "микрорайон Эм", "Эм шағын ауданы"),
    ])


def meet(org: str, target: str, day: dt.date, hour: int = 10) -> PlannedItem:
    return PlannedItem(org, target, day, dt.time(hour, 0), 120)


def gaps(plan, edition, year, tree=None) -> set:
    out = check_plan(tree or region(), plan, edition, year, WorkingDays([year]))
    return {(v.kind, v.organizer, v.target, v.period) for v in out}


# 1. A meeting deeper in the tree counts for the unit that contains it -------------------------------

def test_meetings_in_villages_count_for_the_district_and_the_okrug_that_contain_them():
    # 2023 edition, 2024: oblast akim once a year in each district and oblast city; district akim once
    # per half-year in each rural okrug. Every meeting below is in a village, none at the okrug itself.
    plan = [
        meet("Q", "S1", D(2024, 3, 12)),   # village S1 lies in district K: K is covered for 2024
        meet("Q", "L", D(2024, 9, 10)),
        meet("Q", "M", D(2024, 10, 15)),   # microdistrict M lies in city G: G is covered
        meet("K", "S1", D(2024, 2, 14)),   # village S1 lies in okrug S: S is covered for H1
        meet("K", "S2", D(2024, 8, 13)),   # and village S2 for H2
        meet("G", "M", D(2024, 5, 14)), meet("G", "M", D(2024, 11, 12)),
        # the okrug akim's own half-yearly meetings in each of its villages
        meet("S", "S1", D(2024, 4, 16)), meet("S", "S2", D(2024, 4, 17)),
        meet("S", "S1", D(2024, 10, 16)), meet("S", "S2", D(2024, 10, 17)),
    ]
    assert {g for g in gaps(plan, E2023, 2024) if g[0] == "coverage_gap"} == set()


def test_a_meeting_of_another_akim_in_the_subtree_does_not_count():
    # the district akim's meeting in S1 is not the oblast akim's: the oblast akim still owes district K
    plan = [meet("K", "S1", D(2024, 2, 14))]
    assert ("coverage_gap", "880000000", "881000000", "2024") in gaps(plan, E2023, 2024)


# 2. Units have a start as well as an end ---------------------------------------------------------

def test_a_district_established_on_1_july_is_required_only_from_the_second_half_year():
    # 2022 edition: oblast akim once per half-year in each district. L exists from 1 July 2024.
    found = gaps([], E2022, 2024)
    assert ("coverage_gap", "880000000", "882000000", "2024-H2") in found
    assert ("coverage_gap", "880000000", "882000000", "2024-H1") not in found
    assert ("coverage_gap", "880000000", "881000000", "2024-H1") in found


def test_a_meeting_in_a_unit_before_it_exists_does_not_count_and_is_named():
    found = gaps([meet("Q", "L", D(2024, 6, 11))], E2022, 2024)
    assert ("coverage_gap", "880000000", "882000000", "2024-H2") in found
    assert ("unit_not_established", "880000000", "882000000", None) in found


# 3. An edition applies from its entry into force -------------------------------------------------

def test_the_2022_calendar_cannot_be_late_for_deadlines_before_the_decree_existed():
    # signed 3 March 2022, in force on publication (7 March): 15/20 January 2022 were not deadlines
    def state(year):
        return WorkflowState(exists=True, version_number=1, approved_on=D(year, 3, 25), maslikhat_reference="12/3",
                             maslikhat_date=D(year, 3, 24), first_approved_on=D(year, 3, 25),
                             first_submitted_on=D(year, 3, 30))

    kinds = {v.kind for v in check_workflow(region(None), state(2022), E2022, 2022)}
    assert "approved_late" not in kinds and "submitted_late" not in kinds
    late = check_workflow(region(None), state(2023), E2022, 2023)  # the same dates a year later are late
    assert {"approved_late", "submitted_late"} <= {v.kind for v in late}


MID_YEAR = """
code = "mid"
title_ru = "Редакция с 15 июля"
title_kk = "15 шілдеден бастап редакция"
effective_from = 2024-07-15
[deadlines]
calendar_approval = "01-15"
government_submission = "01-20"
[maslikhat]
approval = "notification"
correction = "notification"
[[norms]]
organizers = ["district"]
targets = ["rural_okrug"]
period = "quarter"
"""


def test_periods_that_ended_before_entry_into_force_are_not_required():
    edition = parse_edition_text(MID_YEAR, "mid.toml")
    periods = {p.code for _, o, t, p in required_pairs(region(None), edition, 2024) if (o.id, t.id) == ("K", "S")}
    # Q1 and Q2 ended before 15 July; Q3 straddles the entry date and is required, Q4 too
    assert periods == {"2024-Q3", "2024-Q4"}


def test_the_planner_never_dates_a_meeting_before_entry_into_force_and_its_plan_passes():
    tree = region(None)
    days = WorkingDays([2022])
    result = propose(tree, [], E2022, 2022, days)
    assert result.new and not result.unplaceable
    assert min(item.day for item in result.new) >= E2022.effective_from
    assert all(days.is_working(item.day) for item in result.new)
    assert gaps(result.new, E2022, 2022, tree) == set()


# 4. Akims of every level may organize -------------------------------------------------------------

def test_a_village_akims_meeting_in_their_village_is_a_valid_meeting_of_the_calendar():
    assert gaps([meet("S1", "S1", D(2024, 4, 16))], E2023, 2024) == gaps([], E2023, 2024)


# 5. Working days as the country has them ---------------------------------------------------------

def test_transferred_working_saturdays_are_working_days_and_the_substituted_days_are_off():
    days = WorkingDays([2023, 2024])
    assert days.is_working(D(2024, 5, 4))      # Saturday worked for 8 May 2024
    assert not days.is_working(D(2024, 5, 8))
    assert days.is_working(D(2023, 7, 1))      # Saturday worked for 7 July 2023
    assert not days.is_working(D(2023, 7, 7))
    assert not days.is_working(D(2024, 5, 11))  # an ordinary Saturday


def test_the_akimats_own_table_still_applies_on_top():
    days = WorkingDays([2024], extra_days_off=[D(2024, 5, 4)], extra_working_days=[D(2024, 5, 11)])
    assert not days.is_working(D(2024, 5, 4)) and days.is_working(D(2024, 5, 11))


def test_a_meeting_on_a_transferred_working_saturday_is_not_flagged():
    found = gaps([meet("K", "S", D(2024, 5, 4))], E2023, 2024)
    assert not any(kind == "non_working_day" for kind, *_ in found)


# 7. The announcement check is pending while there is still time ------------------------------------

def test_announcement_is_pending_on_the_last_day_to_announce_and_failed_the_day_after():
    # meeting 20 May, lead time 7 days: the last day to announce is 13 May
    facts = MeetingFacts(meeting_date=D(2024, 5, 20), status="planned")
    assert form_checks.announcement(facts, E2023, D(2024, 5, 13)).status == "pending"
    assert form_checks.announcement(facts, E2023, D(2024, 5, 14)).status == "fail"


# 8. One verdict per question: the wide audience ---------------------------------------------------

def test_the_wide_audience_has_one_reading_all_four_named_groups():
    held = dict(meeting_date=D(2024, 5, 20), status="held")
    only_deputies = MeetingFacts(audience={"maslikhat_deputies": 3}, **held)
    everyone = MeetingFacts(audience={"maslikhat_deputies": 3, "parties": 2, "ngo": 1, "opposition": 1}, **held)
    assert form_checks.audience(only_deputies).status == "warn"
    assert form_checks.audience_missing(only_deputies) == ("parties", "ngo", "opposition")
    assert form_checks.audience(everyone).status == "ok" and form_checks.audience_missing(everyone) == ()


# 10. The Government's 1 February step -------------------------------------------------------------

def test_the_governments_step_names_late_and_missing_regions_and_its_own_deadline():
    from akimdesk.decree.government import RegionCalendar, check_government

    regions = [RegionCalendar("110000000", "Акмолинская область", "Ақмола облысы", D(2024, 1, 18)),
               RegionCalendar("390000000", "Костанайская область", "Қостанай облысы", D(2024, 1, 25)),
               RegionCalendar("550000000", "Павлодарская область", "Павлодар облысы", None)]
    found = {(v.kind, v.target) for v in check_government(regions, D(2024, 2, 3), E2023, 2024)}
    assert found == {("region_calendar_late", "390000000"), ("region_calendar_missing", "550000000"),
                     ("administration_submitted_late", None)}
    in_time = {(v.kind, v.target) for v in check_government(regions[:1], D(2024, 1, 31), E2023, 2024)}
    assert in_time == set()
    assert {v.kind for v in check_government(regions[:1], None, E2023, 2024)} == {"administration_not_submitted"}
    # 2022: 20 January and 1 February were before the decree's entry into force
    spring = [RegionCalendar("110000000", "Акмолинская область", "Ақмола облысы", D(2022, 3, 30))]
    assert check_government(spring, D(2022, 4, 5), E2022, 2022) == []
