"""Shipped classifiers (issue categories, statuses, responsible bodies) seeded into a database."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import config
from ..models import CompetenceLevel, IssueCategory, IssueStatus, ResponsibleBody, Territory
from ..territory.names import REGION_EN


def reference_dir() -> Path:
    return config.resources_dir() / "reference"


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def seed_classifiers(session: Session) -> int:
    """Add shipped categories, statuses and national-level bodies missing from the database."""
    added = 0
    have = set(session.scalars(select(IssueCategory.code)))
    for i, row in enumerate(read_csv(reference_dir() / "issue_categories.csv")):
        if row["code"] not in have:
            session.add(IssueCategory(position=i, **row))
            added += 1
    have = set(session.scalars(select(IssueStatus.code)))
    for i, row in enumerate(read_csv(reference_dir() / "issue_statuses.csv")):
        if row["code"] not in have:
            closed = row.pop("is_closed") in ("1", "true", "yes")
            session.add(IssueStatus(position=i, is_closed=closed, **row))
            added += 1
    have = set(session.scalars(select(ResponsibleBody.code)))
    for row in read_csv(reference_dir() / "responsible_bodies.csv"):
        if row["level"] == CompetenceLevel.OBLAST or row["code"] in have:
            continue  # oblast departments are made per region, see oblast_bodies()
        session.add(ResponsibleBody(**row))
        added += 1
    session.flush()
    return added


def _genitive_ru(region: Territory) -> str:
    """'Костанайская область' -> 'Костанайской области'; city names stay as they are after 'города'."""
    name = region.name_ru
    if name.endswith("ая область"):
        return name[: -len("ая область")] + "ой области"
    return f"города {name.removeprefix('город ').strip()}"


def oblast_bodies(session: Session, region: Territory) -> list[ResponsibleBody]:
    """The region's own departments (energy, roads, health...), created on first use."""
    existing = list(session.scalars(select(ResponsibleBody).where(ResponsibleBody.territory_id == region.id)))
    if existing:
        return existing
    names = {"region_ru": _genitive_ru(region), "region_kk": region.name_kk, "region_en": REGION_EN.get(region.kato[:2], region.name_ru)}
    made = []
    for row in read_csv(reference_dir() / "responsible_bodies.csv"):
        if row["level"] != CompetenceLevel.OBLAST:
            continue
        body = ResponsibleBody(
            code=f"{row['code']}_{region.kato[:2]}",
            level=CompetenceLevel.OBLAST,
            territory=region,
            name_ru=row["name_ru"].format(**names),
            name_kk=row["name_kk"].format(**names),
            name_en=row["name_en"].format(**names),
        )
        session.add(body)
        made.append(body)
    session.flush()
    return made
