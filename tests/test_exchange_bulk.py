"""New records of a package are written in bulk (one executemany per table, their audit entries in another);
the merged database, audit trail included, is the same row for row as one merged object by object."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid

import pytest
from sqlalchemy import event, func, select, update

from akimdesk.db import Database
from akimdesk.exchange import merge
from akimdesk.exchange.merge import import_data
from akimdesk.models import Base, IssueProgress, IssueStatus, ProblemIssue, Territory
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import DISTRICT, export
from .keys import PASSWORD, keys  # noqa: F401  (fixture)

FIXED = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
HOLDER = uuid.UUID("00000000-0000-4000-8000-000000000017")  # the district's own issue holding a package's number
# what differs between two runs of the same merge by the clock or by chance, not by what was merged
CLOCKED = {"audit_event": {"id", "at"}, "exchange_baseline": {"at"},
           "package_log": {"id", "created_at", "updated_at"},
           "exchange_conflict": {"id", "created_at", "updated_at", "package_id"}}
BOOKKEEPING_ENTITIES = {"package_log", "exchange_conflict"}  # audited with their clocked ids and times


def _plain(value):
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, sort_keys=True, default=str)


def rows_of(database: Database) -> dict[str, list]:
    """Every table's rows without the clocked columns, sorted; the audit trail of the bookkeeping tables
    (package log, conflicts) by action only."""
    out = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            skip = CLOCKED.get(table.name, set())
            rows = []
            for row in conn.execute(table.select()).mappings():
                if table.name == "audit_event" and row["entity"] in BOOKKEEPING_ENTITIES:
                    rows.append((row["entity"], row["action"]))
                    continue
                rows.append(tuple(_plain(row[c.name]) for c in table.columns if c.name not in skip))
            out[table.name] = sorted(rows, key=repr)
    return out


@pytest.fixture
def packages(demo_file, tmp_path, keys):  # noqa: F811
    """The district's first package from the oblast, then a second after the oblast changed an issue, added a
    progress entry and changed another issue the district changed too (a conflict)."""
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    shutil.copy(demo_file, tmp_path / "oblast.sqlite")
    oblast = Database.open(tmp_path / "oblast.sqlite")
    first = export(oblast, tmp_path / "first", signer)
    with oblast.session() as s:
        unit = s.scalar(select(Territory.id).where(Territory.kato == DISTRICT))
        issues = list(s.scalars(select(ProblemIssue).where(ProblemIssue.territory_id == unit)
                                .order_by(ProblemIssue.registration_number.desc()).limit(3)))
        # the last number of its series: the next one, given to the package's issue here, is free
        number, changed, disputed = issues[0].registration_number, issues[1].id, issues[2].id
        issues[1].text = "Облыс нұсқасы: жол жөндеу"
        issues[2].text = "Вариант области: освещение"
        s.add(IssueProgress(issue_id=changed, entry_date=dt.date(2026, 11, 20), author="Ә. Сейітова",
                            text="Смета дайын", percent=40))
    second = export(oblast, tmp_path / "second", signer)
    oblast.close()
    return first, second, number, disputed


def merged(tmp_path, name: str, packages, bulk: bool, monkeypatch) -> Database:
    first, second, number, disputed = packages
    monkeypatch.setattr(merge._Merge, "bulk", bulk)
    template = tmp_path / "new.sqlite"
    if not template.exists():  # both databases start from the same file: the same directory ids
        Database.open(template).close()
    shutil.copy(template, tmp_path / f"{name}.sqlite")
    district = Database.open(tmp_path / f"{name}.sqlite")
    with district.session() as s:  # this database numbered an issue of its own with a number the package brings
        s.add(ProblemIssue(id=HOLDER, created_at=FIXED, updated_at=FIXED, raised_on=dt.date(2026, 10, 1),
                           territory_id=s.scalar(select(Territory.id).where(Territory.kato == DISTRICT)),
                           text="Өз өтініші", source="приём", registration_number=number,
                           status_id=s.scalar(select(IssueStatus.id).where(IssueStatus.code == "new"))))
    first_result = import_data(district, first)
    with district.session() as s:  # the district changed an issue the oblast changed too (no clock involved)
        s.execute(update(ProblemIssue).where(ProblemIssue.id == disputed)
                  .values(text="Аудан нұсқасы", updated_at=FIXED, row_version=ProblemIssue.row_version + 1))
    second_result = import_data(district, second)
    district.results = (first_result, second_result)
    return district


@pytest.mark.sqlite_only
def test_bulk_merge_writes_the_same_rows_and_audit_trail_as_the_object_by_object_merge(tmp_path, packages,
                                                                                     monkeypatch):
    old = merged(tmp_path, "orm", packages, False, monkeypatch)
    new = merged(tmp_path, "bulk", packages, True, monkeypatch)
    try:
        first, second = new.results
        # by hand: every record of the district is new the first time; the second package brings one changed
        # issue, one new progress entry and one issue changed on both sides
        assert sum(first.inserted.values()) > 300 and first.updated == {} and first.conflicts == []
        assert second.inserted == {"issue_progress": 1} and second.updated == {"problem_issue": 1}
        assert [c["entity"] for c in second.conflicts] == ["problem_issue"]
        assert (old.results[0].inserted, old.results[1].as_receipt()["conflicts"]) == (
            first.inserted, second.as_receipt()["conflicts"])
        theirs, ours = rows_of(old), rows_of(new)
        assert [t for t in ours if ours[t] != theirs[t]] == []
        _, _, number, _ = packages
        with new.session() as s:
            # the package's issue holding the district's number was given the district's next one
            holders = list(s.scalars(select(ProblemIssue.id).where(ProblemIssue.registration_number == number)))
            assert holders == [HOLDER]
            audit = Base.metadata.tables["audit_event"]
            audited = s.scalar(select(func.count()).select_from(audit).where(audit.c.action == "insert"))
            assert audited >= sum(first.inserted.values()) + 1
    finally:
        old.close()
        new.close()


@pytest.mark.sqlite_only
def test_bulk_merge_sends_one_insert_per_table(tmp_path, packages, monkeypatch):
    district = Database.open(tmp_path / "district.sqlite")
    inserts: list[tuple[str, bool]] = []

    def seen(_conn, _cursor, statement, _params, _context, many) -> None:
        if statement.lstrip().upper().startswith("INSERT"):
            inserts.append((statement.split("(")[0].split()[-1].strip('"'), many))

    event.listen(district.engine, "before_cursor_execute", seen)
    result = import_data(district, packages[0])
    district.close()
    from collections import Counter

    per_table = Counter(table for table, _many in inserts)
    # by hand: a table's new records in one executemany whatever their number; the audit entries one per
    # table and one per directory table with additions (its entries are matched on sets and added with one
    # flush), the baselines one per table, and the package log; a calendar keeps the ORM (checked against the
    # ones before it)
    assert sum(result.inserted.values()) > 300
    assert {t: n for t, n in per_table.items() if t in result.inserted and n != 1} == {"annual_calendar": 2}
    tables = len(result.inserted)
    assert sum(result.added_directory.values()) > len(result.added_directory)  # more entries than tables
    assert per_table["audit_event"] <= len(result.added_directory) + tables + 2
    assert per_table["exchange_baseline"] <= tables


def raw_rows(path) -> dict[str, list]:
    """Every table's rows as the file stores them (the driver's text, not read back through the column
    types), without the clocked columns; the bookkeeping tables' audit entries by action only."""
    import sqlite3

    con = sqlite3.connect(path)
    out = {}
    for table in Base.metadata.sorted_tables:
        names = [c.name for c in table.columns if c.name not in CLOCKED.get(table.name, set())]
        quoted = ", ".join(f'"{n}"' for n in names)
        rows = []
        for row in con.execute(f'SELECT {quoted} FROM "{table.name}"'):
            values = dict(zip(names, row, strict=True))
            if table.name == "audit_event" and values["entity"] in BOOKKEEPING_ENTITIES:
                rows.append((values["entity"], values["action"]))
                continue
            rows.append(row)
        out[table.name] = sorted(rows, key=repr)
    con.close()
    return out


