"""two indexes from which the register picks a page without reading the issues it does not show

The register now chooses a page from the issues' ids and sort values and only then reads the page's rows
(services/register.py, `page_query`); two of its slowest reads on the national data set (a region's
46,000 issues) still had to read every issue they sorted or dropped:

- sorted by responsible body, the body and the id of each of the region's issues came from the issue's
  row; `(territory_id, responsible_body_id, id)` holds them (every database);
- a common word searched within a region ('газ': 41,000 matches in the country, 3,800 in the region)
  read each match only to learn its territory; the search key's index now carries it,
  `(issue_search_rowid, territory_id)` (SQLite only, as the search key is; the triggers of 0012 find a
  key through its first column as before).

As in 0009, on SQLite a database whose statistics were gathered gets the new indexes' too.
Timings in docs/performance-history.md.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0016'
down_revision = "0015"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BODY = "ix_problem_issue_territory_body"
SEARCH_KEY = "issue_search_rowid_index"  # the name of 0012, whose downgrade drops it


def _analyze(bind, *names: str) -> None:
    if bind.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        for name in names:
            op.execute(f"ANALYZE {name}")


def upgrade() -> None:
    with op.batch_alter_table('problem_issue', schema=None) as batch_op:
        batch_op.create_index(BODY, ['territory_id', 'responsible_body_id', 'id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(f"DROP INDEX IF EXISTS {SEARCH_KEY}")
    op.execute(f"CREATE INDEX {SEARCH_KEY} ON problem_issue (issue_search_rowid, territory_id)")
    _analyze(bind, BODY, SEARCH_KEY)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP INDEX IF EXISTS {SEARCH_KEY}")
        op.execute(f"CREATE INDEX {SEARCH_KEY} ON problem_issue (issue_search_rowid)")
    with op.batch_alter_table('problem_issue', schema=None) as batch_op:
        batch_op.drop_index(BODY)
