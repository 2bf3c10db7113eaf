"""row-level security by territory on PostgreSQL; attachments' bytes in the database

On a shared server a person who connects with psql or Excel sees and changes only the rows of their
territory's subtree, as in the window: every table that holds a territory's data gets a policy. A person
whose territory is the whole country (none) or who is an administrator sees everything; so does whoever
connects while no person is set up yet (the set-up phase of access.py). The database's owner and superusers
bypass row-level security anyway (it is enabled, not forced). The audit trail, which keeps the records'
values, is read the same way: an entry about a territory's record only by those who may read the record. The subtree is read by SECURITY DEFINER
functions over the person table and the territory tree: a bounded recursive query, so a cycle in the tree
still ends. SQLite files are single-user: nothing of this applies there.

A person's login and table rights are set by a SECURITY DEFINER function of the owner that administrators
may call, so an administrator who is not the owner can add people.

Attachments: a table for their bytes, so every client of a server reads them (a local file keeps them in
the folder beside it).

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0013'
down_revision = "0012"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

DEPTH = 16  # far deeper than country > region > district > rural district > village
FUNCTIONS = [
    # whether the login sees every territory: no person set up yet, or an active person of the whole
    # country or an administrator
    "CREATE FUNCTION akimdesk_sees_all(who name) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ "
    "SELECT NOT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM person p WHERE p.login = who "
    "AND p.active AND (p.territory_id IS NULL OR 'administrator' = ANY (string_to_array(p.roles, ',')))) $$",
    # the login's territory and every unit below it
    "CREATE FUNCTION akimdesk_subtree(who name) RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ "
    "WITH RECURSIVE below(id, depth) AS ("
    "SELECT p.territory_id, 0 FROM person p WHERE p.login = who AND p.active AND p.territory_id IS NOT NULL "
    f"UNION SELECT t.id, below.depth + 1 FROM territory t JOIN below ON t.parent_id = below.id "
    f"WHERE below.depth < {DEPTH}) SELECT DISTINCT id FROM below $$",
    # the login's territory and every unit above it (a district reads its region's calendar)
    "CREATE FUNCTION akimdesk_above(who name) RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ "
    "WITH RECURSIVE above(id, depth) AS ("
    "SELECT p.territory_id, 0 FROM person p WHERE p.login = who AND p.active AND p.territory_id IS NOT NULL "
    "UNION SELECT t.parent_id, above.depth + 1 FROM territory t JOIN above ON t.id = above.id "
    f"WHERE t.parent_id IS NOT NULL AND above.depth < {DEPTH}) SELECT DISTINCT id FROM above $$",
]
# a person's login and its table rights, set by the database's owner on an administrator's behalf (an
# administrator is not the owner: without this they could neither create a login nor grant it rights)
SET_LOGIN = """
CREATE FUNCTION akimdesk_set_login(who text, secret text, roles text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
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
"""
ALL = "(SELECT akimdesk_sees_all(current_user))"


def _mine(column: str) -> str:
    return f"({ALL} OR {column} IN (SELECT akimdesk_subtree(current_user)))"


# table -> the rows a login may see and change (a subquery on another table is itself filtered by that
# table's policy)
SCOPED = {
    "meeting": _mine("territory_id"),
    "planned_meeting": _mine("territory_id"),
    "problem_issue": _mine("territory_id"),
    "annual_calendar": _mine("region_id"),
    "calendar_version": f"({ALL} OR calendar_id IN (SELECT id FROM annual_calendar WHERE "
                        "region_id IN (SELECT akimdesk_subtree(current_user))))",
    "issue_progress": "(issue_id IN (SELECT id FROM problem_issue))",
    "issue_deadline_change": "(issue_id IN (SELECT id FROM problem_issue))",
    "agenda_item": "(meeting_id IN (SELECT id FROM meeting))",
    "meeting_participant": "(meeting_id IN (SELECT id FROM meeting))",
    "broadcast": "(meeting_id IN (SELECT id FROM meeting))",
    "announcement": "(meeting_id IN (SELECT id FROM meeting))",
    "attachment": "(meeting_id IN (SELECT id FROM meeting))",
    "attachment_content": "(attachment_id IN (SELECT id FROM attachment))",
}
# read-only widening: a district's people read the calendar of the region above them
READ_ALSO = {
    "annual_calendar": "(region_id IN (SELECT akimdesk_above(current_user)))",
    "calendar_version": "(calendar_id IN (SELECT id FROM annual_calendar))",
}
# the audit trail holds the records' values (a citizen's name in an issue): an entry about a record of a
# territory is read by whoever may read that record (the record still there, or, once deleted, the values it
# had); the person's own entries and entries about other things (the directory, people) by everyone
_DELETED = {
    "meeting": "before->>'territory_id' IN (SELECT akimdesk_subtree(current_user)::text)",
    "planned_meeting": "before->>'territory_id' IN (SELECT akimdesk_subtree(current_user)::text)",
    "problem_issue": "before->>'territory_id' IN (SELECT akimdesk_subtree(current_user)::text)",
    "annual_calendar": "before->>'region_id' IN (SELECT akimdesk_subtree(current_user)::text)",
    "calendar_version": "before->>'calendar_id' IN (SELECT id::text FROM annual_calendar)",
    "issue_progress": "before->>'issue_id' IN (SELECT id::text FROM problem_issue)",
    **{t: "before->>'meeting_id' IN (SELECT id::text FROM meeting)"
       for t in ("agenda_item", "meeting_participant", "broadcast", "announcement", "attachment")},
}
AUDIT_READ = ("(" + ALL + " OR actor = current_user OR CASE "
              + " ".join(f"WHEN entity = '{t}' THEN (entity_id IN (SELECT id::text FROM {t}) OR coalesce({gone}, false))"
                         for t, gone in _DELETED.items())
              + " ELSE true END)")
# people already on the server get the same rights on a new table as on the table it belongs to (the
# attachments' bytes as the attachments' list; 0011's deadline history as the progress entries)
def grant_like(source: str, target: str) -> str:
    return ("DO $$ DECLARE g record; BEGIN "
            "FOR g IN SELECT grantee, privilege_type FROM information_schema.role_table_grants "
            f"WHERE table_schema = current_schema() AND table_name = '{source}' AND grantee <> current_user "
            "AND privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') LOOP "
            f"EXECUTE format('GRANT %s ON {target} TO %I', g.privilege_type, g.grantee); "
            "END LOOP; END $$")


def upgrade() -> None:
    op.create_table('attachment_content',
    sa.Column('attachment_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'],
                            name=op.f('fk_attachment_content_attachment_id_attachment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', name=op.f('pk_attachment_content'))
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(grant_like('attachment', 'attachment_content'))
    op.execute(grant_like('issue_progress', 'issue_deadline_change'))
    for statement in FUNCTIONS:
        op.execute(statement)
    op.execute(SET_LOGIN)
    op.execute("REVOKE ALL ON FUNCTION akimdesk_set_login(text, text, text) FROM PUBLIC")
    # administrators already on the server may go on adding people
    op.execute("DO $$ DECLARE p record; BEGIN FOR p IN SELECT login FROM person WHERE active AND "
               "'administrator' = ANY (string_to_array(roles, ',')) AND EXISTS (SELECT 1 FROM pg_roles "
               "WHERE rolname = login) LOOP EXECUTE format('GRANT EXECUTE ON FUNCTION "
               "akimdesk_set_login(text, text, text) TO %I', p.login); END LOOP; END $$")
    for table, rows in SCOPED.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY territory_scope ON {table} FOR ALL USING {rows} WITH CHECK {rows}")
    for table, rows in READ_ALSO.items():
        op.execute(f"CREATE POLICY territory_read_above ON {table} FOR SELECT USING {rows}")
    op.execute("ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY territory_read ON audit_event FOR SELECT USING {AUDIT_READ}")
    op.execute("CREATE POLICY every_change_written ON audit_event FOR INSERT WITH CHECK (true)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS territory_read ON audit_event")
        op.execute("DROP POLICY IF EXISTS every_change_written ON audit_event")
        op.execute("ALTER TABLE audit_event DISABLE ROW LEVEL SECURITY")
        for table in READ_ALSO:
            op.execute(f"DROP POLICY IF EXISTS territory_read_above ON {table}")
        for table in SCOPED:
            op.execute(f"DROP POLICY IF EXISTS territory_scope ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for name in ("akimdesk_sees_all", "akimdesk_subtree", "akimdesk_above"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}(name)")
        op.execute("DROP FUNCTION IF EXISTS akimdesk_set_login(text, text, text)")
    op.drop_table('attachment_content')