@pytest.mark.sqlite_only
def test_bulk_merge_stores_the_same_text_as_the_object_by_object_merge(tmp_path, packages, monkeypatch):
    """The bulk path hands SQLite ready values (UUIDs, times, dates, JSON): the file holds the same bytes."""
    old = merged(tmp_path, "orm", packages, False, monkeypatch)
    new = merged(tmp_path, "bulk", packages, True, monkeypatch)
    old.close()
    new.close()
    theirs, ours = raw_rows(tmp_path / "orm.sqlite"), raw_rows(tmp_path / "bulk.sqlite")
    assert sum(len(rows) for rows in ours.values()) > 300
    assert [t for t in ours if ours[t] != theirs[t]] == []


def test_quick_driver_values_are_the_column_types_own():
    """Each quicker conversion gives the driver what the column type's own bind processor gives."""
    from sqlalchemy.dialects import sqlite

    from akimdesk.bulk import driver_converter
    from akimdesk.models import AuditEvent, Meeting

    dialect = sqlite.dialect()
    samples = [None, dt.datetime(2026, 3, 1, 9, 5, 7, 120, tzinfo=dt.UTC),
               dt.datetime(2026, 3, 1, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=5))),
               dt.datetime(999, 1, 2, 3, 4, 5), dt.date(2026, 12, 31), dt.date(5, 1, 1), uuid.uuid4(),
               uuid.UUID(int=0), {"a": [1, "ә"]}, "текст", 7, True]
    columns = [*Meeting.__table__.columns, *AuditEvent.__table__.columns]
    checked = 0
    for column in columns:
        impl = column.type.dialect_impl(dialect)
        own = impl.bind_processor(dialect) or (lambda value: value)
        quick = driver_converter(column, dialect) or (lambda value: value)
        for value in samples:
            try:
                expected = own(value)
            except (AttributeError, TypeError, ValueError):
                continue  # a value the type itself refuses
            assert quick(value) == expected, (column.key, value)
            checked += 1
    assert checked > 100


