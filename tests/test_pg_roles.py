"""On a shared PostgreSQL server each person is a login: connecting with psql (here psycopg, the same
protocol) or through the command line as that login, every role can do its own work and is refused the
rest, and a district's person cannot read or change another district's rows (row-level security), so
nobody can do more outside the window than in it."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import make_url

from akimdesk.cli import main
from akimdesk.models import AnnualCalendar, IssueProgress, Meeting, PlannedMeeting, ProblemIssue, Territory

from .keys import PASSWORD as KEY_PASSWORD
from .keys import keys  # noqa: F401  (the fixture)

pytestmark = pytest.mark.postgresql_only

REGION, DISTRICT, OTHER_DISTRICT = "390000000", "395400000", "392400000"
PASSWORD = "Kostanay-2027"
PEOPLE = {  # login: (role, territory)
    "boss": ("administrator", REGION),
    "plan": ("planner", REGION),
    "sec": ("secretary", DISTRICT),
    "clerk": ("register", DISTRICT),
    "send": ("exporter", REGION),
    "look": ("viewer", DISTRICT),
}


def _scram_matches(verifier: str, password: str) -> bool:
    """Whether a SCRAM-SHA-256 verifier (RFC 5803) was made from the password: a login with it would work."""
    import base64
    import hashlib
    import hmac

    iterations_salt, both_keys = verifier.removeprefix("SCRAM-SHA-256$").split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key = both_keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def _under(s, kato: str) -> set:
    """The unit and every unit below it, walked by hand (the answer the server's policy must give)."""
    root = s.scalar(select(Territory.id).where(Territory.kato == kato))
    found, frontier = {root}, {root}
    while frontier:
        frontier = set(s.scalars(select(Territory.id).where(Territory.parent_id.in_(frontier)))) - found
        found |= frontier
    return found


@pytest.fixture
def server(demo_db, monkeypatch):
    """The demo on a server, its people added by the database's owner with the command line."""
    monkeypatch.setenv("PERSON_PASSWORD", PASSWORD)
    for login, (role, kato) in PEOPLE.items():
        assert main(["user", "add", login, "--role", role, "--territory", kato, "--password-env", "PERSON_PASSWORD",
                     "--db", demo_db.url]) == 0
    with demo_db.session() as s:
        # each login carries the password given (as a SCRAM verifier, never the text itself)
        verifiers = s.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = ANY (:who)"),
                              {"who": list(PEOPLE)}).scalars().all()
        assert len(verifiers) == len(PEOPLE) and all(_scram_matches(v, PASSWORD) for v in verifiers)
        assert not _scram_matches(verifiers[0], PASSWORD + "x")
        mine, theirs = _under(s, DISTRICT), _under(s, OTHER_DISTRICT)
        facts = {
            "mine": mine, "theirs": theirs,
            "my_meeting": s.scalar(select(Meeting.id).where(Meeting.territory_id.in_(mine)).limit(1)),
            "their_meeting": s.scalar(select(Meeting.id).where(Meeting.territory_id.in_(theirs)).limit(1)),
            "my_issue": s.scalar(select(ProblemIssue.id).where(ProblemIssue.territory_id.in_(mine)).limit(1)),
            "their_issue": s.scalar(select(ProblemIssue.id).where(ProblemIssue.territory_id.in_(theirs)).limit(1)),
            "planned": s.scalar(select(PlannedMeeting.id).limit(1)),
            "other_district": s.scalar(select(Territory.id).where(Territory.kato == OTHER_DISTRICT)),
        }
    assert all(v for v in facts.values()), "the demo holds meetings and issues in both districts"
    yield demo_db, facts


@contextmanager
def as_person(db, login: str, password: str = PASSWORD):
    """A direct SQL connection as the person, as psql or Excel would make it; committed at the end."""
    dsn = make_url(db.url).set(drivername="postgresql", username=login, password=password)
    with psycopg.connect(dsn.render_as_string(hide_password=False)) as conn:
        yield conn


def _refused(db, login: str, statement: str, *params) -> None:
    with pytest.raises(InsufficientPrivilege), as_person(db, login) as conn:
        conn.execute(statement, params)


def _changed(db, login: str, statement: str, *params) -> int:
    with as_person(db, login) as conn:
        return conn.execute(statement, params).rowcount


