"""the Home page's figures counted from indexes alone

The Home page counts, for a region, its open issues and overdue ones per responsible body, the issues overdue
at each month's end, and its held and unpublished meetings. The indexes found these issues and meetings, but
each one's body, closing day or status had to be read from its own row: on a national file 25,000 issues and
5,000 meetings scattered through 1.4 GB per region. With the file in memory that was 20-57 ms of the view; right
after the computer starts every row is a read from disk: 10.4-21.6 s for the twenty regions' Home pages, 8-18 s
of it the overdue trend and the count by body (`benchmarks/home_bench.py --cold`). The two indexes now end
with what the counts read:

- `ix_problem_issue_territory_status_deadline`: (territory_id, status_id, deadline) + (responsible_body_id,
  closed_on);
- `ix_meeting_territory_date`: (territory_id, meeting_date) + (status).

Every use of their first columns is unchanged, and an issue's write updates the same index entries as before
(its status changes when it is closed). From a cold disk the twenty Home pages take 2.6-4.3 s. Same names;
rebuilding them on the national file takes about 2 s. On SQLite a database whose statistics were gathered
gets the indexes' again.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0021'
down_revision = "0020"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ISSUES = ("ix_problem_issue_territory_status_deadline", "problem_issue", ["territory_id", "status_id", "deadline"],
          ["responsible_body_id", "closed_on"])
MEETINGS = ("ix_meeting_territory_date", "meeting", ["territory_id", "meeting_date"], ["status"])


def _rebuild(name: str, table: str, columns: list[str]) -> None:
    op.drop_index(name, table_name=table)
    op.create_index(name, table, columns, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.execute(
            sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        op.execute(f"ANALYZE {name}")


def upgrade() -> None:
    for name, table, before, added in (ISSUES, MEETINGS):
        _rebuild(name, table, before + added)


def downgrade() -> None:
    for name, table, before, _added in (ISSUES, MEETINGS):
        _rebuild(name, table, before)
