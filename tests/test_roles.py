"""People and roles checked at the one door: per role an allowed and a refused action, through the
services the window calls, the command line, and (on --backend postgresql) a direct SQL connection as
that person."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.services import calendar as calendar_service
from akimdesk.services import meetings
from akimdesk.services.access import AccessRefused, Role, acting_roles, require_now

from .test_meetings import planned  # noqa: F401  (the fixture)
from .test_register_rules import new_issue

REGION, DISTRICT, OTHER_DISTRICT = "390000000", "395400000", "392400000"
PEOPLE = [("plan", "planner", REGION), ("sec", "secretary", DISTRICT), ("clerk", "register", "392400000"),
          ("send", "exporter", REGION), ("look", "viewer", REGION)]


@pytest.fixture
def apparatus(demo_db, planned):  # noqa: F811
    """The administrator (whoever set the database up) adds the people with the command line."""
    for login, role, kato in PEOPLE:
        assert main(["user", "add", login, "--role", role, "--territory", kato, "--db", demo_db.url]) == 0
    opened = {}
    for login, _role, _kato in PEOPLE:
        opened[login] = Database.open(demo_db.url)
        opened[login].actor = login
    yield demo_db, opened
    for database in opened.values():
        database.close()


def test_on_a_local_file_the_single_user_is_the_administrator(db):
    roles, territory = acting_roles(db)
    assert roles == {"administrator"} and territory is None


def test_each_role_may_do_its_own_work_and_is_refused_the_rest(apparatus, planned):  # noqa: F811
    admin, people = apparatus
    # planner: moves a planned meeting of the oblast's calendar; the secretary may not
    row = next(r for r in calendar_service.calendar_view(admin, meetings.region_id(admin, "39"), 2027).planned
               if r.id == str(planned))
    fields = calendar_service.planned_fields(admin, row.id)
    calendar_service.update_planned(people["plan"], row.id, dataclasses.replace(fields, venue="Акимат"),
                                    row.row_version)
    with pytest.raises(AccessRefused) as refused:
        calendar_service.update_planned(people["sec"], row.id, fields, row.row_version + 1)
    assert refused.value.code == "no_role"
    # register clerk: an issue in their district, not in another one; a viewer none at all
    new_issue(people["clerk"], kato="392400000")
    with pytest.raises(AccessRefused, match="only their own territory"):
        new_issue(people["clerk"], kato="395400000")
    with pytest.raises(AccessRefused, match="does not have the role 'register'"):
        new_issue(people["look"], kato="392400000")
    # secretary of a district: a meeting there, not one of another district
    rows = meetings.meeting_rows(admin, meetings.region_id(admin, "39"), 2027)
    mine = next(r for r in rows if r.planned_id == str(planned))
    meeting_id = meetings.open_meeting(admin, mine)
    header, record = meetings.load(admin, meeting_id)
    with pytest.raises(AccessRefused, match="only their own territory"):
        meetings.save(people["sec"], meeting_id, record, header.row_version)
    assert main(["user", "change", "sec", "--territory", "393200000", "--db", admin.url]) == 0  # that district's
    meetings.save(people["sec"], meeting_id, dataclasses.replace(record, venue="Клуб"), header.row_version)
    assert meetings.load(admin, meeting_id)[1].venue == "Клуб"
    # exporter: the exchange door lets them through, not the viewer
    require_now(people["send"], Role.EXPORTER)
    with pytest.raises(AccessRefused):
        require_now(people["look"], Role.EXPORTER)
    # administrator only: people
    with pytest.raises(AccessRefused):
        from akimdesk.services import people as people_service

        people_service.add_person(people["plan"], "x", ["viewer"], None)


def test_a_person_refused_on_the_command_line_gets_one_error_line(apparatus, capsys, backend):
    admin, _people = apparatus
    if backend.name != "postgresql":
        pytest.skip("on a local file the command line acts as the file's single user, the administrator")
    url = make_url(admin.url).set(username="look").render_as_string(hide_password=False)
    assert main(["user", "add", "y", "--role", "viewer", "--db", url]) == 2
    assert "does not have the role 'administrator'" in capsys.readouterr().err
    assert main(["user", "list", "--db", url]) == 0  # reading is allowed
    assert main(["audit", "list", "--db", url, "--user", "plan"]) == 0


@pytest.mark.postgresql_only
def test_on_the_server_a_viewer_connecting_with_sql_cannot_write_and_nobody_rewrites_the_audit(apparatus):
    from sqlalchemy import create_engine

    admin, _people = apparatus
    as_person = {login: create_engine(make_url(admin.url).set(username=login)) for login in ("look", "clerk")}
    try:
        with as_person["look"].connect() as conn:
            assert conn.execute(text("select count(*) from meeting")).scalar() > 0
        with pytest.raises(Exception, match="permission denied"), as_person["look"].begin() as conn:
            conn.execute(text("update territory set name_ru = 'x'"))
        with as_person["clerk"].begin() as conn:  # their own work: the register
            conn.execute(text("update problem_issue set text = text"))
        with pytest.raises(Exception, match="permission denied"), as_person["clerk"].begin() as conn:
            conn.execute(text("update issue_status set name_ru = name_ru"))  # the directory: the administrator's
        with pytest.raises(Exception, match="permission denied"), as_person["clerk"].begin() as conn:
            conn.execute(text("delete from audit_event"))
        with pytest.raises(Exception, match="permission denied"), as_person["clerk"].begin() as conn:
            conn.execute(text("insert into person (id, login, full_name, roles, active, created_at, updated_at, "
                              "row_version) values (gen_random_uuid(), 'me', '', 'administrator', true, now(), "
                              "now(), 1)"))
    finally:
        for engine in as_person.values():
            engine.dispose()