def test_each_role_connecting_with_sql_may_do_its_work_and_is_refused_the_rest(server):
    db, f = server
    # administrator: people yes; the audit trail is append-only even for them
    assert _changed(db, "boss", "UPDATE person SET full_name = 'Ә. Бас' WHERE login = 'look'") == 1
    _refused(db, "boss", "DELETE FROM audit_event")
    # planner: the calendar yes; giving themselves another role no
    assert _changed(db, "plan", "UPDATE planned_meeting SET venue = 'Акимат' WHERE id = %s", f["planned"]) == 1
    _refused(db, "plan", "UPDATE person SET roles = 'administrator' WHERE login = 'plan'")
    # secretary of a district: their district's meeting yes; moving it to another district no
    assert _changed(db, "sec", "UPDATE meeting SET venue = 'Клуб' WHERE id = %s", f["my_meeting"]) == 1
    _refused(db, "sec", "UPDATE meeting SET territory_id = %s WHERE id = %s", f["other_district"], f["my_meeting"])
    # register clerk of a district: their district's issue yes; handing it to another district no
    assert _changed(db, "clerk", "UPDATE problem_issue SET text = text || '.' WHERE id = %s", f["my_issue"]) == 1
    _refused(db, "clerk", "UPDATE problem_issue SET territory_id = %s WHERE id = %s", f["other_district"],
             f["my_issue"])
    # exporter of the oblast: any district's data of the region (a merged package) yes; the trail no
    assert _changed(db, "send", "UPDATE meeting SET summary = summary WHERE id = %s", f["their_meeting"]) == 1
    _refused(db, "send", "UPDATE audit_event SET actor = 'someone else'")
    # viewer: reading yes; any change no
    with as_person(db, "look") as conn:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] > 0
    _refused(db, "look", "UPDATE meeting SET venue = 'x' WHERE id = %s", f["my_meeting"])
    with db.session() as s:
        assert s.get(Meeting, f["my_meeting"]).venue == "Клуб"
        assert s.get(Meeting, f["my_meeting"]).territory_id in f["mine"]
        assert s.get(ProblemIssue, f["my_issue"]).territory_id in f["mine"]


def test_each_role_with_sql_changes_only_the_tables_of_its_own_work(server):
    """Table rights follow the roles: what the window would refuse a person, psql refuses them too."""
    db, f = server
    with db.session() as s:
        calendar_id = s.scalar(select(AnnualCalendar.id).limit(1))
        status = s.scalar(text("SELECT id FROM issue_status LIMIT 1"))
    copied = ", ".join(c.name for c in ProblemIssue.__table__.columns if c.name not in ("id", "registration_number"))
    new_issue = (f"INSERT INTO problem_issue (id, {copied}) SELECT gen_random_uuid(), {copied} FROM problem_issue "
                 "WHERE id = %s")
    # planner: the calendar yes, a meeting's record no
    assert _changed(db, "plan", "UPDATE annual_calendar SET year = year WHERE id = %s", calendar_id) == 1
    _refused(db, "plan", "UPDATE meeting SET venue = 'Акимат' WHERE id = %s", f["my_meeting"])
    _refused(db, "plan", "DELETE FROM problem_issue WHERE id = %s", f["my_issue"])
    # secretary: the meeting and its lists yes, an issue no (the register clerk's)
    assert _changed(db, "sec", "DELETE FROM broadcast WHERE meeting_id = %s", f["my_meeting"]) >= 0
    _refused(db, "sec", new_issue, f["my_issue"])
    _refused(db, "sec", "UPDATE planned_meeting SET venue = 'Клуб' WHERE id = %s", f["planned"])
    # register clerk: an issue of their district yes, a calendar no
    assert _changed(db, "clerk", new_issue, f["my_issue"]) == 1
    _refused(db, "clerk", "UPDATE annual_calendar SET year = year WHERE id = %s", calendar_id)
    _refused(db, "clerk", "UPDATE meeting SET venue = 'Клуб' WHERE id = %s", f["my_meeting"])
    # exporter: the package log and what an imported package merges yes; people and the trust store no
    assert _changed(db, "send", "UPDATE problem_issue SET text = text WHERE id = %s", f["their_issue"]) == 1
    _refused(db, "send", "UPDATE person SET full_name = 'x' WHERE login = 'send'")
    _refused(db, "send", "DELETE FROM trusted_certificate")
    # everyone who writes adds to the trail, nobody rewrites it; the viewer adds nothing
    for login in ("plan", "sec", "clerk", "send"):
        _refused(db, login, "UPDATE audit_event SET actor = 'x'")
    _refused(db, "look", "INSERT INTO audit_event (id, at, actor, action, entity, entity_id) "
                         "VALUES (gen_random_uuid(), now(), 'look', 'insert', 'x', 'x')")
    # directory and people: the administrator's
    for login in ("plan", "sec", "clerk"):
        _refused(db, login, "UPDATE territory SET name_ru = name_ru")
    assert _changed(db, "boss", "UPDATE issue_status SET name_ru = name_ru WHERE id = %s", status) == 1


