"""table rights per role on PostgreSQL: each login changes only the tables its work writes

Until now a person's login could change every table (a viewer none), so by direct SQL a planner could
change a meeting the window would refuse them. `akimdesk_set_login` now grants, on top of reading
everything (row-level security still narrows the rows by territory):

- administrator: every table (people, the directory, editions, working days, the trust store, backups);
- planner: the calendars, their versions and planned meetings, the akim posts a new calendar creates, the
  submissions to the Government, and the edition row a first calendar of an edition records;
- secretary: meetings and everything recorded with them (agenda, participants, broadcasts, announcements,
  attachments and their bytes), and the akim post a meeting outside the calendar may need;
- register clerk: problem issues, their progress and deadline history, the responsible bodies of their
  oblast (created on first use), saved register filters;
- exporter: the package log and the exchange's own tables, and, because importing a signed data package
  merges the records it carries, every table the exchange carries (the directory's units, classifiers,
  akim posts and holders, calendars, meetings, issues), never people, the trust store or working days;
- viewer: nothing.

Everyone who writes may add to the audit trail (append-only: never change or delete it). The rights are
data (`WRITES` below) turned into one statement per table; a table added later is written by the
administrator only until a revision adds it here. People already on the server get the new rights (a
disabled person keeps the viewer's).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0014'
down_revision = "0013"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MEETING = ("meeting", "agenda_item", "meeting_participant", "broadcast", "announcement")
ISSUES = ("problem_issue", "issue_progress", "issue_deadline_change")
CALENDAR = ("annual_calendar", "calendar_version", "planned_meeting")
# what the exchange's import merges (exchange/records.py ENTITIES) and its own bookkeeping
EXCHANGED = ("territory", "rule_edition", "issue_category", "issue_status", "responsible_body", "akim_post",
             "akim_holder", *CALENDAR, *MEETING, *ISSUES)
ALL_WRITES = "INSERT, UPDATE, DELETE"
# role -> {table: rights}
WRITES: dict[str, dict[str, str]] = {
    "planner": {**dict.fromkeys(CALENDAR, ALL_WRITES), "akim_post": "INSERT, UPDATE",
                "administration_submission": ALL_WRITES, "rule_edition": "INSERT"},
    "secretary": {**dict.fromkeys((*MEETING, "attachment", "attachment_content"), ALL_WRITES),
                  "akim_post": "INSERT"},
    "register": {**dict.fromkeys(ISSUES, ALL_WRITES), "responsible_body": "INSERT, UPDATE",
                 "saved_issue_filter": ALL_WRITES},
    "exporter": {**dict.fromkeys(EXCHANGED, ALL_WRITES),
                 **dict.fromkeys(("package_log", "exchange_baseline", "exchange_conflict"), ALL_WRITES)},
}


def _rights_rows() -> str:
    return ", ".join(f"('{role}', '{table}', '{rights}')"
                     for role, tables in WRITES.items() for table, rights in tables.items())


SET_LOGIN = f"""
CREATE OR REPLACE FUNCTION akimdesk_set_login(who text, secret text, roles text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  given text[] := string_to_array(roles, ',');
  admin boolean := 'administrator' = ANY (given);
  writes boolean := NOT (given <@ ARRAY['viewer']);
  r record;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
    EXECUTE format('ALTER ROLE %I WITH LOGIN', who);
  ELSE
    EXECUTE format('CREATE ROLE %I WITH LOGIN', who);
  END IF;
  IF secret IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', who, secret);
  END IF;
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', who);
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', who);
  IF admin THEN
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', who);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM %I', who);
  ELSE
    FOR r IN SELECT w.tbl, string_agg(w.rights, ', ') AS rights
             FROM (VALUES {_rights_rows()}) AS w(role, tbl, rights)
             WHERE w.role = ANY (given) AND to_regclass(w.tbl) IS NOT NULL GROUP BY w.tbl LOOP
      EXECUTE format('GRANT %s ON %I TO %I', r.rights, r.tbl, who);
    END LOOP;
  END IF;
  IF writes THEN
    EXECUTE format('GRANT INSERT ON audit_event TO %I', who);
  END IF;
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', who);
  IF admin THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION akimdesk_set_login(text, text, text) TO %I', who);
  ELSE
    EXECUTE format('REVOKE EXECUTE ON FUNCTION akimdesk_set_login(text, text, text) FROM %I', who);
  END IF;
END $$
"""
# people already on the server, as services/people.py sets them (a disabled person as a viewer)
REAPPLY = ("DO $$ DECLARE p record; BEGIN FOR p IN SELECT login, roles, active FROM person WHERE EXISTS "
           "(SELECT 1 FROM pg_roles WHERE rolname = login) LOOP "
           "PERFORM akimdesk_set_login(p.login, NULL, CASE WHEN p.active THEN p.roles ELSE 'viewer' END); "
           "END LOOP; END $$")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SET_LOGIN)
    op.execute(REAPPLY)


def downgrade() -> None:
    """Back to 0013's coarse rights: write on every table for everyone but viewers."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SET_LOGIN.split("DECLARE", 1)[0] + """DECLARE
  given text[] := string_to_array(roles, ',');
  writes boolean := NOT (given <@ ARRAY['viewer']);
  admin boolean := 'administrator' = ANY (given);
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
    EXECUTE format('ALTER ROLE %I WITH LOGIN', who);
  ELSE
    EXECUTE format('CREATE ROLE %I WITH LOGIN', who);
  END IF;
  IF secret IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', who, secret);
  END IF;
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', who);
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', who);
  IF writes THEN
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', who);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, alembic_version FROM %I', who);
    EXECUTE format('REVOKE INSERT ON alembic_version FROM %I', who);
    IF NOT admin THEN
      EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON person FROM %I', who);
    END IF;
  END IF;
  IF admin THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION akimdesk_set_login(text, text, text) TO %I', who);
  ELSE
    EXECUTE format('REVOKE EXECUTE ON FUNCTION akimdesk_set_login(text, text, text) FROM %I', who);
  END IF;
END $$
""")
    op.execute(REAPPLY)
