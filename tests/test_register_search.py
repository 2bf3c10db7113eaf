"""Finding issues: full-text search in Russian and Kazakh, territory subtrees, paging, saved filters."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from akimdesk.db import Database
from akimdesk.issues.rules import IssueDraft
from akimdesk.models import ProblemIssue, Territory
from akimdesk.services import directory
from akimdesk.services import register as reg
from akimdesk.services import register_changes as changes

from .test_register_rules import TODAY, new_issue, unit


def found(db, query: str, **flt) -> set[str]:
    rows = reg.issue_page(db, reg.IssueFilter(search=query, **flt), today=TODAY).rows
    return {r.text for r in rows}


def test_kazakh_and_russian_words_are_found_in_any_case(db):
    new_issue(db, text="ӘКІМНІҢ ҚАБЫЛДАУЫНА ЖАЗЫЛУ МҮМКІН ЕМЕС")
    new_issue(db, text="Дорога на КЛАДБИЩЕ разбита")
    new_issue(db, text="Ёлки на площади не убраны")
    assert found(db, "әкімнің") == {"ӘКІМНІҢ ҚАБЫЛДАУЫНА ЖАЗЫЛУ МҮМКІН ЕМЕС"}
    assert found(db, "Қабылдау") == {"ӘКІМНІҢ ҚАБЫЛДАУЫНА ЖАЗЫЛУ МҮМКІН ЕМЕС"}  # a word's start finds it
    assert found(db, "кладбище") == {"Дорога на КЛАДБИЩЕ разбита"}
    assert found(db, "ДОРОГ") == {"Дорога на КЛАДБИЩЕ разбита"}
    assert found(db, "елки") == {"Ёлки на площади не убраны"}  # е finds ё
    assert found(db, "дорога әкімнің") == set()  # every word must occur
    assert found(db, 'AND "(* NEAR') == set()  # search syntax typed by chance is taken as words, not an error


def test_search_follows_edits_and_deletions_of_the_text(db):
    issue = new_issue(db, text="Нет воды в селе")
    detail = changes.issue_detail(db, issue)
    edited = IssueDraft(**{**detail.draft.__dict__, "text": "Су жоқ, ұңғыма бұзылған"})
    changes.update_issue(db, issue, edited, detail.row_version, today=TODAY)
    assert found(db, "воды") == set()
    assert found(db, "ҰҢҒЫМА") == {"Су жоқ, ұңғыма бұзылған"}
    changes.delete_issues(db, changes.issue_versions(db, [issue]))
    assert found(db, "ұңғыма") == set()


def test_search_combines_with_the_other_filters(db):
    new_issue(db, text="Газ қысымы төмен", kato="392400000")
    new_issue(db, text="Газ қысымы төмен", kato="391600000")
    rudny = unit(db, "392400000").id
    assert len(reg.issue_page(db, reg.IssueFilter(search="газ", territory_id=rudny), today=TODAY).rows) == 1


def add_unit(db, parent_kato, level, kato, ru, kk):
    return directory.add_unit(db, unit(db, parent_kato).id, level, ru, kk, kato)


def test_a_district_shows_the_issues_of_its_villages_and_not_its_neighbours(db):
    okrug = add_unit(db, "394400000", "rural_okrug", "394441000", "сельский округ Тест", "Тест ауылдық округі")
    with db.session() as s:
        village_kato = "394441001"
        s.add(Territory(kato=village_kato, parent_id=okrug, level="village", name_ru="село Тест", name_kk="Тест ауылы"))
    area = directory.add_unit(db, unit(db, "392400000").id, "area", "микрорайон № 5", "№ 5 шағын аудан", None)
    new_issue(db, text="в районе", kato="394400000")
    new_issue(db, text="в селе", kato="394441001")
    new_issue(db, text="в соседнем районе", kato="391600000")
    area_issue = IssueDraft(text="в микрорайоне", territory_id=area, raised_on=TODAY, source="прием")
    changes.create_issue(db, area_issue, today=TODAY)

    def texts(kato):
        flt = reg.IssueFilter(territory_id=unit(db, kato).id)
        return {r.text for r in reg.issue_page(db, flt, today=TODAY).rows}

    assert texts("394400000") == {"в районе", "в селе"}
    assert texts("394441000") == {"в селе"}
    assert texts("392400000") == {"в микрорайоне"}
    assert texts("390000000") == {"в районе", "в селе", "в соседнем районе", "в микрорайоне"}
    assert reg.issue_count(db, reg.IssueFilter(territory_id=unit(db, "390000000").id), today=TODAY) == 4


def move_unit(db, unit_id, parent_id) -> None:
    """A unit given another parent in its region, as an import or a package does (not through a form)."""
    with db.session() as s:
        s.get(Territory, unit_id).parent_id = parent_id


def test_a_search_within_a_unit_follows_its_issues_and_units_as_they_move(db):
    """Worked by hand: an okrug with a village in district 394400000, two gas issues (one in the village, one in
    district 391600000, both of region 39). The okrug then moves to district 391600000, then the district's
    issue is moved to the village: each search within a unit lists that unit's gas issues and no others."""
    okrug = add_unit(db, "394400000", "rural_okrug", "394441000", "сельский округ Тест", "Тест ауылдық округі")
    village = directory.add_unit(db, okrug, "village", "село Тест", "Тест ауылы", "394441001")
    new_issue(db, text="Газ жоқ, ауылда", kato="394441001")
    moved = new_issue(db, text="Газ қысымы төмен, ауданда", kato="391600000")
    new_issue(db, text="Су жоқ, ауылда", kato="394441001")

    def within(kato):
        return found(db, "газ", territory_id=unit(db, kato).id)

    assert within("394400000") == {"Газ жоқ, ауылда"} == within("394441000")
    assert within("391600000") == {"Газ қысымы төмен, ауданда"}
    assert within("390000000") == {"Газ жоқ, ауылда", "Газ қысымы төмен, ауданда"}

    move_unit(db, okrug, unit(db, "391600000").id)
    assert within("394400000") == set()
    assert within("391600000") == {"Газ жоқ, ауылда", "Газ қысымы төмен, ауданда"}
    assert within("394441001") == {"Газ жоқ, ауылда"}

    detail = changes.issue_detail(db, moved)
    changes.update_issue(db, moved, IssueDraft(**{**detail.draft.__dict__, "territory_id": village}),
                         detail.row_version, today=TODAY)
    assert within("394441001") == {"Газ жоқ, ауылда", "Газ қысымы төмен, ауданда"} == within("394441000")
    assert within("391600000") == {"Газ жоқ, ауылда", "Газ қысымы төмен, ауданда"}
    assert found(db, "газ", territory_id=unit(db, "391600000").parent_id) == within("391600000")


