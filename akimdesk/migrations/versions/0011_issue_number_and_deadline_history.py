"""issue registration numbers (stored, unique, never changed) and the dated history of deadline extensions

Existing issues get «RR-YYYY-DD-NNNNNN» numbers (region, year, the district whose akimat registers the
issue, a sequence) in the order they were raised (then written), as issues/numbering.py gives them. Existing extensions are rebuilt from the progress entries that extended a deadline: one row
each, dated and signed as the entry; the first keeps the original deadline as its old one and the last
the current deadline as its new one, the dates in between were never stored and stay empty.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

"""
from typing import Sequence, Union
import datetime as dt
import uuid

from alembic import op
import sqlalchemy as sa


revision: str = '0011'
down_revision = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

issue = sa.table('problem_issue', sa.column('id', sa.Uuid()), sa.column('territory_id', sa.Uuid()),
                 sa.column('meeting_id', sa.Uuid()),
                 sa.column('raised_on', sa.Date()), sa.column('created_at', sa.DateTime(timezone=True)),
                 sa.column('deadline', sa.Date()), sa.column('original_deadline', sa.Date()),
                 sa.column('registration_number', sa.String(20)))
territory = sa.table('territory', sa.column('id', sa.Uuid()), sa.column('parent_id', sa.Uuid()),
                     sa.column('kato', sa.String(9)))
progress = sa.table('issue_progress', sa.column('id', sa.Uuid()), sa.column('issue_id', sa.Uuid()),
                    sa.column('entry_date', sa.Date()), sa.column('author', sa.String(200)),
                    sa.column('text', sa.Text()), sa.column('status_id', sa.Uuid()),
                    sa.column('created_at', sa.DateTime(timezone=True)))
meeting = sa.table('meeting', sa.column('id', sa.Uuid()), sa.column('akim_post_id', sa.Uuid()))
post = sa.table('akim_post', sa.column('id', sa.Uuid()), sa.column('territory_id', sa.Uuid()))
status = sa.table('issue_status', sa.column('id', sa.Uuid()), sa.column('code', sa.String(40)))
change = sa.table('issue_deadline_change', sa.column('id', sa.Uuid()), sa.column('issue_id', sa.Uuid()),
                  sa.column('changed_on', sa.Date()), sa.column('old_deadline', sa.Date()),
                  sa.column('new_deadline', sa.Date()), sa.column('author', sa.String(200)),
                  sa.column('reason', sa.Text()), sa.column('progress_id', sa.Uuid()),
                  sa.column('created_at', sa.DateTime(timezone=True)),
                  sa.column('updated_at', sa.DateTime(timezone=True)), sa.column('row_version', sa.Integer()))


def upgrade() -> None:
    # recreate='never': a nullable column and an index need no table copy (a copy would drop the search
    # index's triggers on SQLite)
    with op.batch_alter_table('problem_issue', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('registration_number', sa.String(length=20), nullable=True))
    op.create_table('issue_deadline_change',
    sa.Column('issue_id', sa.Uuid(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('old_deadline', sa.Date(), nullable=True),
    sa.Column('new_deadline', sa.Date(), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('progress_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issue_id'], ['problem_issue.id'],
                            name=op.f('fk_issue_deadline_change_issue_id_problem_issue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issue_deadline_change'))
    )
    with op.batch_alter_table('issue_deadline_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issue_deadline_change_issue_id'), ['issue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issue_deadline_change_progress_id'), ['progress_id'], unique=False)
    bind = op.get_bind()
    _number_existing(bind)
    with op.batch_alter_table('problem_issue', schema=None, recreate='never') as batch_op:
        batch_op.create_index('uq_problem_issue_registration_number', ['registration_number'], unique=True)
    _rebuild_extensions(bind)


def _unit_codes(bind) -> dict:
    """Each unit's KATO code, or the nearest one above it (None: none up to the root)."""
    units = {r.id: (r.parent_id, r.kato) for r in bind.execute(sa.select(territory.c.id, territory.c.parent_id,
                                                                          territory.c.kato))}
    out = {}
    for unit_id in units:
        current, seen = unit_id, 0
        while current in units and not units[current][1] and seen < 20:
            current, seen = units[current][0], seen + 1
        out[unit_id] = units[current][1] if current in units else None
    return out


def _number_existing(bind) -> None:
    code = _unit_codes(bind)
    akim_unit = dict(bind.execute(sa.select(meeting.c.id, post.c.territory_id)
                                  .join(post, post.c.id == meeting.c.akim_post_id)).all())
    rows = bind.execute(sa.select(issue.c.id, issue.c.territory_id, issue.c.meeting_id, issue.c.raised_on)
                        .order_by(issue.c.raised_on, issue.c.created_at, issue.c.id)).all()
    counters: dict = {}
    updates = []
    for row in rows:
        where = code.get(row.territory_id)
        akim = code.get(akim_unit.get(row.meeting_id)) if row.meeting_id is not None else None
        chosen = akim if akim and where and akim[:2] == where[:2] else where
        region, series = (chosen[:2], chosen[2:4]) if chosen else ("00", "00")
        key = (region, row.raised_on.year, series)
        counters[key] = counters.get(key, 0) + 1
        updates.append({"b_id": row.id, "number": f"{region}-{key[1]}-{series}-{counters[key]:06d}"})
    if updates:
        bind.execute(issue.update().where(issue.c.id == sa.bindparam("b_id"))
                     .values(registration_number=sa.bindparam("number")), updates)


def _rebuild_extensions(bind) -> None:
    entries = bind.execute(
        sa.select(progress.c.id, progress.c.issue_id, progress.c.entry_date, progress.c.author, progress.c.text,
                  issue.c.deadline, issue.c.original_deadline)
        .join(status, status.c.id == progress.c.status_id).join(issue, issue.c.id == progress.c.issue_id)
        .where(status.c.code == "deadline_extended")
        .order_by(progress.c.issue_id, progress.c.entry_date, progress.c.created_at)).all()
    by_issue: dict = {}
    for e in entries:
        by_issue.setdefault(e.issue_id, []).append(e)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for issue_id, chain in by_issue.items():
        for n, e in enumerate(chain):
            rows.append({"id": uuid.uuid4(), "issue_id": issue_id, "changed_on": e.entry_date,
                         "old_deadline": e.original_deadline if n == 0 else None,
                         "new_deadline": e.deadline if n == len(chain) - 1 else None,
                         "author": e.author, "reason": e.text, "progress_id": e.id,
                         "created_at": now, "updated_at": now, "row_version": 1})
    if rows:
        op.bulk_insert(change, rows)


def downgrade() -> None:
    with op.batch_alter_table('problem_issue', schema=None, recreate='never') as batch_op:
        batch_op.drop_index('uq_problem_issue_registration_number')
    with op.batch_alter_table('issue_deadline_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issue_deadline_change_progress_id'))
        batch_op.drop_index(batch_op.f('ix_issue_deadline_change_issue_id'))
    op.drop_table('issue_deadline_change')
    with op.batch_alter_table('problem_issue', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('registration_number')
