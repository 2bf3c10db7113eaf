"""The few tables the window reads before its first paint, as bare table constructs.

Declaring the 28 mapped classes (`akimdesk.models`) is a noticeable part of the window's start; the
start's three reads (is the database seeded, the regions, the acting person's roles) need only these
columns, so they read them here and the mapped classes are declared after the first paint.
`tests/test_start_path.py` checks that every column here has the model's name and type.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String, Uuid, column, table

RULE_EDITION = table("rule_edition", column("id", Uuid()))

TERRITORY = table(
    "territory",
    column("id", Uuid()),
    column("parent_id", Uuid()),
    column("kato", String()),
    column("level", String()),
    column("name_ru", String()),
    column("name_kk", String()),
)

PERSON = table(
    "person",
    column("login", String()),
    column("active", Boolean()),
    column("roles", String()),
    column("territory_id", Uuid()),
)

# the levels of a region (models.territory.TOP_LEVELS: oblast, city of republican status, the capital)
TOP_LEVELS = ("oblast", "capital", "republican_city")