def test_rights_given_before_this_version_are_narrowed_on_upgrade(server):
    """People added under the coarse rights (write on every table) get their role's rights on upgrade."""
    db, f = server
    with db.session() as s:
        s.execute(text("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO plan"))
    assert _changed(db, "plan", "UPDATE meeting SET venue = venue WHERE id = %s", f["my_meeting"]) == 1
    from alembic import command

    from akimdesk.db import _alembic_config

    config = _alembic_config(db.engine)
    command.downgrade(config, "0013")
    command.upgrade(config, "head")
    _refused(db, "plan", "UPDATE meeting SET venue = venue WHERE id = %s", f["my_meeting"])
    assert _changed(db, "plan", "UPDATE planned_meeting SET venue = venue WHERE id = %s", f["planned"]) == 1


def test_a_district_person_with_sql_sees_and_changes_only_their_districts_rows(server):
    db, f = server
    with db.session() as s:
        expected = {
            "meeting": s.scalar(select(func.count()).where(Meeting.territory_id.in_(f["mine"]))),
            "problem_issue": s.scalar(select(func.count()).where(ProblemIssue.territory_id.in_(f["mine"]))),
            "issue_progress": s.scalar(select(func.count()).select_from(IssueProgress).join(ProblemIssue)
                                       .where(ProblemIssue.territory_id.in_(f["mine"]))),
        }
        their_venue = s.get(Meeting, f["their_meeting"]).venue
        region_calendars = s.scalar(select(func.count()).select_from(AnnualCalendar))
    assert expected["meeting"] and expected["problem_issue"] and expected["issue_progress"]
    with as_person(db, "sec") as conn:
        for table, count in expected.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
        assert conn.execute("SELECT count(*) FROM meeting WHERE id = %s", (f["their_meeting"],)).fetchone()[0] == 0
        assert conn.execute("UPDATE meeting SET venue = 'Чужой' WHERE id = %s", (f["their_meeting"],)).rowcount == 0
        # the region's calendar above the district is read (its district's part of the plan), never changed
        assert conn.execute("SELECT count(*) FROM annual_calendar").fetchone()[0] == region_calendars
    _refused(db, "sec", "UPDATE annual_calendar SET year = year")
    with as_person(db, "clerk") as conn:  # the district's register clerk: another district's issue is not there
        assert conn.execute("DELETE FROM problem_issue WHERE id = %s", (f["their_issue"],)).rowcount == 0
    with db.session() as s:
        assert s.get(Meeting, f["their_meeting"]).venue == their_venue
        assert s.get(ProblemIssue, f["their_issue"]) is not None
    # the oblast's people see the whole region
    with as_person(db, "send") as conn:
        assert conn.execute("SELECT count(*) FROM meeting WHERE id = %s", (f["their_meeting"],)).fetchone()[0] == 1


def test_a_disabled_person_sees_nothing_and_a_loop_in_the_tree_does_not_hang_the_server(server):
    db, f = server
    with db.session() as s:
        mine_count = s.scalar(select(func.count()).where(Meeting.territory_id.in_(f["mine"])))
        # a damaged directory: the district hangs under one of its own villages
        district = s.scalar(select(Territory).where(Territory.kato == DISTRICT))
        child = s.scalar(select(Territory.id).where(Territory.parent_id == district.id).limit(1))
        s.execute(update(Territory).where(Territory.id == district.id).values(parent_id=child))
    with as_person(db, "sec") as conn:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == mine_count
    assert main(["user", "disable", "look", "--db", db.url]) == 0
    with as_person(db, "look") as conn:
        assert conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 0


# --- the command line, as the login of the URL, its password in AKIMDESK_DB_PASSWORD ---------------------
def _cli(db, login: str, *args: str) -> int:
    url = make_url(db.url).set(username=login, password=None).render_as_string(hide_password=False)
    return main([*args, "--db", url])