def test_a_search_within_a_unit_reaches_issues_of_a_deeper_tree_than_the_index_keeps(db):
    """Seven areas one inside another under Rudny (region 39, Rudny, seven areas: nine units, deeper than the
    six the search index keeps per issue). The issue in the deepest is found from every unit above it, and
    not from Rudny's neighbour."""
    parent = unit(db, "392400000").id
    chain = []
    for depth in range(1, 8):
        parent = directory.add_unit(db, parent, "area", f"квартал {depth}", f"{depth} орам", None)
        chain.append(parent)
    draft = IssueDraft(text="Газ құбыры тесілген", territory_id=chain[-1], raised_on=TODAY, source="прием")
    changes.create_issue(db, draft, today=TODAY)
    for unit_id in [unit(db, "390000000").id, unit(db, "392400000").id, *chain]:
        assert found(db, "газ", territory_id=unit_id) == {"Газ құбыры тесілген"}
    assert found(db, "газ", territory_id=unit(db, "391600000").id) == set()


def test_a_search_within_a_region_reads_only_that_regions_matches_from_the_index(db):
    """A common word of the whole country, searched within one unit: the full-text index gives the unit's
    matches only (migration 0017 on SQLite, 0018 on PostgreSQL), not every match of the country for the
    register to look up and drop."""
    from akimdesk.issues import search

    for n in range(5):
        new_issue(db, text=f"Газ жоқ {n}", kato="392400000")
        new_issue(db, text=f"Газ жоқ {n}", kato="391600000")
    dialect = db.engine.dialect.name
    with db.session() as s:
        def matched(within):
            if dialect == "sqlite":
                return len(s.execute(search.matching_rowids("газ", within)).all())
            return len(s.execute(search.matching_ids(dialect, "газ", within)).all())

        assert matched(None) == 10
        assert matched(unit(db, "392400000").id) == 5
        assert matched(unit(db, "390000000").id) == 10
        assert matched(unit(db, "394400000").id) == 0
    rudny = unit(db, "392400000").id  # and the register asks it so
    page = reg.page_query(reg.IssueFilter(search="газ", territory_id=rudny), dialect, TODAY).compile(db.engine)
    if dialect == "sqlite":
        assert rudny.hex in page.params["fts_query"]
    else:
        assert rudny in page.params["pg_units"]


