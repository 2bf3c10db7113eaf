"""A national data set for the register benchmark: 20 regions, 5 years, 100k meetings, 500k issues.

Written with sqlite3 `executemany` straight into a database AkimDesk created (schema, reference data,
the regions' own departments), so it takes about a minute or two instead of an hour through the ORM.
The FTS5 triggers of migration 0003 index every issue as it is inserted, as they would in real use.
Not a test and not shipped: run it through register_bench.py.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

STAMP = "2026-01-01 00:00:00.000000"  # created_at/updated_at as SQLAlchemy stores them on SQLite


@dataclass
class Sizes:
    meetings: int = 100_000
    issues: int = 500_000
    years: int = 5
    progress_entries: bool = True


def _uid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"  # SQLAlchemy's Uuid on SQLite: 32 hex digits


def _prepare(path: Path) -> None:
    """Schema, reference data and every region's departments, through AkimDesk itself."""
    from sqlalchemy import select

    from akimdesk.db import Database
    from akimdesk.issues.classifiers import oblast_bodies
    from akimdesk.models import Territory
    from akimdesk.territory.directory import regions

    database = Database.open(path)
    with database.session() as s:
        for region in regions(s):
            oblast_bodies(s, region)
        assert s.scalar(select(Territory.id).limit(1)) is not None
    database.close()