def test_json_text_made_column_by_column_is_json_dumps_text():
    """The audit entries' and content hashes' JSON, put together a column at a time, is json.dumps's own text:
    Kazakh letters, quotes and control characters, numbers, flags, nested objects, nulls, times."""
    from akimdesk.audit import _plain
    from akimdesk.bulk import json_objects, json_plain, json_texts

    columns = {
        "name": ["a", "ә", "\"", "", "\u0007"],
        "text": ["Әкім \"кездесу\"\n\t\\ қала", "", None, "ascii", "\u2028 \x00 ☃ 𝄞"],
        "number": [0, -7, 10**20, None, 3],
        "flag": [True, False, None, True, False],
        "ratio": [0.1, float("nan"), float("inf"), -0.0, 1e300],
        "details": [{"b": 1, "a": ["ә", None]}, {}, None, {"z": {"y": True}}, []],
        "when": [dt.datetime(2026, 3, 1, 9, 5, 7, 120, tzinfo=dt.UTC), None, dt.datetime(999, 1, 2),
                 dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5))), dt.datetime(2026, 1, 1)],
        "day": [dt.date(2026, 12, 31), None, dt.date(5, 1, 1), dt.date(2026, 1, 1), dt.date(2027, 2, 2)],
        "at": [dt.time(9, 0), dt.time(23, 59, 59, 1), None, dt.time(0, 0), dt.time(12, 30)],
        "id": [uuid.UUID(int=0), uuid.uuid4(), None, uuid.UUID(int=2**128 - 1), uuid.uuid4()],
        "mixed": ["a", 1, None, True, {"k": "ә"}],
        "%s": ["per cent", "in a name", None, "", "x"],
    }
    names = list(columns)
    plain = {name: json_plain(values, _plain) for name, values in columns.items()}
    rows = [{name: _plain(values[i]) for name, values in columns.items()} for i in range(5)]
    for settings in ({}, {"ascii": False, "sort_keys": True, "separators": (",", ":")}):
        dumps = {"ensure_ascii": settings.get("ascii", True), "sort_keys": settings.get("sort_keys", False),
                 "separators": settings.get("separators")}
        texts = [json_texts(plain[name], **settings) for name in names]
        assert json_objects(names, texts, **settings) == [json.dumps(row, **dumps) for row in rows]


def test_random_ids_are_version_4_uuids_drawn_at_once():
    from akimdesk.audit import random_uuid_hexes, random_uuids

    ids = random_uuids(500)
    hexes = random_uuid_hexes(500)
    assert len(set(ids)) == 500 and len(set(hexes)) == 500
    for made in [*ids, *map(uuid.UUID, hexes)]:
        assert made.version == 4 and made.variant == uuid.RFC_4122
        assert uuid.UUID(str(made), version=4) == made  # the version and variant bits are already uuid4's
    assert all(len(h) == 32 and h == uuid.UUID(h).hex for h in hexes)


@pytest.mark.sqlite_only  # the package is made from the demo file
def test_fields_read_column_by_column_are_the_ones_read_field_by_field(tmp_path, packages, monkeypatch):
    """A package's records read a column at a time hold the very values (and kinds) the field-by-field reading
    gives; a value that reading refuses or changes sends the column back to it, whatever the column."""
    from akimdesk.exchange import reader
    from akimdesk.exchange.records import ENTITIES, BadValue, column_from_json, from_json

    quick = reader.read_package(packages[0]).records
    monkeypatch.setattr(reader, "_by_columns", lambda *args: None)
    slow = reader.read_package(packages[0]).records
    assert len(quick) > 300
    assert [(r.entity, r.position, r.values) for r in quick] == [(r.entity, r.position, r.values) for r in slow]
    assert [[type(v) for v in r.values.values()] for r in quick] == [[type(v) for v in r.values.values()] for r in slow]
    samples = [None, "", "текст", "x" * 5000, "2026-03-01", "2026-3-1", "20260301", "2026-03-01T09:00:00",
               "2026-03-01T09:00:00+05:00", "2026-02-30", "09:30", "25:00", str(uuid.uuid4()), "not-a-uuid",
               uuid.uuid4().hex, 0, 1, -1, 10**30, True, False, 1.5, {"a": 1}, [1], 20260301]
    checked = 0
    for entity in ENTITIES:
        for column in entity.columns:
            for value in samples:
                try:
                    expected = [from_json(column, value)]
                except BadValue:
                    expected = None
                got = column_from_json(column, [value])
                assert got is None or (got == expected and list(map(type, got)) == list(map(type, expected))), (
                    entity.name, column.key, value)
                checked += 1
            mixed = [samples[12], samples[4], None, samples[2]]
            got = column_from_json(column, mixed)
            if got is not None:
                assert got == [from_json(column, v) for v in mixed]
    assert checked > 3000