def pg_units(db, issue) -> list:
    """The units PostgreSQL keeps for an issue (migration 0018)."""
    with db.session() as s:
        return s.scalar(text("SELECT issue_search_units FROM problem_issue WHERE id = :i"), {"i": issue})


@pytest.mark.postgresql_only
def test_on_postgresql_the_units_of_an_issue_are_kept_by_the_server_for_every_writer(db):
    """Worked by hand: an issue in village 394441001 (okrug 394441000, district 394400000, region 39) carries
    exactly those four units, whoever writes it (the program, or plain SQL on the shared server); moving the
    okrug to district 391600000 rewrites them."""
    okrug = add_unit(db, "394400000", "rural_okrug", "394441000", "сельский округ Тест", "Тест ауылдық округі")
    village = directory.add_unit(db, okrug, "village", "село Тест", "Тест ауылы", "394441001")
    issue = new_issue(db, text="Газ жоқ", kato="394441001")

    def units() -> set:
        return set(pg_units(db, issue))

    chain = {village, okrug, unit(db, "394400000").id, unit(db, "390000000").id}
    assert units() == chain
    move_unit(db, okrug, unit(db, "391600000").id)
    assert units() == chain - {unit(db, "394400000").id} | {unit(db, "391600000").id}
    with db.session() as s:  # plain SQL moves the issue: the server keeps the units true
        s.execute(text("UPDATE problem_issue SET territory_id = :t WHERE id = :i"),
                  {"t": unit(db, "394400000").id, "i": issue})
    assert units() == {unit(db, "394400000").id, unit(db, "390000000").id}


@pytest.mark.postgresql_only
def test_on_postgresql_an_issue_deeper_than_the_kept_chain_is_still_in_its_region(db):
    """65 areas one inside another under Rudny (the server keeps 64 units of a chain): the issue of the
    deepest carries the nil UUID instead of Rudny and region 39, and is still listed and found within them,
    and not within Rudny's neighbour."""
    from akimdesk.issues.search import PG_BEYOND

    parent = unit(db, "392400000").id
    for depth in range(65):
        parent = directory.add_unit(db, parent, "area", f"квартал {depth}", f"{depth} орам", None)
    draft = IssueDraft(text="Газ құбыры тесілген", territory_id=parent, raised_on=TODAY, source="прием")
    issue = changes.create_issue(db, draft, today=TODAY)
    units = pg_units(db, issue)
    assert len(units) == 65 and PG_BEYOND in units and unit(db, "392400000").id not in units
    for kato in ("390000000", "392400000"):
        flt = reg.IssueFilter(territory_id=unit(db, kato).id)
        assert issue in {r.id for r in paged(db, flt, 200)}
        assert found(db, "газ", territory_id=unit(db, kato).id) == {"Газ құбыры тесілген"}
    assert found(db, "газ", territory_id=unit(db, "391600000").id) == set()


def paged(db, flt, limit: int) -> list:
    """Every row of the filter, read a page of `limit` at a time from each page's key."""
    seen, after = [], None
    while True:
        page = reg.issue_page(db, flt, after=after, limit=limit, today=TODAY)
        seen += page.rows
        if page.next_key is None:
            return seen
        after = page.next_key


def test_paging_visits_every_issue_once_in_order_even_without_deadlines(db):
    for i in range(9):
        deadline = None if i % 3 == 0 else TODAY + dt.timedelta(days=i % 4)
        new_issue(db, text=f"вопрос {i}", deadline=deadline)
    for descending in (False, True):
        flt = reg.IssueFilter(sort="deadline", descending=descending)
        seen = paged(db, flt, 2)
        assert len({r.id for r in seen}) == 9 == len(seen)
        keys = [(r.deadline is not None, r.deadline or dt.date.min) for r in seen]
        assert keys == sorted(keys, reverse=descending)


