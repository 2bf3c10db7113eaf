"""The decree check and the auto-planner on hand-made territory trees, for both editions."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akimdesk.decree.compliance import WorkflowState, check, check_plan, check_workflow
from akimdesk.decree.editions import edition_by_code, edition_for_year
from akimdesk.decree.plan_model import PlannedItem, RegionTree, Unit
from akimdesk.decree.planner import PlannerOptions, propose
from akimdesk.decree.workdays import WorkingDays

E2022, E2023 = edition_by_code("2022"), edition_by_code("2023")
D = dt.date


def tree(retired_okrug: dt.date | None = None) -> RegionTree:
    """Oblast O: district D (okrugs R1 with village V, R2), city C (microdistrict A)."""
    return RegionTree([
        Unit("O", "990000000", "oblast", None, "Тестовая область", "Тест облысы"),
        Unit("D", "991000000", "district", "O", "Первый район", "Бірінші ауданы"),
        Unit("R1", "991041000", "rural_okrug", "D", "сельский округ Ақсу", "Ақсу ауылдық округі"),
        Unit("V", "991041001", "village", "R1", "село Ақсу", "Ақсу ауылы"),
        Unit("R2", "991043000", "rural_okrug", "D", "сельский округ Жана", "Жаңа ауылдық округі",
             retired_on=retired_okrug),
        Unit("C", "992000000", "oblast_city", "O", "город Тест", "Тест қаласы"),
        Unit("A", None, "area", "C", "микрорайон № 1", "№ 1 шағын аудан"),
    ])


def meet(org: str, target: str, day: dt.date, hour: int = 10, minutes: int = 120) -> PlannedItem:
    return PlannedItem(org, target, day, dt.time(hour, 0), minutes)


def gaps(plan, edition, year, t=None):
    out = check_plan(t or tree(), plan, edition, year, WorkingDays([year]))
    return {(v.kind, v.organizer, v.target, v.period) for v in out}


def full_2023(year=2024):
    """Everything the 2023 edition asks of the tree in a year, on ordinary working days."""
    return [
        meet("O", "D", D(year, 3, 12)), meet("O", "C", D(year, 10, 15)),
        meet("D", "R1", D(year, 2, 14)), meet("D", "R1", D(year, 9, 10)),
        meet("D", "R2", D(year, 4, 16)), meet("D", "R2", D(year, 11, 12)),
        meet("C", "A", D(year, 5, 14)), meet("C", "A", D(year, 8, 13)),
        meet("R1", "V", D(year, 6, 11)), meet("R1", "V", D(year, 12, 10)),
    ]


def test_a_complete_2023_calendar_has_no_violations():
    assert gaps(full_2023(), E2023, 2024) == set()


def test_each_missing_meeting_is_named_with_akim_unit_and_period():
    plan = [m for m in full_2023()
            if (m.organizer_id, m.target_id) != ("O", "C") and not ((m.organizer_id, m.day.month) == ("C", 5))]
    assert gaps(plan, E2023, 2024) == {
        ("coverage_gap", "990000000", "992000000", "2024"),
        ("coverage_gap", "992000000", "A", "2024-H1"),
    }
    message = next(v for v in check_plan(tree(), plan, E2023, 2024, WorkingDays([2024])) if v.target == "992000000")
    assert message.message_ru == "Аким Тестовой области: нет выездной встречи — город Тест, 2024 год"
    assert message.message_kk == "Тест облысының әкімі: 2024 жылы Тест қаласы бойынша көшпелі кездесу жоқ"


def test_half_year_boundary_30_june_and_1_july():
    base = [m for m in full_2023() if (m.organizer_id, m.target_id) != ("R1", "V")]
    on_30_june = base + [meet("R1", "V", D(2024, 6, 28)), meet("R1", "V", D(2024, 7, 1))]
    assert gaps(on_30_june, E2023, 2024) == set()
    both_in_july = base + [meet("R1", "V", D(2024, 7, 1)), meet("R1", "V", D(2024, 7, 2))]
    assert gaps(both_in_july, E2023, 2024) == {("coverage_gap", "991041000", "991041001", "2024-H1")}


def test_quarter_boundary_31_march_and_1_april_under_the_2022_edition():
    # 2022 edition: a district akim meets each okrug every quarter; the oblast akim each district per half-year
    year = 2023
    plan = [meet("O", "D", D(year, 2, 15)), meet("O", "D", D(year, 9, 13)),
            meet("O", "C", D(year, 2, 16)), meet("O", "C", D(year, 9, 14))]
    for okrug, hour in (("R1", 10), ("R2", 15)):
        plan += [meet("D", okrug, d, hour) for d in (D(year, 3, 31), D(year, 7, 4), D(year, 10, 4))]
    for q_day in (D(year, 2, 1), D(year, 5, 3), D(year, 8, 2), D(year, 11, 1)):
        plan += [meet("C", "A", q_day, 15), meet("R1", "V", q_day, 15)]
    # 31 March 2023 is a Friday: it counts for Q1, so only Q2 is missing
    assert gaps(plan, E2022, year) == {
        ("coverage_gap", "991000000", "991041000", "2023-Q2"),
        ("coverage_gap", "991000000", "991043000", "2023-Q2"),
    }
    moved = [m if m.day != D(year, 3, 31) else meet("D", m.target_id, D(year, 4, 3), m.start.hour) for m in plan]
    assert gaps(moved, E2022, year) == {
        ("coverage_gap", "991000000", "991041000", "2023-Q1"),
        ("coverage_gap", "991000000", "991043000", "2023-Q1"),
    }


def test_a_meeting_on_a_holiday_or_weekend_is_flagged_and_29_february_counts():
    plan = full_2023()
    plan[2] = meet("D", "R1", D(2024, 2, 29))  # leap day, a Thursday: a working day
    assert gaps(plan, E2023, 2024) == set()
    plan[2] = meet("D", "R1", D(2024, 3, 22))  # Nauryz
    plan[3] = meet("D", "R1", D(2024, 9, 14))  # a Saturday
    kinds = gaps(plan, E2023, 2024)
    assert ("non_working_day", "991000000", "991041000", None) in kinds
    assert len([k for k in kinds if k[0] == "non_working_day"]) == 1  # one entry per unit and kind in the set
    found = check_plan(tree(), plan, E2023, 2024, WorkingDays([2024]))
    assert sorted(v.day for v in found if v.kind == "non_working_day") == [D(2024, 3, 22), D(2024, 9, 14)]


def test_an_extra_day_off_from_the_akimats_table_counts_as_non_working():
    plan = full_2023()
    workdays = WorkingDays([2024], extra_days_off=[D(2024, 3, 12)])
    found = check_plan(tree(), plan, E2023, 2024, workdays)
    assert [(v.kind, v.day) for v in found] == [("non_working_day", D(2024, 3, 12))]


def test_a_unit_retired_mid_year_is_required_only_while_it_exists():
    t = tree(retired_okrug=D(2024, 5, 1))
    plan = [m for m in full_2023() if m.target_id != "R2"]
    assert gaps(plan, E2023, 2024, t) == set()  # not required in H1 (retired before 30 June) nor H2
    late = plan + [meet("D", "R2", D(2024, 9, 11))]
    assert gaps(late, E2023, 2024, t) == {("retired_unit", "991000000", "991043000", None)}


def test_overlapping_meetings_of_one_akim_and_dates_outside_the_year():
    plan = full_2023() + [meet("D", "R2", D(2024, 2, 14), hour=11), meet("O", "D", D(2025, 1, 15))]
    assert gaps(plan, E2023, 2024) == {
        ("overlap", "991000000", "991043000", None),
        ("outside_year", "990000000", "991000000", None),
    }
    back_to_back = full_2023() + [meet("D", "R2", D(2024, 2, 14), hour=12)]  # 10:00-12:00, then 12:00
    assert gaps(back_to_back, E2023, 2024) == set()


def test_off_calendar_and_non_field_meetings_do_not_count():
    plan = [m for m in full_2023() if m.target_id != "C"]
    plan.append(PlannedItem("O", "C", D(2024, 10, 15), dt.time(10), 120, is_field=False))
    assert ("coverage_gap", "990000000", "992000000", "2024") in gaps(plan, E2023, 2024)


def test_workflow_items_follow_the_edition():
    t = tree()
    nothing = {v.kind for v in check_workflow(t, WorkflowState(), E2023, 2024)}
    assert nothing == {"no_calendar", "not_approved", "not_submitted"}
    draft = check_workflow(t, WorkflowState(exists=True, version_number=1), E2022, 2023)
    assert {v.kind for v in draft} == {"not_approved", "maslikhat_missing", "not_submitted"}
    assert any("согласовании" in v.message_ru for v in draft)  # 2022: agreement
    notified = check_workflow(t, WorkflowState(exists=True, version_number=1), E2023, 2024)
    assert any("уведомлении" in v.message_ru for v in notified)  # 2023: notification
    late = WorkflowState(exists=True, version_number=1, maslikhat_reference="№ 5", maslikhat_date=D(2024, 1, 10),
                         approved_on=D(2024, 1, 16), first_approved_on=D(2024, 1, 16),
                         first_submitted_on=D(2024, 1, 20))
    assert {v.kind for v in check_workflow(t, late, E2023, 2024)} == {"approved_late"}


def test_the_edition_is_chosen_by_year():
    assert edition_for_year(2022).code == "2022" and edition_for_year(2023).code == "2022"
    assert edition_for_year(2024).code == "2023" and edition_for_year(2030).code == "2023"


def test_the_planner_fills_the_tree_keeps_existing_meetings_and_is_deterministic():
    existing = [meet("O", "D", D(2024, 3, 12))]
    first = propose(tree(), existing, E2023, 2024, WorkingDays([2024]))
    again = propose(tree(), existing, E2023, 2024, WorkingDays([2024]))
    assert first.new == again.new and not first.unplaceable
    assert not any(m.organizer_id == "O" and m.target_id == "D" for m in first.new)
    report = check(tree(), existing + first.new, WorkflowState(), E2023, 2024, WorkingDays([2024]))
    assert {v.kind for v in report.violations} == {"no_calendar", "not_approved", "not_submitted"}
    assert all(m.day > E2023.submission_date(2024) for m in first.new)


def test_the_planner_spreads_meetings_across_the_period():
    okrugs = [Unit(f"R{i}", f"9910{41 + 2 * i:02d}000", "rural_okrug", "D", f"округ {i}", f"округ {i}")
              for i in range(8)]
    t = RegionTree([Unit("O", "990000000", "oblast", None, "О", "О"),
                    Unit("D", "991000000", "district", "O", "Д", "Д"), *okrugs])
    plan = propose(t, [], E2023, 2024, WorkingDays([2024])).new
    first_half = sorted(m.day for m in plan if m.organizer_id == "D" and m.day.month <= 6)
    assert len(first_half) == 8
    assert first_half[0].month == 1 and first_half[-1].month == 6  # not bunched at the start
    assert len({d.month for d in first_half}) >= 5


@st.composite
def region_trees(draw):
    units = [Unit("O", "990000000", "oblast", None, "Область", "Облыс")]
    year = draw(st.integers(2022, 2030))
    for d in range(draw(st.integers(0, 4))):
        did = f"D{d}"
        units.append(Unit(did, f"99{d + 1:02d}00000", "district", "O", f"район {d}", f"{d} ауданы"))
        for r in range(draw(st.integers(0, 5))):
            rid = f"{did}R{r}"
            retired = draw(st.one_of(st.none(), st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))))
            units.append(Unit(rid, f"99{d + 1:02d}{41 + r:02d}000", "rural_okrug", did, f"округ {r}", f"округ {r}",
                              retired_on=retired))
            for v in range(draw(st.integers(0, 3))):
                units.append(Unit(f"{rid}V{v}", f"99{d + 1:02d}{41 + r:02d}{v + 1:03d}", "village", rid,
                                  f"село {v}", f"{v} ауылы"))
    for c in range(draw(st.integers(0, 2))):
        cid = f"C{c}"
        units.append(Unit(cid, f"99{50 + c}00000", "oblast_city", "O", f"город {c}", f"{c} қаласы"))
        for a in range(draw(st.integers(0, 3))):
            units.append(Unit(f"{cid}A{a}", None, "area", cid, f"мкр {a}", f"{a} ш/а"))
    return RegionTree(units), year


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(region_trees(), st.integers(1, 3))
def test_whatever_the_tree_the_planners_calendar_passes_the_check(tree_and_year, per_day):
    t, year = tree_and_year
    edition = edition_for_year(year)
    workdays = WorkingDays([year])
    result = propose(t, [], edition, year, workdays, PlannerOptions(max_per_day=per_day))
    assert not result.unplaceable
    assert check_plan(t, result.new, edition, year, workdays) == []
    per_akim_day = {}
    for m in result.new:
        per_akim_day[(m.organizer_id, m.day)] = per_akim_day.get((m.organizer_id, m.day), 0) + 1
    assert max(per_akim_day.values(), default=0) <= per_day
