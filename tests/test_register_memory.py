"""Rows a screen holds stay compact: 100,000 loaded rows of the register must fit the memory target."""

from __future__ import annotations

import sys

from akimdesk.services import register as reg

from .test_register_rules import TODAY, new_issue


def test_loaded_rows_keep_one_copy_of_what_they_repeat(db):
    for n in range(3):
        new_issue(db, text=f"Нет уличного освещения, дом {n}")
    first = reg.issue_page(db, reg.IssueFilter(), limit=2, today=TODAY)
    second = reg.issue_page(db, reg.IssueFilter(), after=first.next_key, limit=2, today=TODAY)
    a, b, c = *first.rows, *second.rows  # the last one came with another page, as the view scrolls
    assert a.unit_ru == c.unit_ru and a.status_kk == c.status_kk and a.deadline == c.deadline
    for name in ("unit_ru", "unit_kk", "status_ru", "status_kk", "territory_id", "deadline", "raised_on"):
        assert getattr(a, name) is getattr(b, name) is getattr(c, name), name
    assert len({a.id, b.id, c.id}) == 3 and a.text != c.text
    assert not hasattr(a, "__dict__")  # slots: no dictionary per row
    assert sys.getsizeof(a) < 300