@pytest.mark.parametrize("sort", reg.SORTS)
def test_every_sort_pages_through_each_issue_once_and_in_its_order(demo_db, sort):
    """A page is chosen by the ids and sort values alone, then read whole: the rows come in the same order
    page by page as in one long page, with ties in id order and issues without a body, category or
    deadline at the start going up and at the end going down."""
    for n in range(5):  # beside the demo's issues, which all have a body, a category and a deadline
        new_issue(demo_db, text=f"вопрос без исполнителя {n}", deadline=None if n % 2 else TODAY)
    for descending in (False, True):
        flt = reg.IssueFilter(sort=sort, descending=descending)
        whole = reg.issue_page(demo_db, flt, limit=10_000, today=TODAY).rows
        seen = paged(demo_db, flt, 40)
        assert len(whole) == reg.issue_count(demo_db, flt) > 200 and [r.id for r in seen] == [r.id for r in whole]
        values = [r.sort_value for r in whole]
        missing = [i for i, v in enumerate(values) if v is None]
        if missing:
            assert missing == (list(range(len(missing))) if not descending else
                               list(range(len(values) - len(missing), len(values))))
        for a, b in zip(whole, whole[1:], strict=False):
            if a.sort_value == b.sort_value:
                assert (a.id > b.id) if descending else (a.id < b.id), (a, b)
        if demo_db.engine.dialect.name == "sqlite":  # SQLite compares text by its code points, as Python does
            present = [v for v in values if v is not None]
            assert present == sorted(present, reverse=descending)


def test_filters_by_status_category_body_level_period_and_meeting(demo_db):
    demo_today = dt.date(2026, 11, 27)
    everything = reg.issue_count(demo_db, reg.IssueFilter(), today=demo_today)
    cats = reg.categories(demo_db)
    bodies = reg.bodies(demo_db, None)
    region = unit(demo_db, "390000000").id
    for flt in (
        reg.IssueFilter(statuses=("resolved",)),
        reg.IssueFilter(open_only=True),
        reg.IssueFilter(category_ids=(cats[0].id,)),
        reg.IssueFilter(body_ids=tuple(b.id for b in bodies if b.level == "central")),
        reg.IssueFilter(levels=("oblast",)),
        reg.IssueFilter(raised_from=dt.date(2026, 1, 1), raised_to=dt.date(2026, 3, 31)),
    ):
        rows = list(reg.iter_issues(demo_db, flt, today=demo_today))
        assert 0 < len(rows) < everything, flt
        assert len(rows) == reg.issue_count(demo_db, flt, today=demo_today)
        if flt.statuses:
            assert {r.status_code for r in rows} == {"resolved"}
        if flt.open_only:
            assert not any(r.closed for r in rows)
        if flt.levels:
            assert {r.competence_level for r in rows} == {"oblast"}
        if flt.raised_from:
            assert all(flt.raised_from <= r.raised_on <= flt.raised_to for r in rows)
    meeting = reg.issue_page(demo_db, reg.IssueFilter(), today=demo_today).rows[0].meeting_id
    at_meeting = list(reg.iter_issues(demo_db, reg.IssueFilter(meeting_id=meeting), today=demo_today))
    assert at_meeting and {r.meeting_id for r in at_meeting} == {meeting}
    assert len(reg.territories(demo_db, region)) > 100


def test_saved_filters_come_back_as_they_were_saved_and_are_replaced_by_name(db):
    rudny = unit(db, "392400000").id
    flt = reg.IssueFilter(territory_id=rudny, statuses=("new", "in_progress"), overdue=True, search="газ",
                          raised_from=dt.date(2026, 1, 1), sort="deadline", descending=False)
    seen = changes.save_filter(db, "Рудный: просрочено", flt, owner="asel", expected_version=None)
    changes.save_filter(db, "Общий", reg.IssueFilter(levels=("central",)), owner=None, expected_version=None)
    # saved again over the version saved: replaced, not doubled
    changes.save_filter(db, "Рудный: просрочено", flt, owner="asel", expected_version=seen)
    mine = changes.saved_filters(db, "asel")
    assert [(f.name, f.shared) for f in mine] == [("Общий", True), ("Рудный: просрочено", False)]
    assert mine[1].filter == flt
    assert [f.name for f in changes.saved_filters(db, "someone_else")] == ["Общий"]
    changes.delete_filter(db, mine[1].id, mine[1].row_version)
    assert [f.name for f in changes.saved_filters(db, "asel")] == ["Общий"]