@pytest.fixture
def logged_in(server, monkeypatch):
    monkeypatch.setenv("AKIMDESK_DB_PASSWORD", PASSWORD)
    return server


def test_each_role_on_the_command_line_may_do_its_work_and_is_refused_the_rest(logged_in, capsys, tmp_path, keys,  # noqa: F811
                                                                              monkeypatch):
    db, _f = logged_in
    monkeypatch.setenv("KEY_PASSWORD", KEY_PASSWORD)

    def refused(login: str, *args: str) -> str:
        capsys.readouterr()
        assert _cli(db, login, *args) == 2
        err = capsys.readouterr().err
        assert err.startswith("akimdesk: error:") and len(err.strip().splitlines()) == 1
        return err

    # administrator of the oblast: adds a person; another oblast's meetings are not theirs to read
    assert _cli(db, "boss", "user", "add", "new", "--role", "viewer", "--territory", DISTRICT) == 0
    assert "only the records of their own territory" in refused("boss", "meeting", "list", "--region", "35",
                                                                "--year", "2026")
    # planner: plans next year's calendar of the oblast; adding a person needs the administrator
    assert _cli(db, "plan", "calendar", "plan", "--region", "39", "--year", "2027") == 0
    assert "does not have the role 'administrator'" in refused("plan", "user", "add", "x", "--role", "viewer")
    # secretary of a district: lists the year's meetings; planning the oblast's calendar is not theirs
    assert _cli(db, "sec", "meeting", "list", "--region", "39", "--year", "2026", "--json") == 0
    assert "does not have the role 'planner'" in refused("sec", "calendar", "plan", "--region", "39", "--year",
                                                         "2027")
    # register clerk of a district: their district's issues yes, another district's no
    assert _cli(db, "clerk", "issue", "list", "--region", DISTRICT, "--json") == 0
    assert "only the records of their own territory" in refused("clerk", "issue", "list", "--region",
                                                                OTHER_DISTRICT)
    # exporter: sends a district's signed data package; approving the calendar is the planner's
    out = tmp_path / "out"
    out.mkdir()
    export = ("exchange", "export", "--unit", DISTRICT, "--period", "2026", "--out", str(out), "--sign",
              str(keys.good), "--password-env", "KEY_PASSWORD", "--in-clear")
    assert _cli(db, "send", *export) == 0 and list(out.glob("*.zip"))
    assert "does not have the role 'planner'" in refused("send", "calendar", "plan", "--region", "39", "--year",
                                                         "2028")
    # handing the package over by e-mail: the exporter's work too, checked on the server given with --db
    package = next(out.glob("*.zip"))
    assert _cli(db, "send", "mail", "draft", str(package), "--to", "oblast@example.kz",
                "--out", str(tmp_path / "letter.eml")) == 0 and (tmp_path / "letter.eml").is_file()
    assert "does not have the role 'exporter'" in refused("look", "mail", "draft", str(package), "--to", "a@b.kz",
                                                          "--out", str(tmp_path / "not.eml"))
    assert not (tmp_path / "not.eml").exists()
    # refused before a password is asked for or a mail server is called
    assert "does not have the role 'exporter'" in refused("clerk", "mail", "send", str(package), "--to", "a@b.kz",
                                                          "--smtp-host", "127.0.0.1", "--smtp-port", "9")
    # viewer: reads the people; adds none, sends nothing
    assert _cli(db, "look", "user", "list", "--json") == 0
    assert "does not have the role 'administrator'" in refused("look", "user", "add", "y", "--role", "viewer")
    assert "does not have the role 'exporter'" in refused("look", *export)