def generate(path: Path, sizes: Sizes | None = None, seed: int = 1, today: dt.date | None = None,
             say=print) -> dict[str, float]:
    """Fill a new database file; returns seconds per step."""
    sizes = sizes or Sizes()
    from akimdesk.demo.texts import vocabulary
    from akimdesk.territory.names import akim_title_kk, akim_title_ru, bare_name

    today = today or dt.date.today()
    rng = random.Random(seed)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    _prepare(path)
    timings["schema and reference data"] = time.perf_counter() - t0

    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-200000")
    cur = con.cursor()
    vocab = vocabulary()

    t0 = time.perf_counter()
    units = cur.execute("SELECT id, kato, level, name_ru, name_kk, parent_id FROM territory").fetchall()
    new_units = []
    for uid, kato, level, _ru, _kk, _parent in units:
        if level == "district":
            places = rng.sample(vocab.places, 12)
            for i in range(6):
                pru, pkk = places[2 * i]
                okrug = _uid(rng)
                okato = f"{kato[:4]}{41 + 2 * i:02d}000"
                new_units.append((okrug, okato, uid, "rural_okrug", f"сельский округ {pru}", f"{pkk} ауылдық округі"))
                for j, (vru, vkk) in enumerate(((pru, pkk), places[2 * i + 1])):
                    new_units.append((_uid(rng), f"{okato[:6]}{j + 1:03d}", okrug, "village", f"село {vru}",
                                      f"{vkk} ауылы"))
        elif level in ("oblast_city", "urban_district"):
            for i in range(4):
                new_units.append((_uid(rng), None, uid, "area", f"микрорайон № {i + 1}", f"№ {i + 1} шағын аудан"))
    have = {u[1] for u in units if u[1]}
    new_units = [u for u in new_units if u[1] is None or u[1] not in have]
    cur.executemany(
        "INSERT INTO territory (id, kato, parent_id, level, name_ru, name_kk, source, is_demo, created_at, "
        f"updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, 'demo', 1, '{STAMP}', '{STAMP}', 1)", new_units)
    all_units = units + [(u[0], u[1], u[3], u[4], u[5], u[2]) for u in new_units]
    children: dict[str, list[tuple]] = {}
    for u in all_units:
        if u[5]:
            children.setdefault(u[5], []).append(u)

    posts = []
    for uid, _kato, level, ru, kk, _parent in all_units:
        if level in ("village", "area", "settlement"):
            continue
        posts.append((_uid(rng), uid, akim_title_ru(ru), akim_title_kk(kk)))
    cur.executemany(
        "INSERT INTO akim_post (id, territory_id, title_ru, title_kk, created_at, updated_at, row_version) "
        f"VALUES (?, ?, ?, ?, '{STAMP}', '{STAMP}', 1)", posts)
    timings["units and akims"] = time.perf_counter() - t0
    say(f"  {len(new_units)} units and {len(posts)} akims added")

    t0 = time.perf_counter()
    first = dt.date(today.year - sizes.years + 1, 1, 15)
    span = (today - first).days
    meetings = []
    for _ in range(sizes.meetings):
        post_id, unit_id = rng.choice(posts)[:2]
        where = rng.choice(children.get(unit_id) or [(unit_id,)])[0]
        day = first + dt.timedelta(days=rng.randrange(span))
        meetings.append((_uid(rng), post_id, where, day.isoformat()))
    meetings.sort(key=lambda m: m[3])
    cur.executemany(
        "INSERT INTO meeting (id, akim_post_id, territory_id, meeting_date, status, planned_minutes, "
        "video_conference, personal_reception, created_at, updated_at, row_version) "
        f"VALUES (?, ?, ?, ?, 'held', 120, 0, 0, '{STAMP}', '{STAMP}', 1)", meetings)
    timings["meetings"] = time.perf_counter() - t0
    say(f"  {len(meetings)} meetings")

    t0 = time.perf_counter()
    statuses = dict(cur.execute("SELECT code, id FROM issue_status"))
    categories = dict(cur.execute("SELECT code, id FROM issue_category"))
    bodies = cur.execute("SELECT id, level FROM responsible_body").fetchall()
    local_bodies = [b[0] for b in bodies if b[1] == "oblast"]
    central_bodies = [b for b in bodies if b[1] in ("central", "holding", "company")]
    texts = [t for t in vocab.issues if t.category in categories]
    names = vocab.names
    outcomes = ["resolved"] * 70 + ["explained"] * 12 + ["not_supported"] * 4 + ["redirected"] * 6 + ["future_plans"] * 8
    unit_names = {u[0]: (bare_name(u[3]), bare_name(u[4])) for u in all_units}
    per_meeting = sizes.issues / max(1, len(meetings))
    issues, progress = [], []
    made = 0
    for i, (mid, _post, where, day_text) in enumerate(meetings):
        want = int(per_meeting * (i + 1)) - made
        day = dt.date.fromisoformat(day_text)
        place = unit_names[where]
        for _ in range(want):
            tpl = rng.choice(texts)
            text = tpl.text.replace("{place}", place[0 if tpl.lang == "ru" else 1])
            deadline = day + dt.timedelta(days=rng.choice((30, 60, 90, 120, 180, 270)))
            original = deadline
            if rng.random() < 0.12:
                body, level = rng.choice(central_bodies)
            else:
                body, level = rng.choice(local_bodies), rng.choice(("district", "district", "oblast"))
            closed_on = outcome_note = None
            roll = rng.random()
            if deadline < today and roll < 0.8 or deadline >= today and roll < 0.15 and (today - day).days > 30:
                status = rng.choice(outcomes)
                closed_on = min(today, deadline - dt.timedelta(days=rng.randint(0, 20)))
                closed_on = max(closed_on, day + dt.timedelta(days=3)).isoformat()
                outcome_note = "Работы выполнены" if tpl.lang == "ru" else "Жұмыстар орындалды"
            elif deadline < today and roll < 0.9:
                status = "deadline_extended"
                deadline = deadline + dt.timedelta(days=90)
            elif (today - day).days > 7:
                status = "in_progress"
            else:
                status = "new"
            citizen = contact = None
            if rng.random() < 0.5:
                citizen = f"{rng.choice(names['surname_m'])} {rng.choice(names['given_m'])}"
                contact = f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            iid = _uid(rng)
            issues.append((mid, where, day_text, text, citizen, contact, categories[tpl.category], level, body,
                           tpl.solution, deadline.isoformat(), original.isoformat(), statuses[status],
                           outcome_note, closed_on, iid))
            if sizes.progress_entries and status != "new":
                entry_status = statuses[status] if closed_on else statuses["in_progress"]
                entry_day = closed_on or min(today, day + dt.timedelta(days=7)).isoformat()
                progress.append((_uid(rng), iid, entry_day, outcome_note or "Направлен запрос в ответственный орган",
                                 100 if closed_on else 30, entry_status))
            made += 1
        if len(issues) >= 50_000 or i == len(meetings) - 1:
            cur.executemany(
                "INSERT INTO problem_issue (meeting_id, territory_id, raised_on, text, citizen_name, citizen_contact, "
                "category_id, competence_level, responsible_body_id, solution_way, deadline, original_deadline, "
                "status_id, outcome_note, closed_on, id, created_at, updated_at, row_version) "
                f"VALUES ({', '.join('?' * 16)}, '{STAMP}', '{STAMP}', 1)", issues)
            cur.executemany(
                "INSERT INTO issue_progress (id, issue_id, entry_date, author, text, percent, status_id, created_at, "
                f"updated_at, row_version) VALUES (?, ?, ?, 'bench', ?, ?, ?, '{STAMP}', '{STAMP}', 1)", progress)
            issues, progress = [], []
            say(f"  {made} issues")
    # registration numbers as the application gives them: region, year, a sequence in the order raised
    con.execute(
        "UPDATE problem_issue SET registration_number = n.number FROM (SELECT p.id, substr(r.code, 1, 2) || '-' || "
        "strftime('%Y', p.raised_on) || '-' || substr(r.code, 3, 2) || '-' || printf('%06d', row_number() OVER "
        "(PARTITION BY substr(r.code, 1, 4), strftime('%Y', p.raised_on) ORDER BY p.raised_on, p.id)) AS number "
        "FROM problem_issue p JOIN (SELECT t.id, coalesce(t.kato, u.kato, '0000') AS code FROM territory t "
        "LEFT JOIN territory u ON u.id = t.parent_id) r ON r.id = p.territory_id) AS n WHERE problem_issue.id = n.id")
    con.commit()
    timings["issues, history and search index"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    timings["ANALYZE"] = time.perf_counter() - t0
    return timings