def test_an_older_database_gets_its_issues_indexed_for_search_on_upgrade(demo_file, tmp_path, backend):
    from alembic import command

    from akimdesk.db import _alembic_config

    path = backend.copy(demo_file, tmp_path / "old.sqlite")
    database = Database.open(path)
    command.downgrade(_alembic_config(database.engine), "0002")
    database.close()
    upgraded = Database.open(path)
    try:
        assert upgraded.last_backup is not None
        rows = reg.issue_page(upgraded, reg.IssueFilter(search="газ"), today=TODAY).rows
        assert rows and all("газ" in r.text.lower() for r in rows)
        with upgraded.session() as s:
            assert s.scalar(select(Territory.id).limit(1)) is not None
    finally:
        upgraded.close()


def test_the_fast_schema_check_knows_the_newest_migration():
    from akimdesk.db import SCHEMA_HEAD, head_revision

    assert SCHEMA_HEAD == head_revision(), "update SCHEMA_HEAD in akimdesk/db.py with a new migration"


@pytest.mark.sqlite_only
def test_a_search_finds_its_issues_by_an_integer_key_that_survives_vacuum(db):
    """The FTS rowid is problem_issue's own integer column (migration 0012), not a UUID looked up per match,
    and not SQLite's implicit rowid, which VACUUM may renumber after deletions."""
    kept = [new_issue(db, text=f"Газ қысымы төмен, үй {n}") for n in range(6)]
    changes.delete_issues(db, changes.issue_versions(db, kept[:3]))
    with db.engine.begin() as conn:
        conn.execute(text("VACUUM"))
    later = new_issue(db, text="Газ жоқ, жаңа көше")
    assert found(db, "газ") == {f"Газ қысымы төмен, үй {n}" for n in range(3, 6)} | {"Газ жоқ, жаңа көше"}
    assert found(db, "жаңа") == {"Газ жоқ, жаңа көше"}
    detail = changes.issue_detail(db, later)
    changes.update_issue(db, later, IssueDraft(**{**detail.draft.__dict__, "text": "Жарық жоқ"}),
                         detail.row_version, today=TODAY)
    assert found(db, "жаңа") == set() and found(db, "жарық") == {"Жарық жоқ"}
    with db.engine.begin() as conn:  # a row copied with all its columns, the search key included
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(problem_issue)") if r[1] != "id"]
        copied = ["registration_number || '-copy'" if c == "registration_number" else c for c in columns]  # unique
        conn.exec_driver_sql(f"INSERT INTO problem_issue (id, {', '.join(columns)}) SELECT lower(hex(randomblob(16))), "
                             f"{', '.join(copied)} FROM problem_issue WHERE text = 'Жарық жоқ'")
    assert len(reg.issue_page(db, reg.IssueFilter(search="жарық"), today=TODAY).rows) == 2
    with db.engine.connect() as conn:
        keys = conn.execute(text("SELECT issue_search_rowid FROM problem_issue")).scalars().all()
        assert None not in keys and len(set(keys)) == len(keys)
        assert conn.execute(text("SELECT count(*) FROM issue_search")).scalar() == len(keys)
        assert conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'issue_search_key'")).first() is None
        flt = reg.IssueFilter(search="газ", territory_id=unit(db, "392400000").id)
        sql = str(reg.page_query(flt, "sqlite", TODAY).compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        # the key's index carries the territory (migration 0016): a match of another region is dropped unread
        key_index = [r[2] for r in conn.exec_driver_sql("PRAGMA index_info(issue_search_rowid_index)")]
    assert "issue_search_rowid" in plan and key_index == ["issue_search_rowid", "territory_id"]



@pytest.mark.sqlite_only
def test_a_narrow_level_filter_reads_its_units_issues_of_that_level_only(db):
    """Level "central" of a region (3,335 of the region's 46,000 issues in the national data set) is read
    through (territory, level) (migration 0015): the page and the count that picks its plan, not every issue
    of the region's units."""
    flt = reg.IssueFilter(territory_id=unit(db, "392400000").id, levels=("central",))
    page = reg.page_query(flt, "sqlite", TODAY, expected=10, universe=10_000)
    capped = select(text("1")).select_from(ProblemIssue).where(*reg.conditions(flt, "sqlite", TODAY))
    with db.engine.connect() as conn:
        for query in (page, capped):
            sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
            plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "ix_problem_issue_territory_level (territory_id=? AND competence_level=?)" in plan, plan

@pytest.mark.sqlite_only
def test_upgrading_to_the_integer_search_key_keeps_every_issue_findable(demo_file, tmp_path):
    from alembic import command

    from akimdesk.db import _alembic_config

    path = tmp_path / "old.sqlite"
    path.write_bytes(demo_file.read_bytes())
    database = Database.open(path)
    before = {r.id for r in reg.iter_issues(database, reg.IssueFilter(search="газ"), today=TODAY)}
    district = reg.IssueFilter(search="газ", territory_id=unit(database, "391600000").id)
    in_district = {r.id for r in reg.iter_issues(database, district, today=TODAY)}
    command.downgrade(_alembic_config(database.engine), "0010")
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM issue_search_key")).scalar() > 0
    command.upgrade(_alembic_config(database.engine), "head")
    try:
        assert before and {r.id for r in reg.iter_issues(database, reg.IssueFilter(search="газ"), today=TODAY)} == before
        assert in_district and {r.id for r in reg.iter_issues(database, district, today=TODAY)} == in_district < before
        issue = new_issue(database, text="Газ құбыры тартылмаған")
        assert issue in {r.id for r in reg.iter_issues(database, reg.IssueFilter(search="құбыры"), today=TODAY)}
    finally:
        database.close()


@pytest.mark.sqlite_only
def test_a_page_sorted_by_body_is_chosen_from_an_index_before_any_issue_is_read(db):
    """Sorted by responsible body, a region's page is picked from (territory, body, id) (migration 0016) and
    only its rows are read whole: on the national data set the region's 46,000 issues were each read
    and joined to four names to show 200 of them."""
    flt = reg.IssueFilter(territory_id=unit(db, "392400000").id, sort="body", descending=False)
    sql = str(reg.page_query(flt, "sqlite", TODAY).compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as conn:
        plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    chosen = plan[:plan.index("SCAN page")]  # the page, before its rows are read and named
    assert any("COVERING INDEX ix_problem_issue_territory_body (territory_id=?)" in step for step in chosen), plan
    assert not any(name in step for step in chosen for name in ("issue_status", "issue_category")), plan


@pytest.mark.postgresql_only
def test_on_postgresql_a_page_sorted_by_deadline_walks_the_deadline_index_both_ways(db):
    """The register puts issues without a deadline first going up and last going down (as SQLite orders
    NULLs); PostgreSQL's default index order is the opposite both ways, so each such page read and sorted
    every issue of its filter ('газ' in the whole country: 41,000 on the national data set). Migration 0020
    builds the index in the register's order: with sorting ruled out, the page is an index walk, forward
    going up and backward going down."""
    for i in range(6):
        new_issue(db, text=f"вопрос {i}", deadline=None if i % 3 == 0 else TODAY + dt.timedelta(days=i))
    for descending, walk in ((False, "Scan using ix_problem_issue_deadline_id"),
                             (True, "Scan Backward using ix_problem_issue_deadline_id")):
        flt = reg.IssueFilter(sort="deadline", descending=descending)
        sql = str(reg.page_query(flt, "postgresql", TODAY).compile(db.engine, compile_kwargs={"literal_binds": True}))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SET LOCAL enable_sort = off")  # only an index in the page's order avoids a sort
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = [r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql)]
        chosen = plan[next(i for i, step in enumerate(plan) if "Limit" in step):]  # the page, chosen first
        assert any(walk in step for step in chosen), plan
        assert not any("Sort" in step for step in chosen[:3]), plan