def test_an_administrator_who_is_not_the_owner_backs_up_every_row(logged_in, tmp_path):
    """Backups are the administrator's: their login sees every territory, so the dump is whole (pg_dump
    would refuse a copy that row-level security narrows)."""
    import subprocess

    db, _f = logged_in
    dump = tmp_path / "apparatus.dump"
    assert _cli(db, "boss", "db", "backup", "--to", str(dump)) == 0
    restored = make_url(db.url).set(database=f"{make_url(db.url).database}_restored")
    with psycopg.connect(make_url(db.url).set(drivername="postgresql", database="postgres")
                         .render_as_string(hide_password=False), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{restored.database}"')
    try:
        done = subprocess.run(["pg_restore", "-h", restored.host, "-p", str(restored.port), "-U", restored.username,
                               "-d", restored.database, str(dump)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        with psycopg.connect(restored.set(drivername="postgresql").render_as_string(hide_password=False)) as conn:
            copied = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("meeting", "problem_issue")]
        with db.session() as s:
            assert copied == [s.scalar(select(func.count()).select_from(Meeting)),
                              s.scalar(select(func.count()).select_from(ProblemIssue))]
    finally:
        with psycopg.connect(make_url(db.url).set(drivername="postgresql", database="postgres")
                             .render_as_string(hide_password=False), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored.database}" WITH (FORCE)')


def test_the_audit_trail_by_sql_shows_a_district_person_only_their_territorys_entries(server):
    """The trail keeps the records' values (a citizen's name in an issue): another district's are not
    read through it either; the administrator reads all of it."""
    db, f = server
    with db.session() as s:  # a change to an issue in each district, recorded by the session hook
        for issue_id in (f["my_issue"], f["their_issue"]):
            s.get(ProblemIssue, issue_id).citizen_name = "Ә. Иванова"
    about = "SELECT count(*) FROM audit_event WHERE entity = 'problem_issue' AND entity_id = %s"
    with as_person(db, "sec") as conn:
        assert conn.execute(about, (str(f["my_issue"]),)).fetchone()[0] >= 1
        assert conn.execute(about, (str(f["their_issue"]),)).fetchone()[0] == 0
        named = "SELECT count(*) FROM audit_event WHERE after->>'citizen_name' = 'Ә. Иванова'"
        assert conn.execute(named).fetchone()[0] == 1
    with as_person(db, "boss") as conn:
        assert conn.execute(about, (str(f["their_issue"]),)).fetchone()[0] >= 1


def test_a_viewer_looks_at_a_calendar_meeting_without_a_record_and_nothing_is_written(logged_in, qtbot):
    """Opening a planned meeting that has no record yet creates it only for a person who may record it; a
    viewer's login (which may write no meeting) sees it read-only, as planned."""
    from akimdesk.calendar.calendars import plan_calendar
    from akimdesk.services import meetings
    from akimdesk.services.access import AccessRefused
    from akimdesk.services.storage import open_database

    db, _f = logged_in
    with db.session() as s:
        version, _ = plan_calendar(s, s.scalar(select(Territory).where(Territory.kato == REGION)), 2027)
        mine = _under(s, DISTRICT)
        plan = next(pm for pm in version.planned_meetings if pm.territory_id in mine)
        plan_id, plan_date, plan_venue = plan.id, plan.planned_date, plan.venue
    url = make_url(db.url).set(username="look", password=None).render_as_string(hide_password=False)
    viewer = open_database(url)
    try:
        row = next(r for r in meetings.meeting_rows(viewer, meetings.region_id(viewer, "39"), 2027)
                   if r.planned_id == str(plan_id))
        assert not row.meeting_id
        opened = meetings.open_meeting(viewer, row)
        header, record = meetings.load(viewer, opened)
        assert header.status == "planned" and header.from_calendar
        assert (record.meeting_date, record.venue) == (plan_date, plan_venue or "")
        assert meetings.checks(viewer, opened, record, header.status) is not None
        assert record.video_conference is False  # the record's defaults, as a new record would have them
        from akimdesk.ui.meeting_form import MeetingForm

        form = MeetingForm(None, viewer, opened, "ru")  # the window's form: shown, its Save disabled
        qtbot.addWidget(form)
        assert form.date.date().toPython() == plan_date and not form.save_button.isEnabled()
        with pytest.raises(AccessRefused, match="does not have the role 'secretary'"):
            meetings.save(viewer, opened, record, header.row_version)
    finally:
        viewer.close()
    with db.session() as s:
        assert s.scalar(select(func.count()).where(Meeting.planned_meeting_id == plan_id)) == 0
    # the district's secretary opening it gets its record, as before
    secretary = open_database(make_url(url).set(username="sec").render_as_string(hide_password=False))
    try:
        meeting_id = meetings.open_meeting(secretary, row)
        assert not meeting_id.startswith("plan:")
        header, record = meetings.load(secretary, meeting_id)
        meetings.save(secretary, meeting_id, record, header.row_version)
    finally:
        secretary.close()
    with db.session() as s:
        assert s.scalar(select(func.count()).where(Meeting.planned_meeting_id == plan_id)) == 1
